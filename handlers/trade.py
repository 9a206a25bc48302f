"""/tradelatest and /trade: Vietnam's trade with a province, every figure with its source."""

from __future__ import annotations

from html import escape

from sqlalchemy.orm import Session

from db.models import Article, TradeFigure
from db.queries.articles import identical_copies
from db.queries.trade import (
    KIND_ORDER,
    FigureGroup,
    LatestFigures,
    figure_history,
    latest_figures,
    period_end_month,
    versions_by_slot,
)
from handlers.common import fill, italic, join_lines, province_answer, province_heading
from handlers.formatting import (
    figure_value_html,
    kind_label,
    number,
    other_outlets,
    outlet_labels,
    period_label,
    source_html,
    sources_html,
)
from handlers.i18n import translator
from handlers.reply import Reply
from handlers.resolve import ProvinceFound

MAX_ALSO = 3
# Versions of the latest figures shown; sources rarely disagree more, and the rest is counted.
MAX_VERSIONS = 6


def _order(group: FigureGroup) -> tuple[int, int, int, int]:
    f = group.figure
    return (f.year, period_end_month(f.period), KIND_ORDER.get(f.kind, 9), f.id)


def _slot_label(figure: TradeFigure, locale: str) -> str:
    period = escape(period_label(figure.period, figure.year, locale))
    kind = escape(kind_label(figure.kind, locale))
    return f"<b>{period}</b> · {kind}"


def _figure_line(figure: TradeFigure, locale: str) -> str:
    return f"{_slot_label(figure, locale)}: {figure_value_html(figure, locale)}"


def _sources_lines(group: FigureGroup, further: list[Article], locale: str) -> list[str]:
    """'Source: …', then 'Also reported by: …' for other articles with this figure and other
    outlets' copies; two sites carrying one agency's copy are told apart by their sites."""
    gettext = translator(locale).gettext
    copies = other_outlets(group.article, further, len(further))
    others = [*group.other_articles, *copies]
    own, *labels = outlet_labels([group.article, *others[:MAX_ALSO]])
    source = source_html(group.article, locale, label=own)
    lines = ["  " + fill(gettext("Source: {source}"), source=source)]
    if not others:
        return lines
    shown = sources_html(others[:MAX_ALSO], locale, labels)
    hidden = max(group.article_count - 1 - len(group.other_articles), 0) + max(
        len(others) - MAX_ALSO, 0
    )
    if hidden:
        more = translator(locale).ngettext("and {count} more", "and {count} more", hidden)
        shown += " " + fill(more, count=number(hidden, locale))
    lines.append("  " + fill(gettext("Also reported by: {sources}"), sources=shown))
    return lines


def _latest_lines(
    groups: list[FigureGroup],
    latest: LatestFigures,
    further: dict[int, list[Article]],
    locale: str,
) -> list[str]:
    """Each figure with its source and the further articles reporting it; where sources
    differ, said once, then each version, the leading one first."""
    gettext = translator(locale).gettext
    lines = []
    slots = versions_by_slot(groups)
    for slot in sorted(slots, key=lambda s: _order(slots[s][0])):
        versions = slots[slot]
        disputed = latest.versions.get(slot, 1) > 1
        if disputed:
            differ = italic(fill(gettext("(sources differ)")))
            lines.append(f"{_slot_label(versions[0].figure, locale)} {differ}:")
        for group in versions:
            value = figure_value_html(group.figure, locale)
            lines.append(f"• {value}" if disputed else _figure_line(group.figure, locale))
            lines.extend(_sources_lines(group, further.get(group.article.id, []), locale))
    return lines


def answer_tradelatest(session: Session, query: str, locale: str) -> Reply:
    """The latest trade figure of a province: full year first, then a newer partial period."""
    return province_answer(
        query, locale, session=session, command="tradelatest", answer=_tradelatest
    )


def _tradelatest(
    session: Session, resolution: ProvinceFound, province_id: int, locale: str
) -> Reply:
    gettext = translator(locale).gettext
    latest = latest_figures(session=session, province_id=province_id, versions=MAX_VERSIONS)
    lines = province_heading(resolution, gettext("latest trade figures"), locale)
    if not latest.full_year and not latest.partial:
        lines.append(fill(gettext("No trade figure is known for this province yet.")))
        return Reply(html=join_lines(lines, locale))
    shown = [*latest.full_year, *latest.partial]
    further = identical_copies(session=session, article_ids=[g.article.id for g in shown])
    lines.extend(_latest_lines(latest.full_year, latest, further, locale))
    if latest.partial:
        if latest.full_year:
            lines.append("")
            lines.append(italic(fill(gettext("Newer, for part of a year:"))))
        lines.extend(_latest_lines(latest.partial, latest, further, locale))
    if latest.left_out:
        note = translator(locale).ngettext(
            "… and {count} other version of these figures, less often reported.",
            "… and {count} other versions of these figures, less often reported.",
            latest.left_out,
        )
        lines.append(italic(fill(note, count=number(latest.left_out, locale))))
    return Reply(html=join_lines(lines, locale))


def answer_trade(session: Session, query: str, locale: str) -> Reply:
    """Every known trade figure of a province, oldest to newest, each with its source."""
    return province_answer(query, locale, session=session, command="trade", answer=_trade)


def _trade(session: Session, resolution: ProvinceFound, province_id: int, locale: str) -> Reply:
    gettext = translator(locale).gettext
    groups = figure_history(session=session, province_id=province_id).groups
    lines = province_heading(resolution, gettext("trade figures, oldest to newest"), locale)
    if not groups:
        lines.append(fill(gettext("No trade figure is known for this province yet.")))
        return Reply(html=join_lines(lines, locale))
    slots = versions_by_slot(groups)
    for slot in sorted(slots, key=_period_first):
        lead, *others = slots[slot]
        line = f"{_figure_line(lead.figure, locale)} — {_cited(lead, locale)}"
        if others:
            line += " " + italic(fill(gettext("(sources differ)")))
        lines.append(line)
        if others:
            versions = "; ".join(
                f"{figure_value_html(g.figure, locale)} — {_cited(g, locale)}" for g in others
            )
            lines.append("  " + fill(gettext("Other figures: {versions}"), versions=versions))
    # Every year, however long: the bot sends a long answer as several messages.
    return Reply(html="\n".join(lines))


def _period_first(slot: tuple[int, str, str]) -> tuple[int, int, str, int]:
    """Oldest to newest, each period's kinds together: a quarter and the month it ends with do
    not interleave."""
    year, period, kind = slot
    return year, period_end_month(period), period, KIND_ORDER.get(kind, 9)


def _cited(group: FigureGroup, locale: str) -> str:
    """The figure's newest source, and how many more articles report it."""
    cited = source_html(group.article, locale)
    if group.article_count > 1:
        more = group.article_count - 1
        note = translator(locale).ngettext(
            "(+{count} more source)", "(+{count} more sources)", more
        )
        cited += " " + fill(note, count=number(more, locale))
    return cited

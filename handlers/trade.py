"""/tradelatest and /trade: Vietnam's trade with a province, every figure with its source."""

from __future__ import annotations

from collections import Counter
from html import escape

from sqlalchemy.orm import Session

from db.models import Article, TradeFigure
from db.queries.articles import identical_copies
from db.queries.trade import (
    FigureGroup,
    LatestFigures,
    figure_history,
    latest_figures,
    period_end_month,
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

KIND_ORDER = {"two-way": 0, "vn_export": 1, "vn_import": 2}
MAX_HISTORY = 30
MAX_ALSO = 3
# Versions of the latest figures shown; sources rarely disagree more, and the rest is counted.
MAX_VERSIONS = 6


def _order(group: FigureGroup) -> tuple[int, int, int, int]:
    f = group.figure
    return (f.year, period_end_month(f.period), KIND_ORDER.get(f.kind, 9), f.id)


def _figure_line(figure: TradeFigure, locale: str) -> str:
    period = escape(period_label(figure.period, figure.year, locale))
    kind = escape(kind_label(figure.kind, locale))
    return f"<b>{period}</b> · {kind}: {figure_value_html(figure, locale)}"


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
    """Each version of the figures with its source and the further articles reporting it."""
    gettext = translator(locale).gettext
    lines = []
    for group in sorted(groups, key=_order):
        f = group.figure
        line = _figure_line(f, locale)
        if latest.versions.get((f.year, f.period, f.kind), 1) > 1:
            line += " " + italic(fill(gettext("(sources differ)")))
        lines.append(line)
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
    history = figure_history(session=session, province_id=province_id, max_groups=MAX_HISTORY)
    groups = history.groups
    lines = province_heading(resolution, gettext("trade figures, oldest to newest"), locale)
    if not groups:
        lines.append(fill(gettext("No trade figure is known for this province yet.")))
        return Reply(html=join_lines(lines, locale))
    if history.older_left_out:
        lines.append(
            italic(fill(gettext("Only the newest figures are shown; older ones are left out.")))
        )
    heading_lines = len(lines)
    versions = Counter((g.figure.year, g.figure.period, g.figure.kind) for g in groups)
    for group in sorted(groups, key=_order):
        line = f"{_figure_line(group.figure, locale)} — {source_html(group.article, locale)}"
        if group.article_count > 1:
            more = group.article_count - 1
            note = translator(locale).ngettext(
                "(+{count} more source)", "(+{count} more sources)", more
            )
            line += " " + fill(note, count=number(more, locale))
        if versions[(group.figure.year, group.figure.period, group.figure.kind)] > 1:
            line += " " + italic(fill(gettext("(sources differ)")))
        lines.append(line)
    return Reply(html=join_lines(lines, locale, keep_end_after=heading_lines))

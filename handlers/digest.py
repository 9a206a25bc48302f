"""A digest as a chat reads it: what is new about its provinces, rendered into one message.

A digest is always one message (Telegram HTML, under 4,096 characters): each section shows its
newest items and says how many more there are, and `join_lines` cuts whatever still does not
fit. One message per digest is what lets a delivery be recorded as sent or not, never half.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.digest_content import DigestContent, FigureNews, OfficialNews, Section, digest_content
from db.digests import utc
from db.models import Agreement, Article, Meeting, Province, Subscription
from handlers.cache import database_key
from handlers.common import bold, division_name, fill, italic, join_lines
from handlers.formatting import (
    amount,
    article_day,
    day,
    growth,
    kind_label,
    number,
    period_label,
    source_html,
    title_html,
)
from handlers.i18n import N_, translator
from handlers.officials import MEETING_KINDS
from handlers.schedule import local_moment
from handlers.title_english import shown_title

PER_SECTION = 8
# Digests kept once composed, for other chats with the same scope and window (a few kB each).
DIGESTS_KEPT = 512
MAX_PARTICIPANTS = 4
MAX_PROVINCES_NAMED = 6

T = TypeVar("T")

HEADINGS = {"weekly": N_("Weekly digest"), "daily": N_("Daily digest")}

_COMPOSED: OrderedDict[tuple[object, ...], ComposedDigest] = OrderedDict()
_COMPOSED_LOCK = threading.Lock()


@dataclass(frozen=True)
class DigestScope:
    """Whose digest: its frequency, its provinces (None: all of them), its time zone."""

    frequency: str
    provinces: tuple[Province, ...] | None
    timezone: str

    @classmethod
    def of(cls, subscription: Subscription, timezone: str) -> DigestScope:
        provinces = None if subscription.all_provinces else tuple(subscription.provinces)
        return cls(subscription.frequency, provinces, timezone)


@dataclass(frozen=True)
class ComposedDigest:
    """The message, whether it had anything new, and the instant it covers news up to."""

    html: str
    empty: bool
    covered_until: datetime


def compose_digest(
    *, session: Session, subscription: Subscription, timezone: str, until: datetime, locale: str
) -> ComposedDigest:
    """The digest of what `subscription` has not been sent yet, up to `until`.

    Chats following the same provinces, with the same language, time zone and window, read the
    same digest: it is composed once and kept for the others, until an article is stored or
    removed (every fact comes with its article)."""
    scope = DigestScope.of(subscription, timezone)
    province_ids = None if scope.provinces is None else tuple(p.id for p in scope.provinces)
    key = (
        database_key(session),
        tuple(session.execute(select(func.max(Article.id), func.count(Article.id))).one()),
        scope.frequency,
        province_ids,
        timezone,
        locale,
        utc(subscription.covered_until),
        utc(until),
    )
    with _COMPOSED_LOCK:
        composed = _COMPOSED.get(key)
        if composed is not None:
            _COMPOSED.move_to_end(key)
            return composed
    content = digest_content(
        session=session,
        province_ids=None if province_ids is None else list(province_ids),
        since=subscription.covered_until,
        until=until,
        per_section=PER_SECTION,
    )
    composed = ComposedDigest(render_digest(content, scope, locale), content.empty, content.until)
    with _COMPOSED_LOCK:
        _COMPOSED[key] = composed
        while len(_COMPOSED) > DIGESTS_KEPT:
            _COMPOSED.popitem(last=False)
    return composed


def scope_names(provinces: tuple[Province, ...] | None, locale: str) -> str:
    """'Quảng Đông, Quảng Tây' or 'all provinces', escaped."""
    gettext = translator(locale).gettext
    if provinces is None:
        return escape(gettext("all provinces"))
    names = [division_name(p, locale) for p in provinces]
    shown = ", ".join(escape(name) for name in names[:MAX_PROVINCES_NAMED])
    return shown + (", …" if len(names) > MAX_PROVINCES_NAMED else "")


def render_digest(content: DigestContent, scope: DigestScope, locale: str) -> str:
    """The whole digest; a period with nothing new is one line saying so."""
    gettext = translator(locale).gettext
    since = local_moment(content.since, scope.timezone, locale, weekday=False)
    if content.empty and scope.provinces is None:
        return fill(gettext("Nothing new since {since}."), since=escape(since))
    if content.empty:
        return fill(
            gettext("Nothing new about {provinces} since {since}."),
            provinces=bold(scope_names(scope.provinces, locale)),
            since=escape(since),
        )
    heading = gettext(HEADINGS.get(scope.frequency, HEADINGS["weekly"]))
    lines = [
        bold(f"{escape(heading)} — {scope_names(scope.provinces, locale)}"),
        italic(fill(gettext("New since {since}"), since=escape(since))),
    ]
    lines += _section_lines(gettext("New articles"), content.articles, _article_line, locale)
    lines += _section_lines(gettext("Trade figures"), content.figures, _figure_line, locale)
    lines += _section_lines(gettext("Officials"), content.officials, _official_line, locale)
    lines += _section_lines(gettext("Meetings"), content.meetings, _meeting_line, locale)
    lines += _section_lines(gettext("Documents"), content.agreements, _agreement_line, locale)
    return join_lines(lines, locale)


def _section_lines(
    title: str, section: Section[T], line: Callable[[T, str], str], locale: str
) -> list[str]:
    """A blank line, the section's title, its items, and how many more there are."""
    if not section.items:
        return []
    lines = ["", bold(escape(title))]
    lines.extend(line(item, locale) for item in section.items)
    if section.more:
        note = translator(locale).ngettext(
            "… and {count} more item", "… and {count} more items", section.more
        )
        lines.append(italic(fill(note, count=number(section.more, locale))))
    return lines


def _article_line(article: Article, locale: str) -> str:
    """'• 20/11/2025 — <a>Title</a> (outlet)'."""
    gettext = translator(locale).gettext
    when = article_day(article)
    date_text = escape(day(when, locale)) if when else escape(gettext("undated"))
    outlet = source_html(article, locale, dated=False)
    return f"• {date_text} — {title_html(article)} ({outlet})"


def _change(news: FigureNews, locale: str) -> str | None:
    """'+16,6% vs 2023' as the article gave it, else computed from the year before's figure."""
    gettext = translator(locale).gettext
    figure = news.figure
    before = escape(period_label(figure.period, figure.year - 1, locale))
    if figure.growth_pct is not None:
        return fill(
            gettext("{change} vs {period}"),
            change=escape(growth(figure.growth_pct, locale)),
            period=before,
        )
    previous = news.previous
    if previous is None or previous.value_usd is None or figure.value_usd is None:
        return None
    pct = (figure.value_usd - previous.value_usd) / previous.value_usd * 100
    return fill(
        gettext("{change} vs {period}, computed from the stored figures"),
        change=escape(growth(round(pct, 1), locale)),
        period=before,
    )


def _figure_line(news: FigureNews, locale: str) -> str:
    """'• Quảng Đông, 2024 · two-way trade: 56,2 tỷ USD (+16,6% vs 2023) — source'."""
    gettext = translator(locale).gettext
    figure = news.figure
    reported = amount(figure.value_usd, figure.value, figure.currency, figure.approximate, locale)
    parts = [bold(escape(reported))] if reported else [escape(gettext("no amount given"))]
    if change := _change(news, locale):
        parts.append(f"({change})")
    place = escape(division_name(figure.province, locale))
    period = escape(period_label(figure.period, figure.year, locale))
    line = (
        f"• {place}, {period} · {escape(kind_label(figure.kind, locale))}: {' '.join(parts)}"
        f" — {source_html(figure.article, locale)}"
    )
    replaced = news.replaced
    if replaced is not None:
        earlier = amount(
            replaced.value_usd, replaced.value, replaced.currency, replaced.approximate, locale
        ) or gettext("no amount given")
        line += "\n  " + italic(
            fill(gettext("Revised: earlier reported as {amount}."), amount=escape(earlier))
        )
    return line


def _official_line(news: OfficialNews, locale: str) -> str:
    """'• Name — Title (first seen) — source'."""
    gettext = translator(locale).gettext
    role = news.role
    if news.earlier_title is None:
        what = escape(gettext("first seen"))
    else:
        earlier = shown_title(news.earlier_title, locale)
        what = fill(gettext("new title; before: {title}"), title=escape(earlier))
    return (
        f"• <b>{escape(role.person.name)}</b> — {escape(shown_title(role.title, locale))} ({what})"
        f" — {source_html(role.article, locale)}"
    )


def _meeting_line(meeting: Meeting, locale: str) -> str:
    """'• 12/11/2025 — talks: A, B — source'."""
    gettext = translator(locale).gettext
    kind = MEETING_KINDS.get(meeting.kind)
    label = gettext(kind) if kind else meeting.label or meeting.kind
    names = [p.name for p in meeting.participants]
    people = ", ".join(escape(n) for n in names[:MAX_PARTICIPANTS])
    if len(names) > MAX_PARTICIPANTS:
        people += ", …"
    when = meeting.date or article_day(meeting.article)
    line = "• " + (f"{escape(day(when, locale))} — " if when else "") + escape(label)
    if people:
        line += f": {people}"
    return f"{line} — {source_html(meeting.article, locale, dated=False)}"


def _agreement_line(agreement: Agreement, locale: str) -> str:
    """'• Name (signed 12/11/2025) — source'."""
    gettext = translator(locale).gettext
    if agreement.signed and agreement.date:
        state = fill(gettext("signed {date}"), date=escape(day(agreement.date, locale)))
    elif agreement.signed:
        state = escape(gettext("signed"))
    else:
        state = escape(gettext("to be signed"))
    return (
        f"• {escape(agreement.name)} ({state})"
        f" — {source_html(agreement.article, locale, dated=False)}"
    )

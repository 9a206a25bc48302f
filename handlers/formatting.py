"""Numbers, dates, periods and sources as a reader of each language expects them, in safe HTML."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from html import escape
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton
from babel.numbers import format_compact_decimal, format_decimal, format_percent, parse_pattern

from db.models import Article, TradeFigure
from db.portable import utc
from extract.hosts import url_host
from handlers.i18n import N_, Locale, babel_locale, supported_locale, translator
from handlers.outlets import outlet_name, site_outlet

# News is dated in Vietnam: an article published at 23:30 in Hanoi belongs to that day.
NEWS_TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DATE_PATTERNS = {"vi": "dd/MM/yyyy", "en": "MMM d, yyyy"}
GROWTH_PATTERN = parse_pattern("+#,##0.#%;-#,##0.#%")
HREF_SCHEMES = ("http", "https")
TITLE_CHARS = 60

_QUARTER = re.compile(r"^Q([1-4])$")
_FIRST_MONTHS = re.compile(r"^M1-M(1[0-2]|[2-9])$")
_ONE_MONTH = re.compile(r"^M(1[0-2]|[1-9])$")

KIND_LABELS = {
    "two-way": N_("two-way trade"),
    "vn_export": N_("Vietnam's exports"),
    "vn_import": N_("Vietnam's imports"),
}


# Babel re-reads its patterns on every call; the same few values recur in every answer. A
# value met for the first time (a province asked about for the first time) is formatted with
# the language and the growth pattern parsed once.
@lru_cache(maxsize=4096)
def _compact(value: float, locale: Locale) -> str:
    return format_compact_decimal(
        value, format_type="long", locale=babel_locale(locale), fraction_digits=2
    )


@lru_cache(maxsize=4096)
def _decimal(value: int, locale: Locale) -> str:
    return format_decimal(value, locale=babel_locale(locale))


@lru_cache(maxsize=4096)
def _percent(fraction: float, locale: Locale) -> str:
    return format_percent(fraction, format=GROWTH_PATTERN, locale=babel_locale(locale))


@lru_cache(maxsize=4096)
def _date(value: date, pattern: str, locale: Locale) -> str:
    return format_date(value, pattern, locale=babel_locale(locale))


def money(value: float, currency: str, locale: str, *, approximate: bool = False) -> str:
    """56_200_000_000 -> '56,2 tỷ USD' (vi) or '56.2 billion USD' (en); 'about …' if rounded."""
    text = f"{_compact(value, supported_locale(locale))} {currency}"
    if approximate:
        return translator(locale).gettext("about {amount}").format(amount=text)
    return text


def amount(
    value_usd: int | None, value: float | None, currency: str, approximate: bool, locale: str
) -> str | None:
    """The amount a figure reports: in USD when known, else in its own currency; None when the
    news gave none."""
    if value_usd is not None:
        return money(value_usd, "USD", locale, approximate=approximate)
    if value is not None:
        return money(value, currency, locale, approximate=approximate)
    return None


def figure_value_html(figure: TradeFigure, locale: str) -> str:
    """'<b>56,2 tỷ USD</b> (+16,6%)', or the growth alone when no amount was reported."""
    parts = []
    reported = amount(figure.value_usd, figure.value, figure.currency, figure.approximate, locale)
    if reported is not None:
        parts.append(f"<b>{escape(reported)}</b>")
    if figure.growth_pct is not None:
        parts.append(f"({escape(growth(figure.growth_pct, locale))})")
    return " ".join(parts) or escape(translator(locale).gettext("no amount given"), quote=False)


def number(value: int, locale: str) -> str:
    """1234 -> '1.234' (vi) or '1,234' (en)."""
    return _decimal(value, supported_locale(locale))


def growth(pct: float, locale: str) -> str:
    """16.6 -> '+16,6%' (vi) or '+16.6%' (en)."""
    return _percent(pct / 100, supported_locale(locale))


def day(value: date, locale: str) -> str:
    """A calendar date the way the language writes it: '28/10/2025', 'Oct 28, 2025'."""
    code = supported_locale(locale)
    return _date(value, DATE_PATTERNS[code], code)


def news_day(moment: datetime | date) -> date:
    """The Vietnamese calendar day of a stored instant (stored in UTC; naive ones are UTC)."""
    if isinstance(moment, datetime):
        return utc(moment).astimezone(NEWS_TIMEZONE).date()
    return moment


def article_day(article: Article) -> date | None:
    """The day an article speaks for: published, else the day of the event it reports."""
    if article.published is not None:
        return news_day(article.published)
    return article.event_date


# Every line of /trade and /tradechart names its period: the month's name goes through Babel.
@lru_cache(maxsize=4096)
def period_label(period: str, year: int, locale: str) -> str:
    """'full_year' 2024 -> '2024'; 'H1' -> 'first half of 2024'; 'M1-M11' -> '… 11 months …'.
    Plain text, like every label here: the caller escapes it into HTML."""
    gettext = translator(locale).gettext
    if period == "full_year":
        return str(year)
    if period == "H1":
        return gettext("first half of {year}").format(year=year)
    if match := _QUARTER.match(period):
        return gettext("Q{quarter} {year}").format(quarter=match.group(1), year=year)
    if match := _FIRST_MONTHS.match(period):
        return gettext("first {months} months of {year}").format(months=match.group(1), year=year)
    if match := _ONE_MONTH.match(period):
        code = supported_locale(locale)
        month = date(year, int(match.group(1)), 1)
        return format_skeleton("yMMMM", month, locale=babel_locale(code))
    return f"{period} {year}"


def kind_label(kind: str, locale: str) -> str:
    """'two-way' -> 'two-way trade' in the reader's language; unknown kinds as written."""
    msgid = KIND_LABELS.get(kind)
    return translator(locale).gettext(msgid) if msgid else kind


def outlet(article: Article) -> str:
    """The outlet's one name in answers, however its source was stored ('VOV', 'vov.vn' ->
    'VOV'): from the recorded source, else from its site ('vietnamplus.vn' -> 'Vietnam+'), else
    ''."""
    return outlet_name(article.source, article.url)


def site(article: Article) -> str | None:
    """The host of the article's web address without 'www.' ('vietnamplus.vn'), if it has one."""
    try:
        return url_host(article.url)
    except ValueError:
        return None


def _carrier(article: Article, name: str) -> str | None:
    """The site that carried an article under another outlet's name (an agency's story on
    'vietnamplus.vn'); None on the outlet's own site or without one."""
    host = site(article)
    if host is None or host == name.casefold() or site_outlet(host) == name:
        return None
    return host


def other_outlets(article: Article, further: list[Article], limit: int) -> list[Article]:
    """One copy from each other outlet that told an article's story, its own outlet left out,
    however either's source was written ('VOV', 'vov.vn'). An agency's text carried by two
    sites is two outlets, each with its own link; a copy on the outlet's own site, or without
    a site, adds nothing to an outlet already shown by that name."""
    name = outlet(article)
    shown = [(name.casefold(), _carrier(article, name))]
    others = []
    for copy in further:
        name = outlet(copy)
        key, host = name.casefold(), _carrier(copy, name)
        if not name or any(k == key and host in (h, None) for k, h in shown):
            continue
        shown.append((key, host))
        others.append(copy)
    return others[:limit]


def outlet_labels(articles: Sequence[Article]) -> list[str]:
    """Each article's outlet ('' when unknown), followed by the site that carried it where one
    outlet comes from different sites: 'TTXVN (vietnamplus.vn)', 'TTXVN (baotintuc.vn)'."""
    names = [outlet(article) for article in articles]
    carriers = [_carrier(article, name) for article, name in zip(articles, names, strict=True)]
    sites: defaultdict[str, set[str | None]] = defaultdict(set)
    for name, host in zip(names, carriers, strict=True):
        sites[name.casefold()].add(host)
    return [
        f"{name} ({host})" if host and len(sites[name.casefold()]) > 1 else name
        for name, host in zip(names, carriers, strict=True)
    ]


def story_outlets(
    article: Article, further: list[Article], locale: str, limit: int
) -> tuple[str, list[str]]:
    """The article's outlet as labelled beside the others ('' when unknown), and up to `limit`
    other outlets that told its story, each linked to its copy, an agency's copy on two sites
    told apart by its site ('TTXVN (vietnamplus.vn)')."""
    others = other_outlets(article, further, limit)
    own, *labels = outlet_labels([article, *others])
    also = [
        source_html(copy, locale, dated=False, label=label)
        for copy, label in zip(others, labels, strict=True)
    ]
    return own, also


def source_name(article: Article, locale: str) -> str:
    """The outlet; for an article without one, its title (shortened), so a reader can find it."""
    if name := outlet(article):
        return name
    if article.title.strip():
        title = " ".join(article.title.split())
        short = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"
        return f"“{short}”"
    return translator(locale).gettext("unnamed source")


def safe_href(url: str | None) -> str | None:
    """`url` when it is a web address Telegram can open, else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in HREF_SCHEMES else None


def title_html(article: Article) -> str:
    """The article's title, escaped, linked to the article when it has a web address."""
    href = safe_href(article.url)
    title = escape(article.title)
    return f'<a href="{escape(href)}">{title}</a>' if href else title


def source_html(
    article: Article, locale: str, *, dated: bool = True, label: str | None = None
) -> str:
    """'<a href="…">baoquocte.vn</a>, 28/10/2025' — outlet (or `label`) linked when there is a
    URL, and the article's date unless the line already gives it."""
    name = label or source_name(article, locale)
    href = safe_href(article.url)
    text = f'<a href="{escape(href)}">{escape(name)}</a>' if href else escape(name)
    when = article_day(article) if dated else None
    return f"{text}, {escape(day(when, locale))}" if when else text


def sources_html(articles: list[Article], locale: str, labels: Sequence[str] = ()) -> str:
    """Several sources, each with its outlet (or its label from `outlet_labels`), link and date,
    separated by '; '."""
    named = labels or [""] * len(articles)
    return "; ".join(
        source_html(article, locale, label=label)
        for article, label in zip(articles, named, strict=True)
    )

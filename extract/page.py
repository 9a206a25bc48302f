"""An article's page, HTML or scraped text, reduced to its own text and what the page says of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from extract.errors import RejectedArticle
from extract.fold import fold
from extract.furniture import CleanPage, clean_text
from extract.hosts import url_host
from extract.page_dates import markup_date, stamp_markup
from extract.page_html import (
    article_heading,
    captions_as_lines,
    marked_headline,
    missing_lead,
    shown_on_page,
    unwrap_layout_tables,
    with_body_lists,
    with_lead,
)
from extract.sources import names_an_outlet, printed_time_zone
from extract.stamps import VIETNAM_TIME, parse_stamp
from extract.text import squeeze

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|article|section|h[1-6]|br|script|meta|li|ul|td)\b", re.I
)
_HTML_CLOSING = re.compile(r"</(?:p|div|article|section|h[1-6]|li|td|span)>", re.I)
# Between the parts of a <title>: 'Báo Lạng Sơn - Headline', 'Headline | Site'.
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")
# Where a shortened headline stops in the full one: at a word's end, before a colon, a dash or
# the next word ('… Quảng Tây' / '… Quảng Tây về thông quan nông sản').
_FULLER = re.compile(r"\s*[:,–—-]?\s+\w")
# A midnight written out: '00:00', '0h00', 'T00:00:00'.
_MIDNIGHT = re.compile(r"(?<!\d)0?0\s*[:hH]\s*00(?!\d)")
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx")
# trafilatura's own date is not used (it may come from the text: see extract.page_dates); its
# search is kept to the quick one.
_DATE_OPTIONS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


@dataclass(frozen=True, slots=True)
class Page:
    """The article's clean text plus the page's own metadata (HTML only). `published` is as the
    page writes it: naive when it gives no offset (the publisher's own time)."""

    clean: CleanPage
    published: datetime | None
    url: str | None
    sitename: str | None
    # The page dates the article by its day alone: `published` is that day's midnight.
    day_only: bool = False


def looks_like_html(text: str, filename: str | None = None) -> bool:
    """An HTML document by its name or its first kilobytes."""
    if filename and filename.lower().endswith(_HTML_NAMES):
        return True
    head = text[:4096]
    return (
        bool(_HTML_START.search(head))
        or len(_HTML_TAG.findall(head)) >= 5
        or len(_HTML_CLOSING.findall(head)) >= 2
    )


def read_page(text: str, *, url: str | None = None, filename: str | None = None) -> Page:
    """The page's main text without furniture; title, date, URL and site from HTML metadata."""
    if not looks_like_html(text, filename):
        clean = clean_text(text)
        published = parse_stamp(clean.date_line, zone=None) if clean.date_line else None
        return Page(clean, published, url, None, _day_only(published, [clean.date_line]))
    tree = load_html(text)
    if tree is None:
        raise RejectedArticle("The page is not readable HTML.")
    stated = markup_date(tree, url=url)
    unwrap_layout_tables(tree)
    captions_as_lines(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params=_DATE_OPTIONS,
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        # trafilatura found no main text: fall back on every paragraph of the page.
        _, text_only, _ = trafilatura.baseline(text)
        clean = clean_text(text_only)
        published = _published(_in_printed_time(stated, url_host(url)), clean.date_line)
        written = [clean.date_line, stamp_markup(tree)]
        return Page(clean, published, url, None, _day_only(published, written))
    title, sitename = _headline(tree, document.title, document.sitename)
    title = _shown_headline(tree, _fuller_headline(tree, title)) or marked_headline(tree)
    shown = shown_on_page(tree, title)
    main = with_body_lists(tree, document.text or "")
    lead = missing_lead(main, shown, document.description)
    if lead:
        main = with_lead(main, lead, title)
    clean = clean_text(main, title_hint=title)
    date_line = clean.date_line or shown.date_line
    sitename = _site(sitename, document.url or url)
    published = _published(_in_printed_time(stated, sitename), date_line)
    day_only = _day_only(published, [date_line, stamp_markup(tree)])
    return Page(clean, published, document.url or url, sitename, day_only)


def _in_printed_time(stamp: datetime | None, site: str | None) -> datetime | None:
    """A stamp the markup gives in UTC ('2025-12-09T03:20:00Z'), as the same instant in the time
    the page shows: Vietnam's ('2025-12-09T10:20:00+07:00'), or Beijing's on China's media in
    Vietnamese (see `printed_time_zone`). Any other stamp is kept as the page writes it."""
    if stamp is None or stamp.utcoffset() != timedelta(0):
        return stamp
    return stamp.astimezone(printed_time_zone(site) or VIETNAM_TIME)


def _published(metadata: datetime | None, date_line: str | None) -> datetime | None:
    """The metadata's stamp when it gives the time of day; else the visible date line's (the
    one by the headline: metadata without a time may come from a site header's today); else
    the metadata's day."""
    shown = parse_stamp(date_line, zone=None) if date_line else None
    if metadata is None:
        return shown
    if shown and metadata.time() == time(0, 0):
        return shown
    return metadata


def _day_only(published: datetime | None, written: list[str | None]) -> bool:
    """Whether the stamp is a day alone: midnight, where neither the date line nor the dating
    markup writes that time ('Ngày đăng: 05/12/2025', a 'DC.date.issued' of '2025-12-05'; not
    '05/12/2025 00:00')."""
    if published is None or published.time() != time(0, 0):
        return False
    return not any(_MIDNIGHT.search(text) for text in written if text)


def _headline(
    tree: HtmlElement, title: str | None, sitename: str | None
) -> tuple[str | None, str | None]:
    """The headline and the site's name. A <title> 'Báo Lạng Sơn - Headline' may leave
    trafilatura with the outlet's name for the title: the headline is then the rest of the
    <title>, and the outlet is the site. A headline 'Headline | Bộ Công Thương Việt Nam'
    carrying the site's name after it is the headline alone."""
    if title and sitename:
        parts = _TITLE_PARTS.split(title)
        if len(parts) > 1 and fold(parts[-1]) == fold(sitename):
            title = title[: title.rfind(parts[-1])].rstrip(" -–—|")
    if not title or not names_an_outlet(title):
        return title, sitename
    parts = _TITLE_PARTS.split(squeeze(tree.findtext(".//title") or ""))
    rest = [part for part in parts if part and not names_an_outlet(part)]
    return (max(rest, key=len) if rest else None), sitename or title


def _fuller_headline(tree: HtmlElement, title: str | None) -> str | None:
    """The page's <h1> when it goes on past the title its metadata gives, which a social card
    shortens ('Hội nghị Xúc tiến thương mại Việt Nam - Tứ Xuyên, Trùng Khánh' for the visible
    '… Trùng Khánh: Mở rộng cửa ngõ hàng Việt vào khu vực Tây Nam Trung Quốc'); else the title."""
    if not title:
        return title
    for heading in tree.iter("h1"):
        shown = squeeze(heading.text_content())
        goes_on = len(shown) > len(title) and _FULLER.match(shown[len(title) :])
        if goes_on and fold(shown[: len(title)]) == fold(title):
            return shown
    return title


def _shown_headline(tree: HtmlElement, title: str | None) -> str | None:
    """The headline the page shows as its <h1> where its metadata's title (og:title, JSON-LD
    'headline') is another one, written for search engines and social cards ('Việt Nam – Quảng
    Tây thúc đẩy cửa khẩu thông minh' for the visible 'Thứ trưởng … tiếp Phó Chủ tịch …'); else
    the title."""
    heading = article_heading(tree)
    if not title or not heading or names_an_outlet(heading):
        return title
    return heading


def _site(sitename: str | None, address: str | None) -> str | None:
    """The host of the page's address ('baothu.vn', 'baodienbienphu.info.vn': the whole host,
    where trafilatura's guess at the domain keeps 'info.vn'), else the site's name."""
    return url_host(address) or sitename or None

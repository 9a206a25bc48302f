"""The publication date a web page states in its markup (meta tags, JSON-LD, <time>, its address),
and never one read from its text.

htmldate finds it, but is given the page's dating markup alone: even without its extensive
search it falls back on dates written in the headline ('Hội nghị ngày 5/3/2024'), ISO dates in
the text, a date after any word ending in 'on' ('con 12/03/2015') and a copyright year.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import datetime, time

import htmldate
from lxml.etree import XPath
from lxml.html import HtmlElement, fromstring, tostring

from extract.stamps import parse_stamp

_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
# An ISO stamp with its time of day: '2025-09-27T11:00:00+07:00'.
_ISO_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_MARKUP = XPath(
    "//meta | //link[@rel='canonical'] | //script[@type='application/ld+json'] | //time"
)
# Meta tags that date the article ('article:published_time', itemprop 'datePublished',
# 'pubdate') or give its address ('og:url'); not its description, nor a copyright year.
_DATING_META = re.compile(r"date|time|publish|modified|created|issued|^og:url$", re.I)
_META_KEYS = ("name", "property", "itemprop", "http-equiv")
_UNDATED_META = re.compile(r"copyright", re.I)
# JSON-LD that dates something; an article's whole text may come with it ('articleBody').
_DATED_JSON = re.compile(r'"date(?:Published|Created|Modified)"')
# An article's id in its address that is the moment it was filed, to the millisecond:
# 'tuoitre.vn/tp-hcm-tiep-doan-20250312093015482.htm' (2025-03-12 09:30:15.482).
_STAMP_ID = re.compile(
    r"-(?P<y>(?:19|20)\d{2})(?P<mo>\d{2})(?P<d>\d{2})(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})\d{3}"
    r"\.html?(?:[?#]|$)"
)
_ADDRESSES = XPath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")


def markup_date(tree: HtmlElement, *, url: str | None = None) -> datetime | None:
    """The publication date the page's markup or address states, with the offset it gives (naive
    when it gives none); None when only its text has dates."""
    found = htmldate.find_date(
        dating_markup(tree),
        extensive_search=False,
        original_date=True,
        outputformat=_STAMP_FORMAT,
        url=url,
    )
    if not found:
        return _stamp_id_day(tree, url)
    try:
        stamp = datetime.fromisoformat(_OFFSET.sub(r"\1:\2", found))
    except ValueError:
        return None
    if stamp.time() == time(0, 0):
        # A date-only tag ('dc.date.issued') may have won over one giving the time of that day.
        return next((t for t in _timed_stamps(tree) if t.date() == stamp.date()), stamp)
    if stamp.tzinfo is None:
        # A tag without an offset ('PubDate' 2025-09-18 17:20) may have won over one giving the
        # same time with its offset ('article:published_time' …T17:20:00+08:00): the zone the
        # page prints its times in.
        same = (t for t in _timed_stamps(tree) if t.tzinfo and t.replace(tzinfo=None) == stamp)
        return next(same, stamp)
    return stamp


def _stamp_id_day(tree: HtmlElement, url: str | None) -> datetime | None:
    """The day (at midnight, naive) of the stamp that the article's id in its address is
    ('…-20250312093015482.htm' is 2025-03-12), where the page's markup dates it no other way."""
    for address in [url or "", *_ADDRESSES(tree)]:
        match = _STAMP_ID.search(str(address))
        if not match:
            continue
        try:
            year, month, day, hour, minute, second = (int(part) for part in match.groups())
            filed = datetime(year, month, day, hour, minute, second)
        except ValueError:
            continue
        return datetime.combine(filed.date(), time(0, 0))
    return None


def _timed_stamps(tree: HtmlElement) -> list[datetime]:
    """The stamps with a time of day that the page's dating meta tags give, in ISO form or as
    Vietnamese pages write them ('12.11.2025 17:35')."""
    stamps = []
    for element in _MARKUP(tree):
        if element.tag != "meta" or not _dates(element):
            continue
        content = (element.get("content") or "").strip()
        match = _ISO_STAMP.fullmatch(content)
        try:
            stamp = (
                datetime.fromisoformat(_OFFSET.sub(r"\1:\2", match[0]))
                if match
                else parse_stamp(content, zone=None)
            )
        except ValueError:
            continue
        if stamp is not None and stamp.time() != time(0, 0):
            stamps.append(stamp)
    return stamps


def stamp_markup(tree: HtmlElement) -> str:
    """The text of the page's dating markup (see `dating_markup`), where a stamp writes its time
    of day or does not."""
    return tostring(dating_markup(tree), encoding="unicode")


def dating_markup(tree: HtmlElement) -> HtmlElement:
    """A page holding only the elements that date `tree`: its dating meta tags, canonical link,
    JSON-LD with dates and <time> elements, without their surrounding text."""
    page = fromstring("<html><head></head><body></body></html>")
    head, body = page
    for element in _MARKUP(tree):
        if not _dates(element):
            continue
        copy = deepcopy(element)
        copy.tail = None
        (body if element.tag == "time" else head).append(copy)
    return page


def _dates(element: HtmlElement) -> bool:
    """Whether an element `_MARKUP` found may date the page."""
    if element.tag == "meta":
        if "pubdate" in element.attrib:
            return True
        keys = (element.get(key, "") for key in _META_KEYS)
        return any(_DATING_META.search(k) and not _UNDATED_META.search(k) for k in keys)
    if element.tag == "script":
        return bool(_DATED_JSON.search(element.text or ""))
    return True

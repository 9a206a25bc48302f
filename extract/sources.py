"""Who published an article: source lines, aggregators, the site, datelines, photo credits."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from extract.furniture import CleanPage
from extract.lexicon import load_data

# "(Chinhphu.vn) - Chiều 14/3, …" or "Hà Nội (TTXVN) - …": who sent the story.
_DATELINE = re.compile(r"^[^()]{0,30}\((?P<who>[^()]{2,40})\)\s*[-–—:]")
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|cn)$", re.I)


@cache
def _agencies() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for agency in load_data("furniture")["agencies"]:
        names = "|".join(re.escape(a) for a in agency["aliases"])
        found.append((agency["name"], re.compile(rf"(?<![\w])(?:{names})(?![\w])")))
    return found


def _agency(text: str) -> str | None:
    return next((name for name, pattern in _agencies() if pattern.search(text)), None)


def article_source(clean: CleanPage, *, sitename: str | None, url: str | None) -> str | None:
    """The publisher: a 'Nguồn:'/'Theo dõi … trên' line, an aggregator credit ('… (aggregated)'),
    the HTML page's site, a dateline '(TTXVN) -', a photo credit's agency, else the URL's host."""
    if clean.sources:
        return clean.sources[0]
    if clean.aggregator:
        return f"{clean.aggregator} (aggregated)"
    if sitename:
        return sitename
    dateline = _DATELINE.match(clean.paragraphs[0]) if clean.paragraphs else None
    if dateline:
        who = dateline["who"].strip()
        if _DOMAIN.match(who):
            return who.lower()
        if _agency(who):
            return _agency(who)
    credited = _agency(" ".join(clean.credits))
    return credited or url_host(url)


def url_host(url: str | None) -> str | None:
    """'https://www.baothu.vn/x.html' -> 'baothu.vn'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.lower().removeprefix("www.") if host else None

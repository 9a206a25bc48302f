"""Who published an article: source lines, aggregators, the site, datelines, photo credits."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from extract.furniture import CleanPage
from extract.lexicon import load_data
from extract.lines import byline_credit

# "(Chinhphu.vn) - Chiều 14/3, …", "Hà Nội (TTXVN) 5/3 - …" or "VOV.VN - …": who sent the story.
_DATELINE = re.compile(
    r"^(?:[^()]{0,30}\((?P<who>[^()]{2,40})\)|(?P<site>[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4})+))"
    r"\s*(?:\d{1,2}/\d{1,2}\s*)?[-–—:]"
)
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
    the HTML page's site, a dateline '(TTXVN) -', a byline's agency ('Thu Hà/VOV'), the site of
    the copyright notice, a photo credit's agency, else the URL's host."""
    if clean.sources:
        return clean.sources[0]
    if clean.aggregator:
        return f"{clean.aggregator} (aggregated)"
    if sitename:
        return sitename
    return (
        _dateline_source(clean.paragraphs)
        or _byline_source(clean.bylines)
        or clean.footer_site
        or _agency(" ".join(clean.credits))
        or url_host(url)
    )


def _dateline_source(paragraphs: tuple[str, ...]) -> str | None:
    """'(TTXVN) -' or 'VOV.VN -' before the first paragraph: an agency, else a site."""
    dateline = _DATELINE.match(paragraphs[0]) if paragraphs else None
    if dateline is None:
        return None
    who = (dateline["who"] or dateline["site"]).strip()
    return _agency(who) or (who.lower() if _DOMAIN.match(who) else None)


def _byline_source(bylines: tuple[str, ...]) -> str | None:
    """The agency a byline credits ('Vân Anh/VOV.VN', 'Minh Anh (TTXVN/Vietnam+)')."""
    for line in bylines:
        credit = byline_credit(line)
        if credit:
            return _agency(credit) or (credit.lower() if _DOMAIN.match(credit) else None)
    return None


def url_host(url: str | None) -> str | None:
    """'https://www.baothu.vn/x.html' -> 'baothu.vn'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.lower().removeprefix("www.") if host else None

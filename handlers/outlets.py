"""One name for each outlet in answers, however an article's stored source writes it ('VOV',
'VOV.VN', 'vov.vn'; 'Báo Lạng Sơn', 'baolangson.vn').

The stored source is what the parser read: a site, a masthead, an agency's name. Answers name a
known outlet by its display name from extract/data/outlets.toml (its `display`, else the first
of its `names`), an agency (extract/data/furniture.toml) by the agency's name, on its own sites
as well; an outlet the data does not know keeps the name it was stored under.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.fold import fold
from extract.hosts import url_host
from extract.lexicon import load_data

# What outlets write after their name, as the parser reads it: 'Báo Lạng Sơn điện tử',
# 'Tuổi Trẻ Online' (extract/sources.py's own pattern is not imported: that module brings the
# page reader with it, which `briefbot run` does not load).
_NAME_AFTER = re.compile(r"\s+(?:điện tử|online)$", re.I)
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.I)


@cache
def _display_names() -> tuple[dict[str, str], dict[str, str]]:
    """The display name by an outlet's site, and by every name, tag or alias it goes by (folded:
    case, marks and spacing aside). A name two outlets share is the first's."""
    outlets = load_data("outlets")
    agency_sites: dict[str, str] = outlets["agency_sites"]
    by_site: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for outlet in outlets["outlet"]:
        shown = agency_sites.get(outlet["site"]) or outlet.get("display") or outlet["names"][0]
        by_site[outlet["site"]] = shown
        for name in (*outlet["names"], *outlet["tags"]):
            by_name.setdefault(fold(name), shown)
    for agency in load_data("furniture")["agencies"]:
        for alias in (agency["name"], *agency["aliases"]):
            by_name[fold(alias)] = agency["name"]
    by_site |= agency_sites
    return by_site, by_name


# Every answer names the outlet of each article it shows; the same few hundred sources and sites
# recur, each looked up once.
@lru_cache(maxsize=4096)
def site_outlet(host: str) -> str | None:
    """The display name of the known outlet whose site `host` is or is part of ('vov.vn',
    'english.vov.vn' -> 'VOV'), else None."""
    by_site, _ = _display_names()
    labels = host.lower().split(".")
    sites = (".".join(labels[n:]) for n in range(len(labels) - 1))
    return next((by_site[site] for site in sites if site in by_site), None)


def outlet_name(source: str | None, url: str | None) -> str:
    """The name answers give an article's outlet: a known outlet's or agency's display name,
    from its stored source ('VOV.VN' -> 'VOV'), or from its site when it has no source
    ('https://baolangson.vn/…' -> 'Báo Lạng Sơn'); an unknown outlet as stored; '' when neither
    is known."""
    if source and source.strip():
        return _named(source.strip()) or source
    try:
        host = url_host(url)
    except ValueError:
        return ""
    return (site_outlet(host) or host) if host else ""


@lru_cache(maxsize=4096)
def _named(source: str) -> str | None:
    _, by_name = _display_names()
    if found := by_name.get(fold(source)) or by_name.get(fold(_NAME_AFTER.sub("", source))):
        return found
    return site_outlet(source) if _DOMAIN.match(source) else None

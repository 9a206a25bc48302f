"""Who published an article: source lines, aggregators, the site, datelines, photo credits."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache
from zoneinfo import ZoneInfo

from extract.fold import fold, nfc
from extract.furniture import CleanPage
from extract.gazetteer import load_gazetteer
from extract.hosts import url_host
from extract.lexicon import load_data
from extract.lines import byline_credit, is_byline, is_menu_line
from extract.text import squeeze

# "(Chinhphu.vn) - Chiều 14/3, …", "Hà Nội (TTXVN) 5/3 - …", "VOV.VN - …" or an outlet's tag
# "TPO - …": who sent the story.
_DATELINE = re.compile(
    r"^(?:[^()]{0,30}\((?P<who>[^()]{2,40})\)|(?P<site>[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4})+)"
    r"|(?P<tag>\w[\w&+]{1,23}(?: \w[\w&+]{1,12})?))"
    r"\s*(?:\d{1,2}/\d{1,2}\s*)?[-–—:]"
)
# '(VOVGT) Chiều 20/5, …', '(TTXVN) Sáng nay, …': a name in brackets opening the lead with no
# dash after it; it is a dateline only when it names an agency, a known outlet or a site.
_BRACKETED = re.compile(r"^\((?P<who>[^()]{2,40})\)\s+(?=\w)")
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|cn)$", re.I)
# Where an outlet's name ends in a masthead or footer line: 'Báo X - Cơ quan …', 'Báo X. Tổng
# Biên tập …'.
_NAME_END = re.compile(r"\s+[-–|]\s+|\.\s+")
# What outlets write around their name: '© Bản quyền thuộc về Báo X', 'Báo điện tử X', 'X Online'.
_NAME_BEFORE = re.compile(r"^(?:©\s*)?(?:(?:bản quyền|copyright)(?:\s+thuộc)?(?:\s+về)?\s+)?", re.I)
_NAME_AFTER = re.compile(r"\s+(?:điện tử|online)$", re.I)
_NAME_INSIDE = re.compile(r"^báo điện tử\s+", re.I)
# An outlet's word before its name: 'Báo Giao thông', 'Tạp chí Cộng sản', 'Thời báo …', a
# broadcaster's 'Đài Phát thanh và Truyền hình Hà Giang', 'Đài PT-TH …', 'Đài Truyền hình …'.
_OUTLET_WORD = re.compile(
    r"^(?:báo|tạp chí|thời báo|tuần báo|nhật báo|đài\s+(?:phát\s+thanh(?:\s*[,-]?\s*|\s+và\s+)"
    r"truyền\s+hình|truyền\s+hình|pt\s*-?\s*th))\s+(?P<name>\w.*)$",
    re.I,
)
_MAX_NAME_WORDS = 10
# Words a section's name runs to at most ('Thanh niên', 'Kinh tế - Xã hội'): a longer name the data
# lists as an outlet's, in whatever case, is that outlet's.
_SECTION_WORDS = 3
# A provincial paper merged with the province's broadcaster (2025): 'Báo và Phát thanh, Truyền
# hình Đà Nẵng'.
_MERGED = re.compile(r"^báo và phát thanh,? truyền hình\s+(?P<place>\w.*)$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# A province's or city's own portal: 'Cổng thông tin điện tử tỉnh Lai Châu', 'Cổng TTĐT thành
# phố Hải Phòng'; the two cities whose portals' addresses differ from their names.
_PORTAL = re.compile(
    r"^cổng\s+(?:thông\s+tin\s+điện\s+tử|ttđt)\s+(?:tỉnh|thành\s+phố|tp\.?)\s*(?P<name>.+)$"
)
_PORTAL_SITES = {"ho chi minh": "hochiminhcity.gov.vn", "ha noi": "hanoi.gov.vn"}


@cache
def _agencies() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for agency in load_data("furniture")["agencies"]:
        names = "|".join(re.escape(a) for a in agency["aliases"])
        found.append((agency["name"], re.compile(rf"(?<![\w])(?:{names})(?![\w])")))
    return found


def printed_time_zone(source: str | None) -> ZoneInfo | None:
    """The zone in which the publisher `article_source` names prints its times, where it is not
    Vietnam's: Beijing's for China's media in Vietnamese ('vietnamese.cri.cn', 'Tân Hoa Xã', as
    any of an agency's names writes it, and a site's other hosts: 'english.news.cn')."""
    if not source:
        return None
    zones = _printed_time_zones()
    keys = [_outlet_key(source), _outlet_key(_agency(source) or "")]
    if _DOMAIN.match(source):
        labels = source.lower().split(".")
        keys += [".".join(labels[n:]) for n in range(1, len(labels) - 1)]
    zone = next((zones[key] for key in keys if key in zones), None)
    return ZoneInfo(zone) if zone else None


@cache
def _printed_time_zones() -> dict[str, str]:
    """Zones by an outlet's site and every name it goes by, and by an agency's name."""
    zones: dict[str, str] = {}
    for outlet in load_data("outlets")["outlet"]:
        if "time_zone" in outlet:
            for key in (outlet["site"], *outlet["names"]):
                zones[_outlet_key(key)] = outlet["time_zone"]
    for agency in load_data("furniture")["agencies"]:
        if "time_zone" in agency:
            zones[_outlet_key(agency["name"])] = agency["time_zone"]
    return zones


def _agency(text: str) -> str | None:
    return next((name for name, pattern in _agencies() if pattern.search(text)), None)


def _outlet_key(name: str) -> str:
    return squeeze(nfc(name)).casefold()


@cache
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """An outlet's site by its written name, and by its name or the tag before its leads."""
    by_name: dict[str, str] = {}
    by_tag: dict[str, str] = {}
    for outlet in load_data("outlets")["outlet"]:
        for name in outlet["names"]:
            by_name[_outlet_key(name)] = by_tag[_outlet_key(name)] = outlet["site"]
            by_name.setdefault(fold(name), outlet["site"])  # 'TUOI TRE ONLINE'
        for tag in outlet["tags"]:
            by_tag[_outlet_key(tag)] = outlet["site"]
    return by_name, by_tag


def _outlet_named(lines: tuple[str, ...]) -> str | None:
    """The site of the outlet a masthead or footer line names ('BÁO CAO BẰNG', 'Báo Tiền Phong -
    Cơ quan …', '© Bản quyền thuộc về Báo X'), the masthead first."""
    by_name, _ = _outlets()
    for name in _names_in(lines):
        if portal := _provincial_portal(name.casefold()):
            return portal
        site = by_name.get(name.casefold()) or by_name.get(fold(name))
        if site and _written_as_name(name):
            return site
    return None


def _outlet_written(lines: tuple[str, ...]) -> str | None:
    """The name of an outlet the data does not know, as a masthead or footer line writes it in
    an outlet's shape ('Báo Gió Mới - Tổng Biên tập …' -> 'Báo Gió Mới'). Only a line in
    capitals (a masthead) or one giving the outlet's credits (its editor, licence, copyright)
    names it: a related headline at the foot of the page ('Báo Mỹ ca ngợi phở Việt') does not."""
    credited = tuple(line for line in lines if line.isupper() or _credit_words().search(line))
    return _best_written([name for name in _names_in(credited) if _outlet_shape(name)])


def _names_in(lines: tuple[str, ...]) -> Iterator[str]:
    """The names a masthead or footer line may give its outlet by: each part before ' - ' or
    '. ', without '© Bản quyền thuộc về' before it or 'điện tử' after it; a provincial paper
    merged with its broadcaster also by its paper's name ('Báo và Phát thanh, Truyền hình Đà
    Nẵng' -> 'Báo Đà Nẵng'). A menu bar or a breadcrumb ('Thời sự | Thanh niên', 'Xã hội >
    Thanh niên') names sections, not outlets."""
    for line in lines:
        if is_menu_line(line):
            continue
        for piece in _NAME_END.split(squeeze(nfc(line))):
            bare = _NAME_BEFORE.sub("", piece)
            # 'Báo điện tử Đảng Cộng sản Việt Nam' is a name of its own; 'Báo điện tử Quảng Ninh'
            # is 'Báo Quảng Ninh'.
            for name in (_NAME_INSIDE.sub("Báo ", _NAME_AFTER.sub("", bare)), bare):
                yield name.strip(" .,:")
            if merged := _MERGED.match(bare.strip(" .,:")):
                yield f"Báo {merged['place']}"


def _written_as_name(name: str) -> bool:
    """'Thanh Niên', 'THANH NIÊN', 'Báo Thanh niên': written as an outlet's name; 'Thanh niên' (a
    section, a common noun) is not: an outlet's bare name has a capital on every word, unless the
    data writes it otherwise ('Dân trí')."""
    if _OUTLET_WORD.match(name) or name.isupper() or name in _written_names():
        return True
    words = _WORD.findall(name)
    if len(words) > _SECTION_WORDS and name.casefold() in _written_names_folded():
        return True  # 'Nhân Dân nhật báo bản tiếng Việt': no section's name runs so long
    return all(word[0].isupper() for word in words)


def _outlet_shape(name: str) -> bool:
    """'Báo Giao thông', 'BÁO XÂY DỰNG', 'Tạp chí Cộng sản': an outlet's word and a name after it
    with a capital ('báo cáo', 'Báo chí' are no outlets)."""
    match = _OUTLET_WORD.match(name)
    if match is None or len(name.split()) > _MAX_NAME_WORDS:
        return False
    first = match["name"].split()[0]
    return (first[0].isupper() and first.casefold() not in _not_names()) or bool(
        _MERGED.match(name)
    )


def _best_written(names: list[str]) -> str | None:
    """The first name written in running case ('Báo Giao thông'), else the first in capitals,
    its words capitalised ('BÁO GIÓ MỚI' -> 'Báo Gió Mới')."""
    cased = [name for name in names if not name.isupper()]
    if cased:
        return cased[0]
    return string.capwords(names[0]) if names else None


@cache
def _written_names() -> frozenset[str]:
    return frozenset(
        squeeze(nfc(name)) for outlet in load_data("outlets")["outlet"] for name in outlet["names"]
    )


@cache
def _written_names_folded() -> frozenset[str]:
    return frozenset(name.casefold() for name in _written_names())


@cache
def _credit_words() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in load_data("outlets")["credit_words"])
    return re.compile(rf"(?:{words})", re.I)


@cache
def _not_names() -> frozenset[str]:
    return frozenset(word.casefold() for word in load_data("outlets")["not_names"])


def names_an_outlet(text: str) -> bool:
    """'Báo Lạng Sơn', 'Báo điện tử Quảng Ninh': the name of an outlet (or a province's portal)
    the project knows, and nothing else."""
    return _outlet_named((text,)) is not None and not _NAME_END.search(text.strip())


def _provincial_portal(name: str) -> str | None:
    """'Cổng thông tin điện tử tỉnh Lai Châu' -> 'laichau.gov.vn': a province's or city's own
    portal, at the address every province's takes (its name without marks or spaces)."""
    match = _PORTAL.match(name.strip(" .,:"))
    if match is None:
        return None
    province = load_gazetteer().vietnamese(match["name"])
    if province is None:
        return None
    folded = fold(province.name)
    return _PORTAL_SITES.get(folded, folded.replace(" ", "") + ".gov.vn")


def article_source(clean: CleanPage, *, sitename: str | None, url: str | None) -> str | None:
    """The publisher: a 'Nguồn:'/'Theo dõi … trên' line (on an HTML page, unless it credits a
    news agency for the story), an aggregator credit ('… (aggregated)'), the HTML page's site,
    a dateline '(TTXVN) -' or outlet's tag ('TPO -'), a byline's agency ('Thu Hà/VOV'), the
    site of the copyright notice, the outlet the masthead or footer names, a photo credit's
    agency, else the URL's host, else the name of an outlet the data does not know, as its
    masthead or footer writes it.

    A section or a menu word that is another outlet's name ('Xã hội > Thanh niên') never makes
    the source, and an outlet's short tag ('(TNO) -') is not another's when the masthead or
    the footer names the page's own outlet, known or not."""
    sources = tuple(source for source in clean.sources if not _a_writer(source))
    if sources and not (sitename and _agency(sources[0])):
        # A page giving another outlet's article ('Nguồn: baoquocte.vn') is that outlet's; one
        # crediting a news agency for the story ('Nguồn: TTXVN') is its own site's.
        return _outlet_named(sources[:1]) or sources[0]
    if clean.aggregator:
        return f"{clean.aggregator} (aggregated)"
    if sitename:
        return _site_named(sitename)
    named = _outlet_named(clean.edges)
    written = _outlet_written(clean.edges)
    return (
        _dateline_source(clean.paragraphs, named, vetoed=written is not None)
        or _byline_source(clean.bylines, clean.edges)
        or clean.footer_site
        or named
        or _agency(" ".join(clean.credits))
        or url_host(url)
        or written
    )


def _a_writer(source: str) -> bool:
    """'Minh Anh' (from a line 'Theo Minh Anh' under the article): the writer a page credits,
    not a publisher: written as a person's name, and no outlet, agency or domain."""
    return (
        is_byline(source)
        and _outlet_named((source,)) is None
        and _agency(source) is None
        and not _DOMAIN.match(source)
        and not _outlet_shape(source)
    )


def _site_named(sitename: str) -> str:
    """The HTML page's own name for its site, as the other ways name a publisher: a known
    outlet's site ('Báo Nhân Dân điện tử' -> 'nhandan.vn', 'Báo Tin tức - TTXVN' ->
    'baotintuc.vn': the agency's paper, not the agency), an agency ('VOV.VN' -> 'VOV'), a domain
    in lower case; else as the page writes it."""
    return (
        _outlet_named((sitename,))
        or _agency(sitename)
        or (sitename.lower() if _DOMAIN.match(sitename) else sitename)
    )


def _dateline_source(
    paragraphs: tuple[str, ...], masthead: str | None = None, *, vetoed: bool = False
) -> str | None:
    """'(TTXVN) -', 'VOV.VN -' or 'TPO -' before the first paragraph: an agency, else a site.
    An outlet's short tag may be another's too ('BLC', 'TNO'): the outlet the masthead or footer
    names, when it names one, is the page's; when they name one the project does not know
    (`vetoed`), the tag names none."""
    dateline = _DATELINE.match(paragraphs[0]) if paragraphs else None
    if dateline is None:
        return _bracketed_source(paragraphs, masthead, vetoed=vetoed)
    who = (dateline["who"] or dateline["site"] or dateline["tag"]).strip()
    agency = _agency(who)
    tagged = _outlets()[1].get(_outlet_key(who))
    if not agency and (dateline["tag"] or tagged):
        return masthead or (None if vetoed else tagged)
    return agency or tagged or (who.lower() if _DOMAIN.match(who) else None)


def _bracketed_source(
    paragraphs: tuple[str, ...], masthead: str | None, *, vetoed: bool = False
) -> str | None:
    """'(VOVGT) Chiều 20/5, …' -> 'vovgiaothong.vn', '(TTXVN) Sáng nay, …' -> 'TTXVN': the
    agency, known outlet or site whose name in brackets opens the lead without a dash; an
    outlet's tag gives way to the outlet the masthead or footer names, as after a dash. Any
    other bracket ('(Ảnh minh họa) …') names nobody."""
    bracketed = _BRACKETED.match(paragraphs[0]) if paragraphs else None
    if bracketed is None:
        return None
    who = bracketed["who"].strip()
    if agency := _agency(who):
        return agency
    if tagged := _outlets()[1].get(_outlet_key(who)):
        return masthead or (None if vetoed else tagged)
    return who.lower() if _DOMAIN.match(who) else None


def _byline_source(bylines: tuple[str, ...], edges: tuple[str, ...] = ()) -> str | None:
    """The agency a byline credits ('Vân Anh/VOV.VN', 'Minh Anh (TTXVN/Vietnam+)'), or the known
    outlet its short name names ('Minh Khôi/VOVGT' -> 'vovgiaothong.vn'); not the
    agency whose own paper the page is ('BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM' over 'Phương Hoa
    (TTXVN)': the paper publishes its agency's story)."""
    for line in bylines:
        credit = byline_credit(line)
        if credit:
            agency = _agency(credit)
            if agency and _agency_s_paper(edges, agency):
                return None
            tagged = _outlets()[1].get(_outlet_key(credit))
            return agency or tagged or (credit.lower() if _DOMAIN.match(credit) else None)
    return None


def _agency_s_paper(edges: tuple[str, ...], agency: str) -> bool:
    """Whether a masthead or footer line names an outlet together with `agency`, its owner
    (in capitals too: 'BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM')."""
    named = next(pattern for name, pattern in _agencies() if name == agency)
    return any(re.search(named.pattern, line, re.I) and _outlet_named((line,)) for line in edges)

"""Which Chinese provinces an article is about, as opposed to merely naming in passing."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from extract.gazetteer import load_gazetteer
from extract.lexicon import load_data
from extract.names import is_surname
from extract.places import PlaceMention, find_places, names_a_seat
from extract.text import sentences_in
from extract.types import NATIONAL, Official, TradeFigure

_QUOTED = re.compile(r"[\"“][^\"“”]{1,200}[\"”]")
_DASH = re.compile(r"\s*[-–—]\s*")
_LOOK_BACK = 60  # characters before a place where its seat or route words stand
_CHINA_AFTER = re.compile(r"\s*[(,]\s*Trung\s+Quốc\b")
_MUNICIPAL_BEFORE = re.compile(r"\b(?:thành\s+phố|TP\.?)\s*$", re.I)
# China named with Vietnam in one word: 'Việt - Trung', 'Việt-Trung'.
_BOTH_COUNTRIES = re.compile(r"Việt\s*[-–]", re.I)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


@cache
def _capitals() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_data("places")
    words = "|".join(re.escape(w) for w in sorted(data["municipal_words"], key=len, reverse=True))
    return frozenset(data["capitals"]), re.compile(rf"(?:{words})\s*$", re.I)


@cache
def _route() -> re.Pattern[str]:
    """Route words before a chain of places: 'tuyến đường sắt liên vận '."""
    words = _alternation(load_data("places")["route_words"])
    return re.compile(rf"\b(?:{words})(?:\s+\w+){{0,3}}\s*$", re.I)


@cache
def _company() -> re.Pattern[str]:
    """Company words right before a place: 'Hãng hàng không '."""
    words = _alternation(load_data("places")["company_words"])
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def province_mentions(
    texts: Iterable[str], *, in_passing: bool = True, namesakes: frozenset[str] = frozenset()
) -> list[PlaceMention]:
    """Chinese divisions named in the texts, outside quoted names ('"Vùng vịnh lớn … Ma Cao"'),
    and capitals only as municipalities ('thành phố Bắc Kinh', not 'Bắc Kinh phản đối');
    without `in_passing`, not a mission's seat or a stop of a route either; `namesakes` (see
    `vietnamese_namesakes`) only where tied to China."""
    found: list[PlaceMention] = []
    for text in texts:
        found.extend(_provinces_in(text, in_passing, namesakes))
    return found


# The main province is counted sentence by sentence, then the provinces the article is about
# are read from all the sentences and from the lead again: each sentence is read once (a few
# dozen per article, as `_places_in` holds).
@lru_cache(maxsize=512)
def _provinces_in(
    text: str, in_passing: bool, namesakes: frozenset[str]
) -> tuple[PlaceMention, ...]:
    """`province_mentions` of one text."""
    capitals, municipal = _capitals()
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    places = find_places(text)
    passing = set() if in_passing else _named_in_passing(text, places)
    return tuple(
        m
        for n, m in enumerate(places)
        if m.place.kind == "division"
        and n not in passing
        and not any(a <= m.start < b for a, b in quoted)
        and (m.place.name not in capitals or municipal.search(text[max(0, m.start - 30) : m.start]))
        and not _inside_a_name(text, m)
        and (m.place.name not in namesakes or _tied_to_china(text, m))
    )


def vietnamese_namesakes(title: str | None, paragraphs: Sequence[str]) -> frozenset[str]:
    """Chinese divisions' names the article uses for a Vietnamese place somewhere ('huyện
    Trùng Khánh' of Cao Bằng): there, a bare 'Trùng Khánh' is the district too."""
    gazetteer = load_gazetteer()
    return frozenset(
        m.place.name
        for text in ([title] if title else []) + sentences_in(paragraphs)
        for m in find_places(text)
        if m.place.kind == "vietnam" and (d := gazetteer.by_name(m.place.name)) and not d.is_country
    )


def _tied_to_china(text: str, mention: PlaceMention) -> bool:
    """'Trùng Khánh (Trung Quốc)', 'thành phố Trùng Khánh': the Chinese place, whatever else the
    article calls by its name."""
    return bool(
        _CHINA_AFTER.match(text, mention.end)
        or _MUNICIPAL_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
    )


def _named_in_passing(text: str, places: list[PlaceMention]) -> set[int]:
    """The places (by index) named as a mission's seat ('Tổng Lãnh sự Việt Nam tại Trùng
    Khánh'), inside a route ('tuyến đường sắt liên vận Trùng Khánh - Hà Nội') or as a company's
    name ('Hãng hàng không Hải Nam')."""
    route, company = _route(), _company()
    passing = {
        n
        for n, m in enumerate(places)
        if names_a_seat(text[: m.start])
        or company.search(text[max(0, m.start - _LOOK_BACK) : m.start])
    }
    chain = [0]
    for n in range(1, len(places) + 1):
        joined = n < len(places) and _DASH.fullmatch(text[places[n - 1].end : places[n].start])
        if joined:
            chain.append(n)
            continue
        first = places[chain[0]].start
        if len(chain) > 1 and route.search(text[max(0, first - _LOOK_BACK) : first]):
            passing.update(chain)
        chain = [n]
    return passing


def _inside_a_name(text: str, mention: PlaceMention) -> bool:
    """'Trần Thành Đô' is a person, not Chengdu: a place right after a family name."""
    words = text[max(0, mention.start - 30) : mention.start].split()
    return bool(words) and words[-1][:1].isupper() and is_surname(words[-1])


def main_province(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """The province named most often (the headline counts double); None on a tie or none, or
    when the one named most is named once only, after the lead ('… tại khu vực Lào Cai - Hà
    Khẩu (Vân Nam)' in passing, in an article on something else)."""
    counts: Counter[str] = Counter()
    namesakes = vietnamese_namesakes(title, paragraphs)
    # Sentence by sentence (the facts' readers have searched the same ones for places already),
    # a province counting once in each: 'Hà Khẩu (Vân Nam)' names it once.
    for sentence in sentences_in(paragraphs):
        mentions = province_mentions([sentence], in_passing=False, namesakes=namesakes)
        counts.update({m.place.name for m in mentions})
    for mention in province_mentions([title] if title else [], namesakes=namesakes):
        counts[mention.place.name] += 2
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    name, count = ranked[0]
    if count == 1 and name not in {
        m.place.name for m in province_mentions(sentences_in(paragraphs[:1]), in_passing=False)
    }:
        return None
    return name


def main_party(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """The article's Chinese party: 'Trung Quốc' when the headline names the two countries
    together and no province of either; else its main province, or 'Trung Quốc' when the
    headline or the lead names China and no province."""
    if _headline_of_the_two_countries(title) and not province_mentions([title] if title else []):
        return NATIONAL
    province = main_province(title, paragraphs)
    if province is not None:
        return province
    return NATIONAL if about_the_two_countries(title, paragraphs) else None


def about_the_two_countries(title: str | None, paragraphs: Sequence[str]) -> bool:
    """Whether the headline or the lead names China and no Chinese province, or the headline
    names the two countries together ('… quan hệ Việt Nam – Trung Quốc') and no Vietnamese
    province ('Lào Cai: cửa ngõ thương mại Việt Nam – Trung Quốc' is about Lào Cai)."""
    opening = ([title] if title else []) + sentences_in(paragraphs[:1])
    places = [p.place for text in opening for p in find_places(text)]
    if any(p.kind == "china" for p in places) and not any(p.kind == "division" for p in places):
        return True
    return _headline_of_the_two_countries(title)


def about_no_vietnamese_locality(title: str | None, paragraphs: Sequence[str]) -> bool:
    """Whether the headline and the lead name no Vietnamese locality: the trade they speak of,
    if any, is Vietnam's, not a province's of Vietnam ('Hàng Việt còn nhiều dư địa ở khu vực
    Hoa Đông', with Vietnam's trade with three provinces in the lead)."""
    opening = ([title] if title else []) + sentences_in(paragraphs[:1])
    return not any(
        p.place.kind == "vietnam" and p.place.name != "Việt Nam"
        for text in opening
        for p in find_places(text)
    )


def _headline_of_the_two_countries(title: str | None) -> bool:
    """The headline names Vietnam and China ('Việt - Trung' names both), and no Vietnamese
    province."""
    if not title:
        return False
    mentions = find_places(title)
    headline = [m.place for m in mentions]
    both = any(_BOTH_COUNTRIES.match(title, m.start, m.end) for m in mentions)
    return (
        any(p.kind == "china" for p in headline)
        and (both or any(p.name == "Việt Nam" for p in headline))
        and not any(p.kind == "vietnam" and p.name != "Việt Nam" for p in headline)
    )


def provinces_about(
    title: str | None,
    paragraphs: Sequence[str],
    officials: Iterable[Official],
    figures: Iterable[TradeFigure],
) -> tuple[str, ...]:
    """Provinces in the headline, the lead, an official's title or a trade figure, or named
    at least twice in the body; in order of first mention. Outside the headline a place named
    as a mission's seat or a stop of a route does not count."""
    namesakes = vietnamese_namesakes(title, paragraphs)
    body = province_mentions(sentences_in(paragraphs), in_passing=False, namesakes=namesakes)
    headline = province_mentions([title] if title else [], namesakes=namesakes)
    lead = province_mentions(sentences_in(paragraphs[:1]), in_passing=False, namesakes=namesakes)
    counts = Counter(m.place.name for m in body)
    salient = {m.place.name for m in headline + lead}
    salient |= {o.province for o in officials if o.province}
    salient |= {f.province for f in figures if f.province != NATIONAL}
    salient |= {name for name, count in counts.items() if count >= 2}
    ordered = [m.place.name for m in headline + body] + sorted(salient)
    return tuple(name for name in dict.fromkeys(ordered) if name in salient)

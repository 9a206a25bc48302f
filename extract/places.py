"""Place names in running text: Chinese divisions and their cities, Vietnamese places, countries."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from extract.gazetteer import ChineseDivision, load_gazetteer
from extract.lexicon import PhraseSet, load_data
from extract.names import MAX_NAME_WORDS, capitalised_run, is_surname
from extract.text import Token, tokenize

PlaceKind = Literal["china", "division", "vietnam", "country"]
_SEAT_REACH = 60  # characters before a place where the mission words stand
_VIETNAM_LABEL = re.compile(r"\s*(?:\(\s*|,\s*)Việt\s+Nam\b")
_LISTED = re.compile(r"\s*(?:,|và|hay|hoặc)\s*")
# How many tokens before a prefecture's place name 'Châu' may stand ('Châu tự trị dân tộc Cáp
# Nhì, Di Hồng Hà'), and the words that make 'Châu' a family name instead ('ông Châu Văn Sơn').
_PREFECTURE_REACH = 12
_PERSON_WORDS = frozenset({"ông", "bà", "anh", "chị", "đồng", "chí", "em", "cô", "chú"})


@dataclass(frozen=True, slots=True)
class Place:
    """What a place name refers to: a Chinese division (maybe through a city), China, Vietnam
    or one of its places, or another country."""

    kind: PlaceKind
    name: str
    division: ChineseDivision | None = None
    via_city: bool = False
    side: Literal["VN", "CN", "other"] = "other"
    shared: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    first_token: int
    tokens: int


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place
    capitals: tuple[bool, ...]
    prefecture: bool = False  # a name that is a place only after 'Châu' (see provinces.toml)
    as_city: bool = False  # a name that is a place only after 'thành phố' (see provinces.toml)


@cache
def _phrases() -> PhraseSet:
    names: list[str] = []
    entries: list[_Entry] = []

    def add(name: str, place: Place, prefecture: bool = False, as_city: bool = False) -> None:
        names.append(name)
        entries.append(_entry(name, place, prefecture, as_city))

    gazetteer = load_gazetteer()
    shared = {d.vi for d in gazetteer.china if d.shared_with_vietnam}
    for province in gazetteer.vietnam:
        if province.name not in shared:
            add(province.name, Place("vietnam", province.name, side="VN"))
    for name in load_data("places")["vietnam"]:
        add(name, Place("vietnam", name, side="VN"))
    kinds: dict[str, PlaceKind] = {"VN": "vietnam", "CN": "china"}
    for row in load_data("places")["country"]:
        kind = kinds.get(row["side"], "country")
        for name in ([row["name"]] if row["side"] != "other" else []) + row["aliases"]:
            # an alias of Vietnam or China ('VN', 'Trung Hoa') is that country, by its name
            country = row["name"] if row["side"] != "other" else name
            add(name, Place(kind, country, side=row["side"]))
    for division in gazetteer.china:
        if division.is_country:
            for name in division.names:
                add(name, Place("china", "Trung Quốc", side="CN"))
            continue
        place = Place(
            "division", division.vi, division, side="CN", shared=division.shared_with_vietnam
        )
        for name in division.names:
            add(name, place)
        for city in division.every_city_name:
            add(city, Place("division", division.vi, division, via_city=True, side="CN"))
        for prefecture in division.prefectures:
            place = Place("division", division.vi, division, via_city=True, side="CN")
            add(prefecture, place, prefecture=True)
        for city, entry in _cities_as_cities_entries(division):
            names.append(city)
            entries.append(entry)
    return PhraseSet(names, entries)


def _entry(name: str, place: Place, prefecture: bool = False, as_city: bool = False) -> _Entry:
    capitals = tuple(t.is_capitalised for t in tokenize(name) if t.is_word)
    return _Entry(place, capitals, prefecture, as_city)


def _cities_as_cities_entries(division: ChineseDivision) -> list[tuple[str, _Entry]]:
    """The division's cities read only after 'thành phố' or 'TP' (see provinces.toml)."""
    place = Place("division", division.vi, division, via_city=True, side="CN")
    return [(city, _entry(city, place, as_city=True)) for city in division.cities_named_as_cities]


@cache
def _cities_as_cities() -> PhraseSet:
    """China's cities read only after 'thành phố' or 'TP', some of them Vietnamese places too
    ('Trường Sa': Changsha, and Vietnam's archipelago)."""
    found = [e for d in load_gazetteer().china for e in _cities_as_cities_entries(d)]
    return PhraseSet([city for city, _ in found], [entry for _, entry in found])


def _name_at(keys: list[str], i: int) -> tuple[int, _Entry] | None:
    """(number of tokens, entry) of the longest place name at keys[i]; after 'thành phố' or
    'TP', the Chinese city of a name Vietnam gives to no city: 'thành phố Trường Sa' is
    Changsha, 'quần đảo Trường Sa' Vietnam's archipelago."""
    match = _phrases().match(keys, i)
    if not _after_a_city_word(keys, i):
        return match
    city = _cities_as_cities().match(keys, i)
    return city if city and (match is None or city[0] >= match[0]) else match


@cache
def _not_places() -> PhraseSet:
    return PhraseSet(load_data("places")["not_places"])


@cache
def _seat() -> re.Pattern[str]:
    words = load_data("places")["mission_words"]
    missions = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])
    return re.compile(
        rf"\b(?:{missions})(?:\s+(?:Việt\s+Nam|Trung\s+Quốc))?\s+tại\s+"
        r"(?:(?:thành\s+phố|TP\.?)\s*)?$",
        re.I,
    )


def names_a_seat(before: str) -> bool:
    """Whether a place after `before` is the seat of a diplomatic mission: 'Tổng Lãnh sự Việt
    Nam tại ', 'Đại sứ quán tại thành phố '."""
    return bool(_seat().search(before[-_SEAT_REACH:]))


def place_at(tokens: list[Token], keys: list[str], i: int) -> PlaceMention | None:
    """The place whose name starts at tokens[i], written with its capitals."""
    match = _name_at(keys, i)
    if not match:
        return None
    length, entry = match
    if _not_places().match(keys, i) or _in_a_web_address(tokens, i):
        return None
    words = [t for t in tokens[i : i + length] if t.is_word]
    if len(words) != len(entry.capitals) or any(
        cap and not w.is_capitalised for w, cap in zip(words, entry.capitals, strict=True)
    ):
        return None
    if entry.prefecture and not _in_a_prefecture_name(tokens, keys, i):
        return None
    if entry.as_city and not _after_a_city_word(keys, i):
        return None
    if _addressed(tokens, keys, i) and begins_a_name(tokens, i, length):
        return None
    place = entry.place
    if place.kind == "division" and not place.via_city and after_a_vietnamese_unit(keys, i):
        return PlaceMention(
            Place("vietnam", place.name, side="VN"),
            tokens[i].start,
            tokens[i + length - 1].end,
            i,
            length,
        )
    if place.shared and not _china_marker_after(tokens, keys, i + length):
        place = Place("vietnam", place.name, side="VN")
    return PlaceMention(place, tokens[i].start, tokens[i + length - 1].end, i, length)


def begins_a_name(tokens: list[Token], i: int, length: int) -> bool:
    """Whether the place's `length` words at tokens[i] begin a person's name: a family name
    first and one capitalised word more, which no place of two or three words leaves alone
    ('Chu Hải Binh' is a person, 'Chu Hải' alone Zhuhai)."""
    return is_surname(tokens[i].text) and capitalised_run(tokens, i) == length + 1 <= MAX_NAME_WORDS


def _addressed(tokens: list[Token], keys: list[str], i: int) -> bool:
    """Whether the words at tokens[i] follow the way a person is addressed ('ông', 'bà',
    'đồng chí'), or the capitalised end of a title or a place ('tỉnh Hồ Nam | Chu Hải Binh')."""
    return i > 0 and (keys[i - 1] in _PERSON_WORDS or tokens[i - 1].is_capitalised)


def _in_a_web_address(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] ends a web address: in capitals, right after a dot with no space
    around it ('VOV.VN' names an outlet, not Vietnam; 'TP.Thâm Quyến' is the city)."""
    return (
        i >= 2
        and tokens[i].text.isupper()
        and tokens[i - 1].text == "."
        and tokens[i - 2].end == tokens[i - 1].start
        and tokens[i - 1].end == tokens[i].start
    )


@cache
def _vietnamese_units() -> PhraseSet:
    return PhraseSet(load_data("places")["vietnamese_unit_words"])


def after_a_vietnamese_unit(keys: list[str], i: int) -> bool:
    """Whether the words at keys[i] follow a Vietnamese local unit's word: 'huyện Trùng
    Khánh', 'xã Hà Nam', 'phường Đồng Hới' name a district, a commune, a ward."""
    units = _vietnamese_units()
    return any(
        (match := units.match(keys, i - words)) is not None and match[0] == words
        for words in (1, 2)
        if i - words >= 0
    )


def _in_a_prefecture_name(tokens: list[Token], keys: list[str], i: int) -> bool:
    """Whether the words at tokens[i] end a prefecture's name begun by 'Châu' a few words
    before, in the same clause: 'Châu Hồng Hà', 'Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà' (not
    a person: 'ông Châu Văn Sơn'); or by the place word 'châu' in lower case, right before the
    name or the prefecture's kind ('Đại hội đại biểu nhân dân châu Hồng Hà', 'châu tự trị …')."""
    for j in range(i - 1, max(-1, i - _PREFECTURE_REACH), -1):
        if keys[j] in (".", ";", ":", "("):
            return False
        if keys[j] == "châu" and tokens[j].is_capitalised:
            return j == 0 or keys[j - 1] not in _PERSON_WORDS
        if keys[j] == "châu" and (j == i - 1 or keys[j + 1 : j + 3] == ["tự", "trị"]):
            return True
    return False


def _after_a_city_word(keys: list[str], i: int) -> bool:
    """Whether the name at keys[i] follows 'thành phố' or 'TP' ('thành phố Đông Hưng', not
    'huyện Đông Hưng')."""
    before = [k for k in keys[max(0, i - 3) : i] if k != "."]
    return before[-2:] == ["thành", "phố"] or before[-1:] == ["tp"]


def _china_marker_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """'Hà Nam (Trung Quốc)', 'Hà Nam, Trung Quốc', 'Hà Nam của Trung Quốc'."""
    window = keys[j : j + 4]
    for lead in (["("], [","], ["của"], ["thuộc"]):
        if window[: len(lead)] == lead:
            after = _place_unchecked(tokens, keys, j + len(lead))
            return after is not None and after.place.kind == "china"
    return False


def _place_unchecked(tokens: list[Token], keys: list[str], i: int) -> PlaceMention | None:
    """`place_at` without the checks (for the China marker after a shared name)."""
    match = _phrases().match(keys, i)
    if not match:
        return None
    length, entry = match
    return PlaceMention(entry.place, tokens[i].start, tokens[i + length - 1].end, i, length)


@cache
def _shared_name_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("places")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])

    chinese = re.compile(rf"\b(?:{alternation(data['chinese_government_words'])})\b[^,;.()]*$")
    vietnamese = re.compile(rf"\b(?:{alternation(data['vietnamese_local_words'])})\b[^,;.()]*$")
    return chinese, vietnamese


def shared_names_in_china(texts: Iterable[str]) -> frozenset[str]:
    """The names China and Vietnam share ('Hà Nam') that the texts tie to China: written with the
    country ('Hà Nam (Trung Quốc)'), through a city of the division ('Trịnh Châu'), or after a
    Chinese government word ('Phó Tỉnh trưởng tỉnh Hà Nam')."""
    chinese, _ = _shared_name_words()
    tied: set[str] = set()
    for text in texts:
        for mention in find_places(text):
            place = mention.place
            division = place.division
            before = text[max(0, mention.start - _SEAT_REACH) : mention.start]
            in_china = place.kind == "division" and division and division.shared_with_vietnam
            if in_china or (_shared(place) and chinese.search(before)):
                tied.add(place.name)
    return frozenset(tied)


def read_shared_name(text: str, mention: PlaceMention, in_china: frozenset[str]) -> PlaceMention:
    """A shared name the article ties to China ('Hà Nam') read as the Chinese division, unless
    its own words make it Vietnam's: 'UBND tỉnh Hà Nam', 'Hải Phòng, Bắc Ninh, Hà Nam',
    'Hà Nam (Việt Nam)'."""
    place = mention.place
    if place.name not in in_china or not _shared(place):
        return mention
    _, vietnamese = _shared_name_words()
    before = text[max(0, mention.start - _SEAT_REACH) : mention.start]
    if vietnamese.search(before) or _beside_vietnamese_places(text, mention):
        return mention
    division = load_gazetteer().by_name(place.name)
    chinese = Place("division", place.name, division, side="CN", shared=True)
    return replace(mention, place=chinese)


def _shared(place: Place) -> bool:
    return place.kind == "vietnam" and place.name in _shared_names()


@cache
def _shared_names() -> frozenset[str]:
    return frozenset(d.vi for d in load_gazetteer().china if d.shared_with_vietnam)


def _beside_vietnamese_places(text: str, mention: PlaceMention) -> bool:
    """Listed with Vietnamese places ('Hải Phòng, Bắc Ninh, Hà Nam') or labelled '(Việt Nam)';
    not with the country itself: 'giữa Sơn Tây và Việt Nam' names the two parties."""
    if _VIETNAM_LABEL.match(text, mention.end):
        return True
    places = find_places(text)
    at = next((n for n, m in enumerate(places) if m.start == mention.start), None)
    if at is None:
        return False
    for n in (at - 1, at + 1):
        if (
            0 <= n < len(places)
            and places[n].place.kind == "vietnam"
            and places[n].place.name != "Việt Nam"
            and not _shared(places[n].place)
        ):
            first, second = sorted((places[n], mention), key=lambda m: m.start)
            if _LISTED.fullmatch(text[first.end : second.start]):
                return True
    return False


def find_places(text: str) -> list[PlaceMention]:
    """Every place named in `text`, left to right, longest names first."""
    return list(_places_in(text))


# An article's paragraphs and sentences are searched for places by several readers in turn
# (provinces, officials' titles, trade figures, meetings): each text is searched once. A news
# article has a few dozen; the cache holds several articles' worth, a few MB at most.
@lru_cache(maxsize=512)
def _places_in(text: str) -> tuple[PlaceMention, ...]:
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    first_words = _phrases().first_words
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        starts = tokens[i].is_word and keys[i] in first_words
        mention = place_at(tokens, keys, i) if starts else None
        if mention:
            found.append(mention)
            i += mention.tokens
        else:
            i += 1
    return tuple(found)

"""Officials' titles in English ('Phó Tỉnh trưởng tỉnh Quảng Đông' -> 'Vice Governor of Guangdong
Province'), rendered only when every word of the title is known, else left as written.

The words come from data/title_english.toml, the places from the gazetteer; both are compared
folded, so case and the placement of tone marks ('Ủy', 'Uỷ') do not matter. Each office of a
chain ('Tổng Bí thư, Chủ tịch nước') is rendered on its own; a title with one word unknown is
not rendered at all: half a translation, or a guessed one, would mislead more than Vietnamese.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from extract.fold import fold_words
from extract.gazetteer import load_gazetteer
from handlers.i18n import supported_locale

Words = tuple[str, ...]
COMMA = ","  # a word of its own in a folded title: it separates offices, or belongs to a name


@dataclass(frozen=True)
class _Office:
    en: str
    deputy: str | None
    standing: str
    at: str
    ministry: bool  # takes a ministry's name: 'Minister of Foreign Affairs'
    country: bool  # may name its country directly: 'Prime Minister of Laos'
    alone: bool  # says which office it is without a body or a place
    side: str | None


@dataclass(frozen=True)
class _Body:
    en: str
    place: str | None  # 'name', 'adjective', or None when no place follows the body
    side: str | None
    heads: dict[str, str]  # the office before it, renamed: 'Chairman' -> 'Director'


@dataclass(frozen=True)
class _Level:
    kinds: frozenset[str]
    adjective: str
    alone: str


@dataclass(frozen=True)
class _Place:
    kind: str
    name: str  # before a body that says its level: 'Yunnan' (Provincial Party Committee)
    en: str  # in the kind's forms: 'Guangxi Zhuang Autonomous Region'
    side: str


@dataclass(frozen=True)
class _Ministry:
    en: str
    bare: bool  # written without 'Bộ': only after a minister's office


@dataclass(frozen=True)
class _Phrase:
    kind: str  # prefix, deputy, standing, at, office, body, ministry, level, place, country
    value: Any = None


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[Words, _Phrase]
    forms: dict[str, dict[str, str]]  # kind of place -> {'full': …, 'adjective': …}
    longest: int


@dataclass
class _Reading:
    """One office being read: what is known so far of its English."""

    office: _Office
    sides: set[str] = field(default_factory=set)
    parts: list[str] = field(default_factory=list)
    last: str = "office"  # the kind of what was read last
    heads: dict[str, str] = field(default_factory=dict)


def _words(phrase: str) -> Words:
    """A phrase as folded words, its commas kept as words: 'Văn hóa, Thể thao' ->
    ('van', 'hoa', ',', 'the', 'thao')."""
    pieces = [fold_words(piece).split() for piece in phrase.split(COMMA)]
    words: list[str] = []
    for i, piece in enumerate(pieces):
        words += ([COMMA] if i else []) + piece
    return tuple(words)


def _office(row: dict[str, Any]) -> _Office:
    return _Office(
        en=row["en"],
        deputy=row.get("deputy"),
        standing=row.get("standing", "Standing"),
        at=row.get("at", "in"),
        ministry=row.get("ministry", False),
        country=row.get("country", False),
        alone=row.get("alone", True),
        side=row.get("side"),
    )


def _places(data: dict[str, Any]) -> Iterator[tuple[str, _Place]]:
    """Every place an English title may name, by each of its Vietnamese names."""
    gazetteer = load_gazetteer()
    for division in gazetteer.china:
        if division.key in data["left_out"]:
            continue
        en = data["division_names"].get(division.key, division.en)
        place = _Place(division.kind, division.en, en, "CN")
        for name in (division.vi, *division.aliases):
            yield name, place
    cities = set(data["vietnamese_cities"])
    for province in gazetteer.vietnam:
        kind = "vietnamese_city" if province.name in cities else "vietnamese_province"
        en = data["vietnamese_names"].get(province.name, province.name)
        yield province.name, _Place(kind, en, en, "VN")
    for name, en in data["vietnamese_names"].items():
        yield name, _Place("vietnamese_city", en, en, "VN")
    for name, en in data["cities"].items():
        yield name, _Place("city", en, en, "CN")


def _entries(data: dict[str, Any]) -> Iterator[tuple[str, _Phrase]]:
    """Every phrase of the data file and the gazetteer, with what it is."""
    yield from ((w, _Phrase("prefix", en)) for w, en in data["prefixes"].items())
    yield from ((w, _Phrase("deputy")) for w in data["deputy_words"])
    yield from ((w, _Phrase("standing")) for w in data["standing_words"])
    yield from ((w, _Phrase("at")) for w in data["at_words"])
    yield from ((w, _Phrase("joiner")) for w in data["joiners"])
    for vi, row in data["offices"].items():
        yield vi, _Phrase("office", _office(row))
    for vi, row in data["bodies"].items():
        body = _Body(row["en"], row.get("place"), row.get("side"), row.get("heads", {}))
        for name in (vi, *row.get("also", ())):
            yield name, _Phrase("body", body)
    for vi, en in data["ministries"].items():
        yield vi, _Phrase("ministry", _Ministry(en, bare=True))
        yield f"Bộ {vi}", _Phrase("ministry", _Ministry(en, bare=False))
    for vi, row in data["levels"].items():
        level = _Level(frozenset(row["kinds"]), row["adjective"], row["alone"])
        for name in (vi, *row.get("also", ())):
            yield name, _Phrase("level", level)
    yield from ((w, _Phrase("country", en)) for w, en in data["countries"].items())


@cache
def _lexicon() -> _Lexicon:
    """data/title_english.toml and the gazetteer's places, folded, read once when first needed."""
    source = resources.files("handlers").joinpath("data/title_english.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    phrases = {_words(phrase): entry for phrase, entry in _entries(data)}
    # A name both countries give a place ('Hà Nam') is either, as the office or body says.
    places: dict[Words, tuple[_Place, ...]] = {}
    for name, place in _places(data):
        known = places.setdefault(_words(name), ())
        if place not in known:
            places[_words(name)] = (*known, place)
    phrases |= {words: _Phrase("place", found) for words, found in places.items()}
    return _Lexicon(phrases, data["kinds"], max(len(words) for words in phrases))


def _phrases(words: Words, lexicon: _Lexicon) -> list[_Phrase] | None:
    """The words read as the longest known phrases, left to right; None when one is unknown."""
    found: list[_Phrase] = []
    start = 0
    while start < len(words):
        for length in range(min(lexicon.longest, len(words) - start), 0, -1):
            phrase = lexicon.phrases.get(words[start : start + length])
            if phrase is not None:
                found.append(phrase)
                start += length
                break
        else:
            if words[start] != COMMA:
                return None
            found.append(_Phrase("joiner"))
            start += 1
    return found


def _segments(phrases: list[_Phrase]) -> list[list[_Phrase]]:
    """The offices of a chain: the phrases between commas and 'kiêm'."""
    segments: list[list[_Phrase]] = [[]]
    for phrase in phrases:
        if phrase.kind == "joiner":
            segments.append([])
        else:
            segments[-1].append(phrase)
    return segments


def _place(places: tuple[_Place, ...], level: _Level | None, sides: set[str]) -> _Place | None:
    """The one place a name can be, given the level written before it and the side of the
    office or body; None when it could be several, or none."""
    fitting = [
        p
        for p in places
        if (level is None or p.kind in level.kinds) and (not sides or sides == {p.side})
    ]
    return fitting[0] if len(fitting) == 1 else None


def _read_place(
    phrases: list[_Phrase], at: int, reading: _Reading
) -> tuple[_Place | _Level | None, int] | None:
    """The place at phrases[at] ('tỉnh', 'tỉnh Vân Nam', 'Vân Nam'): the place, or the level
    alone, or None when there is none there; and where the next phrase is. None when a level
    or a name cannot be read as one place."""
    level = None
    if at < len(phrases) and phrases[at].kind == "level":
        level, at = phrases[at].value, at + 1
    if at < len(phrases) and phrases[at].kind == "place":
        place = _place(phrases[at].value, level, reading.sides)
        return None if place is None else (place, at + 1)
    return level, at


def _form(place: _Place, form: str, lexicon: _Lexicon) -> str:
    return lexicon.forms[place.kind][form].format(en=place.en)


def _body_text(body: _Body, where: _Place | _Level | None, lexicon: _Lexicon) -> str | None:
    """'the Yunnan Provincial Party Committee', 'the Provincial People's Committee'."""
    if where is None:
        named = ""
    elif body.place == "name" and isinstance(where, _Place):
        named = where.name
    elif body.place == "adjective":
        named = where.adjective if isinstance(where, _Level) else _form(where, "adjective", lexicon)
    else:
        return None
    en = body.en if "{place}" in body.en else "{place} " + body.en
    return "the " + " ".join(en.format(place=named).split())


def _place_part(
    where: _Place | _Level | None, kind: str, office: _Office, lexicon: _Lexicon
) -> str | None:
    """A place named after the office: ' of Guangdong Province', ' in Kunming', ' of the
    Autonomous Region' (a level alone); None when there is no place, or 'tại' a level alone."""
    if isinstance(where, _Place):
        word = office.at if kind == "at" else "of"
        return f" {word} {_form(where, 'full', lexicon)}"
    if isinstance(where, _Level) and kind != "at":
        return f" of {where.alone}"
    return None


def _complements(phrases: list[_Phrase], reading: _Reading, lexicon: _Lexicon) -> bool:
    """Read the bodies, places and countries after the office into reading.parts; False when
    one is out of place."""
    office, at = reading.office, 0
    while at < len(phrases):
        phrase, at = phrases[at], at + 1
        after_body = reading.last in ("body", "ministry")
        if phrase.kind == "body":
            body: _Body = phrase.value
            reading.sides |= {body.side} if body.side else set()
            if reading.last == "office":
                reading.heads = body.heads
            found = _read_place(phrases, at, reading) if body.place else (None, at)
            if found is None:
                return False
            where, at = found
            text = _body_text(body, where, lexicon)
            if text is None:
                return False
            reading.parts.append(f" of {text}")
            reading.last = "body"
        elif phrase.kind == "ministry":
            ministry: _Ministry = phrase.value
            if office.ministry and not reading.parts:
                reading.parts.append(f" of {ministry.en}")
            elif ministry.bare:
                return False
            else:
                reading.parts.append(f" of the Ministry of {ministry.en}")
            reading.last = "ministry"
        elif phrase.kind == "country" and (office.country or after_body):
            reading.parts.append(f" of {phrase.value}")
            reading.last = "country"
        elif phrase.kind == "at" and at < len(phrases) and phrases[at].kind == "country":
            reading.parts.append(f" {office.at} {phrases[at].value}")
            reading.last, at = "at", at + 1
        elif phrase.kind in ("at", "level", "place") and not after_body:
            start = at if phrase.kind == "at" else at - 1
            found = _read_place(phrases, start, reading)
            part = _place_part(found[0], phrase.kind, office, lexicon) if found else None
            if found is None or part is None:
                return False
            reading.parts.append(part)
            reading.last, at = phrase.kind, found[1]
        else:
            return False
    return bool(reading.parts) or office.alone


def _segment(phrases: list[_Phrase], lexicon: _Lexicon) -> str | None:
    """One office in English: '[Former] [Acting] [Standing] [Vice] Office of …'."""
    before: list[str] = []
    deputy = standing = False
    at = 0
    while at < len(phrases) and phrases[at].kind in ("prefix", "deputy"):
        if phrases[at].kind == "deputy":
            deputy = True
        else:
            before.append(phrases[at].value)
        at += 1
    if at == len(phrases) or phrases[at].kind != "office":
        return None
    office: _Office = phrases[at].value
    at += 1
    if at < len(phrases) and phrases[at].kind == "standing":
        standing, at = True, at + 1
    head = office.deputy if deputy else office.en
    if head is None:
        return None
    reading = _Reading(office, sides={office.side} if office.side else set())
    if not _complements(phrases[at:], reading, lexicon):
        return None
    head = reading.heads.get(head, head)
    if standing:
        before.append(office.standing)
    return " ".join([*before, head]) + "".join(reading.parts)


def english_title(title: str) -> str | None:
    """The title in English when every word of it is known: 'Bộ trưởng Ngoại giao' -> 'Minister
    of Foreign Affairs'; None otherwise."""
    lexicon = _lexicon()
    phrases = _phrases(_words(title), lexicon)
    if not phrases:
        return None
    rendered = [_segment(segment, lexicon) for segment in _segments(phrases)]
    if not all(rendered):
        return None
    return ", ".join(text for text in rendered if text)


def shown_title(title: str, locale: str) -> str:
    """The title as a list shows it: in English when the answer is and it can be rendered."""
    if supported_locale(locale) != "en":
        return title
    return english_title(title) or title


def title_with_original(title: str, locale: str) -> str:
    """The title as one person's profile shows it: in English with the title as written after
    it, 'Minister of Foreign Affairs (Bộ trưởng Ngoại giao)', when the answer is in English."""
    english = english_title(title) if supported_locale(locale) == "en" else None
    return f"{english} ({title})" if english else title

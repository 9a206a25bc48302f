"""Names around titles: a person's name after an office or a place that ends a title, and the
words the article names as its own places, which are no name."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from extract.gazetteer import load_gazetteer
from extract.lexicon import PhraseSet, load_data
from extract.names import (
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    capitalised_run,
    name_length,
    run_word_count,
)
from extract.places import Place, PlaceMention, begins_a_name, place_at, read_shared_name
from extract.text import Token
from extract.title_lexicon import Segment, title_lexicon

# A name after an office named directly ('Tỉnh trưởng Nhiếp Quang Vinh'): Sino-Vietnamese names
# have two or three words.
DIRECT_NAME_WORDS = (2, 3)
# Offices of a prefecture, after which 'Châu' begins the prefecture's name.
_PREFECTURE_OFFICES = (["châu", "trưởng"], ["châu", "ủy"])


@cache
def _city_bodies() -> PhraseSet:
    return PhraseSet(load_data("titles")["city_bodies"])


@cache
def _cities_named_as_cities() -> PhraseSet:
    """China's cities whose names Vietnam gives only to a district or commune ('Đông Hưng'),
    each standing for its province."""
    names: list[str] = []
    places: list[Place] = []
    for division in load_gazetteer().china:
        for city in division.cities_named_as_cities:
            names.append(city)
            places.append(Place("division", division.vi, division, via_city=True, side="CN"))
    return PhraseSet(names, places)


class NameReader:
    """The tokens of one sentence, with their spelling keys computed once, read for the names
    around titles.

    `local_places` are the spelling keys of places the article itself names with a lower-case
    place word ('châu Hồng Hà'): never a person, and part of a title they follow; `in_china` the
    names China and Vietnam share that the article ties to China ('Hà Nam').
    """

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        local_places: Mapping[tuple[str, ...], Place | None] | None = None,
        in_china: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.keys = [t.key for t in tokens]
        self.local_places = local_places or {}
        self.in_china = in_china
        self.names_after_places: dict[int, int] = {}

    def token_is(self, j: int, text: str) -> bool:
        return j < len(self.tokens) and self.tokens[j].text == text

    def token_is_capitalised(self, j: int) -> bool:
        return j < len(self.tokens) and self.tokens[j].is_capitalised

    def place_named_at(self, j: int) -> PlaceMention | None:
        """The place named at token j, a shared name read as the article ties it; none where the
        place's words begin a person's name ('Phó Tỉnh trưởng | Chu Hải Binh'). A Chinese city
        right after a city's office is that city, whatever Vietnamese place shares its name
        ('Thị trưởng | Trường Sa')."""
        mention = self.city_after_its_body(j) or place_at(self.tokens, self.keys, j)
        if mention is not None and begins_a_name(self.tokens, j, mention.tokens):
            return None
        if mention is None or not self.in_china:
            return mention
        return read_shared_name(self.text, mention, self.in_china)

    def city_after_its_body(self, j: int) -> PlaceMention | None:
        """A Chinese city named bare right after a city's body or office ('Bí thư Thị ủy | Đông
        Hưng', 'Thị trưởng | Đông Hưng'), where Vietnam's place of that name, a district or a
        commune, cannot stand (None when no such city follows one)."""
        follows_body = any(
            (body := _city_bodies().match(self.keys, j - words)) is not None and body[0] == words
            for words in (1, 2)
            if j >= words
        )
        match = _cities_named_as_cities().match(self.keys, j) if follows_body else None
        if match is None or capitalised_run(self.tokens, j) < match[0]:
            return None
        length, place = match
        return PlaceMention(place, self.tokens[j].start, self.tokens[j + length - 1].end, j, length)

    def local_place_at(self, j: int) -> int:
        """How many tokens a place the article names with a place word has at token j (0 if
        none starts there)."""
        for length in range(min(MAX_NAME_WORDS, len(self.keys) - j), 0, -1):
            if tuple(self.keys[j : j + length]) in self.local_places:
                return length
        return 0

    def name_at(self, j: int) -> int:
        """`name_length` at token j, unless the words there are one of the article's places, or
        a prefecture named after its office ('Phó Châu trưởng Châu Văn Sơn': 'Châu' is the
        prefecture there, not a family name)."""
        if self._prefecture_at(j):
            return 0
        length = name_length(self.tokens, j)
        return 0 if length and self.local_place_at(j) >= length else length

    def _prefecture_at(self, j: int) -> bool:
        return (
            j < len(self.keys)
            and self.keys[j] == "châu"
            and self.keys[max(0, j - 2) : j] in _PREFECTURE_OFFICES
        )

    def division_named_at(self, j: int) -> PlaceMention | None:
        """The Chinese prefecture or city named with its level, capitalised, at token j ('Cục
        Thương mại | Châu Hồng Hà', 'Phó Huyện trưởng | Huyện Hà Khẩu'): the place named after
        the level (None when no such place follows one)."""
        if not self.token_is_capitalised(j) or self.keys[j] not in title_lexicon().division_levels:
            return None
        mention = self.place_named_at(j + 1)
        return mention if mention is not None and mention.place.kind == "division" else None

    def name_named_directly(self, j: int) -> bool:
        """'Tỉnh trưởng Nhiếp Quang Vinh': right after an office that takes no organisation
        (a Chinese one), two or three capitalised words are a name, family name known or not;
        not a division named with its level ('Huyện trưởng Huyện Hà Khẩu')."""
        if self._prefecture_at(j) or self.division_named_at(j):
            return False
        run = capitalised_run(self.tokens, j)
        if run_word_count(self.tokens, j, run) not in DIRECT_NAME_WORDS or self.name_at(j) not in (
            0,
            run,
        ):
            return False
        return self._unknown_name(j, run)

    def name_after_place(self, j: int) -> bool:
        """Whether a name stands right after the place that ends a title, family name known or
        not ('… Quảng Tây Lam Thiên Lập', '… (Trung Quốc) Lâu Dương Sinh')."""
        run = capitalised_run(self.tokens, j)
        if not MIN_NAME_WORDS <= run_word_count(self.tokens, j, run) <= MAX_NAME_WORDS:
            return False
        return self._unknown_name(j, run)

    def _unknown_name(self, j: int, run: int) -> bool:
        """Whether the `run` capitalised words at token j, where a name is expected, are one
        (remembered as such): not a place, a title or an organisation."""
        if place_at(self.tokens, self.keys, j) or self.city_after_its_body(j):
            return False
        if self.local_place_at(j) or self.segment(j):
            return False
        if title_lexicon().organisations.match(self.keys, j):
            return False
        self.names_after_places[j] = run
        return True

    def name_after(self, j: int, *, addressed: bool = True) -> tuple[int, int] | None:
        """(start, length) of a name right after a title: 'X Tô Lâm' or (with `addressed`) 'X,
        ông Vương Nghị'."""
        length = self.name_at(j) or self.names_after_places.get(j, 0)
        if length:
            return j, length
        if (
            addressed
            and self.token_is(j, ",")
            and j + 1 < len(self.tokens)
            and self.keys[j + 1] in ("ông", "bà", "ngài")
        ):
            length = self.name_at(j + 2)
            if length:
                return j + 2, length
        return None

    def segment(
        self, i: int, *, lower_case: bool = False, after_name: bool = False
    ) -> Segment | None:
        """The title segment starting at token i, read by `TitleReader`: capitalised words a
        title starts with are no name, and a comma before one ends an organisation."""
        raise NotImplementedError

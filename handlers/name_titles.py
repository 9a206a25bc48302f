"""The honorifics and titles users write around a person's name ('ông Bộ trưởng Lê Hoài Trung',
'H.E. Ambassador …', 'Bi thu Tinh uy …'), and the name once they are read off.

Vietnamese titles come from the parser's lexicon (extract/data/titles.toml), English ones and
ways of addressing someone from data/name_titles.toml, places from the gazetteer; all are
compared folded, so 'Đại sứ', 'dai su' and 'ĐẠI SỨ' are one title.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from extract.fold import fold_place, fold_words
from extract.gazetteer import load_gazetteer
from extract.title_lexicon import title_words

Words = tuple[str, ...]
Kind = Literal["title", "prefix", "around"]


@dataclass(frozen=True)
class _Phrases:
    # 'title': an office or an honorific, what makes the words before a name a title; 'prefix':
    # a word that needs an office after it ('Phó'); 'around': a suffix, body or place written
    # with an office ('Thường trực', 'Tỉnh ủy', 'Quảng Đông').
    kinds: dict[Words, Kind]
    after_name: frozenset[str]
    longest: int


def _folded(phrases: Iterable[str]) -> set[Words]:
    return {words for phrase in phrases if (words := tuple(fold_words(phrase).split()))}


def _places() -> set[str]:
    """Every name of the gazetteer, Chinese provinces and cities and Vietnamese provinces."""
    gazetteer = load_gazetteer()
    names = {n for d in gazetteer.china for n in (*d.names, *d.every_city_name)}
    names |= {n for p in gazetteer.vietnam for n in (p.name, p.en)}
    return {fold_place(name) for name in names}


@cache
def _phrases() -> _Phrases:
    """The phrases of both lexicons and the gazetteer, folded into word tuples once."""
    source = resources.files("handlers").joinpath("data/name_titles.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    lexicon = title_words()
    around = _folded([*lexicon.suffixes, *lexicon.organisations, *_places()])
    around |= _folded([*data["organisations"], *data["place_words"]])
    prefixes = _folded([*lexicon.prefixes, *data["prefixes"]])
    titles = _folded([*lexicon.offices, *lexicon.honorifics, *data["offices"], *data["honorifics"]])
    # A phrase in several lists is read as the one that lets the most be read off.
    kinds: dict[Words, Kind] = dict.fromkeys(around, "around")
    kinds |= dict.fromkeys(prefixes, "prefix")
    kinds |= dict.fromkeys(titles, "title")
    return _Phrases(
        kinds=kinds,
        after_name=frozenset(fold_words(w) for w in data["honorifics_after_name"]),
        longest=max(len(words) for words in kinds),
    )


def _longest_phrase(words: list[str], start: int, phrases: _Phrases) -> tuple[int, Kind] | None:
    """(number of words, kind) of the longest phrase at words[start], as the parser reads titles:
    'tinh truong' is one office, never the place word 'tinh' and then 'truong'."""
    for length in range(min(phrases.longest, len(words) - start), 0, -1):
        kind = phrases.kinds.get(tuple(words[start : start + length]))
        if kind is not None:
            return length, kind
    return None


def _title_ends(words: list[str], phrases: _Phrases) -> list[int]:
    """Where the title phrases the words begin with may end, once an office or an honorific is
    read and not after a prefix: 'ong pho tinh truong le' -> [1, 4]."""
    ends: list[int] = []
    start, titled = 0, False
    while start < len(words) and (found := _longest_phrase(words, start, phrases)):
        length, kind = found
        start += length
        titled = titled or kind == "title"
        if titled and kind != "prefix":
            ends.append(start)
    return ends


def names_after_titles(folded: str) -> list[str]:
    """What a folded query may name once leading honorifics and titles (and a Chinese honorific
    after the name) are read off, least taken off first: 'ong bo truong le hoai trung' ->
    ['bo truong le hoai trung', 'le hoai trung']. Never an empty name: 'chu tich' -> []."""
    phrases = _phrases()
    words = folded.split()
    if len(words) > 1 and words[-1] in phrases.after_name:
        words = words[:-1]
    forms = [" ".join(words[end:]) for end in _title_ends(words, phrases)]
    if words != folded.split():
        forms.insert(0, " ".join(words))
    return [form for form in dict.fromkeys(forms) if form and form != folded]

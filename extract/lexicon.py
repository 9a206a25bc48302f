"""The parser's word lists, read once from the TOML files in extract/data/."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property
from importlib import resources
from typing import Any

from extract.text import phrase_key, spelling_key


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed contents of extract/data/<name>.toml."""
    text = resources.files("extract").joinpath(f"data/{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


class PhraseSet:
    """Multi-word phrases matched token by token on spelling keys, longest first."""

    def __init__(self, phrases: Iterable[str], values: Iterable[Any] | None = None) -> None:
        items = list(phrases)
        payload = list(values) if values is not None else items
        # Per first word: (number of tokens, spelling keys, what `match` answers), longest
        # first; `match` runs half a million times per 500 articles, so nothing in it is
        # computed that could be computed here.
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], tuple[int, Any]]]] = {}
        for phrase, value in zip(items, payload, strict=True):
            key = phrase_key(phrase)
            if key:
                entry = (len(key), key, (len(key), value))
                self._by_first.setdefault(key[0], []).append(entry)
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -entry[0])

    def match(self, keys: Sequence[str], i: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase starting at keys[i], or None."""
        if i >= len(keys):
            return None
        entries = self._by_first.get(keys[i])
        if entries is None:
            return None
        for length, key, found in entries:
            if length == 1 or tuple(keys[i : i + length]) == key:
                return found
        return None

    def found_in(
        self, keys: Sequence[str], start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, Any]]:
        """(position, number of tokens, value) of the longest phrase starting at each position
        of keys[start:end] where one starts (it may run on past `end`), left to right. Most words
        begin no phrase: only those that do are looked at."""
        by_first = self._by_first
        stop = len(keys) if end is None else min(end, len(keys))
        # Three windows in four hold no such word at all: one set test says so at once.
        if self.first_words.isdisjoint(keys[start:stop] if start >= 0 else keys):
            return
        for k in range(start, stop):
            if keys[k] in by_first and (match := self.match(keys, k)) is not None:
                yield k, match[0], match[1]

    def occurs(self, keys: Sequence[str], start: int = 0, end: int | None = None) -> bool:
        """Whether some phrase starts in keys[start:end]."""
        return next(self.found_in(keys, start, end), None) is not None

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The spelling keys phrases begin with."""
        return frozenset(self._by_first)

    def starts(self, key: str) -> bool:
        """Whether some phrase begins with the word whose spelling key is `key`."""
        return key in self._by_first


def word_set(words: Iterable[str]) -> frozenset[str]:
    """Single words as spelling keys."""
    return frozenset(spelling_key(w) for w in words)

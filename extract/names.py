"""Where a person's name starts and ends among capitalised words ('Bộ Công Thương Nguyễn Văn A')."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import load_data, word_set
from extract.text import Token, spelling_key

_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4


@cache
def _surnames() -> frozenset[str]:
    return word_set(load_data("people")["surnames"])


def is_surname(word: str) -> bool:
    """A Vietnamese or Sino-Vietnamese family name ('Nguyễn', 'Trương', 'Tập')."""
    return spelling_key(word) in _surnames()


@cache
def historical_names() -> frozenset[str]:
    """People of history (spelling keys of the whole name), never officials of an event."""
    return frozenset(name_key(n) for n in load_data("people")["historical"])


@cache
def leader_sides() -> dict[str, str]:
    """Known national leaders' sides, by name key: the fallback when the text says nothing."""
    leaders = load_data("people")["leaders"]
    return {name_key(name): side for side, names in leaders.items() for name in names}


def name_key(name: str) -> str:
    """A key for comparing names regardless of tone-mark placement and case."""
    return " ".join(spelling_key(w) for w in name.split())


def name_length(tokens: list[Token], i: int) -> int:
    """How many tokens the person's name starting at tokens[i] has (0 if none starts there).

    A name is two to four capitalised words in a row beginning with a family name, or two or
    three Latin-alphabet words ('Peter Brown') for foreign names.
    """
    if i >= len(tokens) or not tokens[i].is_capitalised:
        return 0
    run = capitalised_run(tokens, i)
    if not MIN_NAME_WORDS <= run <= MAX_NAME_WORDS:
        return 0
    if tokens[i].key in _surnames():
        return run
    # Never the end of a longer run: 'Quang Vinh' in 'Nhiếp Quang Vinh' is half a name.
    inside_a_run = i > 0 and _name_word(tokens[i - 1])
    if (
        run <= 3
        and not inside_a_run
        and all(_LATIN_NAME_WORD.fullmatch(t.text) for t in tokens[i : i + run])
    ):
        return run
    return 0


def capitalised_run(tokens: list[Token], i: int) -> int:
    """How many capitalised words (not acronyms) follow each other from tokens[i]."""
    run = 0
    while i + run < len(tokens) and _name_word(tokens[i + run]):
        run += 1
    return run


def _name_word(token: Token) -> bool:
    acronym = len(token.text) > 1 and token.text.isupper()
    return token.is_word and token.is_capitalised and not acronym

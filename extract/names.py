"""Where a person's name starts and ends among capitalised words ('Bộ Công Thương Nguyễn Văn A')."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import load_data, word_set
from extract.text import Token, spelling_key

_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
# The hyphen joining a syllable of a given name to the next, written in lower case ('Young-sam',
# 'Hak-hong'); a dash or a spaced hyphen between two names or places is no such joint.
_NAME_JOINT = "-"
# A syllable of a name romanised from Korean or Cantonese ('sam', 'chiu'): Vietnamese writes its
# own words apart, so 'Phong-người' is a word glued to a name, not more of it.
_LATIN_SYLLABLE = re.compile(r"[a-z]+")
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
    words = _run_words(tokens, i, run)
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return 0
    if tokens[i].key in _surnames():
        return run
    # Never the end of a longer run: 'Quang Vinh' in 'Nhiếp Quang Vinh' is half a name.
    inside_a_run = i > 0 and _name_word(tokens[i - 1])
    if len(words) <= 3 and not inside_a_run and all(map(_LATIN_NAME_WORD.fullmatch, words)):
        return run
    return 0


def capitalised_run(tokens: list[Token], i: int) -> int:
    """How many tokens the capitalised words (not acronyms) that follow each other from
    tokens[i] have, a syllable joined to the next by a hyphen one word with it ('Choi
    Young-sam': 4 tokens)."""
    run = 0
    while i + run < len(tokens) and _name_word(tokens[i + run]):
        run += _joined_syllables(tokens, i + run)
    return run


def run_word_count(tokens: list[Token], i: int, run: int) -> int:
    """How many words the `run` tokens from tokens[i] make, syllables joined by a hyphen one
    word ('Kim Hak-hong': 4 tokens, 2 words)."""
    return len(_run_words(tokens, i, run))


def _run_words(tokens: list[Token], i: int, run: int) -> list[str]:
    """The words of the `run` tokens from tokens[i] as written ('Choi', 'Young-sam')."""
    words: list[str] = []
    k = i
    while k < i + run:
        joined = _joined_syllables(tokens, k)
        words.append("".join(t.text for t in tokens[k : k + joined]))
        k += joined
    return words


def _joined_syllables(tokens: list[Token], k: int) -> int:
    """How many tokens the word at tokens[k] has with the lower-case Latin syllables a hyphen
    joins to it, no space around ('Young-sam': 3, 'Nam - Trung': 1, 'Nam-Trung': 1)."""
    n = 1
    while (
        k + n + 1 < len(tokens)
        and tokens[k + n].text == _NAME_JOINT
        and tokens[k + n].start == tokens[k + n - 1].end
        and tokens[k + n + 1].start == tokens[k + n].end
        and _LATIN_SYLLABLE.fullmatch(tokens[k + n + 1].text)
    ):
        n += 2
    return n


def _name_word(token: Token) -> bool:
    acronym = len(token.text) > 1 and token.text.isupper()
    return token.is_word and token.is_capitalised and not acronym

"""Titles that a verb opening the sentence acts on: the guest's, not the next person's."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.text import Token

# The verb ends at most this many tokens before the title ('làm việc với | Đại sứ').
_VERB_WORDS = 3


@cache
def _fronted_verbs() -> PhraseSet:
    return PhraseSet(load_data("people")["fronted_verbs"])


def object_of_fronted_verb(tokens: Sequence[Token], keys: Sequence[str], title: int) -> bool:
    """Whether the title starting at token `title` is the object of a verb that opens the
    sentence or a clause: in 'Tiếp Tổng Lãnh sự, ông Hoàng Kiến Bình, Bí thư Thành ủy …' the
    consul is received, and 'ông Hoàng Kiến Bình' after the comma is the one receiving him."""
    verbs = _fronted_verbs()
    for k in range(max(0, title - _VERB_WORDS), title):
        match = verbs.match(keys, k)
        if match is not None and k + match[0] == title:
            return k == 0 or tokens[k - 1].text == ","
    return False

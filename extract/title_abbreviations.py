"""Offices and suffixes as news abbreviates them ('PCT UBND tỉnh', 'PBT TT Tỉnh ủy', 'TBT'),
read as the offices they stand for: the lexicon lists each abbreviation where it lists its
office."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from extract.lexicon import PhraseSet
from extract.text import phrase_key


def _core(full: str, prefixes: PhraseSet) -> tuple[str, ...]:
    """The office an abbreviation's full form names, without its prefixes: 'Phó Tổng Giám
    đốc' -> ('tổng', 'giám', 'đốc')."""
    keys = phrase_key(full)
    j = 0
    while (prefix := prefixes.match(keys, j)) is not None:
        j += prefix[0]
    return keys[j:]


def abbreviated(
    phrases: Iterable[str], abbreviations: Sequence[Sequence[str]], prefixes: PhraseSet
) -> list[str]:
    """The abbreviations whose office, without its prefixes, is one of `phrases`: with
    'Chủ tịch' listed, ['PCT', 'CT'] for 'PCT' (Phó Chủ tịch) and 'CT' (Chủ tịch)."""
    listed = {phrase_key(p) for p in phrases}
    return [abbr for abbr, full in abbreviations if _core(full, prefixes) in listed]


def abbreviated_heads(
    kinds: Mapping[tuple[str, ...], str],
    abbreviations: Sequence[Sequence[str]],
    prefixes: PhraseSet,
) -> list[tuple[str, str]]:
    """(abbreviation, kind) for each abbreviation whose office, by its spelling keys, has a
    kind in `kinds`: ('PCT', 'office') for 'Phó Chủ tịch'."""
    heads = []
    for abbr, full in abbreviations:
        kind = kinds.get(_core(full, prefixes))
        if kind is not None:
            heads.append((abbr, kind))
    return heads

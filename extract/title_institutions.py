"""The institution an office that heads one refers back to, when its title names none."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.names import capitalised_run
from extract.places import Place, find_places
from extract.text import phrase_key, tokenize

# The institution is named in the person's sentence or in one of this many before it.
_REACH = 2


@cache
def _heads() -> dict[tuple[str, ...], PhraseSet]:
    """Each office heading an institution, by its spelling keys, with the kinds it heads."""
    table = load_data("titles")["institution_heads"]
    return {phrase_key(office): PhraseSet(kinds) for office, kinds in table.items()}


def referred_institution(
    title: str, texts: Sequence[str], sentence: int, position: int
) -> Place | None:
    """The place of the institution a bare office refers back to: for 'Tiếp đoàn có ông A, Hiệu
    trưởng nhà trường' after '… làm việc với Đại học Ngoại ngữ Ngoại thương Quảng Đông', the
    last university, school or academy named before the person, in his sentence or the two
    before (Quảng Đông); None when the title is no such office or that name places nothing."""
    kinds = _heads().get(phrase_key(title))
    if kinds is None:
        return None
    for number in range(sentence, max(0, sentence - _REACH) - 1, -1):
        text = texts[number][:position] if number == sentence else texts[number]
        for name in reversed(_institution_names(text, kinds)):
            places = [m.place for m in find_places(name) if m.place.side in ("VN", "CN")]
            if places:
                return places[-1]
    return None


def _institution_names(text: str, kinds: PhraseSet) -> list[str]:
    """The names of institutions of the given kinds in the text, in order: the kind, written
    with a capital, and the words of its name after it, each group of them opened by a capital
    ('Đại học | Ngoại ngữ Ngoại thương Quảng Đông')."""
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    names = []
    for k, length, _kind in kinds.found_in(keys):
        if not tokens[k].is_capitalised or not capitalised_run(tokens, k + length):
            continue
        end = k + length
        while (
            end < len(tokens)
            and tokens[end].is_word
            and (tokens[end].is_capitalised or tokens[end - 1].is_capitalised)
        ):
            end += 1
        names.append(text[tokens[k].start : tokens[end - 1].end])
    return names

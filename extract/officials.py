"""Officials named in an article: name, title as written, side and province, merged per person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extract.fold import nfc
from extract.lexicon import PhraseSet, load_data
from extract.names import historical_names, leader_sides, name_key, name_length
from extract.places import place_at
from extract.text import squeeze, tokenize
from extract.titles import (
    Segment,
    Side,
    TitleReader,
    title_province,
    title_side,
    title_text,
)
from extract.types import Official

# What may stand between a name and the title written after it.
_TITLE_AFTER_NAME = (",", "–", "-", "—", "(")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a person is named with a title; `position` orders mentions in the text."""

    name: str
    segments: tuple[Segment, ...]
    sentence: int
    position: int

    @property
    def title(self) -> str | None:
        return title_text(list(self.segments))


@cache
def _not_official_before() -> PhraseSet:
    return PhraseSet(load_data("people")["not_official_before"])


def find_mentions(sentences: Iterable[str]) -> list[Mention]:
    """Every 'TITLE NAME' and 'NAME, TITLE' in the sentences, in order."""
    mentions: list[Mention] = []
    for number, sentence in enumerate(sentences):
        mentions.extend(_sentence_mentions(sentence, number))
    return mentions


def _sentence_mentions(sentence: str, number: int) -> list[Mention]:
    tokens = tokenize(sentence)
    reader = TitleReader(sentence, tokens)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        chain = reader.chain(i) if tokens[i].is_word else []
        if chain:
            after = reader.name_after(chain[-1].end)
            if not after:
                i = chain[-1].end
                continue
            start, length = after
            segments, i = _with_trailing_title(reader, chain, start + length)
            if not _negated(reader, chain[0].start):
                found.append(_mention(sentence, reader, start, length, segments, number))
            continue
        length = name_length(tokens, i)
        if length and place_at(tokens, reader.keys, i):
            length = 0
        if length and any(reader.token_is(i + length, mark) for mark in _TITLE_AFTER_NAME):
            segments, end = _with_trailing_title(reader, [], i + length)
            if segments and not _negated(reader, i):
                found.append(_mention(sentence, reader, i, length, segments, number))
                i = end
                continue
        i += max(length, 1)
    return [m for m in found if name_key(m.name) not in historical_names()]


def _with_trailing_title(
    reader: TitleReader, segments: list[Segment], after_name: int
) -> tuple[list[Segment], int]:
    """Segments plus a title written after the name ('Nguyễn Văn A, Thứ trưởng Bộ X', '… –
    Thứ trưởng Bộ X –', '… (Thứ trưởng Bộ X)'), unless that title is followed by a name of its
    own (then it is that person's)."""
    if not any(reader.token_is(after_name, mark) for mark in _TITLE_AFTER_NAME):
        return segments, after_name
    more = reader.chain(after_name + 1)
    if not more or reader.name_after(more[-1].end):
        return segments, after_name
    end = more[-1].end
    if reader.token_is(after_name, "(") and reader.token_is(end, ")"):
        end += 1
    elif reader.token_is(after_name, "("):
        return segments, after_name
    return segments + more, end


def _negated(reader: TitleReader, start: int) -> bool:
    """'cố Chủ tịch…', 'liệt sĩ …': the person is not an official of the event."""
    phrases = _not_official_before()
    return any(
        (match := phrases.match(reader.keys, k)) is not None and k + match[0] == start
        for k in range(max(0, start - 3), start)
    )


def _mention(
    sentence: str,
    reader: TitleReader,
    start: int,
    length: int,
    segments: list[Segment],
    number: int,
) -> Mention:
    tokens = reader.tokens
    name = squeeze(sentence[tokens[start].start : tokens[start + length - 1].end])
    return Mention(nfc(name), tuple(segments), number, tokens[start].start)


def merge_officials(mentions: list[Mention]) -> list[Official]:
    """One Official per person, in order of first mention; the most complete title wins."""
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_person.setdefault(name_key(mention.name), []).append(mention)
    officials: list[Official] = []
    for key, group in by_person.items():
        titled = [m for m in group if m.title]
        if not titled:
            continue
        best = max(titled, key=lambda m: (_completeness(m.title or ""), -m.sentence, -m.position))
        side = _side(best, group, key)
        province = _province(best, group) if side == "CN" else None
        officials.append(
            Official(name=group[0].name, title=best.title or "", side=side, province=province)
        )
    return officials


def _completeness(title: str) -> int:
    return len(title.split())


def _side(best: Mention, group: list[Mention], key: str) -> Side:
    for mention in [best, *group]:
        side = title_side(list(mention.segments))
        if side:
            return side
    known = leader_sides().get(key)
    if known in ("VN", "CN"):
        return "CN" if known == "CN" else "VN"
    return "VN"


def _province(best: Mention, group: list[Mention]) -> str | None:
    for mention in [best, *group]:
        province = title_province(list(mention.segments))
        if province:
            return province
    return None

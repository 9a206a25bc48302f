"""Several meetings told in one sentence: the first, those its people held next ('A hội kiến
B, sau đó làm việc với C'), and the named events they went on to attend ('… và dự Diễn đàn …')."""

from __future__ import annotations

from dataclasses import replace

from extract.meeting_vocabulary import NAMED_EVENTS, vocabulary
from extract.meeting_words import (
    FoundMeeting,
    attended_at,
    joined_to,
    meeting_at,
    reported_meeting,
)
from extract.text import Token, tokenize

# Tokens from 'và' to an event attended after another meeting: 'và cùng tham dự Diễn đàn'.
_AND_REACH = 4


def reported_meetings(sentence: str, number: int) -> list[FoundMeeting]:
    """The meetings a later sentence reports: the first, the one its people go on to hold next
    ('Ngày 22/5, A hội kiến B, sau đó làm việc với C'), and the named events they go on to
    attend in the same clause ('Cùng ngày, A đã hội kiến Thủ tướng B và dự Diễn đàn …')."""
    first = reported_meeting(sentence, number)
    if first is None:
        return []
    return one_after_another(first)


def one_after_another(first: FoundMeeting) -> list[FoundMeeting]:
    """The meeting `first` and those its sentence goes on to tell its people held next ('A hội
    kiến B, sau đó làm việc với C': the audience between A and B, the working session between
    A and C) or attended ('A đã hội kiến B và dự Diễn đàn …': A alone)."""
    sentence, number = first.text, first.sentence
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    subject = (0, tokens[first.at].start)
    in_turn = held_in_turn(first)
    if in_turn:
        return in_turn
    found = [first]
    for i, _length, _kind in vocabulary().meetings.found_in(keys, first.at + 1):
        then = _then_before(keys, i)
        if then is None:
            then = _and_then_before(tokens, keys, found[-1], i)
        if then is not None:
            following = meeting_at(sentence, tokens, keys, i, number)
            if following is None:
                continue
            start = tokens[then].start
            before = found[-1].spans or ((0, len(sentence)),)
            found[-1] = replace(found[-1], spans=_cut(before, start))
            found.append(replace(following, spans=(subject, (start, len(sentence)))))
            continue
        if joined_to(tokens, keys, found[-1], i):
            joined = meeting_at(sentence, tokens, keys, i, number)
            if joined is not None and joined.kind in NAMED_EVENTS:
                found.append(replace(joined, attended=found[-1].attended))
            continue
        if not (attended_at(keys, i) and "và" in keys[max(0, i - _AND_REACH) : i]):
            continue
        also = meeting_at(sentence, tokens, keys, i, number)
        if also is not None and also.kind in NAMED_EVENTS:
            found.append(replace(also, attended=True, spans=(subject,)))
    return found


def held_in_turn(first: FoundMeeting) -> list[FoundMeeting]:
    """The meetings its sentence says were held with each guest in turn ('Phó Thủ tướng lần
    lượt tiếp A và B': a reception of A, then one of B), each between the subject and its guest;
    none when the word is not told in turn or names fewer than two guests."""
    words = vocabulary()
    tokens = tokenize(first.text)
    keys = [t.key for t in tokens]
    told = any(
        (match := words.in_turn.match(keys, k)) is not None and k + match[0] == first.at
        for k in range(max(0, first.at - 4), first.at)
    )
    after = first.at + len(first.label.split())
    if not told or after >= len(tokens):
        return []
    joins = [k for k in range(after, len(keys)) if keys[k] in words.in_turn_joins]
    guests = list(zip([after, *(k + 1 for k in joins)], [*joins, len(tokens)], strict=True))
    named = [(a, b) for a, b in guests if any(t.is_capitalised for t in tokens[a:b])]
    if len(named) < 2 or len(named) != len(guests):
        return []
    subject = (0, tokens[first.at].start)
    end = [tokens[b].start if b < len(tokens) else len(first.text) for _a, b in guests]
    return [
        replace(first, spans=(subject, (tokens[a].start, stop)))
        for (a, _b), stop in zip(guests, end, strict=True)
    ]


def _cut(spans: tuple[tuple[int, int], ...], end: int) -> tuple[tuple[int, int], ...]:
    """The spans ending before `end`, where the sentence goes on to the next meeting."""
    return tuple((a, min(b, end)) for a, b in spans if a < end)


def _and_then_before(
    tokens: list[Token], keys: list[str], last: FoundMeeting, i: int
) -> int | None:
    """Where the 'và' saying the meeting at i was also held begins, after the `last` one's guest
    named ('A chào xã giao Bí thư B và làm việc với Phó Tỉnh trưởng C': the working session
    between A and C), or None: not a second verb for the same meeting ('tiếp và làm việc với
    đoàn …'), nor a named event, which 'và' joins to another or its people attended."""
    words = vocabulary()
    told = words.meetings.match(keys, last.at)
    now = words.meetings.match(keys, i)
    if told is None or now is None or now[1].kind in NAMED_EVENTS:
        return None
    end = i - 1 if i > 0 and keys[i - 1] in words.occasion_nouns else i
    for k in range(max(last.at + told[0], end - 3), end):
        match = words.and_then.match(keys, k)
        if match is not None and k + match[0] == end:
            named = any(t.is_capitalised for t in tokens[last.at + told[0] : k])
            return k if named else None
    return None


def _then_before(keys: list[str], i: int) -> int | None:
    """Where the words saying the meeting at i came next begin ('…, sau đó làm việc với …',
    '… rồi có buổi làm việc với …'), or None."""
    words = vocabulary()
    end = i - 1 if i > 0 and keys[i - 1] in words.occasion_nouns else i
    for k in range(max(0, end - 4), end):
        match = words.then.match(keys, k)
        if match is not None and k + match[0] == end:
            return k
    return None

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
from extract.text import tokenize

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
    found = [first]
    for i, _length, _kind in vocabulary().meetings.found_in(keys, first.at + 1):
        then = _then_before(keys, i)
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


def _cut(spans: tuple[tuple[int, int], ...], end: int) -> tuple[tuple[int, int], ...]:
    """The spans ending before `end`, where the sentence goes on to the next meeting."""
    return tuple((a, min(b, end)) for a, b in spans if a < end)


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

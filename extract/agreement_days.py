"""The day each sentence of an article signs its documents on: the day it last gave, or the
day of the meeting a sentence opens by closing ('Kết thúc hội đàm, hai bên ký …')."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from extract.agreement_words import signing_words
from extract.dates import day_in, day_opens, running_days, span_end_in
from extract.text import tokenize


def signing_days(sentences: Sequence[str], event_day: date | None) -> list[date | None]:
    """The day each sentence's signing is on: the day the article last gave ('Sau hội đàm, …'
    after 'Ngày 21/5, … hội đàm …'), but for a sentence opening by closing a meeting ('Kết thúc
    hội nghị, …'), the last day of that meeting when a sentence naming it first gives a span
    ('… được tổ chức từ ngày 4 đến 6/12'), else the day of the last sentence opening with a day
    that names it first, not of a flashback between them ('Trước đó, chiều 5/11, …')."""
    days = list(running_days(sentences, event_day))
    if event_day is None:
        return days
    meetings = signing_words().meetings
    dated: dict[tuple[str, ...], date] = {}  # the day a meeting was last named with
    ended: dict[tuple[str, ...], date] = {}  # the last day of a meeting held over several
    for n, sentence in enumerate(sentences):
        keys = [t.key for t in tokenize(sentence)]
        if (closed := _closed_meeting(keys)) is not None and (closed in ended or closed in dated):
            days[n] = ended.get(closed) or dated[closed]
        # the sentence's day is that of the first meeting it names: 'Trước đó, chiều 5/11, …
        # đã điện đàm …, thống nhất chương trình hội nghị' dates the phone call
        first = next(meetings.found_in(keys), None)
        if first is None:
            continue
        meeting = tuple(keys[first[0] : first[0] + first[1]])
        if day_opens(sentence) and (day := day_in(sentence, event_day)) is not None:
            dated[meeting] = day
        if (last := span_end_in(sentence, event_day)) is not None:
            ended[meeting] = last  # '… được tổ chức từ ngày 4 đến 6/12': closed on 6/12
    return days


def _closed_meeting(keys: list[str]) -> tuple[str, ...] | None:
    """The meeting a sentence opens by closing ('Kết thúc hội nghị, …', 'Sau buổi hội đàm, …'),
    as its words' keys, or None."""
    words = signing_words()
    opening = words.after_meeting.match(keys, 0)
    if opening is None:
        return None
    j = opening[0] + (keys[opening[0] : opening[0] + 1] in (["buổi"], ["cuộc"]))
    meeting = words.meetings.match(keys, j)
    return tuple(keys[j : j + meeting[0]]) if meeting else None

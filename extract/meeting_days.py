"""The day a meeting was held, from its sentence and the days the article gave before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from extract.dates import day_in, day_opens
from extract.meeting_vocabulary import past_its_purpose, vocabulary
from extract.meeting_words import meeting_in
from extract.text import tokenize
from extract.types import Meeting

# Tokens into a sentence its day may be given from the day last told: 'Trước đó, sáng cùng ngày'.
_SAME_DAY_REACH = 6
# A sentence opening with the span of days its event lasts: 'Từ ngày 29 - 31/10, Hội chợ …',
# 'Từ ngày 4 đến ngày 6/12, …'.
_SPAN_OPENS = re.compile(
    r"\s*[Tt]ừ\s+ngày\s+\d{1,2}\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\b"
)

# Days after the lead's meeting the headline's may be held and still be the article's event
# ('Tối 15/9, … đã tiếp đoàn …', then 'Sáng 16/9, hai bên tiến hành hội đàm').
_HEADLINE_S_REACH = 3


def dated_as(sentence: str, meeting: Meeting) -> bool:
    """The sentence opens with the meeting's own day ('Chiều 16/9, …'), or with the news's
    ('Chiều nay, …' in a bulletin), so a meeting it tells is one of that day, not an earlier one
    it recalls ('Trước đó, tháng 12-2024, …')."""
    if meeting.date is None:
        return False
    if vocabulary().today.match([t.key for t in tokenize(sentence)], 0) is not None:
        return True
    return day_opens(sentence) and day_in(sentence, meeting.date) == meeting.date


def same_day_opens(sentence: str) -> bool:
    """'Chiều cùng ngày, …', 'Cũng trong ngày, …': the sentence tells another event that day."""
    return vocabulary().same_day.match([t.key for t in tokenize(sentence)], 0) is not None


def another_time_that_day(sentence: str) -> bool:
    """'Sáng cùng ngày, …', 'Trước đó, sáng 19/3, …': the sentence opens on a time of the day,
    that of an event before or after the one told; not 'Cùng ngày, …', which may tell more of
    it."""
    keys = [t.key for t in tokenize(sentence)]
    words = vocabulary()
    before = words.before.match(keys, 0)
    start = 0 if before is None else before[0] + (keys[before[0] : before[0] + 1] == [","])
    return words.parts_of_day.match(keys, start) is not None


def opens_on_its_day(sentence: str) -> bool:
    """'Trước đó, ngày 17/9, …', also with a word for 'on' before the day ('Trước đó, trong
    ngày 17/9, đoàn đã làm việc với …', 'Vào ngày 17/9, …'): the sentence opens with the day
    of the event it tells."""
    if day_opens(sentence):
        return True
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    words = vocabulary()
    before = words.before.match(keys, 0)
    start = 0 if before is None else before[0] + (keys[before[0] : before[0] + 1] == [","])
    on = words.on_the_day.match(keys, start)
    if on is None or start + on[0] >= len(tokens) or keys[start + on[0]] != "ngày":
        return False
    return day_opens(sentence[: tokens[start].start] + sentence[tokens[start + on[0]].start :])


def beside_the_event(sentence: str) -> bool:
    """'Bên lề chương trình, …', 'Trước lễ bế mạc, …', 'Trước đó, bên lề lễ khai mạc, …': the
    sentence opens setting what it tells at the event the article tells, a part of it or a
    moment of it, so it was held on that event's day and at its place."""
    keys = [t.key for t in tokenize(sentence)]
    words = vocabulary()
    before = words.before.match(keys, 0)
    start = 0 if before is None else before[0] + (keys[before[0] : before[0] + 1] == [","])
    beside = words.beside.match(keys, start)
    if beside is None:
        return False
    event = words.beside_events.match(keys, start + beside[0])
    end = start + beside[0] + (event[0] if event else 0)
    return event is not None and keys[end : end + 1] == [","]


def told_there(sentence: str) -> bool:
    """'Tại đây, …', 'Ở đó, …': the sentence tells what happened where, and when, the sentence
    before it said."""
    return vocabulary().there.match([t.key for t in tokenize(sentence)], 0) is not None


def main_day(sentence: str, event_day: date | None) -> date | None:
    """The main meeting's day: the one its sentence opens with ('Ngày 13/11, … đã làm việc với
    …' after a lead's 'Từ ngày 12 đến 14/11, …'), else the event's."""
    opens = day_opens(past_its_purpose(sentence))
    own = day_in(sentence, event_day) if event_day and opens else None
    return own or event_day


def on_a_day_of_its_own(sentence: str) -> bool:
    """Whether a sentence telling a meeting opens with the one day it was held ('Sáng 9/10, hội
    đàm … đã diễn ra'), not with a trip's span ('Từ ngày 8 đến 10/10, đoàn … đã thăm, làm việc
    …') nor with no day at all (a headline: 'Điện Biên và Phổ Nhĩ hội đàm …')."""
    return day_opens(past_its_purpose(sentence)) and _SPAN_OPENS.match(sentence) is None


def first_day_of_span(sentence: str, event_day: date | None) -> date | None:
    """The first day of the span a sentence opens with ('Từ ngày 29 - 31/10, Hội chợ … đã diễn
    ra …': 29/10), the day such an event opened; None when it opens with none."""
    if event_day is None or _SPAN_OPENS.match(sentence) is None:
        return None
    return day_in(sentence, event_day)


def day_told(sentence: str, event_day: date | None) -> date | None:
    """The day of a meeting found first in the body ('Ngày 6/5, Đại sứ … đã làm việc với …'):
    the one its sentence gives anywhere, else the event's."""
    return (day_in(sentence, event_day) if event_day else None) or event_day


def later_day(sentence: str, main_date: date | None, last_day: date | None) -> date | None:
    """The day of a meeting told after the main one: its own; 'Chiều cùng ngày' the day the
    article last gave, `last_day`; else the main meeting's (the same trip), or none when the
    sentence only says it was earlier ('Trước đó, đoàn đã dự Diễn đàn …') or in the trip ('Cũng
    trong chuyến công tác, Tổng Lãnh sự đã làm việc với …')."""
    own = day_in(sentence, main_date) if main_date else None
    keys = [t.key for t in tokenize(sentence)]
    words = vocabulary()
    # 'Tại đây, …' after 'Sáng 22/11, đoàn … sang Bằng Tường': there, that day; 'Nhân dịp này,
    # …' after 'Ngày 13/6, tại Trạm Giang, … đã tiếp đoàn': on that leg of the trip, its day.
    same_day = (
        words.same_day.occurs(keys, 0, _SAME_DAY_REACH)
        or told_there(sentence)
        or words.this_occasion.match(keys, 0) is not None
    )
    day = own or (last_day if same_day else None)
    undated = words.before.match(keys, 0) or words.in_the_trip.match(keys, 0)
    if day is None and not undated:
        day = main_date  # the same trip's, unless only said to be earlier ('Trước đó, …')
    return day


def headline_s_day(
    title: str | None, lead: str, meetings: Sequence[Meeting], event_day: date | None
) -> date | None:
    """The article's event day: that of the one meeting its headline names with no day of its
    own, when the lead opens on a day before it with another ('Tối 15/9, … đã tiếp đoàn …' under
    '… hội đàm thường niên năm 2025', then 'Sáng 16/9, hai bên tiến hành hội đàm': 16/9); else
    `event_day`, also when the lead opens on a trip's span ('Từ ngày 8 đến 10/10, đoàn … đã thăm
    …': the trip's first day)."""
    if title is None or event_day is None or not meetings or not on_a_day_of_its_own(lead):
        return event_day
    # One meeting, not a visit ('Đoàn … thăm, làm việc tại tỉnh Quảng Đông': the trip's).
    found = meeting_in(title, 0)
    named = list(vocabulary().meetings.found_in([t.key for t in tokenize(title)]))
    if found is None or len(named) != 1 or on_a_day_of_its_own(title):
        return event_day
    held = [m for m in meetings if m.kind == found.kind]
    if len(held) != 1 or held[0].date is None or meetings[0].date != event_day:
        return event_day
    later = (held[0].date - event_day).days
    return held[0].date if 0 < later <= _HEADLINE_S_REACH else event_day

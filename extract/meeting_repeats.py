"""Whether a meeting a later sentence reports is one already found, told again, or another one."""

from __future__ import annotations

from dataclasses import replace

from extract.dates import day_opens
from extract.lexicon import PhraseSet
from extract.meeting_days import (
    another_time_that_day,
    dated_as,
    on_a_day_of_its_own,
    opens_on_its_day,
    same_day_opens,
)
from extract.meeting_vocabulary import FAMILY, NAMED_EVENTS, SESSIONS, vocabulary
from extract.meeting_words import after_phrase, opens_an_event, opens_on_a_held_event
from extract.text import tokenize
from extract.types import Meeting


def with_another(
    meetings: list[Meeting], meeting: Meeting, sentence: str, head: str | None
) -> list[Meeting]:
    """The meetings with one a later sentence reports: merged into one already found that it
    tells again, added when it is another, else left out."""
    # The delegation's head alone does not make a meeting another one: who it met does.
    named = tuple(p for p in meeting.participants if p != head)
    told_again = _told_again(meeting, meetings) if dated_as(sentence, meeting) else None
    if told_again is None and _the_same_day(sentence):
        told_again = _detailed(meeting, meetings)
    if told_again is None:
        told_again = _told_in_other_words(meeting, sentence, meetings)
    if told_again is not None:
        return told_again
    if _distinct(replace(meeting, participants=named), meetings, sentence) or (
        _a_new_event(meeting, meetings, sentence)
    ):
        return [*meetings, meeting]
    return meetings


def with_the_main_on_its_day(
    meetings: list[Meeting], meeting: Meeting, sentence: str
) -> list[Meeting] | None:
    """The meetings with the main one, which a headline or a trip's summary names with no day of
    its own ('Điện Biên và Phổ Nhĩ hội đàm …' over 'Từ ngày 8 đến 10/10, đoàn … đã thăm, làm
    việc tại …'), told in full by a later sentence opening with its day ('Sáng 9/10, hội đàm lần
    thứ 4 … đã diễn ra'): the same meeting, on that day, with the parties the sentence adds and
    without those the lead named who were at another meeting; None when the sentence tells no
    meeting of its kind on a day of the trip."""
    main = meetings[0]
    if (
        meeting.kind != main.kind
        or meeting.date is None
        or (main.date is not None and meeting.date < main.date)
        or not on_a_day_of_its_own(sentence)
    ):
        return None
    # Those the lead named with it that another meeting has and the body does not name here
    # were at that one ('Chiều 8/10, đồng chí A … đã tiếp đoàn' in the lead of the talks of 9/10).
    elsewhere = {p for m in meetings[1:] for p in m.participants} - set(meeting.participants)
    kept = (p for p in main.participants if p not in elsewhere)
    parties = tuple(dict.fromkeys((*kept, *meeting.participants)))
    told = replace(main, date=meeting.date, participants=parties, place=meeting.place or main.place)
    return [told, *meetings[1:]]


def in_order_of_days(meetings: list[Meeting]) -> list[Meeting]:
    """The meetings with the first, dated by the body's telling of it, after those held on
    earlier days the article found after it ('Chiều 8/10, … đã tiếp đoàn' before the talks of
    9/10 the headline named): in the order they were held."""
    main, *others = meetings
    earlier = 0
    while earlier < len(others) and _before(others[earlier], main):
        earlier += 1
    return [*others[:earlier], main, *others[earlier:]]


def _before(meeting: Meeting, main: Meeting) -> bool:
    """Whether a meeting was held on a day before the main one's."""
    return meeting.date is not None and main.date is not None and meeting.date < main.date


def _merged_into(meetings: list[Meeting], n: int, meeting: Meeting) -> list[Meeting]:
    """The meetings with the n-th told again as `meeting`: its parties added, its place kept."""
    known = meetings[n]
    parties = tuple(dict.fromkeys((*known.participants, *meeting.participants)))
    merged = replace(known, participants=parties, place=known.place or meeting.place)
    return [*meetings[:n], merged, *meetings[n + 1 :]]


def _told_in_other_words(
    meeting: Meeting, sentence: str, meetings: list[Meeting]
) -> list[Meeting] | None:
    """The meetings with one a sentence tells with two words ('… đã tiếp Tổng Lãnh sự … nhân
    dịp ông đến chào xã giao', '… tiếp Ngài A, Tổng Lãnh sự …, đến chào xã giao' under a
    headline's 'chào xã giao'): when the occasion the sentence gives ('nhân dịp …') or what the
    guest came for ('đến …') is a meeting of a kind already found on that day, it is that
    meeting, with the parties the sentence adds; None when it gives none."""
    keys = [t.key for t in tokenize(sentence)]
    occasion = next(
        (i for i in range(len(keys) - 1) if keys[i : i + 2] == ["nhân", "dịp"]), len(keys)
    )
    arrivals = vocabulary().arrivals
    kinds = {
        kind.kind
        for i, _length, kind in vocabulary().meetings.found_in(keys)
        if i > occasion or _came_for(arrivals, keys, i)
    }
    for n, known in enumerate(meetings):
        if known.kind != meeting.kind and known.kind in kinds and known.date == meeting.date:
            return _merged_into(meetings, n, meeting)
    return None


def _came_for(arrivals: PhraseSet, keys: list[str], i: int) -> bool:
    """Whether the meeting word at token i says what someone came for ('đến | chào xã giao')."""
    return any(
        (match := arrivals.match(keys, k)) is not None and k + match[0] == i
        for k in range(max(0, i - 2), i)
    )


def _told_again(meeting: Meeting, meetings: list[Meeting]) -> list[Meeting] | None:
    """The meetings with one the body tells again in full ('Chiều 16/9, … Phó Thủ tướng … đã
    tiếp ông Trần Cương …' after the summary's 'Tiếp Bí thư Khu ủy Quảng Tây …') given the
    parties and place it names: the first of the same kind, on the same day, whose parties it
    names too; None when it tells no meeting already found."""
    for n, known in enumerate(meetings):
        if (
            known.kind == meeting.kind
            and known.date == meeting.date
            and set(known.participants) <= set(meeting.participants)
        ):
            return _merged_into(meetings, n, meeting)
    return None


def _the_same_day(sentence: str) -> bool:
    """'Cùng ngày, …', 'Cũng trong ngày, …': the sentence tells an event of the day told, at no
    other time of it (not 'Chiều cùng ngày, …')."""
    return same_day_opens(sentence) and not another_time_that_day(sentence)


def _detailed(meeting: Meeting, meetings: list[Meeting]) -> list[Meeting] | None:
    """The meetings with one a summary told naming no counterpart, its host alone ('… đã chào xã
    giao Bí thư A và làm việc với lãnh đạo Chính phủ nhân dân tỉnh'), which a sentence of that
    day tells in full ('Cùng ngày, Đại sứ … có buổi làm việc với Phó Tỉnh trưởng B …'): the
    first of the same kind and day held by the same host, with the parties the sentence adds;
    None when no such summary was found."""
    host = meeting.participants[:1]
    for n, known in enumerate(meetings):
        if (
            host
            and known.kind == meeting.kind
            and known.date == meeting.date
            and known.participants == host
        ):
            return _merged_into(meetings, n, meeting)
    return None


def _distinct(meeting: Meeting, meetings: list[Meeting], sentence: str) -> bool:
    """A meeting of another kind, or of the same kind in a sentence that opens a new event
    ('Chiều cùng ngày, …') with other parties or another host (its first party); with someone
    named as a party either way."""
    family = FAMILY.get(meeting.kind, meeting.kind)
    same = [m for m in meetings if FAMILY.get(m.kind, m.kind) == family]
    if not meeting.participants:
        # 'Trước đó, ngày 19/6, đoàn đã làm việc với Sở Thương mại tỉnh …': a meeting of
        # another kind on a day of its own or at another time of the day ('Sáng cùng ngày, …',
        # 'Trước đó, sáng 19/3, …'), between bodies rather than named people; or, at an event
        # with sessions, on its side ('Bên lề hội chợ, đoàn đã làm việc với Cục …').
        aside = meetings[0].kind in SESSIONS and opens_an_event(sentence)
        own_time = meeting.date != meetings[0].date or another_time_that_day(sentence)
        return not same and (aside or (opens_on_its_day(sentence) and own_time))
    if not same:
        return True
    named = {p for m in same for p in m.participants}
    # 'Sáng cùng ngày, Phó Thủ tướng … đã tiếp đồng chí Phùng Phi': the same guest, another host.
    host = meeting.participants[0]
    same_day = same_day_opens(sentence) or dated_as(sentence, meeting)
    # 'Sáng 18/6, Đại sứ hội kiến bà A' after his audience with B: the same host, another guest.
    return opens_an_event(sentence) and (
        not named & set(meeting.participants[1:] or meeting.participants)
        or (host not in named and same_day)
    )


def _a_new_event(meeting: Meeting, meetings: list[Meeting], sentence: str) -> bool:
    """A named event of a kind not found yet with a party, if only the delegation's head ('Chiều
    cùng ngày, đoàn dự Diễn đàn hợp tác kinh tế biển Hải Phòng – Hải Nam'): the delegation
    attended it, so it is a meeting of its own; or one held that day by the sentence's subject
    ('Sáng cùng ngày, Hội Hữu nghị … đã tổ chức Tọa đàm “…” với sự tham gia của …'), or one
    told by its name as taking place ('Diễn đàn thương mại … diễn ra bên lề hội chợ')."""
    return (
        meeting.kind in NAMED_EVENTS
        and all(m.kind != meeting.kind for m in meetings)
        and (
            bool(meeting.participants)
            or _organised_that_day(meeting, sentence)
            or opens_on_a_held_event(sentence)
        )
    )


def _organised_that_day(meeting: Meeting, sentence: str) -> bool:
    """Whether the sentence opens another event on a day ('Sáng cùng ngày, …', 'Ngày 16/1,
    …') and says its subject held the event of the meeting's kind, written as a name ('… đã tổ
    chức Tọa đàm “…”'; not '… tổ chức hội nghị kết nối giao thương với hơn 200 doanh
    nghiệp')."""
    if meeting.date is None or not (day_opens(sentence) or same_day_opens(sentence)):
        return False
    words = vocabulary()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    return any(
        kind.kind == meeting.kind
        and tokens[i].is_capitalised
        and after_phrase(words.organised, keys, i)
        for i, _length, kind in words.meetings.found_in(keys)
    )

"""The event's day in Vietnamese news: the day a sentence dates its event by, and the article's
event date, with its year when unwritten."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from extract.digests import frames_the_page, is_digest
from extract.lexicon import load_data
from extract.stamps import VIETNAM_TIME, vietnam_datetime
from extract.text import sentences_in, split_sentences

# The calendar's words, read once: the patterns below are compiled from them.
_CALENDAR = load_data("dates")

# An event written with its year this long before the page's date is one the article recalls.
_RECALLED = timedelta(days=366)
_TIME_OF_DAY = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Rr]ạng sáng|[Hh]ôm)"


def _alternatives(words: Iterable[str]) -> str:
    """The words as a pattern, any letter in either case, the space between two words any."""
    return "|".join(
        r"\s+".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in phrase.split())
        for phrase in sorted(words, key=len, reverse=True)
    )


_WEEKDAY_NAME = rf"(?:{_alternatives(_CALENDAR['weekdays'])})\b"
# Which week a weekday is in, after it: 'thứ Sáu tuần trước', 'thứ Bảy vừa qua'.
_WHICH_WEEK = rf"(?:\s+(?:{_alternatives([*_CALENDAR['last_week'], *_CALENDAR['latest']])}))"
# A weekday between the time of day and the date: 'Chiều thứ Bảy (13/9)', 'Sáng Chủ nhật 5/10',
# 'Sáng thứ Bảy vừa qua (5/12)', 'hôm thứ Sáu tuần trước (4.12)'.
_WEEKDAY = rf"(?:\s+{_WEEKDAY_NAME}{_WHICH_WEEK}?,?)?"
# "Ngày 2/8", "Chiều 28/10", "sáng ngày 20/02/2025", "Ngày 24-27/2" or "Từ ngày 5 đến 7/6" (a
# span: its first day), "Ngày 4.10" (some outlets write the day and month with a dot), or a
# weekday alone before its day in brackets: "Thứ Ba (8/12), tại …".
_EVENT_DATE = re.compile(
    rf"\b(?:{_TIME_OF_DAY}(?:\s+(?:hôm\s+)?(?:ngày|qua|nay))?{_WEEKDAY}\s+\(?"
    rf"|{_WEEKDAY_NAME}{_WHICH_WEEK}?\s*\()"
    r"(?P<d>\d{1,2})(?:\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?(?P<to>\d{1,2}))?(?:\s*[/-]\s*|\.)"
    r"(?P<mo>\d{1,2})"
    r"(?:(?:\s*[/-]\s*|\.)(?P<y>(?:19|20)\d{2}))?(?!\d|\s*[/-]\s*\d|\.\d)"
)
# The same in words, a span of days too: 'ngày 5 tháng 12 năm 2025', 'từ ngày 2 đến ngày 4 tháng
# 12 năm 2025' (its first day).
_EVENT_DATE_WORDS = re.compile(
    rf"\b{_TIME_OF_DAY}\s+(?P<d>\d{{1,2}})"
    r"(?:\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?(?P<to>\d{1,2}))?"
    rf"\s+tháng\s+(?P<mo>\d{{1,2}})(?:\s+năm\s+(?P<y>(?:19|20)\d{{2}}))?"
)
# The day the article last gave, told again as a clause: 'Sáng cùng ngày, …', 'Cũng trong
# ngày, …' (not 'Trong ngày hội …', 'Cùng ngày càng …').
_SAME_DAY = re.compile(
    rf"(?:{_TIME_OF_DAY}\s+cùng|[Cc]ùng|(?:[Cc]ũng\s+)?[Tt]rong(?:\s+cùng)?)\s+ngày(?=\s*,)"
)
# Today or yesterday: 'chiều nay', 'trưa qua' (any part of the day, 'nay' or 'qua').
_TODAY_OR_YESTERDAY = rf"(?:{'|'.join(_CALENDAR['parts_of_day'])})\s+(?:nay|qua)\b"
_RELATIVE_DAY = re.compile(rf"\b(?P<word>{_TODAY_OR_YESTERDAY})", re.I)
# A weekday of a week gone by, with no day written: 'Chiều thứ Sáu tuần trước, tại …' (the
# Friday of the week before the page's), 'thứ Bảy vừa qua' (the latest Saturday before it).
_RELATIVE_WEEKDAY = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAME})\s+(?:(?P<last_week>{_alternatives(_CALENDAR['last_week'])})"
    rf"|(?P<latest>{_alternatives(_CALENDAR['latest'])}))\b(?!\s*\(?\d)"
)
# A weekday of this week, with no day written, as wires write it: 'hôm thứ Tư' (the latest
# Wednesday up to the page's day: 'Hôm thứ Tư, hội chợ … đã khai mạc' on a Thursday's page).
_THAT_WEEKDAY = re.compile(
    rf"\b[Hh]ôm\s+(?P<this_week>{_WEEKDAY_NAME})"
    rf"(?!\s+(?:{_alternatives([*_CALENDAR['last_week'], *_CALENDAR['latest']])})\b)"
    r"(?!\s*,?\s*\(?\s*(?:ngày\s+)?\d)"
)
# A sentence opening on today or yesterday, or a weekday of a week gone by, after a bulletin's
# dash if any: '- Chiều nay, tại Trụ sở Chính phủ, …', 'Tối qua, …', 'Chiều thứ Sáu tuần trước,
# tại …'.
_RELATIVE_OPENING = re.compile(
    rf"^(?:[-–•+*]\s*)?(?={_TODAY_OR_YESTERDAY}|(?:{_TIME_OF_DAY}\s+)?{_RELATIVE_WEEKDAY.pattern})",
    re.I,
)
# What tells that an event is still to come, before its day: 'sẽ biểu diễn tối 16-1'.
_FORETELLING = re.compile(r"\b(?:sẽ|dự kiến|sắp)\b", re.I)
# An opening clause on the eve of an event still to come, up to its comma: 'Trước thềm Hội chợ
# … (CIIE) lần thứ 9 diễn ra tại Thượng Hải từ ngày 5 đến 10/11, phóng viên … đã phỏng vấn …'.
_ON_THE_EVE = re.compile(r"[Tt]rước\s+thềm\s[^,;]*")
# "(Chinhphu.vn) - ", "Hà Nội (TTXVN) - ", "NAM NINH - ", "VTV.vn - ": who sent the story,
# before the text.
_DATELINE = re.compile(
    r"^(?:[^()]{0,30}\([^()]{2,40}\)|[A-ZĐÀ-Ỹ .]{3,30}|[A-Za-z0-9]{2,20}\.(?:vn|VN|com|net))"
    r"\s*(?:\d{1,2}/\d{1,2}\s*)?[-–—:]\s*"
    # "Nhân dân nhật báo bản tiếng Việt, Quảng Châu, ngày 27/10 -- ": the day it was filed
    r"|^[^\d.;:()]{2,80},\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:--|—|–)\s*"
    # "(dienbien.gov.vn) Ngày 20/11, …", "(TTXVN/Vietnam+) Theo …": a site or an agency's tag in
    # brackets, with or without a dash
    r"|^\((?:[A-ZĐ]{2,}\+?|[\w-]+(?:\.[\w-]+)+)(?:/[\w+.-]+)*\)\s*(?:[-–—:]\s*)?"
)
# What a day is said to be when it is an anniversary, not an event: 'Ngày 18/1/2025 là kỷ niệm
# tròn 75 năm …', '… sẽ là dịp kỷ niệm …'.
_ANNIVERSARY = re.compile(r"\s*(?:(?:sẽ|cũng)\s+)?là\s+(?:(?:dịp|ngày|lễ)\s+)?kỷ\s+niệm\b", re.I)
# What makes a day the end of a span, not its event: '… diễn ra tại Nam Ninh đến hết ngày 28/10',
# 'kéo dài tới ngày 5/11'.
_UNTIL = re.compile(r"\b(?:đến|tới)(?:\s+hết)?\s+$", re.I)
# The breaks between the clauses of a sentence.
_CLAUSE = re.compile(r"[,;:()]")
# The words of 'the same day' before a day the sentence writes out, which is then its own day:
# 'Cùng ngày 14/4, tại Quảng Châu, …', 'Cũng trong ngày 14/4, …' (from 'ngày 14/4').
_SAME_DAY_NAMED = re.compile(r"^(?:[Cc]ũng\s+)?(?:[Cc]ùng|[Tt]rong)(?:\s+cùng)?\s+(?=ngày\s+\d)")
# A short opening clause before a sentence's day ('Trước đó, sáng 23/11, …'), whom the news is
# told after ('Theo Đài Phát thanh và Truyền hình Vân Nam, ngày 12/6, …'), or the visit or
# programme the event is part of ('Trong chương trình công tác tại tỉnh Hải Nam (Trung Quốc),
# sáng 27/11, …'), or what it was held for ('Để giải tỏa ùn tắc, ngày 8/12, …').
_OPENING_CLAUSE = re.compile(
    r"^(?:(?:[^\W\d]+\s+){0,3}[^\W\d]+|[Tt]heo\s+[^\W\d][^,;:\d]{2,80}"
    r"|(?:[Đđ]ể|[Nn]hằm)\s+[^\W\d][^,;:\d]{2,80}"
    # a source telling it: 'Hãng Thông tấn Xinhua cho biết, ngày 27/11, …'
    r"|[^\W\d][^,;:\d]{2,60}\s(?:cho\s+biết|đưa\s+tin)"
    r"|(?:[Tt]rong|[Nn]hân|[Nn]ằm\s+trong|[Tt]iếp\s+tục|[Tt]hực\s+hiện)\s+"
    r"(?:khuôn\s+khổ|chương\s+trình|dịp|chuyến)\s[^,;:\d]{2,80}),\s*"
)

# An opening clause saying at what event, its day at the clause's end: 'Tại hội nghị
# … do Bộ Công Thương tổ chức ở Hà Nội chiều 7/7, …' (the day, not the place, opens what it
# dates), up to that day.
_AT_THE_EVENT_OPENS = re.compile(
    rf"^[Tt]ại\s[^,;:()]{{2,160}}?\s(?={_TIME_OF_DAY}\s+\d{{1,2}}\s*[/-]\s*\d{{1,2}}"
    r"(?:\s*[/-]\s*(?:19|20)\d{2})?\s*,)"
)

# The hour a sentence opens with before its day: 'Khoảng 15h ngày 19/2, …', 'Lúc 22 giờ 30 phút
# đêm 3/5, …', 'Vào lúc 8h sáng 12/4, …' (an accident or an incident is told to the hour).
_CLOCK_OPENING = re.compile(
    r"^(?:(?:[Vv]ào\s+)?(?:[Kk]hoảng|[Ll]úc)\s+|[Vv]ào\s+)?"
    r"\d{1,2}\s*(?:h|giờ|:)(?:\s*\d{2}(?:\s*phút|')?)?\s+"
    rf"(?={_TIME_OF_DAY}\b)"
)

# A sentence opening on the release of the figures it gives: 'Theo số liệu do Hải quan Thành Đô
# công bố ngày 20/11, …' (the release is a statistics story's event), up to the release's day.
_RELEASE_OPENS = re.compile(
    r"^(?:[Tt]heo\s+)?(?:số\s+liệu|thống\s+kê|báo\s+cáo)\s[^,;:\d]{2,80}?"
    r"(?:công\s+bố|phát\s+hành|đưa\s+ra)\s+(?=ngày\s+\d)"
)


# The verb holding an event named before it, then its day: 'Hội nghị xúc tiến … diễn ra ngày
# 8/10 tại …', '… được tổ chức vào sáng 8/10', '… khai mạc chiều 8/10' (a relative clause dating
# the event a sentence names, wherever the sentence opens), up to that day.
_HELD_ON = re.compile(
    r"\b(?:diễn\s+ra|(?:được\s+)?tổ\s+chức|(?:chính\s+thức\s+)?khai\s+mạc)\s+(?:vào\s+)?"
    rf"(?={_TIME_OF_DAY}\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}})"
)


@dataclass(frozen=True, slots=True)
class EventDate:
    """The day the reported event happened; `year_inferred` when the text did not give the year."""

    value: date
    year_inferred: bool


@dataclass(frozen=True, slots=True)
class _DayMonth:
    day: int
    month: int
    year: int | None


def find_event_date(
    paragraphs: Sequence[str],
    captions: Sequence[str],
    *,
    published: datetime | None,
    year_floor: int | None,
) -> EventDate | None:
    """The event's date: the first date of the lead, 'hôm nay' (not a digest's: 'A; B; C … là
    những tin đáng chú ý sáng nay' is the digest's own time), a later sentence opening with a
    date or today ('- Chiều nay, tại Trụ sở Chính phủ, …' in a bulletin), then captions, and
    only then a day the lead foretells ('… sẽ biểu diễn tối 16-1'): what will happen is not
    the event of an article that tells what happened; see `complete_year` for the year."""
    lead = paragraphs[0] if paragraphs else ""
    # Each reading is tried only when those before it found nothing that made the date.
    readings: tuple[Callable[[], _DayMonth | EventDate | None], ...] = (
        lambda: _first_date(split_sentences(lead), foretold=False),
        lambda: None if is_digest(paragraphs) else _relative_day(lead, published),
        lambda: _later_day(paragraphs[1:], published),
        lambda: _first_date(captions),
        lambda: _day_to_come(_first_date(split_sentences(lead)), published),
    )
    for reading in readings:
        found = reading()
        if isinstance(found, EventDate):
            return found
        if found:
            completed = complete_year(found, published=published, year_floor=year_floor)
            if completed and not _history(completed, published):
                return completed
    return None


def _day_to_come(
    found: _DayMonth | None, published: datetime | None
) -> _DayMonth | EventDate | None:
    """A day the lead foretells, with no year written, in the first year that puts it on or
    after the publication day ('… sẽ diễn ra từ ngày 5 đến 10/11' on a page of 5/10/2026 is
    5/11/2026, not 2025: what is to come is not before the page); as found otherwise."""
    if found is None or found.year is not None or published is None:
        return found
    stamp = vietnam_datetime(published).astimezone(VIETNAM_TIME).date()
    later = (found.month, found.day) >= (stamp.month, stamp.day)
    return _safe_date(stamp.year if later else stamp.year + 1, found, inferred=True)


def _history(event: EventDate, published: datetime | None) -> bool:
    """A day with its year written, long before the page's date ('Ngày 18/1/1950, Trung Quốc
    là nước đầu tiên công nhận …' in a piece on the 75th anniversary): history the article
    recalls, not its event."""
    if published is None or event.year_inferred:
        return False
    return vietnam_datetime(published).date() - event.value > _RECALLED


def day_in(sentence: str, reference: date) -> date | None:
    """The day a sentence dates its own event ('Trước đó, sáng 23/11, …'); without a written
    year, the one that puts it nearest the article's event day `reference`."""
    found = _first_date([sentence])
    return None if found is None else _nearest(found, reference)


def span_end_in(sentence: str, reference: date) -> date | None:
    """The last day of a span of days the sentence gives ('… được tổ chức từ ngày 4 đến 6/12'
    is 6/12, 'Ngày 24-27/2' 27/2), its year as in `day_in`; None without a span, or with only
    the span of a visit within which the sentence names its own day ('Ngày 20/5, … đã tiếp …,
    nhân dịp Đoàn thăm Việt Nam từ ngày 19 đến 23/5')."""
    matches = [
        m for pattern in (_EVENT_DATE, _EVENT_DATE_WORDS) for m in pattern.finditer(sentence)
    ]
    visits = _spans_holding_a_day(matches)
    for match in matches:
        if match.groupdict().get("to") and match not in visits:
            year = int(match["y"]) if match["y"] else None
            found = _DayMonth(int(match["to"]), int(match["mo"]), year)
            if _valid(found):
                return _nearest(found, reference)
    return None


def _nearest(found: _DayMonth, reference: date) -> date | None:
    """The day with its year written, else in the year that puts it nearest `reference`."""
    if found.year:
        return date(found.year, found.month, found.day)
    candidates = [
        event.value
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (event := _safe_date(year, found, inferred=True)) is not None
    ]
    return min(candidates, key=lambda day: abs(day - reference)) if candidates else None


def running_days(sentences: Iterable[str], start: date | None) -> Iterator[date | None]:
    """For each sentence, the day the article last gave up to it: `start`, then the day of each
    sentence that opens with one ('Ngày 12/4, …'), for the sentences after it that give none
    ('Sau hội đàm, …', 'Chiều cùng ngày, …')."""
    day = start
    for sentence in sentences:
        if start is not None and day_opens(sentence):
            day = day_in(sentence, start) or day
        yield day


# Asked of the same sentences by the readers of dates, meetings and agreements in turn.
@lru_cache(maxsize=1024)
def day_opens(sentence: str) -> bool:
    """Whether the sentence opens with its event's day ('Chiều 23/11, …'), or the day the
    article last gave ('Sáng cùng ngày, …'), after a dateline ('(TTXVN) - ') or a short opening
    clause ('Trước đó, sáng 23/11, …', 'Trước đó, sáng cùng ngày, …') if any."""
    return any(
        _EVENT_DATE.match(t) or _EVENT_DATE_WORDS.match(t) or _SAME_DAY.match(t)
        for t in _starts(sentence)
    )


# Asked of every sentence by `day_opens`, `_sentence_starts` and `_later_day` in turn.
@lru_cache(maxsize=1024)
def _starts(sentence: str) -> tuple[str, ...]:
    """Where the sentence's own day may open it: after its dateline ('(TTXVN) - '), then also
    after a short opening clause ('Trước đó, sáng 23/11, …'), or the words of a clause saying
    where the event was held before its day ('Tại hội nghị … ở Hà Nội chiều 7/7, …' from
    'chiều 7/7'), each without the hour told before the day ('Khoảng 15h ngày 19/2, …' from
    'ngày 19/2')."""
    text = _DATELINE.sub("", sentence, count=1)
    opening = _OPENING_CLAUSE.match(text) or _at_the_event(text)
    starts = (text, text[opening.end() :]) if opening else (text,)
    return tuple(
        _SAME_DAY_NAMED.sub("", _CLOCK_OPENING.sub("", start, count=1), count=1) for start in starts
    )


def _at_the_event(text: str) -> re.Match[str] | None:
    """The opening clause up to its day when it tells the event held there ('Tại hội nghị xúc
    tiến … ở Hà Nội chiều 7/7, …'), not a place alone ('Tại Singapore ngày 10/5, …', a leg of a
    trip whose day need not be the article's)."""
    opening = _AT_THE_EVENT_OPENS.match(text)
    if opening is None or not any(w[:1].islower() for w in text[: opening.end()].split()[1:]):
        return None
    return opening


def _later_day(
    paragraphs: Sequence[str], published: datetime | None
) -> _DayMonth | EventDate | None:
    """The day of the first sentence opening with one: a date (see `_sentence_starts`), or
    today or yesterday, the publication day or the day before ('- Chiều nay, tại Trụ sở Chính
    phủ, Thủ tướng … tiếp …', 'Theo Trung tâm …, lúc 13 giờ chiều nay, …'); a sentence opening
    on today with no publication day to count from dates nothing, and the next ones are read."""
    for sentence in sentences_in(paragraphs):
        if found := _first_date(_sentence_starts([sentence])):
            return found
        relative = next((t for t in _starts(sentence) if _RELATIVE_OPENING.match(t)), None)
        if relative and (day := _relative_day(relative, published)):
            return day
    return None


def _sentence_starts(paragraphs: Iterable[str]) -> list[str]:
    """Sentences that open with a date ('Ngày 5/9, …', 'Theo Đài …, ngày 12/6, …'), that date
    the event they name in a clause ('Hội nghị … diễn ra ngày 8/10 tại …'), or open with the
    release of their figures ('Theo số liệu … công bố ngày 20/11, …', 'Theo phóng viên TTXVN
    tại Bắc Kinh, số liệu … công bố ngày 8/12 cho thấy, …'), from the date on: later events
    the article dates."""
    found = []
    for sentence in sentences_in(paragraphs):
        for rest in _starts(sentence):
            if _EVENT_DATE.match(rest) or _EVENT_DATE_WORDS.match(rest):
                found.append(rest)
                break
            if released := _RELEASE_OPENS.match(rest):
                found.append(rest[released.end() :])
                break
        else:
            if held := _held_on(sentence):
                found.append(held)
    return found


def _held_on(sentence: str) -> str | None:
    """The sentence from the day a clause holding the event it names gives ('Thông tin được
    đưa ra tại Hội nghị xúc tiến du lịch … diễn ra ngày 8/10 tại TP. Hồ Chí Minh, …': from
    'ngày 8/10'); None without one, or when the clause says the event is still to come ('…
    sẽ diễn ra ngày 20/11')."""
    held = _HELD_ON.search(sentence)
    if held is None or _foretold(sentence, held.start()):
        return None
    return sentence[held.end() :]


def _first_date(texts: Iterable[str], *, foretold: bool = True) -> _DayMonth | None:
    """The first date in the first text that has one; within a text, a date opening it or
    said with a time of day ('chiều 15/4') before one naming another occasion ('chuyến thăm
    ngày 12/3'); never an anniversary's day ('Ngày 18/1/2025 là kỷ niệm 75 năm …'), nor one in
    an opening clause on the eve of an event to come ('Trước thềm Hội chợ … diễn ra từ ngày 5
    đến 10/11, …'), nor the span of a round-up's frame ('Điểm lại các sự kiện nổi bật … từ ngày
    1 đến 7/12/2024'), nor with `foretold` False a day its clause says is to come ('… sẽ biểu
    diễn tối 16-1')."""
    for text in texts:
        start = _DATELINE.match(text)
        opening = start.end() if start else 0
        if clock := _CLOCK_OPENING.match(text, opening):
            opening = clock.end()
        eve = _ON_THE_EVE.match(text, opening)
        matches = [
            m
            for pattern in (_EVENT_DATE, _EVENT_DATE_WORDS)
            for m in pattern.finditer(text, eve.end() if eve else 0)
            if not _ANNIVERSARY.match(text, m.end())
            and not _UNTIL.search(text, max(0, m.start() - 12), m.start())
            and not (m.groupdict().get("to") and frames_the_page(text))
            and (foretold or not _foretold(text, m.start()))
        ]
        visits = _spans_holding_a_day(matches)
        ranked = sorted(matches, key=lambda m: (m in visits, _rank(m, opening), m.start()))
        for match in ranked:
            found = _DayMonth(
                int(match["d"]), int(match["mo"]), int(match["y"]) if match["y"] else None
            )
            if _valid(found):
                return found
    return None


def _foretold(text: str, at: int) -> bool:
    """Whether the clause that runs up to `at` says that what follows is still to come: 'Đoàn
    nghệ thuật (Trung Quốc) sẽ biểu diễn tối 16-1', 'Hội chợ dự kiến khai mạc sáng 20/5'."""
    breaks = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    return bool(_FORETELLING.search(text, breaks[-1] if breaks else 0, at))


def _spans_holding_a_day(matches: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """The spans of days ('từ ngày 4 đến 6/11') within which the same text names a single day
    ('…, ngày 5/11, tại Thượng Hải, … đã hội kiến'): the span is the visit, the day its event
    (its year, unwritten, is inferred even when the span writes the visit's)."""
    days = [(int(m["d"]), int(m["mo"])) for m in matches if not m.groupdict().get("to")]
    return [
        m
        for m in matches
        if m.groupdict().get("to")
        and any(month == int(m["mo"]) and int(m["d"]) <= day <= int(m["to"]) for day, month in days)
    ]


def _rank(match: re.Match[str], opening: int) -> int:
    if match.start() == opening or not match.group().lower().startswith("ngày"):
        return 0
    return 1


def _valid(found: _DayMonth) -> bool:
    try:
        date(found.year or 2000, found.month, found.day)
    except ValueError:
        return False
    return True


def _relative_day(text: str, published: datetime | None) -> EventDate | None:
    """'hôm nay' is the publication day, 'hôm qua' the day before, 'thứ Sáu tuần trước' the
    Friday of the week before the publication's (see `_weekday_before`), 'hôm thứ Tư' the
    latest Wednesday up to it, whichever the text says first (only with a publication date),
    its year inferred from it."""
    readings = (_RELATIVE_DAY, _RELATIVE_WEEKDAY, _THAT_WEEKDAY)
    matches = [m for pattern in readings if (m := pattern.search(text))]
    if not matches or not published:
        return None
    match = min(matches, key=lambda m: m.start())
    day = vietnam_datetime(published).astimezone(VIETNAM_TIME).date()
    if "weekday" in match.groupdict():
        return EventDate(_weekday_before(match, day), year_inferred=True)
    if "this_week" in match.groupdict():
        names = _CALENDAR["weekdays"]
        weekday = names.index(" ".join(match["this_week"].lower().split()))
        return EventDate(day - timedelta(days=(day.weekday() - weekday) % 7), year_inferred=True)
    if match["word"].lower().endswith("qua"):
        day -= timedelta(days=1)
    return EventDate(day, year_inferred=True)


def _weekday_before(match: re.Match[str], published: date) -> date:
    """The day a weekday of a week gone by names, from the publication day: 'thứ Sáu tuần
    trước' on Monday 2/11/2026 is Friday 30/10 (the week before runs Monday to Sunday), 'thứ
    Bảy vừa qua' on Monday 7/12/2026 is Saturday 5/12 (the latest Saturday before the page)."""
    names = _CALENDAR["weekdays"]
    weekday = names.index(" ".join(match["weekday"].lower().split()))
    if match["last_week"]:
        return published - timedelta(days=published.weekday() + 7 - weekday)
    return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)


def complete_year(
    found: _DayMonth, *, published: datetime | None, year_floor: int | None
) -> EventDate | None:
    """The full date: the written year; else, inferred, the publication's year (the year before
    when the month is later than the publication's: 'Chiều 30/12' on a page of 2 January); else
    the smallest year the text allows."""
    if found.year:
        return EventDate(date(found.year, found.month, found.day), year_inferred=False)
    if published:
        stamp = vietnam_datetime(published).astimezone(VIETNAM_TIME)
        year = stamp.year - 1 if found.month > stamp.month else stamp.year
        return _safe_date(year, found, inferred=True)
    if year_floor:
        return _safe_date(year_floor, found, inferred=True)
    return None


def _safe_date(year: int, found: _DayMonth, *, inferred: bool) -> EventDate | None:
    for candidate in (year, year + 1, year + 2, year + 3):  # 29/2 needs a leap year
        try:
            return EventDate(date(candidate, found.month, found.day), year_inferred=inferred)
        except ValueError:
            continue
    return None

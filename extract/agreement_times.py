"""Which sentences tell a signing recalled from months or years before the article's event
('Năm 2018, hai bên ký …', 'Tháng 10/2008: … ký …', '… bản ghi nhớ … hồi tháng 6')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.text import tokenize

# The most a signing's day lies from the article's event's when the article tells it as its news.
_NEWS_REACH = timedelta(days=31)
_MONTH = r"[Tt]háng\s+(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d{2}))?"
_YEAR = r"[Nn]ăm\s+(?P<year>(?:19|20)\d{2})"
# A short opening clause before a sentence's time: 'Trước đó, tháng 3, …'.
_OPENING = r"(?:[^\W\d]+(?:\s+[^\W\d]+){0,2},\s*)?"


@cache
def _time_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The time a sentence opens with ('Năm 2018, …', 'Tháng 10/2008: …', 'Trước đó, hồi tháng
    9, …'), and a time after a word placing the event in it ('… vào tháng 9 tại Côn Minh', '…
    hồi tháng 6'), the word as `mark`."""
    marks = "|".join(map(re.escape, (*_past_marks(), *_time_marks())))
    opening = re.compile(
        rf"^\s*{_OPENING}(?:(?P<mark>{marks})\s+)?(?:{_MONTH}|{_YEAR})\s*[,:]", re.IGNORECASE
    )
    marked = re.compile(rf"(?<!\w)(?P<mark>{marks})\s+(?:{_MONTH}|{_YEAR})(?![\d/])", re.IGNORECASE)
    return opening, marked


@cache
def _provisions() -> re.Pattern[str]:
    """A comma and the words opening what a signed document provides for: ', trong đó', ',
    theo đó'."""
    marks = "|".join(map(re.escape, load_data("meetings")["signing"]["provisions"]))
    return re.compile(rf",\s*(?:{marks})(?!\w)", re.IGNORECASE)


def _before_provisions(sentence: str) -> str:
    """The sentence up to what a document it names provides for: 'hai bên đã ký Biên bản …' of
    'hai bên đã ký Biên bản …, trong đó có việc tổ chức Tuần văn hóa … vào tháng 4-2026'."""
    match = _provisions().search(sentence)
    return sentence if match is None else sentence[: match.start()]


def _past_marks() -> list[str]:
    """The words placing an event in a time long past ('hồi tháng 6')."""
    return list(load_data("meetings")["signing"]["past_time_marks"])


@cache
def _folded_past_marks() -> frozenset[str]:
    """The words placing an event in a time long past, case-folded, read once."""
    return frozenset(mark.casefold() for mark in _past_marks())


def _time_marks() -> list[str]:
    """The words placing an event in a time, past or not ('vào tháng 9')."""
    return list(load_data("meetings")["signing"]["time_marks"])


def recalled_signings(
    sentences: Sequence[str], days: Sequence[date | None], event_day: date | None
) -> list[bool]:
    """For each sentence, whether a signing it tells is recalled, not the article's news: it
    gives a month or a year before the event's ('Tháng 12/2023, …' in 2025, 'Tháng 4, …' in a
    December article), a time long past ('hồi tháng 6'), or its day (`days`) lies more than a
    month from the event's. A timeline's label alone ('Tháng 10/2008:') dates the next one. A
    signing told in the first person ('… chúng tôi đã hội đàm … và ký …') is an interviewee's
    recollection, not the article's news either."""
    result: list[bool] = []
    label = False  # the sentence before is a timeline's label of a past time
    for sentence, day in zip(sentences, days, strict=True):
        past = _recalled_time(sentence, event_day)
        result.append(label or past or _far_day(day, event_day) or _first_person(sentence))
        label = past and _is_label(sentence)
    return result


def _is_label(sentence: str) -> bool:
    """The sentence is a time and a colon alone ('Tháng 10/2008:')."""
    match = _time_patterns()[0].match(sentence)
    return match is not None and not sentence[match.end() :].strip()


def _recalled_time(sentence: str, event_day: date | None) -> bool:
    """The sentence places its event in a month or a year before `event_day`: 'Năm 2018, …',
    'Tháng 3/2025: …' (May 2025), '… vào tháng 9 …' (February), or long past ('hồi tháng 6').
    A time in what a signed document provides for ('…, trong đó có việc tổ chức … vào tháng 4')
    is not the signing's."""
    opening, marked = _time_patterns()
    past = _folded_past_marks()
    told = _before_provisions(sentence)
    found = [m for m in (opening.match(told), *marked.finditer(told)) if m is not None]
    for match in found:
        if match["mark"] and match["mark"].casefold() in past:
            return True
        if event_day is not None and _before(match, event_day):
            return True
    return False


def _before(match: re.Match[str], event_day: date) -> bool:
    """The month or year `match` gives is before the event's month: 'Năm 2018' or 'Tháng
    12/2023' in 2025; 'Tháng 4' in December; 'tháng 9' in February (the year before)."""
    year = int(match["y"] or match["year"] or 0) or None
    if match["m"] is None:
        return year is not None and year < event_day.year
    month = int(match["m"])
    if year is None:
        return month != event_day.month
    return (year, month) < (event_day.year, event_day.month)


def _far_day(day: date | None, event_day: date | None) -> bool:
    """A signing's day more than a month from the event's ('Ngày 24/3, … ký …' in a January
    article's look back at the year before)."""
    return day is not None and event_day is not None and abs(day - event_day) > _NEWS_REACH


@cache
def _first_person_words() -> PhraseSet:
    """The speaker's words for themselves ('chúng tôi', 'tôi')."""
    return PhraseSet(load_data("meetings")["signing"]["first_person"])


def _first_person(sentence: str) -> bool:
    """The sentence is told by a speaker of their own acts: 'Ngày 26/9 vừa qua, chúng tôi đã
    hội đàm … và ký …' (an interview's answer)."""
    return _first_person_words().occurs([t.key for t in tokenize(sentence)])

"""The year, and the part of it, a trade figure covers: 'năm 2024', '6 tháng đầu năm', 'quý I'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:19|20)\d{2}"
# "năm 2023", "quý I/2024", "tháng 5/2024", "6 tháng đầu năm 2024", "năm 2023-2024" (the first);
# some outlets write a dash: "quý I-2025", "tháng 3-2025", or nothing after the first months:
# "nửa đầu 2025", "6 tháng đầu 2025".
_YEAR_MENTION = re.compile(
    rf"(?:\bnăm\s+|(?<=\bđầu\s)|(?<=\d)/|(?<=\b[IVX])[/-]|(?<=\b[IVX]{{2}})[/-]|(?<=\b[IVX]{{3}})[/-]"
    rf"|(?<=\b\d)-|(?<=\b\d\d)-)(?P<y>{_YEAR})\b",
    re.I,
)
# A year compared with: 'so với năm 2023', 'bằng cùng kỳ 2023', '… của cùng kỳ năm 2024', a
# multiple of it: 'gấp 3 lần năm 2019', 'gấp đôi năm 2020', a level neared: 'xấp xỉ con số của
# cả năm 2024'; not the 'như' of 'nếu như' ('if':
# 'Nếu như năm 2000, … mới đạt … thì đến năm 2025, …').
_COMPARED = re.compile(
    r"(?:(?:so\s+với|so|(?<!nếu\s)như|bằng)\s+(?:cùng\s+kỳ\s+)?|cùng\s+kỳ\s+"
    r"|gấp\s+(?:đôi|rưỡi|\S+\s+lần)\s+"
    # a level it nears: 'xấp xỉ con số của cả năm 2024', 'gần bằng mức năm 2023'
    r"|(?:xấp\s+xỉ|gần\s+bằng|tương\s+đương|ngang(?:\s+bằng)?)\s+(?:với\s+)?(?:con\s+số|mức)"
    r"(?:\s+của)?(?:\s+cả)?\s+)(?:năm\s+)?$",
    re.I,
)
# A sentence opening on the same part of an earlier year: 'Cùng kỳ năm ngoái, con số này …',
# 'Trong cùng kỳ năm 2024, …'.
_SAME_PART_EARLIER = re.compile(
    rf"\s*(?:trong\s+|vào\s+)?cùng\s+kỳ\s+năm\s+(?:(?P<y>{_YEAR})|(?P<w>trước|ngoái))\b", re.I
)
# A sentence opening on a time, up to its first comma: 'Quý I năm ngoái, …', '6 tháng đầu năm
# 2025, …', 'Trong quý I/2025, …', 'Năm trước, …'; `part` is checked to be a period phrase.
_OPENING_TIME = re.compile(
    rf"\s*(?:(?:trong|vào)\s+)?(?P<part>[^,;.]{{0,25}}?)\s*"
    rf"(?:\bnăm\s+(?:(?P<w>nay|ngoái|trước)|(?P<y>{_YEAR}))|[/-](?P<ys>{_YEAR}))\b\s*,",
    re.I,
)
# A time written out, a part of the year (if any) then its year: 'quý I/2025', '9 tháng đầu năm
# 2024', 'năm 2023'; `part` is checked to be a period phrase.
_TIME_WRITTEN = re.compile(
    rf"(?P<part>[^,;.()]{{0,25}}?)\s*(?:\bnăm\s+|(?<=\S)[/-])(?P<y>{_YEAR})\b", re.I
)
_RELATIVE_YEAR = re.compile(r"\bnăm\s+(?P<w>nay|ngoái|trước)\b", re.I)
# A clause of its own after an amount, telling another time: '…, sau khi cả năm 2024 đạt …',
# '… trước khi …', '… khi năm 2020 …'; a year in it is not the amount's.
_ANOTHER_TIME_CLAUSE = re.compile(r"\bkhi\b", re.I)
_COMPARED_RELATIVE = re.compile(r"(?:so\s+với|so|như|bằng|cùng\s+kỳ)\s*$", re.I)
# The last month of a period: 'M1-M5' -> 5, 'M3' -> 3, 'Q2' -> 6, 'H1' -> 6.
_LAST_MONTH = re.compile(r"M(?P<m>\d{1,2})$|^Q(?P<q>[1-4])$|^H1$")
# Periods as the figures give them: 'Q3'; 'M10', 'M1-M10'.
_QUARTER_CODE = re.compile(r"Q([1-4])")
_MONTHS_CODE = re.compile(r"M(\d{1,2})(?:-M(\d{1,2}))?")
# Month counts written as words: "Hai tháng đầu năm 2024", "Mười tháng năm 2025".
_MONTH_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
# The first month alone, January: "Tháng đầu năm 2026", "tháng đầu tiên của năm"; not the
# first months, "những tháng đầu năm" (`several`), which tell no period.
# Quarters as written: "quý III", "quý 3"; a range "quý I-III" (Chinese customs' nine months).
_QUARTER = "IV|III|II|I|[1-4]"
_MONTH_WORD = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
_PERIODS = re.compile(
    r"(?P<first>\d{1,2})\s+tháng(?:\s+đầu)?(?:\s+năm)?(?!\s*(?:\d|qua|trước|tới|sau|cuối))"
    rf"|\b(?P<word>{_MONTH_WORD})\s+tháng\s+(?:đầu\b|(?=năm\s+{_YEAR}\b))"
    rf"|(?P<half>nửa\s+đầu(?:\s+năm|(?=\s+{_YEAR}\b))|nửa\s+năm\s+đầu|6\s+tháng\s+đầu)"
    r"|(?P<several>\b(?:những|các|mấy|vài)\s+)?(?P<january>(?<!\d\s)\btháng\s+đầu(?:\s+tiên)?"
    r"(?:\s+(?:của|trong))?)(?:\s+năm\b|(?=\s*$))"
    rf"|\bquý\s+(?P<qfrom>{_QUARTER})\s*[-–]\s*(?P<qto>{_QUARTER})\b(?!\s*[-–])"
    r"|\b(?P<quarters>[1-4]|hai|ba|bốn)\s+quý\s+đầu\b"
    rf"|\bquý\s+(?P<quarter>{_QUARTER})\b"
    r"|(?:từ\s+)?(?:đầu\s+năm|tháng\s+1)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<upto>\d{1,2})"
    r"|tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<upto2>\d{1,2})"
    r"|\btừ\s+tháng\s+(?P<since>\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+"
    r"(?P<until>\d{1,2})\b"
    r"|\btháng\s+(?P<from>\d{1,2})\s*[-–]\s*(?P<to>\d{1,2})\b(?!\s*/)"
    r"|\btháng\s+(?P<month>\d{1,2})\b(?!\s*[-–]\s*\d{1,2}\b)",
    re.I,
)
# Parts of a year no period code gives: the last months ('6 tháng cuối năm', 'nửa cuối năm'),
# some first months ('những tháng đầu năm'), a part of a month ('nửa đầu tháng 12', 'kỳ 1 tháng
# 12', 'tuần đầu tháng 12'). A figure of such a part is not read as of a period it is not.
_UNCODED_PART = re.compile(
    r"\b(?:(?:\d{1,2}|hai|ba|sáu)\s+tháng\s+cuối|nửa\s+cuối|nửa\s+sau"
    r"|(?:những|các|mấy|vài)\s+tháng\s+(?:đầu|cuối)"
    r"|(?:nửa\s+(?:đầu|cuối)|kỳ\s+(?:1|2|I|II|một|hai)(?:\s+của)?|tuần\s+(?:đầu|cuối|thứ\s+\S+|\d))"
    r"(?:\s+(?:của|trong))?\s+tháng\s+\d{1,2})",
    re.I,
)
# Every period phrase above holds one of these words: most sentences have none, and are
# done with at the cost of a lower-casing.
_PERIOD_WORDS = ("tháng", "quý", "nửa")
# Months counted back from the article's date: '8 tháng qua', 'tháng trước'.
_COUNTED_BACK = re.compile(r"\b(?:(?P<n>\d{1,2})\s+tháng\s+qua|tháng\s+trước)\b", re.I)
# What may stand between a year and a period phrase after it: 'năm 2025, 6 tháng đầu năm'.
_PERIOD_AFTER_YEAR = re.compile(r"\s*,?\s*(?:trong\s+)?")
_PERIOD_REACH = 30  # characters a period phrase may stand before its year ("6 tháng đầu năm 2024")
# What may join two times of a list: 'năm 2023 và 8 tháng đầu năm 2024', 'quý I/2024, quý I/2025'.
_TIMES_JOINT = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_JOINT_BEFORE = re.compile(r"\s*(?:,|và|,\s*và)\s*$", re.I)
# A day and month written before a year ('15/12/2025', '3-1-2026'): a date, not a time figures
# are of.
_DAY_AND_MONTH_BEFORE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}\s*$")


@dataclass(frozen=True, slots=True)
class Found:
    value: str | int
    start: int
    end: int


# How far before a year a comparison ('so với cùng kỳ năm ', 'gấp 3 lần năm ') or a day and
# month ('15/12/') is looked for: the longest of them is well under this.
_LOOK_BACK = 64


def _ends_before(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether `pattern` (anchored at its end with '$') matches text just before `at`; only the
    last `_LOOK_BACK` characters are read, so a long sentence costs no more per year in it."""
    return pattern.search(text, max(0, at - _LOOK_BACK), at) is not None


@dataclass(frozen=True, slots=True)
class Time:
    """A year and the part of it, one of several told in a list."""

    year: int
    period: str


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a year with no year written, one of several told in a list ('quý I và quý
    II'): of the year its figure takes."""

    period: str


def year_before(text: str) -> Found | None:
    """The last year written in `text` that is not a comparison base ('so với năm 2015')."""
    found = None
    for match in _YEAR_MENTION.finditer(text):
        if _ends_before(_COMPARED, text, match.start()):
            continue
        found = Found(int(match["y"]), match.start(), match.end())
    return found


def times_listed(text: str) -> list[Time]:
    """The times the end of `text` lists, each a year with its part, joined by ',' or 'và'
    ('… năm 2023 và 8 tháng đầu năm 2024' -> 2023 full year, 2024 M1-M8); fewer than two
    when it lists none. A part of the year stands just before its year ('8 tháng đầu năm')."""
    mentions = [
        m for m in _YEAR_MENTION.finditer(text) if not _ends_before(_COMPARED, text, m.start())
    ]
    times: list[Time] = []
    end = len(text.rstrip(" ,"))
    for mention in reversed(mentions):
        part = _period_just_before(text, mention.start())
        start = part.start if part else mention.start()
        if mention.end() != end and not (
            times and _TIMES_JOINT.fullmatch(text, mention.end(), end)
        ):
            break
        times.insert(0, Time(int(mention["y"]), str(part.value) if part else "full_year"))
        end = start
    return times


def parts_listed(text: str) -> list[Part]:
    """The parts of a year the end of `text` lists with no year, joined by ',' or 'và' ('quý I
    và quý II' -> Q1, Q2); none when it lists fewer than two."""
    phrases = [(m, _period(m)) for m in _period_phrases(text)]
    times: list[Part] = []
    end = len(text.rstrip(" ,"))
    for match, period in reversed(phrases):
        if period is None or match.end() != end:
            break
        times.insert(0, Part(period))
        joint = _JOINT_BEFORE.search(text, 0, match.start())
        if joint is None:
            break
        end = joint.start()
    return times if len(times) > 1 else []


def _period_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_PERIODS` in `text`, without running it where no period word stands."""
    lowered = text.lower()
    if not any(word in lowered for word in _PERIOD_WORDS):
        return iter(())
    return _PERIODS.finditer(text)


def one_time_named(text: str, reference: int | None) -> Time | None:
    """The one time a passage names, a year with its part, however often ('Tính chung 11 tháng
    năm 2025, tổng kim ngạch … ước đạt 839,8 tỷ USD, tăng 17,2% so với cùng kỳ năm trước.' ->
    2025, 'M1-M11'); None when it names none, two, a part of a year it does not write ('Quý I,
    …' beside 'năm 2025'), a date ('ngày 15/12/2025') or months counted back ('8 tháng qua').
    Times compared with are not named."""
    times: set[Time] = set()
    for mention in _YEAR_MENTION.finditer(text):
        if _ends_before(_COMPARED, text, mention.start()):
            continue
        if _ends_before(_DAY_AND_MONTH_BEFORE, text, mention.start()):
            return None
        part = _period_just_before(text, mention.start())
        times.add(Time(int(mention["y"]), str(part.value) if part else "full_year"))
    for relative in _RELATIVE_YEAR.finditer(text):
        if _ends_before(_COMPARED_RELATIVE, text, relative.start()):
            continue
        if reference is None:
            return None
        year = reference if relative["w"].lower() == "nay" else reference - 1
        part = _period_just_before(text, relative.start())
        times.add(Time(year, str(part.value) if part else "full_year"))
    if len(times) != 1 or _COUNTED_BACK.search(text):
        return None
    (time,) = times
    if any((period := _period(match)) and period != time.period for match in _period_phrases(text)):
        return None
    return time


def names_a_time(text: str) -> bool:
    """Whether `text` names a time figures may be of: a year, 'năm nay', a part of a year ('11
    tháng', 'quý I') or months counted back; not one compared with ('so với năm 2024',
    'so với cùng kỳ năm trước')."""
    return (
        any(not _ends_before(_COMPARED, text, m.start()) for m in _YEAR_MENTION.finditer(text))
        or any(
            not _ends_before(_COMPARED_RELATIVE, text, m.start())
            for m in _RELATIVE_YEAR.finditer(text)
        )
        or period_in(text) is not None
        or _COUNTED_BACK.search(text) is not None
    )


def _period_just_before(text: str, year_start: int) -> Found | None:
    """The period phrase right before a year ('8 tháng đầu năm 2024'), where it starts."""
    window = max(0, year_start - _PERIOD_REACH)
    before = text[window:year_start]
    for match in _period_phrases(before):
        period = _period(match)
        if period and not before[match.end() :].strip(" /-"):
            return Found(period, window + match.start(), window + match.end())
    return None


def year_after(text: str) -> Found | None:
    """A year written right after the amount ('đạt 17 tỷ USD trong năm 2016'); not one in a
    clause of its own ('đạt khoảng 51,3 tỷ USD, tăng 15,2%, sau khi cả năm 2024 đạt …')."""
    match = _YEAR_MENTION.search(text)
    if (
        not match
        or _ends_before(_COMPARED, text, match.start())
        or _ANOTHER_TIME_CLAUSE.search(text, 0, match.start())
        or match.start() > 25
    ):
        return None
    return Found(int(match["y"]), match.start(), match.end())


def relative_year(text: str, reference: int | None) -> int | None:
    """'năm nay' -> the reference year, 'năm ngoái'/'năm trước' -> the year before; not a
    comparison base ('tăng 5% so với cùng kỳ năm trước')."""
    found = relative_year_at(text, reference)
    return int(found.value) if found else None


def relative_year_at(text: str, reference: int | None) -> Found | None:
    """The last 'năm nay'/'năm ngoái' in `text` as a year, with where it stands."""
    if reference is None:
        return None
    matches = [
        m
        for m in _RELATIVE_YEAR.finditer(text)
        if not _ends_before(_COMPARED_RELATIVE, text, m.start())
    ]
    if not matches:
        return None
    last = matches[-1]
    year = reference if last["w"].lower() == "nay" else reference - 1
    return Found(year, last.start(), last.end())


def opens_on_an_earlier_year(text: str) -> bool:
    """Whether a sentence opens on the same part of an earlier year ('Cùng kỳ năm ngoái, …'):
    its figures are yardsticks, not the passage's."""
    return _SAME_PART_EARLIER.match(text) is not None


def opening_time(text: str, reference: int | None) -> Time | None:
    """The year and part of it a sentence opens on, before its first comma ('Quý I năm ngoái,
    …' -> 2025, 'Q1' on a page of 2026; 'Năm 2024, …' -> 2024, 'full_year'); None when it
    opens on something else, or on 'năm ngoái' with no `reference` year."""
    found = _OPENING_TIME.match(text)
    if found is None:
        return None
    part = found["part"]
    told = _PERIODS.fullmatch(part)
    period = (_period(told) if told else None) if part else "full_year"
    if period is None:
        return None
    written = found["y"] or found["ys"]
    if written:
        year = int(written)
    elif reference is None:
        return None
    else:
        year = reference if found["w"].lower() == "nay" else reference - 1
    return Time(year, period)


def time_written_at(text: str, start: int) -> Time | None:
    """The year and part of it written right at `start` ('quý I/2025' -> 2025, 'Q1'; '9 tháng
    đầu năm 2024' -> 2024, 'M1-M9'; 'năm 2023' -> 2023, 'full_year'); None when no time
    stands there."""
    found = _TIME_WRITTEN.match(text, start)
    if found is None:
        return None
    part = found["part"].strip()
    if not part:
        return Time(int(found["y"]), "full_year")
    told = _PERIODS.fullmatch(part)
    period = _period(told) if told else None
    return Time(int(found["y"]), period) if period else None


def looks_back_from(text: str, time: Time, reference: int | None) -> bool:
    """Whether a sentence opens on the same part of a year before `time` ('Quý I năm ngoái,
    thương mại hai nước đạt 51,6 tỷ USD.' after a figure of Q1 2026): the figure it tells is
    one to compare with, and the sentences after it go on with the figure of `time`."""
    opening = opening_time(text, reference)
    return opening is not None and opening.period == time.period and opening.year < time.year


def same_part_of_earlier_year(text: str, year: int) -> int | None:
    """The year a sentence opening on 'Cùng kỳ năm ngoái, …' ('Cùng kỳ năm 2024, …') is of,
    when the passage it goes on with is of `year`: the year before it, or the earlier year
    written; None when the sentence does not open so."""
    found = _SAME_PART_EARLIER.match(text)
    if found is None:
        return None
    earlier = int(found["y"]) if found["y"] else year - 1
    return earlier if earlier < year else None


def year_of_period(period: str, reference: date | None) -> int | None:
    """The year of a part of the year written without one ('5 tháng đầu năm', 'quý I'): the
    reference day's year (the article's date), or the year before when the part ends after the
    reference day's month."""
    if reference is None:
        return None
    last = _LAST_MONTH.search(period)
    if last is None:
        return None
    month = 3 * int(last["q"]) if last["q"] else 6 if period == "H1" else int(last["m"])
    return reference.year if month <= reference.month else reference.year - 1


def counted_back(text: str, reference: date | None) -> tuple[int, str] | None:
    """(year, period) of months counted back from the article's date (`reference`): 'tháng
    trước' is last month; 'N tháng qua' is January to month N when that is where the N months
    start, or the month or two before (on a page of September or October, '8 tháng qua'), else
    no period read (see `counts_back`). The last such phrase in
    `text`; not 'so với tháng trước', a comparison base."""
    if reference is None:
        return None
    found = None
    for match in _COUNTED_BACK.finditer(text):
        if _ends_before(_COMPARED_RELATIVE, text, match.start()):
            continue
        found = match
    if found is None:
        return None
    if found["n"] is None:
        if reference.month == 1:
            return reference.year - 1, "M12"
        return reference.year, f"M{reference.month - 1}"
    months = int(found["n"])
    # Figures come out a month or two after the months they count: '9 tháng qua' on a page of
    # November is January to September.
    if months not in (reference.month - 2, reference.month - 1, reference.month):
        return None
    period = _months_from_january(months)
    return (reference.year, period) if period else None


def counts_back(text: str) -> bool:
    """Whether `text` names months counted back ('9 tháng qua', 'tháng trước'), whether or not
    `counted_back` can tell which: a time of its own, not one to take from elsewhere."""
    return any(
        not _ends_before(_COMPARED_RELATIVE, text, m.start()) for m in _COUNTED_BACK.finditer(text)
    )


def period_in(text: str) -> Found | None:
    """The last period phrase in `text`: 'H1', 'Q1'…'Q4', 'M1-M11', 'M5' (None: no phrase)."""
    found = None
    for match in _period_phrases(text):
        period = _period(match)
        if period:
            found = Found(period, match.start(), match.end())
    return found


def of_an_uncoded_part(text: str) -> bool:
    """Whether the last time `text` tells is a part of a year no period code gives ('nửa cuối
    năm', '6 tháng cuối năm 2025', 'nửa đầu tháng 12/2025'), no later period phrase after it."""
    lowered = text.lower()
    found = list(_UNCODED_PART.finditer(text)) if "tháng" in lowered or "nửa" in lowered else []
    if not found:
        return False
    uncoded = found[-1]
    coded = period_in(text)
    return coded is None or coded.end <= uncoded.end()


def _period(match: re.Match[str]) -> str | None:
    if match["half"]:
        return "H1"
    if match["january"]:
        return None if match["several"] else "M1"
    if match["first"]:
        return _months_from_january(int(match["first"]))
    if match["word"]:
        return _months_from_january(_MONTH_WORDS[" ".join(match["word"].lower().split())])
    if match["qfrom"]:
        return _quarters(_quarter(match["qfrom"]), _quarter(match["qto"]))
    if match["quarters"]:
        count = match["quarters"].lower()
        return _months_from_january(3 * (_MONTH_WORDS.get(count) or int(count)))
    if match["quarter"]:
        return f"Q{_quarter(match['quarter'])}"
    upto = match["upto"] or match["upto2"]
    if upto:
        return _months_from_january(int(upto))
    if match["from"] or match["since"]:
        first = int(match["from"] or match["since"])
        last = int(match["to"] or match["until"])
        if 1 <= first < last <= 12:
            return _months_from_january(last) if first == 1 else f"M{first}-M{last}"
        return None
    month = int(match["month"])
    return f"M{month}" if 1 <= month <= 12 else None


def within(part: str, whole: str) -> bool:
    """Whether the period `part` is a part of the period `whole`, shorter than it: 'M10' of
    'M1-M10', 'Q2' of 'H1'; not 'M1-M11' of 'M11', nor a period of itself."""
    inner, outer = _months(part), _months(whole)
    return bool(inner and outer) and inner < outer


def month_count(period: str) -> int:
    """How many months a period spans: 'M1-M11' -> 11, 'Q1' -> 3, 'full_year' -> 12; 0 for one
    not so written."""
    return len(_months(period))


def _months(period: str) -> set[int]:
    """The months of a period: 'M4-M9' -> {4, …, 9}, 'Q2' -> {4, 5, 6}, 'H1' -> {1, …, 6},
    'full_year' -> {1, …, 12}; empty for one not so written."""
    spans = {"full_year": (1, 12), "H1": (1, 6)}
    if period in spans:
        first, last = spans[period]
    elif quarter := _QUARTER_CODE.fullmatch(period):
        first, last = 3 * int(quarter[1]) - 2, 3 * int(quarter[1])
    elif months := _MONTHS_CODE.fullmatch(period):
        first, last = int(months[1]), int(months[2] or months[1])
    else:
        return set()
    return set(range(first, last + 1))


def _quarter(numeral: str) -> int:
    """A quarter's number: 'III' -> 3, '3' -> 3."""
    return _ROMAN.get(numeral.lower()) or int(numeral)


def _quarters(first: int, last: int) -> str | None:
    """The months of quarters `first` to `last`: 'quý I-III' -> 'M1-M9', 'quý II-III' ->
    'M4-M9'; None when the range runs backwards."""
    if first >= last:
        return None
    return _months_from_january(3 * last) if first == 1 else f"M{3 * first - 2}-M{3 * last}"


def _months_from_january(last: int) -> str | None:
    if not 1 <= last <= 12:
        return None
    return {3: "Q1", 6: "H1", 12: "full_year"}.get(last, f"M1-M{last}" if last > 1 else "M1")


def period_near(
    text: str, year: Found | None, segment_start: int, default: str = "full_year"
) -> str:
    """The period a figure covers: a phrase in its own segment, or one just before its year;
    `default` when the text names none."""
    own = period_in(text[segment_start:])
    if own:
        return str(own.value)
    if year is not None:
        window_start = max(0, year.start - _PERIOD_REACH)
        near = period_in(text[window_start : year.end])
        if near:
            return str(near.value)
        after = _period_after_year(text[year.end : max(segment_start, year.end)])
        if after:
            return after
    return default


def _period_after_year(between: str) -> str | None:
    """A period phrase right after the year, before the figure's own words: 'Bước sang năm
    2025, 6 tháng đầu năm kim ngạch …' -> 'H1', or opening the clause after a colon that
    goes on from the year ('Từ đầu năm 2025, thương mại phục hồi: 10 tháng đầu năm, kim
    ngạch …' -> 'M1-M10'); None when there is none or it stands further."""
    colon = between.rfind(":")
    clauses = (between, between[colon + 1 :]) if colon >= 0 else (between,)
    for clause in clauses:
        found = _PERIOD_AFTER_YEAR.match(clause)
        period = period_in(clause[found.end() :]) if found else None
        if period and period.start == 0:
            return str(period.value)
    return None

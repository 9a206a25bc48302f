"""Sums told beside a figure that are not another figure: the base a change is measured against
('so với mức 2,16 tỷ USD của năm 2023'), and the same sum restated in dollars."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.lexicon import load_data
from extract.numbers import Amount
from extract.periods import Time, time_written_at
from extract.trade_words import approximate
from extract.types import TradeFigure

# The pieces of a comparison: the change before 'so với' ('…, tăng 9,7% '), a hedge before an
# amount ('khoảng '), and the year compared with ('năm 2023', 'năm trước').
_CHANGE_THEN_COMPARED = r"\s*,?\s*(?:(?:tăng|giảm)\b(?:[^,;:()]|,(?=\d))*?)?\bso\s+với\s+"
_HEDGE = r"(?:(?:khoảng|gần|hơn|trên)\s+)?"
_YEAR_OR_LAST = r"năm\s+(?:(?P<year>(?:19|20)\d{2})|trước|ngoái)\b"
# What opens the base's amount in brackets, the verb it may be told with first, after its year
# told again: '(', '(đạt ', '(cùng kỳ năm 2024 là ', '(năm trước đạt '.
_BRACKET_OPENING = (
    r"\(\s*(?:(?:cùng\s+kỳ\s+)?năm\s+(?P<again>(?:19|20)\d{2}|trước|ngoái)\s+(?:là|đạt)\s+"
    r"|đạt\s+)?"
)
# '…, tăng 9,7% so với mức ', ' so với ' between a figure and the amount it is compared with,
# and the year after that amount: ' của năm 2023', ' cùng kỳ năm trước'.
# How far above or below: 'nhiều', 'đáng kể' ('cao hơn nhiều so với mức ').
_BY_HOW_MUCH = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted(load_data("trade")["by_how_much"], key=len, reverse=True)
)
# ', cao hơn mức ', ', thấp hơn so với ', ', cao hơn nhiều so với ': a figure said to be above
# or below the amount after.
_ABOVE_OR_BELOW = (
    rf"\s*,?\s*(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn\s+(?:(?:(?:{_BY_HOW_MUCH})\s+)?so\s+với\s+)?"
)
# A base named by what it was: 'mức đỉnh ', 'mức kỷ lục ', 'mức cao nhất '.
_LEVEL = r"(?:mức\s+(?:(?:đỉnh|kỷ\s+lục|cao\s+nhất)\s+)?|con\s+số\s+)?"
BASE_BEFORE = re.compile(rf"(?:{_CHANGE_THEN_COMPARED}|{_ABOVE_OR_BELOW}){_LEVEL}{_HEDGE}", re.I)
# Where the words of a base start, after which a hedge is the base's own: 'so với mức khoảng ',
# 'cao hơn mức gần ' (not the 'hơn' of 'cao hơn', no hedge).
_BASE_OPENING = re.compile(r"so\s+với|(?<=\s)hơn\b", re.I)
_BASE_YEAR_AFTER = re.compile(
    rf"\s*(?:của\s+|trong\s+|vào\s+)?(?:(?P<same>cùng\s+kỳ\s+)|cả\s+)?{_YEAR_OR_LAST}", re.I
)
# An earlier year's sum told as a yardstick, right after its amount: ' của cả năm 2023', ' của
# cùng kỳ năm 2024' ('… đã vượt mức 171,9 tỷ USD của cả năm 2023').
_YARDSTICK_YEAR = re.compile(rf"\s*của\s+(?:cả\s+|cùng\s+kỳ\s+)?{_YEAR_OR_LAST}", re.I)
# What a change is measured against, up to its amount: 'so với mức ', 'cao hơn mức khoảng '.
_COMPARISON_BASE_ENDING = re.compile(
    rf"(?:\bso\s+với|\b(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn)\s+{_LEVEL}{_HEDGE}$", re.I
)
# An earlier year's sum told as the base in brackets, right before its amount: '…, tăng 4,3% so
# với năm 2024 (', 'so với cùng kỳ năm trước (khoảng '.
_BASE_IN_BRACKETS = re.compile(
    rf"\bso\s+với\s+(?:cùng\s+kỳ\s+|cả\s+)?{_YEAR_OR_LAST}\s*{_BRACKET_OPENING}{_HEDGE}$", re.I
)
# The base in brackets telling its own time first, up to its amount: '… so với cùng kỳ năm 2025
# (quý I/2025 đạt ', 'so với cùng kỳ (6 tháng đầu năm 2024 là '.
_TIMED_BASE_IN_BRACKETS = re.compile(
    rf"\bso\s+với\s+(?:cùng\s+kỳ\s+)?(?:{_YEAR_OR_LAST}\s*)?\(\s*[^()%;:,]{{2,30}}?\s+"
    rf"(?:đạt|là)\s+{_HEDGE}$",
    re.I,
)
# A clause telling what came before the figure, up to its amount: '…, sau khi cả năm 2024 đạt '.
_WHAT_CAME_BEFORE = re.compile(r"\bsau\s+khi\b[^,;:()]*$", re.I)
# What a figure passed or nears, right before its amount: 'vượt mức ', 'vượt qua con số ',
# 'tiến gần mức '.
_LEVEL_REACHED = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted(load_data("trade")["level_reached"], key=len, reverse=True)
)
_PASSED = re.compile(rf"\b(?:{_LEVEL_REACHED})\s+(?:mức|con\s+số)\s*$", re.I)
# '…, tăng 12,5% so với năm 2023 (', ' so với cùng kỳ năm trước (đạt ': the year compared with,
# then its amount in brackets.
BASE_YEAR_BEFORE = re.compile(
    rf"{_CHANGE_THEN_COMPARED}(?:(?P<same>cùng\s+kỳ\s+)|cả\s+)?{_YEAR_OR_LAST}\s*{_BRACKET_OPENING}{_HEDGE}",
    re.I,
)
# A time with its year a change is measured against ('…, tăng 28,6% so với tháng 1/2024'), then
# its amount in brackets or in a clause looking back at it, up to that amount: ' (', ', khi đó
# chỉ đạt '.
BASE_TIME_BEFORE = re.compile(
    rf"{_CHANGE_THEN_COMPARED}(?P<time>[^,;:()%]{{0,30}}?(?:/|-|\bnăm\s+)(?:19|20)\d{{2}})\s*"
    rf"(?:\(\s*(?:đạt\s+|là\s+)?|,\s*khi\s+đó\s+(?:(?:chỉ|mới)\s+)?(?:đạt|là|ở\s+mức)\s+)"
    rf"{_HEDGE}",
    re.I,
)
_BASE_TIME_ENDING = re.compile(BASE_TIME_BEFORE.pattern + "$", re.I)
# An earlier year's sum of the same trade told in a clause after the figure, up to its amount:
# ', trong khi cùng kỳ năm 2025 con số này là ', ', còn năm trước chỉ đạt khoảng '.
_EARLIER_CLAUSE = (
    r"\s*,?\s*(?:trong\s+khi|còn)\s+(?:đó\s+)?(?:(?:trong|vào)\s+)?"
    rf"(?:(?P<same>cùng\s+kỳ\s+)|cả\s+)?{_YEAR_OR_LAST}\s*,?\s*"
    r"(?:(?:con\s+số|mức|kim\s+ngạch)\s+(?:này|đó|trên)\s+)?(?:(?:chỉ|mới)\s+)?"
    rf"(?:là|đạt|ở\s+mức)\s+{_HEDGE}"
)
EARLIER_YEAR_BEFORE = re.compile(_EARLIER_CLAUSE, re.I)
_EARLIER_YEAR_ENDING = re.compile(_EARLIER_CLAUSE + "$", re.I)
# What a change is compared with, to its clause's end: 'so với cùng kỳ năm 2023', 'so với mức …',
# 'cao hơn mức … của năm 2023'; not an aside in brackets telling a year of its own: 'so với cùng
# kỳ (cả năm 2024 đạt 3,05 tỷ USD)'.
_COMPARED_WITH = re.compile(
    r"\b(?:so\s+với|(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn)\b"
    r"(?:[^,;:(]|,(?=\d)|\((?!\s*(?:cả\s+)?năm\s+(?:19|20)\d{2}\b))*",
    re.I,
)

# A bracket opened within a comparison: where an aside telling a time of its own may start.
_BRACKET = re.compile(r"\(")

# What a sentence opening on the figure before ('Con số này', 'Mức này') says of it, up to the
# amount it is measured against: ' cao hơn đáng kể so với mức ', ' tăng 14,7% so với ', ' thấp
# hơn mức khoảng '.
_SUBJECT_COMPARED = re.compile(
    r"\s*(?:[^,;:()]|,(?=\d))*?(?:\bso\s+với|\b(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn)\s+"
    rf"{_LEVEL}{_HEDGE}",
    re.I,
)
# What stands between an amount and the time it is that time's sum of: ' của ', ' trong '.
_OF_TIME = re.compile(r"\s*(?:của|trong|vào)\s+(?:cả\s+)?", re.I)

# What opens a sum restating the one before: a bracket, 'tương đương', 'quy đổi', 'tức'.
_RESTATED = re.compile(r"\s*(?:\(|,?\s*(?:tương\s+đương|quy\s+đổi|tức)(?!\w))", re.I)
# A change told right after a sum: ', tăng 21,3%', ', giảm 2% so với cùng kỳ'.
_CHANGE = r"\s*,\s*(?:tăng|giảm)\s+\d+(?:[.,]\d+)?\s*%(?:\s+so\s+với\s+cùng\s+kỳ)?"
# An earlier year's sum of the same trade in brackets right after the figure (and its change),
# as statistics are written, up to its amount: ' (năm 2023: ', ', tăng 8% (cùng kỳ năm trước là
# ', ' (cùng kỳ: khoảng '; not '(cả năm 2024 đạt ', a whole year's sum beside a part's.
EARLIER_IN_BRACKETS = re.compile(
    rf"(?:{_CHANGE})?\s*\(\s*(?=cùng|năm)(?:(?P<same>cùng\s+kỳ)\s*)?"
    r"(?:năm\s+(?:(?P<year>(?:19|20)\d{2})|trước|ngoái)\b)?"
    rf"\s*(?::|là\b|đạt\b)\s*{_HEDGE}",
    re.I,
)
# The change of the sum told before its restatement: '118,4 tỷ NDT, tăng 21,3%, tương đương …',
# '297,6 tỷ NDT, tăng 11,2% (tương đương khoảng 41,8 tỷ USD)'; a bracket after the change must
# say it restates the sum ('(năm 2023 đạt …)' is another year's).
_CHANGE_FIRST = re.compile(
    rf"{_CHANGE}(?=\s*,|\s*\(\s*(?:tương\s+đương|quy\s+đổi|tức|khoảng)(?!\w))", re.I
)
# A clause of its own restating the sum before it in dollars, after that sum's change: ',
# tăng 14,8%; tính theo đồng USD, đạt khoảng ', '; quy ra đô la Mỹ, tương đương '.
_DOLLARS_CLAUSE = re.compile(
    rf"(?:{_CHANGE})?\s*;\s*"
    r"(?:nếu\s+)?(?:tính|quy(?:\s+đổi)?)\s+(?:theo|ra|bằng|sang)\s+(?:đồng\s+)?"
    r"(?:USD|đô\s+la(?:\s+Mỹ)?)\s*,?\s*(?:thì\s+)?(?:(?:ước\s+)?(?:đạt|là|tương\s+đương)\s+)?"
    rf"{_HEDGE}",
    re.I,
)


def compared_base(text: str, amount: Amount, compared: TradeFigure) -> TradeFigure | None:
    """The figure `compared` is measured against, given by the amount ('… đạt 2,37 tỷ USD, tăng
    9,7% so với mức 2,16 tỷ USD của năm 2023', '… đạt 19,2 tỷ USD, cao hơn mức 17,5 tỷ USD của
    năm 2023', '… thấp hơn mức đỉnh 5,3 tỷ USD của năm 2021'): the same trade in the year
    named after it ('năm 2023', 'cùng kỳ năm trước'), for the same part of it when it says
    'cùng kỳ' (a year alone is a whole year's, so only a whole year's figure may name one), or
    at the earlier time written after it with its year ('… đạt 1,12 tỷ USD, tăng 6,5% so với
    mức 1,05 tỷ USD của quý I/2025'); None when that is not said."""
    before = text[: amount.start]
    openings = list(_BASE_OPENING.finditer(before))
    base = before[openings[-1].end() :] if openings else ""
    after = _BASE_YEAR_AFTER.match(text, amount.end)
    if after is None:
        return _base_at_time_after(text, amount, compared, approximate(base))
    return _base_figure(compared, amount, after, approximate(base))


def base_of_subject(
    text: str, subject_end: int, amount: Amount, compared: TradeFigure
) -> TradeFigure | None:
    """The figure `compared`, which the sentence opens on as 'con số này' (ending at
    `subject_end`), is measured against, given by the amount with its time ('Con số này cao hơn
    đáng kể so với mức 53,91 tỷ USD của quý I/2025', '… so với mức 34,3 tỷ USD của cùng kỳ năm
    2024'): the same trade at that earlier time, as `compared_base` reads it; a part of a year
    written with its year is that part's ('quý I/2025'). None when that is not said."""
    if _SUBJECT_COMPARED.fullmatch(text, subject_end, amount.start) is None:
        return None
    openings = list(_BASE_OPENING.finditer(text, subject_end, amount.start))
    hedged = approximate(text[openings[-1].end() : amount.start]) if openings else False
    compared = replace(compared, quote=text.strip())
    after = _BASE_YEAR_AFTER.match(text, amount.end)
    if after is not None:
        return _base_figure(compared, amount, after, hedged)
    return _base_at_time_after(text, amount, compared, hedged)


def _base_at_time_after(
    text: str, amount: Amount, compared: TradeFigure, hedged: bool
) -> TradeFigure | None:
    """`compared`'s trade at the earlier year's time written right after the amount as that
    time's sum ('53,91 tỷ USD của quý I/2025' -> 2025, 'Q1'); None when none is."""
    return _base_at(_time_after(text, amount), amount, compared, hedged)


def _base_at(
    time: Time | None, amount: Amount, compared: TradeFigure, hedged: bool
) -> TradeFigure | None:
    """`compared`'s trade at `time`, of the amount; None when `time` is not of an earlier year,
    or is a whole year for a part of one."""
    if time is None or amount.currency != "USD" or time.year >= compared.year:
        return None
    if time.period == "full_year" and compared.period != "full_year":
        return None
    return replace(
        compared,
        year=time.year,
        period=time.period,
        value_usd=int(amount.value),
        growth_pct=None,
        approximate=hedged,
        value=None,
        currency="USD",
    )


def base_at_time(base: re.Match[str], amount: Amount, compared: TradeFigure) -> TradeFigure | None:
    """The figure `compared` is measured against when the amount follows the time compared with,
    in brackets or in a clause looking back at it ('… đạt 2,8 tỷ USD, tăng 28,6% so với tháng
    1/2024 (1,7 tỷ USD)', '… so với tháng 1/2024, khi đó chỉ đạt 1,7 tỷ USD'): the same trade
    at that time (2024, 'M1'); None when it is not of an earlier year."""
    hedged = approximate(base[0][base.end("time") - base.start() :])
    return _base_at(time_written_at(base["time"], 0), amount, compared, hedged)


def _time_after(text: str, amount: Amount) -> Time | None:
    """The time written right after an amount as that time's sum ('53,91 tỷ USD của quý
    I/2025' -> 2025, 'Q1'); None when none is."""
    of = _OF_TIME.match(text, amount.end)
    return time_written_at(text, of.end()) if of else None


def base_in_brackets(
    base: re.Match[str], amount: Amount, compared: TradeFigure
) -> TradeFigure | None:
    """The figure `compared` is measured against when the amount follows the year in brackets
    ('… tăng 12,5% so với năm 2023 (17,6 tỷ USD)', '… so với cùng kỳ năm 2024 (cùng kỳ năm 2024
    là 148,2 tỷ USD)'), as `compared_base` reads it; None when the bracket names another year."""
    if base["again"] is not None and _year_named(base["again"], compared) != _year_named(
        base["year"] or "trước", compared
    ):
        return None
    return _base_figure(compared, amount, base, approximate(base[0][base[0].rfind("(") :]))


def _year_named(words: str, compared: TradeFigure) -> int:
    """The year 'năm 2024', 'năm trước' or 'năm ngoái' names, beside `compared`'s."""
    return int(words) if words.isdigit() else compared.year - 1


def base_told_after(
    base: re.Match[str], amount: Amount, compared: TradeFigure
) -> TradeFigure | None:
    """The figure `compared` is set against in a clause after it naming the earlier year first
    ('… nhập khẩu từ Trung Quốc 62,4 tỷ USD, trong khi cùng kỳ năm 2025 con số này là 51,3 tỷ
    USD'), as `compared_base` reads it."""
    return _base_figure(compared, amount, base, approximate(base[0]))


def _base_figure(
    compared: TradeFigure, amount: Amount, year_words: re.Match[str], hedged: bool
) -> TradeFigure | None:
    """`compared`'s trade in the year `year_words` names ('năm 2023', 'cùng kỳ năm trước'), of
    the amount; None when it is not an earlier year, or names a whole year for a part of one."""
    if amount.currency != "USD":
        return None
    year = int(year_words["year"]) if year_words["year"] else compared.year - 1
    same_part = year_words["same"] is not None
    if year >= compared.year or not (same_part or compared.period == "full_year"):
        return None
    return replace(
        compared,
        year=year,
        value_usd=int(amount.value),
        growth_pct=None,
        approximate=hedged,
        value=None,
        currency="USD",
    )


def told_as_yardstick(text: str, amounts: list[Amount], figure: TradeFigure) -> bool:
    """Whether `figure` is an earlier year's sum the sentence measures another by ('… tăng
    11,7% so với mức 34,3 tỷ USD của cùng kỳ năm 2024', '… đã vượt mức 171,9 tỷ USD của cả
    năm 2023', '… tăng 4,3% so với năm 2024 (41,8 tỷ USD)', '… so với cùng kỳ năm 2025 (quý
    I/2025 đạt 47,6 tỷ USD)') or tells as what came before it
    ('…, sau khi cả năm 2024 đạt 56,2 tỷ USD'), or sets against it after it ('…, trong khi
    cùng kỳ năm 2025 con số này là 51,3 tỷ USD'). Such a figure is not the one the sentences
    after it go on with."""
    return any(
        amount.currency == "USD"
        and int(amount.value) == figure.value_usd
        and (
            yardstick(text, amount)
            or _of_its_earlier_time(text, amount, figure)
            or _BASE_IN_BRACKETS.search(text, 0, amount.start) is not None
            or _TIMED_BASE_IN_BRACKETS.search(text, 0, amount.start) is not None
            or _BASE_TIME_ENDING.search(text, 0, amount.start) is not None
            or _WHAT_CAME_BEFORE.search(text, 0, amount.start) is not None
            or _EARLIER_YEAR_ENDING.search(text, 0, amount.start) is not None
        )
        for amount in amounts
    )


def _of_its_earlier_time(text: str, amount: Amount, figure: TradeFigure) -> bool:
    """Whether the amount is followed by the time of `figure`, a part of a year, as that time's
    sum ('53,91 tỷ USD của quý I/2025'): a yardstick as a year's is."""
    time = _time_after(text, amount)
    return (
        time is not None
        and time.period != "full_year"
        and (time.year, time.period) == (figure.year, figure.period)
        and text[amount.end :].lstrip().casefold().startswith("của")
    )


def yardstick(text: str, amount: Amount) -> bool:
    """Whether the amount is followed by the earlier year it is that year's sum of ('171,9 tỷ
    USD của cả năm 2023'), or is what a change is measured against, its year after it ('…,
    tăng 6,5% so với mức 1,05 tỷ USD cùng kỳ năm trước')."""
    if _YARDSTICK_YEAR.match(text, amount.end) is not None:
        return True
    return (
        _BASE_YEAR_AFTER.match(text, amount.end) is not None
        and _COMPARISON_BASE_ENDING.search(text, 0, amount.start) is not None
    )


def passed_yardstick(text: str, amount: Amount) -> bool:
    """'… đã vượt mức 171,9 tỷ USD của cả năm 2023', '… tiến gần mức 3,91 tỷ USD của cả năm
    2023': the amount a figure passed or nears is an earlier year's sum as it was, not an
    approximation of it ('vượt 200 tỷ USD' alone is one)."""
    return passed_level_start(text, amount) is not None


def passed_level_start(text: str, amount: Amount) -> int | None:
    """Where the words of an earlier year's sum a figure passed or nears start ('tiến gần mức'
    in '…, tiến gần mức 3,91 tỷ USD của cả năm 2023'): they tell the sum's place, not its
    trade; None when the amount is no such sum."""
    found = _PASSED.search(text, 0, amount.start)
    return found.start() if found is not None and yardstick(text, amount) else None


def is_equivalent(text: str, amount: Amount, previous_end: int) -> bool:
    """'300 tỷ NDT (khoảng 42 tỷ USD)', '30,2 tỷ NDT, tương đương khoảng 4,18 tỷ USD', its
    change told first ('118,4 tỷ NDT, tăng 21,3%, tương đương khoảng 16,6 tỷ USD'): the sum
    restates the one before it."""
    between = text[previous_end : amount.start]
    change = _CHANGE_FIRST.match(between)
    if change is not None:
        between = between[change.end() :]
    # '… từ 21,86 tỷ USD (số sơ bộ) lên 22,17 tỷ USD': a bracket closed before it is an aside;
    # '… 4,9 tỷ USD (năm 2023: 4,1 tỷ USD)': one telling a time of its own is another year's sum.
    return (
        previous_end > 0
        and bool(_RESTATED.match(between))
        and len(between) < 25
        and ")" not in between
        and EARLIER_IN_BRACKETS.fullmatch(between) is None
    )


def restated_in_dollars_clause(text: str, amount: Amount, previous_end: int) -> bool:
    """'… đạt 75,2 tỷ NDT, tăng 14,8%; tính theo đồng USD, đạt khoảng 10,5 tỷ USD, tăng 15,1%':
    the amount, in a clause of its own after the sum before it and its change, restates that
    sum in dollars."""
    return (
        previous_end > 0
        and amount.currency == "USD"
        and _DOLLARS_CLAUSE.fullmatch(text, previous_end, amount.start) is not None
    )


def restates_in_usd(figure: TradeFigure | None, amount: Amount) -> bool:
    return figure is not None and figure.value_usd is None and amount.currency == "USD"


def in_usd(figure: TradeFigure, amount: Amount, between: str, growth: float | None) -> TradeFigure:
    """'300 tỷ NDT (khoảng 42 tỷ USD)': the figure in the dollars the article converts it to."""
    return replace(
        figure,
        value_usd=int(amount.value),
        growth_pct=growth,
        value=None,
        currency="USD",
        approximate=figure.approximate or approximate(between),
    )


def without_comparisons(text: str) -> str:
    """`text` with what a change is compared with blanked out, up to its clause's end: 'năm
    2024, … tăng 9,7% so với mức 2,16 tỷ USD của năm 2023; trong đó xuất khẩu …' is of 2024."""
    return _COMPARED_WITH.sub(_blanked_comparison, text)


def _blanked_comparison(compared: re.Match[str]) -> str:
    """The comparison `compared` blanked out, up to a bracket opening on a time of its own:
    '… so với cùng kỳ năm 2025 (quý I/2025 đạt 47,6 tỷ USD)' tells that quarter's sum."""
    text, start = compared.string, compared.start()
    for bracket in _BRACKET.finditer(compared.group()):
        if time_written_at(text, start + bracket.end()) is not None:
            return " " * bracket.start() + compared.group()[bracket.start() :]
    return " " * len(compared.group())

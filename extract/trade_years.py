"""The year and the part of it a figure is of: written with it, told by the figure it goes on
with, or counted back from the article's date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.periods import (
    Found,
    counted_back,
    counts_back,
    names_a_time,
    period_in,
    period_near,
    relative_year_at,
    same_part_of_earlier_year,
    year_after,
    year_before,
    year_of_period,
)
from extract.trade_comparisons import without_comparisons
from extract.trade_context import Passage, Reading, passage
from extract.trade_sentence import Sentence
from extract.trade_words import BREAKDOWN, CLAUSE_BREAK, CLAUSE_MARK, trade_words

# A sum told as an aside in brackets, with its own time: '(cả năm 2024 đạt 3,05 tỷ USD)'.
_ASIDE_SUM = re.compile(
    r"\((?=[^()]*\d)[^()]*\b(?:USD|NDT|CNY|nhân\s+dân\s+tệ|đồng)\b[^()]*\)", re.I
)


@dataclass(frozen=True, slots=True)
class Year:
    """A figure's year and where it came from: written before the amount, in the words after
    it, another figure's, or months counted back from the article's date."""

    value: int
    written: Found | None = None
    after: str | None = None
    source: Passage | None = None
    counted: str | None = None  # the period of months counted back ('8 tháng qua')


# How far the words right after an amount that may give its own time run ('… đạt gần 93 tỷ USD
# trong 6 tháng đầu năm nay, …'), up to a clause mark.
_OWN_PHRASE_REACH = 40


def figure_year(reading: Reading) -> Year | None:
    """The year: written before the amount, just after it (not one a change is compared with:
    'Riêng tháng 3, … đạt 3,6 tỷ USD, tăng 11% so với tháng 3/2024' is of the passage's year),
    'năm nay'/'năm ngoái' (from the article's date) in the sentence, the previous figure's, the
    continued one's, that of the whole of Vietnam's trade the sentence before told ('… của cả
    nước đạt 368,5 tỷ USD. Trong đó, …'), or the one it announced ('… số liệu xuất nhập khẩu
    năm 2025. Theo đó, …'), the passage's, or else the one time the paragraph before named
    when the sentence names none up to its next amount."""
    text, start = reading.sentence.text, reading.amount.start
    reference = reading.context.reference_year
    before = without_comparisons(_without_asides(text[:start]))
    found = year_before(before)
    relative = relative_year_at(before, reference)
    # 'Năm 2022 đạt …; năm nay ước đạt …': the year written last is the figure's, and a
    # sentence's own 'năm nay' beats the year of the figure it continues ('Riêng quý I năm
    # nay, …'), but within a sentence only when written after the figure before it.
    if (
        relative
        and (found is None or relative.start > found.start)
        and (relative.start >= reading.previous_end or reading.previous is None)
    ):
        return Year(int(relative.value))
    after = CLAUSE_BREAK.split(text[reading.amount.end :], maxsplit=1)[0]
    later = year_after(without_comparisons(after))
    if found and not (later and reading.previous is not None and found.end <= reading.previous_end):
        carried = _relative_year_carried_on(reading, found, relative)
        if carried is not None:
            return Year(carried)
        return Year(int(found.value), written=found)
    if later:
        # '… năm 2023, …, còn 171,9 tỷ USD, trước khi phục hồi lên 205,2 tỷ USD năm 2024': a
        # second amount's own year, after it, beats the one written before the first.
        return Year(int(later.value), after=after[: later.end])
    own_phrase = CLAUSE_MARK.split(after, maxsplit=1)[0][:_OWN_PHRASE_REACH]
    relative_after = relative_year_at(without_comparisons(own_phrase), reference)
    if relative_after is not None and found is None:
        # '… đạt gần 93 tỷ USD trong 6 tháng đầu năm nay': the year the article's date makes
        # of 'năm nay', right after the amount in its clause.
        return Year(int(relative_after.value), after=after[: relative_after.end])
    if reading.previous is not None:
        return Year(reading.previous.year, source=passage(reading.previous))
    if reading.carried is not None:
        return _of_passage(text, reading.carried)
    whole = reading.lead.whole_told
    if whole is not None:
        # '6 tháng đầu năm 2024, tổng kim ngạch … của cả nước đạt 368,5 tỷ USD. Trong đó, kim
        # ngạch thương mại Việt Nam - Trung Quốc đạt 95,6 tỷ USD': the time of the whole.
        return Year(whole.year, source=whole)
    announced = reading.lead.time_told
    if announced is not None and reading.sentence.follows_from():
        # '… công bố số liệu xuất nhập khẩu năm 2025. Theo đó, kim ngạch … đạt 256,3 tỷ USD,
        # tăng 24,9% so với năm 2024': the year the sentence before announced.
        return Year(announced.year, source=announced)
    judged = reading.lead.time_judged
    if judged is not None:
        # '- Năm 2025 là năm tăng trưởng tốt. Theo số liệu của hải quan Trùng Khánh, thương mại
        # … đạt khoảng 2,35 tỉ USD, tăng 11% so với năm 2024': the year the sentence before
        # said how it went.
        return Year(judged.year, source=judged)
    counted = counted_back(text[reading.previous_end : start], reading.context.reference_day)
    if counted is not None:
        return Year(counted[0], counted=counted[1])
    earlier = reading.recent or reading.lead.dated
    own = text[: _next_amount_start(reading)]
    names_no_time = (
        year_before(own) is None
        and relative_year_at(own, reference) is None
        and period_in(own) is None
        and not counts_back(own)
    )
    if earlier is not None and names_no_time:
        # 'Xét theo địa phương, Quảng Tây dẫn đầu: … đạt 34,6 tỷ USD' a few sentences after
        # the article's dated figure, naming no time of its own: that figure's time. A time
        # told after a later amount is that one's ('…, khiến VN nhập siêu 13,02 tỉ USD, gần
        # gấp đôi mức 8,38 tỉ USD của năm 2023').
        return _of_passage(text, earlier)
    if earlier is not None and _same_part_named(own, earlier):
        # '… vốn đạt hơn 233 tỷ USD trong 11 tháng' after figures of the first 11 months of
        # 2025: the same part of the same year.
        return Year(earlier.year, source=earlier)
    told_before = reading.lead.paragraph_before
    paragraph_before = told_before() if told_before is not None else None
    if paragraph_before is not None and open_to_a_time(reading.sentence, len(own)):
        # 'Tính chung 11 tháng năm 2025, tổng kim ngạch … của cả nước ước đạt 839,8 tỷ USD.'
        # closing a paragraph, then '… xuất khẩu của Việt Nam sang Trung Quốc đạt 62,9 tỷ USD'
        # opening the next: the one time the paragraph before named.
        return Year(paragraph_before.year, source=paragraph_before)
    period = period_in(text[reading.previous_end : start])
    undated = year_of_period(str(period.value), reading.context.reference_day) if period else None
    return Year(undated) if undated else None


def _same_part_named(text: str, earlier: Passage) -> bool:
    """Whether `text` names, as its only time, the part of a year the passage's figure is of,
    without a year ('trong 11 tháng' after figures of 'M1-M11')."""
    period = period_in(text)
    return (
        period is not None
        and period.value == earlier.period
        and earlier.period != "full_year"
        and year_before(text) is None
        and not counts_back(text)
    )


def open_to_a_time(sentence: Sentence, end: int) -> bool:
    """Whether the sentence up to `end` names no time, nor says its sum is of every year or an
    average ('khoảng 40 tỉ USD mỗi năm'): a time told elsewhere may be its sum's."""
    every = trade_words().every_period
    return not names_a_time(sentence.text[:end]) and not sentence.has(every, 0, end)


def _relative_year_carried_on(reading: Reading, found: Found, relative: Found | None) -> int | None:
    """The year of a 'năm nay'/'năm ngoái' written after the sentence's year and taken by the
    figure before, which goes on to this one, or None: in 'Năm 2024, … đạt 41,8 tỷ USD; quý I
    năm nay đạt 10,5 tỷ USD; tính chung 4 tháng đầu năm đạt 14,3 tỷ USD' the last is of 2025."""
    previous = reading.previous
    if relative is None or previous is None:
        return None
    year = int(relative.value)
    written_between = found.end <= relative.start < reading.previous_end
    return year if written_between and previous.year == year else None


def _without_asides(text: str) -> str:
    """`text` with the sums told in brackets blanked out: the year of '… đạt 1,62 tỷ USD (cả
    năm 2024 đạt 3,05 tỷ USD); trong đó xuất khẩu …' is the aside's, not the parts'."""
    return _ASIDE_SUM.sub(lambda m: " " * len(m.group()), text)


def _next_amount_start(reading: Reading) -> int:
    """Where the sentence's next amount after the one read starts, or its end."""
    later = [a.start for a in reading.sentence.amounts if a.start > reading.amount.start]
    return min(later, default=len(reading.sentence.text))


def _of_passage(text: str, source: Passage) -> Year:
    """The year of a figure going on with the passage `source`: its year, or the year before
    for a sentence opening on 'Cùng kỳ năm ngoái, con số này chỉ là …' (the same part of it)."""
    earlier = same_part_of_earlier_year(text, source.year)
    return Year(earlier if earlier is not None else source.year, source=source)


# The whole of a year the sentence does not write: 'năm qua', 'năm vừa qua', 'cả năm' (not '10
# năm qua', years counted back, nor 'cả năm 2025', a year written).
_WHOLE_YEAR_UNWRITTEN = re.compile(
    r"(?<!\d\s)\b(?:cả\s+năm|năm\s+(?:vừa\s+)?qua)\b(?!\s*(?:\d|nay|ngoái|trước))", re.I
)


def figure_period(reading: Reading, year: Year, region_start: int) -> str:
    """The part of the year: named with the trade words, by the written year (before the
    amount or after it: 'đạt 22 tỷ USD trong 5 tháng đầu năm 2024'), else anywhere in the
    sentence's part before the amount when the year comes from elsewhere ('Riêng tháng 3,
    …', '6 tháng đầu năm nay, …'); else that of the total it is a part of ('10 tháng đầu
    năm đạt 31,2 tỷ USD, trong đó Việt Nam nhập khẩu 24,6 tỷ USD'), of the figure the year
    came from (unless the sentence says the whole year: 'năm qua', 'cả năm'), or the full
    year. What a change is compared with is not the figure's time:
    '… tăng 11,2% so với tháng 1/2025; cả năm 2025 đạt …' is of the full year."""
    before = without_comparisons(reading.sentence.text[: reading.amount.start])
    if year.counted is not None:
        return year.counted
    default = year.source.period if year.source else "full_year"
    if _WHOLE_YEAR_UNWRITTEN.search(before, region_start):
        # 'Xuất khẩu … năm qua đạt …' after a quarter's figure: the year's whole, not that part.
        default = "full_year"
    total = reading.previous
    if total is not None and total.year == year.value and _part_of_previous(reading):
        default = total.period
    if year.written is not None:
        return period_near(before, year.written, region_start, default=default)
    spans = (before[region_start:], year.after or "", before[reading.previous_end :])
    found = next((p for text in spans if (p := period_in(text))), None)
    return str(found.value) if found else default


def _part_of_previous(reading: Reading) -> bool:
    """'… đạt 31,2 tỷ USD, tăng 38%, trong đó Việt Nam nhập khẩu 24,6 tỷ USD': the amount
    is told as a part of the one before it in the sentence."""
    between = reading.sentence.text[reading.previous_end : reading.amount.start].lower()
    return BREAKDOWN in between

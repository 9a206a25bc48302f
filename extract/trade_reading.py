"""One sentence read for trade figures: each amount with its trade word, parties, year, period,
kind and growth, given what the sentences before it told."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.numbers import Amount
from extract.periods import Part, Time, of_an_uncoded_part
from extract.places import PlaceMention
from extract.trade_bilateral import bilateral_total
from extract.trade_comparisons import (
    BASE_BEFORE,
    BASE_TIME_BEFORE,
    BASE_YEAR_BEFORE,
    EARLIER_IN_BRACKETS,
    EARLIER_YEAR_BEFORE,
    base_at_time,
    base_in_brackets,
    base_of_subject,
    base_told_after,
    compared_base,
    in_usd,
    is_equivalent,
    passed_yardstick,
    restated_in_dollars_clause,
    restates_in_usd,
    without_comparisons,
)
from extract.trade_context import Context, Lead, Reading, passage
from extract.trade_growth import growth_after, growth_of
from extract.trade_kinds import figure_keyword, figure_kind
from extract.trade_national import beyond_a_province, the_pair_named
from extract.trade_parties import figure_province, province_of
from extract.trade_rankings import (
    approximate_in_turn,
    figure_in_turn,
    ranked_next,
    respective_of,
    scaled_in_turn,
)
from extract.trade_sentence import Sentence
from extract.trade_words import CLAUSE_MARK, Keyword, approximate, trade_words
from extract.trade_years import Year, figure_period, figure_year
from extract.types import NATIONAL, TradeFigure

# A figure revised: '… được điều chỉnh từ 18,3 tỷ USD lên 18,71 tỷ USD'; the old value is none.
_REVISED_FROM = re.compile(r"điều\s+chỉnh(?:\s+(?:tăng|giảm))?\s+từ\s*$", re.I)
# What is said of the old value in brackets, before the new one: '… từ 21,86 tỷ USD (số sơ bộ
# công bố đầu tháng 11) lên 22,17 tỷ USD'.
_SUPERSEDED_ASIDE = re.compile(r"\s*\([^()]*\)(?=\s*(?:lên|xuống|thành)\b)", re.I)
# A threshold passed, not the figure: '… lần đầu vượt mốc 250 tỷ USD, đạt 252,4 tỷ USD'.
_MILESTONE = re.compile(r"\bmốc\s*$", re.I)


def read_sentence(sentence: Sentence, context: Context, lead: Lead) -> list[TradeFigure]:
    """The trade figures of one sentence, each quoting it."""
    amounts = _with_currencies(sentence.amounts)
    figures: list[TradeFigure] = []
    previous: TradeFigure | None = None
    last: TradeFigure | None = None  # the figure of the amount just before, if it made one
    said: int | None = None  # where in `figures` the last one told outside brackets is
    previous_end = 0
    for amount in amounts:
        if is_equivalent(sentence.text, amount, previous_end):
            if figures and figures[-1] is previous and restates_in_usd(previous, amount):
                between = sentence.text[previous_end : amount.start]
                growth = previous.growth_pct
                if growth is None:
                    # '224 tỷ NDT (khoảng 31 tỷ USD), tăng 12%': the change follows the bracket.
                    growth = growth_after(sentence, amount.end)
                figures[-1] = previous = last = in_usd(previous, amount, between, growth)
            previous_end = amount.end
            continue
        dollars = _in_dollars_clause(sentence, amount, previous, previous_end)
        if dollars is not None and figures and figures[-1] is previous:
            figures[-1] = previous = last = dollars
            previous_end = amount.end
            continue
        if last is not None and BASE_BEFORE.fullmatch(sentence.text, previous_end, amount.start):
            # '… đạt 2,37 tỷ USD, tăng 9,7% so với mức 2,16 tỷ USD …': what it is measured against
            figure = compared_base(sentence.text, amount, last)
        elif last is not None and (
            base := BASE_YEAR_BEFORE.fullmatch(sentence.text, previous_end, amount.start)
        ):
            # '… đạt 19,8 tỷ USD, tăng 12,5% so với năm 2023 (17,6 tỷ USD)': the same, the year
            # written before its amount
            figure = base_in_brackets(base, amount, last)
        elif last is not None and (
            base := BASE_TIME_BEFORE.fullmatch(sentence.text, previous_end, amount.start)
        ):
            # '… đạt 2,8 tỷ USD, tăng 28,6% so với tháng 1/2024, khi đó chỉ đạt 1,7 tỷ USD': the
            # same, a month or part of the year written before its amount
            figure = base_at_time(base, amount, last)
        elif last is not None and (
            base := EARLIER_YEAR_BEFORE.fullmatch(sentence.text, previous_end, amount.start)
        ):
            # '… 62,4 tỷ USD, trong khi cùng kỳ năm 2025 con số này là 51,3 tỷ USD': the same,
            # set against it in a clause of its own
            figure = base_told_after(base, amount, last)
        elif (
            last is not None
            and (base := EARLIER_IN_BRACKETS.fullmatch(sentence.text, previous_end, amount.start))
            and sentence.text[amount.end :].lstrip().startswith(")")
        ):
            # '… đạt gần 4,9 tỷ USD (năm 2023: 4,1 tỷ USD)': the same trade's sum of the year
            # before, told in brackets as statistics are
            figure = base_told_after(base, amount, last)
        elif last is None and not figures and (earlier := _subject_base(sentence, amount, lead)):
            # 'Con số này cao hơn đáng kể so với mức 53,91 tỷ USD của quý I/2025.': what the
            # figure the sentence opens on is measured against
            figure = earlier
        else:
            told = None if said is None else _told_again(sentence, amount, figures[said], previous)
            if told is None:
                reading = Reading(sentence, context, amount, previous, previous_end, lead)
            else:
                told_lead = replace(lead, antecedent=told)
                reading = Reading(sentence, context, amount, told, previous_end, told_lead)
            figure = _figure(reading)
            if figure is not None and _superseded(reading, figure):
                figure = None
            previous = figure or previous
            if figure and not _in_brackets(sentence.text, amount.start):
                said = len(figures)
        previous_end = _words_end(sentence.text, amount)
        last = figure
        if figure:
            figures.append(figure)
    return figures


def _in_dollars_clause(
    sentence: Sentence, amount: Amount, previous: TradeFigure | None, previous_end: int
) -> TradeFigure | None:
    """The figure in yuan just before, restated in dollars by `amount` in a clause of its own
    ('… đạt 75,2 tỷ NDT, tăng 14,8%; tính theo đồng USD, đạt khoảng 10,5 tỷ USD, tăng 15,1%'),
    with the change told of the dollars only: the one in yuan is another; None otherwise."""
    text = sentence.text
    if previous is None or not restates_in_usd(previous, amount):
        return None
    if not restated_in_dollars_clause(text, amount, previous_end):
        return None
    between = text[previous_end : amount.start]
    return in_usd(previous, amount, between, growth_after(sentence, amount.end))


def _subject_base(sentence: Sentence, amount: Amount, lead: Lead) -> TradeFigure | None:
    """The earlier sum of the figure 'con số này' stands for that the sentence, opening on it,
    measures it against with `amount` ('Con số này cao hơn đáng kể so với mức 53,91 tỷ USD của
    quý I/2025.'), when `amount` is the sentence's first; None otherwise."""
    anaphora = sentence.figure_anaphora(amount.start)
    if lead.antecedent is None or anaphora is None or sentence.amounts[0].start != amount.start:
        return None
    return base_of_subject(sentence.text, anaphora.end, amount, lead.antecedent)


def _words_end(text: str, amount: Amount) -> int:
    """Where the words of `amount` end: past the bracket after it when it is the old value of a
    revision ('… được điều chỉnh từ 21,86 tỷ USD (số sơ bộ công bố đầu tháng 11) lên …'), whose
    month is none of the new value's; else at its end."""
    if not _REVISED_FROM.search(text, 0, amount.start):
        return amount.end
    aside = _SUPERSEDED_ASIDE.match(text, amount.end)
    return aside.end() if aside else amount.end


def _told_again(
    sentence: Sentence, amount: Amount, said: TradeFigure, previous: TradeFigure | None
) -> TradeFigure | None:
    """The figure of the sentence that 'con số này' right before `amount` stands for when the
    figure just before was told in brackets, as an aside: the last one told in the sentence's
    own words (`said`). 'Năm 2024, thương mại giữa Việt Nam và Phúc Kiến đạt 30,5 tỷ USD,
    chiếm 15% tổng kim ngạch Việt Nam - Trung Quốc (205,2 tỷ USD); 2 tháng đầu năm 2025, con
    số này đạt 7,2 tỷ USD' -> the 30,5 tỷ USD of Phúc Kiến. None otherwise."""
    anaphora = sentence.figure_anaphora(amount.start)
    if (
        anaphora is None
        or previous is said
        or anaphora.start < sentence.text.rfind(")", 0, amount.start)
    ):
        return None
    own = sentence.last_keyword(amount.start)
    return said if own is None or anaphora.start >= own.start else None


def _superseded(reading: Reading, figure: TradeFigure) -> bool:
    """Whether `figure` is the earlier value of the figure told before it in the sentence, given
    beside that revised one ('… đạt 46,3 tỷ USD, tăng 10,5% (số liệu sơ bộ công bố tháng 1 là
    45,8 tỷ USD)'): words saying so stand between the two amounts, and it is of the same
    parties, trade and year (the month it was announced in is no period of its own)."""
    revised = reading.previous
    return (
        revised is not None
        and (revised.province, revised.kind, revised.year)
        == (figure.province, figure.kind, figure.year)
        and reading.sentence.has(
            trade_words().superseded, reading.previous_end, reading.amount.start
        )
    )


def _in_brackets(text: str, position: int) -> bool:
    """Whether `position` is inside a bracket opened before it and not yet closed."""
    return text.rfind("(", 0, position) > text.rfind(")", 0, position)


def _passed_mark_told_beside(reading: Reading) -> bool:
    """'… đạt 252,4 tỷ USD, lần đầu vượt mốc 250 tỷ USD': a threshold passed by a figure the
    sentence gives, not a figure; alone ('kim ngạch năm 2024 vượt mốc 200 tỷ USD') it is the
    figure's floor, read as an approximate figure."""
    text = reading.sentence.text
    if not _MILESTONE.search(text, 0, reading.amount.start):
        return False
    return len(reading.sentence.amounts) > 1


def _of_an_uncoded_part(reading: Reading) -> bool:
    """Whether the amount's own time, before it since the amount before or right after it in
    its clause, is a part of a year no period gives ('Nửa cuối năm 2025, nhập khẩu … đạt …',
    '… đạt 8,2 tỷ USD trong nửa đầu tháng 12'): such a figure is not read."""
    text = reading.sentence.text
    amount = reading.amount
    after = CLAUSE_MARK.split(text[amount.end :], maxsplit=1)[0]
    before = without_comparisons(text[reading.previous_end : amount.start])
    return of_an_uncoded_part(before) or of_an_uncoded_part(after)


def _with_currencies(amounts: list[Amount]) -> list[Amount]:
    """Amounts whose currency is written once for several ('22,89 tỷ và 25,35 tỷ USD')."""
    result: list[Amount] = []
    for i, amount in enumerate(amounts):
        currency = amount.currency
        if currency is None:
            later = next((a.currency for a in amounts[i + 1 :] if a.currency), None)
            earlier = next((a.currency for a in reversed(amounts[:i]) if a.currency), None)
            currency = later or earlier
        if currency is not None:
            result.append(replace(amount, currency=currency))
    return result


def _figure(reading: Reading) -> TradeFigure | None:
    """One amount of a sentence read as a trade figure; None when it gives none."""
    respective = respective_of(reading.sentence, reading.amount)
    if respective is False and (referent := figure_in_turn(reading)) is not None:
        # 'Cùng kỳ năm 2024, hai con số này lần lượt là …': read as 'con số này' for each.
        lead = replace(reading.lead, antecedent=referent, carried=passage(referent))
        reading = replace(reading, previous=None, lead=lead)
        respective = True
    before = reading.sentence.text[: reading.amount.start]
    if respective is False or _REVISED_FROM.search(before) or _passed_mark_told_beside(reading):
        return None
    keyword = figure_keyword(reading)
    if isinstance(respective, Keyword):
        keyword = respective
    if keyword is None:
        if isinstance(respective, PlaceMention):
            return scaled_in_turn(reading, respective)
        return ranked_next(reading)
    if not bilateral_total(reading, keyword):
        return None
    region_start = max(keyword.start, reading.previous_end)
    if isinstance(respective, PlaceMention):
        province = province_of(respective)
    else:
        province = figure_province(reading, keyword, region_start)
    kind = figure_kind(reading, keyword)
    year = Year(respective.year) if isinstance(respective, Time) else figure_year(reading)
    if province is None or kind is None or year is None:
        return None
    if isinstance(respective, Time | Part):
        period = respective.period
    else:
        if _of_an_uncoded_part(reading):
            return None
        period = figure_period(reading, year, region_start)
    if province != NATIONAL and beyond_a_province(reading, period):
        if not the_pair_named(reading):
            return None
        province = NATIONAL
    before = reading.sentence.text[: reading.amount.start]
    value_usd = int(reading.amount.value) if reading.amount.currency == "USD" else None
    return TradeFigure(
        province=province,
        year=year.value,
        period=period,
        kind=kind,
        value_usd=value_usd,
        growth_pct=growth_of(
            reading.sentence, reading.amount, keyword, reading.previous_end, year.value, period
        ),
        approximate=(
            approximate(before[region_start:])
            and not passed_yardstick(reading.sentence.text, reading.amount)
        )
        or approximate_in_turn(reading),
        quote=reading.sentence.text.strip(),
        value=None if value_usd is not None else float(reading.amount.value),
        currency=reading.amount.currency or "USD",
    )

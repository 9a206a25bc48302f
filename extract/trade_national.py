"""Figures naming no Chinese party of a size no province trades with Vietnam: the two countries'
when the words name the pair ('Theo Đại sứ, 11 tháng năm 2024, kim ngạch thương mại song phương
đạt gần 186 tỷ USD' at a Quảng Tây troupe's concert), else no one's it can be given to."""

from __future__ import annotations

from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.periods import month_count
from extract.trade_context import Reading


def beyond_a_province(reading: Reading, period: str) -> bool:
    """Whether the amount, of a figure the sentence names no Chinese party of before it, is
    more a month than any province trades with Vietnam ('Năm 2025, kim ngạch thương mại song
    phương đạt hơn 190 tỷ USD' in a story about one province): no province's figure."""
    s, amount = reading.sentence, reading.amount
    if any(p.place.kind in ("division", "china") for p in s.parties_within(0, amount.start)):
        return False
    months = month_count(period)
    if amount.currency != "USD" or not months:
        return False
    return amount.value / months > load_data("trade")["national_usd_a_month"]


def the_pair_named(reading: Reading) -> bool:
    """Whether the words before the amount name the two parties as a pair ('song phương', 'hai
    nước', 'hai bên'): of a size no province trades, the two countries."""
    return reading.sentence.has(_pair_words(), 0, reading.amount.start)


@cache
def _pair_words() -> PhraseSet:
    """The words of extract/data/trade.toml naming the two countries as a pair."""
    return PhraseSet(load_data("trade")["national_pair"])

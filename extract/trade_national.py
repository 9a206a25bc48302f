"""Whether a figure of 'song phương', 'hai bên' naming no party, in an article about one Chinese
province, is the two countries' trade all the same: told in the words of one who speaks for a
country, and of a size no province trades with Vietnam; and whose a figure of that size naming
no party is, if anyone's."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.periods import month_count
from extract.trade_context import Reading
from extract.trade_words import Keyword, trade_words
from extract.types import NATIONAL


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


@cache
def _country_s_voice() -> re.Pattern[str]:
    """A speaker for a country and their telling: 'Theo Đại sứ, …', 'Theo ông Đại sứ Hà Vĩ, …',
    'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên cho biết …'."""
    trade, titles = load_data("trade"), load_data("titles")
    offices = "|".join(_phrase(p) for p in trade["national_speakers"])
    prefixes = "|".join(_phrase(p) for p in trade["national_speaker_prefixes"])
    verbs = "|".join(_phrase(p) for p in titles["speech_verbs"])
    office = rf"(?:(?:{prefixes})\s+)*(?:{offices})\b"
    return re.compile(
        rf"^\s*theo\s+{office}[^,;:.]{{0,80}},|\b{office}[^;:.]{{0,80}}?\s(?:{verbs})\b", re.I
    )


def told_for_the_two_countries(reading: Reading, keyword: Keyword, period: str) -> bool:
    """Whether the sentence's first amount, of trade 'song phương' or 'hai bên' with no party
    named before it, is the two countries' trade in an article about one province: told in
    the words of an ambassador, a minister, a head of government or state before the trade
    word ('Theo Đại sứ, 11 tháng năm 2024, kim ngạch thương mại song phương đạt gần 186 tỷ
    USD', at a Quảng Tây troupe's concert), and more a month than any province trades with
    Vietnam. Either alone is not enough: 'Theo Đại sứ, thương mại hai bên đạt 6,1 tỷ USD' at
    a meeting with a province's leaders is that province's."""
    s, amount = reading.sentence, reading.amount
    host = reading.context.main_province
    if host in (None, NATIONAL) or reading.context.national or reading.previous is not None:
        return False
    if s.parties_within(0, amount.start) or not s.has(trade_words().both_sides, 0, amount.start):
        return False
    voice = _country_s_voice().search(s.text, 0, keyword.start)
    months = month_count(period)
    if voice is None or amount.currency != "USD" or not months:
        return False
    return amount.value / months > load_data("trade")["national_usd_a_month"]


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

"""Who a trade figure's sentence says gave it: 'theo số liệu của Cục Hải quan Việt Nam', 'số
liệu do Hải quan Quảng Đông công bố'."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import load_data
from extract.types import TradeFigure


@cache
def _giver() -> re.Pattern[str]:
    """The words naming a giver, then its name up to a clause mark or a word of telling."""
    data = load_data("trade")
    of = "|".join(_phrase(p) for p in data["statistics_of"])
    told = "|".join(_phrase(p) for p in data["statistics_told"])
    return re.compile(
        rf"\b(?:{of})\s+(?P<name>[^,;:.()]+?)(?=\s+(?:{told})\b|\s*[,;:.()]|\s*$)", re.I
    )


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


def figure_giver(quote: str) -> str | None:
    """The name of who the sentence says gave its figures, folded: 'Theo số liệu chính thức của
    Cục Hải quan Việt Nam, năm 2024 …' -> 'cục hải quan việt nam'; None when it names none."""
    found = _giver().search(quote)
    return " ".join(found["name"].casefold().split()) if found else None


def told_by_another_giver(figure: TradeFigure, kept: TradeFigure) -> bool:
    """Whether `figure` is another giver's amount for the trade and time of `kept`, not the same
    one told again: both in dollars, of other amounts, each sentence naming its giver, and the
    givers differ ('… theo thống kê của phía Việt Nam, năm 2024 thương mại song phương đạt 205,2
    tỷ USD' and 'Theo thống kê của Hải quan Trung Quốc, con số này … khoảng 260,6 tỷ USD')."""
    if figure.value_usd is None or kept.value_usd is None or figure.value_usd == kept.value_usd:
        return False
    given, kept_given = figure_giver(figure.quote), figure_giver(kept.quote)
    return given is not None and kept_given is not None and given != kept_given

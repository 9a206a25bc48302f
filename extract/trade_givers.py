"""Who a trade figure's sentence says gave it: 'theo số liệu của Cục Hải quan Việt Nam', 'số
liệu do Hải quan Quảng Đông công bố'."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extract.lexicon import load_data
from extract.numbers import Amount, find_amounts
from extract.trade_words import CLAUSE_MARK
from extract.types import TradeFigure


@cache
def _giver() -> re.Pattern[str]:
    """The words naming a giver, then its name up to a clause mark or a word of telling; or
    'theo' and a body's name ('Theo Tổng cục Hải quan Trung Quốc, …'). The words are a name
    for statistics, what they are said to be if anything, then whose: 'số liệu của', 'theo
    số liệu sơ bộ của Cục Hải quan', 'thống kê chính thức do …'."""
    data = load_data("trade")
    words = "|".join(_phrase(p) for p in data["statistics_words"])
    qualifiers = "|".join(_phrase(p) for p in data["statistics_qualifiers"])
    whose = "|".join(_phrase(p) for p in data["statistics_of"])
    of = rf"(?:{words})(?:\s+(?:{qualifiers}))*\s+(?:{whose})"
    bodies = "|".join(_phrase(p) for p in data["statistics_bodies"])
    told = "|".join(_phrase(p) for p in data["statistics_told"])
    end = rf"(?=\s+(?:{told})\b|\s*[,;:.()]|\s*$)"
    return re.compile(
        rf"\b(?:(?:{of})\s+(?P<name>[^,;:.()]+?){end}"
        rf"|theo\s+(?P<body>(?:{bodies})\b[^,;:.()]*?){end})",
        re.I,
    )


@cache
def _contrast() -> re.Pattern[str]:
    """A sentence's opening word of contrast, up to what it sets against the figure before:
    'Trong khi đó, ', 'Còn '."""
    words = "|".join(_phrase(p) for p in load_data("trade")["statistics_contrast"])
    return re.compile(rf"\s*(?:{words})\b\s*,?\s*", re.I)


# What a giver's name may open with that a shorter naming of it leaves out: 'Tổng cục '.
_OFFICE = re.compile(r"^(?:tổng\s+)?cục\s+", re.I)


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


def _amount_giver(figure: TradeFigure) -> str | None:
    """The giver named last before the figure's amount in its sentence, folded ('… đạt 205,2
    tỷ USD; theo thống kê của phía Trung Quốc là 260,6 tỷ USD' -> 'phía trung quốc' for the
    second); when none stands before it, the sentence's first not opening another amount's
    clause ('… đạt 205,2 tỷ USD, theo số liệu của Tổng cục Hải quan'); '' when the only givers
    the sentence names open such clauses (the first of '… đạt 61,8 tỷ USD, còn theo Hải quan
    Trung Quốc đạt 66,3 tỷ USD' is told by the writer's own, unnamed one); None when it names
    none."""
    found = list(_giver().finditer(figure.quote))
    amounts = find_amounts(figure.quote)
    at = next((a.start for a in amounts if int(a.value) == figure.value_usd), None)
    before = [m for m in found if at is not None and m.start() < at]
    if before:
        return _folded(before[-1])
    own = [m for m in found if not _opens_another_amount(figure.quote, m, amounts, at)]
    if own:
        return _folded(own[0])
    return "" if found else None


def _folded(giver: re.Match[str]) -> str:
    return " ".join((giver["name"] or giver["body"]).casefold().split())


def _opens_another_amount(
    text: str, giver: re.Match[str], amounts: list[Amount], at: int | None
) -> bool:
    """Whether the giver, named after the amount at `at`, heads the clause of a later amount:
    none but words of telling between them ('…, còn theo Hải quan Trung Quốc đạt 66,3 tỷ
    USD')."""
    if at is None or giver.start() < at:
        return False
    later = next((a for a in amounts if a.start > giver.start()), None)
    return later is not None and not CLAUSE_MARK.search(text, giver.end(), later.start)


def givers_named(text: str) -> list[tuple[int, int]]:
    """Where `text` names who gave its figures, as spans of the givers' names: 'Theo số liệu
    của Hải quan Thượng Hải, …' -> the span of 'Hải quan Thượng Hải'. A place named there
    gave the figure; it is no party of the trade."""
    found = []
    for match in _giver().finditer(text):
        group = "name" if match["name"] is not None else "body"
        found.append(match.span(group))
    return found


def told_by_another_giver(
    figure: TradeFigure, kept: TradeFigure, alike: Iterable[TradeFigure] = ()
) -> bool:
    """Whether `figure` is another giver's amount for the trade and time of `kept`, not the same
    one told again: both in dollars, of other amounts, each named with its giver (in its
    sentence, or its clause: '…; theo thống kê của phía Trung Quốc là …'), and the givers
    differ ('… theo thống kê của phía Việt Nam, năm 2024 thương mại song phương đạt 205,2
    tỷ USD' and 'Theo thống kê của Hải quan Trung Quốc, con số này … khoảng 260,6 tỷ USD').
    `kept` told first with no giver (in the lead) has the giver of the same amount told again
    among `alike`, the figures of the same trade and time ('… theo số liệu vừa được Cục Hải
    quan công bố, … đạt 256,4 tỷ USD')."""
    if figure.value_usd is None or kept.value_usd is None or figure.value_usd == kept.value_usd:
        return False
    given = _amount_giver(figure)
    if given is None:
        return False
    kept_given = _amount_giver(kept)
    if kept_given is None:
        told_again = (other for other in alike if other.value_usd == kept.value_usd)
        kept_given = next((g for o in told_again if (g := _amount_giver(o)) is not None), None)
    return kept_given is not None and given != kept_given


def told_by_the_first_giver_named(figure: TradeFigure, kept: TradeFigure, before: str) -> bool:
    """Whether `figure` is another giver's amount for the trade and time of `kept`, which no one
    named gave (the writer's own): its sentence opens on setting its giver against it ('Quý
    I/2026, … đạt 61,84 tỷ USD.', then 'Trong khi đó, số liệu do Tổng cục Hải quan Trung Quốc
    công bố cho thấy … đạt 66,3 tỷ USD'), and `before`, the article up to that sentence, names
    no giver at all, nor that one in other words: so `kept` cannot be that giver's."""
    if figure.value_usd is None or kept.value_usd is None or figure.value_usd == kept.value_usd:
        return False
    opening = _contrast().match(figure.quote)
    giver = _giver().match(figure.quote, opening.end()) if opening else None
    if giver is None or _amount_giver(figure) != _folded(giver) or _amount_giver(kept) is not None:
        return False
    name = _OFFICE.sub("", _folded(giver), count=1)
    earlier = " ".join(before.casefold().split())
    return kept.quote in before and _giver().search(before) is None and name not in earlier

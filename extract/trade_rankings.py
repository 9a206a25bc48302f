"""Figures told in lists and rankings: amounts told 'lần lượt' with their trade words or
provinces, a hedge shared down such a list, and the next provinces of a ranking."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.numbers import Amount
from extract.periods import Part, Time, parts_listed, period_in, times_listed, year_before
from extract.places import PlaceMention
from extract.trade_context import Reading
from extract.trade_growth import growth_of
from extract.trade_sentence import Sentence
from extract.trade_words import IN_TURN, LIST_JOINT, Keyword, approximate, trade_words
from extract.types import NATIONAL, TradeFigure

# A clause ranking a province after another: 'Quảng Tây đứng thứ hai với …', '…, còn Giang Tô
# đạt …', 'Vân Nam, tỉnh có đường biên giới dài nhất với Việt Nam, chỉ đạt …', 'Vân Nam - tỉnh
# có đường biên giới dài với Việt Nam - chỉ đứng thứ 11 với khoảng …', and the next ones of a
# ranking with their amounts in brackets: 'Tiếp theo là Phúc Kiến (6,2 tỷ USD) và Thượng Hải
# (5,7 tỷ USD)', or its rank as a partner: 'Quảng Đông, dù không giáp biên, vẫn là đối tác cấp
# tỉnh lớn nhất với hơn 56 tỷ USD'; a sentence of its own may open on the contrast: 'Trong khi
# đó, Vân Nam, …'; or after a comma, the next of the ranking: '…, kế đến là Quảng Tây với …'.
_CLAUSE_OPENING = re.compile(
    r";\s*|,\s+(?:còn|trong\s+khi)\s+|\)\s*(?:,|và)\s*"
    r"|,\s+(?=(?:tiếp\s+theo|tiếp\s+đến|kế\s+đến|kế\s+tiếp|sau\s+đó)\s+là\s)",
    re.I,
)
_RANK_SUBJECT = re.compile(
    r"\s*(?:(?:tiếp\s+theo|tiếp\s+đến|kế\s+đến|kế\s+tiếp|sau\s+đó)\s+là\s+"
    r"|(?:đáng\s+chú\s+ý|trong\s+khi\s+đó|ngược\s+lại|trái\s+lại),\s*)?"
    r"(?:(?:tỉnh|khu\s+tự\s+trị)\s+)?(?P<place>\w)",
    re.I,
)
_RANKED = re.compile(
    r"\s*\(\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*"
    r"|(?:\s*,[^,;]{3,80},|\s+[-–][^-–,;]{3,80}\s[-–])?\s*(?:(?:chỉ|cũng)\s+)?"
    r"(?:(?:đứng|xếp)\s+(?:thứ\s+\w+|sau|tiếp\s+theo)\s*)?"
    r"(?:(?:chỉ|cũng|ước)\s+)?(?:(?:(?:vẫn|hiện|cũng|tiếp\s+tục|luôn)\s+)*là\s+"
    r"(?:đối\s+tác|địa\s+phương|bạn\s+hàng)\b[^,;]{0,40}?\s+(?=với\b))?"
    r"(?:với|đạt|là)\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*",
    re.I,
)
# Provinces said to be of another size before their amounts in turn: ', có quy mô nhỏ hơn nhiều,
# lần lượt đạt khoảng '.
_SCALE_IN_TURN = re.compile(
    r"\bquy\s+mô\s+(?:(?:còn\s+)?(?:nhỏ|lớn|khiêm\s+tốn)(?:\s+hơn)?(?:\s+(?:nhiều|đáng\s+kể))?)?"
    r"\s*,?\s*(?:với\s+kim\s+ngạch\s+)?lần\s+lượt\s+(?:đạt|là|ở\s+mức)\s*"
    r"(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*$",
    re.I,
)
# A province said to be the partner of a rank, its amount after 'với': 'Quảng Đông vẫn là đối
# tác cấp tỉnh lớn nhất với 60,8 tỷ USD'.
_PARTNER_RANKED = re.compile(
    r"\s*(?:(?:vẫn|hiện|cũng|tiếp\s+tục|luôn)\s+)*là\s+(?:đối\s+tác|bạn\s+hàng)\b[^,;]{0,40}?"
    r"\s+với\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*",
    re.I,
)
# What an amount counts when words follow it: 'đạt 50 tỷ USD kim ngạch ngoại thương'.
_COUNTED_AFTER = re.compile(
    r"\s*(?:kim\s+ngạch|xuất|nhập|thương\s+mại|ngoại\s+thương|vốn|đầu\s+tư|doanh\s+thu|GDP)",
    re.I,
)


def respective_of(
    sentence: Sentence, amount: Amount
) -> Keyword | PlaceMention | Time | Part | bool:
    """For '… xuất khẩu và nhập khẩu … lần lượt đạt 10 tỷ USD và 12 tỷ USD' (or two
    provinces, or two times: '… năm 2023 và 8 tháng đầu năm 2024 lần lượt đạt …'): the trade
    word, province or time this amount goes with; True when the sentence says no 'lần lượt'
    before it; False when the amounts cannot be paired. Each clause's 'lần lượt' pairs the
    amounts of its clause."""
    marks = [m for m in IN_TURN.finditer(sentence.text) if m.end() <= amount.start]
    if not marks:
        return True
    mark = marks[-1]  # the 'lần lượt' this amount is told after
    after = sentence.amounts_in_turn(mark.end())
    position = next((n for n, a in enumerate(after) if a.start == amount.start), None)
    clause_start = sentence.text.rfind(";", 0, mark.start()) + 1
    keywords = sentence.keywords(clause_start, mark.start())
    directed = [k for k in keywords if k.kind != "two-way"]
    divisions = [
        p for p in sentence.within(clause_start, mark.start()) if p.place.kind == "division"
    ]
    named = {p.place.name for p in divisions}
    slots: list[Keyword] | list[PlaceMention] | list[Time] | list[Part] = []
    times = _times_in_turn(sentence.text, clause_start, mark.start())
    if len(directed) == len(after) > 1 and len(named) <= 1:
        ends = [k.start for k in directed[1:]] + [mark.start()]
        slots = [replace(k, reach=end) for k, end in zip(directed, ends, strict=True)]
    elif len(divisions) == len(after) > 1 and len(directed) <= 1:
        slots = divisions
    elif (
        len(listed := _listed_last(sentence.text, divisions)) == len(after) > 1
        and len(directed) <= 1
    ):
        slots = listed
    elif len(times) == len(after) > 1 and len(directed) <= 1 and len(named) <= 1:
        slots = times
    if position is None or not slots:
        return False
    return slots[position]


def figure_in_turn(reading: Reading) -> TradeFigure | None:
    """'Cùng kỳ năm 2024, hai con số này lần lượt là 3,3 tỷ USD và 30,1 tỷ USD.' after a
    sentence telling as many figures, each of another party or trade: the figure of that
    sentence that the amount in its place goes on with; None otherwise."""
    s, figures = reading.sentence, reading.lead.in_turn
    mark = IN_TURN.search(s.text)
    if mark is None or len(figures) < 2 or s.figure_anaphora(mark.start()) is None:
        return None
    after = [a.start for a in s.amounts if a.start >= mark.end() and a.currency]
    if len(after) != len(figures) or len({(f.province, f.kind) for f in figures}) < len(after):
        return None
    return figures[after.index(reading.amount.start)] if reading.amount.start in after else None


def _listed_last(text: str, divisions: list[PlaceMention]) -> list[PlaceMention]:
    """The provinces listed last, one after another, joined only by ',' or 'và' ('thương mại
    với Giang Tô và Chiết Giang 9 tháng lần lượt đạt …'): those the amounts told in turn go
    with, not one named before as a place ('Thương vụ tại Thượng Hải: …')."""
    listed = divisions[-1:]
    for earlier in reversed(divisions[:-1]):
        if LIST_JOINT.fullmatch(text, earlier.end, listed[0].start) is None:
            break
        listed.insert(0, earlier)
    return listed


def _times_in_turn(text: str, clause_start: int, mark: int) -> list[Time] | list[Part]:
    """The times listed right before 'lần lượt' ('Kim ngạch … năm 2023 và 8 tháng đầu năm
    2024 lần lượt đạt …'), or opening its clause ('Năm 2023 và quý I/2024, kim ngạch … lần
    lượt đạt …'), or the parts of a year listed right before it with no year ('quý I và quý
    II lần lượt đạt …')."""
    times = times_listed(text[clause_start:mark])
    comma = text.find(",", clause_start, mark)
    if len(times) < 2 and comma >= 0:
        times = times_listed(text[clause_start:comma])
    # Parts of the year only ('Trong đó, quý I và quý II lần lượt đạt …'): of the figure's year.
    return times if len(times) > 1 else parts_listed(text[clause_start:mark])


def _ranked_among_the_country_s(reading: Reading) -> tuple[TradeFigure | None, int]:
    """The two countries' two-way trade told last ('Năm 2025, … đạt 280 tỷ USD'), when the
    sentence, naming no time of its own, has a clause opening on a Chinese province said to
    be the partner of a rank with its amount ('Xét theo địa phương, Quảng Đông vẫn là đối tác
    cấp tỉnh lớn nhất với 60,8 tỷ USD'): that trade, of which the province's figure is a
    part, in its time, and where the clause starts; None otherwise."""
    s, amount = reading.sentence, reading.amount
    clause = s.text.rfind(",", 0, amount.start) + 1
    base = reading.previous or reading.lead.just_before
    dated = reading.lead.dated
    if base is None and dated is not None and dated.province == NATIONAL and dated.bilateral:
        base = TradeFigure(NATIONAL, dated.year, dated.period, "two-way", None, None, False, "")
    if base is None or base.province != NATIONAL or base.kind != "two-way":
        return None, clause
    before = s.text[: amount.start]
    if year_before(before) is not None or period_in(before) is not None:
        return None, clause
    named = s.within(clause, amount.start)
    if not named or not _PARTNER_RANKED.fullmatch(s.text, named[0].end, amount.start):
        return None, clause
    return replace(base, value=None, currency="USD"), clause


def approximate_in_turn(reading: Reading) -> bool:
    """'… lần lượt đạt khoảng 2,1 tỷ USD và 1,4 tỷ USD': amounts told in turn, joined by a
    comma or 'và', share the 'khoảng' before the first."""
    previous, text = reading.previous, reading.sentence.text
    return (
        previous is not None
        and previous.approximate
        and LIST_JOINT.fullmatch(text, reading.previous_end, reading.amount.start) is not None
        and IN_TURN.search(text, 0, reading.previous_end) is not None
    )


def scaled_in_turn(reading: Reading, province: PlaceMention) -> TradeFigure | None:
    """'Vân Nam và Hải Nam có quy mô nhỏ hơn nhiều, lần lượt đạt 4,67 tỷ USD và 1,35 tỷ USD'
    after a Chinese province's trade with Vietnam: provinces said to be of a smaller (or larger)
    size, with no trade word, their amounts told in turn, give the size of their two-way trade,
    in the same time; `province` is the one the amount is paired with."""
    s, amount = reading.sentence, reading.amount
    base = _ranked_from(reading)
    if base is None or base.province == NATIONAL or amount.currency != "USD":
        return None
    first = s.amounts[0].start
    scale = _SCALE_IN_TURN.search(s.text, 0, first)
    if scale is None or province.end > scale.start() or _COUNTED_AFTER.match(s.text, amount.end):
        return None
    if s.has(trade_words().not_trade, 0, amount.start):
        return None
    figure = _the_same_trade_of(base, province.place.name, reading, s.text[scale.start() : first])
    return replace(figure, kind="two-way")


def _ranked_from(reading: Reading) -> TradeFigure | None:
    """The figure a ranking goes on from: the sentence's last, the sentence before's, or the
    last one past sentences with no sum."""
    return reading.previous or reading.lead.just_before or reading.lead.ranked_from


def _the_same_trade_of(
    base: TradeFigure, province: str, reading: Reading, hedge: str
) -> TradeFigure:
    """`base`'s trade and time for `province`, of the reading's amount, its change told after
    it, approximate when `hedge` (the words before it) says so."""
    s, amount = reading.sentence, reading.amount
    growth_from = Keyword("two-way", amount.start, amount.start)  # only its place counts
    return replace(
        base,
        province=province,
        value_usd=int(amount.value),
        growth_pct=growth_of(s, amount, growth_from, reading.previous_end),
        approximate=approximate(hedge),
        quote=s.text.strip(),
    )


def ranked_next(reading: Reading) -> TradeFigure | None:
    """'Quảng Tây đứng thứ hai với 48,5 tỷ USD, còn Giang Tô đạt 28,9 tỷ USD' after a
    province's figure ('Quảng Đông là địa phương có kim ngạch lớn nhất với Việt Nam, khoảng
    49,7 tỷ USD'): a clause opening on another Chinese province, with no trade word, only
    a rank or 'đạt' before the amount and nothing counted after it, is the same trade of
    that province, in the same time. After the two countries' two-way trade, the province
    said to be the partner of a rank ('Quảng Đông vẫn là đối tác cấp tỉnh lớn nhất với 60,8
    tỷ USD') opens such a ranking."""
    s, amount = reading.sentence, reading.amount
    base = _ranked_from(reading)
    clause = max((m.end() for m in _CLAUSE_OPENING.finditer(s.text, 0, amount.start)), default=0)
    if base is None or base.province == NATIONAL:
        base, clause = _ranked_among_the_country_s(reading)
    if base is None or amount.currency != "USD":
        return None
    subject = _RANK_SUBJECT.match(s.text, clause)
    named = s.within(clause, amount.start)
    if (
        subject is None
        or not named
        or named[0].start != subject.start("place")
        or named[0].place.kind != "division"
        or named[0].place.via_city
        or not _RANKED.fullmatch(s.text, named[0].end, amount.start)
        or _COUNTED_AFTER.match(s.text, amount.end)
        or s.has(trade_words().not_trade, 0, amount.start)
    ):
        return None
    return _the_same_trade_of(
        base, named[0].place.name, reading, s.text[named[0].end : amount.start]
    )

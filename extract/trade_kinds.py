"""A figure's trade word and its kind: two-way trade, or Vietnam's exports or imports, by who
sends to whom."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.periods import Part, Time, period_in
from extract.places import PlaceMention
from extract.trade_bilateral import plain_trade_words
from extract.trade_context import Reading
from extract.trade_markets import market_clause_start
from extract.trade_parties import (
    bare_directions_after_figure,
    clause_topic,
    opening_topic,
    province_of,
)
from extract.trade_rankings import respective_of
from extract.trade_sentence import Sentence, clause_start
from extract.trade_words import BREAKDOWN, Keyword, approximate, trade_words
from extract.types import NATIONAL, TradeKind

# After a party: "… là thị trường (lớn nhất)", "… là đối tác …": that party is the market.
_IS_THE_MARKET = re.compile(
    r"\s*(?:(?:tiếp\s+tục|vẫn|hiện|cũng|đã|luôn)\s+)*(?:là|trở\s+thành)\s+"
    r"(?:thị\s+trường|đối\s+tác|nguồn\s+cung|bạn\s+hàng)",
    re.I,
)
_PARTY_WORDS = re.compile(r"\b(?P<role>sang|vào|tới|đến|từ|của)\s+(?:thị trường\s+)?$", re.I)
# 'thị trường xuất khẩu lớn thứ hai của Việt Nam với …': a market for one side's sales.
_MARKET_FOR = re.compile(
    r"\bthị\s+trường\s+(?P<direction>xuất|nhập)\s+khẩu\b[^,;]*?(?:,\s+|\b)với\s+$", re.I
)
# Between the two parties of a pair: 'Quảng Tây và Việt Nam', 'Việt Nam với Vân Nam'.
_PAIR_JOINT = re.compile(r"\s+(?:và|với)\s+", re.I)
# After the pair, before the amount: ' đạt ', ' đã đạt khoảng '.
_REACHED = re.compile(r"\s+(?:(?:đã|cùng)\s+)?đạt\s+(?P<hedge>(?:[^\W\d]+\s+){0,2})", re.I)
# The two parties as a pair word, the whole subject of 'đạt' before the amount: 'hai bên đạt ',
# 'hai nước đã đạt khoảng '.
_PAIR_WORD_REACHED = re.compile(
    r"\s*hai\s+(?:bên|nước|phía)\s+(?:(?:đã|cùng)\s+)?đạt\s+(?P<hedge>(?:[^\W\d]+\s+){0,2})",
    re.I,
)
# Right before a party: the one a trade is with ('thương mại với tỉnh Vân Nam', 'xuất khẩu sang
# Trung Quốc'), not a side speaking.
_TRADED_WITH = re.compile(
    r"\b(?:với|sang|từ|vào)\s+(?:(?:tỉnh|khu\s+tự\s+trị|thành\s+phố|thị\s+trường|địa\s+phương)\s+)?$",
    re.I,
)
_WHOSE = re.compile(r"\bcủa\s+(?P<whose>\w+(?:\s+\w+)?)")


def vietnam_is_actor(
    sentence: Sentence, keyword: Keyword, subject_start: int, end: int
) -> bool | None:
    """Whether Vietnam is the one exporting (or importing) before position `end` (the
    amount); None when unclear.

    'Việt Nam xuất khẩu', 'xuất khẩu của Việt Nam', 'từ Việt Nam' make Vietnam the actor;
    'sang Quảng Tây'/'vào Trung Quốc' (for exports) or 'từ Quảng Tây' (for imports) make it
    the partner; otherwise the side named first in the sentence speaks.
    """
    region = max(keyword.end, subject_start)
    named = [(m.start, m.place.name == "Việt Nam") for m in sentence.within(region, end)]
    named += [(start, False) for start, _ in sentence.partner_words(region, end)]
    for start, is_vietnam in sorted(named, reverse=True):
        role = _PARTY_WORDS.search(sentence.text[region:start])
        if not role:
            continue
        word = role["role"].lower()
        if word == "của":
            return is_vietnam
        if word == "từ":
            return is_vietnam if keyword.kind == "export" else not is_vietnam
        return not is_vietnam if keyword.kind == "export" else is_vietnam
    subject = [
        p for p in sentence.within(subject_start, keyword.start) if p.place.kind != "country"
    ]
    if subject:
        return subject[-1].place.name == "Việt Nam"
    # '… trong đó Việt Nam xuất khẩu 20,1 tỷ USD, nhập khẩu 22,6 tỷ USD': the clause's
    # subject goes on acting for the amounts after it.
    clause = sentence.text.rfind(";", 0, keyword.start) + 1
    acting = [
        p
        for verb in sentence.keywords(clause, keyword.start)
        if verb.kind in ("export", "import")
        for p in sentence.within(clause, verb.start)
        if p.place.kind != "country" and not sentence.text[p.end : verb.start].strip()
    ]
    if acting:
        return acting[-1].place.name == "Việt Nam"
    for mention in sentence.within(subject_start, end):
        if mention.place.kind != "country" and _IS_THE_MARKET.match(sentence.text, mention.end):
            # 'Trung Quốc là thị trường lớn nhất với …': the market is the partner.
            return mention.place.name != "Việt Nam"
    parties = [
        p
        for p in sentence.places
        if p.place.kind in ("vietnam", "division", "china") and p.end <= end
    ]
    sides = [
        p for p in parties if not _TRADED_WITH.search(sentence.text, max(0, p.start - 40), p.start)
    ]
    if parties and not sides:
        # 'Trong đó, thương mại với tỉnh Vân Nam đạt …; trong đó xuất khẩu đạt …': the only
        # party is the one traded with; the figures are told from Vietnam's side.
        return True
    return sides[0].place.name == "Việt Nam" if sides else None


def figure_keyword(reading: Reading) -> Keyword | None:
    """The last trade word before the amount; 'con số này' after it stands for the figure
    before (with that one's kind); a list item without one takes its heading's."""
    own = _past_breakdown(reading, reading.sentence.last_keyword(reading.amount.start))
    antecedent = reading.lead.antecedent
    if antecedent is not None:
        anaphora = reading.sentence.figure_anaphora(
            reading.amount.start
        ) or reading.sentence.revision(reading.amount.start)
        if anaphora and (own is None or anaphora.start >= own.start):
            return replace(anaphora, figure_kind=antecedent.kind)
        if own is None and _part_of_the_figure_before(reading):
            return Keyword("two-way", 0, 0, figure_kind=antecedent.kind)
    elif own is None and reading.lead.partner_told is not None:
        # 'Quảng Tây là đối tác thương mại lớn nhất của Việt Nam. Năm 2024, con số này đạt …':
        # the trade with the partner the sentence before named.
        anaphora = reading.sentence.figure_anaphora(reading.amount.start)
        if anaphora is not None:
            return replace(anaphora, figure_kind="two-way")
    if own is None and (pair := _pair_reaching(reading) or _pair_before(reading)) is not None:
        return pair
    other_way = _the_other_way(reading, own)
    if other_way is not None:
        return other_way
    return own or reading.lead.heading


def _the_other_way(reading: Reading, own: Keyword | None) -> Keyword | None:
    """'… hàng Việt Nam bán sang Quảng Đông đạt 29,4 tỷ USD, còn chiều ngược lại là 32,5 tỷ
    USD': the direction opposite to the figure just before, in the sentence or (the sentence
    opening on it) the one before; None when no such words stand after the last trade word."""
    text = reading.sentence.text
    start = own.end if own is not None else 0
    other_way = _OTHER_WAY.search(text, start, reading.amount.start)
    if other_way is None:
        return None
    before = reading.previous
    if before is None and not text[: other_way.start()].strip(" ,-–"):
        before = reading.lead.just_before
    if before is None or before.kind not in _OPPOSITE:
        return None
    word, kind = _OPPOSITE[before.kind]
    return Keyword(word, other_way.start(), other_way.end(), figure_kind=kind)


# Words for the direction opposite to the one just told: 'chiều ngược lại', 'ở chiều ngược lại'.
_OTHER_WAY = re.compile(r"\b(?:(?:ở|theo)\s+)?chiều\s+ngược\s+lại\b", re.I)
# A figure's kind -> the trade word and figure kind of the other way.
_OPPOSITE: dict[str, tuple[str, TradeKind]] = {
    "vn_export": ("import", "vn_import"),
    "vn_import": ("export", "vn_export"),
}


def _part_of_the_figure_before(reading: Reading) -> bool:
    """'Riêng tháng 10 đạt 318 triệu USD.': a sentence going on with the figure before,
    naming only a part of its period and the amount, no trade word and nothing else."""
    s = reading.sentence
    before = s.text[: reading.amount.start]
    return (
        s.refers_back()
        and (reading.previous is None or _another_part(reading))
        and period_in(before) is not None
        and not s.places
        and plain_trade_words(s, 0, reading.amount.start)
    )


def _another_part(reading: Reading) -> bool:
    """A later amount of such a sentence, of a part of its own: '… quý I đạt 10,05 tỷ USD và
    quý II đạt 11,3 tỷ USD', '… quý I và quý II lần lượt đạt 10,05 tỷ USD và 11,3 tỷ USD'."""
    own = reading.sentence.text[reading.previous_end : reading.amount.start]
    in_turn = respective_of(reading.sentence, reading.amount)
    return period_in(own) is not None or isinstance(in_turn, Time | Part)


def _pair_reaching(reading: Reading) -> Keyword | None:
    """The two parties, Vietnam and the partner of the last figure of the sentence just before,
    as the whole subject of 'đạt' right before the amount, with no trade word: 'Năm 2024,
    Quảng Tây và Việt Nam đạt 41,9 tỷ USD' (or 'hai bên đạt 41,9 tỷ USD') after a figure of
    Quảng Tây's trade is that trade,
    as 'con số này' would be; a two-way keyword at the pair, None otherwise (another clause,
    another party, words between 'đạt' and the amount other than a hedge, a word of another
    sum in the sentence up to the end of the amount's clause: investment, tourism, a target)."""
    s, start, told = reading.sentence, reading.amount.start, reading.lead.just_before
    if told is None:
        return None
    clause = clause_start(s.text, start)
    parties = s.parties_within(clause, start)
    # 'Năm 2023, hai bên đạt 36,1 tỷ USD' after a figure of the two: the pair in one word.
    paired = _PAIR_WORD_REACHED.fullmatch(s.text, clause, start) if not parties else None
    if paired is not None and "nước" in paired.group().lower() and told.province != NATIONAL:
        return None  # 'hai nước' after a province's figure: the two countries, not that pair
    reached = _REACHED.fullmatch(s.text, parties[-1].end, start) if len(parties) == 2 else paired
    if reached is None or (reached["hedge"] and not approximate(reached["hedge"])):
        return None
    words = trade_words()
    ends = [e for e in (s.text.find(mark, reading.amount.end) for mark in ",;:.") if e >= 0]
    clause_end = min(ends, default=len(s.text))
    if s.has(words.not_trade, 0, clause_end) or s.has(words.target, 0, clause_end):
        # 'Quảng Tây và Việt Nam đạt 2,1 tỷ USD vốn đầu tư': another sum was reached.
        return None
    if paired is not None:
        return _pair_word_keyword(paired)
    first, second = parties
    named = {_party_name(first), _party_name(second)}
    if (
        s.text[clause : first.start].strip()
        or not _PAIR_JOINT.fullmatch(s.text, first.end, second.start)
        or named != {"Việt Nam", told.province}
    ):
        return None
    return Keyword("two-way", first.start, first.start, figure_kind="two-way")


def _pair_before(reading: Reading) -> Keyword | None:
    """The pair word an earlier amount of the sentence was read with ('Năm 2023, hai bên đạt
    36,1 tỷ USD, và năm 2024 tiếp tục tăng 16,1% lên 41,9 tỷ USD'): it goes on to the amounts
    after it, as a trade word would."""
    previous = reading.previous
    if previous is None or previous.kind != "two-way":
        return None
    pairs = list(_PAIR_WORD_REACHED.finditer(reading.sentence.text, 0, reading.previous_end))
    return _pair_word_keyword(pairs[-1]) if pairs else None


def _pair_word_keyword(pair: re.Match[str]) -> Keyword:
    """A two-way keyword where the pair word ('hai bên', 'hai nước') of `pair` starts."""
    at = pair.start() + len(pair.group()) - len(pair.group().lstrip())
    return Keyword("two-way", at, at, figure_kind="two-way")


def _party_name(mention: PlaceMention) -> str | None:
    """Vietnam, or the Chinese province (or 'Trung Quốc') a party names."""
    return "Việt Nam" if mention.place.name == "Việt Nam" else province_of(mention)


def _past_breakdown(reading: Reading, own: Keyword | None) -> Keyword | None:
    """'… đạt gần 7 tỷ USD, trong đó Việt Nam xuất khẩu 1,3 tỷ USD; 5 tháng đầu năm 2024 đạt
    2,7 tỷ USD': once a ';' has closed the breakdown ('trong đó …'), an amount with no trade
    word of its own is the total's again."""
    text = reading.sentence.text
    if own is None or text.find(";", own.end, reading.amount.start) < 0:
        return own
    opening = text.rfind(BREAKDOWN, 0, own.start)
    if opening < 0:
        return own
    return reading.sentence.last_keyword(opening) or own


def figure_kind(reading: Reading, keyword: Keyword) -> TradeKind | None:
    """two-way, or the direction of exports/imports from who sends to whom; the kind of the
    figure a word such as 'con số này' stands for."""
    if keyword.figure_kind is not None:
        return keyword.figure_kind
    if keyword.kind == "two-way":
        return _market_kind(reading, keyword) or "two-way"
    # One of several trade words told 'lần lượt' is read with its own words first
    # ('… xuất khẩu sang Việt Nam'), then with those the words share ('xuất khẩu và nhập
    # khẩu của Việt Nam với …').
    vietnam_acts = None
    topic = clause_topic(reading)
    if (topic is not None and not reading.sentence.within(topic.end, keyword.start)) or (
        opening_topic(reading, keyword) is not None
    ):
        # '…; với Quảng Đông, xuất khẩu đạt …', 'Với Hồng Kông (Trung Quốc), xuất khẩu 11 tháng
        # đạt …': the trade with the topic, from Vietnam's side.
        vietnam_acts = True
    elif keyword.reach is not None and keyword.reach < reading.amount.start:
        # Its own words start after it, even when the amount before came later ('xuất khẩu
        # sang Vân Nam và nhập khẩu từ tỉnh này lần lượt đạt …': 'từ tỉnh này' is the import's).
        own_words = min(reading.previous_end, keyword.start)
        vietnam_acts = vietnam_is_actor(reading.sentence, keyword, own_words, keyword.reach)
    if vietnam_acts is None:
        vietnam_acts = vietnam_is_actor(
            reading.sentence, keyword, reading.previous_end, reading.amount.start
        )
    if vietnam_acts is None and (
        (reading.carried is not None and reading.carried.bilateral)
        or bare_directions_after_figure(reading)
        or _breaks_down_the_total_before(reading, keyword)
    ):
        # 'Trong đó, xuất khẩu đạt …' under Vietnam's trade with a partner, or 'Xuất khẩu và
        # nhập khẩu 5 tháng lần lượt đạt …' right after it: Vietnamese news counts exports and
        # imports from Vietnam's side.
        vietnam_acts = True
    if vietnam_acts is None:
        return None
    exports = keyword.kind == "export"
    return "vn_export" if exports == vietnam_acts else "vn_import"


def _breaks_down_the_total_before(reading: Reading, keyword: Keyword) -> bool:
    """'… trao đổi hàng hóa giữa hai nước đạt 25,1 tỷ USD, trong đó xuất khẩu 6,7 tỷ USD và
    nhập khẩu 18,4 tỷ USD': the trade word is in the breakdown of a two-way figure the sentence
    gave before it, naming no place of its own."""
    s = reading.sentence
    if reading.previous is None:
        return False
    opening = s.text.casefold().rfind(BREAKDOWN, 0, keyword.start)
    return (
        opening >= 0
        and not s.within(opening, keyword.start)
        and any(k.kind == "two-way" for k in s.keywords(0, opening))
    )


def _market_kind(reading: Reading, keyword: Keyword) -> TradeKind | None:
    """'Trung Quốc là thị trường xuất khẩu lớn thứ hai của Việt Nam với kim ngạch … đạt':
    the amount is what the market's side sells there (Vietnam's exports), or buys there
    ('thị trường nhập khẩu'); a market of the Chinese side's ('Việt Nam là thị trường xuất
    khẩu lớn nhất của Quảng Tây') turns it round."""
    text = reading.sentence.text
    clause = market_clause_start(text, keyword.start)
    market = _MARKET_FOR.search(text, clause, keyword.start)
    if market is None:
        return None
    exports = market["direction"].lower() == "xuất"
    whose = _WHOSE.search(market[0])
    of_vietnam = whose is None or whose["whose"] == "Việt Nam"
    return "vn_export" if exports == of_vietnam else "vn_import"

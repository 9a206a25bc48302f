"""The parties of a figure: whether Vietnam is one, and which Chinese province (or China) is
the other."""

from __future__ import annotations

import re

from extract.periods import period_in, year_before
from extract.places import PlaceMention
from extract.text import tokenize
from extract.trade_context import Reading
from extract.trade_sentence import Sentence
from extract.trade_words import BREAKDOWN, Keyword, topic_at, trade_words
from extract.types import NATIONAL

CHINESE = ("division", "china")
# A sentence of only a time, the bare trade word and an amount: 'Hai tháng đầu năm 2025, kim
# ngạch đạt …', 'Quý I/2025, kim ngạch thương mại hai chiều ước đạt khoảng …', its change
# leading on to the amount: 'Năm 2023, kim ngạch giảm 2,1%, còn …'; a clause saying how the
# time went may come before the trade word: 'Quý III ghi nhận mức bứt phá khi kim ngạch đạt …'.
_BARE_TRADE = re.compile(
    r"\s*(?P<time>[^,;:]{4,40}?)(?:,\s*|\s+)(?:(?P<judged>[^,;:\d]{3,60}?)\s+(?:khi|với)\s+)?"
    r"(?:tổng\s+)?kim\s+ngạch(?:\s+thương\s+mại)?"
    r"(?:\s+(?:hai\s+chiều|song\s+phương))?\s+(?:(?:đã|chỉ|cũng|tiếp\s+tục)\s+)?"
    r"(?:ước\s+)?(?:đạt|là|(?:tăng|giảm)\s+\d+(?:[.,]\d+)?\s*%\s*,?\s*(?:lên|xuống|còn|đạt))\s+"
    r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?",
    re.I,
)
# The same with the time after the trade word, the sentence opening on it or on a word drawing
# what the figures before tell: 'Như vậy, kim ngạch quý I đạt …', 'Kim ngạch quý II đạt …'.
_BARE_TRADE_TIME_AFTER = re.compile(
    r"\s*(?:(?:như\s+vậy|theo\s+đó|tính\s+ra),\s*)?(?:tổng\s+)?kim\s+ngạch"
    r"(?:\s+thương\s+mại)?(?:\s+(?:hai\s+chiều|song\s+phương))?\s+(?P<time>[^,;:]{4,30}?)\s+"
    r"(?:(?:đã|chỉ|cũng|tiếp\s+tục)\s+)?(?:ước\s+)?(?:đạt|là)\s+"
    r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?",
    re.I,
)
# Between a figure (its change told) and the next clause opening on a trade word: ', tăng 15,6%; '.
_CLAUSE_AFTER = re.compile(r"(?:\s*,\s*(?:tăng|giảm)\s+\d+(?:[.,]\d+)?\s*%)?\s*[;,]\s*(?:còn\s+)?")
# A sentence opening on its directions alone, no party: 'Xuất khẩu và nhập khẩu 5 tháng lần lượt
# đạt …', 'Nhập khẩu đạt …'.
_DIRECTIONS_WORDS = r"(?:xuất\s+khẩu|nhập\s+khẩu)(?:\s+và\s+(?:xuất\s+khẩu|nhập\s+khẩu))?\b"
_BARE_DIRECTIONS = re.compile(rf"\s*{_DIRECTIONS_WORDS}", re.I)
# The same with Vietnam as their subject: 'Việt Nam xuất khẩu …', 'Phía Việt Nam xuất khẩu …, nhập
# khẩu …', 'Ta xuất khẩu …'.
_VIETNAM_S_DIRECTIONS = re.compile(
    rf"\s*(?:(?:phía|bên)\s+)?(?:Việt\s+Nam|VN|nước\s+ta|ta)\s+{_DIRECTIONS_WORDS}", re.I
)
# A share of a whole closed by ';': '…, chiếm gần 1/4 tổng kim ngạch thương mại Việt - Trung;'.
_SHARE_CLOSED = re.compile(r"\bchiếm\b[^;]*;", re.I)
# Parties said to be partners, the trade told after: '… là ba đối tác lớn nhất với kim ngạch …',
# '… là những bạn hàng chủ yếu, với kim ngạch …'.
_SAID_PARTNERS = re.compile(
    r"\s+là\s+(?:(?:các|những|hai|ba|bốn|năm|\d+)\s+)?(?:đối\s+tác|bạn\s+hàng)\b[^,;:.]{0,40}?"
    r",?\s+với\s+$",
    re.I,
)
# What may stand between 'với', 'từ', 'sang' and the party: 'thương mại với tỉnh Tứ Xuyên'.
_PARTY_PREFIX = re.compile(r"\s*(?:(?:tỉnh|thành\s+phố|khu\s+tự\s+trị|thị\s+trường)\s+)?", re.I)
# The word after a trade word with no subject that names its partner: 'xuất khẩu sang …',
# 'nhập khẩu từ …', 'kim ngạch hai chiều với …', Vietnam's side named first: 'xuất khẩu của
# Việt Nam sang …'.
_OF_VIETNAM = r"(?:của\s+(?:Việt\s+Nam|nước\s+ta)\s+)?"
_DIRECTIONS = {
    "export": re.compile(rf"\s+{_OF_VIETNAM}(?:hàng\s+hóa\s+)?sang\s", re.I),
    "import": re.compile(rf"\s+{_OF_VIETNAM}(?:hàng\s+hóa\s+)?từ\s", re.I),
    "two-way": re.compile(r"\s+(?:hai\s+chiều\s+)?với\s", re.I),
}


def province_of(mention: PlaceMention) -> str | None:
    """The province (or 'Trung Quốc') a party names; None for a city, whose trade is not its
    province's ('Thâm Quyến' is not 'Quảng Đông')."""
    if mention.place.kind == "china":
        return NATIONAL
    return None if mention.place.via_city else mention.place.name


def involves_vietnam(sentence: Sentence, start: int, end: int | None = None) -> bool:
    """Vietnam is a party: named before position `start` (the amount), or right after `end`
    ('… với Việt Nam')."""
    words = trade_words()
    # Up to the clause's end: '…, trong đó với Việt Nam đạt …' is a part of that amount.
    after = re.split(r"[,;]", sentence.text[end : end + 40])[0] if end is not None else ""
    return (
        names_vietnam(sentence, 0, start)
        or sentence.has(words.both_sides, 0, start)
        or sentence.has(words.two_countries, 0, start)
        or "Việt Nam" in after
    )


def names_vietnam(sentence: Sentence, start: int, end: int) -> bool:
    """Vietnam named in text[start:end]: 'Việt Nam', 'hàng Việt', 'nước ta', or the country by
    another of its names ('thương mại VN - Quảng Tây', 'Vietnam')."""
    return sentence.has(trade_words().vietnam_named, start, end) or any(
        p.place.name == "Việt Nam" for p in sentence.within(start, end)
    )


def figure_province(reading: Reading, keyword: Keyword, region_start: int) -> str | None:
    """The Chinese side: named with the trade words ('tỉnh bạn' for the article's own), the
    previous figure's, named earlier in the sentence, China itself, the continued figure's,
    or (unless the sentence before spoke of another partner) China for 'hai nước', the
    passage's for 'hai chiều', the article's for 'hai bên' (China's in an article about the
    two countries)."""
    s, start = reading.sentence, reading.amount.start
    in_region = [
        p
        for p in _outside_closed_shares(s, s.parties_within(region_start, start), start)
        if p.place.kind in CHINESE
    ]
    if in_region:
        return province_of(in_region[-1])
    host = reading.context.main_province
    if host not in (None, NATIONAL) and s.article_partner_words(region_start, start):
        # 'kim ngạch thương mại giữa Việt Nam và tỉnh bạn': the article's own province.
        return host
    just_named = _province_named_before(reading, keyword)
    if just_named is not None:
        return just_named
    topic = clause_topic(reading)
    if topic is not None:
        return province_of(topic)
    understood = _partner_named_before(reading, keyword)
    if understood is not None:
        return understood
    if reading.previous is not None:
        return reading.previous.province
    earlier = s.parties_within(0, start)
    divisions = [p for p in earlier if p.place.kind == "division"]
    if divisions:
        # 'Với tỉnh Hồ Bắc, nơi có thủ phủ Vũ Hán, …': the province, not its city in passing.
        named = [p for p in divisions if not p.place.via_city]
        return province_of((named or divisions)[-1])
    if any(p.place.kind == "china" for p in earlier):
        return NATIONAL
    if reading.carried is not None:
        return reading.carried.province
    words = trade_words()
    if reading.lead.elsewhere:
        return None
    if s.has(words.two_countries, 0, start):
        return NATIONAL
    if reading.recent is not None and same_parties_as_recent(reading):
        return reading.recent.province
    if partner_told_before(reading):
        return reading.lead.partner_told
    if s.has(words.both_sides, 0, start) or _the_two_countries_understood(reading):
        # 'hai bên' in an article whose headline or lead is about the two countries is them.
        return NATIONAL if reading.context.national else reading.context.main_province
    return breakdown_party(reading)


def _outside_closed_shares(
    sentence: Sentence, parties: list[PlaceMention], end: int
) -> list[PlaceMention]:
    """The parties not named as the whole of a share in a clause closed before `end`: in '…
    đạt 56 tỷ USD, chiếm 1/4 tổng kim ngạch Việt - Trung; quý I năm 2025 đạt 14 tỷ USD' the
    second amount is not China's."""
    shares = [m.span() for m in _SHARE_CLOSED.finditer(sentence.text, 0, end)]
    return [p for p in parties if not any(a <= p.start and p.end <= b for a, b in shares)]


def clause_topic(reading: Reading) -> PlaceMention | None:
    """'…; với Quảng Đông, xuất khẩu 4 tháng ước đạt …': the one Chinese party a later clause
    of the sentence opens on as its topic, when the amount is in that clause."""
    s = reading.sentence
    clause = s.text.rfind(";", 0, reading.amount.start) + 1
    if clause == 0:
        return None
    return _topic_named(s, topic_at(s.text, clause))


def _province_named_before(reading: Reading, keyword: Keyword) -> str | None:
    """'Việt Nam xuất khẩu sang Quảng Đông 12,04 tỷ USD và nhập khẩu từ tỉnh này 18,08 tỷ USD':
    the Chinese province the sentence last named before the trade word, when the trade word's
    partner is a word standing for a province ('tỉnh này', 'địa phương này', 'tỉnh bạn');
    None otherwise, and when the sentence names none."""
    s = reading.sentence
    direction = _DIRECTIONS.get(keyword.kind)
    match = direction.match(s.text, keyword.end) if direction else None
    if match is None:
        return None
    spans = s.province_words(match.end(), reading.amount.start)
    if not spans or spans[0][0] != match.end():
        return None
    named = [p for p in s.parties_within(0, keyword.start) if p.place.kind in CHINESE]
    if not named or named[-1].place.kind != "division":
        return None
    return province_of(named[-1])


def _partner_named_before(reading: Reading, keyword: Keyword) -> str | None:
    """The Chinese party a word standing for the trade word's partner refers to ('xuất khẩu
    sang thị trường này', 'nhập khẩu từ nước này'): the nearest, the last one the sentence named
    before it ('… giữa Việt Nam và Trung Quốc đạt …; nhập khẩu từ thị trường này đạt …'; None if
    that is a city); else the party of the passage's (or else the article's) last figure, unless
    the sentence before spoke only of another partner."""
    s = reading.sentence
    direction = _DIRECTIONS.get(keyword.kind)
    match = direction.match(s.text, keyword.end) if direction else None
    if match is None:
        return None
    spans = s.partner_words(match.end(), reading.amount.start)
    if not spans or spans[0][0] != match.end():
        return None
    named = [p for p in s.parties_within(0, keyword.start) if p.place.kind in CHINESE]
    if named:
        return province_of(named[-1])
    recent = reading.lead.recent or reading.lead.dated
    if recent is None or reading.lead.elsewhere:
        return None
    return recent.province


def opening_topic(reading: Reading, keyword: Keyword) -> PlaceMention | None:
    """'Với Phúc Kiến, thương mại tăng đều: …', 'Với Hồng Kông (Trung Quốc), xuất khẩu 11
    tháng đạt …': the one Chinese party the sentence opens on as its topic, when the trade
    word comes after it and no other place is named before the amount."""
    s = reading.sentence
    topic = topic_at(s.text)
    if topic is None or keyword.start < topic.end():
        return None
    named = _topic_named(s, topic)
    if named is None or s.within(topic.end(), reading.amount.start):
        return None
    return named


def _topic_named(s: Sentence, topic: re.Match[str] | None) -> PlaceMention | None:
    """The one Chinese party a topic ('Với Phúc Kiến, ') names; None if it names another or
    several. Its aside between dashes may name places, if only the party's own cities ('Quảng
    Đông - nơi tập trung các cụm sản xuất điện tử ở Thâm Quyến, Đông Quản - '), and no trade."""
    if topic is None:
        return None
    aside = topic.span("aside") if topic["aside"] else None
    named = s.parties_within(topic.start(), aside[0] if aside else topic.end())
    if len(named) != 1 or named[0].place.kind not in CHINESE:
        return None
    if aside is not None and (
        s.keywords(*aside)
        or any(p.place.name != named[0].place.name for p in s.parties_within(*aside))
    ):
        return None
    return named[0]


def _the_two_countries_understood(reading: Reading) -> bool:
    """'Năm 2000, thương mại hai chiều đạt …' in an article whose party is China: a
    bilateral word, no place in the sentence, and no passage of another party's before."""
    s = reading.sentence
    return (
        reading.context.main_province == NATIONAL
        and not s.places
        and (reading.recent is None or reading.recent.province == NATIONAL)
        and s.has(trade_words().implicit_parties, 0, reading.amount.start)
    )


def same_parties_as_recent(reading: Reading) -> bool:
    """'Trong 9 tháng, thương mại hai chiều đạt …' after a sentence that named the parties:
    a bilateral word and no party of its own, so the passage's parties hold."""
    s = reading.sentence
    if reading.recent is None:
        return False
    if bare_directions_after_figure(reading):
        return True
    return not any(p.start < reading.amount.start for p in s.places) and (
        s.has(trade_words().implicit_parties, 0, reading.amount.start)
        or _bare_trade_after_figure(reading)
    )


def bare_directions_after_figure(reading: Reading) -> bool:
    """'Xuất khẩu và nhập khẩu 5 tháng lần lượt đạt 26,3 tỷ USD và 68,3 tỷ USD' right after a
    sentence giving two-way trade with a partner: a sentence opening on the directions alone,
    naming no place, tells that trade's two sides. So does one opening on Vietnam's directions
    ('Việt Nam xuất khẩu 2,1 tỷ USD và nhập khẩu 4,75 tỷ USD'), naming no other place, when
    the amount is no more than the two-way sum: a larger one is Vietnam's trade with the world."""
    before = reading.lead.just_before
    if before is None or before.kind != "two-way":
        return False
    s = reading.sentence
    named = s.within(0, reading.amount.start)
    if _BARE_DIRECTIONS.match(s.text) is not None:
        return not named
    vietnam_s = _VIETNAM_S_DIRECTIONS.match(s.text)
    if vietnam_s is None or before.value_usd is None or reading.amount.currency != "USD":
        return False
    return (
        all(p.place.name == "Việt Nam" and p.end <= vietnam_s.end() for p in named)
        and reading.amount.value <= before.value_usd
    )


def same_trade_as_previous(reading: Reading, keyword: Keyword) -> bool:
    """'Quý I/2025, kim ngạch đạt 1,52 tỷ USD, …; riêng tháng 3 đạt 560 triệu USD': an
    amount whose trade word is that of the figure before it in the sentence, with no party
    named since, is a figure of the same parties."""
    return (
        reading.previous is not None
        and keyword.end <= reading.previous_end
        and not reading.sentence.within(reading.previous_end, reading.amount.start)
    )


def other_direction_after(reading: Reading, keyword: Keyword) -> bool:
    """'… xuất khẩu sang Trung Quốc đạt 56,4 tỷ USD, tăng 15,6%; nhập khẩu 148,9 tỷ USD': the
    other direction, bare, opening the clause after a figure of one direction in the sentence,
    is of the same parties."""
    previous = reading.previous
    if previous is None or previous.kind == "two-way" or keyword.kind == "two-way":
        return False
    s = reading.sentence
    if (keyword.kind == "export") == (previous.kind == "vn_export"):
        return False
    opening = s.text[reading.previous_end : keyword.start]
    return bool(_CLAUSE_AFTER.fullmatch(opening)) and not s.within(
        reading.previous_end, reading.amount.start
    )


def trade_partner_named(sentence: Sentence) -> str | None:
    """'Quảng Đông là đối tác thương mại lớn nhất của Việt Nam trong số các địa phương Trung
    Quốc.': the one Chinese province (or else China) a sentence names as Vietnam's trade partner
    with a trade word and no Vietnamese locality; None otherwise."""
    end = len(sentence.text)
    if sentence.last_keyword(end) is None or not names_vietnam(sentence, 0, end):
        return None
    if any(p.place.kind == "vietnam" and p.place.name != "Việt Nam" for p in sentence.places):
        return None
    chinese = [p for p in sentence.parties_within(0, end) if p.place.kind in CHINESE]
    provinces = {p.place.name for p in chinese if p.place.kind == "division"}
    if any(p.place.via_city for p in chinese) or len(provinces) > 1:
        return None
    if provinces:
        return provinces.pop()
    return NATIONAL if chinese else None


def partner_told_before(reading: Reading) -> bool:
    """'Năm 2024, tổng kim ngạch hai chiều đạt 56,2 tỷ USD.' right after a sentence naming
    Vietnam's trade partner with no figure: the first amount of a sentence naming no place
    before it, told with 'hai chiều' or 'song phương', or as 'con số này' ('Cả năm 2024, con
    số này đạt 42,3 tỷ USD'), is that partner's trade with Vietnam."""
    s, start = reading.sentence, reading.amount.start
    return (
        reading.lead.partner_told is not None
        and reading.previous is None
        and not any(p.start < start for p in s.places)
        and (
            s.has(trade_words().implicit_parties, 0, start)
            or (reading.lead.antecedent is None and s.figure_anaphora(start) is not None)
        )
    )


def _bare_trade_after_figure(reading: Reading) -> bool:
    """'Hai tháng đầu năm 2025, kim ngạch đạt 610 triệu USD.', 'Năm 2023, kim ngạch giảm 2,1%,
    còn 171,9 tỷ USD' right after a sentence giving
    two-way trade with a partner: a sentence of only its time, the bare trade word and the
    amount goes on with that trade, in a time of its own. After the amount it may name Vietnam
    alone, acting in a part of it ('8 tháng đầu năm 2026, kim ngạch đạt hơn 560 triệu USD,
    trong đó Việt Nam xuất khẩu khoảng 210 triệu USD'), not another place."""
    s, before = reading.sentence, reading.lead.just_before
    if before is None or before.kind != "two-way" or reading.previous is not None:
        return False
    bare = _BARE_TRADE.match(s.text) or _BARE_TRADE_TIME_AFTER.match(s.text)
    if bare is None or bare.end() != reading.amount.start:
        return False
    time = bare["time"]
    start = reading.amount.start
    if any(p.start < start or p.place.name != "Việt Nam" for p in s.places):
        return False
    if bare.groupdict().get("judged") and not _only_judges_the_time(bare["judged"]):
        return False
    return year_before(time) is not None or period_in(time) is not None


def _only_judges_the_time(clause: str) -> bool:
    """Whether a clause before the trade word only says how the time went ('ghi nhận mức bứt
    phá'), naming no product, gate or other sum whose figure the amount could be."""
    words = trade_words()
    judging = words.trend | words.time_verdict | words.time_judged_before_figure
    return all(token.key in judging for token in tokenize(clause) if token.is_word)


def breakdown_party(reading: Reading) -> str | None:
    """'Quý I, kim ngạch đạt 48,6 tỷ USD; trong đó Việt Nam xuất khẩu sang Trung Quốc …':
    a sentence's first amount is the total of the breakdown that follows it, whose parties
    are the total's: Vietnam and the Chinese side returned (None when it is not so)."""
    s = reading.sentence
    if reading.previous is not None or s.parties_within(0, reading.amount.start):
        return None  # the total names its own parties (a province's trade with the world)
    opening = s.text.find(BREAKDOWN, reading.amount.end)
    if opening < 0 or not names_vietnam(s, opening, len(s.text)):
        return None
    later = [p for p in s.parties_within(opening, len(s.text)) if p.place.kind in CHINESE]
    return province_of(later[0]) if later else None


def _said_to_be_partners(reading: Reading, keyword: Keyword) -> bool:
    """'Quảng Đông, Quảng Tây và Vân Nam là ba đối tác lớn nhất với kim ngạch lần lượt đạt …'
    in an article on the two countries' trade: Chinese provinces, the sentence's subject, said
    to be partners right before the trade word, are Vietnam's, when the sentence names no
    other place nor other partners."""
    s = reading.sentence
    subject = s.within(0, keyword.start)
    if not subject or any(p.place.kind != "division" for p in s.places):
        return False
    if s.has(trade_words().other_partners, 0, len(s.text)):
        return False
    said = _SAID_PARTNERS.search(s.text[: keyword.start])
    return said is not None and subject[-1].end <= said.start()


def _directed_at_the_partner_before(reading: Reading, keyword: Keyword) -> bool:
    """Trade with no subject of its own, with a Chinese party named right after the trade word,
    in a sentence naming no Vietnamese locality, and Vietnam's like the figures before it:
    exports (imports) to (from) the party of the article's last figure ('Trong khi đó, nhập
    khẩu từ Quảng Tây đạt 29,86 tỉ USD, tăng 12%' after Vietnam's exports to Quảng Tây), or
    two-way trade with a party, or under it as the sentence's topic, right after a sentence
    giving Vietnam's trade with another ('Thương mại với Tứ Xuyên năm 2024 đạt hơn 2,6 tỷ USD',
    'Với Trùng Khánh, thương mại hai chiều năm 2023 đạt 1,9 tỷ USD' after its trade with
    another province)."""
    s, dated = reading.sentence, reading.lead.dated
    if dated is None or not dated.bilateral:
        return False
    if any(p.place.kind == "vietnam" and p.place.name != "Việt Nam" for p in s.places):
        return False
    partner = _partner_right_after(s, keyword, reading.amount.start)
    if keyword.kind == "two-way" and (partner or opening_topic(reading, keyword)):
        return reading.lead.just_before is not None
    return partner is not None and province_of(partner) == dated.province


def _partner_right_after(sentence: Sentence, keyword: Keyword, end: int) -> PlaceMention | None:
    """The Chinese party right after a trade word with no subject in its clause ('nhập khẩu từ
    Quảng Tây', 'thương mại với tỉnh Tứ Xuyên'), before position `end`; None otherwise."""
    s = sentence
    clause = max(s.text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
    direction = _DIRECTIONS[keyword.kind].match(s.text, keyword.end)
    if s.within(clause, keyword.start) or direction is None:
        return None
    partners = s.parties_within(direction.end(), end)
    if not partners or partners[0].place.kind not in CHINESE:
        return None
    between = s.text[direction.end() : partners[0].start]
    return partners[0] if _PARTY_PREFIX.fullmatch(between) else None


def vietnam_understood(reading: Reading, keyword: Keyword) -> bool:
    """'…, xuất khẩu sang Hồng Kông (Trung Quốc) 11 tháng đạt …' in an article on the two
    countries' trade: exports (imports) with no subject of their own, to (from) a Chinese
    party named right after the trade word, are Vietnam's (in an article on a Vietnamese
    province they would be that province's); so is two-way trade ('hai chiều') with the
    one Chinese province the sentence names, or with the Chinese party right after it
    ('kim ngạch hai chiều với Trung Quốc trong tháng 8 là …'), and any trade with the one
    Chinese party the sentence opens on ('Với Hồng Kông (Trung Quốc), xuất khẩu …')."""
    s = reading.sentence
    if _directed_at_the_partner_before(reading, keyword):
        return True
    national = reading.context.national or reading.context.main_province == NATIONAL
    if (national or reading.context.vietnam_wide) and opening_topic(reading, keyword):
        # 'Với Chiết Giang, kim ngạch năm 2024 đạt …' in an article on Vietnam's trade with
        # several provinces: no Vietnamese locality's.
        return True
    if not national:
        return False
    if _said_to_be_partners(reading, keyword):
        return True
    if keyword.kind == "two-way" and _the_two_countries_understood(reading):
        return True
    if keyword.kind == "two-way":
        # 'Với tỉnh Hồ Bắc, …, kim ngạch hai chiều năm 2025 đạt …': two-way trade, one
        # Chinese province, in an article on the two countries' trade.
        parties = {p.place.name for p in s.parties_within(0, reading.amount.start)}
        if (
            s.has(trade_words().implicit_parties, 0, reading.amount.start)
            and len(parties) == 1
            and any(p.place.kind == "division" for p in s.within(0, reading.amount.start))
        ):
            return True
    if keyword.kind not in _DIRECTIONS:
        return False
    clause = max(s.text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
    if s.within(clause, keyword.start):
        return False
    if not _DIRECTIONS[keyword.kind].match(s.text, keyword.end):
        return False
    partners = s.within(keyword.end, reading.amount.start)
    if not partners:
        # '…, xuất khẩu sang thị trường này đạt …': the partner the passage is about.
        return _partner_named_before(reading, keyword) is not None
    return partners[0].place.kind in CHINESE

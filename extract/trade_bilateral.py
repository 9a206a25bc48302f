"""What is not Vietnam's bilateral trade with the other side: aid, investment, a goal, a sum over
years, another country's or a Vietnamese locality's trade, a product's or a border gate's."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.places import PlaceMention
from extract.text import tokenize
from extract.trade_comparisons import passed_level_start
from extract.trade_context import Reading
from extract.trade_goods_lists import goods_list_asides
from extract.trade_markets import market_of_vietnam
from extract.trade_parties import (
    CHINESE,
    breakdown_party,
    involves_vietnam,
    names_vietnam,
    other_direction_after,
    partner_told_before,
    same_parties_as_recent,
    same_trade_as_previous,
    vietnam_understood,
)
from extract.trade_sentence import VIETNAM_AND, Sentence
from extract.trade_words import Keyword, contrast_opening, topic_at, trade_words

_ROMAN_OR_NUMBER = re.compile(r"^(?:[IVX]+|\d+(?:[.,]\d+)*)$")
# What joins the two parties of a trade: 'TP.HCM và Quảng Đông', 'Lào Cai với Vân Nam', 'Lạng
# Sơn - Quảng Tây'.
_PAIR_JOINT = re.compile(r"\s*(?:và|với|[-–])\s*", re.I)
# A sum over years, not one year's trade: 'Tính từ năm 2015 đến nay, … đạt hơn 1.300 tỷ USD';
# 'Trong giai đoạn 2016-2020, tổng kim ngạch …', 'tổng kim ngạch trong 10 năm qua …'.
_SINCE_A_YEAR = re.compile(r"\btừ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+nay\b", re.I)
_OVER_YEARS = re.compile(
    r"\bgiai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}\b|\b\d+\s+năm\s+(?:qua|gần\s+đây|vừa\s+qua)\b", re.I
)
_TOTAL = re.compile(r"\btổng\b", re.I)
# The last twelve months or more, counted back: '12 tháng qua', '18 tháng gần đây'.
_MONTHS_BACK = re.compile(
    r"\b(?:1[2-9]|[2-9]\d)\s+tháng\s+(?:qua|gần\s+đây|gần\s+nhất|trở\s+lại\s+đây)\b", re.I
)
# From a month of a year to a month of a year: 'từ tháng 11/2024 đến tháng 10/2025'.
_MONTHS_ACROSS = re.compile(
    r"\btừ\s+tháng\s+\d{1,2}\s*[/.-]\s*(?P<first>(?:19|20)\d{2})\s+(?:đến|tới)\s+(?:hết\s+)?"
    r"tháng\s+\d{1,2}\s*[/.-]\s*(?P<last>(?:19|20)\d{2})\b",
    re.I,
)
# Years counted and named together: 'Tính chung hai năm 2024 – 2025, … đạt …' is their sum.
_YEARS_TOGETHER = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|mười)\s+năm\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b", re.I
)
# A turn after the figure before, opening a clause of its own: '… đạt 4,3 tỷ USD, giảm 3,5% do
# trùng kỳ nghỉ Tết, song cả năm 2024 vẫn ghi nhận mức kỷ lục …'.
_TURN = re.compile(r",\s*(?:song|nhưng|tuy\s+nhiên|còn)\s", re.I)
# What ends a clause telling how the trade went and opens one giving its figure, with no trade
# word of its own: 'Thương mại … tăng trưởng nhanh: năm 2024 đạt …', '… tăng đều trong những
# năm gần đây; 9 tháng đầu năm 2025 đạt …', '… tiếp tục tăng trưởng khá, đạt khoảng …'.
_CLAUSE_OPENING = re.compile(r"[:;]|,(?=\s*đạt\b)", re.I)
_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:19|20)\d{2})\b")
# An aside right after a party, between dashes or in brackets, with no number nor clause mark
# of its own: 'Quảng Tây và Vân Nam - hai tỉnh có chung đường biên giới - năm 2025 đạt …'.
_ASIDE = re.compile(
    r"\s+[-–—]\s+(?P<dashed>[^-–—\d,;:()]{2,80}?)\s+[-–—]\s|\s*\((?P<bracketed>[^\d,;:()]{2,80})\)"
)
# What a Chinese province is, between dashes, in words that may name Vietnam's places and
# list them: 'Vân Nam - tỉnh có chung đường biên giới với các tỉnh Lào Cai, Lai Châu … - chỉ
# đạt …'.
_DESCRIBED = re.compile(r"\s+[-–—]\s+(?P<dashed>[^-–—\d;:()]{2,160}?)\s+[-–—]\s")
# How many places an aside names before the word it names them with: 'hai tỉnh', 'một địa phương'.
_COUNT = re.compile(r"(?:hai|ba|các|những|một)\s+", re.I)


def plain_trade_words(sentence: Sentence, start: int, end: int, *, trend: bool = False) -> bool:
    """Between the trade word and the amount only words of plain bilateral trade: parties,
    periods, 'đạt khoảng'…, and a list of the goods the trade is mainly made of ('chủ yếu là
    trái cây và cà phê, năm 2024 đạt'). A product or a border gate there makes it a partial
    figure.
    With `trend`, words telling how trade went count as plain too ('tăng trưởng nhanh')."""
    words = trade_words()
    allowed = words.allowed | words.trend if trend else words.allowed
    partners = (
        sentence.article_partner_words(start, end)
        + _party_asides(sentence, start, end)
        + _whole_partner_words(sentence, start, end)
        + goods_list_asides(sentence, start, end)
        + sentence.left_out
    )
    previous = ""
    # 'Cụ thể, Giang Tô đạt …': the words linking the sentence to the one before tell no trade.
    opening = sentence.opening_end()
    tokens = sentence.tokens
    for n, token in enumerate(tokens):
        if token.start < start or token.end > end or not token.is_word or token.end <= opening:
            continue
        key = token.key
        bordering = key == "giáp" or (previous == "giáp" and key == "biên")
        previous = key
        if key in allowed or _ROMAN_OR_NUMBER.match(token.text) or bordering:
            continue  # 'hai địa phương giáp biên là …': the parties, not border trade
        following = tokens[n + 1].key if n + 1 < len(tokens) else ""
        if key in words.count_words and following in words.counted_periods:
            continue  # 'trong ba quý đầu năm 2025': the period, counted in words
        if any(p.start <= token.start and token.end <= p.end for p in sentence.places):
            continue
        if any(a <= token.start and token.end <= b for a, b in partners):
            continue
        return False
    return True


def _party_asides(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of asides saying what a party named right before them is, by a
    word for a place of China, with no trade word nor place of their own: 'hai tỉnh có chung
    đường biên giới' in 'thương mại giữa Việt Nam với Quảng Tây và Vân Nam - hai tỉnh có chung
    đường biên giới - năm 2025 đạt …'; after a province, between dashes, the places may be
    Vietnam's ('Vân Nam - tỉnh có chung đường biên giới với các tỉnh Lào Cai, Lai Châu … của
    Việt Nam - chỉ đạt …'). Their words tell no part of the trade, their places no party."""
    epithets = trade_words().china_place_epithets
    spans = []
    for place in sentence.within(start, end):
        aside = _ASIDE.match(sentence.text, place.end)
        described = place.place.kind == "division" and (aside is None or aside["dashed"])
        if described:
            aside = _DESCRIBED.match(sentence.text, place.end)
        if aside is None or aside.end() > end:
            continue
        group = "dashed" if aside["dashed"] else "bracketed"
        words = aside[group]
        count = _COUNT.match(words)
        keys = [t.key for t in tokenize(words[count.end() if count else 0 :])]
        span = (aside.start(group), aside.end(group))
        named = sentence.within(*span)
        vietnam_s = described and all(p.place.kind == "vietnam" for p in named)
        if epithets.match(keys, 0) and (not named or vietnam_s) and not sentence.keywords(*span):
            spans.append(span)
    return spans


def product_before(sentence: Sentence, limit: int) -> bool:
    """A product group as the subject of the trade word at `limit`, in its clause: 'hàng
    nông sản Việt Nam xuất sang …', 'mặt hàng rau quả xuất khẩu …' (not 'hàng hóa'), or as
    the topic a sentence opens on and singles out ('Riêng rau quả, sau ba tháng giảm, xuất
    khẩu tháng 5 đạt …': that product's exports, not Vietnam's)."""
    clause = max(sentence.text.rfind(mark, 0, limit) for mark in ",;:") + 1
    if _names_a_product(sentence, clause, limit):
        return True
    # 'Nhóm hàng rau quả, vốn là "át chủ bài" xuất khẩu sang Trung Quốc, chỉ đạt …': a
    # clause with no subject of its own goes on with the sentence's.
    subject_end = min(
        (sentence.text.find(mark) for mark in ",;:" if mark in sentence.text), default=0
    )
    # After 'Riêng', 'Đáng chú ý'… the topic is what is singled out: a product named alone
    # there is the subject ('Riêng thủy sản, …'), where any other opening may name a group of
    # people or a study ('Theo nhóm nghiên cứu, …').
    topic_start = sentence.opening_end()
    return (
        0 < subject_end < clause
        and not sentence.within(clause, limit)
        and _names_a_product(sentence, topic_start, subject_end, named_alone=topic_start > 0)
    )


def product_after(sentence: Sentence, end: int) -> bool:
    """A product group named right after the amount ending at `end`, as what the sum is of:
    'xuất khẩu sang Trung Quốc khoảng 3 tỷ USD sầu riêng', '… 1,2 tỷ USD hàng rau quả' (not
    'hàng hóa', goods in general)."""
    following = [t for t in sentence.tokens if t.start >= end][:2]
    if not following or not following[0].is_word:
        return False
    keys = [t.key for t in following if t.is_word]
    if keys[0] == "hàng":
        return len(keys) > 1 and _hang_names_a_product(keys[1])
    return trade_words().products.match(keys, 0) is not None


def _hang_names_a_product(following: str) -> bool:
    """Whether 'hàng' before the word keyed `following` names a product group: 'hàng rau quả',
    'hàng dệt may'; not goods in general ('hàng hóa'), every month ('hàng tháng') or a rank
    ('hàng đầu')."""
    return following not in trade_words().not_products_after_hang


def _names_a_product(sentence: Sentence, start: int, end: int, *, named_alone: bool = True) -> bool:
    """A product group named between `start` and `end`: 'hàng rau quả', and with
    `named_alone` 'nhóm nông sản', 'sầu riêng' (not 'hàng hóa': goods in general)."""
    # A place's name is no product's: 'Theo số liệu của Hải quan Hàng Châu, …'.
    keys = [
        t.key
        for t in sentence.tokens
        if start <= t.start and t.end <= end and t.is_word and not _in_a_place(sentence, t.start)
    ]
    return any(
        key == "hàng" and _hang_names_a_product(next_key) for key, next_key in pairwise(keys)
    ) or (named_alone and any(trade_words().products.found_in(keys)))


def _in_a_place(sentence: Sentence, offset: int) -> bool:
    """Whether the word at `offset` is part of a place's name ('Hàng' in 'Hải quan Hàng Châu')."""
    return any(p.start <= offset < p.end for p in sentence.places)


def _with_other_partners(sentence: Sentence, start: int, end: int) -> bool:
    """Whether text[start:end] names other partners than the two sides ('với thế giới', 'của
    toàn tỉnh'); not the whole of a province named right after Vietnam as the other party
    ('giữa Việt Nam và toàn tỉnh Phúc Kiến': that province's trade with Vietnam)."""
    wholes = _whole_partner_words(sentence, start, end)
    return any(span not in wholes for span in _other_partner_words(sentence, start, end))


def _other_partner_words(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of the words of `other_partners`: 'thế giới', 'toàn tỉnh'."""
    others = trade_words().other_partners
    spans = []
    for i, token in enumerate(sentence.tokens):
        match = others.match(sentence.keys, i) if start <= token.start < end else None
        if match is not None and sentence.tokens[i + match[0] - 1].end <= end:
            spans.append((token.start, sentence.tokens[i + match[0] - 1].end))
    return spans


def _whole_partner_words(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of words for a whole province ('toàn tỉnh') between Vietnam as
    one party and a Chinese place's name as the other: 'Việt Nam và toàn tỉnh Phúc Kiến',
    'Việt Nam với toàn Khu tự trị Quảng Tây'; the words name that province, as against one of
    its cities, not its trade with the world."""
    wholes = trade_words().whole_partner
    spans = []
    for first, last in _other_partner_words(sentence, start, end):
        keys = tuple(t.key for t in sentence.tokens if first <= t.start and t.end <= last)
        named = any(
            p.place.kind in CHINESE
            and first < p.start <= last + 1
            and not sentence.text[last : p.start].strip()
            for p in sentence.places
        )
        if keys in wholes and named and VIETNAM_AND.search(sentence.text, 0, first):
            spans.append((first, last))
    return spans


# A trade word naming contracts, not trade done: 'ký 5 hợp đồng thương mại với tổng giá trị …'.
_CONTRACT_BEFORE = re.compile(r"\bhợp\s+đồng\s*$", re.I)
_LOOK_BACK = 20


def bilateral_total(reading: Reading, keyword: Keyword) -> bool:
    """Not aid, GDP, investment, a target, a share, a sum over years, trade with others, a
    Vietnamese province's trade, a product's or a border gate's: Vietnam's trade with the
    other side."""
    words = trade_words()
    s, start = reading.sentence, reading.amount.start
    region_start = max(keyword.start, reading.previous_end)
    clause_start = max(s.text.rfind(";", 0, start) + 1, _contrasted_clause(reading, keyword))
    asides = _party_asides(s, region_start, start)
    region_places = [
        p
        for p in s.within(region_start, start)
        if not any(a <= p.start and p.end <= b for a, b in asides)
    ]
    return not (
        s.has(words.not_trade, keyword.start, start)
        or _CONTRACT_BEFORE.search(s.text, max(0, keyword.start - _LOOK_BACK), keyword.start)
        or _a_goal(reading, clause_start, start)
        or _summed_over_years(s.text[clause_start:start])
        or _with_other_partners(s, region_start, start)
        or any(p.place.kind == "country" for p in region_places)
        or _another_country_s(reading, keyword)
        or _a_locality_acting(reading, keyword)
        or any(p.place.kind == "vietnam" and p.place.name != "Việt Nam" for p in region_places)
        or _a_locality_s(reading, clause_start)
        or _a_locality_as_topic(reading, clause_start)
        or not plain_trade_words(s, _plain_from(reading, keyword), _plain_to(reading))
        or product_before(s, keyword.start)
        or product_after(s, reading.amount.end)
        or not (
            involves_vietnam(s, reading.amount.start, reading.amount.end)
            or (reading.carried is not None and reading.carried.bilateral)
            or same_parties_as_recent(reading)
            or partner_told_before(reading)
            or same_trade_as_previous(reading, keyword)
            or other_direction_after(reading, keyword)
            or breakdown_party(reading) is not None
            or vietnam_understood(reading, keyword)
            or market_of_vietnam(reading, keyword)
        )
    )


def _contrasted_clause(reading: Reading, keyword: Keyword) -> int:
    """Where a clause set against the amount before it starts, when the trade word opens it and
    it names both parties itself before the amount ('…, qua cặp cửa khẩu … chỉ đạt khoảng 12
    triệu USD, rất nhỏ so với tiềm năng, trong khi kim ngạch thương mại giữa Việt Nam và tỉnh
    Vân Nam đạt hơn 4,8 tỷ USD': from 'trong khi'): what the sentence said of the amount before
    (a border gate, 'so với tiềm năng') is not said of this figure, which takes the sentence's
    time. 0 otherwise, and after an amount said to be a goal."""
    s, end = reading.sentence, reading.amount.start
    if reading.previous_end == 0 or keyword.start < reading.previous_end:
        return 0
    # 'kim ngạch thương mại': the clause opens on the first of its trade words.
    first = next(iter(s.keywords(reading.previous_end, keyword.end)), keyword)
    opening = contrast_opening(s.text, reading.previous_end, first.start)
    if opening is None or not names_vietnam(s, first.start, end):
        return 0
    chinese = [p for p in s.parties_within(first.start, end) if p.place.kind in CHINESE]
    # 'Mục tiêu đến năm 2030, … đạt 10 tỷ USD, trong khi …': set against a goal, the clause's
    # time is no year it can take from the sentence.
    before = max((a.start for a in s.amounts if a.end <= reading.previous_end), default=0)
    return opening if chinese and not _a_goal(reading, 0, before) else 0


def _plain_to(reading: Reading) -> int:
    """Where the words that must be plain trade words end: at the amount, or before the words
    placing an earlier year's sum the figure before nears or passes ('…, tiến gần mức 3,91 tỷ
    USD của cả năm 2023')."""
    text, amount = reading.sentence.text, reading.amount
    level = passed_level_start(text, amount) if reading.previous is not None else None
    return amount.start if level is None else level


def _plain_from(reading: Reading, keyword: Keyword) -> int:
    """Where the words that must be plain trade words start: after the trade word, whose own
    words are plain whatever they are ('mậu dịch', 'con số tương ứng'); after a
    colon (or a semicolon after the trade word) that opens a new clause after the figure
    before ('… 95 triệu USD, song đang tăng nhanh: 8 tháng năm 2024 đạt …'), or a turn
    ('…, giảm 3,5% do trùng kỳ nghỉ Tết, song cả năm 2024 vẫn ghi nhận …'); or after a
    colon or semicolon that opens the figures of a trade said to go well or badly ('Thương
    mại giữa Việt Nam và Trùng Khánh tăng trưởng nhanh: năm 2024 đạt …', '… tăng đều trong
    những năm gần đây; 9 tháng đầu năm 2025 đạt …'), or a comma before its 'đạt' ('thương
    mại song phương tiếp tục tăng trưởng khá, đạt khoảng 1,2 tỷ USD')."""
    s = reading.sentence
    if reading.previous is None:
        mark = _CLAUSE_OPENING.search(s.text, keyword.end, reading.amount.start)
        if mark and plain_trade_words(s, keyword.end, mark.start(), trend=True):
            return mark.end()
        return keyword.end
    colon = s.text.rfind(":", reading.previous_end, reading.amount.start)
    start = colon + 1 if colon >= 0 else keyword.end
    opening = s.text.find(":", keyword.end, reading.previous_end)
    if colon < 0 and opening >= 0 and plain_trade_words(s, keyword.end, opening, trend=True):
        # '… còn rất khiêm tốn: năm 2024 chỉ khoảng …, 10 tháng năm 2025 đạt …': the list
        # the colon opened goes on after the figure before.
        start = reading.previous_end
    # '… đạt 2,03 tỷ USD, …; 5 tháng đầu năm 2025 đạt …': a semicolon after the figure
    # before opens a clause of its own, when the trade word stands before it.
    semicolon = s.text.rfind(";", reading.previous_end, reading.amount.start)
    turns = list(_TURN.finditer(s.text, reading.previous_end, reading.amount.start))
    # So does a turn ('…, song cả năm 2024 …'): what the figure before was said with (its
    # change, the cause of it) is none of this one's words.
    opened = max([semicolon] + [turn.end() - 1 for turn in turns])
    return max(start, opened + 1) if keyword.start < opened else start


def _a_locality_s(reading: Reading, clause_start: int) -> bool:
    """'Riêng TP.HCM và Quảng Đông, kim ngạch hai chiều năm 2023 đạt …': the last two parties
    the clause names before the amount, joined by 'và', 'với' or a dash, are a Vietnamese
    city or province and a Chinese party, so the figure is theirs, not Vietnam's."""
    s = reading.sentence
    named = s.parties_within(clause_start, reading.amount.start)[-2:]
    if len(named) < 2 or not _PAIR_JOINT.fullmatch(s.text, named[0].end, named[1].start):
        return False
    kinds = {p.place.kind for p in named if p.place.name != "Việt Nam"}
    return "vietnam" in kinds and bool(kinds & set(CHINESE))


def _a_locality_as_topic(reading: Reading, clause_start: int) -> bool:
    """'Riêng Hà Nội, kim ngạch xuất nhập khẩu với thị trường Trung Quốc … ước đạt 8,3 tỷ USD':
    the clause opens with 'Riêng', 'Với' or 'Đối với' on one Vietnamese city or province as its
    topic, and does not name Vietnam itself before the amount, so the figure is that
    locality's trade, not Vietnam's."""
    s = reading.sentence
    topic = topic_at(s.text, clause_start, local=True)
    if topic is None:
        return False
    named = s.within(clause_start, topic.end())
    return (
        len(named) == 1
        and named[0].place.kind == "vietnam"
        and named[0].place.name != "Việt Nam"
        and not s.has(trade_words().vietnam_named, topic.end(), reading.amount.start)
    )


def _a_goal(reading: Reading, clause_start: int, end: int) -> bool:
    """Whether the clause makes the amount a goal ('phấn đấu', 'đến năm 2030'); a year
    reached already is no goal ('Đến năm 2000, thương mại hai chiều đã lên …')."""
    s = reading.sentence
    words = trade_words()
    for i, token in enumerate(s.tokens):
        if token.start < clause_start or token.start >= end:
            continue
        match = words.target.match(s.keys, i)
        if match is None or s.tokens[i + match[0] - 1].end > end:
            continue
        year = _YEAR_AFTER.match(s.text, s.tokens[i + match[0] - 1].end)
        reached = reading.context.reference_year
        if year and reached is not None and int(year["year"]) < reached:
            continue
        return True
    return False


def _another_country_s(reading: Reading, keyword: Keyword) -> bool:
    """'…, trong khi Hoa Kỳ là thị trường xuất khẩu lớn nhất với khoảng 119 tỷ USD': the
    party the trade word's clause names last before it (before 'là', its subject) is another
    country."""
    subject = _clause_subject(reading, keyword)
    return subject is not None and subject.place.kind == "country"


def _a_locality_acting(reading: Reading, keyword: Keyword) -> bool:
    """'…, trong khi Quảng Ninh xuất khẩu sang Trung Quốc khoảng 1,2 tỷ USD', 'Bắc Ninh là địa
    phương nhập khẩu từ Trung Quốc lớn nhất với …': the party the trade word's clause names
    last before it (before 'là') is a Vietnamese city or province, so the figure is that
    locality's trade, not Vietnam's."""
    subject = _clause_subject(reading, keyword)
    return (
        subject is not None and subject.place.kind == "vietnam" and subject.place.name != "Việt Nam"
    )


def _clause_subject(reading: Reading, keyword: Keyword) -> PlaceMention | None:
    """The party the trade word's clause names last before it, or before 'là' when the clause
    says what its subject is ('Quảng Ninh xuất khẩu …' -> Quảng Ninh); None when it names none."""
    s = reading.sentence
    clause = max(s.text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
    copula = s.text.find(" là ", clause, keyword.start)
    named = s.parties_within(clause, keyword.start if copula < 0 else copula)
    return named[-1] if named else None


def _summed_over_years(clause: str) -> bool:
    return bool(
        _SINCE_A_YEAR.search(clause)
        or _YEARS_TOGETHER.search(clause)
        or (_OVER_YEARS.search(clause) and _TOTAL.search(clause))
        or _across_two_years(clause)
    )


def _across_two_years(clause: str) -> bool:
    """A span of months no calendar period is: the last twelve months or more ('12 tháng qua'),
    or from a month of one year to one of the next ('từ tháng 11/2024 đến tháng 10/2025')."""
    if _MONTHS_BACK.search(clause):
        return True
    span = _MONTHS_ACROSS.search(clause)
    return span is not None and span["first"] != span["last"]

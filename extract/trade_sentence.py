"""One sentence read for trade figures: its words, places and amounts computed once, and where
it names a trade word, a party, or words standing for a figure or a partner told before."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from extract.lexicon import PhraseSet
from extract.meeting_places import filed_from
from extract.numbers import Amount, find_amounts
from extract.places import PlaceMention, find_places, read_shared_name
from extract.text import tokenize
from extract.trade_words import Keyword, trade_words

# Between a province and the country it is in: "Quảng Tây (Trung Quốc)", "Vân Nam, Trung Quốc".
_COUNTRY_LABEL = re.compile(r"\s*(?:[(,]|của|thuộc)\s*", re.I)
# A figure given again, revised, right before its new value: '… được điều chỉnh lên 3,53 tỷ
# USD', '… điều chỉnh giảm xuống …', '… sửa lại thành …'.
_REVISED_TO = re.compile(
    r"\b(?:điều\s+chỉnh(?:\s+(?:tăng|giảm))?\s+(?:lên|xuống|thành)|sửa(?:\s+lại)?\s+thành)"
    r"(?:\s+mức)?\s*$",
    re.I,
)

# Right before a country owning what the words before it name: '"Thủ phủ lốp xe" của '.
_OWNED_BY = re.compile(r"[\w\"”’»]\s+của\s+$", re.I)
# Right before a country whose places a figure is ranked among: '… đứng đầu các địa phương ',
# '… lớn nhất trong số các tỉnh của '; the words for the places are the epithets'.
_RANKED_AMONG = re.compile(
    r"\b(?:đầu|thứ\s+\w+|nhất|trong(?:\s+số)?)\s+(?:các|những)\s+(?P<places>[^,;:()]{2,30}?)"
    r"\s+(?:của\s+)?$",
    re.I,
)
_CLAUSE_MARKS = ",;:()"
_AT_BEFORE = re.compile(r"\btại\s+$", re.I)
# A bracket naming what a sum leaves out: '(không gồm Hồng Kông)', '(trừ Đài Loan, …)'.
_LEAVING_OUT = re.compile(r"\(\s*(?:không\s+(?:bao\s+)?gồm|trừ|ngoại\s+trừ|chưa\s+kể)\s+", re.I)
_WORDS_BEFORE = re.compile(r"((?:\w+\s+){1,3})$")
# How far before a place the words naming it a seat are looked for ('phóng viên TTXVN tại ',
# 'Cục Hải quan '): the longest is well under this.
_LOOK_BACK = 80
# Vietnam as one party, right before the other: 'giữa Việt Nam và ', 'Việt Nam với '.
VIETNAM_AND = re.compile(r"\bViệt\s+Nam\s+(?:và|với)\s+$", re.I)
# Right before a country that only names a currency: 'đô la Mỹ', 'đồng đô-la Mỹ', 'đôla Mỹ'.
_CURRENCY_OF = re.compile(r"\bđô\s*-?\s*la\s+$", re.I)


def _body_before(text: str, start: int) -> str | None:
    """The two or three words right before `start` ('Hải quan ', 'Cục Hải quan '), if any."""
    match = _WORDS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    return match.group(1) if match else None


def _left_out_spans(text: str) -> list[tuple[int, int]]:
    """Spans of brackets naming what a sum leaves out ('(không gồm Hồng Kông)')."""
    spans = []
    for opening in _LEAVING_OUT.finditer(text):
        close = text.find(")", opening.end())
        if close >= 0:
            spans.append((opening.start(), close + 1))
    return spans


def _a_correspondent_s_seat(text: str, mention: PlaceMention) -> bool:
    """Whether the place is where a correspondent files from ('Theo phóng viên TTXVN tại Bắc
    Kinh, …'): no party to the trade the sentence tells."""
    window = max(0, mention.start - _LOOK_BACK)
    at = _AT_BEFORE.search(text, window, mention.start)
    return at is not None and filed_from(text[window : at.start()])


class Sentence:
    """One sentence read for trade figures: its words, places and amounts, computed once."""

    def __init__(self, text: str, in_china: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.keys = [t.key for t in self.tokens]
        # Brackets naming what a sum leaves out: their places are no party, their words say
        # nothing of the trade.
        self.left_out = _left_out_spans(text) if "(" in text else []
        self.places = [
            read_shared_name(text, p, in_china)
            for p in find_places(text)
            if not _names_a_currency(text, p)
            and not _a_correspondent_s_seat(text, p)
            and not any(a <= p.start < b for a, b in self.left_out)
        ]
        self.labels = (
            _country_labels(text, self.places)
            | self._owners_of_epithets()
            | self._ranking_countries()
            | self._statistics_seats()
        )
        self.amounts = find_amounts(text)

    def _owners_of_epithets(self) -> frozenset[int]:
        """Where 'Trung Quốc' only owns a name for one of its places, in the same clause ('"Thủ
        phủ lốp xe" của Trung Quốc mua cao su …'): the party is that place, not China."""
        epithets = trade_words().china_place_epithets
        return frozenset(
            mention.start
            for mention in self.places
            if mention.place.kind == "china"
            and _OWNED_BY.search(self.text, 0, mention.start)
            and self.has(epithets, clause_start(self.text, mention.start), mention.start)
        )

    def _ranking_countries(self) -> frozenset[int]:
        """Where 'Trung Quốc' only names the places a figure is ranked among ('… đạt 61,7 tỷ
        USD, tiếp tục đứng đầu các địa phương Trung Quốc; quý I/2026 đạt …'): the party is the
        ranked one told before, not China."""
        return frozenset(
            mention.start
            for mention in self.places
            if mention.place.kind == "china" and _ranked_among(self.text, mention.start)
        )

    def _statistics_seats(self) -> frozenset[int]:
        """Where a city only names the seat of the body giving the figures ('Số liệu quý I cũng
        được Hải quan Nam Ninh điều chỉnh lên …'): no party, whose trade would be the city's."""
        bodies = trade_words().statistics_bodies
        return frozenset(
            mention.start
            for mention in self.places
            if mention.place.via_city
            and (body := _body_before(self.text, mention.start)) is not None
            and bodies.occurs([t.key for t in tokenize(body)])
        )

    def has(self, phrases: PhraseSet, start: int = 0, end: int | None = None) -> bool:
        """Whether a phrase of the set stands wholly within text[start:end]; not one whose value
        is False, a longer phrase that is no such phrase ('vốn đạt' among 'vốn')."""
        stop = len(self.text) if end is None else end
        for i, token in enumerate(self.tokens):
            if token.start < start or token.start >= stop:
                continue
            match = phrases.match(self.keys, i)
            if match and match[1] is not False and self.tokens[i + match[0] - 1].end <= stop:
                return True
        return False

    def amounts_in_turn(self, mark_end: int) -> list[Amount]:
        """The amounts in a currency told after a 'lần lượt' ending at `mark_end`, up to its
        clause's ';': '… lần lượt đạt 4,12 tỷ USD và 2,86 tỷ USD, …; trong đó xuất khẩu … lần
        lượt đạt …' pairs each clause's own."""
        end = self.text.find(";", mark_end)
        end = len(self.text) if end < 0 else end
        return [a for a in self.amounts if mark_end <= a.start < end and a.currency]

    def within(self, start: int, end: int) -> list[PlaceMention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def parties_within(self, start: int, end: int) -> list[PlaceMention]:
        """The places in text[start:end] that can be a party: not a country's name that only
        labels a province ('(Trung Quốc)')."""
        return [p for p in self.within(start, end) if p.start not in self.labels]

    def last_keyword(self, limit: int) -> Keyword | None:
        """The last trade word before position `limit`; its kind decides the figure's kind."""
        found = None
        resume = 0
        for i, starting in self._keyword_starts:
            if self.tokens[i].start >= limit:
                break
            if i < resume:
                continue
            for keyword, length in starting:
                if keyword.end <= limit:
                    found, resume = keyword, i + length
                    break
        return found

    @cached_property
    def _keyword_starts(self) -> list[tuple[int, list[tuple[Keyword, int]]]]:
        """Per token where trade words begin, in the token order: the longest word of each kind
        starting there (two-way first, then export, import), with its number of tokens. Read left
        to right, a word found covers its tokens; one running past a limit does not."""
        words = trade_words()
        kinds = (("two-way", words.two_way), ("export", words.export), ("import", words.imports))
        starts: list[tuple[int, list[tuple[Keyword, int]]]] = []
        if words.first_words.isdisjoint(self.keys):
            return starts  # most sentences tell no trade at all
        for i, token in enumerate(self.tokens):
            if token.key not in words.first_words:
                continue
            starting = []
            for kind, phrases in kinds:
                if (match := phrases.match(self.keys, i)) is not None:
                    end = self.tokens[i + match[0] - 1].end
                    starting.append((Keyword(kind, token.start, end), match[0]))
            if starting:
                starts.append((i, starting))
        return starts

    def keywords(self, start: int, end: int) -> list[Keyword]:
        """The trade words from `start` up to `end`, in their order."""
        found: list[Keyword] = []
        limit = start
        while (keyword := self.last_keyword(end)) is not None and keyword.start >= limit:
            found.insert(0, keyword)
            end = keyword.start
        return found

    def refers_back(self) -> bool:
        """'Trong đó, …', 'Riêng …': the sentence goes on with the previous one's figure."""
        match = trade_words().refers_back.match(self.keys, 0)
        return match is not None or self.same_period()

    def item_refers_back(self) -> bool:
        """The same for a list item, after its bullet: '- Riêng quý III/2025, …'."""
        first = next((i for i, token in enumerate(self.tokens) if token.is_word), 0)
        return trade_words().refers_back.match(self.keys, first) is not None

    def opens_on_parts(self) -> bool:
        """'Trong đó, …', 'Cụ thể, …': the sentence tells the parts of the previous one's figure."""
        return trade_words().parts_openings.match(self.keys, 0) is not None

    def opening_end(self) -> int:
        """Where the sentence's opening 'Trong đó', 'Cụ thể', 'Riêng'… ends ('Cụ thể, Giang Tô
        đạt …' -> 7), 0 when it opens with none: words linking it to the sentence before, no
        part of its figure."""
        match = trade_words().refers_back.match(self.keys, 0)
        return self.tokens[match[0] - 1].end if match is not None else 0

    def follows_from(self) -> bool:
        """'Theo đó, …', 'Theo số liệu này, …': the sentence tells the figures of what the one
        before announced."""
        return trade_words().follows_from.match(self.keys, 0) is not None

    def same_period(self) -> bool:
        """'Cùng kỳ, …', 'Trong cùng thời gian, …' (not 'Cùng kỳ năm trước'): the period of the
        passage's main figure."""
        match = trade_words().same_period.match(self.keys, 0)
        return match is not None and self.keys[match[0] : match[0] + 1] != ["năm"]

    def figure_anaphora(self, limit: int) -> Keyword | None:
        """The last 'con số này', 'kim ngạch này'… before position `limit`, as a keyword whose
        kind the figure it stands for gives."""
        phrases = trade_words().figure_anaphora
        found = None
        for i, token in enumerate(self.tokens):
            if token.start >= limit:
                break
            match = phrases.match(self.keys, i)
            if match and self.tokens[i + match[0] - 1].end <= limit:
                found = Keyword("two-way", token.start, self.tokens[i + match[0] - 1].end)
        return found

    def revision(self, limit: int) -> Keyword | None:
        """'Số liệu 9 tháng cũng đã được điều chỉnh lên 3,53 tỷ USD': the words saying that a
        figure told before is revised, right before the new value at `limit`, or that its trend
        goes on, opening the sentence ('Đà tăng tiếp tục trong quý I/2026 với 1,86 tỷ USD'),
        in a sentence with no trade word, nor any word of another sum (investment, a target),
        before the value; a keyword whose kind the figure told before gives."""
        words = trade_words()
        match = _REVISED_TO.search(self.text, 0, limit)
        span = (match.start(), match.end()) if match else self._trend_goes_on(limit)
        if (
            span is None
            or self.last_keyword(limit) is not None
            or self.has(words.not_trade, 0, limit)
            or self.has(words.target, 0, limit)
        ):
            return None
        return Keyword("two-way", *span)

    def _trend_goes_on(self, limit: int) -> tuple[int, int] | None:
        """Where 'Đà tăng tiếp tục …' opening the sentence ends, if it does before `limit`: the
        words after it are read as after a trade word. Not when a place is named before
        `limit`: the parties are those of the figure told before."""
        match = trade_words().trend_goes_on.match(self.keys, 0)
        if match is None or self.within(0, limit):
            return None
        end = self.tokens[match[0] - 1].end
        return (end, end) if end <= limit else None

    def revises_a_figure(self) -> bool:
        """Whether one of the sentence's amounts is a figure told before, revised or its trend
        told to go on."""
        return any(self.revision(amount.start) for amount in self.amounts)

    def partner_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of words standing for the partner already named ('thị trường này') in
        text[start:end]."""
        return self._spans(trade_words().partner_anaphora, start, end)

    def article_partner_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of words standing for the article's own Chinese province ('tỉnh bạn') in
        text[start:end]."""
        return self._spans(trade_words().article_partner, start, end) + self._bare_partner(
            start, end
        )

    def _bare_partner(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of a bare word for a province right after Vietnam as the other party, the word
        after it going on with the sentence: 'tỉnh' in 'giữa Việt Nam và tỉnh đạt 780 triệu USD'
        (a province trading with Vietnam is the article's Chinese one); not in 'giữa Việt Nam và
        tỉnh Lào Cai' nor 'Việt Nam và tỉnh này'."""
        words = trade_words()
        bare, following = words.article_partner_bare, words.article_partner_bare_next
        spans = []
        for i, token in enumerate(self.tokens):
            match = bare.match(self.keys, i) if start <= token.start < end else None
            if match is None or not VIETNAM_AND.search(self.text, 0, token.start):
                continue
            last = self.tokens[i + match[0] - 1]
            after = self.tokens[i + match[0]] if i + match[0] < len(self.tokens) else None
            goes_on = after is None or not after.is_word or after.key in following
            if last.end <= end and goes_on:
                spans.append((token.start, last.end))
        return spans

    def province_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of words standing for a province just named ('tỉnh này', 'địa phương bạn')
        in text[start:end]."""
        return self._spans(trade_words().province_anaphora, start, end)

    def _spans(self, phrases: PhraseSet, start: int, end: int) -> list[tuple[int, int]]:
        spans = []
        for i, token in enumerate(self.tokens):
            if token.start < start or token.start >= end:
                continue
            match = phrases.match(self.keys, i)
            if match and self.tokens[i + match[0] - 1].end <= end:
                spans.append((token.start, self.tokens[i + match[0] - 1].end))
        return spans


def _country_labels(text: str, places: list[PlaceMention]) -> frozenset[int]:
    """Where 'Trung Quốc' only labels the province before it ('Quảng Tây (Trung Quốc)', 'tỉnh
    Vân Nam, Trung Quốc'): the party is the province, not China."""
    return frozenset(
        mention.start
        for before, mention in pairwise(places)
        if mention.place.kind == "china"
        and before.place.kind == "division"
        and _COUNTRY_LABEL.fullmatch(text[before.end : mention.start])
    )


def _ranked_among(text: str, limit: int) -> bool:
    """Whether the words before `limit` rank something among a country's places, named by one
    of the epithets: 'đứng đầu các địa phương ', 'lớn nhất trong số các tỉnh của '."""
    among = _RANKED_AMONG.search(text, 0, limit)
    if among is None:
        return False
    keys = [t.key for t in tokenize(among["places"])]
    match = trade_words().china_place_epithets.match(keys, 0)
    return match is not None and match[0] == len(keys)


def clause_start(text: str, limit: int) -> int:
    """Where the clause that `limit` is in starts."""
    return max(text.rfind(mark, 0, limit) for mark in _CLAUSE_MARKS) + 1


def _names_a_currency(text: str, mention: PlaceMention) -> bool:
    """Whether the country is only the one of a currency's name: 'Quy đổi theo đồng đô la Mỹ,
    thương mại hai chiều …' speaks of no trade with the United States."""
    return mention.place.kind == "country" and bool(_CURRENCY_OF.search(text, 0, mention.start))

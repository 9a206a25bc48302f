"""The pieces of a trade sentence: its trade words, parties, direction, growth and hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise

from extract.lexicon import PhraseSet, load_data, word_set
from extract.numbers import Amount, find_amounts, parse_number
from extract.periods import year_before
from extract.places import PlaceMention, find_places, read_shared_name
from extract.text import tokenize
from extract.types import TradeKind

_GROWTH = re.compile(
    r"\b(?P<dir>tăng|giảm)(?:\s+trưởng)?(?:\s+(?:mạnh|nhẹ|lần lượt|nhanh|chậm)(?:\s+hơn\s*,)?)?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ở mức|tới|đến))?\s+"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|phần\s+trăm)",
    re.I,
)
# A change written just before the amount it ends at: "tăng 20% lên", "giảm 3%, đạt".
_GROWTH_LEADING_ON = re.compile(_GROWTH.pattern + r"\s*(?:,\s*)?(?:lên|đạt|còn)?\s*$", re.I)
# A multiple of the earlier value: "gấp đôi", "tăng gấp 1,5 lần", "gấp ba lần".
_MULTIPLE = re.compile(
    r"\b(?:tăng\s+)?gấp\s+(?:(?P<word>đôi|rưỡi|hai|ba|bốn|năm)(?:\s+lần)?"
    r"|(?P<num>\d+(?:[.,]\d+)?)\s+lần)(?!\w)",
    re.I,
)
_MULTIPLE_WORDS = {"đôi": "2", "hai": "2", "rưỡi": "1.5", "ba": "3", "bốn": "4", "năm": "5"}
# A change against the month, quarter or week before ("so với tháng trước", "so với quý III") is
# not the figure's growth, which compares with the same period a year earlier.
# "so với tháng 10/2023" names a year: the same month a year before, a year-on-year change.
_SEQUENTIAL = re.compile(
    r"^\s*(?:,?\s*so(?:\s+với)?\s+(?:(?:tháng|quý|tuần)"
    r"(?!\s+(?:\d{1,2}|[IVX]+)\s*(?:/|năm)\s*\d{4})|kỳ\s+trước|đầu\s+năm)"
    r"|(?:tháng|quý|tuần|kỳ)\s+(?:liền\s+)?trước)",
    re.I,
)
# The year a change is measured against: '… gấp 1,5 lần năm 2020', '… so với năm 2023'.
_BASE_YEAR = re.compile(
    r"^\s*,?\s*(?:so\s+với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(?P<year>(?:19|20)\d{2})\b", re.I
)
CLAUSE_BREAK = re.compile(
    r";|\b(?:trong đó|chiếm|còn|trong khi|đồng thời|bên cạnh đó|ngoài ra)\b", re.I
)
IN_TURN = re.compile(r"\blần lượt\b", re.I)
# A bracket right after an amount: '(tương đương khoảng 9,2 tỷ NDT)', '(khoảng 31 tỷ USD)'.
_BRACKET_FIRST = re.compile(r"^\s*\([^()]*\)")
# A change ('13%', '7,4 %') and what joins the changes of a list (', ', ' và ', ', và ').
_PERCENT = r"\d+(?:[.,]\d+)?\s*%"
_AND = r"\s*(?:,|và|,\s*và)\s*"
LIST_JOINT = re.compile(_AND, re.I)
# '…, tăng lần lượt 13%, 7,4% và 9,1%' (or 'lần lượt tăng …'): one change per amount, in turn.
_RESPECTIVE_CHANGES = re.compile(
    rf"(?:(?P<dir>tăng|giảm)\s+lần lượt|lần lượt\s+(?P<dir2>tăng|giảm))\s+{_PERCENT}"
    rf"(?:{_AND}{_PERCENT})*",
    re.I,
)
_PERCENT_VALUE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
# Changes right after the last amount told 'lần lượt', one per amount, each with its direction
# or the one before: ', tăng 11,3% và giảm 4,2%', ', tăng 9,5% và 7,8%'.
_CHANGE_ITEM = re.compile(r"(?:(?P<dir>tăng|giảm)\s+)?(?P<num>\d+(?:[.,]\d+)?)\s*%", re.I)
_CHANGES_TOLD_IN_TURN = re.compile(
    rf"\s*,?\s*(?:tăng|giảm)\s+{_PERCENT}(?:{_AND}(?:(?:tăng|giảm)\s+)?{_PERCENT})+", re.I
)
_ROMAN_OR_NUMBER = re.compile(r"^(?:[IVX]+|\d+(?:[.,]\d+)*)$")
# Between a province and the country it is in: "Quảng Tây (Trung Quốc)", "Vân Nam, Trung Quốc".
_COUNTRY_LABEL = re.compile(r"\s*(?:[(,]|của|thuộc)\s*", re.I)
# After a party: "… là thị trường (lớn nhất)", "… là đối tác …": that party is the market.
_MARKET = re.compile(
    r"\s*(?:(?:tiếp\s+tục|vẫn|hiện|cũng|đã|luôn)\s+)*(?:là|trở\s+thành)\s+"
    r"(?:thị\s+trường|đối\s+tác|nguồn\s+cung|bạn\s+hàng)",
    re.I,
)
# A figure given again, revised, right before its new value: '… được điều chỉnh lên 3,53 tỷ
# USD', '… điều chỉnh giảm xuống …', '… sửa lại thành …'.
_REVISED_TO = re.compile(
    r"\b(?:điều\s+chỉnh(?:\s+(?:tăng|giảm))?\s+(?:lên|xuống|thành)|sửa(?:\s+lại)?\s+thành)"
    r"(?:\s+mức)?\s*$",
    re.I,
)
_PARTY_WORDS = re.compile(r"\b(?P<role>sang|vào|tới|đến|từ|của)\s+(?:thị trường\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class TradeWords:
    two_way: PhraseSet
    export: PhraseSet
    imports: PhraseSet
    not_trade: PhraseSet
    products: PhraseSet
    target: PhraseSet
    other_partners: PhraseSet
    vietnam_named: PhraseSet
    both_sides: PhraseSet
    two_countries: PhraseSet
    implicit_parties: PhraseSet
    refers_back: PhraseSet
    same_period: PhraseSet
    figure_anaphora: PhraseSet
    partner_anaphora: PhraseSet
    article_partner: PhraseSet
    allowed: frozenset[str]
    trend: frozenset[str]
    approximate: PhraseSet


@cache
def trade_words() -> TradeWords:
    """The lists of extract/data/trade.toml."""
    data = load_data("trade")
    return TradeWords(
        two_way=PhraseSet(data["two_way"]),
        export=PhraseSet(data["export"]),
        imports=PhraseSet(data["import"]),
        not_trade=PhraseSet(data["not_trade"]),
        products=PhraseSet(data["products"]),
        target=PhraseSet(data["target"]),
        other_partners=PhraseSet(data["other_partners"]),
        vietnam_named=PhraseSet(data["vietnam_named"]),
        both_sides=PhraseSet(data["both_sides"]),
        two_countries=PhraseSet(data["two_countries"]),
        implicit_parties=PhraseSet(data["implicit_parties"]),
        refers_back=PhraseSet(data["refers_back"]),
        same_period=PhraseSet(data["same_period"]),
        figure_anaphora=PhraseSet(data["figure_anaphora"]),
        partner_anaphora=PhraseSet(data["partner_anaphora"]),
        article_partner=PhraseSet(data["article_partner"]),
        allowed=word_set(data["allowed"]),
        trend=word_set(data["trend"]),
        approximate=PhraseSet(data["approximate"]),
    )


@dataclass(frozen=True, slots=True)
class Keyword:
    """A trade word: 'kim ngạch' (two-way), 'xuất khẩu' (export), 'nhập khẩu' (import); or words
    standing for one whose figure's kind is known already (`figure_kind`: 'con số này' after a
    figure, a list's heading for its items)."""

    kind: str
    start: int
    end: int
    figure_kind: TradeKind | None = None
    # Where the words telling its parties end: for one of several told 'lần lượt', the next one
    # ('Quảng Đông xuất khẩu sang Việt Nam | và nhập khẩu từ Việt Nam | lần lượt đạt …').
    reach: int | None = None


class Sentence:
    """One sentence read for trade figures: its words, places and amounts, computed once."""

    def __init__(self, text: str, in_china: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.keys = [t.key for t in self.tokens]
        self.places = [read_shared_name(text, p, in_china) for p in find_places(text)]
        self.labels = _country_labels(text, self.places)
        self.amounts = find_amounts(text)

    def has(self, phrases: PhraseSet, start: int = 0, end: int | None = None) -> bool:
        """Whether a phrase of the set stands wholly within text[start:end]."""
        stop = len(self.text) if end is None else end
        for i, token in enumerate(self.tokens):
            if token.start < start or token.start >= stop:
                continue
            match = phrases.match(self.keys, i)
            if match and self.tokens[i + match[0] - 1].end <= stop:
                return True
        return False

    def within(self, start: int, end: int) -> list[PlaceMention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def parties_within(self, start: int, end: int) -> list[PlaceMention]:
        """The places in text[start:end] that can be a party: not a country's name that only
        labels a province ('(Trung Quốc)')."""
        return [p for p in self.within(start, end) if p.start not in self.labels]

    def last_keyword(self, limit: int) -> Keyword | None:
        """The last trade word before position `limit`; its kind decides the figure's kind."""
        words = trade_words()
        found = None
        i = 0
        while i < len(self.tokens) and self.tokens[i].start < limit:
            for kind, phrases in (
                ("two-way", words.two_way),
                ("export", words.export),
                ("import", words.imports),
            ):
                match = phrases.match(self.keys, i)
                if match and self.tokens[i + match[0] - 1].end <= limit:
                    found = Keyword(kind, self.tokens[i].start, self.tokens[i + match[0] - 1].end)
                    i += match[0] - 1
                    break
            i += 1
        return found

    def respective(self, amount: Amount) -> Keyword | PlaceMention | bool:
        """For '… xuất khẩu và nhập khẩu … lần lượt đạt 10 tỷ USD và 12 tỷ USD' (or two
        provinces): the trade word or province this amount goes with; True when the sentence
        says no 'lần lượt' before it; False when the amounts cannot be paired."""
        mark = IN_TURN.search(self.text)
        if not mark or amount.start < mark.end():
            return True
        after = [a for a in self.amounts if a.start >= mark.end() and a.currency]
        position = next((n for n, a in enumerate(after) if a.start == amount.start), None)
        clause_start = self.text.rfind(";", 0, mark.start()) + 1
        keywords = self._keywords(clause_start, mark.start())
        directed = [k for k in keywords if k.kind != "two-way"]
        divisions = [
            p for p in self.within(clause_start, mark.start()) if p.place.kind == "division"
        ]
        named = {p.place.name for p in divisions}
        slots: list[Keyword] | list[PlaceMention] = []
        if len(directed) == len(after) > 1 and len(named) <= 1:
            ends = [k.start for k in directed[1:]] + [mark.start()]
            slots = [replace(k, reach=end) for k, end in zip(directed, ends, strict=True)]
        elif len(divisions) == len(after) > 1 and len(directed) <= 1:
            slots = divisions
        if position is None or not slots:
            return False
        return slots[position]

    def _keywords(self, start: int, end: int) -> list[Keyword]:
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
        figure told before is revised, right before the new value at `limit`, in a sentence
        with no trade word, nor any word of another sum (investment, a target), before them;
        a keyword whose kind the figure revised gives."""
        words = trade_words()
        match = _REVISED_TO.search(self.text, 0, limit)
        if (
            match is None
            or self.last_keyword(limit) is not None
            or self.has(words.not_trade, 0, limit)
            or self.has(words.target, 0, limit)
        ):
            return None
        return Keyword("two-way", match.start(), match.end())

    def revises_a_figure(self) -> bool:
        """Whether one of the sentence's amounts is a figure told before, revised."""
        return any(self.revision(amount.start) for amount in self.amounts)

    def partner_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of words standing for the partner already named ('thị trường này') in
        text[start:end]."""
        return self._spans(trade_words().partner_anaphora, start, end)

    def article_partner_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of words standing for the article's own Chinese province ('tỉnh bạn') in
        text[start:end]."""
        return self._spans(trade_words().article_partner, start, end)

    def _spans(self, phrases: PhraseSet, start: int, end: int) -> list[tuple[int, int]]:
        spans = []
        for i, token in enumerate(self.tokens):
            if token.start < start or token.start >= end:
                continue
            match = phrases.match(self.keys, i)
            if match and self.tokens[i + match[0] - 1].end <= end:
                spans.append((token.start, self.tokens[i + match[0] - 1].end))
        return spans

    def plain_trade_words(self, start: int, end: int, *, trend: bool = False) -> bool:
        """Between the trade word and the amount only words of plain bilateral trade: parties,
        periods, 'đạt khoảng'… A product or a border gate there makes it a partial figure.
        With `trend`, words telling how trade went count as plain too ('tăng trưởng nhanh')."""
        words = trade_words()
        allowed = words.allowed | words.trend if trend else words.allowed
        partners = self.article_partner_words(start, end)
        previous = ""
        for token in self.tokens:
            if token.start < start or token.end > end or not token.is_word:
                continue
            key = token.key
            bordering = key == "giáp" or (previous == "giáp" and key == "biên")
            previous = key
            if key in allowed or _ROMAN_OR_NUMBER.match(token.text) or bordering:
                continue  # 'hai địa phương giáp biên là …': the parties, not border trade
            if any(p.start <= token.start and token.end <= p.end for p in self.places):
                continue
            if any(a <= token.start and token.end <= b for a, b in partners):
                continue
            return False
        return True

    def product_before(self, limit: int) -> bool:
        """A product group as the subject of the trade word at `limit`, in its clause: 'hàng
        nông sản Việt Nam xuất sang …', 'mặt hàng rau quả xuất khẩu …' (not 'hàng hóa')."""
        clause = max(self.text.rfind(mark, 0, limit) for mark in ",;:") + 1
        if self._names_a_product(clause, limit):
            return True
        # 'Nhóm hàng rau quả, vốn là "át chủ bài" xuất khẩu sang Trung Quốc, chỉ đạt …': a
        # clause with no subject of its own goes on with the sentence's.
        subject_end = min((self.text.find(mark) for mark in ",;:" if mark in self.text), default=0)
        return (
            0 < subject_end < clause
            and not self.within(clause, limit)
            and self._names_a_product(0, subject_end, named_alone=False)
        )

    def _names_a_product(self, start: int, end: int, *, named_alone: bool = True) -> bool:
        """A product group named between `start` and `end`: 'hàng rau quả', and with
        `named_alone` 'nhóm nông sản', 'sầu riêng' (not 'hàng hóa': goods in general)."""
        keys = [t.key for t in self.tokens if start <= t.start and t.end <= end and t.is_word]
        return any(
            key == "hàng" and following not in _GOODS for key, following in pairwise(keys)
        ) or (named_alone and any(trade_words().products.found_in(keys)))

    def involves_vietnam(self, start: int, end: int | None = None) -> bool:
        """Vietnam is a party: named before position `start` (the amount), or right after `end`
        ('… với Việt Nam')."""
        words = trade_words()
        # Up to the clause's end: '…, trong đó với Việt Nam đạt …' is a part of that amount.
        after = re.split(r"[,;]", self.text[end : end + 40])[0] if end is not None else ""
        return (
            self.has(words.vietnam_named, 0, start)
            or self.has(words.both_sides, 0, start)
            or self.has(words.two_countries, 0, start)
            or "Việt Nam" in after
        )

    def vietnam_acts(self, keyword: Keyword, subject_start: int, end: int) -> bool | None:
        """Whether Vietnam is the one exporting (or importing) before position `end` (the
        amount); None when unclear.

        'Việt Nam xuất khẩu', 'xuất khẩu của Việt Nam', 'từ Việt Nam' make Vietnam the actor;
        'sang Quảng Tây'/'vào Trung Quốc' (for exports) or 'từ Quảng Tây' (for imports) make it
        the partner; otherwise the side named first in the sentence speaks.
        """
        region = max(keyword.end, subject_start)
        named = [(m.start, m.place.name == "Việt Nam") for m in self.within(region, end)]
        named += [(start, False) for start, _ in self.partner_words(region, end)]
        for start, is_vietnam in sorted(named, reverse=True):
            role = _PARTY_WORDS.search(self.text[region:start])
            if not role:
                continue
            word = role["role"].lower()
            if word == "của":
                return is_vietnam
            if word == "từ":
                return is_vietnam if keyword.kind == "export" else not is_vietnam
            return not is_vietnam if keyword.kind == "export" else is_vietnam
        subject = [
            p for p in self.within(subject_start, keyword.start) if p.place.kind != "country"
        ]
        if subject:
            return subject[-1].place.name == "Việt Nam"
        # '… trong đó Việt Nam xuất khẩu 20,1 tỷ USD, nhập khẩu 22,6 tỷ USD': the clause's
        # subject goes on acting for the amounts after it.
        clause = self.text.rfind(";", 0, keyword.start) + 1
        acting = [
            p
            for verb in self._keywords(clause, keyword.start)
            if verb.kind in ("export", "import")
            for p in self.within(clause, verb.start)
            if p.place.kind != "country" and not self.text[p.end : verb.start].strip()
        ]
        if acting:
            return acting[-1].place.name == "Việt Nam"
        for mention in self.within(subject_start, end):
            if mention.place.kind != "country" and _MARKET.match(self.text, mention.end):
                # 'Trung Quốc là thị trường lớn nhất với …': the market is the partner.
                return mention.place.name != "Việt Nam"
        parties = [
            p
            for p in self.places
            if p.place.kind in ("vietnam", "division", "china") and p.end <= end
        ]
        return parties[0].place.name == "Việt Nam" if parties else None

    def growth(self, amount: Amount, keyword: Keyword, previous_end: int) -> float | None:
        """'tăng 16,6%' (or 'gấp đôi', +100) after the amount (up to the next clause or amount),
        or before it in its own clause ('tăng 5% lên …'); a change right after the amount before
        is that one's. A change against the month or quarter before is not the figure's growth:
        the year-on-year one after it is, or none. Amounts told 'lần lượt' take the changes
        told 'lần lượt' after them, in turn, or none when they do not pair."""
        in_turn = self._changes_in_turn()
        if in_turn is not None and amount in in_turn:
            return in_turn[amount]
        after = self._after(amount.end)
        year = self._year_before(amount.start)
        found = _year_on_year(after, year)
        if found is None and not _changes(after):
            before = self._before(amount.start, max(keyword.end, previous_end), previous_end)
            found = _year_on_year(before, year)
        return found

    def _changes_in_turn(self) -> dict[Amount, float | None] | None:
        """'… lần lượt đạt 63,5 tỷ USD, 45,1 tỷ USD và 3,6 tỷ USD, tăng lần lượt 13%, 7,4% và
        9,1%': each amount told in turn with its change, in turn (None for all when they do not
        pair); None when the sentence tells no changes so."""
        mark = IN_TURN.search(self.text)
        if mark is None:
            return None
        amounts = [a for a in self.amounts if a.start >= mark.end() and a.currency]
        if len(amounts) < 2:
            return None
        listed = _RESPECTIVE_CHANGES.search(self.text, amounts[-1].end)
        if listed is not None:
            sign = -1 if (listed["dir"] or listed["dir2"]).lower() == "giảm" else 1
            numbers = [parse_number(n) for n in _PERCENT_VALUE.findall(listed[0])]
            changes = [sign * float(n) if n is not None else None for n in numbers]
        elif (told := _CHANGES_TOLD_IN_TURN.match(self.text, amounts[-1].end)) is not None:
            # '… lần lượt đạt 6,95 tỷ USD và 3,46 tỷ USD, tăng 11,3% và giảm 4,2%': each change
            # with its own direction, or the one before it.
            changes, sign = [], 1
            for item in _CHANGE_ITEM.finditer(told[0]):
                if item["dir"]:
                    sign = -1 if item["dir"].lower() == "giảm" else 1
                number = parse_number(item["num"])
                changes.append(sign * float(number) if number is not None else None)
        else:
            return None
        if len(changes) != len(amounts):
            return dict.fromkeys(amounts)
        return dict(zip(amounts, changes, strict=True))

    def growth_after(self, end: int) -> float | None:
        """The year-on-year change written after position `end` in its clause."""
        return _year_on_year(self._after(end), self._year_before(end))

    def _year_before(self, end: int) -> int | None:
        """The year written last before position `end` that is not a comparison base."""
        found = year_before(self.text[:end])
        return int(found.value) if found else None

    def _after(self, end: int) -> str:
        """The words after an amount, up to the next clause or the next amount, without a
        change that leads to that next amount ('…, năm 2023 tăng 20% lên 12 tỷ USD')."""
        after = CLAUSE_BREAK.split(self.text[end:], maxsplit=1)[0]
        # '1,3 tỷ USD (tương đương 9,2 tỷ NDT), tăng 12%': the same amount restated, not the next.
        bracket = _BRACKET_FIRST.match(after)
        if bracket and find_amounts(bracket.group()):
            after = after[bracket.end() :]
        next_amount = find_amounts(after)
        if not next_amount:
            return after
        after = after[: next_amount[0].start]
        change = _GROWTH_LEADING_ON.search(after)
        return after[: change.start()] if change else after

    def _before(self, start: int, region_start: int, previous_end: int) -> str:
        """The words of an amount's own clause before it, without the change that follows the
        amount before it ('đạt 1,9 tỷ USD, giảm 3,4%, riêng tháng 6 đạt …')."""
        before = CLAUSE_BREAK.split(self.text[region_start:start])[-1]
        if previous_end and region_start == previous_end:
            owned = _GROWTH.match(before.lstrip(" ,"))
            if owned:
                before = before.lstrip(" ,")[owned.end() :]
        return before


# 'hàng hóa': goods in general; any other word after 'hàng' names a product group.
_GOODS = frozenset({"hóa", "hoá"})


def _changes(text: str) -> list[tuple[int, int, float]]:
    """(start, end, percent) of every change in `text`: 'tăng 5%', 'giảm 3,2%', 'gấp đôi'."""
    found = [(m.start(), m.end(), _signed(m["dir"], m["num"])) for m in _GROWTH.finditer(text)]
    for m in _MULTIPLE.finditer(text):
        times = Decimal(
            _MULTIPLE_WORDS[m["word"].lower()] if m["word"] else m["num"].replace(",", ".")
        )
        if times > 1:
            found.append((m.start(), m.end(), float((times - 1) * 100)))
    return sorted(found)


def _signed(direction: str, number: str) -> float:
    value = float(Decimal(number.replace(",", ".")))
    return -value if direction.lower() == "giảm" else value


def _year_on_year(text: str, year: int | None = None) -> float | None:
    """The first change in `text` not measured against the month or quarter before, nor
    against a year further back than the one before the figure's `year` ('năm 2024 đạt …,
    gấp 1,5 lần năm 2020' is no yearly growth)."""
    for _, end, value in _changes(text):
        if _SEQUENTIAL.match(text[end:]):
            continue
        base = _BASE_YEAR.match(text[end:])
        if base and year is not None and int(base["year"]) < year - 1:
            continue
        return value
    return None


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


def approximate(before: str) -> bool:
    """'khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ' right before the number, or 'ước' in the phrase;
    not one that goes with a change told before it ('tăng nhanh hơn, 27,1%, lên …')."""
    words = trade_words()
    keys = [t.key for t in tokenize(before) if t.is_word]
    own = [t.key for t in tokenize(before[before.rfind("%") + 1 :]) if t.is_word]
    last = own[-3:]
    if last and last[-1] == "đạt":
        last = last[:-1]
    return any(words.approximate.match(last, i) for i in range(len(last))) or "ước" in keys

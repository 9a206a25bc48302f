"""One sentence read for trade figures: each amount with its trade word, parties, year, period,
kind and growth, given what the sentences before it told."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extract.numbers import Amount
from extract.periods import (
    Found,
    counted_back,
    period_in,
    period_near,
    relative_year_at,
    year_after,
    year_before,
    year_of_period,
)
from extract.places import PlaceMention
from extract.trade_bilateral import plain_trade_words, product_before
from extract.trade_growth import growth_after, growth_of
from extract.trade_kinds import vietnam_is_actor
from extract.trade_parties import involves_vietnam
from extract.trade_rankings import respective_of
from extract.trade_sentence import Sentence
from extract.trade_words import (
    CLAUSE_BREAK,
    IN_TURN,
    LIST_JOINT,
    Keyword,
    approximate,
    trade_words,
)
from extract.types import NATIONAL, TradeFigure, TradeKind


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article tells a sentence: its main province (or 'Trung Quốc' for an
    article about the two countries), its date, which 'năm nay' and a part of the year written
    without one ('5 tháng đầu năm') refer to, and the names China and Vietnam share that it
    ties to China."""

    main_province: str | None = None
    reference_year: int | None = None
    reference_day: date | None = None
    in_china: frozenset[str] = frozenset()  # shared names the article ties to China ('Hà Nam')
    national: bool = False  # the headline or the lead is about the two countries


@dataclass(frozen=True, slots=True)
class Passage:
    """What a sentence tells the next one that looks back at it: the Chinese party (None when a
    list's heading names none), the year and the part of it; `bilateral` when that was a
    bilateral figure, not a province's total ('tổng kim ngạch của Vân Nam …. Trong đó, với Việt
    Nam …')."""

    province: str | None
    year: int
    period: str
    bilateral: bool = True


def passage(figure: TradeFigure) -> Passage:
    """What a figure tells the sentences after it."""
    return Passage(figure.province, figure.year, figure.period)


@dataclass(frozen=True, slots=True)
class Lead:
    """What the sentences before tell one sentence: the figure it continues (`carried`), the
    passage's last figure (`recent`), whether the sentence before spoke of another partner only
    (`elsewhere`), the figure 'con số này' stands for (`antecedent`), and a list heading's trade
    word for an item without its own (`heading`)."""

    carried: Passage | None = None
    recent: Passage | None = None
    elsewhere: bool = False
    antecedent: TradeFigure | None = None
    heading: Keyword | None = None
    dated: Passage | None = None  # the article's last figure, for a sentence naming no time
    just_before: TradeFigure | None = None  # the last figure of the sentence just before


def read_sentence(sentence: Sentence, context: Context, lead: Lead) -> list[TradeFigure]:
    """The trade figures of one sentence, each quoting it."""
    amounts = _with_currencies(sentence.amounts)
    figures: list[TradeFigure] = []
    previous: TradeFigure | None = None
    last: TradeFigure | None = None  # the figure of the amount just before, if it made one
    previous_end = 0
    for amount in amounts:
        if _is_equivalent(sentence.text, amount, previous_end):
            if figures and figures[-1] is previous and _restates_in_usd(previous, amount):
                between = sentence.text[previous_end : amount.start]
                growth = previous.growth_pct
                if growth is None:
                    # '224 tỷ NDT (khoảng 31 tỷ USD), tăng 12%': the change follows the bracket.
                    growth = growth_after(sentence, amount.end)
                figures[-1] = previous = last = _in_usd(previous, amount, between, growth)
            previous_end = amount.end
            continue
        if last is not None and _BASE_BEFORE.fullmatch(sentence.text, previous_end, amount.start):
            # '… đạt 2,37 tỷ USD, tăng 9,7% so với mức 2,16 tỷ USD …': what it is measured against
            figure = _compared_base(sentence.text, amount, last)
        elif last is not None and (
            base := _BASE_YEAR_BEFORE.fullmatch(sentence.text, previous_end, amount.start)
        ):
            # '… đạt 19,8 tỷ USD, tăng 12,5% so với năm 2023 (17,6 tỷ USD)': the same, the year
            # written before its amount
            figure = _base_in_brackets(base, amount, last)
        else:
            reading = _Reading(sentence, context, amount, previous, previous_end, lead)
            figure = reading.figure()
            previous = figure or previous
        previous_end = amount.end
        last = figure
        if figure:
            figures.append(figure)
    return figures


def _compared_base(text: str, amount: Amount, compared: TradeFigure) -> TradeFigure | None:
    """The figure `compared` is measured against, given by the amount ('… đạt 2,37 tỷ USD, tăng
    9,7% so với mức 2,16 tỷ USD của năm 2023'): the same trade in the year named after it ('năm
    2023', 'cùng kỳ năm trước'), for the same part of it when it says 'cùng kỳ' (a year alone is
    a whole year's, so only a whole year's figure may name one); None when that is not said."""
    before = text[: amount.start]
    base = before[before.lower().rfind("so với") :]
    after = _BASE_YEAR_AFTER.match(text, amount.end)
    if after is None:
        return None
    return _base_figure(compared, amount, after, approximate(base))


def _base_in_brackets(
    base: re.Match[str], amount: Amount, compared: TradeFigure
) -> TradeFigure | None:
    """The figure `compared` is measured against when the amount follows the year in brackets
    ('… tăng 12,5% so với năm 2023 (17,6 tỷ USD)'), as `_compared_base` reads it."""
    return _base_figure(compared, amount, base, approximate(base[0][base[0].rfind("(") :]))


def _base_figure(
    compared: TradeFigure, amount: Amount, year_words: re.Match[str], hedged: bool
) -> TradeFigure | None:
    """`compared`'s trade in the year `year_words` names ('năm 2023', 'cùng kỳ năm trước'), of
    the amount; None when it is not an earlier year, or names a whole year for a part of one."""
    if amount.currency != "USD":
        return None
    year = int(year_words["year"]) if year_words["year"] else compared.year - 1
    same_part = year_words["same"] is not None
    if year >= compared.year or not (same_part or compared.period == "full_year"):
        return None
    return replace(
        compared,
        year=year,
        value_usd=int(amount.value),
        growth_pct=None,
        approximate=hedged,
        value=None,
        currency="USD",
    )


def _with_currencies(amounts: list[Amount]) -> list[Amount]:
    """Amounts whose currency is written once for several ('22,89 tỷ và 25,35 tỷ USD')."""
    result: list[Amount] = []
    for i, amount in enumerate(amounts):
        currency = amount.currency
        if currency is None:
            later = next((a.currency for a in amounts[i + 1 :] if a.currency), None)
            earlier = next((a.currency for a in reversed(amounts[:i]) if a.currency), None)
            currency = later or earlier
        if currency is not None:
            result.append(replace(amount, currency=currency))
    return result


def _is_equivalent(text: str, amount: Amount, previous_end: int) -> bool:
    """'300 tỷ NDT (khoảng 42 tỷ USD)', '30,2 tỷ NDT, tương đương khoảng 4,18 tỷ USD': the sum
    restates the one before it."""
    between = text[previous_end : amount.start]
    return previous_end > 0 and bool(_RESTATED.match(between)) and len(between) < 25


def _restates_in_usd(figure: TradeFigure | None, amount: Amount) -> bool:
    return figure is not None and figure.value_usd is None and amount.currency == "USD"


def _in_usd(figure: TradeFigure, amount: Amount, between: str, growth: float | None) -> TradeFigure:
    """'300 tỷ NDT (khoảng 42 tỷ USD)': the figure in the dollars the article converts it to."""
    return replace(
        figure,
        value_usd=int(amount.value),
        growth_pct=growth,
        value=None,
        currency="USD",
        approximate=figure.approximate or approximate(between),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """One amount of a sentence, read as a trade figure or rejected."""

    sentence: Sentence
    context: Context
    amount: Amount
    previous: TradeFigure | None  # the figure before it in the same sentence
    previous_end: int
    lead: Lead

    @property
    def carried(self) -> Passage | None:
        return self.lead.carried

    @property
    def recent(self) -> Passage | None:
        return self.lead.recent

    def figure(self) -> TradeFigure | None:
        respective = respective_of(self.sentence, self.amount)
        before = self.sentence.text[: self.amount.start]
        if respective is False or _REVISED_FROM.search(before) or _MILESTONE.search(before):
            return None
        keyword = self._keyword()
        if isinstance(respective, Keyword):
            keyword = respective
        if keyword is None:
            return self._ranked_next()
        if not self._bilateral_total(keyword):
            return None
        region_start = max(keyword.start, self.previous_end)
        if isinstance(respective, PlaceMention):
            province = province_of(respective)
        else:
            province = self._province(keyword, region_start)
        kind = self._kind(keyword)
        year = self._year()
        if province is None or kind is None or year is None:
            return None
        before = self.sentence.text[: self.amount.start]
        value_usd = int(self.amount.value) if self.amount.currency == "USD" else None
        return TradeFigure(
            province=province,
            year=year.value,
            period=self._period(year, region_start),
            kind=kind,
            value_usd=value_usd,
            growth_pct=growth_of(self.sentence, self.amount, keyword, self.previous_end),
            approximate=approximate(before[region_start:]) or self._approximate_in_turn(),
            quote=self.sentence.text.strip(),
            value=None if value_usd is not None else float(self.amount.value),
            currency=self.amount.currency or "USD",
        )

    def _approximate_in_turn(self) -> bool:
        """'… lần lượt đạt khoảng 2,1 tỷ USD và 1,4 tỷ USD': amounts told in turn, joined by a
        comma or 'và', share the 'khoảng' before the first."""
        previous, text = self.previous, self.sentence.text
        return (
            previous is not None
            and previous.approximate
            and LIST_JOINT.fullmatch(text, self.previous_end, self.amount.start) is not None
            and IN_TURN.search(text, 0, self.previous_end) is not None
        )

    def _ranked_next(self) -> TradeFigure | None:
        """'Quảng Tây đứng thứ hai với 48,5 tỷ USD, còn Giang Tô đạt 28,9 tỷ USD' after a
        province's figure ('Quảng Đông là địa phương có kim ngạch lớn nhất với Việt Nam, khoảng
        49,7 tỷ USD'): a clause opening on another Chinese province, with no trade word, only
        a rank or 'đạt' before the amount and nothing counted after it, is the same trade of
        that province, in the same time."""
        s, amount = self.sentence, self.amount
        base = self.previous or self.lead.just_before
        if base is None or base.province == NATIONAL or amount.currency != "USD":
            return None
        clause = max(
            (m.end() for m in _CLAUSE_OPENING.finditer(s.text, 0, amount.start)), default=0
        )
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
        growth_from = Keyword("two-way", amount.start, amount.start)  # only its place counts
        return replace(
            base,
            province=named[0].place.name,
            value_usd=int(amount.value),
            growth_pct=growth_of(s, amount, growth_from, self.previous_end),
            approximate=approximate(s.text[named[0].end : amount.start]),
            quote=s.text.strip(),
        )

    def _keyword(self) -> Keyword | None:
        """The last trade word before the amount; 'con số này' after it stands for the figure
        before (with that one's kind); a list item without one takes its heading's."""
        own = self._past_breakdown(self.sentence.last_keyword(self.amount.start))
        antecedent = self.lead.antecedent
        if antecedent is not None:
            anaphora = self.sentence.figure_anaphora(self.amount.start) or self.sentence.revision(
                self.amount.start
            )
            if anaphora and (own is None or anaphora.start >= own.start):
                return replace(anaphora, figure_kind=antecedent.kind)
            if own is None and self._part_of_the_figure_before():
                return Keyword("two-way", 0, 0, figure_kind=antecedent.kind)
        return own or self.lead.heading

    def _part_of_the_figure_before(self) -> bool:
        """'Riêng tháng 10 đạt 318 triệu USD.': a sentence going on with the figure before,
        naming only a part of its period and the amount, no trade word and nothing else."""
        s = self.sentence
        before = s.text[: self.amount.start]
        return (
            self.previous is None
            and s.refers_back()
            and period_in(before) is not None
            and not s.places
            and plain_trade_words(s, 0, self.amount.start)
        )

    def _past_breakdown(self, own: Keyword | None) -> Keyword | None:
        """'… đạt gần 7 tỷ USD, trong đó Việt Nam xuất khẩu 1,3 tỷ USD; 5 tháng đầu năm 2024 đạt
        2,7 tỷ USD': once a ';' has closed the breakdown ('trong đó …'), an amount with no trade
        word of its own is the total's again."""
        text = self.sentence.text
        if own is None or text.find(";", own.end, self.amount.start) < 0:
            return own
        opening = text.rfind(_BREAKDOWN, 0, own.start)
        if opening < 0:
            return own
        return self.sentence.last_keyword(opening) or own

    def _part_of_previous(self) -> bool:
        """'… đạt 31,2 tỷ USD, tăng 38%, trong đó Việt Nam nhập khẩu 24,6 tỷ USD': the amount
        is told as a part of the one before it in the sentence."""
        between = self.sentence.text[self.previous_end : self.amount.start].lower()
        return _BREAKDOWN in between

    def _breakdown_party(self) -> str | None:
        """'Quý I, kim ngạch đạt 48,6 tỷ USD; trong đó Việt Nam xuất khẩu sang Trung Quốc …':
        a sentence's first amount is the total of the breakdown that follows it, whose parties
        are the total's: Vietnam and the Chinese side returned (None when it is not so)."""
        s = self.sentence
        if self.previous is not None or s.parties_within(0, self.amount.start):
            return None  # the total names its own parties (a province's trade with the world)
        opening = s.text.find(_BREAKDOWN, self.amount.end)
        if opening < 0 or not s.has(trade_words().vietnam_named, opening):
            return None
        later = [p for p in s.parties_within(opening, len(s.text)) if p.place.kind in CHINESE]
        return province_of(later[0]) if later else None

    def _plain_from(self, keyword: Keyword) -> int:
        """Where the words that must be plain trade words start: at the trade word; after a
        colon (or a semicolon after the trade word) that opens a new clause after the figure
        before ('… 95 triệu USD, song đang tăng nhanh: 8 tháng năm 2024 đạt …'); or after a
        colon that opens the figures of a trade said to go well or badly ('Thương mại giữa Việt
        Nam và Trùng Khánh tăng trưởng nhanh: năm 2024 đạt …')."""
        s = self.sentence
        if self.previous is None:
            colon = s.text.find(":", keyword.end, self.amount.start)
            if colon >= 0 and plain_trade_words(s, keyword.end, colon, trend=True):
                return colon + 1
            return keyword.start
        colon = s.text.rfind(":", self.previous_end, self.amount.start)
        start = colon + 1 if colon >= 0 else keyword.start
        opening = s.text.find(":", keyword.end, self.previous_end)
        if colon < 0 and opening >= 0 and plain_trade_words(s, keyword.end, opening, trend=True):
            # '… còn rất khiêm tốn: năm 2024 chỉ khoảng …, 10 tháng năm 2025 đạt …': the list
            # the colon opened goes on after the figure before.
            start = self.previous_end
        # '… đạt 2,03 tỷ USD, …; 5 tháng đầu năm 2025 đạt …': a semicolon after the figure
        # before opens a clause of its own, when the trade word stands before it.
        semicolon = s.text.rfind(";", self.previous_end, self.amount.start)
        return max(start, semicolon + 1) if keyword.start < semicolon else start

    def _bilateral_total(self, keyword: Keyword) -> bool:
        """Not aid, GDP, investment, a target, a share, a sum over years, trade with others, a
        Vietnamese province's trade, a product's or a border gate's: Vietnam's trade with the
        other side."""
        words = trade_words()
        s, start = self.sentence, self.amount.start
        region_start = max(keyword.start, self.previous_end)
        clause_start = s.text.rfind(";", 0, start) + 1
        region_places = s.within(region_start, start)
        return not (
            s.has(words.not_trade, keyword.start, start)
            or self._a_goal(clause_start, start)
            or _summed_over_years(s.text[clause_start:start])
            or s.has(words.other_partners, region_start, start)
            or any(p.place.kind == "country" for p in region_places)
            or self._another_country_s(keyword)
            or any(p.place.kind == "vietnam" and p.place.name != "Việt Nam" for p in region_places)
            or self._a_locality_s(clause_start)
            or not plain_trade_words(s, self._plain_from(keyword), start)
            or product_before(s, keyword.start)
            or not (
                involves_vietnam(s, self.amount.start, self.amount.end)
                or (self.carried is not None and self.carried.bilateral)
                or self._same_parties_as_recent()
                or self._same_trade_as_previous(keyword)
                or self._breakdown_party() is not None
                or self._vietnam_understood(keyword)
            )
        )

    def _a_locality_s(self, clause_start: int) -> bool:
        """'Riêng TP.HCM và Quảng Đông, kim ngạch hai chiều năm 2023 đạt …': the last two parties
        the clause names before the amount, joined by 'và', 'với' or a dash, are a Vietnamese
        city or province and a Chinese party, so the figure is theirs, not Vietnam's."""
        s = self.sentence
        named = s.parties_within(clause_start, self.amount.start)[-2:]
        if len(named) < 2 or not _PAIR_JOINT.fullmatch(s.text, named[0].end, named[1].start):
            return False
        kinds = {p.place.kind for p in named if p.place.name != "Việt Nam"}
        return "vietnam" in kinds and bool(kinds & set(CHINESE))

    def _a_goal(self, clause_start: int, end: int) -> bool:
        """Whether the clause makes the amount a goal ('phấn đấu', 'đến năm 2030'); a year
        reached already is no goal ('Đến năm 2000, thương mại hai chiều đã lên …')."""
        s = self.sentence
        words = trade_words()
        for i, token in enumerate(s.tokens):
            if token.start < clause_start or token.start >= end:
                continue
            match = words.target.match(s.keys, i)
            if match is None or s.tokens[i + match[0] - 1].end > end:
                continue
            year = _YEAR_AFTER.match(s.text, s.tokens[i + match[0] - 1].end)
            reached = self.context.reference_year
            if year and reached is not None and int(year["year"]) < reached:
                continue
            return True
        return False

    def _another_country_s(self, keyword: Keyword) -> bool:
        """'…, trong khi Hoa Kỳ là thị trường xuất khẩu lớn nhất với khoảng 119 tỷ USD': the
        party the trade word's clause names last before it (before 'là', its subject) is another
        country."""
        s = self.sentence
        clause = max(s.text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
        copula = s.text.find(" là ", clause, keyword.start)
        named = s.parties_within(clause, keyword.start if copula < 0 else copula)
        return bool(named) and named[-1].place.kind == "country"

    def _vietnam_understood(self, keyword: Keyword) -> bool:
        """'…, xuất khẩu sang Hồng Kông (Trung Quốc) 11 tháng đạt …' in an article on the two
        countries' trade: exports (imports) with no subject of their own, to (from) a Chinese
        party named right after the trade word, are Vietnam's (in an article on a Vietnamese
        province they would be that province's); so is two-way trade ('hai chiều') with the
        one Chinese province the sentence names, or with the Chinese party right after it
        ('kim ngạch hai chiều với Trung Quốc trong tháng 8 là …')."""
        s = self.sentence
        national = self.context.national or self.context.main_province == NATIONAL
        if not national:
            return False
        if keyword.kind == "two-way" and (
            self._the_two_countries_understood() or self._partner_as_topic(keyword)
        ):
            return True
        if keyword.kind == "two-way":
            # 'Với tỉnh Hồ Bắc, …, kim ngạch hai chiều năm 2025 đạt …': two-way trade, one
            # Chinese province, in an article on the two countries' trade.
            parties = {p.place.name for p in s.parties_within(0, self.amount.start)}
            if (
                s.has(trade_words().implicit_parties, 0, self.amount.start)
                and len(parties) == 1
                and any(p.place.kind == "division" for p in s.within(0, self.amount.start))
            ):
                return True
        if keyword.kind not in _DIRECTIONS:
            return False
        clause = max(s.text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
        if s.within(clause, keyword.start):
            return False
        if not _DIRECTIONS[keyword.kind].match(s.text, keyword.end):
            return False
        partners = s.within(keyword.end, self.amount.start)
        if not partners:
            # '…, xuất khẩu sang thị trường này đạt …': the partner the passage is about.
            return self._partner_named_before(keyword) is not None
        return partners[0].place.kind in CHINESE

    def _partner_named_before(self, keyword: Keyword) -> str | None:
        """The Chinese party of the passage's (or else the article's) last figure when the trade
        word's partner is a word standing for it ('xuất khẩu sang thị trường này', 'nhập khẩu
        từ nước này'), unless the sentence before spoke only of another partner."""
        direction = _DIRECTIONS.get(keyword.kind)
        match = direction.match(self.sentence.text, keyword.end) if direction else None
        recent = self.lead.recent or self.lead.dated
        if match is None or recent is None or recent.province is None or self.lead.elsewhere:
            return None
        spans = self.sentence.partner_words(match.end(), self.amount.start)
        return recent.province if spans and spans[0][0] == match.end() else None

    def _partner_as_topic(self, keyword: Keyword) -> bool:
        """'Với Phúc Kiến, thương mại tăng đều: …': the sentence opens on one Chinese party as
        its topic, and the trade word's clause names no other."""
        s = self.sentence
        topic = _TOPIC.match(s.text)
        if topic is None or keyword.start < topic.end():
            return False
        named = s.within(0, topic.end())
        return (
            len(named) == 1
            and named[0].place.kind in CHINESE
            and not s.within(topic.end(), self.amount.start)
        )

    def _clause_topic(self) -> PlaceMention | None:
        """'…; với Quảng Đông, xuất khẩu 4 tháng ước đạt …': the one Chinese party a later clause
        of the sentence opens on as its topic, when the amount is in that clause."""
        s = self.sentence
        clause = s.text.rfind(";", 0, self.amount.start) + 1
        if clause == 0:
            return None
        topic = _TOPIC.match(s.text, clause)
        if topic is None:
            return None
        named = s.parties_within(clause, topic.end())
        return named[0] if len(named) == 1 and named[0].place.kind in CHINESE else None

    def _the_two_countries_understood(self) -> bool:
        """'Năm 2000, thương mại hai chiều đạt …' in an article whose party is China: a
        bilateral word, no place in the sentence, and no passage of another party's before."""
        s = self.sentence
        return (
            self.context.main_province == NATIONAL
            and not s.places
            and (self.recent is None or self.recent.province == NATIONAL)
            and s.has(trade_words().implicit_parties, 0, self.amount.start)
        )

    def _same_parties_as_recent(self) -> bool:
        """'Trong 9 tháng, thương mại hai chiều đạt …' after a sentence that named the parties:
        a bilateral word and no party of its own, so the passage's parties hold."""
        s = self.sentence
        return (
            self.recent is not None
            and not any(p.start < self.amount.start for p in s.places)
            and (
                s.has(trade_words().implicit_parties, 0, self.amount.start)
                or self._bare_trade_after_figure()
            )
        )

    def _same_trade_as_previous(self, keyword: Keyword) -> bool:
        """'Quý I/2025, kim ngạch đạt 1,52 tỷ USD, …; riêng tháng 3 đạt 560 triệu USD': an
        amount whose trade word is that of the figure before it in the sentence, with no party
        named since, is a figure of the same parties."""
        return (
            self.previous is not None
            and keyword.end <= self.previous_end
            and not self.sentence.within(self.previous_end, self.amount.start)
        )

    def _bare_trade_after_figure(self) -> bool:
        """'Hai tháng đầu năm 2025, kim ngạch đạt 610 triệu USD.' right after a sentence giving
        two-way trade with a partner: a sentence of only its time, the bare trade word and the
        amount goes on with that trade, in a time of its own."""
        s, before = self.sentence, self.lead.just_before
        if before is None or before.kind != "two-way" or self.previous is not None:
            return False
        bare = _BARE_TRADE.match(s.text)
        if bare is None or bare.end() != self.amount.start:
            return False
        time = bare["time"]
        return not s.places and (year_before(time) is not None or period_in(time) is not None)

    def _province(self, keyword: Keyword, region_start: int) -> str | None:
        """The Chinese side: named with the trade words ('tỉnh bạn' for the article's own), the
        previous figure's, named earlier in the sentence, China itself, the continued figure's,
        or (unless the sentence before spoke of another partner) China for 'hai nước', the
        passage's for 'hai chiều', the article's for 'hai bên' (China's in an article about the
        two countries)."""
        s, start = self.sentence, self.amount.start
        in_region = [p for p in s.parties_within(region_start, start) if p.place.kind in CHINESE]
        if in_region:
            return province_of(in_region[-1])
        host = self.context.main_province
        if host not in (None, NATIONAL) and s.article_partner_words(region_start, start):
            # 'kim ngạch thương mại giữa Việt Nam và tỉnh bạn': the article's own province.
            return host
        topic = self._clause_topic()
        if topic is not None:
            return province_of(topic)
        understood = self._partner_named_before(keyword)
        if understood is not None:
            return understood
        if self.previous is not None:
            return self.previous.province
        earlier = s.parties_within(0, start)
        divisions = [p for p in earlier if p.place.kind == "division"]
        if divisions:
            # 'Với tỉnh Hồ Bắc, nơi có thủ phủ Vũ Hán, …': the province, not its city in passing.
            named = [p for p in divisions if not p.place.via_city]
            return province_of((named or divisions)[-1])
        if any(p.place.kind == "china" for p in earlier):
            return NATIONAL
        if self.carried is not None:
            return self.carried.province
        words = trade_words()
        if self.lead.elsewhere:
            return None
        if s.has(words.two_countries, 0, start):
            return NATIONAL
        if self.recent is not None and self._same_parties_as_recent():
            return self.recent.province
        if s.has(words.both_sides, 0, start) or self._the_two_countries_understood():
            # 'hai bên' in an article whose headline or lead is about the two countries is them.
            return NATIONAL if self.context.national else self.context.main_province
        return self._breakdown_party()

    def _kind(self, keyword: Keyword) -> TradeKind | None:
        """two-way, or the direction of exports/imports from who sends to whom; the kind of the
        figure a word such as 'con số này' stands for."""
        if keyword.figure_kind is not None:
            return keyword.figure_kind
        if keyword.kind == "two-way":
            return self._market_kind(keyword) or "two-way"
        # One of several trade words told 'lần lượt' is read with its own words first
        # ('… xuất khẩu sang Việt Nam'), then with those the words share ('xuất khẩu và nhập
        # khẩu của Việt Nam với …').
        vietnam_acts = None
        topic = self._clause_topic()
        if topic is not None and not self.sentence.within(topic.end, keyword.start):
            # '…; với Quảng Đông, xuất khẩu đạt …': the trade with the topic, from Vietnam's side.
            vietnam_acts = True
        elif keyword.reach is not None and keyword.reach < self.amount.start:
            vietnam_acts = vietnam_is_actor(
                self.sentence, keyword, self.previous_end, keyword.reach
            )
        if vietnam_acts is None:
            vietnam_acts = vietnam_is_actor(
                self.sentence, keyword, self.previous_end, self.amount.start
            )
        if vietnam_acts is None and self.carried is not None and self.carried.bilateral:
            # 'Trong đó, xuất khẩu đạt …' under Vietnam's trade with a partner: Vietnamese news
            # counts exports and imports from Vietnam's side.
            vietnam_acts = True
        if vietnam_acts is None:
            return None
        exports = keyword.kind == "export"
        return "vn_export" if exports == vietnam_acts else "vn_import"

    def _market_kind(self, keyword: Keyword) -> TradeKind | None:
        """'Trung Quốc là thị trường xuất khẩu lớn thứ hai của Việt Nam với kim ngạch … đạt':
        the amount is what the market's side sells there (Vietnam's exports), or buys there
        ('thị trường nhập khẩu'); a market of the Chinese side's ('Việt Nam là thị trường xuất
        khẩu lớn nhất của Quảng Tây') turns it round."""
        text = self.sentence.text
        clause = max(text.rfind(mark, 0, keyword.start) for mark in ",;:") + 1
        market = _MARKET.search(text, clause, keyword.start)
        if market is None:
            return None
        exports = market["direction"].lower() == "xuất"
        whose = _WHOSE.search(market[0])
        of_vietnam = whose is None or whose["whose"] == "Việt Nam"
        return "vn_export" if exports == of_vietnam else "vn_import"

    def _year(self) -> _Year | None:
        """The year: written before the amount, just after it, 'năm nay'/'năm ngoái' (from the
        article's date) in the sentence, the previous figure's, or the continued one's."""
        text, start = self.sentence.text, self.amount.start
        reference = self.context.reference_year
        before = _without_comparisons(text[:start])
        found = year_before(before)
        relative = relative_year_at(before, reference)
        # 'Năm 2022 đạt …; năm nay ước đạt …': the year written last is the figure's, and a
        # sentence's own 'năm nay' beats the year of the figure it continues ('Riêng quý I năm
        # nay, …'), but within a sentence only when written after the figure before it.
        if (
            relative
            and (found is None or relative.start > found.start)
            and (relative.start >= self.previous_end or self.previous is None)
        ):
            return _Year(int(relative.value))
        if found:
            return _Year(int(found.value), written=found)
        after = CLAUSE_BREAK.split(text[self.amount.end :], maxsplit=1)[0]
        later = year_after(after)
        if later:
            return _Year(int(later.value), after=after[: later.end])
        if self.previous is not None:
            return _Year(self.previous.year, source=passage(self.previous))
        if self.carried is not None:
            return _Year(self.carried.year, source=self.carried)
        counted = counted_back(text[self.previous_end : start], self.context.reference_day)
        if counted is not None:
            return _Year(counted[0], counted=counted[1])
        earlier = self.recent or self.lead.dated
        names_no_time = (
            year_before(text) is None
            and relative_year_at(text, reference) is None
            and period_in(text) is None
            and counted_back(text, self.context.reference_day) is None
        )
        if earlier is not None and names_no_time:
            # 'Xét theo địa phương, Quảng Tây dẫn đầu: … đạt 34,6 tỷ USD' a few sentences after
            # the article's dated figure, naming no time of its own: that figure's time.
            return _Year(earlier.year, source=earlier)
        period = period_in(text[self.previous_end : start])
        undated = year_of_period(str(period.value), self.context.reference_day) if period else None
        return _Year(undated) if undated else None

    def _period(self, year: _Year, region_start: int) -> str:
        """The part of the year: named with the trade words, by the written year (before the
        amount or after it: 'đạt 22 tỷ USD trong 5 tháng đầu năm 2024'), else anywhere in the
        sentence's part before the amount when the year comes from elsewhere ('Riêng tháng 3,
        …', '6 tháng đầu năm nay, …'); else that of the total it is a part of ('10 tháng đầu
        năm đạt 31,2 tỷ USD, trong đó Việt Nam nhập khẩu 24,6 tỷ USD'), of the figure the year
        came from, or the full year."""
        before = self.sentence.text[: self.amount.start]
        if year.counted is not None:
            return year.counted
        default = year.source.period if year.source else "full_year"
        total = self.previous
        if total is not None and total.year == year.value and self._part_of_previous():
            default = total.period
        if year.written is not None:
            return period_near(before, year.written, region_start, default=default)
        spans = (before[region_start:], year.after or "", before[self.previous_end :])
        found = next((p for text in spans if (p := period_in(text))), None)
        return str(found.value) if found else default


@dataclass(frozen=True, slots=True)
class _Year:
    """A figure's year and where it came from: written before the amount, in the words after
    it, another figure's, or months counted back from the article's date."""

    value: int
    written: Found | None = None
    after: str | None = None
    source: Passage | None = None
    counted: str | None = None  # the period of months counted back ('8 tháng qua')


CHINESE = ("division", "china")
# What joins the two parties of a trade: 'TP.HCM và Quảng Đông', 'Lào Cai với Vân Nam', 'Lạng
# Sơn - Quảng Tây'.
_PAIR_JOINT = re.compile(r"\s*(?:và|với|[-–])\s*", re.I)
# A figure revised: '… được điều chỉnh từ 18,3 tỷ USD lên 18,71 tỷ USD'; the old value is none.
_REVISED_FROM = re.compile(r"điều\s+chỉnh(?:\s+(?:tăng|giảm))?\s+từ\s*$", re.I)
# A threshold passed, not the figure: '… lần đầu vượt mốc 250 tỷ USD, đạt 252,4 tỷ USD'.
_MILESTONE = re.compile(r"\bmốc\s*$", re.I)
# A sentence opening on its topic: 'Với Phúc Kiến, …', 'Riêng với tỉnh Vân Nam, …'.
_TOPIC = re.compile(r"\s*(?:riêng\s+)?(?:đối\s+)?với\s+[^,;:]{2,40},", re.I)
# A sum over years, not one year's trade: 'Tính từ năm 2015 đến nay, … đạt hơn 1.300 tỷ USD';
# 'Trong giai đoạn 2016-2020, tổng kim ngạch …', 'tổng kim ngạch trong 10 năm qua …'.
_SINCE_A_YEAR = re.compile(r"\btừ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+nay\b", re.I)
_OVER_YEARS = re.compile(
    r"\bgiai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}\b|\b\d+\s+năm\s+(?:qua|gần\s+đây|vừa\s+qua)\b", re.I
)
_TOTAL = re.compile(r"\btổng\b", re.I)
# '…, tăng 9,7% so với mức ', ' so với ' between a figure and the amount it is compared with,
# and the year after that amount: ' của năm 2023', ' cùng kỳ năm trước'.
_BASE_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:tăng|giảm)\b(?:[^,;:()]|,(?=\d))*?)?\bso\s+với\s+(?:mức\s+|con\s+số\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?",
    re.I,
)
_BASE_YEAR_AFTER = re.compile(
    r"\s*(?:của\s+|trong\s+|vào\s+)?(?:(?P<same>cùng\s+kỳ\s+)|cả\s+)?năm\s+"
    r"(?:(?P<year>(?:19|20)\d{2})|trước|ngoái)\b",
    re.I,
)
# '…, tăng 12,5% so với năm 2023 (', ' so với cùng kỳ năm trước (': the year compared with, then
# its amount in brackets.
_BASE_YEAR_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:tăng|giảm)\b(?:[^,;:()]|,(?=\d))*?)?\bso\s+với\s+"
    r"(?:(?P<same>cùng\s+kỳ\s+)|cả\s+)?năm\s+(?:(?P<year>(?:19|20)\d{2})|trước|ngoái)\s*"
    r"\(\s*(?:(?:khoảng|gần|hơn|trên)\s+)?",
    re.I,
)
# What a change is compared with, to its clause's end: 'so với cùng kỳ năm 2023', 'so với mức …'.
_COMPARED_WITH = re.compile(r"\bso\s+với\b(?:[^,;:]|,(?=\d))*", re.I)


def _without_comparisons(text: str) -> str:
    """`text` with what a change is compared with blanked out, up to its clause's end: 'năm
    2024, … tăng 9,7% so với mức 2,16 tỷ USD của năm 2023; trong đó xuất khẩu …' is of 2024."""
    return _COMPARED_WITH.sub(lambda m: " " * len(m.group()), text)


def _summed_over_years(clause: str) -> bool:
    return bool(
        _SINCE_A_YEAR.search(clause) or (_OVER_YEARS.search(clause) and _TOTAL.search(clause))
    )


_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:19|20)\d{2})\b")
# A clause ranking a province after another: 'Quảng Tây đứng thứ hai với …', '…, còn Giang Tô
# đạt …', 'Vân Nam, tỉnh có đường biên giới dài nhất với Việt Nam, chỉ đạt …', 'Vân Nam - tỉnh
# có đường biên giới dài với Việt Nam - chỉ đứng thứ 11 với khoảng …', and the next ones of a
# ranking with their amounts in brackets: 'Tiếp theo là Phúc Kiến (6,2 tỷ USD) và Thượng Hải
# (5,7 tỷ USD)'.
_CLAUSE_OPENING = re.compile(r";\s*|,\s+(?:còn|trong\s+khi)\s+|\)\s*(?:,|và)\s*", re.I)
_RANK_SUBJECT = re.compile(
    r"\s*(?:(?:tiếp\s+theo|tiếp\s+đến|kế\s+đến|kế\s+tiếp|sau\s+đó)\s+là\s+|đáng\s+chú\s+ý,\s*)?"
    r"(?:(?:tỉnh|khu\s+tự\s+trị)\s+)?(?P<place>\w)",
    re.I,
)
_RANKED = re.compile(
    r"\s*\(\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*"
    r"|(?:\s*,[^,;]{3,80},|\s+[-–][^-–,;]{3,80}\s[-–])?\s*(?:(?:chỉ|cũng)\s+)?"
    r"(?:(?:đứng|xếp)\s+(?:thứ\s+\w+|sau|tiếp\s+theo)\s*)?"
    r"(?:(?:chỉ|cũng|ước)\s+)?(?:với|đạt|là)\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*",
    re.I,
)
# A sentence of only a time, the bare trade word and an amount: 'Hai tháng đầu năm 2025, kim
# ngạch đạt …', 'Quý I/2025, kim ngạch thương mại hai chiều ước đạt khoảng …'.
_BARE_TRADE = re.compile(
    r"\s*(?P<time>[^,;:]{4,40}),\s*(?:tổng\s+)?kim\s+ngạch(?:\s+thương\s+mại)?"
    r"(?:\s+(?:hai\s+chiều|song\s+phương))?\s+(?:(?:đã|chỉ|cũng|tiếp\s+tục)\s+)?"
    r"(?:ước\s+)?(?:đạt|là)\s+(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?",
    re.I,
)
# What an amount counts when words follow it: 'đạt 50 tỷ USD kim ngạch ngoại thương'.
_COUNTED_AFTER = re.compile(
    r"\s*(?:kim\s+ngạch|xuất|nhập|thương\s+mại|ngoại\s+thương|vốn|đầu\s+tư|doanh\s+thu|GDP)",
    re.I,
)
# What opens a sum restating the one before: a bracket, 'tương đương', 'quy đổi', 'tức'.
_RESTATED = re.compile(r"\s*(?:\(|,?\s*(?:tương\s+đương|quy\s+đổi|tức)(?!\w))", re.I)
# 'thị trường xuất khẩu lớn thứ hai của Việt Nam với …': a market for one side's sales.
_MARKET = re.compile(r"\bthị\s+trường\s+(?P<direction>xuất|nhập)\s+khẩu\b[^,;]*?\bvới\s+$", re.I)
_WHOSE = re.compile(r"\bcủa\s+(?P<whose>\w+(?:\s+\w+)?)")
# The word after an export (import) that names its partner: 'xuất khẩu sang …', 'nhập khẩu từ …'.
# The word after a trade word with no subject that names its partner: 'xuất khẩu sang …',
# 'nhập khẩu từ …', 'kim ngạch hai chiều với …'.
_DIRECTIONS = {
    "export": re.compile(r"\s+(?:hàng\s+hóa\s+)?sang\s", re.I),
    "import": re.compile(r"\s+(?:hàng\s+hóa\s+)?từ\s", re.I),
    "two-way": re.compile(r"\s+(?:hai\s+chiều\s+)?với\s", re.I),
}
# What opens the breakdown of a total: "…, trong đó xuất khẩu …".
_BREAKDOWN = "trong đó"


def province_of(mention: PlaceMention) -> str | None:
    """The province (or 'Trung Quốc') a party names; None for a city, whose trade is not its
    province's ('Thâm Quyến' is not 'Quảng Đông')."""
    if mention.place.kind == "china":
        return NATIONAL
    return None if mention.place.via_city else mention.place.name

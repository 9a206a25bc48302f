"""What one amount of a sentence is read with: the article's context, what the sentences before
told (the passage it goes on with), and the figure before it in the sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from extract.numbers import Amount
from extract.trade_sentence import Sentence
from extract.trade_words import Keyword
from extract.types import TradeFigure


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
    # The headline and the lead name no Vietnamese locality whose trade a figure could be.
    vietnam_wide: bool = False


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
    # The last figure, past sentences with no sum at all: what a ranking goes on from.
    ranked_from: TradeFigure | None = None
    # The Chinese party the sentence just before named as Vietnam's trade partner, with no
    # figure ('Quảng Đông là đối tác thương mại lớn nhất của Việt Nam …').
    partner_told: str | None = None
    # The figures of the sentence just before, for words standing for them told in turn ('Cùng
    # kỳ năm 2024, hai con số này lần lượt là …').
    in_turn: tuple[TradeFigure, ...] = ()
    # The time the sentence just before named with a trade word but no sum ('Cục Hải quan công
    # bố số liệu xuất nhập khẩu năm 2025.'), as a passage of no party.
    time_told: Passage | None = None
    # The time of a sum the sentence just before told but gave no figure of, a whole ('6 tháng
    # đầu năm 2024, tổng kim ngạch xuất nhập khẩu của cả nước đạt 368,5 tỷ USD.'), for a
    # sentence telling its parts ('Trong đó, …'), as a passage of no party.
    whole_told: Passage | None = None
    # The time the sentence just before only said how it went of ('Năm 2025 là năm tăng trưởng
    # tốt.'), as a passage of no party.
    time_judged: Passage | None = None
    # The one time the paragraph before named, while this one has named none ('Tính chung 11
    # tháng năm 2025, …' closing it), as a passage of no party: read only when a figure asks.
    paragraph_before: Callable[[], Passage | None] | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """One amount of a sentence being read as a trade figure, with what it is read with."""

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

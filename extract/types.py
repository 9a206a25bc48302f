"""The facts an article yields, as plain immutable values shared by every layer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Side = Literal["VN", "CN", "other"]
TradeKind = Literal["two-way", "vn_export", "vn_import"]

NATIONAL = "Trung Quốc"
"""The `province` of a Vietnam–China national total."""


@dataclass(frozen=True, slots=True)
class TradeFigure:
    """Vietnam's trade with one Chinese province (or with China) in one period."""

    province: str
    year: int
    period: str  # "full_year", "H1", "Q1".."Q4", "M1-M11", "M5"
    kind: TradeKind
    value_usd: int | None
    growth_pct: float | None
    approximate: bool
    quote: str
    value: float | None = None  # only when the text gives another currency
    currency: str = "USD"


@dataclass(frozen=True, slots=True)
class Official:
    """A person named with an office, as the article writes it."""

    name: str
    title: str
    side: Side
    province: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting the article reports: talks, an audience, a conference…"""

    kind: str  # "talks", "online talks", "audience", "reception", "phone call", "conference"…
    label: str  # the words the article uses, e.g. "hội đàm trực tuyến"
    date: date | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Agreement:
    """A document signed, or agreed to be signed."""

    name: str  # e.g. "Bản ghi nhớ hợp tác giữa hai cơ quan đầu mối"
    # "memorandum", "framework agreement", "action plan", "plan", "scheme", "agreement",
    # "document", "contract", "letter of intent", "regulation"
    kind: str
    signed: bool
    date: date | None = None


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Everything the parser found in one article; `body` is the clean main text."""

    title: str
    body: str
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    # The page gives the day alone: `published` is that day's midnight, and its JSON the day.
    published_day_only: bool = False
    event_date: date | None = None
    event_year_inferred: bool = False
    provinces: tuple[str, ...] = ()
    trade_figures: tuple[TradeFigure, ...] = ()
    officials: tuple[Official, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_facts(self) -> bool:
        """True when the article is about a Chinese province or carries a bilateral fact."""
        return bool(self.provinces or self.trade_figures)

    def to_json(self) -> dict[str, Any]:
        """The `briefbot parse` JSON contract (DESIGN.md): ISO dates, lists, no body."""
        return {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self._published_json(),
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "event_year_inferred": self.event_year_inferred,
            "provinces": list(self.provinces),
            "trade_figures": [_figure_json(f) for f in self.trade_figures],
            "officials": [asdict(o) for o in self.officials],
            "meetings": [_meeting_json(m) for m in self.meetings],
            "agreements": [_agreement_json(a) for a in self.agreements],
        }

    def _published_json(self) -> str | None:
        """The stamp in ISO form ('2021-08-03T17:01:00+07:00'), or the day alone ('2025-12-05')
        when the page states no time of day: none is invented."""
        if self.published is None:
            return None
        if self.published_day_only:
            return self.published.date().isoformat()
        return self.published.isoformat()


def _figure_json(figure: TradeFigure) -> dict[str, Any]:
    data = asdict(figure)
    if figure.currency == "USD":
        data.pop("value")
        data.pop("currency")
    return data


def _meeting_json(meeting: Meeting) -> dict[str, Any]:
    data = asdict(meeting)
    data["date"] = meeting.date.isoformat() if meeting.date else None
    data["participants"] = list(meeting.participants)
    return data


def _agreement_json(agreement: Agreement) -> dict[str, Any]:
    data = asdict(agreement)
    data["date"] = agreement.date.isoformat() if agreement.date else None
    return data

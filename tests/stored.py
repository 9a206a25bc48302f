"""A parsed article to store (a conference on Quảng Đông with its officials, figure, meeting and
document), storing one as the CLI does, and counting what the database holds afterwards."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.ingest import IngestOutcome, ingest_article
from db.models import Base
from extract.types import Agreement, Official, ParsedArticle
from extract.types import Meeting as FoundMeeting
from extract.types import TradeFigure as FoundFigure

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
FACT_TABLES = ("trade_figures", "roles", "people", "meetings", "meeting_participants", "agreements")

BODY = (
    "Sáng 28/10 tại Hà Nội, hai đoàn đại biểu đã họp để rà soát hợp tác giữa các địa phương.\n"
    "Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ và Phó Tỉnh trưởng tỉnh Quảng Đông "
    "Trương Quốc Trí cùng chủ trì cuộc họp.\n"
    "Kim ngạch song phương năm 2024 được nêu là 56,2 tỷ USD, tăng 16,6%."
)
VU = Official("Nguyễn Minh Vũ", "Thứ trưởng Thường trực Bộ Ngoại giao", "VN")
TRI = Official("Trương Quốc Trí", "Phó Tỉnh trưởng tỉnh Quảng Đông", "CN", "Quảng Đông")
FIGURE_2024 = FoundFigure(
    province="Quảng Đông",
    year=2024,
    period="full_year",
    kind="two-way",
    value_usd=56_200_000_000,
    growth_pct=16.6,
    approximate=False,
    quote="Kim ngạch song phương năm 2024 được nêu là 56,2 tỷ USD, tăng 16,6%.",
)


def article(**changes: object) -> ParsedArticle:
    """A parsed article about one conference on Quảng Đông; `changes` override its fields."""
    base = ParsedArticle(
        title="Việt Nam và Quảng Đông rà soát hợp tác",
        body=BODY,
        source="baoquocte.vn",
        event_date=date(2025, 10, 28),
        provinces=("Quảng Đông",),
        trade_figures=(FIGURE_2024,),
        officials=(VU, TRI),
        meetings=(
            FoundMeeting(
                kind="conference",
                label="cuộc họp",
                date=date(2025, 10, 28),
                place="Hà Nội",
                participants=("Nguyễn Minh Vũ", "Trương Quốc Trí"),
            ),
        ),
        agreements=(Agreement("Thỏa thuận khung về khu công nghiệp", "framework agreement", True),),
    )
    return dataclasses.replace(base, **changes)


def ingest(sessions: sessionmaker[Session], parsed: ParsedArticle) -> IngestOutcome:
    """One article in one transaction, as the CLI does it."""
    with sessions.begin() as session:
        return ingest_article(parsed, session=session, now=NOW)


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each table of the schema holds."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }

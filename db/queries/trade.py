"""Queries about trade figures: the latest of a province, and its history, each with sources."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from db.models import Article, TradeFigure
from db.queries.articles import ARTICLE_CARD

FULL_YEAR = "full_year"
# Figure rows read for one answer: a history longer than this is shown from its newest part.
FIGURE_ROWS = 500

_QUARTER = re.compile(r"^Q([1-4])$")
_MONTHS = re.compile(r"^(?:M1-)?M(1[0-2]|[1-9])$")


class FigureRow(NamedTuple):
    """The columns that identify a reported figure, and where it was reported."""

    id: int
    article_id: int
    year: int
    period: str
    kind: str
    value_usd: int | None
    value: float | None
    currency: str
    growth_pct: float | None

    @property
    def key(self) -> tuple[object, ...]:
        """Two rows with the same key report the same figure; otherwise they disagree."""
        return self[2:]


@dataclass
class FigureGroup:
    """One figure as reported, possibly by several articles; `figure` is the newest report."""

    figure: TradeFigure
    article: Article
    article_count: int
    other_articles: list[Article] = field(default_factory=list)


@dataclass
class LatestFigures:
    """The newest full-year figures, and a partial period of a later year when there is one.

    Only the most widely reported versions are loaded; `versions` counts, for each (year,
    period, kind), how many different versions the news gave, and `left_out` how many versions
    were not loaded."""

    full_year: list[FigureGroup]
    partial: list[FigureGroup]
    versions: dict[tuple[int, str, str], int]
    left_out: int


@dataclass
class FigureHistory:
    """Figures newest first; `older_left_out` when older ones exist beyond what was read."""

    groups: list[FigureGroup]
    older_left_out: bool


def period_end_month(period: str) -> int:
    """How far into the year a period reaches: full year 12, 'H1' 6, 'Q3' 9, 'M1-M11' 11."""
    if period == FULL_YEAR:
        return 12
    if period == "H1":
        return 6
    if match := _QUARTER.match(period):
        return 3 * int(match.group(1))
    if match := _MONTHS.match(period):
        return int(match.group(1))
    return 0


def _figure_rows(
    session: Session, province_id: int, condition: ColumnElement[bool], limit: int
) -> list[FigureRow]:
    """A province's figure rows matching `condition`, newest year first."""
    rows = session.execute(
        select(
            TradeFigure.id,
            TradeFigure.article_id,
            TradeFigure.year,
            TradeFigure.period,
            TradeFigure.kind,
            TradeFigure.value_usd,
            TradeFigure.value,
            TradeFigure.currency,
            TradeFigure.growth_pct,
        )
        .where(TradeFigure.province_id == province_id, condition)
        .order_by(TradeFigure.year.desc())
        .limit(limit)
    )
    return [FigureRow._make(row) for row in rows]


def _grouped(rows: list[FigureRow]) -> list[list[FigureRow]]:
    """Rows reporting the same figure together, in the order the figures first appear."""
    groups: dict[tuple[object, ...], list[FigureRow]] = {}
    for row in rows:
        groups.setdefault(row.key, []).append(row)
    return list(groups.values())


def _load_groups(
    session: Session, row_groups: list[list[FigureRow]], *, others: int
) -> list[FigureGroup]:
    """Figure groups with their newest report and up to `others` further reporting articles."""
    if not row_groups:
        return []
    newest = [max(rows, key=lambda r: r.id) for rows in row_groups]
    further = [
        sorted({r.article_id for r in rows} - {top.article_id}, reverse=True)[:others]
        for rows, top in zip(row_groups, newest, strict=True)
    ]
    figures = {
        f.id: f
        for f in session.scalars(
            select(TradeFigure).where(TradeFigure.id.in_([r.id for r in newest]))
        )
    }
    wanted = {r.article_id for r in newest} | {i for ids in further for i in ids}
    articles = {
        a.id: a
        for a in session.scalars(
            select(Article).options(ARTICLE_CARD).where(Article.id.in_(wanted))
        )
    }
    return [
        FigureGroup(
            figure=figures[top.id],
            article=articles[top.article_id],
            article_count=len({r.article_id for r in rows}),
            other_articles=[articles[i] for i in ids],
        )
        for rows, top, ids in zip(row_groups, newest, further, strict=True)
    ]


def latest_full_year(*, session: Session, province_id: int) -> int | None:
    return session.scalar(
        select(TradeFigure.year)
        .where(TradeFigure.province_id == province_id, TradeFigure.period == FULL_YEAR)
        .order_by(TradeFigure.year.desc())
        .limit(1)
    )


def _most_reported(row_groups: list[list[FigureRow]], limit: int) -> list[list[FigureRow]]:
    def reach(rows: list[FigureRow]) -> tuple[int, int]:
        return (len({r.article_id for r in rows}), max(r.id for r in rows))

    return sorted(row_groups, key=reach, reverse=True)[:limit]


def latest_figures(
    *, session: Session, province_id: int, versions: int = 6, others: int = 3
) -> LatestFigures:
    """What /tradelatest shows: the versions of the newest full-year figures, then the newest
    part of a later year when the news already has one."""
    year = latest_full_year(session=session, province_id=province_id)
    newer: ColumnElement[bool] = TradeFigure.period != FULL_YEAR
    if year is not None:
        newer = newer & (TradeFigure.year > year)
        full_year = (TradeFigure.year == year) & (TradeFigure.period == FULL_YEAR)
        # Both in one statement: the newest year's full-year rows, then the later partial ones.
        newer = (TradeFigure.year >= year) & (full_year | newer)
    rows = _figure_rows(session, province_id, newer, 2 * FIGURE_ROWS)
    full = [r for r in rows if r.period == FULL_YEAR][:FIGURE_ROWS]
    partial = [r for r in rows if r.period != FULL_YEAR][:FIGURE_ROWS]
    if partial:
        last = max(partial, key=lambda r: (r.year, period_end_month(r.period)))
        partial = [r for r in partial if (r.year, r.period) == (last.year, last.period)]
    full_groups, partial_groups = _grouped(full), _grouped(partial)
    counted: dict[tuple[int, str, str], int] = defaultdict(int)
    for group in [*full_groups, *partial_groups]:
        counted[(group[0].year, group[0].period, group[0].kind)] += 1
    full_groups = _most_reported(full_groups, versions)
    partial_groups = _most_reported(partial_groups, versions - len(full_groups) or 1)
    loaded = _load_groups(session, [*full_groups, *partial_groups], others=others)
    return LatestFigures(
        full_year=loaded[: len(full_groups)],
        partial=loaded[len(full_groups) :],
        versions=dict(counted),
        left_out=sum(counted.values()) - len(full_groups) - len(partial_groups),
    )


def figure_history(*, session: Session, province_id: int, max_groups: int) -> FigureHistory:
    """Distinct figures of a province, newest first, each counted over every article reporting
    it; when there are more, the newest complete years up to `max_groups` figures."""
    rows = _figure_rows(session, province_id, true(), FIGURE_ROWS + 1)
    older_left_out = len(rows) > FIGURE_ROWS
    if older_left_out:
        # The oldest year read may be incomplete: drop it, unless it is all there is.
        cut = rows[FIGURE_ROWS - 1].year
        rows = [r for r in rows[:FIGURE_ROWS] if r.year > cut] or rows[:FIGURE_ROWS]
    groups = _grouped(rows)
    if len(groups) > max_groups:
        groups, older_left_out = groups[:max_groups], True
    return FigureHistory(_load_groups(session, groups, others=0), older_left_out)

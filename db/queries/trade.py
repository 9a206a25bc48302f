"""Queries about trade figures: the latest of a province, and its history, each with sources."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    bindparam,
    distinct,
    func,
    select,
    true,
)
from sqlalchemy.orm import Session

from db.models import Article, TradeFigure
from db.queries.articles import ARTICLE_CARD

FULL_YEAR = "full_year"
# Reports a history covers: one longer than this is shown from its newest years.
FIGURE_ROWS = 500
# A year before any figure: where a province has no full-year figure, every year is read.
_NO_YEAR = 0

_QUARTER = re.compile(r"^Q([1-4])$")
_MONTHS = re.compile(r"^(?:M1-)?M(1[0-2]|[1-9])$")


class FigureKey(NamedTuple):
    """What tells one reported figure from another: two reports with the same key agree."""

    year: int
    period: str
    kind: str
    value_usd: int | None
    value: float | None
    currency: str
    growth_pct: float | None


class ReportedFigure(NamedTuple):
    """One figure as a province's articles reported it: how many articles did, and the id of its
    newest report."""

    key: FigureKey
    articles: int
    newest_id: int


_KEY_COLUMNS = (
    TradeFigure.year,
    TradeFigure.period,
    TradeFigure.kind,
    TradeFigure.value_usd,
    TradeFigure.value,
    TradeFigure.currency,
    TradeFigure.growth_pct,
)


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


def _reach_of(period: str) -> tuple[int, int]:
    """How far into the year a period reaches, and how many months it covers: 'M1-M9' (9, 9)
    tells more than 'Q3' (9, 3) or 'M9' (9, 1)."""
    end = period_end_month(period)
    if period == "H1" or period.startswith("M1-"):
        return end, end
    if _QUARTER.match(period):
        return end, 3
    return end, 1


# The statements of the answers, built once with their parameters bound at each call: building
# and compiling a statement costs more than SQLite takes to run it.
_PROVINCE: BindParameter[int] = bindparam("province_id", type_=Integer)
_SINCE: BindParameter[int] = bindparam("since", type_=Integer)  # the first year read


def _counted_figures(condition: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """A province's figures from year `since` on that match `condition`, each once with its
    reports counted (from the index alone), newest year first, then newest reported first."""
    newest_id = func.max(TradeFigure.id)
    return (
        select(*_KEY_COLUMNS, func.count(distinct(TradeFigure.article_id)), newest_id)
        .where(TradeFigure.province_id == _PROVINCE, TradeFigure.year >= _SINCE, condition)
        .group_by(*_KEY_COLUMNS)
        .order_by(TradeFigure.year.desc(), newest_id.desc())
    )


@cache
def _newest_reports(missing: frozenset[str]) -> Select[*tuple[Any, ...]]:
    """The `count` newest articles reporting one figure, newest first (side by side in the
    index: the figure's columns, then its articles); `missing`: the columns the figure leaves
    empty. Each column is matched with '=' or 'IS NULL', which both databases answer from the
    index (PostgreSQL does not for 'IS NOT DISTINCT FROM'); one statement per pattern."""
    return (
        select(TradeFigure.article_id)
        .where(
            TradeFigure.province_id == _PROVINCE,
            *(
                column.is_(None) if column.key in missing else column == bindparam(column.key)
                for column in _KEY_COLUMNS
            ),
        )
        .distinct()
        .order_by(TradeFigure.article_id.desc())
        .limit(bindparam("count"))
    )


# The newest full year's figures (year `since`) and the partial periods of later years; with no
# full year at all (`since` before any), every partial period.
_LATEST = _counted_figures(
    ((TradeFigure.year == _SINCE) & (TradeFigure.period == FULL_YEAR))
    | ((TradeFigure.year > _SINCE) & (TradeFigure.period != FULL_YEAR))
)
_HISTORY = _counted_figures(true())
# The years of a province's newest reports, one per report (from the index alone).
# The years at the ends of a history, in one statement: the newest report's, the years of the
# last report it may cover and of the first it may not (`last_in`, `first_out`: their places,
# newest first), and the oldest report's; each read from the index alone.
_YEARS_NEWEST_FIRST = (
    select(TradeFigure.year)
    .where(TradeFigure.province_id == _PROVINCE)
    .order_by(TradeFigure.year.desc())
    .limit(1)
)
_HISTORY_YEARS = select(
    _YEARS_NEWEST_FIRST.scalar_subquery(),
    _YEARS_NEWEST_FIRST.offset(bindparam("last_in")).scalar_subquery(),
    _YEARS_NEWEST_FIRST.offset(bindparam("first_out")).scalar_subquery(),
    select(func.min(TradeFigure.year))
    .where(TradeFigure.province_id == _PROVINCE)
    .scalar_subquery(),
)
_OLDER_YEARS = (
    select(TradeFigure.id)
    .where(TradeFigure.province_id == _PROVINCE, TradeFigure.year < _SINCE)
    .limit(1)
)
_LATEST_FULL_YEAR = (
    select(TradeFigure.year)
    .where(TradeFigure.province_id == _PROVINCE, TradeFigure.period == FULL_YEAR)
    .order_by(TradeFigure.year.desc())
    .limit(1)
)
_FIGURES = select(TradeFigure).where(TradeFigure.id.in_(bindparam("ids", expanding=True)))
_ARTICLES = (
    select(Article).options(ARTICLE_CARD).where(Article.id.in_(bindparam("ids", expanding=True)))
)


def _reported_figures(
    session: Session, statement: Select[*tuple[Any, ...]], province_id: int, since: int
) -> list[ReportedFigure]:
    rows = session.execute(statement, {"province_id": province_id, "since": since})
    return [ReportedFigure(FigureKey._make(row[:7]), row[7], row[8]) for row in rows]


def _reporting_articles(
    session: Session, province_id: int, figures: list[ReportedFigure], count: int
) -> dict[FigureKey, list[int]]:
    """The `count` newest articles reporting each figure, newest first."""
    if not count:
        return {}
    found = {}
    for f in figures:
        values = {k: v for k, v in f.key._asdict().items() if v is not None}
        statement = _newest_reports(frozenset(f.key._fields) - frozenset(values))
        parameters = {"province_id": province_id, "count": count, **values}
        found[f.key] = list(session.scalars(statement, parameters))
    return found


def _load_groups(
    session: Session, province_id: int, figures: list[ReportedFigure], *, others: int
) -> list[FigureGroup]:
    """Figure groups with their newest report and up to `others` further reporting articles."""
    if not figures:
        return []
    ids = [r.newest_id for r in figures]
    loaded = {f.id: f for f in session.scalars(_FIGURES, {"ids": ids})}
    newest = [loaded[r.newest_id] for r in figures]
    # One more than wanted: the newest report's own article is among them.
    reporting = _reporting_articles(session, province_id, figures, others + 1 if others else 0)
    further = [
        [i for i in reporting.get(r.key, []) if i != top.article_id][:others]
        for r, top in zip(figures, newest, strict=True)
    ]
    wanted = {f.article_id for f in newest} | {i for ids in further for i in ids}
    articles = {a.id: a for a in session.scalars(_ARTICLES, {"ids": sorted(wanted)})}
    return [
        FigureGroup(
            figure=top,
            article=articles[top.article_id],
            article_count=r.articles,
            other_articles=[articles[i] for i in ids],
        )
        for r, top, ids in zip(figures, newest, further, strict=True)
    ]


def latest_full_year(*, session: Session, province_id: int) -> int | None:
    return session.scalar(_LATEST_FULL_YEAR, {"province_id": province_id})


def _most_reported(figures: list[ReportedFigure], limit: int) -> list[ReportedFigure]:
    return sorted(figures, key=lambda r: (r.articles, r.newest_id), reverse=True)[:limit]


def latest_figures(
    *, session: Session, province_id: int, versions: int = 6, others: int = 3
) -> LatestFigures:
    """What /tradelatest shows: the versions of the newest full-year figures, then the newest
    part of a later year when the news already has one."""
    year = latest_full_year(session=session, province_id=province_id)
    since = _NO_YEAR if year is None else year
    figures = _reported_figures(session, _LATEST, province_id, since)
    full = [r for r in figures if r.key.period == FULL_YEAR]
    partial = [r for r in figures if r.key.period != FULL_YEAR]
    if partial:
        # The part of the year reaching furthest; of those ending the same month, the longest.
        last = max(partial, key=lambda r: (r.key.year, *_reach_of(r.key.period)))
        partial = [r for r in partial if r.key[:2] == last.key[:2]]
    counted: dict[tuple[int, str, str], int] = defaultdict(int)
    for r in [*full, *partial]:
        counted[(r.key.year, r.key.period, r.key.kind)] += 1
    full = _most_reported(full, versions)
    partial = _most_reported(partial, versions - len(full) or 1)
    loaded = _load_groups(session, province_id, [*full, *partial], others=others)
    return LatestFigures(
        full_year=loaded[: len(full)],
        partial=loaded[len(full) :],
        versions=dict(counted),
        left_out=sum(counted.values()) - len(full) - len(partial),
    )


def figure_history(*, session: Session, province_id: int, max_groups: int) -> FigureHistory:
    """Distinct figures of a province, newest first, each counted over every article reporting
    it; when there are more, those of the newest years up to FIGURE_ROWS reports and
    `max_groups` figures."""
    newest = _newest_years(session, province_id)
    if newest is None:
        return FigureHistory([], older_left_out=False)
    since, all_years = newest
    figures = _reported_figures(session, _HISTORY, province_id, since)
    older_left_out = len(figures) > max_groups or (
        not all_years and _older_than(session, province_id, since)
    )
    figures = figures[:max_groups]
    return FigureHistory(_load_groups(session, province_id, figures, others=0), older_left_out)


def _newest_years(session: Session, province_id: int) -> tuple[int, bool] | None:
    """The first year of a history, and whether it is the province's first: the newest years
    whose reports add up to FIGURE_ROWS at most, and always the newest year. None when the
    province has no figure."""
    parameters = {"province_id": province_id, "last_in": FIGURE_ROWS - 1, "first_out": FIGURE_ROWS}
    newest, last_in, first_out, oldest = session.execute(_HISTORY_YEARS, parameters).one()
    if newest is None:
        return None
    if first_out is None:
        return oldest, True
    if last_in != first_out or last_in == newest:
        return last_in, False
    return last_in + 1, False  # that year's reports run past the budget: it is left out whole


def _older_than(session: Session, province_id: int, year: int) -> bool:
    return session.scalar(_OLDER_YEARS, {"province_id": province_id, "since": year}) is not None

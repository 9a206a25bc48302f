"""Read-side queries behind the bot's answers: bounded, aggregated in SQL, never committing."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select, tuple_
from sqlalchemy.orm import Session, joinedload, selectinload

from db.models import (
    Article,
    ArticleProvince,
    Meeting,
    MeetingParticipant,
    Person,
    Province,
    Role,
    TradeFigure,
)

FULL_YEAR = "full_year"
_QUARTER = re.compile(r"^Q([1-4])$")
_MONTHS = re.compile(r"^(?:M1-)?M(1[0-2]|[1-9])$")

# Columns that make two reports "the same figure"; rows differing in any of them disagree.
_FIGURE_KEY = (
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
    """One figure as reported, possibly by several articles: `figure` is the newest report."""

    figure: TradeFigure
    article_count: int
    other_articles: list[Article] = field(default_factory=list)

    @property
    def key(self) -> tuple[object, ...]:
        return figure_key(self.figure)


@dataclass(frozen=True)
class OfficialSeen:
    """A person with the title of their latest appearance in the scope asked about."""

    person: Person
    title: str
    seen_on: date | None
    article: Article


@dataclass(frozen=True)
class ProvinceCoverage:
    """What the database knows about one province."""

    province: Province
    articles: int
    figures: int
    officials: int


@dataclass(frozen=True)
class PeopleSignature:
    """A cheap fingerprint of the people table: it changes when people are added or removed."""

    count: int
    max_id: int


@dataclass(frozen=True)
class PersonName:
    id: int
    name: str
    side: str


@dataclass
class LatestFigures:
    """The newest full-year figures, and a partial period of a later year when there is one."""

    full_year: list[FigureGroup]
    partial: list[FigureGroup]


def figure_key(figure: TradeFigure) -> tuple[object, ...]:
    return tuple(getattr(figure, column.key) for column in _FIGURE_KEY)


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


# --- provinces ---------------------------------------------------------------------------


def province_by_key(*, session: Session, key: str) -> Province | None:
    return session.scalars(select(Province).where(Province.key == key)).one_or_none()


def coverage(*, session: Session) -> list[ProvinceCoverage]:
    """Provinces with at least one article, figure or official, the most covered first."""
    articles = dict(
        session.execute(
            select(ArticleProvince.province_id, func.count()).group_by(ArticleProvince.province_id)
        ).all()
    )
    figures = dict(
        session.execute(
            select(TradeFigure.province_id, func.count()).group_by(TradeFigure.province_id)
        ).all()
    )
    officials = dict(
        session.execute(
            select(Role.province_id, func.count(func.distinct(Role.person_id)))
            .where(Role.province_id.is_not(None))
            .group_by(Role.province_id)
        ).all()
    )
    ids = set(articles) | set(figures) | set(officials)
    if not ids:
        return []
    provinces = session.scalars(select(Province).where(Province.id.in_(ids)))
    rows = [
        ProvinceCoverage(
            province=p,
            articles=articles.get(p.id, 0),
            figures=figures.get(p.id, 0),
            officials=officials.get(p.id, 0),
        )
        for p in provinces
    ]
    return sorted(rows, key=lambda r: (-r.articles, -r.figures, r.province.name_vi))


# --- trade figures -----------------------------------------------------------------------


def latest_full_year(*, session: Session, province_id: int) -> int | None:
    return session.scalar(
        select(func.max(TradeFigure.year)).where(
            TradeFigure.province_id == province_id, TradeFigure.period == FULL_YEAR
        )
    )


def figure_groups(
    *,
    session: Session,
    province_id: int,
    condition: ColumnElement[bool],
    limit: int,
    newest_first: bool = False,
) -> tuple[list[FigureGroup], int]:
    """Distinct figures of a province matching `condition`, each with how many articles report
    it; at most `limit` groups (the newest when there are more), and the total number."""
    grouped = (
        select(
            func.max(TradeFigure.id).label("representative"),
            func.count(func.distinct(TradeFigure.article_id)).label("articles"),
        )
        .where(TradeFigure.province_id == province_id, condition)
        .group_by(*_FIGURE_KEY)
    ).subquery()
    total = session.scalar(select(func.count()).select_from(grouped)) or 0
    rows = session.execute(
        select(TradeFigure, grouped.c.articles)
        .join(grouped, TradeFigure.id == grouped.c.representative)
        .options(joinedload(TradeFigure.article))
        .order_by(TradeFigure.year.desc(), TradeFigure.id.desc())
        .limit(limit)
    ).all()
    groups = [FigureGroup(figure=figure, article_count=count) for figure, count in rows]
    if not newest_first:
        groups.reverse()
    return groups, total


def latest_figures(*, session: Session, province_id: int, limit: int = 12) -> LatestFigures:
    """The figures /tradelatest shows, each group with a few further articles reporting it."""
    year = latest_full_year(session=session, province_id=province_id)
    full: list[FigureGroup] = []
    newer: ColumnElement[bool] = TradeFigure.period != FULL_YEAR
    if year is not None:
        full, _ = figure_groups(
            session=session,
            province_id=province_id,
            condition=(TradeFigure.period == FULL_YEAR) & (TradeFigure.year == year),
            limit=limit,
            newest_first=True,
        )
        newer = newer & (TradeFigure.year > year)
    partial, _ = figure_groups(
        session=session,
        province_id=province_id,
        condition=newer,
        limit=4 * limit,
        newest_first=True,
    )
    if partial:
        newest = max(partial, key=lambda g: (g.figure.year, period_end_month(g.figure.period)))
        partial = [
            g
            for g in partial
            if (g.figure.year, g.figure.period) == (newest.figure.year, newest.figure.period)
        ][:limit]
    attach_other_articles(full + partial, session=session, province_id=province_id)
    return LatestFigures(full_year=full, partial=partial)


def attach_other_articles(
    groups: list[FigureGroup], *, session: Session, province_id: int, per_group: int = 3
) -> None:
    """Fill each group's `other_articles`: further articles reporting the very same figure."""
    wanted = [g for g in groups if g.article_count > 1]
    if not wanted:
        return
    by_key = {g.key: g for g in wanted}
    rows = session.scalars(
        select(TradeFigure)
        .where(
            TradeFigure.province_id == province_id,
            tuple_(TradeFigure.year, TradeFigure.period).in_(
                sorted({(g.figure.year, g.figure.period) for g in wanted})
            ),
            TradeFigure.id.not_in([g.figure.id for g in wanted]),
        )
        .options(joinedload(TradeFigure.article))
        .order_by(TradeFigure.id.desc())
        .limit(per_group * len(wanted) * 4)
    )
    for row in rows:
        group = by_key.get(figure_key(row))
        seen = {group.figure.article_id, *(a.id for a in group.other_articles)} if group else set()
        if group and row.article_id not in seen and len(group.other_articles) < per_group:
            group.other_articles.append(row.article)


def further_sources(
    *, session: Session, article_ids: list[int], per_article: int = 5
) -> dict[int, list[Article]]:
    """Articles recorded as the same story as each of `article_ids` (other outlets)."""
    if not article_ids:
        return {}
    rows = session.scalars(
        select(Article)
        .where(Article.same_story_as_id.in_(article_ids))
        .order_by(Article.published.desc(), Article.id.desc())
        .limit(per_article * len(article_ids))
    )
    found: dict[int, list[Article]] = defaultdict(list)
    for article in rows:
        assert article.same_story_as_id is not None
        if len(found[article.same_story_as_id]) < per_article:
            found[article.same_story_as_id].append(article)
    return dict(found)


# --- officials ---------------------------------------------------------------------------


def _role_day() -> ColumnElement[date | None]:
    return func.coalesce(Role.seen_on, Article.event_date)


def _latest_roles(
    roles_in_scope: ColumnElement[bool], *, session: Session, limit: int
) -> list[Role]:
    """Each person's newest role among roles matching `roles_in_scope`, newest people first."""
    ranked = (
        select(
            Role.id.label("role_id"),
            _role_day().label("day"),
            func.row_number()
            .over(partition_by=Role.person_id, order_by=(_role_day().desc(), Role.id.desc()))
            .label("rank"),
        )
        .join(Article, Role.article_id == Article.id)
        .where(roles_in_scope)
    ).subquery()
    return list(
        session.scalars(
            select(Role)
            .join(ranked, Role.id == ranked.c.role_id)
            .where(ranked.c.rank == 1)
            .options(joinedload(Role.person), joinedload(Role.article))
            .order_by(ranked.c.day.desc().nulls_last(), Role.id.desc())
            .limit(limit)
        )
    )


def _seen(roles: list[Role]) -> list[OfficialSeen]:
    return [
        OfficialSeen(
            person=r.person,
            title=r.title,
            seen_on=r.seen_on or r.article.event_date,
            article=r.article,
        )
        for r in roles
    ]


def province_officials(*, session: Session, province_id: int, limit: int) -> list[OfficialSeen]:
    """People seen holding an office of the province, with their latest such title."""
    return _seen(_latest_roles(Role.province_id == province_id, session=session, limit=limit))


def province_official_count(*, session: Session, province_id: int) -> int:
    return (
        session.scalar(
            select(func.count(func.distinct(Role.person_id))).where(Role.province_id == province_id)
        )
        or 0
    )


def counterparts(
    *, session: Session, province_id: int, person_ids: list[int], limit: int
) -> list[OfficialSeen]:
    """Vietnamese officials who met the province's officials: in the same articles or the
    same meetings; each with the title they held when last seen there."""
    province_articles = select(Role.article_id).where(Role.province_id == province_id)
    shared_meetings = select(MeetingParticipant.meeting_id).where(
        MeetingParticipant.person_id.in_(person_ids)
    )
    meeting_articles = select(Meeting.article_id).where(Meeting.id.in_(shared_meetings))
    vietnamese = select(Person.id).where(Person.side == "VN")
    scope = Role.person_id.in_(vietnamese) & or_(
        Role.article_id.in_(province_articles), Role.article_id.in_(meeting_articles)
    )
    return _seen(_latest_roles(scope, session=session, limit=limit))


def person_by_id(*, session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def person_roles(*, session: Session, person_id: int, limit: int) -> list[Role]:
    """A person's titles as seen, oldest first (undated last), with article and province."""
    day = _role_day()
    return list(
        session.scalars(
            select(Role)
            .join(Article, Role.article_id == Article.id)
            .where(Role.person_id == person_id)
            .options(joinedload(Role.article), joinedload(Role.province))
            .order_by(day.asc().nulls_last(), Role.id)
            .limit(limit)
        )
    )


def person_meetings(*, session: Session, person_id: int, limit: int) -> list[Meeting]:
    """Meetings the person took part in, newest first, with participants and article."""
    return list(
        session.scalars(
            select(Meeting)
            .join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
            .join(Article, Meeting.article_id == Article.id)
            .where(MeetingParticipant.person_id == person_id)
            .options(joinedload(Meeting.article), selectinload(Meeting.participants))
            .order_by(
                func.coalesce(Meeting.date, Article.event_date).desc().nulls_last(),
                Meeting.id.desc(),
            )
            .limit(limit)
        )
    )


def people_signature(*, session: Session) -> PeopleSignature:
    count, max_id = session.execute(select(func.count(Person.id), func.max(Person.id))).one()
    return PeopleSignature(count=count or 0, max_id=max_id or 0)


def people_after(*, session: Session, after_id: int) -> list[PersonName]:
    """Every person whose id is above `after_id` (0: everyone), by id."""
    rows = session.execute(
        select(Person.id, Person.name, Person.side).where(Person.id > after_id).order_by(Person.id)
    )
    return [PersonName(id=i, name=n, side=s) for i, n, s in rows]


def people_by_ids(*, session: Session, ids: list[int]) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.id.in_(ids))))


# --- articles ----------------------------------------------------------------------------


def latest_articles(*, session: Session, province_id: int, limit: int) -> list[Article]:
    """The newest first reports about a province (other outlets' copies left out)."""
    return list(
        session.scalars(
            select(Article)
            .join(ArticleProvince, ArticleProvince.article_id == Article.id)
            .where(ArticleProvince.province_id == province_id, Article.same_story_as_id.is_(None))
            .order_by(
                Article.published.desc().nulls_last(),
                Article.event_date.desc().nulls_last(),
                Article.id.desc(),
            )
            .limit(limit)
        )
    )

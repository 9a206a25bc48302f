"""Read-side queries behind the bot's answers: bounded reads along indexes, never committing.

Every query reads a bounded number of rows whatever the size of the database, so that an answer
stays fast at a hundred thousand articles; what needs a whole-table aggregate (coverage) comes
with a cheap signature that tells a cache when to compute it again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, exists, func, select, true
from sqlalchemy.orm import Session, joinedload, load_only, selectinload

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
# Figure rows read for one answer: a history longer than this is shown from its newest part.
FIGURE_ROWS = 500
# Roles read to find a province's most recently seen officials.
ROLE_WINDOW = 400
# Below this many articles a province's newest articles are found through its own rows;
# above it, by walking the newest articles (the first few matches come quickly).
SPARSE_ARTICLES = 300

_QUARTER = re.compile(r"^Q([1-4])$")
_MONTHS = re.compile(r"^(?:M1-)?M(1[0-2]|[1-9])$")

# What an answer shows of an article (its body can be long and is never shown).
ARTICLE_CARD = load_only(
    Article.id,
    Article.title,
    Article.source,
    Article.url,
    Article.published,
    Article.event_date,
    Article.same_story_as_id,
)


# --- trade figures -----------------------------------------------------------------------


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
    full: list[FigureRow] = []
    newer: ColumnElement[bool] = TradeFigure.period != FULL_YEAR
    if year is not None:
        full = _figure_rows(
            session,
            province_id,
            (TradeFigure.year == year) & (TradeFigure.period == FULL_YEAR),
            FIGURE_ROWS,
        )
        newer = newer & (TradeFigure.year > year)
    partial = _figure_rows(session, province_id, newer, FIGURE_ROWS)
    if partial:
        last = max(partial, key=lambda r: (r.year, period_end_month(r.period)))
        partial = [r for r in partial if (r.year, r.period) == (last.year, last.period)]
    full_groups, partial_groups = _grouped(full), _grouped(partial)
    counted: dict[tuple[int, str, str], int] = defaultdict(int)
    for rows in [*full_groups, *partial_groups]:
        counted[(rows[0].year, rows[0].period, rows[0].kind)] += 1
    full_groups = _most_reported(full_groups, versions)
    partial_groups = _most_reported(partial_groups, versions - len(full_groups) or 1)
    return LatestFigures(
        full_year=_load_groups(session, full_groups, others=others),
        partial=_load_groups(session, partial_groups, others=others),
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


def further_sources(
    *, session: Session, article_ids: list[int], per_article: int = 5
) -> dict[int, list[Article]]:
    """Articles recorded as the same story as each of `article_ids` (other outlets)."""
    if not article_ids:
        return {}
    rows = session.scalars(
        select(Article)
        .options(ARTICLE_CARD)
        .where(Article.same_story_as_id.in_(article_ids))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc())
        .limit(per_article * len(article_ids))
    )
    found: dict[int, list[Article]] = defaultdict(list)
    for article in rows:
        story = article.same_story_as_id
        if story is not None and len(found[story]) < per_article:
            found[story].append(article)
    return dict(found)


# --- coverage ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceCoverage:
    """What the database knows about one province (`key` as in the gazetteer)."""

    province_id: int
    key: str
    articles: int
    figures: int
    officials: int


def coverage_signature(*, session: Session) -> tuple[int, ...]:
    """Changes whenever articles, figures or roles are added, or articles or figures removed.
    Each count is its own statement: SQLite answers a bare count(*) without reading rows."""
    statements = (
        select(func.max(Article.id)),
        select(func.count()).select_from(ArticleProvince),
        select(func.max(TradeFigure.id)),
        select(func.count()).select_from(TradeFigure),
        select(func.max(Role.id)),
    )
    return tuple(session.scalar(statement) or 0 for statement in statements)


def coverage(*, session: Session) -> list[ProvinceCoverage]:
    """Provinces with at least one article, figure or official, the most covered first.
    This reads whole tables: cache it by `coverage_signature`."""
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
    officials = {
        province_id: count
        for province_id, count in session.execute(
            select(Role.province_id, func.count(func.distinct(Role.person_id)))
            .where(Role.province_id.is_not(None))
            .group_by(Role.province_id)
        )
        if province_id is not None
    }
    ids = set(articles) | set(figures) | set(officials)
    keys = dict(
        session.execute(select(Province.id, Province.key).where(Province.id.in_(ids))).all()
    )
    rows = [
        ProvinceCoverage(
            province_id=i,
            key=keys[i],
            articles=articles.get(i, 0),
            figures=figures.get(i, 0),
            officials=officials.get(i, 0),
        )
        for i in ids
    ]
    return sorted(rows, key=lambda r: (-r.articles, -r.figures, -r.officials, r.key))


def province_by_key(*, session: Session, key: str) -> Province | None:
    return session.scalars(select(Province).where(Province.key == key)).one_or_none()


# --- officials ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialSeen:
    """A person with the title of their latest appearance in the scope asked about."""

    person: Person
    title: str
    seen_on: date | None
    article: Article


@dataclass(frozen=True)
class ProvinceOfficials:
    """A province's most recently seen officials, and the articles they were seen in."""

    officials: list[OfficialSeen]
    article_ids: list[int]


@dataclass(frozen=True)
class Tenure:
    """One title of a person as the news has shown it, first and last seen."""

    title: str
    first: date | None
    last: date | None
    articles: int
    article: Article  # the latest article showing it


def _first_per_person(rows: list[tuple[int, int]], limit: int) -> list[int]:
    """Of (role id, person id) rows in order, the role ids of each person's first row."""
    seen: set[int] = set()
    chosen: list[int] = []
    for role_id, person_id in rows:
        if person_id not in seen and len(chosen) < limit:
            seen.add(person_id)
            chosen.append(role_id)
    return chosen


def _officials_seen(session: Session, role_ids: list[int]) -> list[OfficialSeen]:
    """The roles `role_ids` with person and article, in the order given."""
    roles = {
        r.id: r
        for r in session.scalars(
            select(Role)
            .where(Role.id.in_(role_ids))
            .options(joinedload(Role.person), joinedload(Role.article).options(ARTICLE_CARD))
        )
    }
    return [
        OfficialSeen(
            person=roles[i].person,
            title=roles[i].title,
            seen_on=roles[i].seen_on or roles[i].article.event_date,
            article=roles[i].article,
        )
        for i in role_ids
    ]


def province_officials(*, session: Session, province_id: int, limit: int) -> ProvinceOfficials:
    """The people most recently seen holding an office of the province, with that title
    (dated sightings first; undated ones after), and the recent articles showing them."""
    in_province = Role.province_id == province_id
    dated = session.execute(
        select(Role.id, Role.person_id, Role.article_id)
        .where(in_province, Role.seen_on.is_not(None))
        .order_by(Role.seen_on.desc(), Role.id.desc())
        .limit(ROLE_WINDOW)
    ).all()
    undated = session.execute(
        select(Role.id, Role.person_id, Role.article_id)
        .where(in_province, Role.seen_on.is_(None))
        .order_by(Role.id.desc())
        .limit(ROLE_WINDOW // 4)
    ).all()
    rows = [*dated, *undated]
    officials = _officials_seen(session, _first_per_person([(r, p) for r, p, _ in rows], limit))
    shown = {seen.person.id for seen in officials}
    articles = sorted({a for _, p, a in rows if p in shown})
    return ProvinceOfficials(officials=officials, article_ids=articles)


def counterparts(*, session: Session, seen: ProvinceOfficials, limit: int) -> list[OfficialSeen]:
    """Vietnamese officials who met these officials: seen in the same articles or in the same
    meetings, each with the title they held there, most recent first."""
    person_ids = [official.person.id for official in seen.officials]
    if not person_ids:
        return []
    meeting_articles = session.scalars(
        select(Meeting.article_id)
        .join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
        .where(MeetingParticipant.person_id.in_(person_ids))
        .order_by(Meeting.id.desc())
        .limit(ROLE_WINDOW)
    ).all()
    article_ids = sorted(set(seen.article_ids) | set(meeting_articles))
    if not article_ids:
        return []
    rows = session.execute(
        select(Role.id, Role.person_id)
        .join(Person, Person.id == Role.person_id)
        .where(Role.article_id.in_(article_ids), Person.side == "VN")
        .order_by(Role.seen_on.desc().nulls_last(), Role.id.desc())
    ).all()
    return _officials_seen(session, _first_per_person([(r, p) for r, p in rows], limit))


def person_by_id(*, session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def person_tenures(*, session: Session, person_id: int, limit: int) -> list[Tenure]:
    """A person's titles, each with when it was first and last seen, the latest `limit`
    titles, oldest first (undated titles last)."""
    rows = session.execute(
        select(
            Role.title,
            func.min(Role.seen_on),
            func.max(Role.seen_on),
            func.count(func.distinct(Role.article_id)),
            func.max(Role.id),
        )
        .where(Role.person_id == person_id)
        .group_by(Role.title)
        .order_by(func.max(Role.seen_on).desc().nulls_last(), func.max(Role.id).desc())
        .limit(limit)
    ).all()
    latest = {
        r.id: r.article
        for r in session.scalars(
            select(Role)
            .where(Role.id.in_([row[4] for row in rows]))
            .options(joinedload(Role.article).options(ARTICLE_CARD))
        )
    }
    tenures = [
        Tenure(title=t, first=first, last=last, articles=n, article=latest[role_id])
        for t, first, last, n, role_id in rows
    ]
    return sorted(tenures, key=lambda t: (t.first is None, t.first or date.min, t.title))


def person_meetings(*, session: Session, person_id: int, limit: int) -> list[Meeting]:
    """Meetings the person took part in, newest first, with participants and article."""
    return list(
        session.scalars(
            select(Meeting)
            .join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
            .where(MeetingParticipant.person_id == person_id)
            .options(
                joinedload(Meeting.article).options(ARTICLE_CARD),
                selectinload(Meeting.participants),
            )
            .order_by(Meeting.date.desc().nulls_last(), Meeting.id.desc())
            .limit(limit)
        )
    )


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


def people_signature(*, session: Session) -> PeopleSignature:
    count, max_id = session.execute(
        select(
            select(func.count()).select_from(Person).scalar_subquery(),
            select(func.max(Person.id)).scalar_subquery(),
        )
    ).one()
    return PeopleSignature(count=count or 0, max_id=max_id or 0)


def people_after(*, session: Session, after_id: int) -> list[PersonName]:
    """Every person whose id is above `after_id` (0: everyone), by id."""
    rows = session.execute(
        select(Person.id, Person.name, Person.side).where(Person.id > after_id).order_by(Person.id)
    )
    return [PersonName(id=i, name=n, side=s) for i, n, s in rows]


# --- articles ----------------------------------------------------------------------------


def latest_articles(
    *, session: Session, province_id: int, limit: int, article_count: int
) -> list[Article]:
    """The newest first reports about a province (other outlets' copies left out).
    `article_count` (from the coverage) picks the plan that stays fast for that province."""
    first_reports = Article.same_story_as_id.is_(None)
    if article_count > SPARSE_ARTICLES:
        about = exists().where(
            ArticleProvince.article_id == Article.id, ArticleProvince.province_id == province_id
        )
        return list(
            session.scalars(
                select(Article)
                .options(ARTICLE_CARD)
                .where(first_reports, about)
                .order_by(Article.published.desc().nulls_last(), Article.id.desc())
                .limit(limit)
            )
        )
    ids = session.scalars(
        select(ArticleProvince.article_id).where(ArticleProvince.province_id == province_id)
    ).all()
    dated = session.execute(
        select(Article.id, Article.published).where(Article.id.in_(ids), first_reports)
    ).all()
    newest = sorted(
        dated,
        key=lambda row: (row.published is not None, row.published or 0, row.id),
        reverse=True,
    )[:limit]
    found = {
        a.id: a
        for a in session.scalars(
            select(Article).options(ARTICLE_CARD).where(Article.id.in_([r.id for r in newest]))
        )
    }
    return [found[r.id] for r in newest]

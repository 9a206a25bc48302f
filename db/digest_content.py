"""What a digest reports: facts ingested in a window of time about a set of provinces.

A window is (since, until] on `Article.ingested_at`: a fact belongs to the first digest after
the article carrying it was stored, whatever the article's own date. Each section keeps the
newest few items and counts them all, so a digest can say how many more there are.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, true
from sqlalchemy.orm import QueryableAttribute, Session, joinedload, selectinload

from db.digests import utc
from db.models import Agreement, Article, ArticleProvince, Meeting, Role, TradeFigure
from db.queries.articles import ARTICLE_CARD
from extract.fold import fold

# Rows read per section before filtering in Python; a week of news stays far below this.
READ_LIMIT = 400

T = TypeVar("T")


@dataclass(frozen=True)
class FigureNews:
    """A trade figure reported in the window, with what makes it news.

    `replaced` is an earlier report of the same figure with another value (a revision);
    `previous` is the same kind and period of the year before, to compute a change from
    when the article gives none."""

    figure: TradeFigure
    replaced: TradeFigure | None = None
    previous: TradeFigure | None = None


@dataclass(frozen=True)
class OfficialNews:
    """A person seen for the first time (`earlier_title` None), or with a new title."""

    role: Role
    earlier_title: str | None = None


@dataclass(frozen=True)
class Section(Generic[T]):
    """The newest items of one kind, and how many there are in all."""

    items: list[T] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class DigestContent:
    since: datetime
    until: datetime
    articles: Section[Article]
    figures: Section[FigureNews]
    officials: Section[OfficialNews]
    meetings: Section[Meeting]
    agreements: Section[Agreement]

    @property
    def empty(self) -> bool:
        sections = (self.articles, self.figures, self.officials, self.meetings, self.agreements)
        return all(section.total == 0 for section in sections)


def digest_content(
    *,
    session: Session,
    province_ids: Collection[int] | None,
    since: datetime,
    until: datetime,
    per_section: int,
) -> DigestContent:
    """Everything new about `province_ids` (None: every province) in (since, until]."""
    window = and_(Article.ingested_at > utc(since), Article.ingested_at <= utc(until))
    about = _about(province_ids)
    return DigestContent(
        since=utc(since),
        until=utc(until),
        articles=_articles(session, window, about, per_section),
        figures=_figures(session, window, province_ids, since, until, per_section),
        officials=_officials(session, window, about, province_ids, since, per_section),
        meetings=_kept(
            session,
            select(Meeting).join(Meeting.article).where(window, about),
            options=(
                selectinload(Meeting.participants),
                joinedload(Meeting.article).options(ARTICLE_CARD),
            ),
            order=(Meeting.date.desc().nulls_last(), Meeting.id.desc()),
            per_section=per_section,
        ),
        agreements=_kept(
            session,
            select(Agreement).join(Agreement.article).where(window, about),
            options=(joinedload(Agreement.article).options(ARTICLE_CARD),),
            order=(Agreement.date.desc().nulls_last(), Agreement.id.desc()),
            per_section=per_section,
        ),
    )


def _unindexed(column: QueryableAttribute[Any]) -> ColumnElement[Any]:
    """`column` as SQLite cannot look it up through an index (`+ 0` keeps its value, NULL too).

    A window holds a few of the stored articles: a digest's reads start from the time articles
    were stored. SQLite keeps no statistics unless told to, and would rather start from an index
    on a condition most rows meet (first reports, a province), reading nearly every row."""
    return column + 0


def _about(province_ids: Collection[int] | None) -> ColumnElement[bool]:
    """Articles about one of the provinces (every article when None)."""
    if province_ids is None:
        return true()
    return exists().where(
        ArticleProvince.article_id == Article.id,
        ArticleProvince.province_id.in_(list(province_ids)),
    )


def _kept(
    session: Session,
    statement: Select[T],
    *,
    options: tuple[Any, ...],
    order: tuple[Any, ...],
    per_section: int,
) -> Section[T]:
    """The first `per_section` rows of `statement` in `order`, and how many rows it has."""
    total = session.scalar(select(func.count()).select_from(statement.subquery()))
    items = list(session.scalars(statement.options(*options).order_by(*order).limit(per_section)))
    return Section(items, total or 0)


def _articles(
    session: Session, window: ColumnElement[bool], about: ColumnElement[bool], per_section: int
) -> Section[Article]:
    """New stories: first reports only (another outlet's copy is the same news)."""
    return _kept(
        session,
        select(Article).where(window, about, _unindexed(Article.same_story_as_id).is_(None)),
        options=(ARTICLE_CARD,),
        order=(Article.published.desc().nulls_last(), Article.id.desc()),
        per_section=per_section,
    )


def _figures(
    session: Session,
    window: ColumnElement[bool],
    province_ids: Collection[int] | None,
    since: datetime,
    until: datetime,
    per_section: int,
) -> Section[FigureNews]:
    """Figures reported in the window that are new or revised; a figure repeated with the
    value already known is no news."""
    in_provinces = (
        true() if province_ids is None else _unindexed(TradeFigure.province_id).in_(province_ids)
    )
    reported = list(
        session.scalars(
            select(TradeFigure)
            .join(TradeFigure.article)
            .where(window, in_provinces)
            .options(
                joinedload(TradeFigure.article).options(ARTICLE_CARD),
                joinedload(TradeFigure.province),
            )
            .order_by(TradeFigure.year.desc(), TradeFigure.id.desc())
            .limit(READ_LIMIT)
        )
    )
    known: dict[tuple[object, ...], list[_Stored]] = {}
    for stored in _related_figures(session, reported, until):
        known.setdefault(_figure_key(stored), []).append(stored)
    start = utc(since)
    chosen: list[tuple[TradeFigure, int | None, int | None]] = []
    seen: set[tuple[object, ...]] = set()
    for figure in reported:
        key = _figure_key(figure)
        if key in seen:
            continue
        seen.add(key)
        earlier = [f for f in known.get(key, ()) if f.stored_at <= start and f.id != figure.id]
        if any(_value(f) == _value(figure) for f in earlier):
            continue
        previous_key = (figure.province_id, figure.year - 1, figure.period, figure.kind)
        previous = [f for f in known.get(previous_key, ()) if f.value_usd]
        chosen.append(
            (
                figure,
                max(f.id for f in earlier) if earlier else None,
                max(f.id for f in previous) if previous else None,
            )
        )
    loaded = _figures_by_id(session, {i for _, *ids in chosen for i in ids if i is not None})
    news = [
        FigureNews(
            figure=figure,
            replaced=loaded[replaced] if replaced is not None else None,
            previous=loaded[previous] if previous is not None else None,
        )
        for figure, replaced, previous in chosen
    ]
    return Section(news[:per_section], len(news))


class _Stored(NamedTuple):
    """A stored report of a figure: what tells it apart and values it, and when it was stored.
    Earlier reports are compared as plain rows; only those a digest names are loaded whole."""

    id: int
    province_id: int
    year: int
    period: str
    kind: str
    value_usd: int | None
    value: float | None
    currency: str
    stored_at: datetime


def _related_figures(
    session: Session, reported: list[TradeFigure], until: datetime
) -> list[_Stored]:
    """Stored reports of the same figures and of the year before, with when each was stored."""
    if not reported:
        return []
    years = {f.year for f in reported} | {f.year - 1 for f in reported}
    rows = session.execute(
        select(
            TradeFigure.id,
            TradeFigure.province_id,
            TradeFigure.year,
            TradeFigure.period,
            TradeFigure.kind,
            TradeFigure.value_usd,
            TradeFigure.value,
            TradeFigure.currency,
            Article.ingested_at,
        )
        .join(TradeFigure.article)
        .where(
            TradeFigure.province_id.in_({f.province_id for f in reported}),
            TradeFigure.kind.in_({f.kind for f in reported}),
            TradeFigure.period.in_({f.period for f in reported}),
            TradeFigure.year.in_(years),
            Article.ingested_at <= utc(until),
        )
        .order_by(TradeFigure.id.desc())
        .limit(READ_LIMIT)
    )
    return [_Stored(*row[:-1], utc(row[-1])) for row in rows]


def _figures_by_id(session: Session, ids: set[int]) -> dict[int, TradeFigure]:
    if not ids:
        return {}
    return {f.id: f for f in session.scalars(select(TradeFigure).where(TradeFigure.id.in_(ids)))}


def _figure_key(figure: TradeFigure | _Stored) -> tuple[object, ...]:
    return (figure.province_id, figure.year, figure.period, figure.kind)


def _value(figure: TradeFigure | _Stored) -> tuple[object, ...]:
    return (figure.value_usd, figure.value, figure.currency)


def _officials(
    session: Session,
    window: ColumnElement[bool],
    about: ColumnElement[bool],
    province_ids: Collection[int] | None,
    since: datetime,
    per_section: int,
) -> Section[OfficialNews]:
    """Officials of the provinces, and officials without a province (Vietnamese ones, mostly)
    in articles about them, seen for the first time or with a title not seen before."""
    scope: ColumnElement[bool] = true()
    if province_ids is not None:
        province = _unindexed(Role.province_id)
        scope = or_(province.in_(province_ids), and_(province.is_(None), about))
    roles = list(
        session.scalars(
            select(Role)
            .join(Role.article)
            .where(window, scope)
            .options(joinedload(Role.person), joinedload(Role.article).options(ARTICLE_CARD))
            .order_by(Role.seen_on.desc().nulls_last(), Role.id.desc())
            .limit(READ_LIMIT)
        )
    )
    earlier = _earlier_titles(session, {r.person_id for r in roles}, since)
    news: list[OfficialNews] = []
    seen: set[tuple[int, str]] = set()
    for role in roles:
        title = fold(role.title)
        titles = earlier.get(role.person_id, [])
        if (role.person_id, title) in seen or any(fold(t) == title for t in titles):
            continue
        seen.add((role.person_id, title))
        news.append(OfficialNews(role, titles[0] if titles else None))
    return Section(news[:per_section], len(news))


def _earlier_titles(
    session: Session, person_ids: Iterable[int], since: datetime
) -> dict[int, list[str]]:
    """Each person's titles stored before the window, the most recently seen first."""
    ids = list(person_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Role.person_id, Role.title)
        .join(Role.article)
        .where(Role.person_id.in_(ids), Article.ingested_at <= utc(since))
        .order_by(Role.seen_on.desc().nulls_last(), Role.id.desc())
        .limit(READ_LIMIT)
    )
    titles: dict[int, list[str]] = {}
    for person_id, title in rows:
        titles.setdefault(person_id, []).append(title)
    return titles

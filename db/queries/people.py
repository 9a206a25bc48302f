"""Queries about people: a province's officials, who met them, one person's titles and meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Integer,
    Result,
    Select,
    Subquery,
    bindparam,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, joinedload, selectinload

from db.models import Article, Meeting, MeetingParticipant, Person, Role
from db.queries.articles import ARTICLE_CARD

# Roles read to find a province's most recently seen officials.
ROLE_WINDOW = 400
# The newest articles showing them, and their newest meetings, read for the Vietnamese
# officials who met them: enough for a dozen people, and no more rows to sort than that needs.
COUNTERPART_ARTICLES = 100
# Roles fetched at a time while looking for enough people: one row at a time cost more in the
# driver than the query (500 rows read for a province with fewer people than asked for).
ROWS_AT_ONCE = 64


@dataclass(frozen=True)
class OfficialSeen:
    """A person with the title of their latest appearance in the scope asked about."""

    person: Person
    title: str
    seen_on: date | None
    article: Article


@dataclass(frozen=True)
class ProvinceOfficials:
    """A province's most recently seen officials, and the Vietnamese officials who met them."""

    officials: list[OfficialSeen]
    counterparts: list[OfficialSeen]


@dataclass(frozen=True)
class Tenure:
    """One title of a person as the news has shown it, first and last seen."""

    title: str
    first: date | None
    last: date | None
    articles: int
    article: Article  # the latest article showing it


def _province_roles(*columns: InstrumentedAttribute[Any], dated: bool) -> Select[*tuple[Any, ...]]:
    """The province's newest dated roles (at most ROLE_WINDOW), or its newest undated ones
    (a quarter as many): what is read to find its most recently seen officials, so that an old
    province is not read whole."""
    in_province = Role.province_id == bindparam("province_id")
    if dated:
        return (
            select(*columns)
            .where(in_province, Role.seen_on.is_not(None))
            .order_by(Role.seen_on.desc(), Role.id.desc())
            .limit(ROLE_WINDOW)
        )
    return (
        select(*columns)
        .where(in_province, Role.seen_on.is_(None))
        .order_by(Role.id.desc())
        .limit(ROLE_WINDOW // 4)
    )


def _role_window() -> Subquery:
    """The province's roles read to find its most recently seen officials, dated and undated."""
    columns = (Role.id, Role.person_id, Role.article_id, Role.seen_on)
    dated = _province_roles(*columns, dated=True).subquery()
    undated = _province_roles(*columns, dated=False).subquery()
    return union_all(select(dated), select(undated)).subquery("role_window")


def _counterpart_roles() -> Select[int, int]:
    """The roles (id, person id) of the Vietnamese officials seen in the articles showing the
    officials `person_ids` among the province's recent roles, or in those officials' recent
    meetings, most recently seen first."""
    shown = bindparam("person_ids", expanding=True, type_=Integer)
    window = _role_window()
    shown_articles = (
        select(window.c.article_id)
        .where(window.c.person_id.in_(shown))
        .order_by(window.c.seen_on.desc().nulls_last(), window.c.id.desc())
        .limit(COUNTERPART_ARTICLES)
        .subquery()
    )
    # Their newest meetings, picked in the participants' index before any meeting is read.
    newest_meetings = (
        select(MeetingParticipant.meeting_id)
        .where(MeetingParticipant.person_id.in_(shown))
        .order_by(MeetingParticipant.meeting_id.desc())
        .limit(COUNTERPART_ARTICLES)
    )
    meeting_articles = (
        select(Meeting.article_id).where(Meeting.id.in_(newest_meetings.scalar_subquery()))
    ).subquery()
    # An article found both ways counts once all the same: `IN` needs no UNION's sort.
    articles = union_all(select(shown_articles.c.article_id), select(meeting_articles.c.article_id))
    return (
        select(Role.id, Role.person_id)
        .join(Person, Person.id == Role.person_id)
        .where(Role.article_id.in_(articles), Person.side == "VN")
        .order_by(Role.seen_on.desc().nulls_last(), Role.id.desc())
    )


def _first_role_per_person(rows: Result[int, int], found: dict[int, int], limit: int) -> None:
    """Add to `found` (person id -> role id) each new person's first role of `rows` (role id,
    person id), in the rows' order, until `limit` people are found: the rows are read only that
    far (a chunk at a time). Each person's latest role, for the latest people, when the rows
    come newest first."""
    if len(found) >= limit:
        return
    for chunk in rows.partitions(ROWS_AT_ONCE):
        for role_id, person_id in chunk:
            if person_id not in found:
                found[person_id] = role_id
                if len(found) >= limit:
                    return


# Built once: composing these nested statements costs more than SQLite takes to run them.
# They are read row by row and left once enough people are found: ranking the roles in SQL
# (`row_number()` per person) read and sorted all of them first, twice as slow on SQLite.
PROVINCE_ROLES = (
    _province_roles(Role.id, Role.person_id, dated=True),
    _province_roles(Role.id, Role.person_id, dated=False),
)
COUNTERPART_ROLES = _counterpart_roles()
ROLES_SEEN = (
    select(Role)
    .where(Role.id.in_(bindparam("role_ids", expanding=True)))
    .options(joinedload(Role.person), joinedload(Role.article).options(ARTICLE_CARD))
)


def _officials_seen(session: Session, role_ids: list[int]) -> list[OfficialSeen]:
    """The roles `role_ids` with person and article, in the order given."""
    if not role_ids:
        return []
    roles = {r.id: r for r in session.scalars(ROLES_SEEN, {"role_ids": role_ids})}
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
    (dated sightings first; undated ones after); and the Vietnamese officials who met them,
    seen in the same recent articles of the province or in the same meetings, each with the
    title they held there, most recent first. The roles of both are loaded in one query."""
    connection = session.connection()
    officials: dict[int, int] = {}
    for statement in PROVINCE_ROLES:
        with connection.execute(statement, {"province_id": province_id}) as rows:
            _first_role_per_person(rows, officials, limit)
    met: dict[int, int] = {}
    if officials:
        parameters = {"province_id": province_id, "person_ids": list(officials)}
        with connection.execute(COUNTERPART_ROLES, parameters) as rows:
            _first_role_per_person(rows, met, limit)
    seen = _officials_seen(session, [*officials.values(), *met.values()])
    return ProvinceOfficials(officials=seen[: len(officials)], counterparts=seen[len(officials) :])


def some_person_id(*, session: Session) -> int | None:
    """The id of any one person, or None when nobody is known."""
    return session.scalar(select(Person.id).limit(1))


def person_by_id(*, session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def _tenures() -> Select[str, date | None, date | None, int, Article]:
    """A person's latest titles (`person_id`, `limit`), each with when it was first and last
    seen, in how many articles, and the article of its latest role."""
    titles = (
        select(
            Role.title.label("title"),
            func.min(Role.seen_on).label("first"),
            func.max(Role.seen_on).label("last"),
            func.count(func.distinct(Role.article_id)).label("articles"),
            func.max(Role.id).label("latest"),
        )
        .where(Role.person_id == bindparam("person_id"))
        .group_by(Role.title)
        .order_by(func.max(Role.seen_on).desc().nulls_last(), func.max(Role.id).desc())
        .limit(bindparam("limit", type_=Integer))
        .subquery("titles")
    )
    return (
        select(titles.c.title, titles.c.first, titles.c.last, titles.c.articles, Article)
        .join(Role, Role.id == titles.c.latest)
        .join(Article, Article.id == Role.article_id)
        .options(ARTICLE_CARD)
    )


# Built once, and one statement: the latest articles were read by a second query.
TENURES = _tenures()


def person_tenures(*, session: Session, person_id: int, limit: int) -> list[Tenure]:
    """A person's titles, each with when it was first and last seen, the latest `limit`
    titles, oldest first (undated titles last)."""
    rows = session.execute(TENURES, {"person_id": person_id, "limit": limit})
    tenures = [
        Tenure(title=t, first=first, last=last, articles=n, article=article)
        for t, first, last, n, article in rows
    ]
    return sorted(tenures, key=lambda t: (t.first is None, t.first or date.min, t.title))


def _meetings() -> Select[Meeting]:
    """The `limit` newest meetings the person `person_id` took part in, with participants and
    article. The newest are picked before their articles are joined: joined first, every
    meeting's article was read before the sort (650 articles for 12, for someone often seen)."""
    newest_first = (Meeting.date.desc().nulls_last(), Meeting.id.desc())
    newest = (
        select(Meeting.id)
        .join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
        .where(MeetingParticipant.person_id == bindparam("person_id"))
        .order_by(*newest_first)
        .limit(bindparam("limit", type_=Integer))
    )
    return (
        select(Meeting)
        .where(Meeting.id.in_(newest))
        .options(
            joinedload(Meeting.article).options(ARTICLE_CARD),
            selectinload(Meeting.participants),
        )
        .order_by(*newest_first)
    )


MEETINGS = _meetings()


def person_meetings(*, session: Session, person_id: int, limit: int) -> list[Meeting]:
    """Meetings the person took part in, newest first, with participants and article."""
    return list(session.scalars(MEETINGS, {"person_id": person_id, "limit": limit}))


@dataclass(frozen=True)
class PeopleSignature:
    """A cheap fingerprint of the people table: it changes when people are added or removed."""

    count: int
    max_id: int


@dataclass(frozen=True, slots=True)
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

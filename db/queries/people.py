"""Queries about people: a province's officials, who met them, one person's titles and meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from db.models import Article, Meeting, MeetingParticipant, Person, Role
from db.queries.articles import ARTICLE_CARD

# Roles read to find a province's most recently seen officials.
ROLE_WINDOW = 400


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

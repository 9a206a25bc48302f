"""Storing an article's facts: its officials (people and their roles), trade figures,
meetings with their participants, and agreements; only those its story does not know yet.

Like `db.ingest`, every function works inside the caller's transaction and never commits."""

from __future__ import annotations

import logging

from sqlalchemy import Insert, bindparam, insert, select
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Base,
    Meeting,
    MeetingParticipant,
    Person,
    Role,
    TradeFigure,
    table_of,
)
from db.portable import fit
from db.stories import (
    StoryFacts,
    knows_figure,
    knows_meeting,
    province_key,
    story_day,
    vietnamese_participants,
)
from extract.fold import fold, nfc
from extract.types import Official, ParsedArticle

log = logging.getLogger(__name__)

# Built once: composing a statement costs about as much as SQLite takes to answer it.
_PEOPLE_NAMED = select(Person.name, Person.side, Person.id).where(
    Person.name.in_(bindparam("names", expanding=True))
)
_PEOPLE_FOLDED = select(Person.folded, Person.id).where(
    Person.folded.in_(bindparam("folded", expanding=True))
)
# Rows go into the tables, not through the ORM's bulk path for objects, which cost a third of
# storing an article here; the session still runs them, so the data version sees the writes.
_NEW_PEOPLE = insert(table_of(Person)).returning(Person.id, sort_by_parameter_order=True)
_NEW_MEETINGS = insert(table_of(Meeting)).returning(Meeting.id, sort_by_parameter_order=True)
_NEW_PARTICIPANTS = insert(table_of(MeetingParticipant))
# Many rows of each in one statement.
_NEW_FACTS: dict[type[Base], Insert] = {
    model: insert(table_of(model)) for model in (Role, TradeFigure, Agreement)
}


def add_facts(
    parsed: ParsedArticle,
    article_id: int,
    *,
    known: StoryFacts,
    provinces: dict[str, int],
    session: Session,
) -> int:
    """Store for the article the facts its story does not know yet; returns how many."""
    people = _people(parsed.officials, session=session)
    facts = (
        _roles(parsed, article_id, people, known=known, provinces=provinces),
        _trade_figures(parsed, article_id, known=known, provinces=provinces),
        _agreements(parsed, article_id, known=known),
    )
    for model, rows in zip((Role, TradeFigure, Agreement), facts, strict=True):
        if rows:
            session.execute(_NEW_FACTS[model], rows)
    return sum(map(len, facts)) + _add_meetings(
        parsed, article_id, people, known=known, session=session
    )


def _person_key(official: Official) -> tuple[str, str]:
    return fold(official.name), official.side


def _people(officials: tuple[Official, ...], *, session: Session) -> dict[tuple[str, str], int]:
    """The id of the stored person of each official (same name and side), stored now if new."""
    wanted = {_person_key(o): (fit(nfc(o.name), Person.name) or "", o.side) for o in officials}
    if not wanted:
        return {}
    names = sorted({name for name, _side in wanted.values()})
    named = session.connection().execute(_PEOPLE_NAMED, {"names": names})
    stored = {(name, side): id_ for name, side, id_ in named}
    new = list(dict.fromkeys(person for person in wanted.values() if person not in stored))
    if new:
        rows = [{"name": name, "folded": fold(name), "side": side} for name, side in new]
        stored.update(zip(new, session.scalars(_NEW_PEOPLE, rows), strict=True))
    return {key: stored[person] for key, person in wanted.items()}


def _roles(
    parsed: ParsedArticle,
    article_id: int,
    people: dict[tuple[str, str], int],
    *,
    known: StoryFacts,
    provinces: dict[str, int],
) -> list[dict[str, object]]:
    """One role per official the story does not know yet, dated by the event (else the
    publication): `seen_on` orders a person's titles over time."""
    seen_on = story_day(parsed.event_date, parsed.published)
    seen = set(known.people)
    rows: list[dict[str, object]] = []
    for official in parsed.officials:
        key = _person_key(official)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "article_id": article_id,
                "person_id": people[key],
                "title": fit(nfc(official.title), Role.title) or "",
                "province_id": provinces.get(province_key(official.province) or ""),
                "seen_on": seen_on,
            }
        )
    return rows


def _trade_figures(
    parsed: ParsedArticle,
    article_id: int,
    *,
    known: StoryFacts,
    provinces: dict[str, int],
) -> list[dict[str, object]]:
    """The figures the story does not give yet: another value for a known trade and time is
    another source's figure, stored so that answers show the sources differ."""
    rows: list[dict[str, object]] = []
    seen = set(known.figure_values)
    for figure in parsed.trade_figures:
        province = province_key(figure.province)
        if province is None or province not in provinces:
            log.warning("trade figure for unknown province %r left out", figure.province)
            continue
        key = (province, figure.year, figure.period, figure.kind)
        if knows_figure(seen, key, figure.value_usd):
            continue
        seen.add((*key, figure.value_usd))
        rows.append(
            {
                "article_id": article_id,
                "province_id": provinces[province],
                "year": figure.year,
                "period": figure.period,
                "kind": figure.kind,
                "value_usd": figure.value_usd,
                "value": figure.value,
                "currency": figure.currency,
                "growth_pct": figure.growth_pct,
                "approximate": figure.approximate,
                "quote": nfc(figure.quote),
            }
        )
    return rows


def _add_meetings(
    parsed: ParsedArticle,
    article_id: int,
    people: dict[tuple[str, str], int],
    *,
    known: StoryFacts,
    session: Session,
) -> int:
    """Store the meetings the story does not know yet, all in one statement, then all their
    participants in another."""
    rows: list[dict[str, object]] = []
    named: list[tuple[str, ...]] = []
    seen = set(known.meetings)
    for meeting in parsed.meetings:
        vietnamese = vietnamese_participants(meeting, parsed.officials)
        if knows_meeting(seen, meeting.kind, meeting.date, vietnamese):
            continue
        seen.add((meeting.kind, meeting.date, vietnamese))
        named.append(meeting.participants)
        rows.append(
            {
                "article_id": article_id,
                "kind": fit(meeting.kind, Meeting.kind) or "",
                "label": fit(nfc(meeting.label), Meeting.label) or "",
                "date": meeting.date,
                "place": fit(meeting.place, Meeting.place),
            }
        )
    if not rows:
        return 0
    participant = _participants(
        {name for names in named for name in names}, people, session=session
    )
    meeting_ids = session.scalars(_NEW_MEETINGS, rows).all()
    taking_part = [
        {"meeting_id": meeting_id, "person_id": person_id}
        for meeting_id, names in zip(meeting_ids, named, strict=True)
        for person_id in dict.fromkeys(participant[name] for name in names)
        if person_id is not None
    ]
    if taking_part:
        session.execute(_NEW_PARTICIPANTS, taking_part)
    return len(rows)


def _participants(
    names: set[str], people: dict[tuple[str, str], int], *, session: Session
) -> dict[str, int | None]:
    """Each meeting participant's id: one of this article's officials, else the one stored
    person of that name (all looked up in one statement); an unknown or ambiguous name is left
    out rather than guessed."""
    mine: dict[str, int] = {}
    for (person_name, _side), person in people.items():
        mine.setdefault(person_name, person)
    folded = {name: fold(name) for name in names}
    others = sorted({f for f in folded.values() if f not in mine})
    stored: dict[str, list[int]] = {}
    if others:
        for name, person in session.connection().execute(_PEOPLE_FOLDED, {"folded": others}):
            stored.setdefault(name, []).append(person)
    found = {f: ids[0] for f, ids in stored.items() if len(ids) == 1}
    return {name: mine.get(f, found.get(f)) for name, f in folded.items()}


def _agreements(
    parsed: ParsedArticle, article_id: int, *, known: StoryFacts
) -> list[dict[str, object]]:
    return [
        {
            "article_id": article_id,
            "name": fit(nfc(agreement.name), Agreement.name) or "",
            "kind": fit(agreement.kind, Agreement.kind) or "",
            "signed": agreement.signed,
            "date": agreement.date,
        }
        for agreement in parsed.agreements
        if not known.knows_agreement(agreement.kind, agreement.name)
    ]

"""Fuzzy resolution: a typed name to one person among 10,000 (and to one province), with the
mix of spellings users type; the people index built on the first question measured apart."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select

from benchmarks.queries import PERSON_FORMS, PROVINCE_FORMS, person_text, province_text
from benchmarks.stats import latency_summary
from benchmarks.world import World
from db.models import Person
from db.setup import open_database
from extract.fold import fold
from handlers.resolve import PersonChoices, PersonFound, resolve_person, resolve_province


def world_with_people(count: int, seed: int) -> list[tuple[str, str]]:
    """`count` generated officials (name, side): the people of a large enough corpus."""
    size = count * 10
    people = World(size, seed).people
    while len(people) < count:
        size *= 2
        people = World(size, seed).people
    return [(p.name, p.side) for p in people[:count]]


def store_people(url: str, people: list[tuple[str, str]]) -> None:
    database = open_database(url, migrate=False)
    try:
        with database.sessions.begin() as session:
            session.add_all(
                Person(name=name, folded=fold(name), side=side) for name, side in people
            )
    finally:
        database.dispose()


def measure_resolution(
    url: str,
    people: list[tuple[str, str]],
    world: World,
    *,
    questions: int,
    seed: int,
    progress: Callable[[int], None],
) -> dict[str, object]:
    """Per spelling, how long resolving takes and how often the person meant is found (alone,
    or among the choices offered)."""
    rng = random.Random(f"{seed}/resolution")
    database = open_database(url, migrate=False)
    timings: dict[str, list[float]] = defaultdict(list)
    province_timings: list[float] = []
    outcomes: dict[str, int] = defaultdict(int)
    try:
        with database.sessions() as session:
            started = time.perf_counter()
            resolve_person(people[0][0], session=session)
            index_seconds = time.perf_counter() - started
            ids = {name: i for i, name in session.execute(select(Person.id, Person.name))}
            for _ in range(questions):
                name, _side = rng.choice(people)
                form = rng.choices(list(PERSON_FORMS), weights=list(PERSON_FORMS.values()))[0]
                typed = person_text(name, form, rng)
                started = time.perf_counter()
                found = resolve_person(typed, session=session)
                timings[form].append(time.perf_counter() - started)
                outcomes[_outcome(found, ids[name])] += 1
                division = rng.choices(world.divisions, weights=world.weights)[0]
                spelled = rng.choices(list(PROVINCE_FORMS), weights=list(PROVINCE_FORMS.values()))
                started = time.perf_counter()
                resolve_province(province_text(division, spelled[0], rng))
                province_timings.append(time.perf_counter() - started)
                progress(1)
    finally:
        database.dispose()
    every = [s for values in timings.values() for s in values]
    return {
        "people": len(people),
        "index_build_ms": round(index_seconds * 1000, 3),
        "people_questions": latency_summary(every),
        "people_by_form": {form: latency_summary(v) for form, v in sorted(timings.items())},
        "people_outcomes": dict(sorted(outcomes.items())),
        "province_questions": latency_summary(province_timings),
    }


def _outcome(found: object, person_id: int) -> str:
    if isinstance(found, PersonFound):
        return "found" if found.person_id == person_id else "found someone else"
    if isinstance(found, PersonChoices):
        offered = any(choice.id == person_id for choice in found.candidates)
        return "among choices" if offered else "choices without them"
    return "not found"

"""What answers compute from the facts, kept per database while its data version is unchanged:
the coverage, the people index (handlers.resolve) and whole answers.

The version is read in the answer's own transaction (one short statement), so an article
stored by any process is in the next answer. A database without a version row keeps nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar, cast

from sqlalchemy.orm import Session

from db.data_version import data_version
from db.queries.articles import ProvinceCoverage, coverage, province_ids

V = TypeVar("V")
T = TypeVar("T")

# Answers kept per database: every province asked in both languages by every command, and the
# people most asked about. The oldest go first; a new data version empties the lot.
MAX_ANSWERS = 1000
# A bot talks to one database; tests and benchmarks open many, one after another.
MAX_DATABASES = 4


def database_key(session: Session) -> str:
    """Which database a session talks to (its URL, password hidden)."""
    return session.get_bind().engine.url.render_as_string(hide_password=True)


class PerDatabase(Generic[V]):
    """A value per database, recomputed by `refresh(session, previous)` when the data version
    moved since it was computed. `lock` guards readers of a value `refresh` updates in place."""

    def __init__(self, refresh: Callable[[Session, V | None], V]) -> None:
        self._refresh = refresh
        self._entries: dict[str, tuple[str, V]] = {}
        self.lock = threading.RLock()

    def get(self, session: Session) -> V:
        version = data_version(session=session)
        key = database_key(session)
        with self.lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == version:
                return entry[1]
            value = self._refresh(session, entry[1] if entry else None)
            if version is not None:
                _keep(self._entries, key, (version, value))
            return value


class Answers:
    """Finished answers per database and data version, at most MAX_ANSWERS of them. Two
    threads asking the same new question may both compute it; both get a right answer."""

    def __init__(self, limit: int = MAX_ANSWERS) -> None:
        self._limit = limit
        self._kept: dict[str, tuple[str, dict[Hashable, object]]] = {}
        self._lock = threading.Lock()
        # Since the start: answers found kept, and answers computed (then kept).
        self.found = 0
        self.computed = 0

    def forget(self, session: Session) -> None:
        """Drop every answer kept for the database `session` talks to."""
        with self._lock:
            self._kept.pop(database_key(session), None)

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept under `key` for this database's data, else `compute()`, kept."""
        version = data_version(session=session)
        if version is None:
            return compute()
        database = database_key(session)
        with self._lock:
            kept = self._kept.get(database)
            if kept is not None and kept[0] == version and key in kept[1]:
                self.found += 1
                # Kept under `key`, so it is what a `compute` for that key returned.
                return cast(T, kept[1][key])
        value = compute()
        with self._lock:
            self.computed += 1
            kept = self._kept.get(database)
            if kept is None or kept[0] != version:
                kept = (version, {})
                _keep(self._kept, database, kept)
            answers = kept[1]
            if len(answers) >= self._limit:
                del answers[next(iter(answers))]
            answers[key] = value
        return value


ANSWERS = Answers()


def _keep(per_database: dict[str, T], database: str, value: T) -> None:
    """`value` kept for `database`; past MAX_DATABASES, the one stored longest ago is forgotten."""
    per_database.pop(database, None)
    if len(per_database) >= MAX_DATABASES:
        del per_database[next(iter(per_database))]
    per_database[database] = value


def remembered(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`'s answer, computed once per question while the facts stay the same.
    `key` names everything the answer depends on besides the facts (command, subject, locale)."""
    return ANSWERS.get(session, key, compute)


_COVERAGE: PerDatabase[tuple[ProvinceCoverage, ...]] = PerDatabase(
    refresh=lambda session, _previous: tuple(coverage(session=session)),
)


_PROVINCE_IDS: PerDatabase[dict[str, int]] = PerDatabase(
    refresh=lambda session, _previous: province_ids(session=session),
)


def province_id(*, session: Session, key: str) -> int | None:
    """The row id of the province with gazetteer key `key` (cached)."""
    return _PROVINCE_IDS.get(session).get(key)


def covered_provinces(*, session: Session) -> tuple[ProvinceCoverage, ...]:
    """Provinces with articles, figures or officials, the most covered first (cached)."""
    return _COVERAGE.get(session)


def province_coverage(*, session: Session, province_id: int) -> ProvinceCoverage:
    """The counts of one province (zero when the database knows nothing of it)."""
    return next(
        (row for row in covered_provinces(session=session) if row.province_id == province_id),
        ProvinceCoverage(province_id=province_id, key="", articles=0, figures=0, officials=0),
    )

"""Values worked out from a database once and kept per database until a cheap signature says
the underlying rows changed (several processes may write: the signature is read every time)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from db.queries.articles import ProvinceCoverage, coverage, coverage_signature

S = TypeVar("S")
V = TypeVar("V")


def database_key(session: Session) -> str:
    """Which database a session talks to (its URL, password hidden)."""
    return session.get_bind().engine.url.render_as_string(hide_password=True)


class PerDatabase(Generic[S, V]):
    """A value per database, recomputed by `refresh(session, signature, previous)` whenever
    `signature(session)` differs from the one it was computed for. `lock` guards readers of a
    value that `refresh` may update in place."""

    def __init__(
        self,
        signature: Callable[[Session], S],
        refresh: Callable[[Session, S, V | None], V],
    ) -> None:
        self._signature = signature
        self._refresh = refresh
        self._entries: dict[str, tuple[S, V]] = {}
        self.lock = threading.RLock()

    def get(self, session: Session) -> V:
        signature = self._signature(session)
        key = database_key(session)
        with self.lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != signature:
                value = self._refresh(session, signature, entry[1] if entry else None)
                entry = (signature, value)
                self._entries[key] = entry
            return entry[1]


_COVERAGE: PerDatabase[tuple[int, ...], tuple[ProvinceCoverage, ...]] = PerDatabase(
    signature=lambda session: coverage_signature(session=session),
    refresh=lambda session, _signature, _previous: tuple(coverage(session=session)),
)


def covered_provinces(*, session: Session) -> tuple[ProvinceCoverage, ...]:
    """Provinces with articles, figures or officials, the most covered first (cached)."""
    return _COVERAGE.get(session)


def province_coverage(*, session: Session, province_id: int) -> ProvinceCoverage:
    """The counts of one province (zero when the database knows nothing of it)."""
    return next(
        (row for row in covered_provinces(session=session) if row.province_id == province_id),
        ProvinceCoverage(province_id=province_id, key="", articles=0, figures=0, officials=0),
    )

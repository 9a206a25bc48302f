"""Engines and sessions for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from db.data_version import watch_fact_writes

# The page cache of each connection to an SQLite file, in KiB (SQLite's default is 2,000). The
# bot answers in up to six worker threads, each holding a pooled connection, and any write (a
# subscription, a crawled article) empties the other connections' caches, so they are refilled
# again and again from the threads' separate malloc arenas, which keep the freed memory. At
# 100,000 articles the running bot held 191-195 MB after 280 commands with the default and
# 183-186 MB with 512 KiB. Answers were as fast within the noise (a /provinces answer computed
# afresh about 2 ms slower, 7 to 9 ms), and ingestion too: the file stays in the system's page
# cache, so a page missing from SQLite's own costs one read call.
SQLITE_CACHE_KIB = 512


class DatabaseURLError(ValueError):
    """The database address cannot be used: malformed, or its driver is not installed. The
    message is one sentence and never repeats the address (it may hold a password)."""


def make_engine(url: str, **kwargs: object) -> Engine:
    """An engine for `url`; SQLite gets foreign keys, WAL, a busy timeout and, for a file, a
    smaller page cache per connection."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseURLError(
            "DATABASE_URL is not a database address, e.g. sqlite:///briefbot.db or "
            "postgresql+psycopg://user@host/briefbot."
        ) from None
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        return _create(parsed, kwargs)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = _create(parsed, kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if parsed.database and parsed.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.close()

    return engine


def _create(url: URL, kwargs: dict[str, object]) -> Engine:
    try:
        return create_engine(url, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseURLError(
            f"DATABASE_URL names a database whose driver is not installed ({exc}); for "
            "PostgreSQL: pip install 'briefbot[postgres]'."
        ) from None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (answers render after the transaction),
    and that replace the data version whenever they write facts."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    watch_fact_writes(sessions)
    return sessions

"""One call that makes a database ready to use: engine, schema at head, provinces in step."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.provinces import sync_provinces

# The schema revision the code expects: the head of db/migrations (a test checks they agree), so
# that a database already there opens without Alembic.
SCHEMA_REVISION = "0004"


class DatabaseNotReady(RuntimeError):
    """The schema is behind the code; the message says which command fixes it."""


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    def dispose(self) -> None:
        self.engine.dispose()


def stored_revision(engine: Engine) -> str | None:
    """The revision in the database's alembic_version table (None without one), read without
    Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
        return str(revision) if revision is not None else None


def _bring_to_head(engine: Engine, *, migrate: bool) -> None:
    """Upgrade a schema not at SCHEMA_REVISION with Alembic (`migrate`), else refuse it: the
    stored revision already differs, so asking Alembic again would only say so a second time."""
    if not migrate:
        raise DatabaseNotReady(
            "The database schema is not up to date: run `briefbot db upgrade` first."
        )
    # Imported only here: Alembic takes about 9 MB that a bot opening an up-to-date database
    # would keep for nothing.
    from db import schema

    schema.upgrade(engine)


def open_database(url: str, *, migrate: bool | None = None) -> Database:
    """Open `url`. SQLite is upgraded automatically (migrate=None); PostgreSQL must already be
    at head (`briefbot db upgrade`) unless migrate=True, because several processes may share it."""
    engine = make_engine(url)
    try:
        if migrate is None:
            migrate = engine.dialect.name == "sqlite"
        if stored_revision(engine) != SCHEMA_REVISION:
            _bring_to_head(engine, migrate=migrate)
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            sync_provinces(session=session)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine=engine, sessions=sessions)

"""One call that makes a database ready to use: engine, schema at head, provinces in step."""

from __future__ import annotations

from dataclasses import dataclass

from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import alembic_config, current_revision, make_engine, make_session_factory, upgrade
from db.provinces import sync_provinces


class DatabaseNotReady(RuntimeError):
    """The schema is behind the code; the message says which command fixes it."""


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    def dispose(self) -> None:
        self.engine.dispose()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def open_database(url: str, *, migrate: bool | None = None) -> Database:
    """Open `url`. SQLite is upgraded automatically (migrate=None); PostgreSQL must already be
    at head (`briefbot db upgrade`) unless migrate=True, because several processes may share it."""
    engine = make_engine(url)
    try:
        if migrate is None:
            migrate = engine.dialect.name == "sqlite"
        if migrate:
            upgrade(engine)
        elif current_revision(engine) != head_revision(engine):
            raise DatabaseNotReady(
                "The database schema is not up to date: run `briefbot db upgrade` first."
            )
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            sync_provinces(session=session)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine=engine, sessions=sessions)

"""Fixtures every test file shares: the real corpus, and a fresh database per test.

The database is SQLite by default. With BRIEFBOT_TEST_POSTGRES_URL set (a server URL whose
user may create databases, e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres) every
test gets its own PostgreSQL database instead, cloned from a migrated template.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.setup import Database, open_database

pytest_plugins = ["fakebot.plugin"]

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("BRIEFBOT_CORPUS_DIR", REPO.parent / "shared" / "corpus"))
POSTGRES_URL = os.environ.get("BRIEFBOT_TEST_POSTGRES_URL")


def pytest_report_header() -> list[str]:
    backend = (
        f"PostgreSQL ({make_url(POSTGRES_URL).render_as_string()})" if POSTGRES_URL else "SQLite"
    )
    return [f"briefbot database under test: {backend}", f"briefbot corpus: {CORPUS_DIR}"]


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real articles and gold.json; tests that need them skip when they are absent."""
    if not (CORPUS_DIR / "gold.json").is_file():
        pytest.skip(f"the shared corpus is not at {CORPUS_DIR} (set BRIEFBOT_CORPUS_DIR)")
    return CORPUS_DIR


@pytest.fixture(scope="session")
def gold(corpus_dir: Path) -> list[dict]:
    return json.loads((corpus_dir / "gold.json").read_text("utf-8"))


# --- databases ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database with the gazetteer loaded, cloned for each test."""
    if POSTGRES_URL:
        name = f"briefbot_template_{uuid.uuid4().hex[:8]}"
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
        open_database(url, migrate=True).dispose()
        yield url
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        open_database(f"sqlite:///{path}").dispose()
        yield str(path)


@pytest.fixture
def database_url(_template_database: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database that only this test uses."""
    if not POSTGRES_URL:
        path = tmp_path / "briefbot.db"
        shutil.copyfile(_template_database, path)
        yield f"sqlite:///{path}"
        return
    name = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    template = make_url(_template_database).database
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """The opened test database (engine and session factory)."""
    db = open_database(database_url, migrate=False)
    yield db
    db.dispose()


@pytest.fixture
def sessions(database: Database) -> sessionmaker[Session]:
    return database.sessions


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session for arranging and inspecting data; the test commits what it arranges."""
    with sessions() as s:
        yield s

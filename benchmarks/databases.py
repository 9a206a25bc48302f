"""Benchmark databases: a synthetic corpus ingested once per size into a template (a SQLite file,
a PostgreSQL database), then copied for every measurement that writes.

One template is filled with the real ingest function (`ingest_article`), several hundred
articles per transaction instead of one, the articles parsed by worker processes meanwhile;
the others (PostgreSQL's, when SQLite's exists) are copies of its rows, so that both databases
hold the same data.
They are kept between runs under a name that changes with the corpus (seed, size), the schema
and the generator (see `data_digest`).
"""

from __future__ import annotations

import hashlib
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Table, create_engine, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.schema import CreateIndex, CreateTable

from benchmarks.generator import START, Corpus
from db.ingest import ingest_article
from db.models import Base
from db.setup import Database, open_database
from extract import RejectedArticle, parse_article
from extract.types import ParsedArticle

REPO = Path(__file__).resolve().parent.parent
# Articles stored per transaction while a template is filled.
PREFILL_BATCH = 500
# Rows inserted per statement when a template is copied to another database.
COPY_CHUNK = 2_000
# A crawl stores an article some time after it is published.
INGEST_DELAY = timedelta(minutes=45)

Progress = Callable[[int], None]


class Store(Protocol):
    """Where benchmark databases live: one kind of database server."""

    kind: str

    def template(self, name: str) -> str | None:
        """The URL of a finished template, or None."""

    def create(self, name: str) -> str:
        """A new, migrated, empty database (a template in the making)."""

    def finish(self, name: str, url: str) -> str:
        """Mark the template filled at `url` as finished; its URL from now on."""

    def copy(self, template_url: str) -> str:
        """A fresh copy of a template, for one measurement."""

    def drop(self, url: str) -> None:
        """Remove a copy."""


@dataclass
class SqliteStore:
    """SQLite files in a directory; a copy is a copy of the file."""

    directory: Path
    kind: str = "sqlite"

    def _path(self, name: str) -> Path:
        return self.directory / f"{name}.db"

    def template(self, name: str) -> str | None:
        path = self._path(name)
        return f"sqlite:///{path}" if path.is_file() else None

    def create(self, name: str) -> str:
        self.directory.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{self._path(f'{name}.partial')}"
        self.drop(url)
        open_database(url).dispose()
        return url

    def finish(self, name: str, url: str) -> str:
        _checkpoint(url)
        Path(make_url(url).database or "").rename(self._path(name))
        return f"sqlite:///{self._path(name)}"

    def copy(self, template_url: str) -> str:
        _checkpoint(template_url)
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"copy-{uuid.uuid4().hex[:10]}.db"
        shutil.copyfile(make_url(template_url).database or "", path)
        return f"sqlite:///{path}"

    def drop(self, url: str) -> None:
        database = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm"):
            Path(database + suffix).unlink(missing_ok=True)


def _checkpoint(url: str) -> None:
    """Fold the write-ahead log into the file, so that copying the file copies everything."""
    engine = create_engine(url)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


@dataclass
class PostgresStore:
    """Databases on a PostgreSQL server whose user may create them; a copy is made with
    CREATE DATABASE … TEMPLATE."""

    server_url: str
    kind: str = "postgresql"

    def _execute(self, statement: str) -> list[tuple[object, ...]]:
        engine = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                result = connection.execute(text(statement))
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def _url(self, database: str) -> str:
        return make_url(self.server_url).set(database=database).render_as_string(False)

    def template(self, name: str) -> str | None:
        found = self._execute(f"SELECT 1 FROM pg_database WHERE datname = '{_pg_name(name)}'")
        return self._url(_pg_name(name)) if found else None

    def create(self, name: str) -> str:
        partial = _pg_name(name, "_partial")
        self._execute(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{partial}"')
        url = self._url(partial)
        open_database(url, migrate=True).dispose()
        return url

    def finish(self, name: str, url: str) -> str:
        partial = make_url(url).database
        # The planner's statistics, as autovacuum gathers them within a minute of a bulk load
        # on a running server; copies made from the template carry them. Without them the
        # first answers after a load were planned blind (/latest 102 ms at p50 against 2.5 ms).
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
        finally:
            engine.dispose()
        self._execute(f'DROP DATABASE IF EXISTS "{_pg_name(name)}" WITH (FORCE)')
        self._execute(f'ALTER DATABASE "{partial}" RENAME TO "{_pg_name(name)}"')
        return self._url(_pg_name(name))

    def copy(self, template_url: str) -> str:
        copy = f"briefbot_bench_copy_{uuid.uuid4().hex[:10]}"
        template = make_url(template_url).database
        self._execute(f'CREATE DATABASE "{copy}" TEMPLATE "{template}"')
        return self._url(copy)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def version(self) -> str:
        return str(self._execute("SHOW server_version")[0][0])


def _pg_name(name: str, suffix: str = "") -> str:
    return f"briefbot_bench_{name}{suffix}"[:63]


@cache
def data_digest() -> str:
    """A fingerprint of what a template is made of: the schema (as SQL) and the generator. A
    template made before a change in the parser is kept (its data is still a corpus of that
    size); `--fresh` fills the templates again with the code as it is."""
    digest = hashlib.sha256()
    dialect = sqlite.dialect()
    for table in Base.metadata.sorted_tables:
        digest.update(str(CreateTable(table).compile(dialect=dialect)).encode())
        for index in sorted(table.indexes, key=lambda index: str(index.name)):
            digest.update(str(CreateIndex(index).compile(dialect=dialect)).encode())
    for name in ("generator.py", "world.py", "templates.toml"):
        digest.update((REPO / "benchmarks" / name).read_bytes())
    return digest.hexdigest()[:12]


def template_name(corpus: Corpus) -> str:
    return f"s{corpus.seed}_n{corpus.size}_{data_digest()}"


# --- filling a template ---------------------------------------------------------------------


_WORKER_CORPUS: Corpus | None = None


def _parse_in_worker(job: tuple[int, int, int]) -> ParsedArticle | None:
    """Worker side: write article `index` of the corpus and parse its text."""
    global _WORKER_CORPUS
    seed, size, index = job
    if _WORKER_CORPUS is None or (_WORKER_CORPUS.seed, _WORKER_CORPUS.size) != (seed, size):
        _WORKER_CORPUS = Corpus(size, seed=seed)
    try:
        return parse_article(_WORKER_CORPUS.article(index).text)
    except RejectedArticle:
        return None


def parsed_articles(corpus: Corpus, count: int, *, workers: int) -> Iterator[ParsedArticle]:
    """The first `count` articles of `corpus`, parsed by `workers` processes, in order (in
    this process when there is one worker)."""
    jobs = ((corpus.seed, corpus.size, i) for i in range(count))
    if workers <= 1:
        yield from (parsed for parsed in map(_parse_in_worker, jobs) if parsed is not None)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for parsed in pool.map(_parse_in_worker, jobs, chunksize=50):
            if parsed is not None:
                yield parsed


def fill(urls: list[str], corpus: Corpus, *, workers: int, progress: Progress) -> dict[str, int]:
    """Ingest the whole corpus into each database of `urls`, PREFILL_BATCH articles per
    transaction; the outcomes counted (new, duplicate, same story, rejected)."""
    databases = [open_database(url, migrate=False) for url in urls]
    outcomes: dict[str, int] = {}
    batch: list[ParsedArticle] = []
    try:
        for parsed in parsed_articles(corpus, corpus.size, workers=workers):
            batch.append(parsed)
            if len(batch) == PREFILL_BATCH:
                _store(databases, batch, outcomes)
                progress(len(batch))
                batch = []
        _store(databases, batch, outcomes)
        progress(len(batch))
    finally:
        for database in databases:
            database.dispose()
    return outcomes


def _store(databases: list[Database], batch: list[ParsedArticle], outcomes: dict[str, int]) -> None:
    for number, database in enumerate(databases):
        with database.sessions.begin() as session:
            for parsed in batch:
                ingested_at = (parsed.published or START) + INGEST_DELAY
                outcome = ingest_article(parsed, session=session, now=ingested_at)
                if number == 0:
                    outcomes[outcome.status] = outcomes.get(outcome.status, 0) + 1


def copy_rows(source_url: str, target_url: str) -> None:
    """Every row of a filled database into a new, migrated one (provinces included, with
    their ids), then PostgreSQL's id sequences moved past the rows copied."""
    source, target = create_engine(source_url), create_engine(target_url)
    tables = Base.metadata.sorted_tables
    try:
        with source.connect() as read, target.begin() as write:
            for table in reversed(tables):
                write.execute(table.delete())
            for table in tables:
                rows = read.execution_options(stream_results=True).execute(
                    select(table).order_by(*table.primary_key.columns)
                )
                for chunk in rows.mappings().partitions(COPY_CHUNK):
                    write.execute(table.insert(), [_aware(table, dict(row)) for row in chunk])
            if target.dialect.name == "postgresql":
                for table in tables:
                    _move_sequence(write, table)
    finally:
        source.dispose()
        target.dispose()


def _aware(table: Table, row: dict[str, object]) -> dict[str, object]:
    """SQLite gives back instants without their zone; they were stored in UTC."""
    for column in table.columns:
        value = row.get(column.name)
        if isinstance(value, datetime) and value.tzinfo is None:
            row[column.name] = value.replace(tzinfo=UTC)
    return row


def _move_sequence(connection: Connection, table: Table) -> None:
    for column in table.primary_key.columns:
        if column.autoincrement is True or (
            column.autoincrement == "auto" and len(table.primary_key.columns) == 1
        ):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                )
            )


@dataclass(frozen=True)
class Templates:
    """The template of one corpus in each store, and how it was made: which store's was
    filled by ingestion, and how long that took (zero when every template was kept)."""

    urls: dict[str, str]
    reused: bool
    filled_by_ingest: str | None
    seconds: float
    outcomes: dict[str, int]


def templates(
    stores: list[Store], corpus: Corpus, *, workers: int, progress: Progress, fresh: bool = False
) -> Templates:
    """Each store's template of `corpus`, made now where there is none yet (or `fresh`): one
    store's (SQLite's when asked for) filled by ingestion, the others copied from it."""
    name = template_name(corpus)
    missing = [store for store in stores if fresh or store.template(name) is None]
    started = time.perf_counter()
    outcomes: dict[str, int] = {}
    filled: str | None = None
    if missing:
        kept = [store for store in stores if store not in missing]
        source_url = kept[0].template(name) if kept else None
        if source_url is None:
            first = sorted(missing, key=lambda store: store.kind != "sqlite")[0]
            partial = first.create(name)
            outcomes = fill([partial], corpus, workers=workers, progress=progress)
            source_url = first.finish(name, partial)
            filled = first.kind
            missing.remove(first)
        for store in missing:
            partial = store.create(name)
            copy_rows(source_url, partial)
            store.finish(name, partial)
    urls = {store.kind: store.template(name) or "" for store in stores}
    return Templates(
        urls, filled is None and not missing, filled, time.perf_counter() - started, outcomes
    )

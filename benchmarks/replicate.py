"""A large SQLite template made quickly from a smaller one: its articles and facts copied several
times over, ids offset and publication times shifted, the people shared.

Filling a template of 100,000 articles through the parser takes hours on a small machine; ten
copies of the 10,000-article template take seconds and give the queries the same volume of rows
to search (ten times the articles, roles, figures and meetings per province and per person).
What it does not give is ten times the people: the copies share the smaller corpus's people,
each seen ten times as often. The fuzzy matching index over 10,000 people is measured apart
(`benchmarks.resolution`).

    python -m benchmarks.replicate 10000 100000

writes the template the runner then finds and keeps for the larger size (SQLite; the runner
copies its rows into PostgreSQL when that is asked for).
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from pathlib import Path

from benchmarks.databases import SqliteStore, template_name
from benchmarks.generator import DEFAULT_SEED, Corpus
from benchmarks.runner import Settings

# Minutes between a copy's publication times and the previous copy's.
SHIFT_MINUTES = 37

# Per table: the columns holding ids of copied rows (offset in each copy by that table's
# largest id). Tables not named here (provinces, aliases, people, chats …) are copied once.
_OFFSET_COLUMNS = {
    "articles": {"id": "articles", "same_story_as_id": "articles"},
    "article_provinces": {"article_id": "articles"},
    "roles": {"id": "roles", "article_id": "articles"},
    "trade_figures": {"id": "trade_figures", "article_id": "articles"},
    "meetings": {"id": "meetings", "article_id": "articles"},
    "meeting_participants": {"meeting_id": "meetings"},
    "agreements": {"id": "agreements", "article_id": "articles"},
}
_STAMP = "strftime('%Y-%m-%d %H:%M:%S', {column}, '+{minutes} minutes') || '.000000'"


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA main.table_info("{table}")')]


def _largest_id(connection: sqlite3.Connection, table: str) -> int:
    return int(
        connection.execute(f'SELECT coalesce(max(id), 0) FROM source."{table}"').fetchone()[0]
    )


def _expression(table: str, column: str, copy: int, largest: dict[str, int]) -> str:
    """What `column` of a row of `table` becomes in copy number `copy` (0: itself)."""
    if copy == 0:
        return f'"{column}"'
    offset_of = _OFFSET_COLUMNS.get(table, {}).get(column)
    if offset_of is not None:
        return f'"{column}" + {copy * largest[offset_of]}'
    if table == "articles" and column in ("published", "ingested_at"):
        return _STAMP.format(column=column, minutes=copy * SHIFT_MINUTES)
    if table == "articles" and column == "url":
        return f"url || '#{copy}'"
    if table == "articles" and column == "content_hash":
        return f"substr(content_hash, 1, 58) || printf('%06d', {copy})"
    return f'"{column}"'


def replicate(source: Path, target: Path, copies: int) -> None:
    """Write `target`: the migrated schema and rows of `source`, its articles and their facts
    `copies` times over."""
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    try:
        for (statement,) in sqlite3.connect(source).execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY type = 'index'"
        ):
            connection.execute(statement)
        connection.execute("ATTACH DATABASE ? AS source", (str(source),))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM source.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        largest = {
            table: _largest_id(connection, table)
            for table, columns in _OFFSET_COLUMNS.items()
            if "id" in columns
        }
        for table in tables:
            columns = _columns(connection, table)
            names = ", ".join(f'"{c}"' for c in columns)
            for copy in range(copies if table in _OFFSET_COLUMNS else 1):
                values = ", ".join(_expression(table, c, copy, largest) for c in columns)
                connection.execute(
                    f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM source."{table}"'
                )
        # Other facts than the source's: a token of their own (see db.data_version).
        connection.execute("UPDATE data_version SET token = ?", (uuid.uuid4().hex,))
        connection.commit()
        connection.execute("DETACH DATABASE source")
        connection.execute("VACUUM")
    finally:
        connection.close()


def main(argv: list[str]) -> None:
    smaller, larger = (int(value) for value in argv)
    if larger % smaller:
        raise SystemExit("the larger size must be a multiple of the smaller one")
    store = SqliteStore(Settings().cache_dir)
    source = store.template(template_name(Corpus(smaller, seed=DEFAULT_SEED)))
    if source is None:
        raise SystemExit(
            f"no template of {smaller:,} articles yet: run the benchmarks at that size"
        )
    name = template_name(Corpus(larger, seed=DEFAULT_SEED))
    partial = store.directory / f"{name}.partial.db"
    replicate(Path(source.removeprefix("sqlite:///")), partial, larger // smaller)
    partial.rename(store.directory / f"{name}.db")
    print(store.template(name))


if __name__ == "__main__":
    main(sys.argv[1:])

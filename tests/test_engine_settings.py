"""The settings every SQLite connection gets, including those the bot's worker threads open."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from db.engine import SQLITE_CACHE_KIB, make_engine

WORKERS = 6


def test_every_pooled_connection_to_a_file_has_the_small_cache_and_wal(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    together = threading.Barrier(WORKERS, timeout=30)

    def settings_of_one_connection() -> tuple[int, str, int]:
        # Every worker holds its connection until all have one, so each is a separate one.
        with engine.connect() as connection:
            together.wait()
            return (
                connection.exec_driver_sql("PRAGMA cache_size").scalar_one(),
                connection.exec_driver_sql("PRAGMA journal_mode").scalar_one(),
                connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one(),
            )

    try:
        with ThreadPoolExecutor(WORKERS) as pool:
            found = list(pool.map(lambda _: settings_of_one_connection(), range(WORKERS)))
    finally:
        engine.dispose()
    assert found == [(-SQLITE_CACHE_KIB, "wal", 1)] * WORKERS

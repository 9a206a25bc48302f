"""The running bot's memory: `briefbot run` does not import what only reading articles and
upgrading the schema need (the parser with trafilatura, feedparser, Alembic: about 25 MB)."""

from __future__ import annotations

import subprocess
import sys

# Imported by `parse`, `ingest`, `crawl`, /ingest, the crawl job and a schema upgrade, when they
# run; answering never needs them.
NOT_AT_START = ("extract.parser", "trafilatura", "feedparser", "alembic")

# The modules a fresh interpreter holds once the CLI has looked up `run`, as `briefbot run` does.
LOOK_UP_RUN = """
import sys
import click
from bot.cli import main
main.get_command(click.Context(main), "run")
print("\\n".join(sys.modules))
"""


def test_briefbot_run_imports_neither_the_parser_nor_feedparser_nor_alembic():
    """In a fresh interpreter: this test session has imported them all."""
    done = subprocess.run(
        [sys.executable, "-c", LOOK_UP_RUN], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(done.stdout.split())
    assert {"bot.cli.run", "bot.app"} <= loaded  # the command and the Application it builds
    assert [name for name in NOT_AT_START if name in loaded] == []

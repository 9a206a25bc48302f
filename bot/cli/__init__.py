"""The `briefbot` command line: every sub-command registered here, in one place."""

from __future__ import annotations

from bot.cli.ask import ask
from bot.cli.common import main
from bot.cli.crawl import crawl
from bot.cli.database import db
from bot.cli.digest import digest
from bot.cli.ingest import ingest
from bot.cli.parse import parse
from bot.cli.run import run

__all__ = ["main"]

# Registration, in the order `briefbot --help` lists them.
main.add_command(db)
main.add_command(ask)
main.add_command(parse)
main.add_command(ingest)
main.add_command(crawl)
main.add_command(run)
main.add_command(digest)

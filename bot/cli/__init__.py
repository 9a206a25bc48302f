"""The `briefbot` command line: every sub-command registered here, in one place."""

from __future__ import annotations

from bot.cli.common import main

__all__ = ["main"]

# Registration: each sub-command's module is imported only when that command runs (or --help
# lists them; see `load_command`).
main.add_lazy_command("db", "bot.cli.database:db")
main.add_lazy_command("ask", "bot.cli.ask:ask")
main.add_lazy_command("parse", "bot.cli.parse:parse")
main.add_lazy_command("ingest", "bot.cli.ingest:ingest")
main.add_lazy_command("crawl", "bot.cli.crawl:crawl")
main.add_lazy_command("run", "bot.cli.run:run")
main.add_lazy_command("digest", "bot.cli.digest:digest")

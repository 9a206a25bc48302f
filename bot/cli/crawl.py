"""`briefbot crawl`: read every feed once, store the new relevant articles, print a summary."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
from rich.console import Console

from bot.cli.common import BriefbotError, counts_table, open_or_explain, settings_from
from bot.web.crawl import crawl_once, enabled_feeds
from bot.web.errors import FeedsFileError


@click.command()
@click.option(
    "--feeds",
    "feeds_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The feeds file (TOML) to read instead of FEEDS_FILE; see feeds.example.toml.",
)
@click.pass_context
def crawl(ctx: click.Context, feeds_file: Path | None) -> None:
    """Read every enabled feed once and store the new articles about China's provinces.

    Unchanged feeds answer 304 and cost nothing; entries already stored or seen are not
    fetched again; off-topic pages are counted as skipped and remembered. Exit code 0 when
    the crawl ran, even if some feeds or pages failed (the summary counts them, the log says
    why); 1 when the feeds file cannot be used.

    Example: briefbot crawl --feeds feeds.toml
    """
    settings = settings_from(ctx)
    if feeds_file is not None:
        settings = settings.model_copy(update={"feeds_file": feeds_file})
    try:
        # Checked before the database is opened, so that a typo costs nothing.
        enabled_feeds(settings)
    except FeedsFileError as exc:
        raise BriefbotError(str(exc)) from None
    database = open_or_explain(settings.database_url)
    try:
        summary = asyncio.run(crawl_once(settings, database))
    except FeedsFileError as exc:
        raise BriefbotError(str(exc)) from None
    finally:
        database.dispose()
    Console().print(counts_table("Crawl summary", summary.rows()))

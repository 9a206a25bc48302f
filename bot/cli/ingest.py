"""`briefbot ingest`: store articles from files, folders, stdin or web pages, each on its own."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy.orm import Session, sessionmaker

from bot.cli.common import BriefbotError, open_or_explain, settings_from
from bot.ingestion import Parsed, ToParse, parse_in_order, store_parsed
from bot.settings import Settings
from bot.web.crawl import ingest_url
from bot.web.errors import FetchError
from bot.web.fetch import Fetcher
from db.ingest import IngestOutcome
from db.setup import Database
from extract import MAX_ARTICLE_BYTES

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
STDIN = "-"
WEB_SCHEMES = ("http://", "https://")
_MB = 1024 * 1024
_FAILED = "Storing it failed unexpectedly; the log has the details."
STATUS_LABELS = {
    "new": "new",
    "duplicate": "duplicate",
    "same_story": "same story",
    "rejected": "rejected",
}


@dataclass(frozen=True)
class Document:
    """One thing to ingest: a file, or standard input (`path` None)."""

    name: str
    path: Path | None


class PathOrURL(click.ParamType):
    """A web page's address (kept as text), or an existing file or folder, or '-' for stdin."""

    name = "path|url"
    _path = click.Path(exists=True, allow_dash=True, path_type=Path)

    def convert(
        self, value: str | Path, param: click.Parameter | None, ctx: click.Context | None
    ) -> str | Path:
        if isinstance(value, str) and value.lower().startswith(WEB_SCHEMES):
            return value
        return self._path.convert(value, param, ctx)


def documents(paths: Iterable[Path]) -> Iterator[Document]:
    """Files as given, folders walked for articles (*.txt, *.html, *.htm), '-' for stdin."""
    for path in paths:
        if str(path) == STDIN:
            yield Document("<stdin>", None)
        elif path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and found.suffix.lower() in ARTICLE_SUFFIXES and not hidden:
                    yield Document(str(found), found)
        else:
            yield Document(str(path), path)


def too_large(size: int | None) -> str:
    """The rejection of an oversized document, naming the limit."""
    limit = f"{MAX_ARTICLE_BYTES / _MB:g} MB"
    if size is None:
        return f"The document is over the {limit} limit for one article."
    return f"The file is {size / _MB:.1f} MB, over the {limit} limit for one article."


def read_document(document: Document, stdin: BinaryIO) -> bytes | IngestOutcome:
    """The document's bytes, or a rejection when it is too large or cannot be read.

    A file's size is checked before reading it, so that a huge file is never loaded."""
    if document.path is None:
        data = stdin.read(MAX_ARTICLE_BYTES + 1)
        return (
            IngestOutcome("rejected", None, None, too_large(None))
            if len(data) > MAX_ARTICLE_BYTES
            else data
        )
    try:
        size = document.path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return IngestOutcome("rejected", None, None, too_large(size))
        return document.path.read_bytes()
    except OSError as exc:
        return IngestOutcome("rejected", None, None, f"The file cannot be read: {exc.strerror}.")


def usable_cpus() -> int:
    """The CPUs this process may run on (a container or `taskset` may allow fewer than the
    machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def parse_published(
    ctx: click.Context, _param: click.Parameter, value: str | None
) -> datetime | None:
    """--published as an aware datetime; a value without offset is in DEFAULT_TIMEZONE."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO date, e.g. 2021-08-03 or 2021-08-03T17:01+07:00"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(settings_from(ctx).default_timezone))
    return moment


@click.command()
@click.argument("sources", nargs=-1, required=True, type=PathOrURL())
@click.option(
    "--published",
    metavar="ISO",
    callback=parse_published,
    help="Publication date to record for these articles, over any the pages give, "
    "e.g. 2021-08-03T17:01+07:00 (no offset: DEFAULT_TIMEZONE).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading the files while this one stores them, in order, one transaction "
    "each (default: one per CPU; 1 reads them here).",
)
@click.pass_context
def ingest(
    ctx: click.Context,
    sources: tuple[Path | str, ...],
    published: datetime | None,
    jobs: int | None,
) -> None:
    """Store articles (text or HTML) and their facts in the database.

    SOURCES are files, folders (searched recursively for *.txt, *.html, *.htm), - for
    standard input, or http(s):// addresses of article pages, fetched as the crawl fetches
    them (private addresses refused). Each article is its own transaction; copies are
    reported as duplicates, another outlet's version of a stored story as the same story.
    Exit code 1 when any document was rejected or could not be fetched.

    Example: briefbot ingest ~/articles/ https://baoquocte.vn/some-article.html
    """
    settings = settings_from(ctx)
    urls = [source for source in sources if isinstance(source, str)]
    found = list(documents(source for source in sources if isinstance(source, Path)))
    if not found and not urls:
        raise BriefbotError(
            "Nothing to ingest: no *.txt, *.html or *.htm file under those folders."
        )
    database = open_or_explain(settings.database_url)
    try:
        results = [
            (document.name, outcome)
            for document, outcome in _ingest_all(
                database.sessions, found, published=published, processes=jobs or usable_cpus()
            )
        ]
        if urls:
            results += asyncio.run(_ingest_urls(urls, settings, database, published=published))
    finally:
        database.dispose()
    console = Console()
    console.print(_details_table(results))
    console.print(_totals_table(results))
    if any(outcome.status == "rejected" for _name, outcome in results):
        ctx.exit(1)


async def _ingest_urls(
    urls: list[str], settings: Settings, database: Database, *, published: datetime | None
) -> list[tuple[str, IngestOutcome]]:
    """Each page fetched and stored in turn; one that cannot be fetched is a rejection."""
    results = []
    async with Fetcher(settings) as fetcher:
        for url in urls:
            try:
                outcome = await ingest_url(
                    url, settings, database, fetcher=fetcher, published=published
                )
            except FetchError as exc:
                outcome = IngestOutcome("rejected", None, None, str(exc))
            except Exception:
                log.exception("ingesting %s failed", url)
                outcome = IngestOutcome("rejected", None, None, _FAILED)
            results.append((url, outcome))
    return results


def _ingest_all(
    sessions: sessionmaker[Session],
    found: list[Document],
    *,
    published: datetime | None,
    processes: int,
) -> list[tuple[Document, IngestOutcome]]:
    stderr = Console(stderr=True)
    stdin = sys.stdin.buffer
    to_parse = (
        ToParse(
            read_document(document, stdin),
            filename=document.path.name if document.path else None,
            published=published,
        )
        for document in found
    )
    results = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("Ingesting", total=len(found))
        parsed_all = parse_in_order(to_parse, processes=min(processes, len(found)))
        for document, parsed in zip(found, parsed_all, strict=True):
            progress.update(task, description=Path(document.name).name)
            results.append((document, _store_one(sessions, document, parsed)))
            progress.advance(task)
    return results


def _store_one(
    sessions: sessionmaker[Session], document: Document, parsed: Parsed
) -> IngestOutcome:
    try:
        return store_parsed(sessions, parsed, now=datetime.now(UTC))
    except Exception:
        # One broken article must not stop the batch; its transaction is already rolled back.
        log.exception("ingesting %s failed", document.name)
        return IngestOutcome("rejected", None, None, _FAILED)


def _details_table(results: list[tuple[str, IngestOutcome]]) -> Table:
    table = Table(title="Articles", title_justify="left")
    table.add_column("Document", overflow="fold")
    table.add_column("Result")
    table.add_column("Article", justify="right")
    table.add_column("Title or reason", overflow="fold")
    for name, outcome in results:
        table.add_row(
            Text(name),
            STATUS_LABELS[outcome.status],
            str(outcome.article_id) if outcome.article_id else "",
            Text(outcome.reason or outcome.title or ""),
        )
    return table


def _totals_table(results: list[tuple[str, IngestOutcome]]) -> Table:
    counts: Counter[str] = Counter(outcome.status for _name, outcome in results)
    table = Table(title="Summary", title_justify="left")
    for label in STATUS_LABELS.values():
        table.add_column(label.capitalize(), justify="right")
    table.add_row(*(str(counts[status]) for status in STATUS_LABELS))
    return table

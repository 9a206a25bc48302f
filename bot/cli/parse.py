"""`briefbot parse`: print the facts of one article as JSON, writing nothing anywhere."""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime
from typing import BinaryIO

import click

from extract import MAX_ARTICLE_BYTES, RejectedArticle, parse_article
from extract.decode import limit_message

log = logging.getLogger(__name__)

# Extraction libraries log what they skip in odd pages; `parse` answers in one line instead.
_QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "charset_normalizer")


class UnreadableArticle(click.ClickException):
    """The input cannot be read as an article: one line on stderr, exit code 2."""

    exit_code = 2


class IsoDateTime(click.ParamType):
    """An ISO 8601 date or date-time ('2021-08-03', '2021-08-03T17:01+07:00')."""

    name = "ISO-DATETIME"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(
                f"{value!r} is not an ISO 8601 date or date-time, e.g. 2021-08-03T17:01+07:00",
                param,
                ctx,
            )


@click.command("parse")
@click.argument("file", metavar="FILE")
@click.option(
    "--published",
    type=IsoDateTime(),
    help="Publication date-time (ISO 8601); without a zone it is read as Vietnam time.",
)
@click.option("--url", help="The article's address, kept in the output and used as its source.")
def parse(file: str, published: datetime | None, url: str | None) -> None:
    """Print the facts one article (text or HTML; '-' for stdin) reports, as JSON.

    Example: briefbot parse article.txt --published 2021-08-03T17:01
    """
    for library in _QUIET_LIBRARIES:
        logging.getLogger(library).setLevel(logging.CRITICAL)
    data = _read(file)
    try:
        article = parse_article(
            data, url=url, published=published, filename=None if file == "-" else file
        )
    except RejectedArticle as exc:
        raise UnreadableArticle(exc.reason) from None
    except Exception as exc:
        # A fault of the parser, not of the article: one line, the traceback at DEBUG.
        log.debug("parsing %s failed", file, exc_info=True)
        raise click.ClickException(
            f"Reading this article failed unexpectedly ({type(exc).__name__}); nothing was "
            "written. Run with LOG_LEVEL=DEBUG for the details."
        ) from None
    click.echo(json.dumps(article.to_json(), ensure_ascii=False, indent=2))


def _read(file: str) -> bytes:
    """The file's bytes (stdin for '-'), refusing anything over the size limit unread."""
    if file == "-":
        return _read_limited(sys.stdin.buffer)
    try:
        if os.path.isdir(file):
            raise UnreadableArticle(f"{file} is a directory, not an article file.")
        if os.path.getsize(file) > MAX_ARTICLE_BYTES:
            raise UnreadableArticle(limit_message())
        with open(file, "rb") as stream:
            return _read_limited(stream)
    except FileNotFoundError:
        raise UnreadableArticle(f"No such file: {file}") from None
    except PermissionError:
        raise UnreadableArticle(f"Permission denied reading {file}") from None
    except OSError as exc:
        raise UnreadableArticle(f"Cannot read {file}: {exc.strerror or exc}") from None


def _read_limited(stream: BinaryIO) -> bytes:
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableArticle(limit_message())
    return data

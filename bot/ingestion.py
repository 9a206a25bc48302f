"""Storing one document from any front end (a file, a fetched page): one transaction per article.

Parsing happens outside the transaction, so a caller may parse several documents at once and
store them one after the other. When another process stores the same article at the same
moment, the unique keys refuse the second insert; the article is then tried once more, and is
found to be a duplicate.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from trafilatura.utils import load_html

from db.ingest import IngestOutcome, ingest_article
from db.models import Article
from db.portable import fit
from db.sources import article_stored_at, record_seen_url
from extract import RejectedArticle, parse_article
from extract.decode import decode_article
from extract.page import looks_like_html
from extract.page_dates import markup_date
from extract.stamps import vietnam_datetime
from extract.types import ParsedArticle

log = logging.getLogger(__name__)

Parsed = ParsedArticle | IngestOutcome
"""An article read from a document, or the rejection of that document."""

SKIPPED = "skipped"


def parse_document(
    data: bytes | str,
    *,
    url: str | None = None,
    published: datetime | None = None,
    fallback_published: datetime | None = None,
    filename: str | None = None,
) -> Parsed:
    """The facts of a document, or its rejection in one sentence.

    `published` overrides any date the page gives. `fallback_published` (a feed entry's date)
    is used when the page's markup (meta tags, <time>, its address) gives none: it is surer
    than a date guessed from the article's text, and it anchors the years the text leaves out.
    """
    try:
        text = decode_article(data)
        if published is None and fallback_published is not None:
            published = marked_up_date(text, url=url, filename=filename) or fallback_published
        return parse_article(text, url=url, published=published, filename=filename)
    except RejectedArticle as exc:
        return IngestOutcome("rejected", None, None, exc.reason)


@dataclass(frozen=True)
class ToParse:
    """One document for `parse_in_order`: its bytes (or its rejection already, e.g. a file that
    could not be read), and what `parse_document` takes besides."""

    data: bytes | IngestOutcome
    filename: str | None = None
    published: datetime | None = None


# Documents go to the parsing processes a few at a time (one hand-over per document cost the
# storing process a tenth of its time), and a few batches per process ahead of the one being
# stored: enough to keep them busy, few enough that a folder of large pages is never all in
# memory at once.
BATCH = 4
AHEAD_PER_PROCESS = 2
_PARSE_FAILED = "Reading it failed unexpectedly; the log has the details."


def parse_in_order(documents: Iterable[ToParse], *, processes: int) -> Iterator[Parsed]:
    """What `parse_document` makes of each document, in the documents' order, parsed by
    `processes` worker processes (1: in this one) while the caller stores the earlier ones."""
    if processes <= 1:
        yield from map(_parse, documents)
        return
    remaining = iter(documents)
    batches = iter(lambda: list(islice(remaining, BATCH)), [])
    with ProcessPoolExecutor(max_workers=processes, initializer=_behind_the_writer) as pool:
        ahead: deque[Future[list[Parsed]]] = deque()
        for batch in batches:
            ahead.append(pool.submit(_parse_all, batch))
            if len(ahead) > processes * AHEAD_PER_PROCESS:
                yield from ahead.popleft().result()
        while ahead:
            yield from ahead.popleft().result()


def _behind_the_writer() -> None:
    """Parsing processes yield the CPU to the one storing: it alone sets the pace."""
    os.nice(10)


def _parse_all(documents: list[ToParse]) -> list[Parsed]:
    return [_parse(document) for document in documents]


def _parse(document: ToParse) -> Parsed:
    if isinstance(document.data, IngestOutcome):
        return document.data
    try:
        return parse_document(
            document.data, published=document.published, filename=document.filename
        )
    except Exception:
        # One document the parser trips over must not stop the others.
        log.exception("parsing %s failed", document.filename or "a document")
        return IngestOutcome("rejected", None, None, _PARSE_FAILED)


def marked_up_date(
    text: str, *, url: str | None = None, filename: str | None = None
) -> datetime | None:
    """The publication date a page states in its markup or address (the text itself not
    searched), in Vietnam time when the page gives no offset; None for plain text."""
    if not looks_like_html(text, filename):
        return None
    tree = load_html(text)
    stamp = markup_date(tree, url=url) if tree is not None else None
    return vietnam_datetime(stamp) if stamp else None


def store_parsed(
    sessions: sessionmaker[Session],
    parsed: Parsed,
    *,
    now: datetime,
    seen_as: str | None = None,
) -> IngestOutcome:
    """Store a parsed article in its own transaction and say what became of it.

    `seen_as` is the address the document was fetched from: unless an article ends up stored
    under it, it is remembered as seen (with the outcome), so that the crawl does not fetch it
    again. A rejection is only remembered that way; nothing else is written for it.
    """
    try:
        return _store_in_transaction(sessions, parsed, now, seen_as)
    except IntegrityError:
        log.info("%s was stored by another process meanwhile; trying again", seen_as or "it")
        return _store_in_transaction(sessions, parsed, now, seen_as)


def ingest_bytes(
    sessions: sessionmaker[Session],
    data: bytes | str,
    *,
    now: datetime,
    url: str | None = None,
    published: datetime | None = None,
    filename: str | None = None,
    fallback_published: datetime | None = None,
    seen_as: str | None = None,
) -> IngestOutcome:
    """Parse one document and store it in its own transaction: files and fetched pages alike."""
    parsed = parse_document(
        data,
        url=url,
        published=published,
        fallback_published=fallback_published,
        filename=filename,
    )
    return store_parsed(sessions, parsed, now=now, seen_as=seen_as)


def _store_in_transaction(
    sessions: sessionmaker[Session], parsed: Parsed, now: datetime, seen_as: str | None
) -> IngestOutcome:
    with sessions.begin() as session:
        if isinstance(parsed, IngestOutcome):
            outcome = parsed
        else:
            outcome = ingest_article(parsed, session=session, now=now)
        if seen_as is not None and not _stored_under(seen_as, parsed, outcome, session=session):
            record_seen_url(
                seen_as,
                outcome=SKIPPED if outcome.irrelevant else outcome.status,
                reason=outcome.reason,
                now=now,
                session=session,
            )
        return outcome


def _stored_under(url: str, parsed: Parsed, outcome: IngestOutcome, *, session: Session) -> bool:
    """Whether an article is stored under `url`: the one just stored when that is its address
    (a page fetched from its own address, as most are; not asked of the database again), else
    whichever article the database holds there."""
    if (
        outcome.status in ("new", "same_story")
        and isinstance(parsed, ParsedArticle)
        and fit(parsed.url, Article.url) == url
    ):
        return True
    return article_stored_at(url, session=session)

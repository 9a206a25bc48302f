"""The crawl: every feed of the feeds file read once, its new entries fetched, parsed and stored.

One bad source never stops the others: a feed or page that cannot be fetched is logged in one
line and counted, and the crawl goes on. Pages are fetched a few at a time (the fetcher keeps
each host's pace), parsed in worker threads, and stored one article per transaction. An entry
whose address is already stored or seen is not fetched again; a page that failed to fetch is not
remembered, and its feed's validators are dropped, so the next crawl reads the feed in full and
tries the page again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urlsplit

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.ingestion import Parsed, parse_document, store_parsed
from bot.settings import Settings
from bot.web.errors import (
    BlockedAddress,
    ConnectionFailed,
    FeedsFileError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    MalformedFeed,
    RedirectError,
    RefusedURL,
    TooLarge,
    UndecodableContent,
)
from bot.web.feeds import FEED_ACCEPT, FeedEntry, FeedSource, load_feeds_file
from bot.web.feeds import read_feed as parse_feed
from bot.web.fetch import Fetched, Fetcher
from db.ingest import IngestOutcome, duplicate_of
from db.setup import Database
from db.sources import (
    article_at,
    feed_state,
    known_urls,
    record_feed_failure,
    record_feed_read,
)

log = logging.getLogger(__name__)

PAGE_CONCURRENCY = 4
"""Fetches in flight at once, feeds and pages together; pages from one host go one by one."""

# Most specific first: BlockedAddress is a RefusedURL.
FAILURE_KINDS: tuple[tuple[type[FetchError], str], ...] = (
    (FetchTimeout, "timeout"),
    (ConnectionFailed, "connection failed"),
    (RedirectError, "redirect error"),
    (TooLarge, "too large"),
    (UndecodableContent, "undecodable"),
    (MalformedFeed, "malformed feed"),
    (BlockedAddress, "blocked address"),
    (RefusedURL, "refused address"),
)

T = TypeVar("T")

WallClock = Callable[[], datetime]
"""The time now, as an aware datetime; tests pass their own."""


def utc_now() -> datetime:
    """The time now, in UTC."""
    return datetime.now(UTC)


@dataclass
class CrawlSummary:
    """What one crawl did, in counts; `failures` counts fetch failures by kind ("HTTP 404")."""

    feeds_read: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    entries_seen: int = 0
    entries_known: int = 0
    pages_fetched: int = 0
    new: int = 0
    duplicates: int = 0
    same_story: int = 0
    skipped: int = 0
    rejected: int = 0
    errors: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def count(self, outcome: IngestOutcome) -> None:
        """Add one stored (or refused) page to the totals."""
        if outcome.irrelevant:
            self.skipped += 1
        elif outcome.status == "new":
            self.new += 1
        elif outcome.status == "duplicate":
            self.duplicates += 1
        elif outcome.status == "same_story":
            self.same_story += 1
        else:
            self.rejected += 1

    @property
    def fetch_failures(self) -> int:
        return sum(self.failures.values())

    def rows(self) -> list[tuple[str, int]]:
        """Each count with its label, in reading order; the failures by kind come last."""
        rows = [
            ("Feeds read", self.feeds_read),
            ("Feeds unchanged (304)", self.feeds_unchanged),
            ("Feeds failed", self.feeds_failed),
            ("Entries seen", self.entries_seen),
            ("Entries already known", self.entries_known),
            ("Pages fetched", self.pages_fetched),
            ("New articles", self.new),
            ("Duplicates", self.duplicates),
            ("Same story", self.same_story),
            ("Skipped (irrelevant)", self.skipped),
            ("Rejected", self.rejected),
            ("Unexpected errors", self.errors),
            ("Fetch failures", self.fetch_failures),
        ]
        rows.extend((f"  {kind}", n) for kind, n in sorted(self.failures.items()))
        return rows


def failure_kind(error: FetchError) -> str:
    """A short name for what went wrong, to count failures by ("HTTP 404", "timeout")."""
    if isinstance(error, HTTPStatusError):
        return f"HTTP {error.status}"
    return next((kind for cls, kind in FAILURE_KINDS if isinstance(error, cls)), "other")


def enabled_feeds(settings: Settings) -> list[FeedSource]:
    """The feeds to read, from FEEDS_FILE; FeedsFileError when there is no usable file."""
    if settings.feeds_file is None:
        raise FeedsFileError(
            "No feeds file is set: point FEEDS_FILE at one (see feeds.example.toml)."
        )
    return [feed for feed in load_feeds_file(settings.feeds_file) if feed.enabled]


async def crawl_once(
    settings: Settings,
    database: Database,
    *,
    fetcher: Fetcher | None = None,
    clock: WallClock = utc_now,
) -> CrawlSummary:
    """Read every enabled feed once and store the new relevant articles; FeedsFileError when
    the feeds file is unusable. `fetcher` (kept open) replaces one made from `settings`.
    Each article is stamped with `clock` when it is stored, not when the crawl started, so
    that a digest's window never ends before an article it should hold was committed."""
    feeds = enabled_feeds(settings)
    async with _fetcher_for(settings, fetcher) as using:
        crawl = _Crawl(database.sessions, using, clock)
        await asyncio.gather(*(crawl.feed(feed) for feed in feeds))
    done = [f"{label.strip().lower()} {n}" for label, n in crawl.summary.rows() if n]
    log.info("Crawl done: %s", ", ".join(done) or "no feed to read")
    return crawl.summary


async def ingest_url(
    url: str,
    settings: Settings,
    database: Database,
    *,
    fetcher: Fetcher | None = None,
    clock: WallClock = utc_now,
    published: datetime | None = None,
) -> IngestOutcome:
    """Fetch one page and store its article (the address guard applies), stamped with
    `clock` as it is stored; FetchError when it cannot be fetched. A page already stored under
    `url` is not fetched again."""
    stored = await _in_thread(database.sessions, lambda s: _stored_outcome(url, session=s))
    if stored is not None:
        return stored
    async with _fetcher_for(settings, fetcher) as using:
        fetched = await using.get(url)
    parsed = await asyncio.to_thread(_parse_page, fetched, published=published, fallback=None)
    return await asyncio.to_thread(
        store_parsed, database.sessions, parsed, now=clock(), seen_as=url
    )


class _Crawl:
    """One crawl's shared state: the fetcher, the slots, the addresses claimed, the summary."""

    def __init__(self, sessions: sessionmaker[Session], fetcher: Fetcher, clock: WallClock) -> None:
        self.sessions = sessions
        self.fetcher = fetcher
        self.clock = clock
        self.summary = CrawlSummary()
        self._slots = asyncio.Semaphore(PAGE_CONCURRENCY)
        # Parsing runs in parallel; storing one article at a time lets each see the one before
        # (same story, same URL) instead of both being stored as new.
        self._store_turn = asyncio.Lock()
        self._claimed: set[str] = set()
        self._hosts: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def feed(self, feed: FeedSource) -> None:
        """Read one feed and deal with its new entries; never raises, so that one feed that
        breaks in an unforeseen way does not stop the others."""
        try:
            await self._read(feed)
        except Exception:
            self.summary.errors += 1
            log.exception("Feed %r failed unexpectedly", feed.name)

    async def _read(self, feed: FeedSource) -> None:
        """Read one feed and deal with its new entries; remember how it went."""
        state = await _in_thread(self.sessions, lambda s: _validators(feed.url, session=s))
        try:
            async with self._slots:
                fetched = await self.fetcher.get(
                    feed.url, etag=state[0], last_modified=state[1], accept=FEED_ACCEPT
                )
            content = None if fetched.not_modified else parse_feed(fetched)
        except FetchError as exc:
            await self._feed_failed(feed, exc)
            return
        if content is None:
            self.summary.feeds_unchanged += 1
            log.info("Feed %r unchanged since the last crawl", feed.name)
            await self._feed_read(feed, fetched, "not modified", complete=True)
            return
        self.summary.feeds_read += 1
        if content.warning:
            log.warning("Feed %r: %s", feed.name, content.warning)
        entries = list({entry.url: entry for entry in content.entries}.values())
        done = await self._entries(entries)
        status = f"{len(entries)} entries" + ("" if done else "; some pages failed")
        await self._feed_read(feed, fetched, status, complete=done)

    async def _entries(self, entries: list[FeedEntry]) -> bool:
        """Fetch and store the entries not yet known; False when some must be tried again."""
        self.summary.entries_seen += len(entries)
        known = await _in_thread(
            self.sessions, lambda s: known_urls([e.url for e in entries], session=s)
        )
        fresh = [e for e in entries if e.url not in known and e.url not in self._claimed]
        self.summary.entries_known += len(entries) - len(fresh)
        self._claimed.update(e.url for e in fresh)
        results = await asyncio.gather(*(self._page(entry) for entry in fresh))
        return all(results)

    async def _page(self, entry: FeedEntry) -> bool:
        """Fetch, parse and store one entry's page; False when it must be tried again."""
        try:
            return await self._fetch_and_store(entry)
        except Exception:
            # One page must not stop the crawl. Its transaction is rolled back and nothing is
            # remembered, so the next crawl tries it again.
            self.summary.errors += 1
            log.exception("Page %s failed unexpectedly", entry.url)
            return False

    async def _fetch_and_store(self, entry: FeedEntry) -> bool:
        try:
            # One page per host at a time: the fetcher makes each host's requests wait their
            # turn, and a slot held while waiting would keep other hosts' pages waiting too.
            async with self._hosts[_host(entry.url)], self._slots:
                fetched = await self.fetcher.get(entry.url)
        except FetchError as exc:
            self._failed(exc, "Page skipped")
            return False
        self.summary.pages_fetched += 1
        parsed = await asyncio.to_thread(
            _parse_page, fetched, published=None, fallback=entry.published
        )
        async with self._store_turn:
            # Read in turn, the stamps follow the order in which the articles are committed.
            outcome = await asyncio.to_thread(
                store_parsed, self.sessions, parsed, now=self.clock(), seen_as=entry.url
            )
        self.summary.count(outcome)
        log.info("%s: %s", entry.url, _described(outcome))
        return True

    async def _feed_failed(self, feed: FeedSource, error: FetchError) -> None:
        self.summary.feeds_failed += 1
        self._failed(error, f"Feed {feed.name!r} skipped")
        now = self.clock()
        await self._write(
            lambda s: record_feed_failure(
                feed.url, name=feed.name, status=error.reason, now=now, session=s
            )
        )

    async def _feed_read(
        self, feed: FeedSource, fetched: Fetched, status: str, *, complete: bool
    ) -> None:
        now = self.clock()
        await self._write(
            lambda s: record_feed_read(
                feed.url,
                name=feed.name,
                status=f"{fetched.status} {status}",
                etag=fetched.etag if complete else None,
                last_modified=fetched.last_modified if complete else None,
                now=now,
                session=s,
            )
        )

    async def _write(self, work: Callable[[Session], object]) -> None:
        """Run `work` in its own transaction; another crawler writing the same row meanwhile
        (a feed seen for the first time by two processes) gets one more try."""
        try:
            await _in_thread(self.sessions, work)
        except IntegrityError:
            await _in_thread(self.sessions, work)

    def _failed(self, error: FetchError, what: str) -> None:
        kind = failure_kind(error)
        self.summary.failures[kind] += 1
        log.warning("%s (%s): %s", what, kind, error)


@asynccontextmanager
async def _fetcher_for(settings: Settings, given: Fetcher | None) -> AsyncIterator[Fetcher]:
    """The caller's fetcher, left open, or one of our own, closed afterwards."""
    if given is not None:
        yield given
        return
    async with Fetcher(settings) as own:
        yield own


async def _in_thread(sessions: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    """`work` run in a worker thread, in a transaction of its own."""

    def run() -> T:
        with sessions.begin() as session:
            return work(session)

    return await asyncio.to_thread(run)


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _validators(url: str, *, session: Session) -> tuple[str | None, str | None]:
    feed = feed_state(url, session=session)
    return (feed.etag, feed.last_modified) if feed else (None, None)


def _stored_outcome(url: str, *, session: Session) -> IngestOutcome | None:
    article = article_at(url, session=session)
    return duplicate_of(article) if article is not None else None


def _parse_page(
    fetched: Fetched, *, published: datetime | None, fallback: datetime | None
) -> Parsed:
    """The article on a fetched page; a body that is not text is refused in one sentence."""
    if fetched.text is None:
        kind = fetched.media_type or "unknown content"
        return IngestOutcome("rejected", None, None, f"The page is {kind}, not an article.")
    return parse_document(
        fetched.text, url=fetched.url, published=published, fallback_published=fallback
    )


def _described(outcome: IngestOutcome) -> str:
    what = outcome.status.replace("_", " ")
    if outcome.irrelevant:
        what = "skipped"
    return f"{what} ({outcome.reason})" if outcome.reason else f"{what}: {outcome.title}"

"""What the crawl remembers between runs: each feed's state, and the page addresses already seen.

Every function works inside the caller's transaction and never commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from db.models import Article, Feed, SeenUrl
from db.portable import fit

# Addresses looked up per query: well under every database's limit on bound parameters.
_LOOKUP_CHUNK = 500


def feed_state(url: str, *, session: Session) -> Feed | None:
    """The stored state of the feed at `url` (validators for a conditional request), if any."""
    return session.scalars(select(Feed).where(Feed.url == url)).first()


def record_feed_read(
    url: str,
    *,
    name: str,
    status: str,
    etag: str | None,
    last_modified: str | None,
    now: datetime,
    session: Session,
) -> Feed:
    """Note a feed read (or found unchanged): its validators for next time, failures reset.

    Validators given as None are cleared, so that the next request is unconditional."""
    feed = _feed(url, name=name, session=session)
    feed.etag = fit(etag, Feed.etag)
    feed.last_modified = fit(last_modified, Feed.last_modified)
    feed.last_checked_at = now
    feed.last_status = fit(status, Feed.last_status)
    feed.consecutive_failures = 0
    return feed


def record_feed_failure(
    url: str, *, name: str, status: str, now: datetime, session: Session
) -> Feed:
    """Note a feed that could not be read; its validators are kept for the next attempt."""
    feed = _feed(url, name=name, session=session)
    feed.last_checked_at = now
    feed.last_status = fit(status, Feed.last_status)
    feed.consecutive_failures = (feed.consecutive_failures or 0) + 1
    return feed


def known_urls(urls: Iterable[str], *, session: Session) -> set[str]:
    """Those of `urls` already dealt with: an article is stored under it, or it was seen."""
    wanted = list(dict.fromkeys(urls))
    known: set[str] = set()
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        known.update(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
        known.update(session.scalars(select(SeenUrl.url).where(SeenUrl.url.in_(chunk))))
    return {url for url in known if url is not None}


def article_at(url: str, *, session: Session) -> Article | None:
    """The article stored under `url`, if any."""
    return session.scalars(select(Article).where(Article.url == url)).first()


def article_stored_at(url: str, *, session: Session) -> bool:
    """Whether an article is stored under `url` (its id alone read, not the article)."""
    return session.connection().scalar(_ARTICLE_AT, {"url": url}) is not None


_ARTICLE_AT = select(Article.id).where(Article.url == bindparam("url")).limit(1)


def record_seen_url(
    url: str, *, outcome: str, reason: str | None, now: datetime, session: Session
) -> SeenUrl:
    """Remember that the page at `url` was fetched and what became of it (updated if seen)."""
    seen = session.scalars(select(SeenUrl).where(SeenUrl.url == url)).first()
    if seen is None:
        seen = SeenUrl(url=url)
        session.add(seen)
    seen.outcome = fit(outcome, SeenUrl.outcome) or ""
    seen.reason = fit(reason, SeenUrl.reason)
    seen.seen_at = now
    return seen


def _feed(url: str, *, name: str, session: Session) -> Feed:
    feed = feed_state(url, session=session)
    if feed is None:
        feed = Feed(url=url, consecutive_failures=0)
        session.add(feed)
    feed.name = fit(name, Feed.name)
    return feed

"""The network edge for live sources: a guarded HTTP fetcher and RSS/Atom feed reading."""

from bot.web.errors import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    MalformedFeed,
    RedirectError,
    RefusedURL,
    TooLarge,
    UndecodableContent,
)
from bot.web.feeds import (
    FEED_ACCEPT,
    FeedContent,
    FeedEntry,
    FeedsFileError,
    FeedSource,
    load_feeds_file,
    read_feed,
)
from bot.web.fetch import Fetched, Fetcher

__all__ = [
    "FEED_ACCEPT",
    "BlockedAddress",
    "ConnectionFailed",
    "FeedContent",
    "FeedEntry",
    "FeedSource",
    "FeedsFileError",
    "FetchError",
    "FetchTimeout",
    "Fetched",
    "Fetcher",
    "HTTPStatusError",
    "MalformedFeed",
    "RedirectError",
    "RefusedURL",
    "TooLarge",
    "UndecodableContent",
    "load_feeds_file",
    "read_feed",
]

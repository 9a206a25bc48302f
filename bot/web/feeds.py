"""Which feeds to follow (the TOML feeds file) and what a fetched RSS/Atom feed says."""

from __future__ import annotations

import calendar
import io
import re
import time
import tomllib
import unicodedata
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.web.errors import FeedsFileError, MalformedFeed, RefusedURL
from bot.web.fetch import Fetched
from bot.web.guard import check_url

FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5"
)
_SPACES = re.compile(r"\s+")
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass(frozen=True)
class FeedSource:
    """One feed to follow, as the feeds file lists it."""

    url: str
    name: str
    enabled: bool = True


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is, its title, when it was published, a summary."""

    url: str
    title: str
    published: datetime | None
    summary: str


@dataclass(frozen=True)
class FeedContent:
    """A parsed feed; `warning` says what was wrong when only part of it could be read."""

    title: str | None
    entries: list[FeedEntry]
    warning: str | None = None


class _FeedLine(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)

    url: str = Field(min_length=1)
    name: str = Field(min_length=1)
    enabled: bool = True

    @field_validator("name")
    @classmethod
    def _composed(cls, value: str) -> str:
        return unicodedata.normalize("NFC", value)

    @field_validator("url")
    @classmethod
    def _fetchable(cls, value: str) -> str:
        try:
            return str(check_url(value))
        except RefusedURL as exc:
            raise ValueError(exc.reason) from None


class _FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feed: list[_FeedLine] = Field(min_length=1)


def load_feeds_file(path: Path) -> list[FeedSource]:
    """Every feed listed in `path` (disabled ones too, flagged); FeedsFileError if unusable.

    The format is one `[[feed]]` table per feed with `url`, `name` and optionally
    `enabled = false`; see feeds.example.toml.
    """
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise FeedsFileError(f"The feeds file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedsFileError(f"The feeds file {path} cannot be read ({exc}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise FeedsFileError(f"The feeds file {path} is not valid TOML: {exc}.") from None
    if "feed" not in raw:
        raise FeedsFileError(
            f"The feeds file {path} lists no feed: add [[feed]] tables with a url and a name."
        )
    try:
        lines = _FeedsFile.model_validate(raw).feed
    except ValidationError as exc:
        raise FeedsFileError(f"The feeds file {path} is wrong: {_first_problem(exc)}.") from None
    sources = [FeedSource(url=line.url, name=line.name, enabled=line.enabled) for line in lines]
    _refuse_duplicates(path, sources)
    return sources


def read_feed(fetched: Fetched) -> FeedContent:
    """The entries of a fetched RSS or Atom feed; MalformedFeed if none can be read.

    A feed broken part-way keeps the entries that could still be read, with a `warning`.
    Entries without an http(s) link are left out: there is no article to fetch.
    """
    if fetched.not_modified:
        raise ValueError("a 304 answer has no feed to read; check `not_modified` first")
    parsed = feedparser.parse(
        # Bytes or str given directly may be taken for a file name or a URL and opened.
        io.BytesIO(fetched.content),
        response_headers={
            "content-location": fetched.url,
            "content-type": fetched.content_type or "application/xml",
        },
    )
    entries = [e for e in (_entry(item) for item in parsed.entries) if e is not None]
    problem = _problem(parsed)
    if not entries and problem:
        raise MalformedFeed(fetched.url, f"it is malformed ({problem})")
    if not entries and not parsed.get("version"):
        raise MalformedFeed(fetched.url, "it is not an RSS or Atom feed")
    return FeedContent(
        title=_clean(parsed.feed.get("title")) or None,
        entries=entries,
        warning=f"the feed is malformed ({problem}); the entries that could be read were kept"
        if problem
        else None,
    )


def _entry(item: Any) -> FeedEntry | None:
    link = item.get("link") or ""
    if not link.startswith(("http://", "https://")):
        return None
    return FeedEntry(
        url=link,
        title=_clean(item.get("title")),
        published=_published(item),
        summary=_clean(_plain_text(item.get("summary") or "")),
    )


def _published(item: Any) -> datetime | None:
    """When the entry was published (or else last updated), in UTC, if the feed says."""
    moment: time.struct_time | None = item.get("published_parsed") or item.get("updated_parsed")
    if moment is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC)


def _problem(parsed: Any) -> str | None:
    """What made feedparser flag the feed (its "bozo" bit), unless it is harmless."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    # A charset label that disagrees with the bytes, or an XML feed served as text/html, are
    # common on news sites and do not lose anything: feedparser copes with both.
    if isinstance(exc, _HARMLESS_BOZO):
        return None
    if isinstance(exc, xml.sax.SAXParseException):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}"
    detail = str(exc).strip() if exc is not None else ""
    return detail or "malformed XML"


class _TextCollector(HTMLParser):
    """The text of an HTML fragment, tags dropped, entities resolved."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")


def _plain_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)


def _clean(text: str | None) -> str:
    """NFC, single spaces: legacy-encoded feeds come decomposed, summaries full of line breaks."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def _first_problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = _place(first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _place(loc: tuple[int | str, ...]) -> str:
    """Where in the file a validation error is, in the operator's terms ("feed 3, url")."""
    if loc[:1] == ("feed",) and len(loc) >= 2 and isinstance(loc[1], int):
        rest = ", ".join(str(p) for p in loc[2:])
        return f"feed {loc[1] + 1}" + (f", {rest}" if rest else "")
    return ", ".join(str(p) for p in loc)


def _refuse_duplicates(path: Path, sources: list[FeedSource]) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.url in seen:
            raise FeedsFileError(f"The feeds file {path} lists {source.url} twice.")
        seen.add(source.url)

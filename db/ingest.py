"""Storing an article and its facts: duplicates refused, a story told twice counted once.

Every function here works inside the caller's transaction and never commits: a caller ingests
one article per transaction, so that a failure leaves nothing of that article behind.

The same URL again, or the same text (normalised) from the same outlet or from an unnamed one,
is a duplicate and changes nothing. The same text from another outlet (agency copy syndicated
by several papers) is that story told again, like a rewrite:

An article that tells a story already stored (see `db.stories`) is kept as a further source,
`same_story_as_id` pointing to the story's first article. Of its facts, only those the story
does not know yet are stored, and they stay on the article that carries them, so every fact
still links to a text where a reader finds it, and nothing is counted twice.

Between processes, duplicates are refused only as far as unique keys reach. An article's URL is
unique, and so is a person's name and side: when two processes store the same page, or a text
naming the same new official, at the same instant, the second insert fails and
`bot.ingestion.store_parsed` tries again, finding the duplicate. `content_hash` cannot be
unique, since identical texts from other outlets are kept as further sources (above); so the
same URL-less text from one outlet or from none (a file), naming no official not yet stored,
ingested by two processes at the same instant, is stored twice, as two stories. One process
never does this: the crawl stores one article at a time and `briefbot ingest` one file after
another, and every later ingestion of that text finds it stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Row, bindparam, insert, literal, select, union_all
from sqlalchemy.orm import Session

from db.facts import add_facts
from db.models import (
    Article,
    ArticleProvince,
    Province,
    table_of,
)
from db.portable import fit, utc
from db.stories import (
    StoryFacts,
    StoryMatch,
    find_same_story,
    province_key,
    story_of,
)
from extract import parse_article
from extract.errors import RejectedArticle
from extract.fold import nfc
from extract.hosts import url_host
from extract.types import ParsedArticle

Status = Literal["new", "duplicate", "same_story", "rejected"]

IRRELEVANT = "no Chinese province or Vietnam–China trade figure found"
# Outlets carrying one syndicated text; more copies than this are not compared one by one.
MAX_COPIES = 50


@dataclass(frozen=True)
class IngestOutcome:
    """What became of one article, with one sentence saying why when it was not stored as new."""

    status: Status
    article_id: int | None
    title: str | None
    reason: str | None

    @property
    def irrelevant(self) -> bool:
        """Refused because it is not about Vietnam and China, not because it was unreadable."""
        return self.status == "rejected" and self.reason == IRRELEVANT


def duplicate_of(article: Article | StoredCopy) -> IngestOutcome:
    """What became of a document already stored as `article`: nothing."""
    reason = f"already stored as article {article.id}"
    return IngestOutcome("duplicate", article.id, article.title, reason)


def normalised_body(body: str) -> str:
    """The body as compared for duplicates: NFC, whitespace runs collapsed to one space."""
    # str.split() breaks at the very characters a regular expression's \s matches, in a third
    # of the time.
    return " ".join(nfc(body).split())


def content_hash(body: str) -> str:
    """SHA-256 of the normalised body: CRLF, NFD or re-wrapped copies hash alike."""
    return hashlib.sha256(normalised_body(body).encode("utf-8")).hexdigest()


def ingest_document(
    data: bytes | str,
    *,
    session: Session,
    now: datetime,
    url: str | None = None,
    published: datetime | None = None,
    filename: str | None = None,
) -> IngestOutcome:
    """Parse a text or HTML document and store it; unreadable or irrelevant input is rejected
    whole with the parser's one-sentence reason, and nothing is written."""
    try:
        parsed = parse_article(data, url=url, published=published, filename=filename)
    except RejectedArticle as exc:
        return IngestOutcome("rejected", None, None, exc.reason)
    return ingest_article(parsed, session=session, now=now)


def ingest_article(parsed: ParsedArticle, *, session: Session, now: datetime) -> IngestOutcome:
    """Store `parsed` with its facts, or say why not (duplicate, irrelevant). No commit."""
    title = parsed.title
    if not parsed.has_facts:
        return IngestOutcome("rejected", None, title, IRRELEVANT)
    digest = content_hash(parsed.body)
    at_url, copies = _stored_alike(parsed.url, digest, session=session)
    existing = at_url or next((copy for copy in copies if not _told_apart(parsed, copy)), None)
    if existing is not None:
        return duplicate_of(existing)

    provinces = _province_ids(parsed, session=session)
    about = _article_provinces(parsed, provinces)
    story = (
        story_of(copies[0].same_story_as_id or copies[0].id, session=session)
        if copies
        else find_same_story(parsed, session=session, province_ids=about)
    )
    # Inserted as rows, table by table: through the unit of work, one object at a time, they
    # took half the time of storing an article.
    row = {
        "content_hash": digest,
        "url": fit(parsed.url, Article.url),
        "source": fit(parsed.source, Article.source),
        "title": fit(title, Article.title) or "",
        "published": utc(parsed.published) if parsed.published else None,
        "event_date": parsed.event_date,
        "event_year_inferred": parsed.event_year_inferred,
        "body": nfc(parsed.body),
        "ingested_at": utc(now),
        "same_story_as_id": story.root_id if story else None,
    }
    article_id = session.execute(_NEW_ARTICLE, row).scalar_one()
    if about:
        session.execute(
            _NEW_ARTICLE_PROVINCES,
            [{"article_id": article_id, "province_id": province_id} for province_id in about],
        )
    added = add_facts(
        parsed,
        article_id,
        known=story.known if story else StoryFacts(),
        provinces=provinces,
        session=session,
    )
    if story is None:
        return IngestOutcome("new", article_id, title, None)
    return IngestOutcome("same_story", article_id, title, _same_story_reason(story, added))


def _same_story_reason(story: StoryMatch, added: int) -> str:
    outlet = f" ({story.root_source})" if story.root_source else ""
    reason = f"same story as article {story.root_id}{outlet}"
    if added:
        reason += f"; {added} new fact{'s' if added > 1 else ''} added"
    return reason


# The look-ups made for every article, built once: composing a statement costs about as much
# as SQLite takes to answer it. They are run on the session's connection: they read columns,
# not tracked objects, and the ORM's handling of a statement cost as much again.
# What telling a copy apart needs of a stored article: a few columns, not its body.
_COPY_COLUMNS = (Article.id, Article.title, Article.url, Article.source, Article.same_story_as_id)
# The columns, and whether the row was found by its address rather than by its text.
StoredCopy = Row[int, str, str | None, str | None, int | None, bool]
_AT_URL = (
    select(*_COPY_COLUMNS, literal(True).label("at_url"))
    .where(Article.url == bindparam("url"))
    .limit(1)
    .subquery()
)
_WITH_CONTENT = (
    select(*_COPY_COLUMNS, literal(False).label("at_url"))
    .where(Article.content_hash == bindparam("digest"))
    .order_by(Article.id)
    .limit(MAX_COPIES)
)
# Both in one statement, for an article with an address (each part keeps its own limit).
_AT_URL_OR_WITH_CONTENT = union_all(select(*_AT_URL.c), select(*_WITH_CONTENT.subquery().c))
_ALL_PROVINCES = select(Province.key, Province.id)
# Into the tables, like the facts (see `db.facts`).
_NEW_ARTICLE = insert(table_of(Article)).returning(Article.id)
_NEW_ARTICLE_PROVINCES = insert(table_of(ArticleProvince))


def _stored_alike(
    url: str | None, digest: str, *, session: Session
) -> tuple[StoredCopy | None, list[StoredCopy]]:
    """The stored article at `url`, and the stored articles with this very text, oldest first
    (one per outlet that carried it): in one statement when there is an address."""
    connection = session.connection()
    if not url:
        return None, list(connection.execute(_WITH_CONTENT, {"digest": digest}))
    at_url: StoredCopy | None = None
    copies: list[StoredCopy] = []
    for row in connection.execute(_AT_URL_OR_WITH_CONTENT, {"url": url, "digest": digest}):
        if row.at_url:
            at_url = row
        else:
            copies.append(row)
    return at_url, sorted(copies, key=lambda copy: copy.id)


def outlet_of(url: str | None, source: str | None) -> str | None:
    """Who published a text: the web site it was fetched from, else the source it names."""
    return url_host(url) or (source.strip().casefold() if source and source.strip() else None)


def _told_apart(parsed: ParsedArticle, copy: StoredCopy) -> bool:
    """Whether an identical text comes from another outlet than `copy`: both outlets must be
    known, and differ. The same text again from the same outlet, or from an unnamed one (a file
    ingested twice), changes nothing."""
    mine, theirs = outlet_of(parsed.url, parsed.source), outlet_of(copy.url, copy.source)
    return mine is not None and theirs is not None and mine != theirs


def _province_ids(parsed: ParsedArticle, *, session: Session) -> dict[str, int]:
    """The ids of the stored provinces the article names (about, officials, figures), by
    gazetteer key."""
    names = [
        *parsed.provinces,
        *(o.province for o in parsed.officials),
        *(f.province for f in parsed.trade_figures),
    ]
    keys = {key for key in map(province_key, names) if key is not None}
    stored = _stored_provinces(keys, session=session)
    return {key: stored[key] for key in keys if key in stored}


# Where a database connection keeps the provinces' ids (see `_stored_provinces`).
_PROVINCES_READ = "briefbot.ingest.provinces"


def _stored_provinces(keys: set[str], *, session: Session) -> dict[str, int]:
    """The id of every stored province by gazetteer key, read once per database connection
    rather than once per article: only `db.provinces.sync_provinces` writes provinces, when a
    database is opened, and it never changes the id of one already stored. Read again when one
    of `keys` is missing, in case it was stored since."""
    connection = session.connection()
    stored: dict[str, int] | None = connection.info.get(_PROVINCES_READ)
    if stored is None or not keys <= stored.keys():
        stored = {key: id_ for key, id_ in connection.execute(_ALL_PROVINCES)}
        connection.info[_PROVINCES_READ] = stored
    return stored


def _article_provinces(parsed: ParsedArticle, provinces: dict[str, int]) -> list[int]:
    """The provinces the article is about, and those its trade figures are for (China too)."""
    names = [*parsed.provinces, *(f.province for f in parsed.trade_figures)]
    keys = dict.fromkeys(k for k in map(province_key, names) if k in provinces)
    return [provinces[k] for k in keys]

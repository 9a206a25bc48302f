"""Small factories that arrange facts directly through the ORM, for tests of what users see.

Each takes the session first, adds and flushes (so ids exist) and never commits: the test does.
Provinces are named by gazetteer key ('guangdong'); people are found or created by name and side.
Instants are stored in UTC, as ingestion stores them.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Article, Meeting, Person, Province, Role, TradeFigure
from extract.fold import fold, nfc

_serial = itertools.count(1)
# `url` left out gets a unique address; `url=None` is an article without one.
_UNIQUE_URL = "unique"


def province(session: Session, key: str) -> Province:
    return session.scalars(select(Province).where(Province.key == key)).one()


def article(
    session: Session,
    *,
    title: str | None = None,
    source: str | None = "example.vn",
    url: str | None = _UNIQUE_URL,
    published: datetime | None = None,
    event_date: date | None = None,
    provinces: Iterable[str] = ("guangdong",),
    same_story_as: Article | None = None,
    body: str = "",
    ingested_at: datetime | None = None,
    copy_of: Article | None = None,
) -> Article:
    """An article about `provinces`; unique title, hash and URL unless given. `copy_of`: the
    very text of that article from another outlet (the same story, the same hash)."""
    n = next(_serial)
    title = title or f"Bài viết thử số {n}"
    if copy_of is not None:
        same_story_as = same_story_as or session.get(
            Article, copy_of.same_story_as_id or copy_of.id
        )
    row = Article(
        content_hash=copy_of.content_hash
        if copy_of is not None
        else hashlib.sha256(f"{n}:{title}:{body}".encode()).hexdigest(),
        url=f"https://{source or 'example.vn'}/bai-{n}.html" if url == _UNIQUE_URL else url,
        source=source,
        title=title,
        published=published.astimezone(UTC) if published and published.tzinfo else published,
        event_date=event_date,
        body=body or title,
        ingested_at=ingested_at or published or datetime(2025, 1, 1, 12, 0),
        same_story_as_id=same_story_as.id if same_story_as else None,
        provinces=[province(session, key) for key in provinces],
    )
    session.add(row)
    session.flush()
    return row


def person(session: Session, name: str, side: str = "CN") -> Person:
    """The person with this name and side, created when new."""
    name = nfc(name)
    existing = session.scalars(
        select(Person).where(Person.name == name, Person.side == side)
    ).one_or_none()
    if existing is not None:
        return existing
    row = Person(name=name, folded=fold(name), side=side)
    session.add(row)
    session.flush()
    return row


def role(
    session: Session,
    who: Person,
    in_article: Article,
    title: str,
    *,
    province_key: str | None = None,
    seen_on: date | None = None,
) -> Role:
    """`who` seen as `title` in `in_article` (on its event date unless `seen_on` is given)."""
    row = Role(
        person=who,
        article=in_article,
        title=title,
        province=province(session, province_key) if province_key else None,
        seen_on=seen_on or in_article.event_date,
    )
    session.add(row)
    session.flush()
    return row


def figure(
    session: Session,
    in_article: Article,
    *,
    year: int,
    value_usd: int | None,
    growth_pct: float | None = None,
    province_key: str = "guangdong",
    period: str = "full_year",
    kind: str = "two-way",
    approximate: bool = False,
    value: float | None = None,
    currency: str = "USD",
    quote: str = "",
) -> TradeFigure:
    row = TradeFigure(
        article=in_article,
        province=province(session, province_key),
        year=year,
        period=period,
        kind=kind,
        value_usd=value_usd,
        value=value,
        currency=currency,
        growth_pct=growth_pct,
        approximate=approximate,
        quote=quote or f"kim ngạch năm {year}",
    )
    session.add(row)
    session.flush()
    return row


def meeting(
    session: Session,
    in_article: Article,
    participants: Iterable[Person],
    *,
    kind: str = "talks",
    label: str = "hội đàm",
    on: date | None = None,
    place: str | None = None,
) -> Meeting:
    row = Meeting(
        article=in_article,
        kind=kind,
        label=label,
        date=on or in_article.event_date,
        place=place,
        participants=list(participants),
    )
    session.add(row)
    session.flush()
    return row

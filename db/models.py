"""The fact database: articles, provinces, people and roles, trade figures, meetings, agreements."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The table `model` is mapped to, for statements on rows rather than objects."""
    return cast(Table, model.__table__)


class Province(Base):
    """A Chinese provincial-level division, or China itself (`key` 'china') for national totals."""

    __tablename__ = "provinces"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name_vi: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30))

    aliases: Mapped[list[ProvinceAlias]] = relationship(
        back_populates="province", cascade="all, delete-orphan"
    )


class ProvinceAlias(Base):
    """Another name of a province (English, Chinese, formal, a city), with its folded form."""

    __tablename__ = "province_aliases"
    __table_args__ = (UniqueConstraint("province_id", "alias", name="uq_province_aliases_alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(120))
    folded: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # name | en | zh | alias | city

    province: Mapped[Province] = relationship(back_populates="aliases")


class Article(Base):
    """One article as ingested: clean body, metadata, and the story it belongs to."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_story_published", "same_story_as_id", "published"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Not unique: another outlet's byte-identical copy is kept as a further source of the story.
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(1000))
    published: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    event_year_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Set when another outlet already reported this story: the facts live on that article,
    # this one is kept as a further source ("also reported by …").
    same_story_as_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )

    provinces: Mapped[list[Province]] = relationship(secondary="article_provinces")
    trade_figures: Mapped[list[TradeFigure]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    roles: Mapped[list[Role]] = relationship(back_populates="article", cascade="all, delete-orphan")
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )


class ArticleProvince(Base):
    """Which provinces an article is about."""

    __tablename__ = "article_provinces"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    province_id: Mapped[int] = mapped_column(
        ForeignKey("provinces.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Person(Base):
    """An official, identified by name (NFC, as written) and side."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("name", "side", name="uq_people_name_side"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    folded: Mapped[str] = mapped_column(String(120), index=True)
    side: Mapped[str] = mapped_column(String(5))  # VN | CN | other

    roles: Mapped[list[Role]] = relationship(back_populates="person", cascade="all, delete-orphan")


class Role(Base):
    """A person seen with a title in an article on a date: the history of who held what."""

    __tablename__ = "roles"
    __table_args__ = (
        Index("ix_roles_person_seen", "person_id", "seen_on"),
        # A province's officials, most recently seen first (/officials).
        Index("ix_roles_province_seen", "province_id", "seen_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    seen_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="roles")
    article: Mapped[Article] = relationship(back_populates="roles")
    province: Mapped[Province | None] = relationship()


class TradeFigure(Base):
    """Vietnam's trade with a province (or with China) for one year and period, as reported."""

    __tablename__ = "trade_figures"
    # A province's figures in the order of what tells one reported figure from another: the
    # answers count each figure's reporting articles from this index alone.
    __table_args__ = (
        Index(
            "ix_trade_figures_province_figure",
            "province_id",
            "year",
            "period",
            "kind",
            "value_usd",
            "value",
            "currency",
            "growth_pct",
            "article_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(12))
    value_usd: Mapped[int | None] = mapped_column(BigInteger)
    value: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    growth_pct: Mapped[float | None] = mapped_column(Float)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    quote: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="trade_figures")
    province: Mapped[Province] = relationship()


class Meeting(Base):
    """A meeting reported by an article, with the people who took part."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))

    article: Mapped[Article] = relationship(back_populates="meetings")
    participants: Mapped[list[Person]] = relationship(secondary="meeting_participants")


class MeetingParticipant(Base):
    __tablename__ = "meeting_participants"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )

    # A person's meetings, newest first, read from the index alone (/officials, /official).
    __table_args__ = (Index("ix_meeting_participants_person_meeting", "person_id", "meeting_id"),)


class Agreement(Base):
    """A document signed (or agreed to be signed) as an article reports it."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    date: Mapped[date | None] = mapped_column(Date)

    article: Mapped[Article] = relationship(back_populates="agreements")


# --- chats, digests ----------------------------------------------------------------------


class Chat(Base):
    """A Telegram chat the bot talks to, with its language and time zone."""

    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(20))  # private | group | supergroup | channel
    title: Mapped[str | None] = mapped_column(String(255))
    locale: Mapped[str | None] = mapped_column(String(5))  # None: follow the user's language
    timezone: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deactivated_reason: Mapped[str | None] = mapped_column(String(200))
    migrated_to_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    subscription: Mapped[Subscription | None] = relationship(
        back_populates="chat", cascade="all, delete-orphan"
    )


class Subscription(Base):
    """A chat's digest: which provinces, how often, and when it is next due (UTC)."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.id", ondelete="CASCADE", onupdate="CASCADE"), unique=True
    )
    frequency: Mapped[str] = mapped_column(String(10))  # weekly | daily
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday (weekly only)
    time_of_day: Mapped[str] = mapped_column(String(5))  # "HH:MM" in the chat's time zone
    all_provinces: Mapped[bool] = mapped_column(Boolean, default=False)
    skip_empty: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    next_due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Facts ingested after this instant go into the next digest.
    covered_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    chat: Mapped[Chat] = relationship(back_populates="subscription")
    provinces: Mapped[list[Province]] = relationship(secondary="subscription_provinces")


class SubscriptionProvince(Base):
    __tablename__ = "subscription_provinces"

    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True
    )
    province_id: Mapped[int] = mapped_column(
        ForeignKey("provinces.id", ondelete="CASCADE"), primary_key=True
    )


class Delivery(Base):
    """One digest for one subscription and period; the unique key makes sending exactly-once."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "period_key", name="uq_deliveries_period"),
        Index("ix_deliveries_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    period_key: Mapped[str] = mapped_column(String(32))  # e.g. "2026-W48", "2026-11-23"
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # sending | sent | empty | skipped | retrying | failed | blocked | unconfirmed | superseded
    status: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # retrying
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    chat_id: Mapped[int | None] = mapped_column(BigInteger)  # where it went (after migrations)
    covered_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)


# --- what answers are computed from ------------------------------------------------------


class DataVersion(Base):
    """One row whose token changes in every transaction that writes facts (db.data_version):
    what is computed from the facts, answers and indexes, is kept while the token is unchanged,
    by every process that reads the database."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# --- live sources ------------------------------------------------------------------------


class Feed(Base):
    """An RSS/Atom feed being followed, with what conditional requests need."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[str | None] = mapped_column(String(200))
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)


class SeenUrl(Base):
    """A page address already fetched that no article is stored under: not fetched again.

    Irrelevant or unreadable pages, and pages whose article is stored under another address
    (the page's canonical URL, or an earlier copy).
    """

    __tablename__ = "seen_urls"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    # skipped (irrelevant) | rejected, or what became of the article: new | duplicate | same_story
    outcome: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(String(300))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

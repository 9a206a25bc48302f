"""What SQLite and PostgreSQL need written differently, written once for both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import QueryableAttribute, Session


def insert_for(session: Session) -> Callable[[Any], postgresql.Insert | sqlite.Insert]:
    """The INSERT construct of the session's dialect (both know ON CONFLICT DO NOTHING)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def utc(moment: datetime) -> datetime:
    """An instant in UTC; SQLite returns stored instants without their zone, and they are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def fit(value: str | None, column: QueryableAttribute[Any]) -> str | None:
    """`value` cut to the column's length: PostgreSQL refuses longer text, SQLite would keep it."""
    if value is None:
        return None
    length = getattr(column.property.columns[0].type, "length", None)
    return value[:length] if length else value

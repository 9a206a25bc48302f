"""The data version: a token that changes in every transaction writing facts, so that answers
and indexes computed from the facts can be kept in memory while it is unchanged.

Any process may write (the bot's crawl, `briefbot ingest`, a second bot): the token lives in
the database and readers compare it. It is a random token rather than a counter, so that a
database made again from nothing never repeats a token an old cache was kept under.

Writes are noticed by the session itself (`watch_fact_writes`): every flush or statement that
adds, changes or deletes fact rows replaces the token in the same transaction, so no writer
through a session can forget to (SQL sent past the sessions, as `benchmarks.replicate` does to
build a new database, must replace it itself).
On PostgreSQL, replacing the one row also orders concurrent writers: a reader that sees a token
sees every transaction committed before it.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import bindparam, event, insert, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from db.models import (
    Base,
    Chat,
    DataVersion,
    Delivery,
    Feed,
    SeenUrl,
    Subscription,
    SubscriptionProvince,
)

ROW = 1
# The bot's own bookkeeping; every other table holds facts that answers read, including any
# table added later (a table wrongly counted as facts costs kept answers, never a stale one).
NOT_FACTS = (Chat, DataVersion, Delivery, Feed, SeenUrl, Subscription, SubscriptionProvince)
FACT_MODELS = tuple(
    mapper.class_ for mapper in Base.registry.mappers if mapper.class_ not in NOT_FACTS
)
FACT_TABLES = frozenset(model.__tablename__ for model in FACT_MODELS)
_MARKED = "briefbot.data_version.marked"  # the transaction that already replaced the token
_READ = "briefbot.data_version.read"  # (transaction, token) last read or written in it


def watch_fact_writes(sessions: sessionmaker[Session]) -> None:
    """Make every session of `sessions` replace the token when it writes a fact: by flushing
    rows, or by an insert, update or delete statement run through the session."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "do_orm_execute", _before_statement)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    changed = (row for row in session.dirty if session.is_modified(row))
    if _touches_facts(itertools.chain(session.new, session.deleted, changed)):
        mark_changed(session=session)


def _before_statement(state: ORMExecuteState) -> None:
    if (state.is_insert or state.is_update or state.is_delete) and _writes_facts(state):
        mark_changed(session=state.session)


def _writes_facts(state: ORMExecuteState) -> bool:
    mapper = state.bind_mapper
    if mapper is not None:
        return issubclass(mapper.class_, FACT_MODELS)
    return getattr(getattr(state.statement, "table", None), "name", None) in FACT_TABLES


def _touches_facts(rows: Iterable[object]) -> bool:
    return any(isinstance(row, FACT_MODELS) for row in rows)


# Built once: it runs in every transaction that stores an article.
_REPLACE = (
    update(DataVersion)
    .where(DataVersion.id == ROW)
    .values(token=bindparam("token"), changed_at=bindparam("changed_at"))
)


_TOKEN = select(DataVersion.token).where(DataVersion.id == ROW)


def mark_changed(*, session: Session) -> None:
    """Replace the token, once per transaction, inside the caller's transaction."""
    connection = session.connection()
    transaction = session.get_transaction()
    if session.info.get(_MARKED) is transaction:
        return
    token = uuid.uuid4().hex
    values = {"token": token, "changed_at": datetime.now(UTC)}
    replaced = connection.execute(_REPLACE, values)
    if replaced.rowcount == 0:
        connection.execute(insert(DataVersion).values(id=ROW, **values))
    session.info[_MARKED] = transaction
    session.info[_READ] = (transaction, token)


def data_version(*, session: Session) -> str | None:
    """The token as this transaction sees it (read once per transaction); None when the row
    is missing, and then nothing may be kept."""
    memo = session.info.get(_READ)
    transaction = session.get_transaction()
    if memo is not None and transaction is not None and memo[0] is transaction:
        return memo[1]
    # Through the connection: the ORM's statement machinery cost three times the query.
    token = session.connection().scalar(_TOKEN)
    session.info[_READ] = (session.get_transaction(), token)
    return token

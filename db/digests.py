"""Subscriptions, the digests that are due, claiming each one exactly once, and what became of it.

Every function works inside the caller's transaction and never commits. The delivery protocol
these functions serve is described in `bot.digests`; here, the guarantees each step gives:

- `due_subscriptions` locks the rows it returns on PostgreSQL (`FOR UPDATE SKIP LOCKED`), so
  concurrent workers divide the due subscriptions between them instead of waiting.
- `claim_period` advances `next_due_at` only if it still holds the value the caller read (a
  compare-and-set that also serialises workers on SQLite, where there are no row locks), then
  inserts the delivery; the unique (subscription, period) key makes a second claim of the same
  period a no-op rather than an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import Chat, Delivery, Province, Subscription
from db.portable import insert_for, utc

SENDING = "sending"
SENT = "sent"
EMPTY = "empty"  # nothing new: one short line was sent
SKIPPED = "skipped"  # nothing new and the subscription is quiet: nothing was sent
RETRYING = "retrying"
FAILED = "failed"
BLOCKED = "blocked"  # the chat cannot be written to any more
UNCONFIRMED = "unconfirmed"  # sent, perhaps; never confirmed, so never sent again
SUPERSEDED = "superseded"  # a newer period's digest carries its news instead

DELIVERED = frozenset({SENT, EMPTY, SKIPPED})
MAX_ERROR_CHARS = 1000


# --- subscriptions ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """When a digest goes out, and whether a period with nothing new is skipped."""

    frequency: str  # weekly | daily
    weekday: int  # 0 = Monday
    time_of_day: str  # "HH:MM", the chat's local time
    skip_empty: bool


def subscription_of(*, session: Session, chat_id: int) -> Subscription | None:
    """The chat's subscription (active or stopped), with its provinces loaded."""
    return session.scalar(
        select(Subscription)
        .options(selectinload(Subscription.provinces))
        .where(Subscription.chat_id == chat_id)
    )


def save_subscription(
    *,
    session: Session,
    chat_id: int,
    plan: Plan,
    all_provinces: bool,
    provinces: Sequence[Province],
    next_due_at: datetime,
    covered_until: datetime,
    now: datetime,
) -> Subscription:
    """Make the chat's subscription exactly this (active), creating it when there is none.

    `covered_until` is kept when the subscription already has a later one, so changing the
    plan never sends the same news again."""
    subscription = subscription_of(session=session, chat_id=chat_id)
    if subscription is None:
        subscription = Subscription(chat_id=chat_id, created_at=utc(now))
        session.add(subscription)
    elif utc(subscription.covered_until) > utc(covered_until):
        covered_until = subscription.covered_until
    subscription.frequency = plan.frequency
    subscription.weekday = plan.weekday
    subscription.time_of_day = plan.time_of_day
    subscription.skip_empty = plan.skip_empty
    subscription.all_provinces = all_provinces
    subscription.provinces = [] if all_provinces else list(provinces)
    subscription.active = True
    subscription.next_due_at = utc(next_due_at)
    subscription.covered_until = utc(covered_until)
    session.flush()
    return subscription


def stop_subscription(*, session: Session, subscription: Subscription) -> None:
    """No more digests for this chat; its history (and watermark) stays for a later restart."""
    subscription.active = False
    subscription.all_provinces = False
    subscription.provinces = []
    session.flush()


def reschedule(*, session: Session, subscription: Subscription, next_due_at: datetime) -> None:
    """Move the next due time (the chat changed its time zone)."""
    subscription.next_due_at = utc(next_due_at)
    session.flush()


def last_period_key(*, session: Session, subscription_id: int) -> str | None:
    """The period of the latest digest claimed for this subscription, if any."""
    return session.scalar(
        select(Delivery.period_key)
        .where(Delivery.subscription_id == subscription_id)
        .order_by(Delivery.due_at.desc(), Delivery.id.desc())
        .limit(1)
    )


# --- claiming -----------------------------------------------------------------------------


class DueSubscription(NamedTuple):
    """What deciding on a due subscription needs, read while its row is locked."""

    id: int
    chat_id: int
    next_due_at: datetime
    frequency: str
    weekday: int
    time_of_day: str
    timezone: str


class Claim(NamedTuple):
    """A delivery this worker owns until it records the outcome: send it, once."""

    delivery_id: int
    subscription_id: int
    chat_id: int
    period_key: str
    attempt: int


ClaimStatus = Literal["claimed", "taken", "done"]


@dataclass(frozen=True, slots=True)
class PeriodClaim:
    """`claimed` (with the claim), `taken` (another worker claimed it first) or `done` (this
    period already had its digest; the subscription was moved on all the same)."""

    status: ClaimStatus
    claim: Claim | None = None


def due_subscriptions(*, session: Session, now: datetime, limit: int) -> list[DueSubscription]:
    """Active subscriptions of active chats whose digest is due, oldest due first; on
    PostgreSQL their rows stay locked until the transaction ends, and rows another worker
    holds are skipped."""
    rows = session.execute(
        select(
            Subscription.id,
            Subscription.chat_id,
            Subscription.next_due_at,
            Subscription.frequency,
            Subscription.weekday,
            Subscription.time_of_day,
            Chat.timezone,
        )
        .join(Chat, Chat.id == Subscription.chat_id)
        .where(
            Subscription.active.is_(True),
            Chat.active.is_(True),
            Subscription.next_due_at <= utc(now),
        )
        .order_by(Subscription.next_due_at, Subscription.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Subscription)
    )
    return [DueSubscription._make(row)._replace(next_due_at=utc(row.next_due_at)) for row in rows]


def claim_period(
    *,
    session: Session,
    due: DueSubscription,
    period_key: str,
    next_due_at: datetime,
    worker: str,
    now: datetime,
) -> PeriodClaim:
    """Claim the digest of `period_key` and move the subscription to `next_due_at`, in the
    caller's transaction: after it commits, this worker alone may send that digest."""
    moved = _rowcount(
        session.execute(
            update(Subscription)
            .where(Subscription.id == due.id, Subscription.next_due_at == due.next_due_at)
            .values(next_due_at=utc(next_due_at))
            .execution_options(synchronize_session=False)
        )
    )
    if moved != 1:
        return PeriodClaim("taken")
    # The new digest covers everything since the last confirmed one: older retries would
    # only repeat part of it.
    session.execute(
        update(Delivery)
        .where(Delivery.subscription_id == due.id, Delivery.status == RETRYING)
        .values(status=SUPERSEDED, next_try_at=None)
        .execution_options(synchronize_session=False)
    )
    insert = insert_for(session)
    delivery_id = session.scalar(
        insert(Delivery)
        .values(
            subscription_id=due.id,
            period_key=period_key,
            due_at=utc(due.next_due_at),
            status=SENDING,
            attempts=1,
            claimed_by=worker,
            claimed_at=utc(now),
            chat_id=due.chat_id,
        )
        .on_conflict_do_nothing(index_elements=[Delivery.subscription_id, Delivery.period_key])
        .returning(Delivery.id)
    )
    if delivery_id is None:
        return PeriodClaim("done")
    return PeriodClaim("claimed", Claim(delivery_id, due.id, due.chat_id, period_key, 1))


def due_retries(*, session: Session, now: datetime, limit: int) -> list[Claim]:
    """Deliveries waiting for another try whose time has come, for active chats (not yet
    claimed: pass each to `claim_retry`); locked like `due_subscriptions`."""
    rows = session.execute(
        select(
            Delivery.id,
            Delivery.subscription_id,
            Subscription.chat_id,
            Delivery.period_key,
            Delivery.attempts,
        )
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .join(Chat, Chat.id == Subscription.chat_id)
        .where(
            Delivery.status == RETRYING,
            Delivery.next_try_at <= utc(now),
            Subscription.active.is_(True),
            Chat.active.is_(True),
        )
        .order_by(Delivery.next_try_at, Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Delivery)
    )
    return [Claim._make(row) for row in rows]


def claim_retry(*, session: Session, retry: Claim, worker: str, now: datetime) -> Claim | None:
    """Take a waiting delivery for one more attempt, unless another worker took it first."""
    taken = _rowcount(
        session.execute(
            update(Delivery)
            .where(Delivery.id == retry.delivery_id, Delivery.status == RETRYING)
            .values(
                status=SENDING,
                attempts=Delivery.attempts + 1,
                claimed_by=worker,
                claimed_at=utc(now),
                next_try_at=None,
            )
            .execution_options(synchronize_session=False)
        )
    )
    return retry._replace(attempt=retry.attempt + 1) if taken == 1 else None


def mark_unconfirmed(*, session: Session, claimed_before: datetime) -> int:
    """Deliveries still "sending" since before `claimed_before` (their worker stopped between
    the send and its record) become "unconfirmed": never sent again; returns how many."""
    return _rowcount(
        session.execute(
            update(Delivery)
            .where(Delivery.status == SENDING, Delivery.claimed_at < utc(claimed_before))
            .values(status=UNCONFIRMED, error="no confirmation recorded after the send")
            .execution_options(synchronize_session=False)
        )
    )


# --- outcomes -----------------------------------------------------------------------------


def record_delivered(
    *,
    session: Session,
    delivery_id: int,
    status: str,
    chat_id: int,
    covered_until: datetime,
    now: datetime,
) -> None:
    """The digest went out (`sent`, `empty`) or had nothing to say (`skipped`): the
    subscription's watermark moves to what it covered, never backwards."""
    if status not in DELIVERED:
        raise ValueError(f"{status!r} is not a delivered status")
    delivery = session.get_one(Delivery, delivery_id)
    delivery.status = status
    delivery.chat_id = chat_id
    delivery.covered_until = utc(covered_until)
    delivery.sent_at = None if status == SKIPPED else utc(now)
    delivery.error = None
    delivery.next_try_at = None
    session.execute(
        update(Subscription)
        .where(
            Subscription.id == delivery.subscription_id,
            Subscription.covered_until < utc(covered_until),
        )
        .values(covered_until=utc(covered_until))
        .execution_options(synchronize_session=False)
    )


def record_retry(
    *, session: Session, delivery_id: int, error: str, next_try_at: datetime, chat_id: int
) -> None:
    """This attempt failed; another is made at `next_try_at`."""
    delivery = session.get_one(Delivery, delivery_id)
    delivery.status = RETRYING
    delivery.next_try_at = utc(next_try_at)
    delivery.error = error[:MAX_ERROR_CHARS]
    delivery.chat_id = chat_id


def record_undelivered(
    *, session: Session, delivery_id: int, status: str, error: str, chat_id: int
) -> None:
    """The digest was not (or not surely) delivered and will not be tried again: `failed`,
    `blocked`, `unconfirmed`, or `skipped` (the subscription stopped first). The watermark
    stays, so the next digest carries its news."""
    delivery = session.get_one(Delivery, delivery_id)
    delivery.status = status
    delivery.next_try_at = None
    delivery.error = error[:MAX_ERROR_CHARS]
    delivery.chat_id = chat_id


def _rowcount(result: object) -> int:
    """Rows an UPDATE matched."""
    return result.rowcount if isinstance(result, CursorResult) else 0

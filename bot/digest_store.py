"""The database side of a digest run: each method is one transaction, called in a worker thread.

`bot.digests` describes the protocol; this module claims, composes and records, and keeps no
state of its own between calls besides the run's clock and worker id.

The run's clock is `now`, fixed for the pass (what is due, when it is next due); a claim is
stamped `now` plus the time the pass has taken so far, so that a long pass's later claims do
not look stale to a worker starting meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.chats import ChatIdentity, migrate_chat, set_chat_active
from db.digests import (
    BLOCKED,
    Claim,
    claim_period,
    claim_retry,
    due_retries,
    due_subscriptions,
    mark_unconfirmed,
    record_delivered,
    record_retry,
    record_undelivered,
)
from db.models import Chat, Subscription
from handlers.digest import compose_digest
from handlers.schedule import next_due, period_key, schedule_of

MAX_REASON_CHARS = 200


@dataclass(frozen=True)
class Outgoing:
    """A composed digest and where it goes."""

    chat: ChatIdentity
    timezone: str
    html: str
    empty: bool
    skip_empty: bool
    covered_until: datetime

    def moved_to(self, chat_id: int) -> Outgoing:
        """The same digest, for the supergroup a group became."""
        return replace(self, chat=ChatIdentity(chat_id, "supergroup", self.chat.title))


@dataclass(frozen=True)
class ClaimedBatch:
    """Deliveries this worker now owns, and due periods that already had their digest."""

    claims: list[Claim]
    already_sent: int


class DigestStore:
    """Transactions of one run at one instant `now`, on behalf of `worker`."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        now: datetime,
        worker: str,
        *,
        seconds: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sessions = sessions
        self.now = now
        self.worker = worker
        self._seconds = seconds
        self._started = seconds()

    def claim_time(self) -> datetime:
        """When a claim is made: the run's instant plus the time it has taken so far."""
        return self.now + timedelta(seconds=self._seconds() - self._started)

    def mark_stale(self, claimed_before: datetime) -> int:
        """Deliveries left "sending" by a worker that stopped become "unconfirmed"."""
        with self.sessions.begin() as session:
            return mark_unconfirmed(session=session, claimed_before=claimed_before)

    def claim_batch(self, limit: int) -> ClaimedBatch:
        """Claim up to `limit` due periods and `limit` due retries, in one transaction."""
        claims: list[Claim] = []
        already_sent = 0
        claimed_at = self.claim_time()
        with self.sessions.begin() as session:
            for due in due_subscriptions(session=session, now=self.now, limit=limit):
                schedule = schedule_of(due, due.timezone)
                key = period_key(schedule, due.next_due_at)
                outcome = claim_period(
                    session=session,
                    due=due,
                    period_key=key,
                    next_due_at=next_due(schedule, self.now, skip_period=key),
                    worker=self.worker,
                    now=claimed_at,
                )
                if outcome.claim is not None:
                    claims.append(outcome.claim)
                already_sent += outcome.status == "done"
            for retry in due_retries(session=session, now=self.now, limit=limit):
                taken = claim_retry(
                    session=session, retry=retry, worker=self.worker, now=claimed_at
                )
                if taken is not None:
                    claims.append(taken)
        return ClaimedBatch(claims, already_sent)

    def compose(self, claim: Claim, *, until: datetime, default_locale: str) -> Outgoing | None:
        """The claimed digest, read after the claim committed (a group that moved meanwhile
        is written to at its new id); None when the subscription was stopped meanwhile."""
        with self.sessions() as session:
            subscription = session.get(
                Subscription,
                claim.subscription_id,
                options=[selectinload(Subscription.provinces)],
            )
            if subscription is None or not subscription.active:
                return None
            chat = session.get_one(Chat, subscription.chat_id)
            digest = compose_digest(
                session=session,
                subscription=subscription,
                timezone=chat.timezone,
                until=until,
                locale=chat.locale or default_locale,
            )
            return Outgoing(
                chat=ChatIdentity(chat.id, chat.type, chat.title),
                timezone=chat.timezone,
                html=digest.html,
                empty=digest.empty,
                skip_empty=subscription.skip_empty,
                covered_until=digest.covered_until,
            )

    def delivered(self, claim: Claim, status: str, chat_id: int, covered_until: datetime) -> None:
        """Sent, or rightly not sent ("skipped"): the watermark moves."""
        with self.sessions.begin() as session:
            record_delivered(
                session=session,
                delivery_id=claim.delivery_id,
                status=status,
                chat_id=chat_id,
                covered_until=covered_until,
                now=self.now,
            )

    def not_delivered(self, claim: Claim, status: str, error: str, chat_id: int) -> None:
        """Not (surely) delivered and not tried again: the watermark stays."""
        with self.sessions.begin() as session:
            record_undelivered(
                session=session,
                delivery_id=claim.delivery_id,
                status=status,
                error=error,
                chat_id=chat_id,
            )

    def retry(self, claim: Claim, error: str, chat_id: int, next_try_at: datetime) -> None:
        with self.sessions.begin() as session:
            record_retry(
                session=session,
                delivery_id=claim.delivery_id,
                error=error,
                next_try_at=next_try_at,
                chat_id=chat_id,
            )

    def blocked(self, claim: Claim, outgoing: Outgoing, reason: str) -> None:
        """The chat cannot be written to: deactivated (reason, date), so no digest is tried
        there until it talks to the bot again."""
        with self.sessions.begin() as session:
            set_chat_active(
                session=session,
                identity=outgoing.chat,
                active=False,
                reason=reason[:MAX_REASON_CHARS],
                timezone=outgoing.timezone,
                now=self.now,
            )
            record_undelivered(
                session=session,
                delivery_id=claim.delivery_id,
                status=BLOCKED,
                error=reason,
                chat_id=outgoing.chat.id,
            )

    def migrated(self, claim: Claim, outgoing: Outgoing, new_id: int) -> bool:
        """Move the group's chat row and digest to its supergroup; False when the supergroup
        already had a digest of its own, which then goes out instead of this one."""
        new = outgoing.moved_to(new_id).chat
        with self.sessions.begin() as session:
            migrate_chat(
                session=session,
                old_id=outgoing.chat.id,
                new=new,
                timezone=outgoing.timezone,
                now=self.now,
            )
            subscription = session.get_one(Subscription, claim.subscription_id)
            return subscription.chat_id == new_id

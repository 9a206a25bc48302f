"""Sending the digests that are due: each claimed once in the database, sent, then recorded.

Design. Everything that matters is in the database; a process keeps nothing in memory between
ticks, so a restart, or several processes at once, change nothing.

1. Due time. A subscription's `next_due_at` (UTC) is computed in the chat's time zone by
   APScheduler 3's CronTrigger (`handlers.schedule`), which follows daylight saving. A tick
   (PTB's JobQueue, every DIGEST_TICK_SECONDS, in `briefbot run`; or `briefbot digest
   run-due` from cron) calls `run_due(bot, database, now)`.
2. Claim. In one transaction, the due subscriptions are selected (`FOR UPDATE SKIP LOCKED` on
   PostgreSQL, so concurrent workers split them), and for each a Delivery row is inserted
   with the unique key (subscription, period: the due time's ISO week or day in the chat's
   zone, "2026-W48" or "2026-11-23") in status "sending", `claimed_by` this worker,
   while `next_due_at` moves to the next due time computed from *now*: a digest missed
   several times while the bot was down is sent once, not once per missed period. The move
   is a compare-and-set on the old `next_due_at`, and a second claim of the same period is a
   no-op (ON CONFLICT DO NOTHING): on SQLite, which has no row locks, these two are the
   arbiter, and a worker that loses simply skips the subscription.
3. Send, after that commit. A digest is always one message (`handlers.digest`), so it is either
   sent or not, never half. A few senders take the claims from a queue, and the next batch is
   claimed while the one before is still being sent, so no sender waits for a claim.
4. Record, in a second transaction: the delivery becomes "sent" (or "empty": a one-line "nothing
   new"; or "skipped": nothing new and the subscription is quiet, so nothing was sent), and
   the subscription's content watermark `covered_until` advances to what the digest covered.
   The next digest shows what was ingested after it.
5. A crash between the send and its record leaves the delivery "sending". It is never sent
   again (never twice); a later run marks it "unconfirmed" once it is older than
   `stale_after`. Its watermark was not advanced, so the next digest covers everything since
   the last confirmed one: nothing is lost. A send whose answer was lost after the request
   went out (read timeout, connection dropped) is treated the same way, for the same reason.
   The digests claimed but not yet sent at the crash (at most two batches) are treated the
   same way too: their chats get the news in their next digest.
6. Telegram's limits: the bot given to `run_due` carries PTB's AIORateLimiter (about 30
   messages a second overall, 20 a minute per group), which also waits out a 429 RetryAfter
   a few times. A chat that blocked the bot (403) or no longer exists is deactivated (reason
   and date) and counted as blocked. A group that became a supergroup (ChatMigrated) is moved
   to its new id with `db.chats.migrate_chat` and the digest is sent there at once. Any other
   failure is recorded with its error text and retried with exponential backoff (`attempts`,
   `next_try_at`) by later runs, and marked "failed" after `max_attempts`; its news stays
   behind the watermark, so the next period's digest carries it, and a retry still waiting
   when that digest is claimed is "superseded" by it.
7. The window of news a digest covers ends `settle` (a minute) before now. Every article is
   stamped (`ingested_at`) as it is stored, but others see it only once its transaction
   commits, a moment later: an article stamped before the window's end and committed after
   the digest read the database would fall behind the watermark and never be sent. The margin
   covers that moment (one article's transaction, with a SQLite writer's wait of at most 5 s)
   and the difference between the clocks of the machines that crawl and send. It cannot be
   zero, since no stamp can be read at the commit itself; an article stamped inside the margin
   goes in the next digest, once, as every window starts where the one before ended.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import AIORateLimiter, ExtBot

from bot.digest_store import DigestStore, Outgoing
from bot.settings import Settings
from db.digests import BLOCKED, EMPTY, FAILED, SENT, SKIPPED, UNCONFIRMED, Claim, utc
from db.setup import Database
from handlers.i18n import DEFAULT_LOCALE

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CHAT_NOT_FOUND = "chat not found"
# The request reached Telegram, but its answer did not come back: it may have been sent.
MAYBE_SENT = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class DeliveryPolicy:
    """How many digests a transaction claims, how many are sent at once, how failures are
    retried, and when a delivery that was never confirmed is given up.

    A pass keeps at most two batches waiting: one queued for the senders, and the next, claimed
    as soon as the one before is all queued, so the senders never wait for a claim."""

    batch_size: int = 50
    concurrency: int = 8
    max_attempts: int = 5
    first_backoff: timedelta = timedelta(minutes=1)
    max_backoff: timedelta = timedelta(hours=1)
    stale_after: timedelta = timedelta(minutes=10)
    settle: timedelta = timedelta(minutes=1)

    def backoff(self, attempt: int) -> timedelta:
        """1, 2, 4… minutes after the first, second, third attempt, at most `max_backoff`."""
        return min(self.first_backoff * 2 ** max(attempt - 1, 0), self.max_backoff)


@dataclass
class RunSummary:
    """What one pass did; `chats` are the chats that received a message."""

    due: int = 0
    sent: int = 0
    empty: int = 0
    skipped: int = 0
    blocked: int = 0
    migrated: int = 0
    retried: int = 0
    failed: int = 0
    unconfirmed: int = 0
    chats: set[int] = field(default_factory=set)

    def rows(self) -> list[tuple[str, int]]:
        """Label and count of each line `briefbot digest run-due` prints."""
        return [
            ("Digests due", self.due),
            ("Sent with news", self.sent),
            ("Sent 'nothing new'", self.empty),
            ("Skipped (quiet, or already sent)", self.skipped),
            ("Chats that blocked the bot", self.blocked),
            ("Groups moved to a supergroup", self.migrated),
            ("To be retried", self.retried),
            ("Failed for good", self.failed),
            ("Unconfirmed (not resent)", self.unconfirmed),
            ("Chats that received a digest", len(self.chats)),
        ]

    @property
    def anything(self) -> bool:
        return any(count for _, count in self.rows())


def worker_id() -> str:
    """Who claims: host, process and a random part (two workers in one process differ)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def digest_bot(settings: Settings) -> ExtBot[int]:
    """A bot for sending outside `briefbot run`, with the same server, token and rate limits."""
    return ExtBot(
        settings.require_token(),
        base_url=settings.telegram_base_url,
        rate_limiter=AIORateLimiter(max_retries=settings.rate_limiter_max_retries),
    )


async def run_due(
    bot: Bot,
    database: Database,
    now: datetime,
    *,
    worker: str | None = None,
    policy: DeliveryPolicy = DeliveryPolicy(),
    default_locale: str = DEFAULT_LOCALE,
) -> RunSummary:
    """Send every digest due at `now` (and every retry whose time has come), once each."""
    store = DigestStore(database.sessions, utc(now), worker or worker_id())
    return await _Run(bot, store, policy, default_locale).all()


def unreachable(exc: Exception) -> bool:
    """Telegram says the chat can never be written to: blocked, removed, deleted."""
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and CHAT_NOT_FOUND in exc.message.lower()


def maybe_sent(exc: Exception) -> bool:
    """The request went out but its answer was lost: Telegram may have sent the message."""
    return isinstance(exc.__cause__, MAYBE_SENT)


def asked_to_wait(exc: Exception) -> timedelta:
    """How long Telegram asked to wait before the next try (PTB: seconds or a timedelta)."""
    if not isinstance(exc, RetryAfter):
        return timedelta()
    value = exc.retry_after
    return value if isinstance(value, timedelta) else timedelta(seconds=value)


class _Run:
    """One pass of `run_due`: claim batches until none is due, and send each claim, recording
    its outcome, in `concurrency` senders that drain a queue the claims are put in.

    The database work runs in worker threads; the counts are kept on the event loop."""

    def __init__(
        self, bot: Bot, store: DigestStore, policy: DeliveryPolicy, default_locale: str
    ) -> None:
        self.bot = bot
        self.store = store
        self.policy = policy
        self.default_locale = default_locale
        self.summary = RunSummary()

    async def all(self) -> RunSummary:
        stale_before = self.store.now - self.policy.stale_after
        self.summary.unconfirmed += await asyncio.to_thread(self.store.mark_stale, stale_before)
        # Bounded, so that a claim is made only when the senders have room for it: a claim
        # left unsent by a crash waits for the next period.
        queue: asyncio.Queue[Claim | None] = asyncio.Queue(maxsize=self.policy.batch_size)
        failure: Exception | None = None
        async with asyncio.TaskGroup() as tasks:
            for _ in range(self.policy.concurrency):
                tasks.create_task(self._send_from(queue))
            try:
                await self._claim_into(queue)
            except Exception as exc:
                # What is claimed is this worker's alone to send: it goes out before the
                # failure is reported.
                failure = exc
            for _ in range(self.policy.concurrency):
                await queue.put(None)
        if failure is not None:
            raise failure
        return self.summary

    async def _claim_into(self, queue: asyncio.Queue[Claim | None]) -> None:
        """Claim batch after batch into `queue`, until a claim finds nothing due."""
        while True:
            batch = await asyncio.to_thread(self.store.claim_batch, self.policy.batch_size)
            self.summary.skipped += batch.already_sent
            if not batch.claims:
                return
            self.summary.due += len(batch.claims)
            for claim in batch.claims:
                await queue.put(claim)

    async def _send_from(self, queue: asyncio.Queue[Claim | None]) -> None:
        """Deliver claims from `queue` one after another, until it says the pass is over."""
        while (claim := await queue.get()) is not None:
            await self._deliver(claim)

    async def _deliver(self, claim: Claim) -> None:
        try:
            await self._compose_and_send(claim)
        except Exception:
            # Sends are caught where they happen: this is an outcome that could not be
            # recorded. The delivery stays "sending", becomes "unconfirmed" later and is
            # never sent again; the other digests of the pass go on.
            log.exception("Digest %s: the outcome was not recorded", claim.delivery_id)

    async def _compose_and_send(self, claim: Claim) -> None:
        """Compose the claimed digest, then skip it (stopped; quiet and nothing new) or send it."""
        until = self.store.now - self.policy.settle
        try:
            outgoing = await asyncio.to_thread(
                self.store.compose, claim, until=until, default_locale=self.default_locale
            )
        except Exception as exc:
            log.exception("Composing digest %s failed", claim.delivery_id)
            await self._retry_or_fail(claim, repr(exc), claim.chat_id)
            return
        if outgoing is None:
            error = "the subscription was stopped before its digest went out"
            await asyncio.to_thread(self.store.not_delivered, claim, SKIPPED, error, claim.chat_id)
            self.summary.skipped += 1
        elif outgoing.empty and outgoing.skip_empty:
            await asyncio.to_thread(
                self.store.delivered, claim, SKIPPED, outgoing.chat.id, outgoing.covered_until
            )
            self.summary.skipped += 1
        else:
            await self._send(claim, outgoing)

    async def _send(self, claim: Claim, outgoing: Outgoing, *, followed: bool = False) -> None:
        """Send once and record the outcome; a group that moved is followed once."""
        try:
            await self.bot.send_message(
                outgoing.chat.id,
                outgoing.html,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
            )
        except ChatMigrated as exc:
            if followed:
                error = f"the chat moved again, to {exc.new_chat_id}"
                await self._retry_or_fail(claim, error, outgoing.chat.id)
            else:
                await self._follow(claim, outgoing, exc.new_chat_id)
        except Exception as exc:
            await self._not_sent(claim, outgoing, exc)
        else:
            status = EMPTY if outgoing.empty else SENT
            await asyncio.to_thread(
                self.store.delivered, claim, status, outgoing.chat.id, outgoing.covered_until
            )
            if outgoing.empty:
                self.summary.empty += 1
            else:
                self.summary.sent += 1
            self.summary.chats.add(outgoing.chat.id)

    async def _follow(self, claim: Claim, outgoing: Outgoing, new_id: int) -> None:
        """The group became a supergroup: move its chat and digest there, and send there."""
        self.summary.migrated += 1
        moved = await asyncio.to_thread(self.store.migrated, claim, outgoing, new_id)
        if moved:
            await self._send(claim, outgoing.moved_to(new_id), followed=True)
            return
        error = f"the group became supergroup {new_id}, which has its own digest"
        await asyncio.to_thread(self.store.not_delivered, claim, BLOCKED, error, outgoing.chat.id)

    async def _not_sent(self, claim: Claim, outgoing: Outgoing, exc: Exception) -> None:
        """Deactivate a chat that refuses the bot; never resend what may have arrived; retry
        anything else."""
        chat_id = outgoing.chat.id
        if unreachable(exc):
            reason = getattr(exc, "message", str(exc))
            await asyncio.to_thread(self.store.blocked, claim, outgoing, reason)
            self.summary.blocked += 1
        elif maybe_sent(exc):
            error = f"no answer after the request went out, so it may have arrived: {exc!r}"
            await asyncio.to_thread(self.store.not_delivered, claim, UNCONFIRMED, error, chat_id)
            self.summary.unconfirmed += 1
        else:
            log.warning("Digest %s to chat %s failed: %r", claim.delivery_id, chat_id, exc)
            await self._retry_or_fail(claim, str(exc) or repr(exc), chat_id, asked_to_wait(exc))

    async def _retry_or_fail(
        self, claim: Claim, error: str, chat_id: int, wait: timedelta = timedelta()
    ) -> None:
        """Another try after a backoff (at least `wait`), or "failed" after the last attempt."""
        if claim.attempt >= self.policy.max_attempts:
            await asyncio.to_thread(self.store.not_delivered, claim, FAILED, error, chat_id)
            self.summary.failed += 1
            return
        next_try = self.store.now + max(self.policy.backoff(claim.attempt), wait)
        await asyncio.to_thread(self.store.retry, claim, error, chat_id, next_try)
        self.summary.retried += 1

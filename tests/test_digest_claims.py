"""Claiming a due digest in the database: one worker wins each period, whatever the interleaving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.digest_store import DigestStore
from db.digests import (
    RETRYING,
    SENDING,
    SENT,
    SUPERSEDED,
    UNCONFIRMED,
    Plan,
    claim_period,
    claim_retry,
    due_retries,
    due_subscriptions,
    mark_unconfirmed,
    record_delivered,
    record_retry,
    save_subscription,
    utc,
)
from db.models import Chat, Delivery, Subscription

DUE = datetime(2025, 11, 24, 1, 0, tzinfo=UTC)
NEXT = DUE + timedelta(days=7)
WATERMARK = DUE - timedelta(days=7)


@pytest.fixture
def subscription_id(sessions) -> int:
    """A weekly digest of one chat, due at DUE."""
    with sessions.begin() as session:
        session.add(Chat(id=601, type="group", timezone="Asia/Ho_Chi_Minh", created_at=WATERMARK))
        session.flush()
        plan = Plan(frequency="weekly", weekday=0, time_of_day="08:00", skip_empty=False)
        subscription = save_subscription(
            session=session,
            chat_id=601,
            plan=plan,
            all_provinces=True,
            provinces=[],
            next_due_at=DUE,
            covered_until=WATERMARK,
            now=WATERMARK,
        )
        return subscription.id


def claim(session, due, key: str = "2025-W48", worker: str = "a"):
    return claim_period(
        session=session, due=due, period_key=key, next_due_at=NEXT, worker=worker, now=DUE
    )


def deliveries(sessions) -> list[Delivery]:
    with sessions() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def test_a_claim_records_the_delivery_and_moves_the_subscription_on(sessions, subscription_id):
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=DUE, limit=10)
        outcome = claim(session, due)
    assert outcome.status == "claimed"
    [delivery] = deliveries(sessions)
    assert (delivery.status, delivery.period_key, delivery.claimed_by) == (SENDING, "2025-W48", "a")
    with sessions() as session:
        assert utc(session.get_one(Subscription, subscription_id).next_due_at) == NEXT
        assert due_subscriptions(session=session, now=DUE, limit=10) == []


def test_two_workers_that_read_the_same_due_row_claim_it_once(sessions, subscription_id):
    """SQLite has no row locks, so two workers may both see a row due; on PostgreSQL, the
    second worker's read may have ended (its lock released) before the first claimed."""
    first, second = sessions(), sessions()
    try:
        [seen_by_second] = due_subscriptions(session=second, now=DUE, limit=10)
        second.rollback()
        [seen_by_first] = due_subscriptions(session=first, now=DUE, limit=10)
        assert claim(first, seen_by_first, worker="first").status == "claimed"
        first.commit()
        assert claim(second, seen_by_second, worker="second").status == "taken"
        second.commit()
    finally:
        first.close()
        second.close()
    assert [d.claimed_by for d in deliveries(sessions)] == ["first"]


def test_postgresql_hands_a_locked_row_to_no_other_worker(sessions, subscription_id):
    first, second = sessions(), sessions()
    try:
        if first.get_bind().dialect.name != "postgresql":
            pytest.skip("row locks are PostgreSQL's; SQLite relies on the claim itself")
        assert len(due_subscriptions(session=first, now=DUE, limit=10)) == 1
        assert due_subscriptions(session=second, now=DUE, limit=10) == []
    finally:
        first.close()
        second.close()


def test_a_period_that_already_had_its_digest_is_not_claimed_again(sessions, subscription_id):
    """A schedule changed within the week: the week's digest went out already."""
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=DUE, limit=10)
        claim(session, due)
    with sessions.begin() as session:
        session.get_one(Subscription, subscription_id).next_due_at = DUE + timedelta(days=3)
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=NEXT, limit=10)
        assert claim(session, due).status == "done"
    assert len(deliveries(sessions)) == 1
    with sessions() as session:
        assert utc(session.get_one(Subscription, subscription_id).next_due_at) == NEXT


def test_a_sending_delivery_left_behind_becomes_unconfirmed_not_resent(sessions, subscription_id):
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=DUE, limit=10)
        claim(session, due)
    with sessions.begin() as session:
        assert mark_unconfirmed(session=session, claimed_before=DUE) == 0, "not stale yet"
        assert mark_unconfirmed(session=session, claimed_before=DUE + timedelta(minutes=11)) == 1
    [delivery] = deliveries(sessions)
    assert delivery.status == UNCONFIRMED
    with sessions() as session:
        assert utc(session.get_one(Subscription, subscription_id).covered_until) == WATERMARK


def test_a_claim_late_in_a_long_pass_is_not_stale_to_a_worker_starting_then(
    sessions, subscription_id
):
    """A pass that began at DUE claims this digest 11 minutes in; a worker starting then
    treats as stale only what was claimed over ten minutes before, so the digest stays this
    pass's to send and record."""
    elapsed = [0.0]
    store = DigestStore(sessions, DUE, "long-pass", seconds=lambda: elapsed[0])
    elapsed[0] = 11 * 60.0
    [claimed] = store.claim_batch(limit=10).claims
    later = DigestStore(sessions, DUE + timedelta(minutes=11), "starting-now")
    assert later.mark_stale(later.now - timedelta(minutes=10)) == 0
    [delivery] = deliveries(sessions)
    assert (delivery.id, delivery.status) == (claimed.delivery_id, SENDING)


def test_the_watermark_only_moves_forward(sessions, subscription_id):
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=DUE, limit=10)
        delivery_id = claim(session, due).claim.delivery_id
    with sessions.begin() as session:
        record_delivered(
            session=session,
            delivery_id=delivery_id,
            status=SENT,
            chat_id=601,
            covered_until=WATERMARK - timedelta(days=1),
            now=DUE,
        )
    with sessions() as session:
        assert utc(session.get_one(Subscription, subscription_id).covered_until) == WATERMARK


def test_a_retry_is_claimed_once_and_a_new_period_supersedes_it(sessions, subscription_id):
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=DUE, limit=10)
        delivery_id = claim(session, due).claim.delivery_id
    with sessions.begin() as session:
        record_retry(
            session=session,
            delivery_id=delivery_id,
            error="Bad Gateway",
            next_try_at=DUE + timedelta(minutes=1),
            chat_id=601,
        )
    later = DUE + timedelta(minutes=2)
    with sessions.begin() as session:
        [retry] = due_retries(session=session, now=later, limit=10)
        assert claim_retry(session=session, retry=retry, worker="a", now=later).attempt == 2
        assert claim_retry(session=session, retry=retry, worker="b", now=later) is None
    with sessions.begin() as session:
        record_retry(
            session=session, delivery_id=delivery_id, error="again", next_try_at=NEXT, chat_id=601
        )
    with sessions.begin() as session:
        [due] = due_subscriptions(session=session, now=NEXT, limit=10)
        claim(session, due, key="2025-W49")
    statuses = [(d.period_key, d.status) for d in deliveries(sessions)]
    assert statuses == [("2025-W48", SUPERSEDED), ("2025-W49", SENDING)]
    with sessions() as session:
        assert due_retries(session=session, now=NEXT, limit=10) == []
    assert RETRYING not in {status for _, status in statuses}

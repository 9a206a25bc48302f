"""Digests go out once per chat and period, through Telegram's failures, and nothing is lost.

Each test drives `run_due` with a controlled `now` against the fake Bot API server, through a
real python-telegram-bot ExtBot with the AIORateLimiter, as `briefbot digest run-due` does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import factories as make
import httpx
import pytest
from fakebot import FakeTelegram, FloodControl, updates
from sqlalchemy import select
from telegram.error import TimedOut
from telegram.ext import AIORateLimiter, ExtBot

from bot.digest_store import ClaimedBatch, DigestStore
from bot.digests import DeliveryPolicy, RunSummary, run_due
from db.digests import Plan, save_subscription, utc
from db.models import Chat, Delivery, Subscription

pytestmark = pytest.mark.e2e

DUE = datetime(2025, 11, 24, 1, 0, tzinfo=UTC)  # Monday 08:00 in Hanoi
WEEK = timedelta(days=7)
SETTLE = DeliveryPolicy().settle
LAN = updates.user(7001, "Lan")
GROUP = updates.group(-4001, "Thương mại biên giới")


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[ExtBot[None]]:
    rate_limiter = AIORateLimiter(max_retries=2)
    async with ExtBot(
        fake_telegram.token, base_url=fake_telegram.base_url, rate_limiter=rate_limiter
    ) as bot:
        yield bot


def subscribe(
    sessions,
    fake: FakeTelegram,
    chat: dict[str, Any],
    *keys: str,
    skip_empty: bool = False,
    due: datetime = DUE,
    plan: Plan | None = None,
    timezone: str = "Asia/Ho_Chi_Minh",
) -> int:
    """`chat` follows `keys` (weekly on Monday at 08:00 unless `plan` says otherwise), last
    covered a week before `due`; returns the chat id."""
    fake.add_chat(chat)
    with sessions.begin() as session:
        session.add(
            Chat(
                id=chat["id"],
                type=chat["type"],
                title=chat.get("title"),
                timezone=timezone,
                created_at=due - WEEK,
            )
        )
        session.flush()
        save_subscription(
            session=session,
            chat_id=chat["id"],
            plan=plan or Plan("weekly", 0, "08:00", skip_empty),
            all_provinces=False,
            provinces=[make.province(session, key) for key in keys or ("guangdong",)],
            next_due_at=due,
            covered_until=due - WEEK,
            now=due - WEEK,
        )
    return chat["id"]


def news(sessions, title: str, at: datetime, province: str = "guangdong") -> None:
    with sessions.begin() as session:
        make.article(session, title=title, provinces=[province], ingested_at=at)


def texts(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [message["text"] for message in fake.sent_messages(chat_id)]


def deliveries(sessions) -> list[Delivery]:
    with sessions() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def subscription_row(sessions) -> Subscription:
    with sessions() as session:
        return session.scalars(select(Subscription)).one()


async def test_a_due_digest_is_sent_once_and_the_next_covers_only_what_came_after(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Hội nghị hợp tác cửa khẩu", DUE - timedelta(days=2))
    summary = await run_due(bot, database, DUE)
    assert (summary.due, summary.sent, len(summary.chats)) == (1, 1, 1)
    assert "Hội nghị hợp tác cửa khẩu" in texts(fake_telegram, chat_id)[0]

    again = await run_due(bot, database, DUE + timedelta(minutes=1))
    assert not again.anything
    assert len(texts(fake_telegram, chat_id)) == 1, "never twice"
    [delivery] = deliveries(sessions)
    assert (delivery.status, delivery.period_key, delivery.chat_id) == ("sent", "2025-W48", chat_id)
    subscription = subscription_row(sessions)
    assert utc(subscription.covered_until) == DUE - SETTLE
    assert utc(subscription.next_due_at) == DUE + WEEK

    news(sessions, "Đoàn doanh nghiệp sang Quảng Châu", DUE + timedelta(days=3))
    await run_due(bot, database, DUE + WEEK)
    latest = texts(fake_telegram, chat_id)[-1]
    assert "Đoàn doanh nghiệp sang Quảng Châu" in latest
    assert "Hội nghị hợp tác cửa khẩu" not in latest


async def test_news_stored_just_before_a_digest_goes_in_the_next_one_once(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin đã kịp lưu", DUE - SETTLE)
    # Stamped as the digest is composed: its transaction may commit only after the read.
    news(sessions, "Tin lưu sát giờ gửi", DUE - SETTLE / 2)
    await run_due(bot, database, DUE)
    await run_due(bot, database, DUE + WEEK)
    first, second = texts(fake_telegram, chat_id)
    assert "Tin đã kịp lưu" in first and "Tin đã kịp lưu" not in second
    assert "Tin lưu sát giờ gửi" not in first and "Tin lưu sát giờ gửi" in second


async def test_periods_missed_while_down_give_one_digest_with_all_their_news(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    for week in range(3):
        news(sessions, f"Tin của tuần thứ {week + 1}", DUE + week * WEEK - timedelta(days=1))
    back = DUE + 2 * WEEK + timedelta(days=2)  # Wednesday, two due Mondays missed
    summary = await run_due(bot, database, back)
    assert (summary.due, summary.sent) == (1, 1)
    [text] = texts(fake_telegram, chat_id)
    assert all(f"Tin của tuần thứ {n}" in text for n in (1, 2, 3))
    assert utc(subscription_row(sessions).next_due_at) == DUE + 3 * WEEK, "counted from now"
    assert not (await run_due(bot, database, back + timedelta(hours=1))).anything


class ProcessDied(BaseException):
    """The process stopped (killed, power cut) right after Telegram accepted the message."""


class DyingBot(ExtBot[None]):
    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        await super().send_message(*args, **kwargs)
        raise ProcessDied


async def test_a_crash_between_the_send_and_its_record_neither_resends_nor_loses_news(
    fake_telegram, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin trước khi mất điện", DUE - timedelta(days=1))
    async with DyingBot(fake_telegram.token, base_url=fake_telegram.base_url) as dying:
        with pytest.RaisesGroup(ProcessDied):
            await run_due(dying, database, DUE)
    assert len(texts(fake_telegram, chat_id)) == 1, "Telegram got it"
    assert [d.status for d in deliveries(sessions)] == ["sending"]

    async with ExtBot(fake_telegram.token, base_url=fake_telegram.base_url) as restarted:
        soon = await run_due(restarted, database, DUE + timedelta(minutes=1))
        assert not soon.anything, "a claim this young may still be sending"
        later = await run_due(restarted, database, DUE + timedelta(minutes=15))
        assert (later.unconfirmed, later.sent) == (1, 0)
        assert len(texts(fake_telegram, chat_id)) == 1, "not sent a second time"
        assert [d.status for d in deliveries(sessions)] == ["unconfirmed"]

        news(sessions, "Tin tuần sau", DUE + timedelta(days=2))
        await run_due(restarted, database, DUE + WEEK)
    next_digest = texts(fake_telegram, chat_id)[-1]
    assert "Tin trước khi mất điện" in next_digest, "the watermark had not moved: nothing lost"
    assert "Tin tuần sau" in next_digest


class AnswerLostBot(ExtBot[None]):
    """Telegram gets the request and sends the message; the answer is lost on the way back."""

    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        await super().send_message(*args, **kwargs)
        raise TimedOut from httpx.ReadTimeout("timed out")


class NoConnectionBot(ExtBot[None]):
    """The request never leaves: no connection could be made in time."""

    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        raise TimedOut from httpx.ConnectTimeout("timed out")


@pytest.mark.parametrize(
    ("bot_class", "status", "arrived"),
    [(AnswerLostBot, "unconfirmed", 1), (NoConnectionBot, "retrying", 0)],
)
async def test_a_timeout_after_the_request_went_out_is_never_resent(
    fake_telegram, database, sessions, bot_class, status, arrived
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin có thể đã đến", DUE - timedelta(days=1))
    async with bot_class(fake_telegram.token, base_url=fake_telegram.base_url) as lossy:
        await run_due(lossy, database, DUE)
        [delivery] = deliveries(sessions)
        assert delivery.status == status
        await run_due(lossy, database, DUE + timedelta(minutes=30))
    assert len(texts(fake_telegram, chat_id)) == arrived, "a maybe-sent digest is not resent"
    if status == "unconfirmed":
        assert utc(subscription_row(sessions).covered_until) == DUE - WEEK, "its news is kept"


async def test_flood_control_is_waited_out_by_the_rate_limiter(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin thương mại", DUE - timedelta(days=1))
    fake_telegram.flood("sendMessage", retry_after=0.05, times=2)
    summary = await run_due(bot, database, DUE)
    assert (summary.sent, summary.retried) == (1, 0)
    statuses = [c.status for c in fake_telegram.calls_to("sendMessage", chat_id=chat_id)]
    assert statuses == [429, 429, 200]
    assert len(texts(fake_telegram, chat_id)) == 1


async def test_flood_control_beyond_the_rate_limiters_patience_is_retried_by_a_later_run(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin thương mại", DUE - timedelta(days=1))
    fake_telegram.flood("sendMessage", retry_after=0.05, times=3)
    summary = await run_due(bot, database, DUE)
    assert (summary.sent, summary.retried) == (0, 1)
    [delivery] = deliveries(sessions)
    assert delivery.status == "retrying"
    assert utc(delivery.next_try_at) == DUE + DeliveryPolicy().first_backoff
    assert "Flood control exceeded" in delivery.error

    assert not (await run_due(bot, database, DUE + timedelta(seconds=30))).anything
    retried = await run_due(bot, database, DUE + timedelta(minutes=1))
    assert (retried.due, retried.sent) == (1, 1)
    [delivery] = deliveries(sessions)
    assert (delivery.status, delivery.attempts) == ("sent", 2)
    assert len(texts(fake_telegram, chat_id)) == 1


async def test_a_chat_that_blocked_the_bot_is_deactivated_and_left_alone(
    fake_telegram, bot, database, sessions
):
    blocked = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    other = subscribe(sessions, fake_telegram, GROUP)
    news(sessions, "Tin thương mại", DUE - timedelta(days=1))
    fake_telegram.fail_blocked(blocked)
    summary = await run_due(bot, database, DUE)
    assert (summary.blocked, summary.sent, summary.chats) == (1, 1, {other})
    with sessions() as session:
        chat = session.get_one(Chat, blocked)
        assert not chat.active
        assert chat.deactivated_reason == "Forbidden: bot was blocked by the user"
        assert utc(chat.deactivated_at) == DUE
    assert [d.status for d in deliveries(sessions)] == ["blocked", "sent"]
    next_week = await run_due(bot, database, DUE + WEEK)
    assert next_week.blocked == 0
    assert len(fake_telegram.calls_to("sendMessage", chat_id=blocked)) == 1, "never tried again"


async def test_a_group_that_became_a_supergroup_gets_its_digest_there(
    fake_telegram, bot, database, sessions
):
    old_id = subscribe(sessions, fake_telegram, GROUP)
    new_id = -1001234567890
    fake_telegram.add_chat(updates.supergroup(new_id, GROUP["title"]))
    fake_telegram.fail_migrated(old_id, new_id)
    news(sessions, "Tin thương mại", DUE - timedelta(days=1))
    summary = await run_due(bot, database, DUE)
    assert (summary.migrated, summary.sent, summary.chats) == (1, 1, {new_id})
    assert "Tin thương mại" in texts(fake_telegram, new_id)[0]
    assert subscription_row(sessions).chat_id == new_id
    with sessions() as session:
        old = session.get_one(Chat, old_id)
        assert (old.active, old.migrated_to_id) == (False, new_id)
        assert session.get_one(Chat, new_id).timezone == "Asia/Ho_Chi_Minh"
    [delivery] = deliveries(sessions)
    assert (delivery.status, delivery.chat_id) == ("sent", new_id)
    next_week = await run_due(bot, database, DUE + WEEK)
    assert next_week.chats == {new_id}


async def test_other_failures_are_retried_with_backoff_then_failed_and_their_news_kept(
    fake_telegram, bot, database, sessions
):
    chat_id = subscribe(sessions, fake_telegram, updates.private_chat(LAN))
    news(sessions, "Tin không được mất", DUE - timedelta(days=1))
    fault = fake_telegram.fail_server("sendMessage", 502, times=None)
    policy = DeliveryPolicy(max_attempts=3)
    now, waits = DUE, []
    for _ in range(3):
        summary = await run_due(bot, database, now, policy=policy)
        [delivery] = deliveries(sessions)
        assert "Bad Gateway" in (delivery.error or "")
        if delivery.status == "retrying":
            waits.append(utc(delivery.next_try_at) - now)
            now = utc(delivery.next_try_at)
    assert waits == [timedelta(minutes=1), timedelta(minutes=2)], "exponential backoff"
    assert (summary.failed, delivery.status, delivery.attempts) == (1, "failed", 3)
    assert texts(fake_telegram, chat_id) == []

    fault.times = 0
    await run_due(bot, database, DUE + WEEK, policy=policy)
    assert "Tin không được mất" in texts(fake_telegram, chat_id)[0]


@pytest.mark.parametrize(("skip_empty", "sent"), [(False, 1), (True, 0)])
async def test_a_week_with_nothing_new_is_one_line_or_skipped_when_quiet(
    fake_telegram, bot, database, sessions, skip_empty, sent
):
    chat_id = subscribe(
        sessions, fake_telegram, updates.private_chat(LAN), "yunnan", skip_empty=skip_empty
    )
    news(sessions, "Tin Quảng Đông", DUE - timedelta(days=1))
    summary = await run_due(bot, database, DUE)
    assert (summary.empty, summary.skipped) == (sent, 1 - sent)
    if sent:
        assert texts(fake_telegram, chat_id) == [
            "Không có tin mới về Vân Nam kể từ 17/11/2025 08:00."
        ]
    else:
        assert texts(fake_telegram, chat_id) == []
    [delivery] = deliveries(sessions)
    assert delivery.status == ("empty" if sent else "skipped")
    assert utc(subscription_row(sessions).covered_until) == DUE - SETTLE


@pytest.mark.parametrize(
    ("first_due", "expected"),
    [
        # Clocks go back on 26 October 2025: 02:30 happens twice that night, at 00:30 and
        # 01:30 UTC; the digest goes out at the first.
        (
            datetime(2025, 10, 25, 0, 30, tzinfo=UTC),
            ["2025-10-25 00:30", "2025-10-26 00:30", "2025-10-27 01:30"],
        ),
        # Clocks go forward on 30 March 2025: there is no 02:30 that night; the digest goes
        # out when the clocks have jumped past it (03:30 summer time, 01:30 UTC).
        (
            datetime(2025, 3, 29, 1, 30, tzinfo=UTC),
            ["2025-03-29 01:30", "2025-03-30 01:30", "2025-03-31 00:30"],
        ),
    ],
    ids=["autumn", "spring"],
)
async def test_a_daily_berlin_digest_goes_out_once_a_night_across_the_clock_change(
    fake_telegram, bot, database, sessions, first_due, expected
):
    chat_id = subscribe(
        sessions,
        fake_telegram,
        updates.private_chat(LAN),
        plan=Plan("daily", 0, "02:30", skip_empty=False),
        timezone="Europe/Berlin",
        due=first_due,
    )
    sent_at = []
    now = first_due - timedelta(hours=1)
    while now < first_due + timedelta(days=2, hours=12):
        summary = await run_due(bot, database, now)
        sent_at += [now.strftime("%Y-%m-%d %H:%M")] * (summary.sent + summary.empty)
        now += timedelta(minutes=30)
    assert sent_at == expected
    assert len(texts(fake_telegram, chat_id)) == 3
    with sessions() as session:
        keys = session.scalars(select(Delivery.period_key).order_by(Delivery.id)).all()
    assert len(set(keys)) == 3


async def test_two_workers_at_once_send_each_digest_exactly_once(
    fake_telegram, bot, database, sessions
):
    chats = [updates.private_chat(updates.user(8000 + n, f"Người {n}")) for n in range(12)]
    chats += [updates.group(-5000 - n, f"Nhóm {n}") for n in range(12)]
    ids = [subscribe(sessions, fake_telegram, chat) for chat in chats]
    news(sessions, "Tin cho mọi người", DUE - timedelta(days=1))
    flood = FloodControl(overall_per_second=30, per_chat_per_second=1, per_group_per_minute=20)
    fake_telegram.set_flood_control(flood)
    small_batches = DeliveryPolicy(batch_size=5)
    first, second = await asyncio.gather(
        run_due(bot, database, DUE, worker="worker-1", policy=small_batches),
        run_due(bot, database, DUE, worker="worker-2", policy=small_batches),
    )
    total = RunSummary(
        due=first.due + second.due,
        sent=first.sent + second.sent,
        chats=first.chats | second.chats,
    )
    print(
        f"\nrun-due, two workers at once: {total.sent} digests sent to {len(total.chats)} chats "
        f"(worker-1 {first.sent}, worker-2 {second.sent})"
    )
    assert (total.due, total.sent, total.chats) == (len(ids), len(ids), set(ids))
    assert all(len(texts(fake_telegram, chat_id)) == 1 for chat_id in ids)
    assert sorted(d.chat_id for d in deliveries(sessions)) == sorted(ids)
    assert not (await run_due(bot, database, DUE + timedelta(minutes=1))).anything
    assert flood.refused == 0, "the rate limiter kept under Telegram's limits"


class DatabaseGone(Exception):
    """The database stopped answering in the middle of a pass."""


async def test_digests_already_claimed_go_out_when_a_later_claim_fails(
    fake_telegram, bot, database, sessions, monkeypatch
):
    ids = [
        subscribe(sessions, fake_telegram, updates.private_chat(updates.user(8100 + n, f"Ng {n}")))
        for n in range(6)
    ]
    news(sessions, "Tin cho mọi người", DUE - timedelta(days=1))
    claims = iter([DigestStore.claim_batch])

    def first_claim_only(store: DigestStore, limit: int) -> ClaimedBatch:
        claim = next(claims, None)
        if claim is None:
            raise DatabaseGone
        return claim(store, limit)

    monkeypatch.setattr(DigestStore, "claim_batch", first_claim_only)
    with pytest.raises(DatabaseGone):
        await run_due(bot, database, DUE, policy=DeliveryPolicy(batch_size=3))
    assert [len(texts(fake_telegram, chat_id)) for chat_id in ids] == [1, 1, 1, 0, 0, 0]
    assert [d.status for d in deliveries(sessions)] == ["sent"] * 3, "none left unconfirmed"

    monkeypatch.undo()
    later = await run_due(bot, database, DUE + timedelta(minutes=1))
    assert later.sent == 3
    assert all(len(texts(fake_telegram, chat_id)) == 1 for chat_id in ids)

"""Digests on Telegram, end to end: /subscribe through the real Application, the tick it
registered, the digest arriving; and who may change a group's digest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import factories as make
import pytest
from botrun import LAN, MINH, TRADE_GROUP, ask, briefbot
from fakebot import FakeTelegram, updates
from sqlalchemy import select, update

from bot.digest_commands import DIGEST_JOB
from db.models import Delivery, Subscription

pytestmark = pytest.mark.e2e


async def ask_anonymously(fake: FakeTelegram, text: str, chat):
    since = len(fake.calls)
    fake.push(updates.anonymous_admin_command(text, chat=chat))
    return await fake.wait_for("sendMessage", chat_id=chat["id"], since=since)


async def test_subscribe_then_the_tick_delivers_the_digest(fake_telegram, database_url, sessions):
    async with briefbot(fake_telegram, database_url) as application:
        answer = await ask(fake_telegram, "/subscribe Quảng Đông, Quảng Tây")
        assert answer.ok, answer.description
        assert "Đã cài đặt bản tin cho cuộc trò chuyện này." in answer.params["text"]
        assert "Các tỉnh: <b>Quảng Đông, Quảng Tây</b>" in answer.params["text"]

        # A week goes by: news comes in, and the digest falls due.
        now = datetime.now(UTC)
        with sessions.begin() as session:
            make.article(
                session,
                title="Hội chợ thương mại biên giới",
                provinces=["guangxi"],
                ingested_at=now - timedelta(days=1),
            )
            session.execute(update(Subscription).values(next_due_at=now - timedelta(minutes=1)))
        [job] = application.job_queue.get_jobs_by_name(DIGEST_JOB)
        assert job.trigger.interval == timedelta(seconds=60), "DIGEST_TICK_SECONDS"
        since = len(fake_telegram.calls)
        await job.run(application)
        digest = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"], since=since)
    assert digest.ok, digest.description
    assert digest.params["text"].startswith("<b>Bản tin tuần — Quảng Đông, Quảng Tây</b>")
    assert "Hội chợ thương mại biên giới" in digest.params["text"]
    with sessions() as session:
        [delivery] = session.scalars(select(Delivery)).all()
        assert (delivery.status, delivery.chat_id) == ("sent", LAN["id"])


async def test_subscriptions_timezone_and_preview_in_a_private_chat(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        await ask(fake_telegram, "/subscribe Vân Nam daily 07:30")
        shown = await ask(fake_telegram, "/subscriptions")
        assert "lúc 07:30 hằng ngày (Asia/Ho_Chi_Minh)" in shown.params["text"]
        moved = await ask(fake_telegram, "/timezone bangkok")
        assert "nay là <b>Asia/Bangkok</b>" in moved.params["text"]
        preview = await ask(fake_telegram, "/digest")
        assert preview.params["text"].startswith("<i>Xem trước: bản tin gửi lúc")
        english = await ask(fake_telegram, "/subscriptions", person=MINH)
    assert "This chat has no digest." in english.params["text"]


async def test_in_a_group_an_administrator_subscribes_and_a_member_is_refused(
    fake_telegram, database_url, sessions
):
    fake_telegram.set_member(TRADE_GROUP["id"], LAN, "administrator")
    fake_telegram.set_member(TRADE_GROUP["id"], MINH, "member")
    async with briefbot(fake_telegram, database_url):
        refused = await ask(fake_telegram, "/subscribe Quảng Tây", person=MINH, chat=TRADE_GROUP)
        refusal = refused.params["text"]
        assert "Sorry, only the group's administrators can change its digest." in refusal
        with sessions() as session:
            assert session.scalars(select(Subscription)).all() == []

        allowed = await ask(fake_telegram, "/subscribe Quảng Tây", chat=TRADE_GROUP)
        assert "Đã cài đặt bản tin" in allowed.params["text"]
        assert allowed.params["reply_parameters"]["message_id"], "quotes the question in a group"

        read = await ask(fake_telegram, "/subscriptions", person=MINH, chat=TRADE_GROUP)
        assert "Provinces: <b>Guangxi</b>" in read.params["text"], "anyone may read it"
    checked = [c.params["user_id"] for c in fake_telegram.calls_to("getChatMember")]
    assert checked == [MINH["id"], LAN["id"]], "reading needs no check"


async def test_an_anonymous_administrator_may_change_the_groups_digest(
    fake_telegram, database_url, sessions
):
    async with briefbot(fake_telegram, database_url):
        answer = await ask_anonymously(fake_telegram, "/subscribe all daily", TRADE_GROUP)
    assert "Đã cài đặt bản tin" in answer.params["text"]
    assert fake_telegram.calls_to("getChatMember") == []
    with sessions() as session:
        subscription = session.scalars(select(Subscription)).one()
        assert (subscription.chat_id, subscription.all_provinces) == (TRADE_GROUP["id"], True)


async def test_the_digest_commands_are_in_the_menu_and_the_help(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        help_text = (await ask(fake_telegram, "/help")).params["text"]
    menu = [c["command"] for c in fake_telegram.commands(language_code="vi")]
    for name in ("subscribe", "unsubscribe", "subscriptions", "digest", "timezone"):
        assert name in menu
        assert f"/{name}" in help_text

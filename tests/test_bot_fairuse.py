"""Fair use: past the per-minute limit a person gets one polite message and no more answers
until the minute has passed, while everyone else is answered as usual."""

from __future__ import annotations

import pytest
from botrun import LAN, LAN_CHAT, MINH, briefbot
from fakebot import FakeTelegram, ManualClock, updates

pytestmark = pytest.mark.e2e

LIMIT = 20
POLITE = (
    "Bạn đã gửi 20 lệnh trong vòng một phút. Xin vui lòng chờ một lát: tôi sẽ sớm trả lời tiếp."
)


def sent_to(fake: FakeTelegram, person: dict) -> list[str]:
    return [m["text"] for m in fake.sent_messages(person["id"])]


async def answered(fake: FakeTelegram, person: dict, text: str = "/help"):
    since = len(fake.calls)
    fake.push(updates.command(text, chat=updates.private_chat(person), sender=person))
    return await fake.wait_for("sendMessage", chat_id=person["id"], since=since)


async def test_past_the_limit_one_polite_message_and_others_unaffected(fake_telegram, database_url):
    clock = ManualClock()
    async with briefbot(fake_telegram, database_url, clock=clock, user_commands_per_minute=LIMIT):
        for _ in range(LIMIT + 3):
            fake_telegram.push(updates.command("/help", chat=LAN_CHAT, sender=LAN))
        minh = await answered(fake_telegram, MINH)
        await fake_telegram.wait_until(lambda: len(sent_to(fake_telegram, LAN)) == LIMIT + 1)
        # A chat's updates are handled in order: once this tap is turned down, so were the
        # commands before it.
        first = fake_telegram.sent_messages(LAN["id"])[0]
        tap = fake_telegram.push(updates.callback_query("1|help|", message=first, sender=LAN))
        await fake_telegram.wait_for(
            "answerCallbackQuery", callback_query_id=tap["callback_query"]["id"]
        )
        clock.advance(60)
        again = await answered(fake_telegram, LAN)
    lan = sent_to(fake_telegram, LAN)
    assert minh.ok and minh.params["text"].startswith("<b>Facts on Vietnam")
    assert lan[:LIMIT] == [lan[0]] * LIMIT and lan[0].startswith("Thông tin")
    assert lan[LIMIT] == POLITE, "told once, however many commands followed"
    assert again.ok and lan[LIMIT + 1 :] == [lan[0]], "answered again after a minute"


async def test_a_tap_past_the_limit_is_acknowledged_with_the_reason(fake_telegram, database_url):
    clock = ManualClock()
    async with briefbot(fake_telegram, database_url, clock=clock, user_commands_per_minute=2):
        await answered(fake_telegram, LAN, "/lang")
        await answered(fake_telegram, LAN, "/help")
        under_buttons = fake_telegram.sent_messages(LAN["id"])[0]
        since = len(fake_telegram.calls)
        data = under_buttons["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        fake_telegram.push(updates.callback_query(data, message=under_buttons, sender=LAN))
        told = await fake_telegram.wait_for("answerCallbackQuery", since=since)
    assert told.params["text"] == "Quá nhiều yêu cầu trong một phút; xin vui lòng chờ một lát."
    assert fake_telegram.calls_to("editMessageText") == []

"""Buttons under answers: a tap answers in place, every tap is acknowledged, and a button that is
out of date says so politely instead of answering about something else."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from botrun import LAN, LAN_CHAT, MINH, briefbot
from fakebot import FakeTelegram, updates
from sqlalchemy import select
from telegram_html import telegram_html_problems

from db.models import Person

pytestmark = pytest.mark.e2e


@pytest.fixture
def facts(session) -> None:
    source = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    make.figure(session, source, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    for name in ("Trương Quốc Trí", "Vương Vĩ Trung"):
        make.role(
            session, make.person(session, name), source, "Phó Tỉnh trưởng", province_key="guangdong"
        )
    session.commit()


async def answer_with_buttons(fake: FakeTelegram, text: str, person=LAN) -> dict:
    """The message the bot sent for `text`, with its inline keyboard."""
    since = len(fake.calls)
    fake.push(updates.command(text, chat=updates.private_chat(person), sender=person))
    call = await fake.wait_for("sendMessage", chat_id=person["id"], since=since)
    assert call.ok, call.description
    return fake.sent_messages(person["id"])[-1]


def button(message: dict, label: str) -> str:
    """The callback data of the button labelled `label`."""
    rows = message["reply_markup"]["inline_keyboard"]
    return next(b["callback_data"] for row in rows for b in row if b["text"].startswith(label))


async def tap(fake: FakeTelegram, message: dict, data: str, person=LAN):
    """Press a button under `message`; the bot's answer to the press."""
    since = len(fake.calls)
    pressed = fake.push(updates.callback_query(data, message=message, sender=person))
    query_id = pressed["callback_query"]["id"]
    return await fake.wait_for("answerCallbackQuery", callback_query_id=query_id, since=since)


@pytest.mark.usefixtures("facts")
async def test_a_tap_on_a_choice_answers_in_place(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        asked = await answer_with_buttons(fake_telegram, "/tradelatest quang")
        answered = await tap(fake_telegram, asked, button(asked, "Quảng Đông"))
        edit = await fake_telegram.wait_for("editMessageText", message_id=asked["message_id"])
    assert answered.ok and "text" not in answered.params, "acknowledged without a notice"
    assert edit.ok, edit.description
    assert telegram_html_problems(edit.params["text"]) == []
    messages = fake_telegram.sent_messages(LAN["id"])
    assert len(messages) == 1, "the answer replaced the question, no new message"
    assert "56,2 tỷ USD" in messages[0]["text"]


@pytest.mark.usefixtures("facts")
async def test_the_same_button_tapped_twice_is_acknowledged_both_times(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        asked = await answer_with_buttons(fake_telegram, "/provinces")
        data = button(asked, "Quảng Đông")
        first = await tap(fake_telegram, asked, data)
        await fake_telegram.wait_for("editMessageText")
        second = await tap(fake_telegram, fake_telegram.sent_messages(LAN["id"])[-1], data)
    assert first.ok and second.ok
    assert "text" not in second.params, "an unchanged answer is no error"
    assert len(fake_telegram.sent_messages(LAN["id"])) == 1


@pytest.mark.usefixtures("facts")
@pytest.mark.parametrize(
    "data",
    ["trade:quang-tay", "0|tradelatest|#guangdong", "1|weather|Hà Nội", "1|", "x" * 64],
    ids=["older-layout", "older-version", "unknown-command", "truncated", "garbage"],
)
async def test_a_stale_or_malformed_button_is_answered_politely(fake_telegram, database_url, data):
    async with briefbot(fake_telegram, database_url):
        asked = await answer_with_buttons(fake_telegram, "/tradelatest quang")
        answered = await tap(fake_telegram, asked, data)
    assert answered.ok
    assert answered.params["text"] == "Nút này đã cũ. Xin vui lòng gửi lại lệnh."
    assert fake_telegram.calls_to("editMessageText") == []
    assert fake_telegram.sent_messages(LAN["id"]) == [asked]


@pytest.mark.usefixtures("facts")
async def test_a_button_for_a_person_no_longer_known_says_so(fake_telegram, database_url, session):
    async with briefbot(fake_telegram, database_url):
        asked = await answer_with_buttons(fake_telegram, "/officials Quảng Đông", person=MINH)
        data = button(asked, "Trương Quốc Trí")
        session.delete(
            session.scalars(select(Person).where(Person.name == "Trương Quốc Trí")).one()
        )
        session.commit()
        answered = await tap(fake_telegram, asked, data, person=MINH)
        kept = await tap(fake_telegram, asked, button(asked, "Vương Vĩ Trung"), person=MINH)
        await fake_telegram.wait_for("editMessageText")
    assert answered.params["text"] == "This button is out of date. Please send the command again."
    assert kept.ok and "text" not in kept.params
    assert fake_telegram.sent_messages(MINH["id"])[0]["text"].startswith("Vương Vĩ Trung")


async def test_a_language_button_switches_the_chat_and_confirms_in_the_new_language(
    fake_telegram, database_url
):
    async with briefbot(fake_telegram, database_url):
        asked = await answer_with_buttons(fake_telegram, "/lang")
        await tap(fake_telegram, asked, button(asked, "English"))
        confirmed = await fake_telegram.wait_for("editMessageText")
        since = len(fake_telegram.calls)
        fake_telegram.push(updates.command("/help", chat=LAN_CHAT, sender=LAN))
        helped = await fake_telegram.wait_for("sendMessage", since=since)
    assert "From now on I answer in <b>English</b>" in confirmed.params["text"]
    assert helped.params["text"].startswith("<b>Facts on Vietnam")

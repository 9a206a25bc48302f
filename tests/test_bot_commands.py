"""Commands on Telegram, end to end over HTTP: the real Application against the fake Bot API
server, in private chats and in groups, whatever the user types."""

from __future__ import annotations

import unicodedata
from datetime import date

import factories as make
import pytest
from botrun import LAN, MINH, MINH_CHAT, SOPHIE, TRADE_GROUP, ask, briefbot
from fakebot import FakeTelegram, updates
from telegram_html import telegram_html_problems

pytestmark = pytest.mark.e2e


@pytest.fixture
def facts(session) -> None:
    """Quảng Đông's 2024 trade, with its source, and one of its officials."""
    source = make.article(
        session,
        source="baoquocte.vn",
        url="https://baoquocte.vn/bai-viet-thu.html",
        event_date=date(2025, 10, 28),
    )
    make.figure(session, source, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    official = make.person(session, "Trương Quốc Trí", "CN")
    make.role(session, official, source, "Phó Tỉnh trưởng", province_key="guangdong")
    session.commit()


def texts(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [m.get("text") or m.get("caption", "") for m in fake.sent_messages(chat_id)]


@pytest.mark.usefixtures("facts")
@pytest.mark.parametrize(
    "query",
    ["Quảng Đông", unicodedata.normalize("NFD", "Quảng Đông"), "quang dong", "Guangdong", "广东"],
    ids=["nfc", "nfd", "no-diacritics", "english", "chinese"],
)
async def test_the_latest_figure_arrives_with_its_source(fake_telegram, database_url, query):
    async with briefbot(fake_telegram, database_url):
        call = await ask(fake_telegram, f"/tradelatest {query}")
    assert call.ok, call.description
    assert call.params["parse_mode"] == "HTML"
    assert "56,2 tỷ USD" in call.params["text"]
    link = '<a href="https://baoquocte.vn/bai-viet-thu.html">Báo Thế giới và Việt Nam</a>'
    assert link in call.params["text"]
    assert "reply_parameters" not in call.params, "no quoting in a private chat"


@pytest.mark.usefixtures("facts")
async def test_every_command_answers_in_a_private_chat(fake_telegram, database_url):
    commands = [
        "/start",
        "/help",
        "/tradelatest Quảng Đông",
        "/trade quang dong",
        "/officials Quảng Đông",
        "/official Trương Quốc Trí",
        "/latest Quảng Đông",
        "/provinces",
        "/lang",
    ]
    async with briefbot(fake_telegram, database_url):
        answers = [await ask(fake_telegram, text) for text in commands]
    assert all(a.ok for a in answers), [a.description for a in answers if not a.ok]
    plain = texts(fake_telegram, LAN["id"])
    assert plain[0].startswith("Xin chào!")
    assert "Trương Quốc Trí" in plain[4]
    assert "Phó Tỉnh trưởng" in plain[5]
    for answer in answers:
        assert telegram_html_problems(answer.params["text"]) == []


@pytest.mark.usefixtures("facts")
async def test_start_offers_examples_to_tap(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        call = await ask(fake_telegram, "/start")
    buttons = [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]
    assert "/tradelatest Quảng Đông" in [b["text"] for b in buttons]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/tradelatest", "/tradelatest <province> — the latest trade figure"),
        ("/tradelatest    ", "e.g. /tradelatest Quảng Đông"),
        ("/tradelatest xyzzy qwerty", "No Chinese province matches"),
        ("/weather Hà Nội", "There is no command /weather."),
        ("Quảng Đông?", "/tradelatest"),
    ],
)
async def test_missing_and_garbage_arguments_get_one_helpful_answer(
    fake_telegram, database_url, text, expected
):
    async with briefbot(fake_telegram, database_url):
        since = len(fake_telegram.calls)
        if text.startswith("/"):
            fake_telegram.push(updates.command(text, chat=MINH_CHAT, sender=MINH))
        else:
            fake_telegram.push(updates.message(text, chat=MINH_CHAT, sender=MINH))
        call = await fake_telegram.wait_for("sendMessage", chat_id=MINH["id"], since=since)
    assert call.ok, call.description
    assert expected in texts(fake_telegram, MINH["id"])[0]


async def test_markup_in_a_query_is_echoed_as_text(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        call = await ask(fake_telegram, "/tradelatest <b>x</b> & co", person=MINH)
    assert call.ok, call.description
    assert "&lt;b&gt;x&lt;/b&gt; &amp; co" in call.params["text"]
    assert "“<b>x</b> & co”" in texts(fake_telegram, MINH["id"])[0]


async def test_the_answer_follows_the_users_telegram_language(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url, default_locale="vi"):
        english = await ask(fake_telegram, "/help", person=MINH)
        other = await ask(fake_telegram, "/help", person=SOPHIE)
    assert english.params["text"].startswith("<b>Facts on Vietnam")
    assert other.params["text"].startswith("<b>Thông tin"), "French readers get the default"
    assert SOPHIE["language_code"] == "fr"


# --- groups ------------------------------------------------------------------------------


@pytest.mark.usefixtures("facts")
async def test_in_a_group_a_command_addressed_to_the_bot_is_answered_as_a_reply(
    fake_telegram, database_url
):
    bot_name = fake_telegram.bot_user["username"]
    async with briefbot(fake_telegram, database_url):
        since = len(fake_telegram.calls)
        asked = fake_telegram.push(
            updates.command(
                "/tradelatest Quảng Đông", chat=TRADE_GROUP, sender=LAN, bot_username=bot_name
            )
        )
        call = await fake_telegram.wait_for("sendMessage", chat_id=TRADE_GROUP["id"], since=since)
    assert call.ok, call.description
    assert "56,2 tỷ USD" in call.params["text"]
    assert call.params["reply_parameters"]["message_id"] == asked["message"]["message_id"]


@pytest.mark.usefixtures("facts")
async def test_in_a_group_commands_for_other_bots_are_left_alone(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        for text, to in [("/tradelatest Quảng Đông", "OtherBot"), ("/weather", None)]:
            fake_telegram.push(updates.command(text, chat=TRADE_GROUP, sender=LAN, bot_username=to))
        # A last command the bot does answer: once it is answered, the others were seen.
        last = await ask(fake_telegram, "/help", person=MINH, chat=TRADE_GROUP)
    assert last.ok
    assert len(fake_telegram.sent_messages(TRADE_GROUP["id"])) == 1

"""Getting answers through Telegram's limits: a chart as a photo with its sources, long texts and
captions split into valid parts, flood control waited out, failures told in one sentence and
logged without the token."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

import factories as make
import pytest
from botrun import LAN, LAN_CHAT, TRADE_GROUP, ask, bot_settings, briefbot, running
from fakebot import ManualClock, updates
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler
from telegram_html import telegram_html_problems

from bot.app import build_application
from bot.logs import configure_logging
from bot.render import CAPTION_LIMIT, MESSAGE_LIMIT
from bot.telegram_io import send_reply
from handlers.reply import Reply

pytestmark = pytest.mark.e2e

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def plain_words(text: str) -> list[str]:
    return text.split()


# --- charts ------------------------------------------------------------------------------


@pytest.fixture
def three_years(session) -> None:
    for year, value in ((2022, 50_000_000_000), (2023, 48_240_000_000), (2024, 56_200_000_000)):
        source = make.article(
            session,
            source="baoquocte.vn",
            url=f"https://baoquocte.vn/thuong-mai-{year}.html",
            event_date=date(year + 1, 2, 1),
        )
        make.figure(session, source, year=year, value_usd=value)
    session.commit()


@pytest.mark.usefixtures("three_years")
async def test_a_chart_arrives_as_a_photo_with_its_sources_in_the_caption(
    fake_telegram, database_url
):
    async with briefbot(fake_telegram, database_url):
        call = await ask(fake_telegram, "/tradechart Quảng Đông", method="sendPhoto")
    assert call.ok, call.description
    assert call.files["photo"].data.startswith(PNG_SIGNATURE)
    caption = call.params["caption"]
    assert call.params["parse_mode"] == "HTML"
    link = '<a href="https://baoquocte.vn/thuong-mai-2024.html">Báo Thế giới và Việt Nam</a>'
    assert link in caption
    assert telegram_html_problems(caption) == []
    photo = fake_telegram.sent_messages(LAN["id"])[-1]
    assert photo["caption"].startswith("Quảng Đông — thương mại với Việt Nam theo năm")


@pytest.fixture
def many_years(session) -> None:
    """Twelve years of three kinds, each from an article without an outlet, cited by its long
    title: far more sources than a caption holds."""
    for year in range(2013, 2025):
        source = make.article(
            session,
            source=None,
            url=None,
            title=f"Kim ngạch thương mại giữa Việt Nam và tỉnh bạn cả năm {year} & triển vọng",
            event_date=date(year + 1, 1, 15),
        )
        for kind, share in (("two-way", 1.0), ("vn_export", 0.4), ("vn_import", 0.6)):
            make.figure(session, source, year=year, kind=kind, value_usd=int(year * 2e7 * share))
    session.commit()


@pytest.mark.usefixtures("many_years")
async def test_a_caption_too_long_continues_in_a_message(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        photo = await ask(fake_telegram, "/tradechart Quảng Đông", method="sendPhoto")
        rest = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"])
    assert photo.ok and rest.ok, (photo.description, rest.description)
    sent = fake_telegram.sent_messages(LAN["id"])
    assert len(sent[0]["caption"]) <= CAPTION_LIMIT
    assert telegram_html_problems(photo.params["caption"]) == []
    assert telegram_html_problems(rest.params["text"]) == []
    assert "2024 ·" in sent[1]["text"], "the newest years are not lost"


# --- long texts ----------------------------------------------------------------------------


def long_reply() -> Reply:
    """Far over one message: linked lines, entities, and one line longer than a message."""
    lines = [
        f'<b>Dòng {i}</b> — <a href="https://example.vn/{i}?a=1&amp;b=2">nguồn &amp; link</a> '
        f"&lt;{i}&gt;"
        for i in range(250)
    ]
    lines.insert(120, "<i>" + "chữ rất dài " * 500 + "</i>")
    return Reply(html="\n".join(lines))


async def send_long(update: Update, context) -> None:
    """A test-only command that sends the long reply through the bot's own sending path (and
    keeps the bot's own handlers from calling it an unknown command)."""
    await send_reply(context.bot, update.effective_chat.id, long_reply())
    raise ApplicationHandlerStop


async def test_a_reply_longer_than_a_message_arrives_split_into_valid_parts(
    fake_telegram, database_url
):
    application = build_application(bot_settings(fake_telegram, database_url), clock=ManualClock())
    application.add_handler(CommandHandler("long", send_long), group=-2)
    async with running(application):
        since = len(fake_telegram.calls)
        fake_telegram.push(updates.command("/long", chat=LAN_CHAT, sender=LAN))
        await fake_telegram.wait_until(
            lambda: len(fake_telegram.sent_messages(LAN["id"])) >= 4, what="the long reply"
        )
    calls = [c for c in fake_telegram.calls[since:] if c.method == "sendMessage"]
    assert len(calls) >= 4 and all(c.ok for c in calls), [c.description for c in calls]
    for call in calls:
        assert telegram_html_problems(call.params["text"]) == []
    sent = [m["text"] for m in fake_telegram.sent_messages(LAN["id"])]
    assert all(len(text) <= MESSAGE_LIMIT for text in sent)
    # The same words in the same order: nothing lost, and no word cut in two.
    assert plain_words("\n".join(sent)) == plain_words(long_reply().plain())
    assert sent[0].endswith("<119>"), "a line that fits is not cut"


# --- flood control and failures ---------------------------------------------------------------


async def test_flood_control_is_waited_out_and_the_answer_sent_once(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url, rate_limiter_max_retries=2):
        fake_telegram.flood("sendMessage", retry_after=0.05, chat_id=LAN["id"])
        await ask(fake_telegram, "/help")
        delivered = await fake_telegram.wait_for("sendMessage", predicate=lambda c: c.ok)
    statuses = [c.status for c in fake_telegram.calls_to("sendMessage")]
    assert statuses == [429, 200]
    assert delivered.params["text"].startswith("<b>Thông tin")
    assert len(fake_telegram.sent_messages(LAN["id"])) == 1


@pytest.fixture
def bot_logging(caplog, fake_telegram) -> Iterator[pytest.LogCaptureFixture]:
    """The bot's own logging set-up (as `briefbot run` makes it), captured at DEBUG."""
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "telegram")}
    configure_logging("DEBUG", secrets=[fake_telegram.token])
    # configure_logging replaces the root's handlers; capture after its redaction.
    root.addHandler(caplog.handler)
    yield caplog
    root.handlers[:] = saved[1]
    root.setLevel(saved[0])
    for name, level in noisy.items():
        logging.getLogger(name).setLevel(level)


async def test_a_failure_is_told_in_one_sentence_and_logged_without_the_token(
    fake_telegram, database_url, bot_logging
):
    async with briefbot(fake_telegram, database_url):
        fake_telegram.fail_server("sendMessage", 502)
        since = len(fake_telegram.calls)
        fake_telegram.push(updates.command("/help", chat=TRADE_GROUP, sender=LAN))
        told = await fake_telegram.wait_for("sendMessage", since=since, predicate=lambda c: c.ok)
    assert (
        told.params["text"] == "Xin lỗi, đã có lỗi khi trả lời. Xin vui lòng thử lại sau giây lát."
    )
    failures = [r for r in bot_logging.records if r.levelno == logging.ERROR]
    assert len(failures) == 1 and failures[0].exc_info is not None
    assert "getUpdates" in bot_logging.text, "the whole run was captured"
    token, secret_part = fake_telegram.token, fake_telegram.token.split(":")[1]
    assert token not in bot_logging.text and secret_part not in bot_logging.text

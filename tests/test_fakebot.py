"""The fake Bot API server speaks Telegram's protocol well enough for the real
python-telegram-bot: its Bot sending text and photos, its error classes, its rate limiter."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from fakebot import FakeTelegram, FloodControl, ManualClock, updates
from PIL import Image
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyParameters,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import (
    AIORateLimiter,
    ExtBot,
)

pytestmark = pytest.mark.e2e

LAN = updates.user(7001, "Lan", username="lan_hn", language_code="vi")
MINH = updates.user(7002, "Minh")
LAN_CHAT = updates.private_chat(LAN)
MINH_CHAT = updates.private_chat(MINH)
TRADE_GROUP = updates.group(-4001, "Thương mại biên giới")


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake_telegram.token, base_url=fake_telegram.base_url) as bot:
        yield bot


@pytest.fixture
def chats(fake_telegram: FakeTelegram) -> None:
    """The chats the bot may write to: two users who started it, and a group."""
    for chat in (LAN_CHAT, MINH_CHAT, TRADE_GROUP):
        fake_telegram.add_chat(chat)


def png(width: int = 64, height: int = 32) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


# --- identity and tokens -------------------------------------------------------------------


async def test_get_me_answers_the_bot_of_the_token(fake_telegram: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == int(fake_telegram.token.split(":")[0])
    assert me.username == "briefbot_test_bot"
    call = fake_telegram.calls_to("getMe")[-1]
    assert call.token == fake_telegram.token
    assert call.path == f"/bot{fake_telegram.token}/getMe"


async def test_a_wrong_token_is_unauthorized(fake_telegram: FakeTelegram) -> None:
    wrong = "987654321:not-the-token"
    with pytest.raises(InvalidToken):
        async with Bot(wrong, base_url=fake_telegram.base_url):
            pass
    assert fake_telegram.calls[-1].token == wrong
    assert fake_telegram.calls[-1].status == 401


# --- sending text --------------------------------------------------------------------------


@pytest.mark.usefixtures("chats")
async def test_html_message_is_delivered_with_its_entities(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    sent = await bot.send_message(
        LAN["id"], "<b>Quảng Đông</b>: 56,2 tỷ USD &amp; more", parse_mode=ParseMode.HTML
    )
    assert sent.text == "Quảng Đông: 56,2 tỷ USD & more"
    assert sent.text_html == "<b>Quảng Đông</b>: 56,2 tỷ USD &amp; more"
    assert sent.chat.id == LAN["id"]
    assert [m["text"] for m in fake_telegram.sent_messages(LAN["id"])] == [sent.text]
    call = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"])
    assert call.params["text"] == "<b>Quảng Đông</b>: 56,2 tỷ USD &amp; more"


@pytest.mark.usefixtures("chats")
@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<b>unclosed", "can't find end tag"),
        ("<table>x</table>", 'unsupported start tag "table"'),
        ("1 < 2", 'unsupported start tag ""'),
        ("<b>x</i>", "unmatched end tag"),
    ],
)
async def test_malformed_html_is_a_bad_request(bot: Bot, html: str, reason: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as refused:
        await bot.send_message(LAN["id"], html, parse_mode=ParseMode.HTML)
    assert reason.lower() in refused.value.message.lower()


@pytest.mark.usefixtures("chats")
async def test_length_limit_counts_text_after_parsing(bot: Bot) -> None:
    fits = "<b>" + "a" * 4096 + "</b>"
    assert len((await bot.send_message(LAN["id"], fits, parse_mode="HTML")).text) == 4096
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(LAN["id"], "a" * 4097)


@pytest.mark.usefixtures("chats")
async def test_unknown_chat_and_empty_text_are_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(123, "hello")
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(LAN["id"], "<b> </b>", parse_mode="HTML")


@pytest.mark.usefixtures("chats")
async def test_message_ids_are_counted_per_chat(bot: Bot) -> None:
    ids = [(await bot.send_message(chat, "x")).message_id for chat in (LAN["id"], LAN["id"])]
    other = await bot.send_message(MINH["id"], "x")
    assert ids == [1, 2]
    assert other.message_id == 1


@pytest.mark.usefixtures("chats")
async def test_concurrent_sends_get_distinct_consecutive_ids_per_chat(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    targets = [LAN["id"], MINH["id"], TRADE_GROUP["id"]] * 20
    sent = await asyncio.gather(*(bot.send_message(chat, "x") for chat in targets))
    for chat in set(targets):
        ids = sorted(m.message_id for m in sent if m.chat.id == chat)
        assert ids == list(range(1, 21))
    assert len(fake_telegram.sent_messages()) == 60


@pytest.mark.usefixtures("chats")
async def test_replies_are_linked_to_the_message_they_answer(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    asked = fake_telegram.push(updates.message("quảng tây?", chat=LAN_CHAT))["message"]
    reply = await bot.send_message(
        LAN["id"], "Quảng Tây", reply_parameters=ReplyParameters(asked["message_id"])
    )
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "quảng tây?"
    assert fake_telegram.calls[-1].params["reply_parameters"] == {"message_id": 1}
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(LAN["id"], "x", reply_parameters=ReplyParameters(99))


@pytest.mark.usefixtures("chats")
async def test_inline_keyboards_are_kept_and_callback_data_is_limited_to_64_bytes(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    choices = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Quảng Tây", callback_data="trade:quang-tay")]]
    )
    sent = await bot.send_message(LAN["id"], "Ý bạn là?", reply_markup=choices)
    assert sent.reply_markup == choices
    stored = fake_telegram.sent_messages(LAN["id"])[-1]["reply_markup"]
    assert stored["inline_keyboard"][0][0]["callback_data"] == "trade:quang-tay"

    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="đ" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(LAN["id"], "x", reply_markup=too_long)


@pytest.mark.usefixtures("chats")
async def test_edits_change_the_stored_message_and_refuse_no_op_edits(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    sent = await bot.send_message(LAN["id"], "đang tải…")
    edited = await bot.edit_message_text(
        "<i>xong</i>", LAN["id"], sent.message_id, parse_mode="HTML"
    )
    assert not isinstance(edited, bool) and edited.text_html == "<i>xong</i>"
    assert fake_telegram.sent_messages(LAN["id"])[-1]["text"] == "xong"
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("<i>xong</i>", LAN["id"], sent.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", LAN["id"], 404)
    assert await bot.delete_message(LAN["id"], sent.message_id)
    assert fake_telegram.sent_messages(LAN["id"]) == []


@pytest.mark.usefixtures("chats")
async def test_chat_actions_are_accepted(fake_telegram: FakeTelegram, bot: Bot) -> None:
    assert await bot.send_chat_action(LAN["id"], ChatAction.UPLOAD_PHOTO)
    assert fake_telegram.calls[-1].params["action"] == "upload_photo"


# --- photos --------------------------------------------------------------------------------


@pytest.mark.usefixtures("chats")
async def test_photo_upload_arrives_whole_with_its_caption(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    chart = png(640, 360)
    sent = await bot.send_photo(
        LAN["id"], chart, caption="<b>Kim ngạch</b> 2020–2024", parse_mode=ParseMode.HTML
    )
    assert sent.caption == "Kim ngạch 2020–2024"
    largest = sent.photo[-1]
    assert (largest.width, largest.height) == (640, 360)
    assert fake_telegram.file_bytes(largest.file_id) == chart
    call = fake_telegram.calls_to("sendPhoto")[-1]
    assert call.files["photo"].data == chart
    await bot.edit_message_caption(LAN["id"], sent.message_id, caption="mới")
    assert fake_telegram.sent_messages()[-1]["caption"] == "mới"


@pytest.mark.usefixtures("chats")
async def test_photo_caption_and_content_are_checked(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(LAN["id"], png(), caption="a" * 1025)
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(LAN["id"], b"not a picture at all")


# --- errors python-telegram-bot must recognise ----------------------------------------------


@pytest.mark.usefixtures("chats")
async def test_flood_answer_is_retry_after(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.flood("sendMessage", retry_after=1)
    with pytest.raises(RetryAfter) as flooded:
        await bot.send_message(LAN["id"], "x")
    assert flooded.value.retry_after == timedelta(seconds=1)
    assert fake_telegram.calls[-1].response["parameters"] == {"retry_after": 1}
    assert (await bot.send_message(LAN["id"], "x")).text == "x"


@pytest.mark.usefixtures("chats")
async def test_blocked_user_is_forbidden(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.fail_blocked(LAN["id"])
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(LAN["id"], "x")
    assert (await bot.send_message(MINH["id"], "x")).text == "x"

    blocked = fake_telegram.block(MINH)
    assert blocked["my_chat_member"]["new_chat_member"]["status"] == "kicked"
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(MINH["id"], "x")


@pytest.mark.usefixtures("chats")
async def test_bot_removed_from_a_group_is_forbidden_there(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push(updates.bot_removed(TRADE_GROUP, by=LAN, bot=fake_telegram.bot_user))
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(TRADE_GROUP["id"], "x")
    member = await bot.get_chat_member(TRADE_GROUP["id"], fake_telegram.bot_user["id"])
    assert member.status == "kicked"


@pytest.mark.usefixtures("chats")
async def test_upgraded_group_answers_chat_migrated(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.migrate_group(TRADE_GROUP["id"], -1001234567890)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(TRADE_GROUP["id"], "x")
    assert migrated.value.new_chat_id == -1001234567890
    assert (await bot.send_message(-1001234567890, "x")).chat.type == "supergroup"
    service = [u.message for u in await bot.get_updates() if u.message is not None]
    assert [(m.migrate_to_chat_id, m.migrate_from_chat_id) for m in service] == [
        (-1001234567890, None),
        (None, TRADE_GROUP["id"]),
    ]


@pytest.mark.usefixtures("chats")
async def test_scripted_migration_fault_per_chat(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.fail_migrated(TRADE_GROUP["id"], -1009876543210)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(TRADE_GROUP["id"], "x")
    assert migrated.value.new_chat_id == -1009876543210


@pytest.mark.usefixtures("chats")
@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_happen_once_then_calls_succeed(
    fake_telegram: FakeTelegram, bot: Bot, status: int
) -> None:
    fake_telegram.fail_server("sendMessage", status)
    with pytest.raises(NetworkError):
        await bot.send_message(LAN["id"], "x")
    assert (await bot.send_message(LAN["id"], "x")).text == "x"
    assert [c.status for c in fake_telegram.calls_to("sendMessage")] == [status, 200]


@pytest.mark.usefixtures("chats")
async def test_rate_limiter_retries_through_one_flood_answer(
    fake_telegram: FakeTelegram,
) -> None:
    fake_telegram.flood("sendMessage", retry_after=0.05)
    bot = ExtBot(
        fake_telegram.token,
        base_url=fake_telegram.base_url,
        rate_limiter=AIORateLimiter(max_retries=2),
    )
    async with bot:
        sent = await bot.send_message(LAN["id"], "sau khi chờ")
    assert sent.text == "sau khi chờ"
    assert [c.status for c in fake_telegram.calls_to("sendMessage")] == [429, 200]
    assert len(fake_telegram.sent_messages(LAN["id"])) == 1


@pytest.mark.usefixtures("chats")
async def test_flood_control_mode_limits_sends_per_chat(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    clock = ManualClock()
    fake_telegram.set_flood_control(
        FloodControl(overall_per_second=30, per_chat_per_second=1, clock=clock)
    )
    await bot.send_message(LAN["id"], "1")
    with pytest.raises(RetryAfter):
        await bot.send_message(LAN["id"], "2")
    await bot.send_message(MINH["id"], "other chats are not held back")
    clock.advance(1)
    await bot.send_message(LAN["id"], "2")


# --- waiting -------------------------------------------------------------------------------


async def test_waiting_for_a_call_that_never_comes_fails_with_the_calls_seen(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    await bot.get_me()
    with pytest.raises(AssertionError, match="getMe 200"):
        await fake_telegram.wait_for("sendMessage", timeout=0.2)

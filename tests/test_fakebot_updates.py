"""The fake Bot API server delivers updates the way Telegram does: long polling with offsets,
a real polling Application answering commands, buttons and inline queries, members and the
bot's profile."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from fakebot import FakeTelegram, application_builder, polling, updates
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
)
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
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


# --- receiving updates ---------------------------------------------------------------------


async def test_a_pushed_update_releases_a_waiting_poll_at_once(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await fake_telegram.wait_until(lambda: fake_telegram.polls_waiting == 1)
    pushed = fake_telegram.push(updates.message("xin chào", chat=LAN_CHAT))
    async with asyncio.timeout(5):
        received = await poll
    assert [u.update_id for u in received] == [pushed["update_id"]]
    assert received[0].message is not None and received[0].message.text == "xin chào"


async def test_updates_are_redelivered_until_confirmed_by_offset(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    first = fake_telegram.push(updates.message("một", chat=LAN_CHAT))["update_id"]
    second = fake_telegram.push(updates.message("hai", chat=LAN_CHAT))["update_id"]
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [first]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()


async def test_allowed_updates_filter_what_the_bot_receives(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push(updates.message("tin nhắn", chat=LAN_CHAT))
    fake_telegram.push(updates.inline_query("quang", sender=LAN))
    received = await bot.get_updates(allowed_updates=[Update.INLINE_QUERY])
    assert [u.inline_query is not None for u in received] == [True]


async def test_a_second_poller_ends_the_first_with_conflict(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=30))
    await fake_telegram.wait_until(lambda: fake_telegram.polls_waiting == 1)
    async with Bot(fake_telegram.token, base_url=fake_telegram.base_url) as other:
        second = asyncio.create_task(other.get_updates(timeout=30))
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            async with asyncio.timeout(5):
                await first
        fake_telegram.push(updates.message("x", chat=LAN_CHAT))
        async with asyncio.timeout(5):
            assert len(await second) == 1


async def test_webhook_excludes_polling_until_deleted(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    await bot.set_webhook("https://briefbot.example/hook", secret_token="s3cret")
    assert (await bot.get_webhook_info()).url == "https://briefbot.example/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()
    assert await bot.get_updates() == ()


def test_stopping_the_server_releases_waiting_polls() -> None:
    fake = FakeTelegram().start()

    async def poll_then_stop() -> tuple:
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            poll = asyncio.create_task(bot.get_updates(timeout=30))
            await fake.wait_until(lambda: fake.polls_waiting == 1)
            await asyncio.to_thread(fake.stop)
            async with asyncio.timeout(5):
                return await poll

    assert asyncio.run(poll_then_stop()) == ()


# --- a real Application --------------------------------------------------------------------


async def test_polling_application_answers_start(fake_telegram: FakeTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html("<b>Chào</b> bạn!")

    application = application_builder(fake_telegram).build()
    application.add_handler(CommandHandler("start", start))
    async with polling(application):
        fake_telegram.push(updates.command("/start", chat=LAN_CHAT))
        call = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"])
        fake_telegram.push(updates.command("/start", chat=LAN_CHAT))
        again = await fake_telegram.wait_for("sendMessage", since=call.index + 1)
    assert call.ok
    assert again.index > call.index
    assert call.params["text"] == "<b>Chào</b> bạn!"
    assert [m["text"] for m in fake_telegram.sent_messages(LAN["id"])] == ["Chào bạn!"] * 2
    assert {c.token for c in fake_telegram.calls} == {fake_telegram.token}


async def test_group_commands_addressed_to_another_bot_are_ignored(
    fake_telegram: FakeTelegram,
) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, " ".join(context.args or []))

    application = application_builder(fake_telegram).build()
    application.add_handler(CommandHandler("trade", echo))
    fake_telegram.push(updates.bot_added(TRADE_GROUP, by=LAN, bot=fake_telegram.bot_user))
    username = fake_telegram.bot_user["username"]
    async with polling(application):
        fake_telegram.push(
            updates.command("/trade not-for-us", chat=TRADE_GROUP, sender=LAN, bot_username="x_bot")
        )
        fake_telegram.push(
            updates.command("/trade quang tay", chat=TRADE_GROUP, sender=LAN, bot_username=username)
        )
        call = await fake_telegram.wait_for("sendMessage", chat_id=TRADE_GROUP["id"])
    assert call.params["text"] == "quang tay"
    assert len(fake_telegram.calls_to("sendMessage")) == 1


async def test_button_press_is_answered_and_the_message_edited(
    fake_telegram: FakeTelegram,
) -> None:
    async def chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Đã chọn")
        await query.edit_message_text(f"Bạn chọn: {query.data}")

    application = application_builder(fake_telegram).build()
    application.add_handler(CallbackQueryHandler(chosen))
    fake_telegram.add_chat(LAN_CHAT)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Quảng Tây", callback_data="gx")]])
    async with polling(application):
        await application.bot.send_message(LAN["id"], "Ý bạn là?", reply_markup=keyboard)
        question = fake_telegram.sent_messages(LAN["id"])[-1]
        press = fake_telegram.push(updates.callback_query("gx", message=question, sender=LAN))
        answer = await fake_telegram.wait_for("answerCallbackQuery")
        await fake_telegram.wait_for("editMessageText", predicate=lambda c: c.ok)
    assert answer.ok
    assert answer.params == {"callback_query_id": press["callback_query"]["id"], "text": "Đã chọn"}
    edited = fake_telegram.sent_messages(LAN["id"])[-1]
    assert edited["text"] == "Bạn chọn: gx"
    assert "reply_markup" not in edited


async def test_a_callback_query_can_be_answered_only_once(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.add_chat(LAN_CHAT)
    message = (await bot.send_message(LAN["id"], "x")).to_dict()
    pushed = fake_telegram.push(updates.callback_query("d", message=message, sender=LAN))
    query_id = pushed["callback_query"]["id"]
    assert await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)


async def test_inline_query_is_answered(fake_telegram: FakeTelegram) -> None:
    async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.inline_query is not None
        await update.inline_query.answer(
            [
                InlineQueryResultArticle(
                    id=f"r{n}",
                    title=f"Quảng Tây {n}",
                    input_message_content=InputTextMessageContent(
                        f"<b>Quảng Tây</b> {n}", parse_mode="HTML"
                    ),
                )
                for n in range(3)
            ]
        )

    application = application_builder(fake_telegram).build()
    application.add_handler(InlineQueryHandler(inline))
    async with polling(application):
        fake_telegram.push(updates.inline_query("quang tay", sender=LAN))
        call = await fake_telegram.wait_for("answerInlineQuery")
    assert call.ok
    assert [r["id"] for r in call.params["results"]] == ["r0", "r1", "r2"]


@pytest.mark.parametrize(
    ("ids", "reason"),
    [
        ([f"r{n}" for n in range(51)], "results_too_much"),
        (["same", "same"], "result_id_duplicate"),
    ],
)
async def test_inline_results_are_validated(
    fake_telegram: FakeTelegram, bot: Bot, ids: list[str], reason: str
) -> None:
    query = fake_telegram.push(updates.inline_query("q", sender=LAN))["inline_query"]
    results = [
        InlineQueryResultArticle(
            id=i, title="t", input_message_content=InputTextMessageContent("x")
        )
        for i in ids
    ]
    with pytest.raises(BadRequest, match=rf"(?i){reason}"):
        await bot.answer_inline_query(query["id"], results)


async def test_bot_added_to_a_group_arrives_as_my_chat_member(
    fake_telegram: FakeTelegram,
) -> None:
    seen: list[str] = []

    async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.my_chat_member is not None
        seen.append(update.my_chat_member.new_chat_member.status)
        await context.bot.send_message(update.my_chat_member.chat.id, "Xin chào nhóm")

    application = application_builder(fake_telegram).build()
    application.add_handler(ChatMemberHandler(membership))
    async with polling(application):
        fake_telegram.push(updates.bot_added(TRADE_GROUP, by=MINH, bot=fake_telegram.bot_user))
        await fake_telegram.wait_for("sendMessage", chat_id=TRADE_GROUP["id"])
    assert seen == ["member"]


# --- who is who ----------------------------------------------------------------------------


@pytest.mark.usefixtures("chats")
@pytest.mark.parametrize("status", ["creator", "administrator", "member", "restricted", "kicked"])
async def test_chat_member_status_is_what_the_test_configured(
    fake_telegram: FakeTelegram, bot: Bot, status: str
) -> None:
    fake_telegram.set_member(TRADE_GROUP["id"], LAN, status)
    member = await bot.get_chat_member(TRADE_GROUP["id"], LAN["id"])
    assert member.status == status
    assert member.user.first_name == "Lan"


@pytest.mark.usefixtures("chats")
async def test_unconfigured_members_are_members_once_seen_in_the_chat(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    assert (await bot.get_chat_member(TRADE_GROUP["id"], MINH["id"])).status == "left"
    fake_telegram.push(updates.message("chào", chat=TRADE_GROUP, sender=MINH))
    assert (await bot.get_chat_member(TRADE_GROUP["id"], MINH["id"])).status == "member"


async def test_anonymous_admin_speaks_as_the_group(fake_telegram: FakeTelegram, bot: Bot) -> None:
    pushed = fake_telegram.push(updates.anonymous_admin_command("/subscribe", chat=TRADE_GROUP))
    update = Update.de_json(pushed, bot)
    assert update.effective_message is not None
    assert (
        update.effective_user is not None and update.effective_user.username == "GroupAnonymousBot"
    )
    assert update.effective_message.sender_chat is not None
    assert update.effective_message.sender_chat.id == TRADE_GROUP["id"]


@pytest.mark.usefixtures("chats")
async def test_get_chat_knows_the_chats_the_bot_has_seen(bot: Bot) -> None:
    assert (await bot.get_chat(TRADE_GROUP["id"])).title == "Thương mại biên giới"
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.get_chat(-999)


# --- the bot's profile ---------------------------------------------------------------------


async def test_commands_are_stored_per_scope_and_language(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    await bot.set_my_commands([BotCommand("trade", "Kim ngạch thương mại")], language_code="vi")
    await bot.set_my_commands([BotCommand("trade", "Trade figures")])
    await bot.set_my_commands(
        [BotCommand("subscribe", "Weekly digest")], scope=BotCommandScopeAllGroupChats()
    )
    assert [c.description for c in await bot.get_my_commands(language_code="vi")] == [
        "Kim ngạch thương mại"
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["trade"]
    assert fake_telegram.commands(scope={"type": "all_group_chats"}) == [
        {"command": "subscribe", "description": "Weekly digest"}
    ]
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Trade-Latest", "x")])


async def test_descriptions_are_stored_per_language(fake_telegram: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_description(
        "Tin tức quan hệ Việt Nam – các tỉnh Trung Quốc", language_code="vi"
    )
    await bot.set_my_short_description("Briefings on Vietnam–China provinces")
    assert (await bot.get_my_description("vi")).description.startswith("Tin tức")
    assert fake_telegram.description(short=True) == "Briefings on Vietnam–China provinces"

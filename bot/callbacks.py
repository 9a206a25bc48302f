"""The Telegram callbacks: each reads the update, hands the work to a worker thread, and sends."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import (
    Chat,
    ChatMember,
    ChatMemberRestricted,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import answers
from bot.answers import Asker
from bot.context import Context
from bot.fairuse import Verdict
from bot.render import unpack_choice
from bot.telegram_io import edit_with_reply, send_reply
from db.chats import ChatIdentity
from handlers.chats import group_introduction
from handlers.commands import ParsedCommand, find_command, parse_command
from handlers.common import fill
from handlers.i18n import N_, translator
from handlers.reply import Reply

log = logging.getLogger(__name__)

SLOW_DOWN = N_(
    "You have sent {count} commands within a minute. Please wait a moment: I will answer "
    "again shortly."
)
SLOW_DOWN_TAP = N_("Too many requests in a minute; please wait a moment.")
STALE_BUTTON = N_("This button is out of date. Please send the command again.")
FAILED = N_("Sorry, something went wrong while answering. Please try again in a moment.")
INLINE_HINT = N_("Type a Chinese province, e.g. Quảng Đông")
# Inline results change as the news comes in; Telegram may reuse them this long.
INLINE_CACHE_SECONDS = 60
BLOCKED_REASON = "blocked or removed the bot"
MEMBER_STATUSES = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER}


def asker_of(update: Update, context: Context) -> Asker:
    chat, user = update.effective_chat, update.effective_user
    settings = context.bot_data.settings
    if chat is not None:
        identity = ChatIdentity(id=chat.id, type=chat.type, title=chat.title)
    else:
        identity = ChatIdentity(id=user.id if user else 0, type=Chat.PRIVATE)
    return Asker(
        chat=identity,
        language_code=user.language_code if user else None,
        default_locale=settings.default_locale,
        default_timezone=settings.default_timezone,
    )


def _their_locale(update: Update, context: Context) -> str:
    """The sender's Telegram language when the bot speaks it, for texts sent without asking the
    database (the chat's own choice is read with the answers)."""
    user = update.effective_user
    default = context.bot_data.settings.default_locale
    return answers.user_locale(user.language_code if user else None, default)


def _question_id(message: Message) -> int | None:
    """In a group the answer quotes the question, so everyone sees what it answers."""
    return None if message.chat.type == Chat.PRIVATE else message.message_id


def command_for_me(message: Message | None, bot_username: str) -> ParsedCommand | None:
    """The command in `message` if this bot should answer it. In a group, a command the bot
    does not know is answered only when addressed to it by name (it may be another bot's)."""
    if message is None or not message.text:
        return None
    parsed = parse_command(message.text, bot_username=bot_username)
    if parsed is None or message.chat.type == Chat.PRIVATE:
        return parsed
    addressed = "@" in message.text.split(maxsplit=1)[0]
    known = find_command(parsed.name) is not None or parsed.name == "start"
    return parsed if known or addressed else None


def _will_answer(message: Message | None, bot_username: str) -> bool:
    """Whether the bot answers `message`: any text in a private chat, its commands in groups."""
    if message is None or not message.text:
        return False
    private = message.chat.type == Chat.PRIVATE
    return private or command_for_me(message, bot_username) is not None


async def fair_use_gate(update: object, context: Context) -> None:
    """Drop a person's commands beyond the per-minute limit before any work is done for them."""
    if not isinstance(update, Update) or update.effective_user is None:
        return
    query, message = update.callback_query, update.message
    if query is None and not _will_answer(message, context.bot.username):
        return
    fair_use = context.bot_data.fair_use
    # Anonymous group admins all write as one bot: each group's are counted as its own sender.
    sender = update.effective_sender or update.effective_user
    verdict = fair_use.admit(sender.id)
    if verdict is Verdict.ALLOWED:
        return
    gettext = translator(_their_locale(update, context)).gettext
    if query is not None:
        # Every tap must be answered, or the button keeps spinning.
        await query.answer(gettext(SLOW_DOWN_TAP))
    elif verdict is Verdict.REFUSED_TELL and message is not None:
        text = fill(gettext(SLOW_DOWN), count=fair_use.per_minute)
        await send_reply(
            context.bot, message.chat.id, Reply(html=text), reply_to=_question_id(message)
        )
    raise ApplicationHandlerStop


async def start(update: Update, context: Context) -> None:
    """Greet: what the bot does, with examples to tap."""
    message = update.effective_message
    if message is None:
        return
    reply = await asyncio.to_thread(
        answers.answer_greeting, context.bot_data.database, asker_of(update, context)
    )
    await send_reply(context.bot, message.chat.id, reply, reply_to=_question_id(message))


async def command(update: Update, context: Context) -> None:
    """Answer a typed command: its answer, its usage when the name is missing, or the help."""
    message = update.effective_message
    parsed = command_for_me(message, context.bot.username)
    if message is None or parsed is None:
        return
    reply = await asyncio.to_thread(
        answers.answer_command, context.bot_data.database, asker_of(update, context), parsed
    )
    await send_reply(context.bot, message.chat.id, reply, reply_to=_question_id(message))


async def private_text(update: Update, context: Context) -> None:
    """Plain words in a private chat: show what the bot can be asked."""
    message = update.effective_message
    if message is None:
        return
    help_command = ParsedCommand(name="help", argument="")
    reply = await asyncio.to_thread(
        answers.answer_command, context.bot_data.database, asker_of(update, context), help_command
    )
    await send_reply(context.bot, message.chat.id, reply)


async def choice(update: Update, context: Context) -> None:
    """A tapped button: answer its command in place of the message it sits under."""
    query = update.callback_query
    if query is None:
        return
    asker = asker_of(update, context)
    parsed = unpack_choice(query.data)
    reply = None
    if parsed is not None:
        reply = await asyncio.to_thread(
            answers.answer_choice, context.bot_data.database, asker, parsed
        )
    if reply is None:
        await query.answer(translator(_their_locale(update, context)).gettext(STALE_BUTTON))
        return
    # Answered first: Telegram stops the spinner, and the edit may take a moment longer.
    await query.answer()
    await edit_with_reply(context.bot, query, reply)


async def inline_query(update: Update, context: Context) -> None:
    """'@bot Quảng Đông' typed in any chat: the province's trade figures and officials."""
    query = update.inline_query
    if query is None:
        return
    locale = _their_locale(update, context)
    found = await asyncio.to_thread(
        answers.inline_results, context.bot_data.database, query.query, locale
    )
    results = [
        InlineQueryResultArticle(
            id=result.id,
            title=result.title,
            description=result.description or None,
            input_message_content=InputTextMessageContent(
                result.reply.html,
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for result in found
    ]
    hint = None
    if not results:
        gettext = translator(locale).gettext
        hint = InlineQueryResultsButton(text=gettext(INLINE_HINT), start_parameter="inline")
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=True, button=hint)


def _is_in(member: ChatMember) -> bool:
    if isinstance(member, ChatMemberRestricted):
        return member.is_member
    return member.status in MEMBER_STATUSES


async def membership(update: Update, context: Context) -> None:
    """The bot added to, removed from or blocked in a chat: remember it; introduce it once to a
    group that added it."""
    change = update.my_chat_member
    if change is None:
        return
    was_in, is_in = _is_in(change.old_chat_member), _is_in(change.new_chat_member)
    if was_in == is_in:
        return
    asker = asker_of(update, context)
    locale = await asyncio.to_thread(
        answers.record_membership,
        context.bot_data.database,
        asker,
        member=is_in,
        reason=BLOCKED_REASON,
    )
    if is_in and change.chat.type in (Chat.GROUP, Chat.SUPERGROUP):
        intro = group_introduction(locale, bot_username=context.bot.username)
        await send_reply(context.bot, change.chat.id, intro)


async def migrated(update: Update, context: Context) -> None:
    """A group became a supergroup (Telegram says so in both chats): its settings move along."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id is not None:
        old_id, new_id = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id is not None:
        old_id, new_id = message.migrate_from_chat_id, message.chat.id
    else:
        return
    new = ChatIdentity(id=new_id, type=Chat.SUPERGROUP, title=message.chat.title)
    await asyncio.to_thread(
        answers.record_migration,
        context.bot_data.database,
        old_id,
        new,
        context.bot_data.settings.default_timezone,
    )


async def error_handler(update: object, context: Context) -> None:
    """Log what went wrong with its traceback; tell the person in one sentence, if anyone asked."""
    log.error("Failed to handle an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_user is None:
        return
    text = translator(_their_locale(update, context)).gettext(FAILED)
    message = update.message
    # Telling may fail too (the chat is gone, the query expired): the log already has it all.
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(text)
        elif message is not None and _will_answer(message, context.bot.username):
            reply = Reply(html=fill(text))
            await send_reply(context.bot, message.chat.id, reply, reply_to=_question_id(message))

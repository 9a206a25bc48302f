"""The digest on Telegram: /subscribe and its siblings, who may change a group's digest, and the
JobQueue tick that sends what is due."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session
from telegram import Bot, Chat, ChatMember, Message, Update

from bot.answers import chat_locale
from bot.context import BotApplication, Context
from bot.digests import run_due
from bot.settings import Settings
from bot.telegram_io import send_reply
from db.chats import ChatIdentity
from db.setup import Database
from handlers.commands import parse_command
from handlers.reply import Reply
from handlers.subscriptions import (
    ChatContext,
    answer_digest,
    answer_subscribe,
    answer_subscriptions,
    answer_unsubscribe,
)
from handlers.timezone import answer_timezone

log = logging.getLogger(__name__)

ChatAnswer = Callable[[Session, str, ChatContext], Reply]

ANSWERS: dict[str, ChatAnswer] = {
    "subscribe": answer_subscribe,
    "unsubscribe": answer_unsubscribe,
    "subscriptions": answer_subscriptions,
    "digest": answer_digest,
    "timezone": answer_timezone,
}
# Commands that change the chat's digest; /timezone without a zone only shows it.
CHANGES = frozenset({"subscribe", "unsubscribe", "timezone"})
DIGEST_JOB = "digests"
MANAGERS = frozenset({ChatMember.OWNER, ChatMember.ADMINISTRATOR})


async def may_manage(bot: Bot, message: Message) -> bool:
    """Whether the sender may change this chat's digest: anyone in a private chat; in a group,
    its administrators (asked of Telegram), including one posting anonymously as the group."""
    chat = message.chat
    if chat.type == Chat.PRIVATE:
        return True
    if message.sender_chat is not None:
        # An anonymous administrator writes as the group itself; a linked channel does not.
        return message.sender_chat.id == chat.id
    if message.from_user is None:
        return False
    member = await bot.get_chat_member(chat.id, message.from_user.id)
    return member.status in MANAGERS


@dataclass(frozen=True)
class DigestAsk:
    """One digest command as typed, with what the chat front end knows of its sender."""

    chat: ChatIdentity
    language_code: str | None
    name: str
    argument: str
    may_manage: bool


def _answer(database: Database, ask: DigestAsk, settings: Settings) -> Reply:
    """One digest command in one transaction, in the chat's language."""
    with database.sessions.begin() as session:
        context = ChatContext(
            identity=ask.chat,
            locale=chat_locale(session, ask.chat.id, ask.language_code, settings.default_locale),
            may_manage=ask.may_manage,
            now=datetime.now(UTC),
            default_timezone=settings.default_timezone,
        )
        return ANSWERS[ask.name](session, ask.argument, context)


async def command(update: Update, context: Context) -> None:
    """/subscribe, /unsubscribe, /subscriptions, /digest or /timezone in this chat."""
    message = update.effective_message
    if message is None or not message.text:
        return
    parsed = parse_command(message.text, bot_username=context.bot.username)
    if parsed is None or parsed.name not in ANSWERS:
        return
    changes = parsed.name in CHANGES and (parsed.name != "timezone" or parsed.argument.strip())
    chat = message.chat
    ask = DigestAsk(
        chat=ChatIdentity(id=chat.id, type=chat.type, title=chat.title),
        language_code=message.from_user.language_code if message.from_user else None,
        name=parsed.name,
        argument=parsed.argument,
        may_manage=await may_manage(context.bot, message) if changes else False,
    )
    data = context.bot_data
    reply = await asyncio.to_thread(_answer, data.database, ask, data.settings)
    reply_to = None if chat.type == Chat.PRIVATE else message.message_id
    await send_reply(context.bot, chat.id, reply, reply_to=reply_to)


async def tick(context: Context) -> None:
    """Send the digests that are due now; say in the log what happened, when anything did."""
    settings = context.bot_data.settings
    summary = await run_due(
        context.bot,
        context.bot_data.database,
        datetime.now(UTC),
        default_locale=settings.default_locale,
    )
    if summary.anything:
        log.info("Digests: %s", ", ".join(f"{label} {n}" for label, n in summary.rows() if n))


def schedule_tick(application: BotApplication) -> None:
    """Run the tick every DIGEST_TICK_SECONDS, the first one a tick after the start."""
    if application.job_queue is None:
        raise RuntimeError("the application was built without a job queue")
    seconds = application.bot_data.settings.digest_tick_seconds
    application.job_queue.run_repeating(tick, interval=seconds, first=seconds, name=DIGEST_JOB)

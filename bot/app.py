"""The Telegram application: built from the settings, every handler registered in one place, the
database opened at start and closed at the end."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import answers, callbacks, crawling, digest_commands
from bot.context import BotApplication, BotData
from bot.fairuse import Clock, FairUse
from bot.menu import publish_profile
from bot.ordering import ChatOrder
from bot.settings import Settings
from db.setup import Database, open_database
from handlers.commands import COMMANDS

log = logging.getLogger(__name__)

# Updates handled at once (one chat's in turn): a slow chart in one chat holds up no other.
CONCURRENT_UPDATES = 256
# What the bot asks Telegram for; a handler for another kind of update must add it here.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,
    Update.MY_CHAT_MEMBER,
]
NEW_MESSAGES = filters.UpdateType.MESSAGE


def file_url(base_url: str) -> str:
    """The file download URL next to a Bot API URL: '…/bot' -> '…/file/bot'."""
    head, _, last = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{last}"


def register_handlers(application: BotApplication) -> None:
    """Every handler, in the order Telegram updates meet them; the error handler last."""
    # Fair use first (group -1): a person over the limit is stopped before any answer is made.
    application.add_handler(TypeHandler(Update, callbacks.fair_use_gate), group=-1)

    # Digests, ahead of the other commands, whose handler would take theirs too: a chat's
    # subscription (in groups, administrators change it), and the tick that sends what is due.
    # What is due and what was sent live in the database, so restarts and other processes
    # running the tick change nothing.
    application.add_handler(
        CommandHandler(list(digest_commands.ANSWERS), digest_commands.command, filters=NEW_MESSAGES)
    )
    digest_commands.schedule_tick(application)

    # Live sources: a crawl of the feeds file every CRAWL_INTERVAL_MINUTES, and /ingest <url>
    # for the administrators in BOT_ADMIN_IDS (anyone else is told politely).
    application.add_handler(CommandHandler("ingest", crawling.ingest, filters=NEW_MESSAGES))
    crawling.schedule_crawl(application)

    # Commands. CommandHandler takes '/cmd' and '/cmd@ThisBot' and ignores '/cmd@OtherBot'.
    application.add_handler(CommandHandler("start", callbacks.start, filters=NEW_MESSAGES))
    names = [command.name for command in COMMANDS]
    application.add_handler(CommandHandler(names, callbacks.command, filters=NEW_MESSAGES))
    # Any other command: 'there is no such command' where it was meant for this bot.
    application.add_handler(MessageHandler(filters.COMMAND & NEW_MESSAGES, callbacks.command))
    # Plain words in a private chat get the help; in groups the bot only hears its commands.
    application.add_handler(
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & NEW_MESSAGES,
            callbacks.private_text,
        )
    )

    # Buttons under answers, and inline mode ('@bot Quảng Đông' in any chat).
    application.add_handler(CallbackQueryHandler(callbacks.choice))
    application.add_handler(InlineQueryHandler(callbacks.inline_query))

    # Chats: the bot added, removed or blocked; a group upgraded to a supergroup.
    application.add_handler(
        ChatMemberHandler(callbacks.membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, callbacks.migrated))

    # Last: anything unexpected is logged and the person told in one sentence.
    application.add_error_handler(callbacks.error_handler)


async def post_init(application: BotApplication) -> None:
    """Open the database (unless given), build the caches the first answers need, publish menu
    and profile."""
    data = application.bot_data
    if getattr(data, "database", None) is None:
        data.database = await asyncio.to_thread(open_database, data.settings.database_url)
    await asyncio.to_thread(answers.warm_up, data.database)
    try:
        await publish_profile(application.bot, data.settings.default_locale)
    except TelegramError as exc:
        # A menu that failed to update is no reason not to answer.
        log.warning("Could not publish the command menu and descriptions: %s", exc)


async def post_shutdown(application: BotApplication) -> None:
    """Close the database's connections."""
    answers.cool_down()
    database = getattr(application.bot_data, "database", None)
    if database is not None:
        database.dispose()


def build_application(
    settings: Settings, *, database: Database | None = None, clock: Clock = time.monotonic
) -> BotApplication:
    """The bot for `settings` (the token must be valid), ready for run_polling or run_webhook.
    `database`, already open, is used and disposed of at the end; without it the database is
    opened at start. `clock` (monotonic seconds) drives the fair-use limit; tests pass a
    controllable one."""
    token = settings.require_token()
    context_types = ContextTypes(bot_data=BotData)
    application: BotApplication = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(file_url(settings.telegram_base_url))
        .context_types(context_types)
        .rate_limiter(AIORateLimiter(max_retries=settings.rate_limiter_max_retries))
        .concurrent_updates(ChatOrder(CONCURRENT_UPDATES))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data.settings = settings
    if database is not None:
        application.bot_data.database = database
    application.bot_data.fair_use = FairUse(settings.user_commands_per_minute, clock=clock)
    register_handlers(application)
    return application

"""Running the real briefbot Application against the fake Bot API server, as `briefbot run` does:
initialise, post_init, long polling, and on the way out stop, shut down, post_shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fakebot import Call, FakeTelegram, ManualClock, updates

from bot.app import ALLOWED_UPDATES, build_application
from bot.context import BotApplication
from bot.settings import Settings, load_settings

LAN = updates.user(7001, "Lan", username="lan_hn", language_code="vi")
MINH = updates.user(7002, "Minh", language_code="en")
SOPHIE = updates.user(7003, "Sophie", language_code="fr")
LAN_CHAT = updates.private_chat(LAN)
MINH_CHAT = updates.private_chat(MINH)
TRADE_GROUP = updates.group(-4001, "Thương mại biên giới")


def bot_settings(fake: FakeTelegram, database_url: str, **overrides: Any) -> Settings:
    """Settings pointing at the fake server and the test's database."""
    return load_settings(
        telegram_bot_token=fake.token,
        telegram_base_url=fake.base_url,
        database_url=database_url,
        **overrides,
    )


@asynccontextmanager
async def running(application: BotApplication) -> AsyncIterator[BotApplication]:
    """`application` started the way run_polling starts it, and stopped the same way."""
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await application.start()
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


async def ask(
    fake: FakeTelegram,
    text: str,
    *,
    person: dict[str, Any] = LAN,
    chat: dict[str, Any] | None = None,
    method: str = "sendMessage",
    **kwargs: Any,
) -> Call:
    """`person` sends a command (in their private chat unless `chat` is given); the bot's first
    `method` call to that chat after it."""
    chat = chat or updates.private_chat(person)
    since = len(fake.calls)
    fake.push(updates.command(text, chat=chat, sender=person, **kwargs))
    return await fake.wait_for(method, chat_id=chat["id"], since=since)


@asynccontextmanager
async def briefbot(
    fake: FakeTelegram, database_url: str, *, clock: ManualClock | None = None, **settings: Any
) -> AsyncIterator[BotApplication]:
    """The bot built from settings that point at `fake`, running until the block ends."""
    application = build_application(
        bot_settings(fake, database_url, **settings), clock=clock or ManualClock()
    )
    async with running(application):
        yield application

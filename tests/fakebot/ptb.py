"""Running the real python-telegram-bot Application against the fake server in a test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram.ext import Application, ApplicationBuilder

from .server import FakeTelegram


def application_builder(fake: FakeTelegram) -> ApplicationBuilder:
    """An ApplicationBuilder already pointed at `fake` (token and base URL)."""
    return ApplicationBuilder().token(fake.token).base_url(fake.base_url)


@asynccontextmanager
async def polling(application: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    """The application initialised, started and long-polling; stopped and shut down after.

    Updates pushed to the fake inside the block reach the handlers; wait for the bot's
    answers with `fake.wait_for(...)`.
    """
    async with application:
        await application.start()
        if application.updater is None:
            raise RuntimeError("the application was built without an updater")
        await application.updater.start_polling()
        try:
            yield
        finally:
            await application.updater.stop()
            await application.stop()

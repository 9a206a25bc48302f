"""What every callback shares through `context.bot_data`, typed, and the context type itself."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.fairuse import FairUse
from bot.settings import Settings
from db.setup import Database


class BotData:
    """The application's shared state. `settings` and `fair_use` are set by build_application;
    `database` is opened in post_init and disposed in post_shutdown."""

    settings: Settings
    fair_use: FairUse
    database: Database


# ExtBot[int]: the bot carries PTB's AIORateLimiter, whose per-call argument is an int.
Context = CallbackContext[ExtBot[int], dict[Any, Any], dict[Any, Any], BotData]
BotApplication = Application[ExtBot[int], Context, dict[Any, Any], dict[Any, Any], BotData, Any]

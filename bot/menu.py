"""The bot's profile in Telegram: its command menu and descriptions, in Vietnamese, in English,
and in the default language for everyone else."""

from __future__ import annotations

from telegram import Bot, BotCommand

from handlers.commands import COMMANDS
from handlers.i18n import N_, translator

# Shown in an empty chat before the person presses Start (Telegram allows 512 characters).
DESCRIPTION = N_(
    "Facts on Vietnam’s relations with Chinese provinces, read from Vietnamese news: trade "
    "figures, officials, meetings and news, each with its source and link. Ask in a private "
    "chat, in a group, or inline by typing my name and a province in any chat."
)
# Shown on the bot's profile and in shared links (Telegram allows 120 characters).
SHORT_DESCRIPTION = N_(
    "Vietnam–China provincial relations: trade figures, officials and news, sourced."
)


def commands_menu(locale: str) -> list[BotCommand]:
    """Every command of the registry with its summary in `locale`."""
    gettext = translator(locale).gettext
    return [BotCommand(command.name, gettext(command.summary)) for command in COMMANDS]


async def publish_profile(bot: Bot, default_locale: str) -> None:
    """Set the menu and descriptions for 'vi' and 'en' readers, and the default ones (for any
    other language) in `default_locale`."""
    for language_code, locale in ((None, default_locale), ("vi", "vi"), ("en", "en")):
        gettext = translator(locale).gettext
        await bot.set_my_commands(commands_menu(locale), language_code=language_code)
        await bot.set_my_description(gettext(DESCRIPTION), language_code=language_code)
        await bot.set_my_short_description(gettext(SHORT_DESCRIPTION), language_code=language_code)

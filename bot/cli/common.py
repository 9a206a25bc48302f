"""The root command group and what every sub-command shares: settings and friendly errors."""

from __future__ import annotations

import click

from bot.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings


class BriefbotError(click.ClickException):
    """One sentence for the user and a non-zero exit code, never a traceback."""

    exit_code = 1


def settings_from(ctx: click.Context) -> Settings:
    """The settings built at start by the root group."""
    return ctx.find_root().obj


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefbot")
@click.pass_context
def main(ctx: click.Context) -> None:
    """briefbot: facts on Vietnam–China provincial relations, from the news, in chat.

    Example: briefbot ask "/tradelatest Quảng Đông"
    """
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise BriefbotError(str(exc)) from None
    secrets = (
        [settings.telegram_bot_token.get_secret_value()] if settings.telegram_bot_token else []
    )
    configure_logging(settings.log_level, secrets=secrets)
    ctx.obj = settings

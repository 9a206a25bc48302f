"""`briefbot run`: the bot answering on Telegram, by long polling or behind a webhook."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
from urllib.parse import urlsplit

import click
from telegram import Bot

from bot.app import ALLOWED_UPDATES, build_application
from bot.cli.common import BriefbotError, open_or_explain, settings_from, telegram_errors
from bot.logs import configure_logging
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

# What Telegram accepts as a webhook's secret token.
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def _secret_token(given: str | None) -> str:
    if given is None:
        return secrets.token_urlsafe(32)
    if not _SECRET_TOKEN.match(given):
        raise BriefbotError(
            "--secret-token must be 1 to 256 letters, digits, '_' or '-' (Telegram's rule)."
        )
    return given


async def _reach_telegram(settings: Settings, token: str) -> None:
    """Ask the Bot API who the bot is, once: PTB's own start-up logs a traceback for a refused
    token or an unreachable server, where the operator needs one sentence."""
    async with Bot(token, base_url=settings.telegram_base_url):
        pass


@click.command()
@click.option(
    "--webhook-url",
    help="Public HTTPS address Telegram posts updates to; without it the bot long-polls.",
)
@click.option(
    "--listen", default="127.0.0.1", show_default=True, help="Address the webhook server binds."
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8443, show_default=True, help="Its port."
)
@click.option(
    "--secret-token",
    help="Token Telegram sends with every update (checked); a random one when left out.",
)
@click.pass_context
def run(
    ctx: click.Context,
    webhook_url: str | None,
    listen: str,
    port: int,
    secret_token: str | None,
) -> None:
    """Run the bot until stopped (Ctrl-C): long polling, or a webhook server.

    Needs TELEGRAM_BOT_TOKEN. Example: briefbot run --webhook-url https://bot.example.org/tg
    """
    settings = settings_from(ctx)
    try:
        token = settings.require_token()
    except SettingsError as exc:
        raise BriefbotError(str(exc)) from None
    if webhook_url is not None and not webhook_url.startswith("https://"):
        raise BriefbotError("--webhook-url must be an https:// address Telegram can reach.")
    secret = _secret_token(secret_token)
    # Time periods as timedelta, the behaviour PTB will switch to (and without its warnings).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    database = open_or_explain(settings.database_url)
    try:
        with telegram_errors(settings):
            asyncio.run(_reach_telegram(settings, token))
    except BaseException:
        database.dispose()
        raise
    # From here the application owns the database and disposes of it when it stops.
    application = build_application(settings, database=database)
    with telegram_errors(settings):
        if webhook_url is None:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
            return
        configure_logging(settings.log_level, secrets=[token, secret])
        log.info(
            "Webhook secret token set (%s); updates are accepted only with it.",
            "given" if secret_token else "random",
        )
        try:
            application.run_webhook(
                listen=listen,
                port=port,
                url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        except OSError as exc:
            raise BriefbotError(
                f"Cannot serve the webhook on {listen}:{port}: {exc.strerror or exc}"
            ) from None

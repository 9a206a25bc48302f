"""`briefbot digest …`: send the digests that are due (e.g. from cron), or preview a chat's."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime

import click
from rich.console import Console

from bot.cli.common import (
    BriefbotError,
    counts_table,
    open_or_explain,
    settings_from,
    telegram_errors,
)
from bot.digests import RunSummary, digest_bot, run_due
from bot.settings import Settings, SettingsError
from db.digests import subscription_of, utc
from db.models import Chat
from db.setup import Database
from handlers.digest import compose_digest
from handlers.reply import Reply


class Instant(click.ParamType):
    """An ISO 8601 date and time; without an offset it is UTC."""

    name = "ISO-INSTANT"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return utc(value)
        try:
            return utc(datetime.fromisoformat(str(value)))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 instant, e.g. 2025-11-24T08:00+07:00", param)


@click.group()
def digest() -> None:
    """Scheduled digests: send those that are due, or preview one chat's."""


async def _run_due(settings: Settings, database: Database, now: datetime) -> RunSummary:
    async with digest_bot(settings) as bot:
        return await run_due(bot, database, now, default_locale=settings.default_locale)


@digest.command("run-due")
@click.option(
    "--now",
    type=Instant(),
    help="Act as if it were this instant (ISO 8601; UTC without an offset). Default: now.",
)
@click.pass_context
def run_due_command(ctx: click.Context, now: datetime | None) -> None:
    """Send every digest that is due, once, and print what happened.

    Safe to run from cron while `briefbot run` is up, and from several machines at once:
    each digest is claimed in the database before it is sent. Needs TELEGRAM_BOT_TOKEN.

    Example: briefbot digest run-due --now 2025-11-24T08:00+07:00
    """
    settings = settings_from(ctx)
    try:
        settings.require_token()
    except SettingsError as exc:
        raise BriefbotError(str(exc)) from None
    # Time periods as timedelta, the behaviour PTB will switch to (and without its warnings).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    database = open_or_explain(settings.database_url)
    try:
        with telegram_errors(settings):
            summary = asyncio.run(_run_due(settings, database, now or datetime.now(UTC)))
    finally:
        database.dispose()
    Console().print(counts_table("Digest run", summary.rows()))


@digest.command()
@click.argument("chat_id", type=int)
@click.option("--now", type=Instant(), help="Preview as of this instant (default: now).")
@click.pass_context
def preview(ctx: click.Context, chat_id: int, now: datetime | None) -> None:
    """Print the digest CHAT_ID would get now, without sending it or counting it as sent.

    Example: briefbot digest preview -1001234567890
    """
    settings = settings_from(ctx)
    database = open_or_explain(settings.database_url)
    try:
        with database.sessions() as session:
            chat = session.get(Chat, chat_id)
            subscription = subscription_of(session=session, chat_id=chat_id)
            if chat is None or subscription is None or not subscription.active:
                raise BriefbotError(f"Chat {chat_id} has no digest.")
            composed = compose_digest(
                session=session,
                subscription=subscription,
                timezone=chat.timezone,
                until=now or datetime.now(UTC),
                locale=chat.locale or settings.default_locale,
            )
    finally:
        database.dispose()
    click.echo(Reply(html=composed.html).plain())

"""`briefbot ask`: one question answered offline, exactly as the bot would answer it in chat."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from bot.cli.common import open_or_explain, settings_from
from db.sample import ensure_sample_corpus
from handlers.commands import dispatch
from handlers.i18n import LOCALES
from handlers.reply import Reply


def printed(reply: Reply) -> str:
    """The reply as plain text, its buttons listed below as the commands they would send."""
    lines = [reply.plain()]
    if reply.choices:
        lines.append("")
        lines.extend(
            f"[{choice.label}] /{choice.command} {choice.argument}" for choice in reply.choices
        )
    return "\n".join(lines)


@click.command()
@click.argument("text")
@click.option(
    "--locale",
    type=click.Choice(LOCALES),
    default=None,
    help="Language of the answer (default: DEFAULT_LOCALE).",
)
@click.pass_context
def ask(ctx: click.Context, text: str, locale: str | None) -> None:
    """Answer TEXT, a bot command, against DATABASE_URL and print the reply.

    A fresh SQLite database is created and filled with the sample corpus first.

    Example: briefbot ask "/tradelatest Quảng Đông" --locale en
    """
    settings = settings_from(ctx)
    database = open_or_explain(settings.database_url)
    try:
        with database.sessions.begin() as session:
            ensure_sample_corpus(session=session, now=datetime.now(UTC))
        with database.sessions() as session:
            reply = dispatch(session, text, locale or settings.default_locale)
    finally:
        database.dispose()
    click.echo(printed(reply))

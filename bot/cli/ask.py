"""`briefbot ask`: one question answered offline, exactly as the bot would answer it in chat."""

from __future__ import annotations

from datetime import UTC, datetime

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cli.common import open_or_explain, settings_from
from db.models import Article
from handlers.commands import dispatch
from handlers.i18n import LOCALES
from handlers.reply import Reply


def load_samples_if_empty(*, session: Session) -> bool:
    """Load the shipped sample corpus into a database without articles; True when it did."""
    if session.scalar(select(Article.id).limit(1)) is not None:
        return False
    # Imported here: the sample loader pulls in the whole parser, which answering never needs.
    from db.sample import ensure_sample_corpus

    return ensure_sample_corpus(session=session, now=datetime.now(UTC))


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
            load_samples_if_empty(session=session)
        with database.sessions() as session:
            reply = dispatch(session, text, locale or settings.default_locale)
    finally:
        database.dispose()
    click.echo(printed(reply))

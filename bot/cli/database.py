"""`briefbot db …`: schema migrations."""

from __future__ import annotations

import click

from bot.cli.common import database_errors, open_or_explain, settings_from
from db.engine import make_engine
from db.schema import current_revision, head_revision


@click.group()
def db() -> None:
    """Manage the database schema."""


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Apply every pending migration to DATABASE_URL.

    Example: DATABASE_URL=postgresql+psycopg://bot@localhost/briefbot briefbot db upgrade
    """
    database = open_or_explain(settings_from(ctx).database_url, migrate=True)
    with database_errors():
        revision = current_revision(database.engine)
    database.dispose()
    click.echo(f"Database is at revision {revision}.")


@db.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Show the schema revision of DATABASE_URL and the one the code expects.

    Example: briefbot db status
    """
    with database_errors():
        engine = make_engine(settings_from(ctx).database_url)
        try:
            have, want = current_revision(engine), head_revision(engine)
        finally:
            engine.dispose()
    state = "up to date" if have == want else "behind: run `briefbot db upgrade`"
    click.echo(f"Database revision {have or 'none'}, code expects {want} ({state}).")

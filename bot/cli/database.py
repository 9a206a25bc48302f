"""`briefbot db …`: schema migrations."""

from __future__ import annotations

import click

from bot.cli.common import settings_from
from db.engine import current_revision, make_engine
from db.setup import head_revision, open_database


@click.group()
def db() -> None:
    """Manage the database schema."""


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Apply every pending migration to DATABASE_URL.

    Example: DATABASE_URL=postgresql+psycopg://bot@localhost/briefbot briefbot db upgrade
    """
    database = open_database(settings_from(ctx).database_url, migrate=True)
    revision = current_revision(database.engine)
    database.dispose()
    click.echo(f"Database is at revision {revision}.")


@db.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Show the schema revision of DATABASE_URL and the one the code expects.

    Example: briefbot db status
    """
    engine = make_engine(settings_from(ctx).database_url)
    have, want = current_revision(engine), head_revision(engine)
    engine.dispose()
    state = "up to date" if have == want else "behind: run `briefbot db upgrade`"
    click.echo(f"Database revision {have or 'none'}, code expects {want} ({state}).")

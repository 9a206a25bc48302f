"""The root command group and what every sub-command shares: settings and friendly errors."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.table import Table
from sqlalchemy.exc import DBAPIError
from telegram.error import InvalidToken, NetworkError

from bot.logs import RedactSecrets, configure_logging
from bot.settings import Settings, SettingsError, load_settings
from db.engine import DatabaseURLError
from db.setup import Database, DatabaseNotReady, open_database


class BriefbotError(click.ClickException):
    """One sentence for the user and a non-zero exit code, never a traceback."""

    exit_code = 1


def settings_from(ctx: click.Context) -> Settings:
    """The settings built at start by the root group."""
    return ctx.find_root().obj


def counts_table(title: str, rows: list[tuple[str, int]]) -> Table:
    """A summary a command prints: each count with its label, one per row."""
    table = Table(title=title, title_justify="left")
    table.add_column("What")
    table.add_column("Count", justify="right")
    for label, count in rows:
        table.add_row(label, str(count))
    return table


@contextmanager
def database_errors() -> Iterator[None]:
    """Whatever keeps the database from opening (address, driver, server, file, schema),
    told in one sentence."""
    try:
        yield
    except (DatabaseNotReady, DatabaseURLError) as exc:
        raise BriefbotError(str(exc)) from None
    except DBAPIError as exc:
        raise BriefbotError(f"Cannot open the database: {_first_line(exc.orig)}") from None
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        raise BriefbotError(f"Cannot open the database: {exc.strerror or exc}{where}") from None


def open_or_explain(url: str, *, migrate: bool | None = None) -> Database:
    """The database at `url`, ready to use (see `open_database`), or one sentence saying why
    it cannot be opened."""
    with database_errors():
        return open_database(url, migrate=migrate)


@contextmanager
def telegram_errors(settings: Settings) -> Iterator[None]:
    """A refused token or an unreachable Bot API server, told in one sentence."""
    try:
        yield
    except InvalidToken:
        raise BriefbotError(
            "Telegram refused TELEGRAM_BOT_TOKEN: check it in @BotFather."
        ) from None
    except NetworkError as exc:
        reason = _redactor(settings).redact(_first_line(exc.message))
        raise BriefbotError(
            f"Cannot reach the Bot API at {settings.telegram_base_url}: {reason}"
        ) from None


def _first_line(error: object) -> str:
    """The first line of an error's text (drivers add hints on further lines)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _redactor(settings: Settings) -> RedactSecrets:
    token = settings.telegram_bot_token
    return RedactSecrets([token.get_secret_value()] if token else [])


def load_command(location: str) -> click.Command:
    """The command at 'module:name', imported when it is about to run or be listed, so that
    `briefbot run` does not load the parser, trafilatura and feedparser (about 15 MB) that
    `parse`, `ingest`, `crawl` and `ask` import."""
    module, _, name = location.partition(":")
    command = getattr(importlib.import_module(module), name)
    if not isinstance(command, click.Command):
        raise TypeError(f"{location} is not a click command")
    return command


class LazyGroup(click.Group):
    """A group whose sub-commands are given as 'module:name' and imported when used (click's
    "lazily loading subcommands")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands: dict[str, str] = {}

    def add_lazy_command(self, name: str, location: str) -> None:
        self.lazy_commands[name] = location

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy_commands])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            return load_command(self.lazy_commands[cmd_name])
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
    configure_logging(settings.log_level, secrets=_redactor(settings).secrets)
    ctx.obj = settings

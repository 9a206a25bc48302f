"""The database work behind each callback, run in a worker thread so a slow query never holds up
the event loop: one transaction each, the chat's language first, then the answer."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from db.chats import (
    ChatIdentity,
    find_chat,
    migrate_chat,
    set_chat_active,
    set_chat_locale,
)
from db.models import Province
from db.queries.people import some_person_id
from db.setup import Database
from handlers.cache import ANSWERS, covered_provinces
from handlers.chats import answer_start, chosen_locale
from handlers.choices import choice_is_current
from handlers.commands import ParsedCommand, answer_parsed, dispatch
from handlers.i18n import LOCALES
from handlers.inline import InlineAnswer, inline_answers
from handlers.reply import Reply
from handlers.resolve import resolve_person

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Asker:
    """Who asks and where: the chat, the person's Telegram language, the defaults."""

    chat: ChatIdentity
    language_code: str | None
    default_locale: str
    default_timezone: str


def user_locale(language_code: str | None, default_locale: str) -> str:
    """The person's Telegram language when the bot speaks it ('en-GB' -> 'en'), else the
    default."""
    primary = (language_code or "").replace("_", "-").split("-")[0].lower()
    return primary if primary in LOCALES else default_locale


def chat_locale(
    session: Session, chat_id: int, language_code: str | None, default_locale: str
) -> str:
    """The language the chat chose with /lang, else the person's (see `user_locale`)."""
    chat = find_chat(session=session, chat_id=chat_id)
    if chat is not None and chat.locale in LOCALES:
        return chat.locale
    return user_locale(language_code, default_locale)


def _chat_locale(session: Session, asker: Asker) -> str:
    return chat_locale(session, asker.chat.id, asker.language_code, asker.default_locale)


def _answer(session: Session, asker: Asker, command: ParsedCommand) -> Reply:
    """The reply in the chat's language; /lang with a language remembers it first."""
    if command.name == "lang" and (chosen := chosen_locale(command.argument)) is not None:
        set_chat_locale(
            session=session,
            identity=asker.chat,
            locale=chosen,
            timezone=asker.default_timezone,
            now=datetime.now(UTC),
        )
    return answer_parsed(session, command, _chat_locale(session, asker))


def answer_command(database: Database, asker: Asker, command: ParsedCommand) -> Reply:
    with database.sessions.begin() as session:
        return _answer(session, asker, command)


def answer_choice(database: Database, asker: Asker, command: ParsedCommand) -> Reply | None:
    """The answer a tapped button asks for, or None when the button is out of date."""
    with database.sessions.begin() as session:
        if not choice_is_current(session, command.name, command.argument):
            return None
        return _answer(session, asker, command)


def answer_greeting(database: Database, asker: Asker) -> Reply:
    with database.sessions() as session:
        return answer_start(session, "", _chat_locale(session, asker))


def locale_of(database: Database, asker: Asker) -> str:
    """The language to talk to `asker` in, for texts that are not answers."""
    with database.sessions() as session:
        return _chat_locale(session, asker)


def inline_results(database: Database, query: str, locale: str) -> list[InlineAnswer]:
    with database.sessions() as session:
        return inline_answers(session, query, locale)


def record_membership(database: Database, asker: Asker, *, member: bool, reason: str) -> str:
    """Remember whether the bot is in the chat (or, in private, not blocked); returns the
    chat's language."""
    with database.sessions.begin() as session:
        set_chat_active(
            session=session,
            identity=asker.chat,
            active=member,
            reason=None if member else reason,
            timezone=asker.default_timezone,
            now=datetime.now(UTC),
        )
        return _chat_locale(session, asker)


def record_migration(database: Database, old_id: int, new: ChatIdentity, timezone: str) -> None:
    with database.sessions.begin() as session:
        migrate_chat(
            session=session, old_id=old_id, new=new, timezone=timezone, now=datetime.now(UTC)
        )


# Asked once at start, in each language, then forgotten: the first answer of each kind
# otherwise pays for compiling its statements and loading its language's number and date
# formats (24-35 ms against 10 at 100,000 articles).
WARM_UP_COMMANDS = ("tradelatest", "trade", "officials", "latest", "provinces", "official")


def warm_up(database: Database) -> None:
    """Build what the first answers would otherwise wait for: the coverage and people indexes,
    and each kind of answer once.

    Then everything alive at that point (those indexes, the libraries' modules and data) is set
    aside from the garbage collector until `cool_down`: its full collections walked those
    objects over and over, and an answer caught by one waited up to 120 ms (at 100,000 articles).
    """
    with database.sessions() as session:
        covered = covered_provinces(session=session)
        resolve_person("warm up", session=session)
        person_id = some_person_id(session=session)
        province = session.get(Province, covered[0].province_id) if covered else None
    if province is not None:
        subjects = {"official": f"#p{person_id}" if person_id else "", "provinces": ""}
        for locale in LOCALES:
            for command in WARM_UP_COMMANDS:
                subject = subjects.get(command, province.name_vi)
                try:
                    with database.sessions() as session:
                        dispatch(session, f"/{command} {subject}", locale)
                except Exception:
                    # The same question would fail for a user too, and be logged then; no
                    # reason not to start.
                    log.exception("Warming up: /%s failed", command)
        with database.sessions() as session:
            ANSWERS.forget(session)
    gc.collect()
    gc.freeze()


def cool_down() -> None:
    """Give the objects set aside by `warm_up` back to the garbage collector (at shutdown, so
    that a process starting bots one after another, as the tests do, frees the old ones)."""
    gc.unfreeze()

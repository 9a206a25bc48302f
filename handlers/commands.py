"""The one registry of commands that both front ends use, and the dispatcher of a typed line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from sqlalchemy.orm import Session

from handlers.charts import answer_tradechart
from handlers.chats import answer_lang
from handlers.common import bold, fill, italic
from handlers.i18n import N_, translator
from handlers.news import answer_latest, answer_provinces
from handlers.officials import answer_official, answer_officials
from handlers.reply import Reply
from handlers.resolve import clean_query
from handlers.subscriptions import answer_outside_chat
from handlers.trade import answer_trade, answer_tradelatest

Answer = Callable[[Session, str, str], Reply]

# "/cmd", "/cmd@SomeBot", each optionally followed by the argument (which may span lines).
_COMMAND = re.compile(
    r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@(?P<bot>[A-Za-z0-9_]{1,64}))?(?:\s+(?P<argument>.*))?$",
    re.DOTALL,
)
PLACEHOLDERS = {"<province>": N_("<province>"), "<name>": N_("<name>")}
ALIASES = {"start": "help"}


@dataclass(frozen=True)
class Command:
    """A command as users see it in the menu and in /help, and the function that answers it."""

    name: str
    answer: Answer
    usage: str
    summary: str  # an English msgid, translated when shown
    example: str
    takes_argument: bool


@dataclass(frozen=True)
class ParsedCommand:
    name: str
    argument: str


def parse_command(text: str, *, bot_username: str | None = None) -> ParsedCommand | None:
    """'/Trade@MyBot quang tay' -> ('trade', 'quang tay'); None when it is not a command for
    this bot (plain text, or a suffix naming another bot)."""
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    addressed = match.group("bot")
    if addressed is not None:
        mine = (bot_username or "").removeprefix("@").casefold()
        if addressed.casefold() != mine:
            return None
    name = match.group("name").lower()
    return ParsedCommand(name=ALIASES.get(name, name), argument=match.group("argument") or "")


def find_command(name: str) -> Command | None:
    return next((c for c in COMMANDS if c.name == name), None)


def _usage_html(command: Command, locale: str) -> str:
    gettext = translator(locale).gettext
    usage = command.usage
    for placeholder, msgid in PLACEHOLDERS.items():
        usage = usage.replace(placeholder, gettext(msgid))
    return f"<code>{escape(usage)}</code>"


def _command_lines(command: Command, locale: str) -> list[str]:
    gettext = translator(locale).gettext
    lines = [f"{_usage_html(command, locale)} — {fill(gettext(command.summary))}"]
    if command.takes_argument:
        example = fill(gettext("e.g. {example}"), example=f"<code>{escape(command.example)}</code>")
        lines.append(f"  {example}")
    return lines


def usage_reply(command: Command, locale: str) -> Reply:
    """How to use one command, with an example to copy."""
    return Reply(html="\n".join(_command_lines(command, locale)))


def answer_help(session: Session, query: str, locale: str) -> Reply:
    """What the bot knows and every command with an example; '/help trade' for one command."""
    gettext = translator(locale).gettext
    wanted = clean_query(query).removeprefix("/").lower()
    command = find_command(ALIASES.get(wanted, wanted))
    if command is not None:
        return usage_reply(command, locale)
    lines = [
        bold(fill(gettext("Facts on Vietnam’s relations with Chinese provinces"))),
        fill(
            gettext(
                "Trade figures, officials, meetings and news, each with its source, "
                "read from Vietnamese news."
            )
        ),
        "",
    ]
    for known in COMMANDS:
        lines.extend(_command_lines(known, locale))
    lines.append("")
    lines.append(
        italic(
            fill(
                gettext(
                    "Names work with or without diacritics, in English or Chinese "
                    "(Guangdong, 广东), and with small typos."
                )
            )
        )
    )
    return Reply(html="\n".join(lines))


COMMANDS: tuple[Command, ...] = (
    Command(
        name="tradelatest",
        answer=answer_tradelatest,
        usage="/tradelatest <province>",
        summary=N_("the latest trade figure of a province, with its source"),
        example="/tradelatest Quảng Đông",
        takes_argument=True,
    ),
    Command(
        name="trade",
        answer=answer_trade,
        usage="/trade <province>",
        summary=N_("every known trade figure, oldest to newest"),
        example="/trade quang tay",
        takes_argument=True,
    ),
    Command(
        name="tradechart",
        answer=answer_tradechart,
        usage="/tradechart <province>",
        summary=N_("a chart of a province's trade by year, with its sources"),
        example="/tradechart Quảng Đông",
        takes_argument=True,
    ),
    Command(
        name="officials",
        answer=answer_officials,
        usage="/officials <province>",
        summary=N_("the province's officials and the Vietnamese officials who met them"),
        example="/officials Guangxi",
        takes_argument=True,
    ),
    Command(
        name="official",
        answer=answer_official,
        usage="/official <name>",
        summary=N_("one person: titles over time and meetings"),
        example="/official le hoai trung",
        takes_argument=True,
    ),
    Command(
        name="latest",
        answer=answer_latest,
        usage="/latest <province>",
        summary=N_("the newest articles about a province"),
        example="/latest Vân Nam",
        takes_argument=True,
    ),
    Command(
        name="provinces",
        answer=answer_provinces,
        usage="/provinces",
        summary=N_("what the database covers"),
        example="/provinces",
        takes_argument=False,
    ),
    Command(
        name="subscribe",
        answer=answer_outside_chat,
        usage="/subscribe <province> [weekly|daily] [HH:MM]",
        summary=N_("a digest of the news in this chat (groups: administrators)"),
        example="/subscribe Quảng Tây thứ 2 08:00",
        takes_argument=True,
    ),
    Command(
        name="unsubscribe",
        answer=answer_outside_chat,
        usage="/unsubscribe [<province>|all]",
        summary=N_("stop the digest, or stop following a province"),
        example="/unsubscribe Quảng Tây",
        takes_argument=False,
    ),
    Command(
        name="subscriptions",
        answer=answer_outside_chat,
        usage="/subscriptions",
        summary=N_("what this chat's digest follows and when it comes"),
        example="/subscriptions",
        takes_argument=False,
    ),
    Command(
        name="digest",
        answer=answer_outside_chat,
        usage="/digest",
        summary=N_("this chat's digest now, as a preview"),
        example="/digest",
        takes_argument=False,
    ),
    Command(
        name="timezone",
        answer=answer_outside_chat,
        usage="/timezone [Asia/Ho_Chi_Minh]",
        summary=N_("the time zone of this chat's digest"),
        example="/timezone Asia/Bangkok",
        takes_argument=False,
    ),
    Command(
        name="lang",
        answer=answer_lang,
        usage="/lang vi|en",
        summary=N_("the language of answers in this chat"),
        example="/lang en",
        takes_argument=False,
    ),
    Command(
        name="help",
        answer=answer_help,
        usage="/help",
        summary=N_("this list of commands"),
        example="/help",
        takes_argument=False,
    ),
)


def dispatch(session: Session, text: str, locale: str, *, bot_username: str | None = None) -> Reply:
    """The reply to one typed line: the command's answer, its usage when the argument is
    missing, or the help for anything else."""
    parsed = parse_command(text, bot_username=bot_username)
    if parsed is None:
        return answer_help(session, "", locale)
    return answer_parsed(session, parsed, locale)


def answer_parsed(session: Session, parsed: ParsedCommand, locale: str) -> Reply:
    """The reply to a command already read: its answer, its usage when the argument is
    missing, or 'there is no such command' with the help."""
    command = find_command(ALIASES.get(parsed.name, parsed.name))
    if command is None:
        gettext = translator(locale).gettext
        unknown = fill(
            gettext("There is no command {command}."),
            command=f"<code>/{escape(parsed.name)}</code>",
        )
        help_reply = answer_help(session, "", locale)
        return Reply(html=f"{unknown}\n\n{help_reply.html}")
    if command.takes_argument and not clean_query(parsed.argument):
        return usage_reply(command, locale)
    return command.answer(session, parsed.argument, locale)

"""The command registry and dispatcher: every typed line gets an answer, usage or help."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from telegram_html import TELEGRAM_LIMIT, telegram_html_problems

from handlers.commands import COMMANDS, dispatch, parse_command, usage_reply

CALLBACK_DATA_LIMIT = 64


@pytest.fixture
def guangdong(session):
    source = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    make.figure(session, source, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    session.commit()


@pytest.mark.parametrize(
    ("text", "bot", "expected"),
    [
        ("/tradelatest Quảng Đông", None, ("tradelatest", "Quảng Đông")),
        ("  /TRADE   quang tay  ", None, ("trade", "quang tay")),
        ("/tradelatest@BriefBot Quảng Đông", "briefbot", ("tradelatest", "Quảng Đông")),
        ("/tradelatest@briefbot Quảng Đông", "@BriefBot", ("tradelatest", "Quảng Đông")),
        ("/start", None, ("help", "")),
        ("/official Lê\nHoài Trung", None, ("official", "Lê\nHoài Trung")),
        ("/tradelatest@OtherBot Quảng Đông", "briefbot", None),
        ("/tradelatest@BriefBot Quảng Đông", None, None),
        ("Quảng Đông", None, None),
        ("", None, None),
        ("/", None, None),
    ],
)
def test_parse_command(text, bot, expected):
    parsed = parse_command(text, bot_username=bot)
    assert (None if parsed is None else (parsed.name, parsed.argument)) == expected


def test_a_command_addressed_to_this_bot_is_answered(session, guangdong):
    text = dispatch(session, "/tradelatest@BriefBot quang dong", "vi", bot_username="briefbot")
    assert "56,2 tỷ USD" in text.plain()


def test_a_command_for_another_bot_is_not_answered(session, guangdong):
    reply = dispatch(session, "/tradelatest@OtherBot quang dong", "vi", bot_username="briefbot")
    assert "56,2" not in reply.plain()
    assert reply == dispatch(session, "/help", "vi"), "a line not for this bot gets the help"


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.takes_argument], ids=lambda c: c.name)
@pytest.mark.parametrize("argument", ["", "   ", "\x00\x1b"])
def test_a_missing_argument_gets_the_usage_with_an_example(session, command, argument):
    text = dispatch(session, f"/{command.name} {argument}", "en").plain()
    assert command.example in text
    assert command.usage in text


def test_an_unknown_command_gets_the_help(session):
    text = dispatch(session, "/weather Hà Nội", "en").plain()
    assert text.startswith("There is no command /weather.")
    assert all(c.usage in text for c in COMMANDS)


@pytest.mark.parametrize("text", ["/start", "/help", "hello", "/help@briefbot"])
def test_help_lists_every_command_with_an_example(session, text):
    reply = dispatch(session, text, "vi", bot_username="briefbot")
    for command in COMMANDS:
        assert command.name in reply.plain()
        if command.takes_argument:
            assert command.example in reply.plain()
    assert "/tradelatest <tỉnh>" in reply.plain(), "placeholders in the reader's language"


def test_help_for_one_command(session):
    text = dispatch(session, "/help tradelatest", "en").plain()
    assert text.startswith("/tradelatest <province>")
    assert "/officials" not in text


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_example_in_the_help_is_answered(session, guangdong, command):
    reply = dispatch(session, command.example, "vi")
    if command.takes_argument:
        assert reply != usage_reply(command, "vi"), "the example is a complete command"
    assert telegram_html_problems(reply.html) == []


def test_the_registry_names_are_unique_and_menu_ready():
    names = [c.name for c in COMMANDS]
    assert len(names) == len(set(names))
    for command in COMMANDS:
        assert command.usage.startswith(f"/{command.name}")
        assert command.example.startswith(f"/{command.name}")
        assert 3 <= len(command.summary) <= 256, "Telegram's limits for a menu description"


@pytest.mark.parametrize(
    "text",
    [
        "/tradelatest quang",
        "/tradelatest Quảng Ninh",
        "/officials Guangdong",
        "/official Nguyễn",
        "/provinces",
    ],
)
def test_every_choice_fits_in_callback_data_and_resolves(session, text):
    source = make.article(session, event_date=date(2025, 1, 1), provinces=["guangdong"])
    for name in ("Nguyễn Minh Vũ", "Nguyễn Việt Dũng"):
        make.role(session, make.person(session, name, "VN"), source, "Thứ trưởng")
    make.role(
        session,
        make.person(session, "Trương Quốc Trí"),
        source,
        "Phó Tỉnh trưởng",
        province_key="guangdong",
    )
    session.commit()
    reply = dispatch(session, text, "vi")
    assert reply.choices, "this query offers choices"
    for choice in reply.choices:
        assert len(f"{choice.command}|{choice.argument}".encode()) <= CALLBACK_DATA_LIMIT
        followed = dispatch(session, f"/{choice.command} {choice.argument}", "vi")
        assert followed.plain().startswith(choice.label.split(" (")[0])
        assert len(followed.plain()) <= TELEGRAM_LIMIT

"""Whatever a user types — text, any script, markup, control characters, pages of it — every
answer comes back as Telegram-valid HTML within the message limit, and never as an exception."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram_html import TELEGRAM_LIMIT, telegram_html_problems

from handlers.commands import COMMANDS, dispatch

CALLBACK_DATA_LIMIT = 64

# Function-scoped data is shared by the examples of one test on purpose: answers only read it.
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

NAMES = st.sampled_from(
    [
        "Quảng Đông",
        "quang tay",
        "Hà Nam",
        "Quảng Ninh",
        "广东",
        "Nam Ninh",
        "Lê Hoài Trung",
        "Nguyễn",
        "Tom & <Jerry>",
        "#guangdong",
        "#p1",
        "#p99999999999",
    ]
)
NASTY = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<a href='javascript:x'>",
        "&",
        "&amp;",
        "&#0;",
        "<script>",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "\u200b",
        "\n",
        '"',
        "{}",
        "{query}",
        "{0!r}",
        "%s",
        "/",
        "@",
        "#",
    ]
)
QUERIES = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(NAMES, NASTY, st.text(max_size=8)), max_size=8).map("".join),
    st.builds(
        lambda part, times: part * times, st.text(min_size=1, max_size=12), st.integers(300, 800)
    ),
)
LOCALES = st.sampled_from(["vi", "en", "fr", ""])


@pytest.fixture
def world(session):
    """Facts with awkward text in every field that reaches a reply."""
    odd = make.article(
        session,
        title='Tiêu đề <b>đậm</b> & "ngoặc" {query}',
        source="<i>báo</i> & co",
        url='https://example.vn/a?b=1&c="2"',
        event_date=date(2024, 3, 1),
        provinces=["guangdong", "guangxi"],
    )
    make.article(
        session, title="Không có link", source=None, url="javascript:alert(1)", same_story_as=odd
    )
    make.figure(session, odd, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    make.figure(session, odd, year=2025, period="M7", value_usd=None, value=3.5e9, currency="CNY")
    for name, side in (("Lê Hoài Trung", "VN"), ("Tom & <Jerry>", "CN"), ("Nguyễn A", "VN")):
        person = make.person(session, name, side)
        make.role(session, person, odd, "Chức <vụ> & {title}", province_key="guangdong")
    make.meeting(session, odd, [make.person(session, "Lê Hoài Trung", "VN")], label="<hội> & đàm")
    session.commit()
    return session


def assert_sendable(reply) -> None:
    assert telegram_html_problems(reply.html) == []
    assert 0 < len(reply.plain()) <= TELEGRAM_LIMIT
    for choice in reply.choices:
        assert len(f"{choice.command}|{choice.argument}".encode()) <= CALLBACK_DATA_LIMIT


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@EXAMPLES
@given(query=QUERIES, locale=LOCALES)
def test_no_query_breaks_an_answer(world, command, query, locale):
    assert_sendable(command.answer(world, query, locale))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    line=st.one_of(
        st.text(max_size=200),
        st.tuples(
            st.sampled_from([f"/{c.name}" for c in COMMANDS] + ["/start", "/x", "/"]),
            st.sampled_from(["", "@briefbot", "@OtherBot", "@"]),
            st.sampled_from([" ", "\n", "\t", ""]),
            QUERIES,
        ).map("".join),
    ),
    locale=LOCALES,
)
def test_no_typed_line_breaks_the_dispatcher(world, line, locale):
    assert_sendable(dispatch(world, line, locale, bot_username="briefbot"))


def test_markup_in_the_data_is_shown_as_text(world):
    reply = dispatch(world, "/latest Quảng Đông", "vi")
    assert 'Tiêu đề <b>đậm</b> & "ngoặc" {query}' in reply.plain()
    assert "javascript:" not in reply.html, "only web links become links"
    assert_sendable(reply)


def test_a_huge_argument_gets_one_clear_sentence(world):
    reply = dispatch(world, "/tradelatest " + "Quảng Đông " * 400, "en")
    assert reply.plain().startswith("That is too long for a province name.")

"""Replies cut to Telegram's sizes without breaking their HTML, and choices packed into buttons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram_html import telegram_html_problems

from bot.app import file_url
from bot.render import (
    CALLBACK_DATA_LIMIT,
    keyboard,
    pack_choice,
    split_caption,
    split_html,
    unpack_choice,
    visible_length,
)
from handlers.commands import ParsedCommand
from handlers.reply import Choice, Reply


@pytest.mark.parametrize(
    ("html", "length"),
    [
        ("<b>Quảng Đông</b>", 10),
        ("a &amp; b &lt;c&gt; &quot;", 11),
        ("&nbsp;", 6),  # Telegram decodes only four names: any other is shown as written
        ("&#128512;", 2),  # one emoji, two UTF-16 units
        ("  <i>x</i>\n", 1),
        ('<a href="https://example.vn/?a=1&amp;b=2">nguồn</a>', 5),
    ],
)
def test_visible_length_counts_what_telegram_counts(html, length):
    assert visible_length(html) == length


def test_a_reply_that_fits_is_sent_as_it_is():
    html = "<b>Quảng Đông</b>\n2024: 56,2 tỷ USD"
    assert split_html(html) == [html]
    assert split_html("  \n ") == []


@pytest.mark.parametrize(
    ("html", "limit"),
    [
        ("\n".join(f"<b>{i}</b> dòng số {i}" for i in range(200)), 100),
        ("<i>" + "chữ " * 300 + "</i>", 50),
        ("<pre>" + "\n".join("x" * 30 for _ in range(20)) + "</pre>", 100),
        (('<a href="https://example.vn/a">' + "liên kết " * 40 + "</a> &amp; ") * 3, 60),
        ("<b>" + "ư" * 250 + "</b>", 100),
        ("&lt;&gt;&amp;" * 100, 7),
    ],
    ids=["lines", "one-long-italic-line", "preformatted", "link", "no-spaces", "entities"],
)
def test_every_part_is_valid_html_within_the_limit_and_nothing_is_lost(html, limit):
    parts = split_html(html, limit)
    assert len(parts) > 1
    for part in parts:
        assert telegram_html_problems(part) == [], part
        assert 0 < visible_length(part) <= limit
    # Cuts fall between lines, at spaces, or (in a word longer than a part) between letters.
    joined = "".join(Reply(html=part).plain() for part in parts)
    assert "".join(joined.split()) == "".join(Reply(html=html).plain().split())


def test_lines_are_kept_whole_when_they_fit():
    lines = [f"dòng {i:02d} " + "x" * 20 for i in range(10)]
    parts = split_html("\n".join(lines), 60)
    assert parts == ["\n".join(lines[i : i + 2]) for i in range(0, 10, 2)]


def test_a_caption_too_long_continues_in_messages():
    html = "\n".join(f"<b>{year}</b> · 56,2 tỷ USD — nguồn số {year}" for year in range(1990, 2060))
    caption, rest = split_caption(html)
    assert 0 < visible_length(caption) <= 1024
    assert rest and all(visible_length(part) <= 4096 for part in rest)
    assert caption.splitlines()[0] == "<b>1990</b> · 56,2 tỷ USD — nguồn số 1990"
    assert rest[-1].endswith("nguồn số 2059")


@pytest.mark.parametrize(
    "choice",
    [
        Choice("Quảng Đông", "tradelatest", "#guangdong"),
        Choice("Lê Hoài Trung (Việt Nam)", "official", "#p2147483647"),
        Choice("English", "lang", "en"),
        Choice("/provinces", "provinces", ""),
        Choice("x", "latest", "a|b|c"),
    ],
)
def test_a_choice_survives_the_round_trip_through_a_button(choice):
    data = pack_choice(choice)
    assert data is not None and len(data.encode()) <= CALLBACK_DATA_LIMIT
    assert unpack_choice(data) == ParsedCommand(choice.command, choice.argument)


@pytest.mark.parametrize(
    "data", [None, "", "trade:quang-tay", "2|trade|x", "1|Trade Now|x", "1|trade", "|trade|x"]
)
def test_data_of_another_version_or_shape_is_refused(data):
    assert unpack_choice(data) is None


def test_a_choice_too_long_for_a_button_is_left_out():
    fits = Choice("Quảng Đông", "tradelatest", "#guangdong")
    too_long = Choice("Đ", "official", "Đ" * 30)
    assert pack_choice(too_long) is None
    markup = keyboard((fits, too_long))
    assert markup is not None
    assert [b.text for row in markup.inline_keyboard for b in row] == ["Quảng Đông"]
    assert keyboard(()) is None


def test_short_labels_sit_two_to_a_row_long_ones_alone():
    short = tuple(
        Choice(name, "latest", f"#{key}") for name, key in [("A", "a"), ("B", "b"), ("C", "c")]
    )
    assert [len(row) for row in keyboard(short).inline_keyboard] == [2, 1]
    long = (Choice("Trương Quốc Trí (Trung Quốc)", "official", "#p1"), Choice("B", "latest", "#b"))
    assert [len(row) for row in keyboard(long).inline_keyboard] == [1, 1]


@pytest.mark.parametrize(
    ("base", "files"),
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
        ("http://tg.internal/api/bot/", "http://tg.internal/api/file/bot"),
    ],
)
def test_the_file_url_sits_next_to_the_bot_api_url(base, files):
    assert file_url(base) == files


WORDS = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="<>&"),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["&amp;", "&lt;b&gt;", "&quot;", "&#128512;", "😀", "Quảng Đông", "x" * 90]),
)
TAGGED = st.tuples(
    st.sampled_from(["", "b", "i", "code", "a"]), st.lists(WORDS, min_size=1, max_size=8)
)


def _tagged(tag: str, words: list[str]) -> str:
    text = " ".join(words)
    if tag == "a":
        return f'<a href="https://example.vn/?q=1&amp;r=2">{text}</a>'
    return f"<{tag}>{text}</{tag}>" if tag else text


LINES = st.lists(st.lists(TAGGED, min_size=1, max_size=4), min_size=1, max_size=30).map(
    lambda lines: "\n".join(" ".join(_tagged(tag, words) for tag, words in line) for line in lines)
)


@settings(max_examples=150, deadline=None)
@given(html=LINES, limit=st.integers(min_value=8, max_value=300))
def test_any_balanced_reply_splits_into_valid_parts_that_keep_every_character(html, limit):
    parts = split_html(html, limit)
    for part in parts:
        assert telegram_html_problems(part) == [], part
        assert 0 < visible_length(part) <= limit
    joined = "".join(Reply(html=part).plain() for part in parts)
    assert "".join(joined.split()) == "".join(Reply(html=html).plain().split())

"""The fake Bot API's rules on their own: Telegram's HTML dialect and flood-control buckets."""

from __future__ import annotations

import pytest
from fakebot import FloodControl, ManualClock, TokenBucket
from fakebot.protocol import ApiError
from fakebot.tghtml import format_text, parse_html, utf16_length


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("<b>Quảng Tây</b> 2024", "Quảng Tây 2024", [("bold", 0, 9)]),
        (
            "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>",
            "abcd",
            [("bold", 0, 1), ("italic", 1, 1), ("underline", 2, 1), ("strikethrough", 3, 1)],
        ),
        ("5 &lt; 6 &amp;&amp; 7 &gt; 6 &quot;ok&quot;", '5 < 6 && 7 > 6 "ok"', []),
        ("R&D, &nbsp; and &copy; stay as typed", "R&D, &nbsp; and &copy; stay as typed", []),
        ("&#272;&#x1EA1;i", "Đại", []),
        ("🇻🇳 <i>Việt Nam</i>", "🇻🇳 Việt Nam", [("italic", 5, 8)]),
        ("<B>upper</B>", "upper", [("bold", 0, 5)]),
        ("<b>nested <i>tags</i></b>", "nested tags", [("bold", 0, 11), ("italic", 7, 4)]),
        (
            '<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>',
            "xy",
            [("spoiler", 0, 1), ("spoiler", 1, 1)],
        ),
        ("<b>closed by </>", "closed by", [("bold", 0, 9)]),
        ("<b></b>empty tags make no entity", "empty tags make no entity", []),
        ("  \n<b>trimmed</b> \n", "trimmed", [("bold", 0, 7)]),
    ],
)
def test_html_becomes_text_and_entities_like_telegram(
    html: str, text: str, entities: list[tuple[str, int, int]]
) -> None:
    formatted = format_text(html, "HTML", None)
    assert formatted.text == text
    assert [(e["type"], e["offset"], e["length"]) for e in formatted.entities] == entities


def test_links_code_blocks_and_quotes_keep_their_arguments() -> None:
    formatted = parse_html(
        '<a href="https://example.org/?a=1&amp;b=2">nguồn</a> '
        '<pre><code class="language-python">x = 1</code></pre> '
        "<blockquote expandable>q</blockquote> "
        '<a href="tg://user?id=42">người</a>'
    )
    assert formatted.entities == [
        {"type": "text_link", "offset": 0, "length": 5, "url": "https://example.org/?a=1&b=2"},
        {"type": "pre", "offset": 6, "length": 5, "language": "python"},
        {"type": "expandable_blockquote", "offset": 12, "length": 1},
        {
            "type": "text_mention",
            "offset": 14,
            "length": 5,
            "user": {"id": 42, "is_bot": False, "first_name": "42"},
        },
    ]


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<p>para</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("Đà Nẵng <br>", 'Unsupported start tag "br" at byte offset 12'),
        ("giá < 5", 'Unsupported start tag "" at byte offset 5'),
        ("ends with <", "Unclosed start tag at byte offset 10"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<a href=x,y>z</a>", "Unexpected end of name token at byte offset 8"),
        ('<a href="x>y</a>', "Unclosed start tag at byte offset 0"),
        ("<b class>x</b>", 'Expected equal sign in declaration of an attribute of the tag "b"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("&#xD800;", "Text contains invalid Unicode characters after decoding HTML entities"),
    ],
)
def test_malformed_html_is_refused_with_telegrams_reason(html: str, reason: str) -> None:
    with pytest.raises(ApiError) as refused:
        parse_html(html)
    assert refused.value.status == 400
    assert refused.value.description.startswith("Bad Request: can't parse entities: ")
    assert reason in refused.value.description


def test_explicit_entities_must_fit_the_text() -> None:
    assert format_text("Hà Nội", None, [{"type": "bold", "offset": 0, "length": 6}]).entities
    with pytest.raises(ApiError, match="ends after the end of the text"):
        format_text("Hà Nội", None, [{"type": "bold", "offset": 2, "length": 6}])
    with pytest.raises(ApiError, match="unsupported entity type"):
        format_text("Hà Nội", None, [{"type": "blink", "offset": 0, "length": 1}])


def test_only_html_is_parsed() -> None:
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        format_text("*x*", "MarkdownV2", None)


@pytest.mark.parametrize(("text", "units"), [("abc", 3), ("Quảng Đông", 10), ("📈", 2), ("", 0)])
def test_entity_offsets_count_utf16_code_units(text: str, units: int) -> None:
    assert utf16_length(text) == units


def test_token_bucket_refills_with_the_clock() -> None:
    clock = ManualClock()
    bucket = TokenBucket(rate=2, capacity=2, clock=clock)
    bucket.take()
    bucket.take()
    assert bucket.wait_time() == pytest.approx(0.5)
    clock.advance(0.25)
    assert bucket.wait_time() == pytest.approx(0.25)
    clock.advance(0.25)
    assert bucket.wait_time() == 0


def test_flood_control_limits_each_chat_and_the_whole_bot() -> None:
    clock = ManualClock()
    flood = FloodControl(
        overall_per_second=3, per_chat_per_second=1, per_group_per_minute=None, clock=clock
    )
    flood.admit(1, is_group=False)
    with pytest.raises(ApiError) as per_chat:
        flood.admit(1, is_group=False)
    assert per_chat.value.status == 429
    assert per_chat.value.parameters == {"retry_after": 1}
    flood.admit(2, is_group=False)
    flood.admit(3, is_group=False)
    with pytest.raises(ApiError) as overall:
        flood.admit(4, is_group=False)
    assert overall.value.parameters == {"retry_after": pytest.approx(1 / 3, abs=1e-3)}
    clock.advance(1)
    flood.admit(1, is_group=False)
    assert flood.refused == 2


def test_flood_control_limits_groups_per_minute_in_whole_seconds() -> None:
    clock = ManualClock()
    flood = FloodControl(
        overall_per_second=None,
        per_chat_per_second=None,
        per_group_per_minute=2,
        clock=clock,
        whole_seconds=True,
    )
    flood.admit(-5, is_group=True)
    flood.admit(-5, is_group=True)
    with pytest.raises(ApiError) as refused:
        flood.admit(-5, is_group=True)
    assert refused.value.description == "Too Many Requests: retry after 30"
    assert refused.value.parameters == {"retry_after": 30}

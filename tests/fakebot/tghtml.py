"""Telegram's HTML dialect, parsed the way the Bot API does: plain text, entities, or its error.

Telegram accepts a small fixed set of tags, decodes only &lt; &gt; &amp; &quot; and numeric
references (any other `&…` stays literal text), and reports mistakes with the byte offset of
the offending tag. Entity offsets and lengths count UTF-16 code units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .protocol import bad_request

ENTITY_TYPES = {
    "a": "text_link",
    "b": "bold",
    "blockquote": "blockquote",
    "code": "code",
    "del": "strikethrough",
    "em": "italic",
    "i": "italic",
    "ins": "underline",
    "pre": "pre",
    "s": "strikethrough",
    "span": "spoiler",
    "strike": "strikethrough",
    "strong": "bold",
    "tg-emoji": "custom_emoji",
    "tg-spoiler": "spoiler",
    "u": "underline",
}
MESSAGE_ENTITY_TYPES = frozenset(
    {
        "mention",
        "hashtag",
        "cashtag",
        "bot_command",
        "url",
        "email",
        "phone_number",
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "blockquote",
        "expandable_blockquote",
        "code",
        "pre",
        "text_link",
        "text_mention",
        "custom_emoji",
    }
)
NAMED_REFERENCES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
SPACES = frozenset(" \t\n\r\f\v")

_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]+)|(?P<dec>[0-9]+));?")
_NAMED_REFERENCE = re.compile(r"&(?P<name>[a-zA-Z]+);?")
_UNQUOTED_VALUE = re.compile(r"[a-zA-Z0-9.\-]*")
_TEXT_MENTION_URL = re.compile(r"tg://user\?id=(?P<id>[0-9]+)$")
_INVALID_UNICODE = (
    "Text contains invalid Unicode characters after decoding HTML entities, "
    "check for unmatched surrogate code units"
)


@dataclass(frozen=True, slots=True)
class FormattedText:
    """Message text after entity parsing, with its entities as Bot API JSON."""

    text: str
    entities: list[dict[str, Any]]


@dataclass(slots=True)
class _OpenTag:
    name: str
    argument: str
    utf16_start: int
    text_start: int


def utf16_length(text: str) -> int:
    """The length of `text` in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(html: str) -> FormattedText:
    """The text and entities Telegram makes of `html`; raises ApiError 400 like Telegram."""
    try:
        return _parse(html)
    except _ParseError as exc:
        raise bad_request(f"can't parse entities: {exc}") from None


def format_text(text: str, parse_mode: str | None, entities: Any) -> FormattedText:
    """The message text a send or edit call produces, trimmed the way Telegram trims it."""
    if parse_mode:
        if parse_mode.lower() != "html":
            raise bad_request(f"unsupported parse_mode {parse_mode!r} (this fake parses HTML)")
        formatted = parse_html(text)
    else:
        formatted = FormattedText(text, checked_entities(text, entities))
    return _trimmed(formatted)


def checked_entities(text: str, entities: Any) -> list[dict[str, Any]]:
    """Explicit `entities` of a request, refused when they do not fit the text."""
    if entities is None:
        return []
    if not isinstance(entities, list):
        raise bad_request("can't parse entities: the entities must be an Array")
    length = utf16_length(text)
    for entity in entities:
        kind = entity.get("type") if isinstance(entity, dict) else None
        offset, size = (entity.get("offset"), entity.get("length")) if kind else (None, None)
        if kind not in MESSAGE_ENTITY_TYPES:
            raise bad_request(f"can't parse entities: unsupported entity type {kind!r}")
        if not isinstance(offset, int) or not isinstance(size, int) or offset < 0 or size < 1:
            raise bad_request("can't parse entities: entity offset or length is invalid")
        if offset + size > length:
            raise bad_request(
                f"can't parse entities: entity beginning at UTF-16 offset {offset} "
                f"ends after the end of the text at UTF-16 offset {length}"
            )
    return [dict(entity) for entity in entities]


class _ParseError(Exception):
    """A mistake in the markup, worded as Telegram words it."""


def _parse(html: str) -> FormattedText:
    out: list[str] = []
    utf16 = 0
    stack: list[_OpenTag] = []
    closed: list[tuple[_OpenTag, int, str]] = []
    i = 0
    while i < len(html):
        char = html[i]
        if char == "&":
            decoded, end = _reference(html, i)
            if decoded is not None:
                out.append(decoded)
                utf16 += utf16_length(decoded)
                i = end
                continue
        if char != "<":
            out.append(char)
            utf16 += utf16_length(char)
            i += 1
            continue
        if html[i + 1 : i + 2] == "/":
            i, tag = _end_tag(html, i, stack)
            inner = "".join(out[tag.text_start :])
            if utf16 > tag.utf16_start:
                closed.append((tag, utf16 - tag.utf16_start, inner))
        else:
            i, tag = _start_tag(html, i)
            tag.utf16_start, tag.text_start = utf16, len(out)
            stack.append(tag)
    if stack:
        raise _ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return FormattedText("".join(out), _entities(closed))


def _byte_offset(html: str, index: int) -> int:
    return len(html[:index].encode("utf-8", "surrogatepass"))


def _reference(html: str, i: int) -> tuple[str | None, int]:
    """The character an `&…` reference at `i` stands for (None: literal `&`), and where it ends."""
    if numeric := _NUMERIC_REFERENCE.match(html, i):
        digits, base = (numeric["hex"], 16) if numeric["hex"] else (numeric["dec"], 10)
        code = int(digits[:8], base)
        if code == 0 or code > 0x10FFFF:
            return None, i
        if 0xD800 <= code <= 0xDFFF:
            raise _ParseError(_INVALID_UNICODE)
        return chr(code), numeric.end()
    if (named := _NAMED_REFERENCE.match(html, i)) and named["name"] in NAMED_REFERENCES:
        return NAMED_REFERENCES[named["name"]], named.end()
    return None, i


def _start_tag(html: str, begin: int) -> tuple[int, _OpenTag]:
    i = begin + 1
    while i < len(html) and html[i] not in SPACES and html[i] != ">":
        i += 1
    if i >= len(html):
        raise _ParseError(f"Unclosed start tag at byte offset {_byte_offset(html, begin)}")
    name = html[begin + 1 : i].lower()
    where = f"at byte offset {_byte_offset(html, begin)}"
    if name not in ENTITY_TYPES:
        raise _ParseError(f'Unsupported start tag "{name}" {where}')
    argument = ""
    while True:
        while i < len(html) and html[i] in SPACES:
            i += 1
        if i < len(html) and html[i] == ">":
            break
        attribute, value, i = _attribute(html, i, name, where)
        argument = _tag_argument(name, attribute, value, argument)
    if name == "span" and argument != "spoiler":
        raise _ParseError(f'Tag "span" must have class "tg-spoiler" {where}')
    return i + 1, _OpenTag(name, argument, 0, 0)


def _attribute(html: str, i: int, tag: str, where: str) -> tuple[str, str, int]:
    """One `name=value` of a start tag: its name, decoded value, and the index after it."""
    start = i
    while i < len(html) and html[i] not in SPACES and html[i] not in "=>":
        i += 1
    attribute = html[start:i].lower()
    if not attribute:
        raise _ParseError(f'Empty attribute name in the tag "{tag}" {where}')
    while i < len(html) and html[i] in SPACES:
        i += 1
    if i >= len(html):
        raise _ParseError(f'Unclosed start tag "{tag}" {where}')
    if html[i] != "=":
        if tag == "blockquote" and attribute == "expandable":
            return attribute, "", i
        raise _ParseError(
            f'Expected equal sign in declaration of an attribute of the tag "{tag}" {where}'
        )
    i += 1
    while i < len(html) and html[i] in SPACES:
        i += 1
    if i >= len(html):
        raise _ParseError(f'Unclosed start tag "{tag}" {where}')
    quote = html[i]
    if quote not in "\"'":
        token = _UNQUOTED_VALUE.match(html, i)
        end = token.end() if token else i
        if end >= len(html) or (html[end] not in SPACES and html[end] != ">"):
            raise _ParseError(
                f"Unexpected end of name token at byte offset {_byte_offset(html, i)}"
            )
        return attribute, html[i:end], end
    close = html.find(quote, i + 1)
    if close < 0:
        raise _ParseError(f"Unclosed start tag {where}")
    return attribute, _decoded(html[i + 1 : close]), close + 1


def _decoded(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        decoded, end = _reference(value, i) if value[i] == "&" else (None, i)
        out.append(decoded if decoded is not None else value[i])
        i = end if decoded is not None else i + 1
    return "".join(out)


def _tag_argument(tag: str, attribute: str, value: str, current: str) -> str:
    """What a tag keeps of an attribute: a link's URL, a code block's language, and so on."""
    if tag == "a" and attribute == "href":
        return value
    if tag == "code" and attribute == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attribute == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and attribute == "emoji-id":
        return value
    if tag == "blockquote" and attribute == "expandable":
        return "expandable"
    return current


def _end_tag(html: str, begin: int, stack: list[_OpenTag]) -> tuple[int, _OpenTag]:
    where = f"at byte offset {_byte_offset(html, begin)}"
    if not stack:
        raise _ParseError(f"Unexpected end tag {where}")
    i = begin + 2
    while i < len(html) and html[i] not in SPACES and html[i] != ">":
        i += 1
    name = html[begin + 2 : i].lower()
    while i < len(html) and html[i] in SPACES:
        i += 1
    if i >= len(html) or html[i] != ">":
        raise _ParseError(f"Unclosed end tag {where}")
    expected = stack[-1].name
    if name and name != expected:
        raise _ParseError(f'Unmatched end tag {where}, expected "</{expected}>", found "</{name}>"')
    return i + 1, stack.pop()


def _entities(closed: list[tuple[_OpenTag, int, str]]) -> list[dict[str, Any]]:
    """Bot API entities for the closed tags, `<pre><code class="language-x">` made one."""
    entities: list[dict[str, Any]] = []
    spans = {(tag.name, tag.utf16_start, length): tag for tag, length, _ in closed}
    for tag, length, inner in closed:
        entity: dict[str, Any] = {
            "type": ENTITY_TYPES[tag.name],
            "offset": tag.utf16_start,
            "length": length,
        }
        if tag.name == "a":
            url = tag.argument or inner
            if not url:
                continue
            if mention := _TEXT_MENTION_URL.match(url):
                entity.update(type="text_mention", user=_mentioned_user(int(mention["id"])))
            else:
                entity["url"] = url
        elif tag.name == "tg-emoji":
            if not tag.argument:
                continue
            entity["custom_emoji_id"] = tag.argument
        elif tag.name == "blockquote" and tag.argument:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "code" and tag.argument and ("pre", tag.utf16_start, length) in spans:
            continue
        elif tag.name == "pre":
            code = spans.get(("code", tag.utf16_start, length))
            if code is not None and code.argument:
                entity["language"] = code.argument
        entities.append(entity)
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _mentioned_user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": str(user_id)}


def _trimmed(formatted: FormattedText) -> FormattedText:
    """Telegram drops whitespace around a message; entities move and shrink with the text."""
    text = formatted.text
    lead = utf16_length(text[: len(text) - len(text.lstrip())])
    body = text.strip()
    end = lead + utf16_length(body)
    entities = []
    for entity in formatted.entities:
        start, stop = max(entity["offset"], lead), min(entity["offset"] + entity["length"], end)
        if stop > start:
            entities.append({**entity, "offset": start - lead, "length": stop - start})
    return FormattedText(body, entities)

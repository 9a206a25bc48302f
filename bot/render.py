"""Replies cut to Telegram's sizes, and choices turned into buttons and back.

Telegram counts a message's length after parsing its HTML (tags are free, `&amp;` is one
character) in UTF-16 units, and refuses a text over 4,096 or a caption over 1,024. Long replies
are cut at line boundaries, a line too long on its own at a space (or, failing that, between
characters), never inside a tag or an entity; tags open at a cut are closed before it and
opened again after it, so every part is valid HTML on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.commands import ParsedCommand
from handlers.reply import Choice

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
# Prefix of every button's data; a button from a version with another layout is refused.
CALLBACK_VERSION = "1"
# Buttons with labels this short sit two to a row.
SHORT_LABEL = 16

_PIECE = re.compile(
    r"(?P<tag><(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)[^<>]*>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<newline>\n)"
    r"|(?P<space>[^\S\n]+)"
    r"|(?P<word>[^\s<&]+|[<&])"
)
_CALLBACK_DATA = re.compile(
    r"^(?P<version>[^|]+)\|(?P<name>[a-z0-9_]{1,32})\|(?P<argument>.*)$", re.S
)
# The only named entities Telegram decodes; any other `&name;` is shown as written.
_NAMED_ENTITIES = {"&lt;", "&gt;", "&amp;", "&quot;"}


@dataclass(frozen=True, slots=True)
class _Piece:
    raw: str
    width: int = 0  # UTF-16 units Telegram counts
    tag: str | None = None  # the name of an opening or closing tag
    closing: bool = False
    newline: bool = False
    space: bool = False


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _entity_width(raw: str) -> int:
    if raw in _NAMED_ENTITIES:
        return 1
    if raw.startswith("&#"):
        digits = raw[2:-1]
        code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
        return 2 if code > 0xFFFF else 1
    return utf16_length(raw)


def _pieces(html: str) -> list[_Piece]:
    pieces = []
    for match in _PIECE.finditer(html):
        raw = match.group(0)
        if match.group("tag"):
            name = match.group("name").lower()
            pieces.append(_Piece(raw, tag=name, closing=bool(match.group("slash"))))
        elif match.group("entity"):
            pieces.append(_Piece(raw, _entity_width(raw)))
        elif match.group("newline"):
            pieces.append(_Piece(raw, 1, newline=True))
        else:
            pieces.append(_Piece(raw, utf16_length(raw), space=bool(match.group("space"))))
    return pieces


def visible_length(html: str) -> int:
    """How many characters Telegram counts in `html` once parsed (surrounding space trimmed)."""
    return sum(p.width for p in _pieces(html.strip()))


def _lines(pieces: list[_Piece]) -> list[list[_Piece]]:
    lines: list[list[_Piece]] = [[]]
    for piece in pieces:
        if piece.newline:
            lines.append([])
        else:
            lines[-1].append(piece)
    return lines


def _narrow(pieces: list[_Piece], limit: int) -> list[_Piece]:
    """Words wider than `limit` cut into parts that fit (between characters)."""
    narrow: list[_Piece] = []
    for piece in pieces:
        if piece.width <= limit or piece.tag or piece.raw.startswith("&"):
            narrow.append(piece)
            continue
        part = ""
        for char in piece.raw:
            if utf16_length(part + char) > limit:
                narrow.append(_Piece(part, utf16_length(part)))
                part = ""
            part += char
        narrow.append(_Piece(part, utf16_length(part)))
    return narrow


def _fragments(line: list[_Piece], limit: int) -> list[list[_Piece]]:
    """A line too long for one message as consecutive parts, cut at spaces where possible."""
    fragments: list[list[_Piece]] = []
    current: list[_Piece] = []
    width = 0
    for piece in _narrow(line, limit):
        while current and width + piece.width > limit:
            cut = max((i for i, p in enumerate(current) if p.space), default=len(current) - 1)
            fragments.append(current[: cut + 1])
            current = current[cut + 1 :]
            width = sum(p.width for p in current)
        current.append(piece)
        width += piece.width
    fragments.append(current)
    return fragments


def _chunks(pieces: list[_Piece], limit: int) -> list[list[_Piece]]:
    """Pieces grouped into parts of at most `limit` visible units, whole lines where possible."""
    chunks: list[list[_Piece]] = []
    current: list[_Piece] = []
    width = 0
    for line in _lines(pieces):
        line_width = sum(p.width for p in line)
        separator = 1 if current else 0
        if width + separator + line_width <= limit:
            if current:
                current.append(_Piece("\n", 1, newline=True))
            current.extend(line)
            width += separator + line_width
            continue
        if current:
            chunks.append(current)
        fragments = [line] if line_width <= limit else _fragments(line, limit)
        chunks.extend(fragments[:-1])
        current = fragments[-1]
        width = sum(p.width for p in current)
    chunks.append(current)
    return chunks


def _balanced(chunks: list[list[_Piece]]) -> list[str]:
    """Each part with the tags still open before it reopened and those open after it closed."""
    parts: list[str] = []
    open_tags: list[tuple[str, str]] = []
    for chunk in chunks:
        reopened = "".join(raw for _, raw in open_tags)
        for piece in chunk:
            if piece.tag is None:
                continue
            if not piece.closing:
                open_tags.append((piece.tag, piece.raw))
            elif open_tags and open_tags[-1][0] == piece.tag:
                open_tags.pop()
        closed = "".join(f"</{name}>" for name, _ in reversed(open_tags))
        if sum(p.width for p in chunk if not p.space and not p.newline):
            parts.append(reopened + "".join(p.raw for p in chunk).strip() + closed)
    return parts


def split_html(html: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """`html` as parts Telegram accepts, each at most `limit` visible characters."""
    html = html.strip()
    if visible_length(html) <= limit:
        return [html] if html else []
    return _balanced(_chunks(_pieces(html), limit))


def split_caption(html: str) -> tuple[str, list[str]]:
    """A photo's caption that fits, and the messages carrying the rest."""
    parts = split_html(html, CAPTION_LIMIT)
    if not parts:
        return "", []
    return parts[0], split_html("\n".join(parts[1:]))


def pack_choice(choice: Choice) -> str | None:
    """A button's callback data for `choice`, or None when it cannot fit in 64 bytes."""
    data = f"{CALLBACK_VERSION}|{choice.command}|{choice.argument}"
    return data if len(data.encode()) <= CALLBACK_DATA_LIMIT else None


def unpack_choice(data: str | None) -> ParsedCommand | None:
    """The command a button asks, or None for data of another version or shape."""
    match = _CALLBACK_DATA.match(data or "")
    if match is None or match.group("version") != CALLBACK_VERSION:
        return None
    return ParsedCommand(name=match.group("name"), argument=match.group("argument"))


def keyboard(choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """One button per choice (two to a row when labels are short); None without choices."""
    buttons = [
        InlineKeyboardButton(choice.label, callback_data=data)
        for choice in choices
        if (data := pack_choice(choice)) is not None
    ]
    if not buttons:
        return None
    columns = 2 if all(len(b.text) <= SHORT_LABEL for b in buttons) else 1
    return InlineKeyboardMarkup([buttons[i : i + columns] for i in range(0, len(buttons), columns)])

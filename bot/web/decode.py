"""Fetched bytes to text: the declared character set, else detection, and always NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata
from email.message import Message

import charset_normalizer

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([a-z0-9._-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are in fact windows-1252.
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_TEXT_SUBTYPE_SUFFIXES = ("xml", "json")


def media_type(content_type: str | None) -> str | None:
    """The bare media type of a Content-Type header ("text/html"), or None when absent."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    return message.get_content_type()


def is_textual(content_type: str | None) -> bool:
    """Whether a body of this Content-Type is text (HTML, XML, feeds, JSON); unknown counts."""
    kind = media_type(content_type)
    if kind is None:
        return True
    main, _, sub = kind.partition("/")
    return main == "text" or sub.endswith(_TEXT_SUBTYPE_SUFFIXES)


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_content_charset()
    return charset or None


def document_charset(content: bytes) -> str | None:
    """The charset a document declares at its start (XML declaration or HTML meta), if any."""
    head = content[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_text(content: bytes, content_type: str | None) -> str:
    """The text of `content` in NFC; UnicodeError when no character set decodes it.

    A byte-order mark wins, then valid non-ASCII UTF-8 (pages often mislabel it), then what the
    header and the document declare, then charset-normalizer's best guess.
    """
    for encoding in _encodings_to_try(content, content_type):
        try:
            text = content.decode(_BROWSER_ALIASES.get(encoding, encoding))
        except (LookupError, UnicodeDecodeError):
            continue
        return unicodedata.normalize("NFC", text)
    guess = charset_normalizer.from_bytes(content).best()
    if guess is None:
        raise UnicodeError("no character set decodes the content")
    return unicodedata.normalize("NFC", str(guess))


def _encodings_to_try(content: bytes, content_type: str | None) -> list[str]:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return [encoding]
    declared = [e for e in (header_charset(content_type), document_charset(content)) if e]
    if _is_non_ascii_utf8(content):
        return ["utf-8", *declared]
    return [*declared, "utf-8"]


def _is_non_ascii_utf8(content: bytes) -> bool:
    """Valid UTF-8 with some non-ASCII byte: text in a legacy charset almost never is."""
    if content.isascii() or b"\x00" in content:
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

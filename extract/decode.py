"""Raw article bytes to text: size limit, binary data, UTF-8/UTF-16, old Vietnamese code pages."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from extract.errors import RejectedArticle

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Articles larger than this are rejected before any parsing (10 MB)."""

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "a program",
}
# Control characters (Unicode category Cc: U+0000-001F, U+007F-009F) but tab, line and page
# breaks.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NOT_UTF8 = (
    "The file is not UTF-8 text and its encoding could not be recognised with confidence; "
    "save it as UTF-8 and try again."
)
# Letters of the Vietnamese alphabet beyond ASCII, both cases, NFC.
_VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)


def limit_message() -> str:
    """The sentence that rejects an article over the size limit."""
    return f"The article is larger than the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit."


def decode_article(data: bytes | str) -> str:
    """The article as NFC text, or RejectedArticle saying in one sentence why it cannot be read."""
    if isinstance(data, str):
        if len(data) > MAX_ARTICLE_BYTES or len(data.encode("utf-8")) > MAX_ARTICLE_BYTES:
            raise RejectedArticle(limit_message())
        text = data.removeprefix("\ufeff")
    else:
        if len(data) > MAX_ARTICLE_BYTES:
            raise RejectedArticle(limit_message())
        text = _decode_bytes(data)
    if not text.strip():
        raise RejectedArticle("The article is empty.")
    if _looks_binary(text):
        raise RejectedArticle("The file is binary data, not article text.")
    return unicodedata.normalize("NFC", text)


def _decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise RejectedArticle("The article is empty.")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise RejectedArticle(f"The file is {what}, not article text.")
    if data.startswith(_UTF32_BOMS):
        return _strict(data, "utf-32")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16)
    if b"\x00" in data:
        raise RejectedArticle("The file is binary data, not article text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise RejectedArticle(
            f"The file looks like {encoding.upper()} text but does not decode as such."
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs fill every other byte, as ASCII-heavy UTF-16 does."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> str:
    """Text in a legacy code page (Windows-1258…), kept only when it then reads as Vietnamese."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise RejectedArticle(_NOT_UTF8)
    text = unicodedata.normalize("NFC", str(best))
    if not _reads_as_vietnamese(text):
        raise RejectedArticle(_NOT_UTF8)
    return text


def _reads_as_vietnamese(text: str) -> bool:
    """True when nearly every non-ASCII letter belongs to the Vietnamese alphabet (or is CJK).

    TCVN3 or VISCII bytes read through a Western code page give letters such as 'Ö', '¸' or '¬'
    that Vietnamese does not use; a handful of them means the guess was wrong.
    """
    foreign = vietnamese = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _VIETNAMESE_LETTERS:
            vietnamese += 1
        elif (ch.isalpha() and not _is_cjk(ch)) or unicodedata.category(ch) in {
            "So",
            "Sk",
            "Sm",
            "Cc",
            "Co",
            "Cn",
        }:
            foreign += 1
    return vietnamese >= 3 and foreign <= 0.02 * (vietnamese + foreign)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _looks_binary(text: str) -> bool:
    """NUL characters, or more than 5 % control characters in the first 64 kB."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = len(_CONTROLS.findall(sample))
    return controls > 0.05 * len(sample)

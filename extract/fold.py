"""Folding of names for matching: case, diacritics, đ, spacing and administrative prefixes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[^\w ]+")
_SPACES = re.compile(r"[\s\u00a0\u200b_\-–—.,;:/()]+")
_ADMIN_PREFIX = re.compile(
    r"^(?:tinh|khu tu tri(?: dan toc (?:choang|hoi|duy ngo nhi))?|thanh pho|tp"
    r"|dac khu(?: hanh chinh)?|province of|province|autonomous region|municipality)\s+"
)
# The kind word English and Chinese write after the name ('Yunnan province', 'Guangxi Zhuang
# Autonomous Region', '广西壮族自治区', '重庆市'), with the people a region is named for. 'City'
# is not one: it is part of a Vietnamese name ('Ho Chi Minh City').
_ADMIN_SUFFIX = re.compile(
    r"(?<=\w)(?:\s+(?:(?:zhuang|hui|uyghur|uygur|uighur)\s+)?autonomous region"
    r"|\s+special administrative region|\s+sar|\s+province|\s+municipality"
    r"|(?:壮族|壯族|回族|维吾尔|維吾爾)?自治[区區]|特[别別]行政[区區]|省|市)$"
)


# Vietnamese marks (U+0300-U+036F but the grapheme joiner U+034F, which is no mark) are
# removed in one pass; the few other non-ASCII characters left (quotes, dashes, other
# scripts) are tested one by one for being a mark.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_NOT_ASCII = re.compile("[^\x00-\x7f]")


def _unless_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def strip_diacritics(text: str) -> str:
    """'Quảng Đông' -> 'Quang Dong' (NFD, combining marks dropped, đ/Đ -> d/D)."""
    stripped = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text))
    stripped = _NOT_ASCII.sub(_unless_mark, stripped)
    return stripped.replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """A matching key: lower case, no diacritics, single spaces; NFC and NFD fold alike."""
    text = strip_diacritics(unicodedata.normalize("NFC", text)).casefold()
    return _SPACES.sub(" ", text).strip()


def fold_words(text: str) -> str:
    """`fold` with punctuation dropped: '“Lê Hoài Trung”!' -> 'le hoai trung', 'H.E.' -> 'h e'."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


# The gazetteer folds every place an article names, again for each reader that looks it up: a
# few hundred names in all, each folded once.
@lru_cache(maxsize=1024)
def fold_place(text: str) -> str:
    """`fold` without an administrative word before or after the name: 'tỉnh Quảng Đông',
    'Guangdong Province' and '广东省' -> 'quang dong', 'guangdong', '广东'."""
    folded = fold(text)
    while True:
        shorter = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", folded, count=1), count=1)
        if shorter == folded:
            return folded
        folded = shorter


def nfc(text: str) -> str:
    """Text in NFC, the form every stored name takes."""
    return unicodedata.normalize("NFC", text)

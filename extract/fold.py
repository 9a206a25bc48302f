"""Folding of names for matching: case, diacritics, đ, spacing and administrative prefixes."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u200b_\-–—.,;:/()]+")
_ADMIN_PREFIX = re.compile(
    r"^(?:tinh|khu tu tri(?: dan toc (?:choang|hoi|duy ngo nhi))?|thanh pho|tp"
    r"|dac khu(?: hanh chinh)?|province of|province|autonomous region|municipality)\s+"
)


def strip_diacritics(text: str) -> str:
    """'Quảng Đông' -> 'Quang Dong' (NFD, combining marks dropped, đ/Đ -> d/D)."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """A matching key: lower case, no diacritics, single spaces; NFC and NFD fold alike."""
    text = strip_diacritics(unicodedata.normalize("NFC", text)).casefold()
    return _SPACES.sub(" ", text).strip()


def fold_place(text: str) -> str:
    """`fold` without a leading administrative word: 'tỉnh Quảng Đông' -> 'quang dong'."""
    folded = fold(text)
    while True:
        shorter = _ADMIN_PREFIX.sub("", folded, count=1)
        if shorter == folded:
            return folded
        folded = shorter


def nfc(text: str) -> str:
    """Text in NFC, the form every stored name takes."""
    return unicodedata.normalize("NFC", text)

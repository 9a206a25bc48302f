"""The parties of a figure: whether Vietnam is one, and which Chinese province (or China) is
the other."""

from __future__ import annotations

import re

from extract.trade_sentence import Sentence
from extract.trade_words import trade_words


def involves_vietnam(sentence: Sentence, start: int, end: int | None = None) -> bool:
    """Vietnam is a party: named before position `start` (the amount), or right after `end`
    ('… với Việt Nam')."""
    words = trade_words()
    # Up to the clause's end: '…, trong đó với Việt Nam đạt …' is a part of that amount.
    after = re.split(r"[,;]", sentence.text[end : end + 40])[0] if end is not None else ""
    return (
        sentence.has(words.vietnam_named, 0, start)
        or sentence.has(words.both_sides, 0, start)
        or sentence.has(words.two_countries, 0, start)
        or "Việt Nam" in after
    )

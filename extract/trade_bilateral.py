"""What is not Vietnam's bilateral trade with the other side: a product's, a border gate's, words
other than plain trade words between the trade word and the amount."""

from __future__ import annotations

import re
from itertools import pairwise

from extract.trade_sentence import Sentence
from extract.trade_words import trade_words

_ROMAN_OR_NUMBER = re.compile(r"^(?:[IVX]+|\d+(?:[.,]\d+)*)$")
# 'hàng hóa': goods in general; any other word after 'hàng' names a product group.
_GOODS = frozenset({"hóa", "hoá"})


def plain_trade_words(sentence: Sentence, start: int, end: int, *, trend: bool = False) -> bool:
    """Between the trade word and the amount only words of plain bilateral trade: parties,
    periods, 'đạt khoảng'… A product or a border gate there makes it a partial figure.
    With `trend`, words telling how trade went count as plain too ('tăng trưởng nhanh')."""
    words = trade_words()
    allowed = words.allowed | words.trend if trend else words.allowed
    partners = sentence.article_partner_words(start, end)
    previous = ""
    for token in sentence.tokens:
        if token.start < start or token.end > end or not token.is_word:
            continue
        key = token.key
        bordering = key == "giáp" or (previous == "giáp" and key == "biên")
        previous = key
        if key in allowed or _ROMAN_OR_NUMBER.match(token.text) or bordering:
            continue  # 'hai địa phương giáp biên là …': the parties, not border trade
        if any(p.start <= token.start and token.end <= p.end for p in sentence.places):
            continue
        if any(a <= token.start and token.end <= b for a, b in partners):
            continue
        return False
    return True


def product_before(sentence: Sentence, limit: int) -> bool:
    """A product group as the subject of the trade word at `limit`, in its clause: 'hàng
    nông sản Việt Nam xuất sang …', 'mặt hàng rau quả xuất khẩu …' (not 'hàng hóa')."""
    clause = max(sentence.text.rfind(mark, 0, limit) for mark in ",;:") + 1
    if _names_a_product(sentence, clause, limit):
        return True
    # 'Nhóm hàng rau quả, vốn là "át chủ bài" xuất khẩu sang Trung Quốc, chỉ đạt …': a
    # clause with no subject of its own goes on with the sentence's.
    subject_end = min(
        (sentence.text.find(mark) for mark in ",;:" if mark in sentence.text), default=0
    )
    return (
        0 < subject_end < clause
        and not sentence.within(clause, limit)
        and _names_a_product(sentence, 0, subject_end, named_alone=False)
    )


def _names_a_product(sentence: Sentence, start: int, end: int, *, named_alone: bool = True) -> bool:
    """A product group named between `start` and `end`: 'hàng rau quả', and with
    `named_alone` 'nhóm nông sản', 'sầu riêng' (not 'hàng hóa': goods in general)."""
    keys = [t.key for t in sentence.tokens if start <= t.start and t.end <= end and t.is_word]
    return any(key == "hàng" and following not in _GOODS for key, following in pairwise(keys)) or (
        named_alone and any(trade_words().products.found_in(keys))
    )

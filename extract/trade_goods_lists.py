"""The list of goods a trade is said to be mainly made of, standing between its trade word and
its amount as an aside: '… nhập khẩu từ Việt Nam chủ yếu là linh kiện điện tử, trái cây và cà
phê, năm 2024 đạt 1,16 tỷ USD' is the whole of that trade, the goods only describing it."""

from __future__ import annotations

from extract.trade_sentence import Sentence
from extract.trade_words import trade_words


def goods_list_asides(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """The span in text[start:end] of a list of the goods a trade is mainly made of: from its
    opening words ('chủ yếu là', in extract/data/trade.toml) to the last comma before `end`,
    with no trade word nor place of its own. 'Thiểm Tây nhập khẩu từ Việt Nam chủ yếu là linh
    kiện điện tử, trái cây và cà phê, năm 2024 đạt …' -> the span 'chủ yếu là … cà phê'; none
    without a comma closing the list ('… chủ yếu là cà phê 1,16 tỷ USD': the coffee's)."""
    for i, token in enumerate(sentence.tokens):
        if (
            not start <= token.start < end
            or trade_words().goods_list_openings.match(sentence.keys, i) is None
        ):
            continue
        comma = sentence.text.rfind(",", token.start, end)
        span = (token.start, comma)
        if comma < 0 or sentence.within(*span) or sentence.keywords(*span):
            return []
        return [span]
    return []

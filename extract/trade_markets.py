"""A Chinese party said to be Vietnam's market for its exports or imports, the trade told after
it: 'Trung Quốc là thị trường nhập khẩu lớn nhất với kim ngạch 168,4 tỷ USD'."""

from __future__ import annotations

import re
from functools import cache

from extract.trade_context import Reading
from extract.trade_sentence import clause_start
from extract.trade_words import Keyword, trade_words

_CHINESE = ("division", "china")
# The comma that may set the trade word off from what the market is said to be: '…, với '.
_COMMA_WITH = re.compile(r",\s+với\s+$", re.I)


@cache
def _market_said() -> re.Pattern[str]:
    """After the party, up to the trade word: ' là thị trường nhập khẩu lớn nhất với ', its rank
    words from extract/data/trade.toml, Vietnam named as the market's owner or not."""
    ranks = "|".join(
        r"\s+".join(map(re.escape, rank.split()))
        for rank in sorted(trade_words().market_ranks, key=len, reverse=True)
    )
    return re.compile(
        r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:tiếp\s+tục|vẫn|hiện|cũng|đã|luôn)\s+)*là\s+"
        rf"thị\s+trường\s+(?:xuất|nhập)\s+khẩu\s+(?:{ranks})"
        r"(?:\s+của\s+(?:Việt\s+Nam|nước\s+ta))?,?\s+với\s+",
        re.I,
    )


def market_clause_start(text: str, limit: int) -> int:
    """Where the clause telling a market, right before the trade word at `limit`, starts: a
    comma before 'với' only sets the trade word off from it ('Trung Quốc là thị trường xuất
    khẩu lớn thứ hai của Việt Nam, với kim ngạch …' -> 0)."""
    joint = _COMMA_WITH.search(text, 0, limit)
    end = joint.start() if joint else limit
    return clause_start(text, end)


def market_of_vietnam(reading: Reading, keyword: Keyword) -> bool:
    """Whether the clause opens on one Chinese party said to be a market for exports or imports,
    ranked and of no one else, right before the trade word ('Trung Quốc là thị trường nhập khẩu
    lớn nhất với kim ngạch …', '… lớn thứ hai của Việt Nam, với kim ngạch …'): a market told
    by Vietnamese news with no owner is Vietnam's, unless the sentence names a Vietnamese
    locality, whose market it may be."""
    s = reading.sentence
    clause = market_clause_start(s.text, keyword.start)
    parties = s.parties_within(clause, keyword.start)
    if len(parties) != 1 or parties[0].place.kind not in _CHINESE:
        return False
    subject = parties[0]
    if s.text[clause : subject.start].strip() or any(
        p.place.kind == "vietnam" and p.place.name != "Việt Nam" for p in s.places
    ):
        return False
    return _market_said().fullmatch(s.text, subject.end, keyword.start) is not None

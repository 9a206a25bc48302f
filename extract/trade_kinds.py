"""A figure's kind: two-way trade, or Vietnam's exports or imports, by who sends to whom."""

from __future__ import annotations

import re

from extract.trade_sentence import Sentence
from extract.trade_words import Keyword

# After a party: "… là thị trường (lớn nhất)", "… là đối tác …": that party is the market.
_IS_THE_MARKET = re.compile(
    r"\s*(?:(?:tiếp\s+tục|vẫn|hiện|cũng|đã|luôn)\s+)*(?:là|trở\s+thành)\s+"
    r"(?:thị\s+trường|đối\s+tác|nguồn\s+cung|bạn\s+hàng)",
    re.I,
)
_PARTY_WORDS = re.compile(r"\b(?P<role>sang|vào|tới|đến|từ|của)\s+(?:thị trường\s+)?$", re.I)


def vietnam_is_actor(
    sentence: Sentence, keyword: Keyword, subject_start: int, end: int
) -> bool | None:
    """Whether Vietnam is the one exporting (or importing) before position `end` (the
    amount); None when unclear.

    'Việt Nam xuất khẩu', 'xuất khẩu của Việt Nam', 'từ Việt Nam' make Vietnam the actor;
    'sang Quảng Tây'/'vào Trung Quốc' (for exports) or 'từ Quảng Tây' (for imports) make it
    the partner; otherwise the side named first in the sentence speaks.
    """
    region = max(keyword.end, subject_start)
    named = [(m.start, m.place.name == "Việt Nam") for m in sentence.within(region, end)]
    named += [(start, False) for start, _ in sentence.partner_words(region, end)]
    for start, is_vietnam in sorted(named, reverse=True):
        role = _PARTY_WORDS.search(sentence.text[region:start])
        if not role:
            continue
        word = role["role"].lower()
        if word == "của":
            return is_vietnam
        if word == "từ":
            return is_vietnam if keyword.kind == "export" else not is_vietnam
        return not is_vietnam if keyword.kind == "export" else is_vietnam
    subject = [
        p for p in sentence.within(subject_start, keyword.start) if p.place.kind != "country"
    ]
    if subject:
        return subject[-1].place.name == "Việt Nam"
    # '… trong đó Việt Nam xuất khẩu 20,1 tỷ USD, nhập khẩu 22,6 tỷ USD': the clause's
    # subject goes on acting for the amounts after it.
    clause = sentence.text.rfind(";", 0, keyword.start) + 1
    acting = [
        p
        for verb in sentence.keywords(clause, keyword.start)
        if verb.kind in ("export", "import")
        for p in sentence.within(clause, verb.start)
        if p.place.kind != "country" and not sentence.text[p.end : verb.start].strip()
    ]
    if acting:
        return acting[-1].place.name == "Việt Nam"
    for mention in sentence.within(subject_start, end):
        if mention.place.kind != "country" and _IS_THE_MARKET.match(sentence.text, mention.end):
            # 'Trung Quốc là thị trường lớn nhất với …': the market is the partner.
            return mention.place.name != "Việt Nam"
    parties = [
        p
        for p in sentence.places
        if p.place.kind in ("vietnam", "division", "china") and p.end <= end
    ]
    return parties[0].place.name == "Việt Nam" if parties else None

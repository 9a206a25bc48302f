"""Figures told in lists and rankings: amounts told 'lần lượt' with their trade words or
provinces."""

from __future__ import annotations

from dataclasses import replace

from extract.numbers import Amount
from extract.places import PlaceMention
from extract.trade_sentence import Sentence
from extract.trade_words import IN_TURN, Keyword


def respective_of(sentence: Sentence, amount: Amount) -> Keyword | PlaceMention | bool:
    """For '… xuất khẩu và nhập khẩu … lần lượt đạt 10 tỷ USD và 12 tỷ USD' (or two
    provinces): the trade word or province this amount goes with; True when the sentence
    says no 'lần lượt' before it; False when the amounts cannot be paired."""
    mark = IN_TURN.search(sentence.text)
    if not mark or amount.start < mark.end():
        return True
    after = [a for a in sentence.amounts if a.start >= mark.end() and a.currency]
    position = next((n for n, a in enumerate(after) if a.start == amount.start), None)
    clause_start = sentence.text.rfind(";", 0, mark.start()) + 1
    keywords = sentence.keywords(clause_start, mark.start())
    directed = [k for k in keywords if k.kind != "two-way"]
    divisions = [
        p for p in sentence.within(clause_start, mark.start()) if p.place.kind == "division"
    ]
    named = {p.place.name for p in divisions}
    slots: list[Keyword] | list[PlaceMention] = []
    if len(directed) == len(after) > 1 and len(named) <= 1:
        ends = [k.start for k in directed[1:]] + [mark.start()]
        slots = [replace(k, reach=end) for k, end in zip(directed, ends, strict=True)]
    elif len(divisions) == len(after) > 1 and len(directed) <= 1:
        slots = divisions
    if position is None or not slots:
        return False
    return slots[position]

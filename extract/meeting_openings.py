"""Whether an article reports the fair it tells opening, though no official is named at it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.meeting_vocabulary import vocabulary
from extract.meeting_words import meeting_in
from extract.text import Token, tokenize

# A fair's short name in brackets after its name ('Hội chợ Nhập khẩu quốc tế Trung Quốc (CIIE)').
_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# Marks ending the clause before the verb saying the fair opened ('Sáng 5/11, CIIE … khai mạc').
_CLAUSE_MARKS = frozenset({",", ";", ":"})


def short_names(sentences: Sequence[str]) -> frozenset[str]:
    """The short names the article gives its fairs, in brackets after their names ('CIIE' for
    'Hội chợ Nhập khẩu quốc tế Trung Quốc (CIIE) lần thứ 8')."""
    labels = (meeting_in(s, n) for n, s in enumerate(sentences))
    return frozenset(
        name
        for found in labels
        if found is not None and found.kind == "fair"
        for name in _SHORT_NAME.findall(found.label)
    )


def reports_opening(sentences: Sequence[str]) -> bool:
    """Whether a sentence says the article's fair opened: its word, its name or its short name
    in the clause before a verb saying so, no plan between ('Sáng 5/11, CIIE lần thứ 8 đã chính
    thức khai mạc tại …', 'Hội chợ … đã khai mạc sáng nay'; not 'Hội chợ sẽ khai mạc …')."""
    names = short_names(sentences)
    return any(_opened_in(tokenize(s), names) for s in sentences)


def _opened_in(tokens: list[Token], names: frozenset[str]) -> bool:
    """Whether the tokens say a fair opened, named by a fair's word or one of `names` in the
    clause before the verb."""
    words = vocabulary()
    keys = [t.key for t in tokens]
    for v, _length, _verb in words.fair_opened.found_in(keys):
        start = max((k + 1 for k in range(v) if tokens[k].text in _CLAUSE_MARKS), default=0)
        if words.plans.occurs(keys, start, v):
            continue
        fairs = (kind.kind == "fair" for _i, _n, kind in words.meetings.found_in(keys, start, v))
        if any(fairs) or any(t.text in names for t in tokens[start:v]):
            return True
    return False

"""The smallest year an article's event can be in, from the past years its text names."""

from __future__ import annotations

import re
from collections.abc import Iterable

_YEAR = re.compile(r"(?<![\d.,])(?P<y>(?:19|20)\d{2})(?![\d%])")
_SOME_YEAR = re.compile(r"(?:19|20)\d{2}")
_RANGE = re.compile(r"(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})")
_PERIOD_START = re.compile(
    r"\b(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}", re.I
)
_TARGET = re.compile(
    r"\b(?:đến năm|tới năm|trước năm|mục tiêu|phấn đấu|tầm nhìn|hướng tới|định hướng)\b", re.I
)
_FUTURE = re.compile(
    r"\b(?:sẽ|dự kiến|sắp|mời|tới đây|sắp tới|kế hoạch đến|chuẩn bị|dự định)\b", re.I
)
# Between the clauses of a sentence, each of which names a year as a bound or not.
_CLAUSE = re.compile(r"[,;:()]")


def year_floor(sentences: Iterable[str], figure_floors: Iterable[int] = ()) -> int | None:
    """The smallest year the event can be in, from what the text says already happened.

    Every past year mentioned is a lower bound (not targets such as 'đến năm 2030', not plans
    still to come, not the end of a range); a plan period 'giai đoạn 2025–2027' bounds it by its
    first year; callers add bounds from trade figures (a full-year figure for Y means Y+1 or later).
    """
    bounds = list(figure_floors)
    for sentence in sentences:
        if not _SOME_YEAR.search(sentence):
            continue  # most sentences name no year: nothing to bound
        for clause in _CLAUSE.split(sentence):
            if _TARGET.search(clause):
                continue
            bounds.extend(int(m["a"]) for m in _PERIOD_START.finditer(clause))
            if _FUTURE.search(clause):
                continue
            range_ends = {m.start("b") for m in _RANGE.finditer(clause)}
            bounds.extend(
                int(m["y"]) for m in _YEAR.finditer(clause) if m.start() not in range_ends
            )
    return max(bounds) if bounds else None

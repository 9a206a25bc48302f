"""The parser scored against the hand-checked facts of the real articles (gold.json).

Quality bar: every trade figure right and none extra, every article's provinces right, officials
F1 >= 0.9 (same NFC name and same title after whitespace normalisation), and no person the gold
lists as not an official. Side, event date, meeting kinds, source and publication date are
scored and printed too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from parser_scoring import Score, score_article, score_table, totals

from extract import parse_article

OFFICIALS_F1_MIN = 0.9


@pytest.fixture(scope="module")
def scores(corpus_dir: Path, gold: list[dict[str, Any]]) -> list[Score]:
    return [
        score_article(entry, parse_article((corpus_dir / entry["file"]).read_bytes()))
        for entry in gold
    ]


def test_prints_the_scores(
    scores: list[Score], gold: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """A per-article table and the totals, printed even when pytest captures output."""
    with capsys.disabled():
        print(score_table("Parser scores on gold.json", scores))
    assert [s.file for s in scores] == [entry["file"] for entry in gold]


def test_every_trade_figure_is_found_and_none_is_extra(scores: list[Score]) -> None:
    extra = {s.file: s.figures_extra for s in scores if s.figures_extra}
    missed = {s.file: s.figures_missed for s in scores if s.figures_missed}
    assert not extra, f"figures the gold does not have: {extra}"
    assert not missed, f"gold figures not found: {missed}"


def test_every_article_has_the_right_provinces(scores: list[Score]) -> None:
    wrong = {s.file: s.provinces for s in scores if not s.provinces_right}
    assert not wrong


def test_officials_f1_reaches_the_bar(scores: list[Score]) -> None:
    f1 = totals(scores)["officials_f1"]
    wrong = {s.file: s.officials_wrong for s in scores if s.officials_wrong}
    assert f1 >= OFFICIALS_F1_MIN, f"officials F1 {f1:.3f}; not in gold: {wrong}"


def test_no_one_the_gold_rules_out_is_an_official(scores: list[Score]) -> None:
    assert not {s.file: s.false_officials for s in scores if s.false_officials}


def test_every_article_has_the_right_meetings_dates_and_source(scores: list[Score]) -> None:
    wrong = {
        s.file: (s.meeting_kinds, s.event_date, s.source_right, s.published_right)
        for s in scores
        if s.meeting_kinds != s.gold_meeting_kinds
        or not (s.event_date_right and s.source_right and s.published_right)
    }
    assert not wrong, "(meeting kinds, event date, source right, published right)"

"""The parser scored against the hand-checked facts of the real articles (gold.json).

Quality bar: every trade figure right and none extra, every article's provinces right, officials
F1 >= 0.9 (same NFC name and same title after whitespace normalisation), and no person the gold
lists as not an official. Side, event date, meeting kinds, source and publication date are
scored and printed too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from extract import parse_article
from extract.types import ParsedArticle

OFFICIALS_F1_MIN = 0.9


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _figure_key(figure: dict[str, Any]) -> tuple[Any, ...]:
    growth = figure["growth_pct"]
    return (
        _nfc(figure["province"]),
        figure["year"],
        figure["kind"],
        figure["value_usd"],
        None if growth is None else round(float(growth), 3),
        bool(figure["approximate"]),
    )


def _official_key(official: dict[str, Any]) -> tuple[str, str]:
    return _nfc(official["name"]), " ".join(_nfc(official["title"]).split())


@dataclass
class Score:
    file: str
    figures_right: int = 0
    figures_extra: list[tuple[Any, ...]] = field(default_factory=list)
    figures_missed: list[tuple[Any, ...]] = field(default_factory=list)
    provinces_right: bool = False
    provinces: tuple[str, ...] = ()
    officials_right: int = 0
    officials_found: int = 0
    officials_gold: int = 0
    officials_wrong: list[tuple[str, str]] = field(default_factory=list)
    sides_right: int = 0
    sides_scored: int = 0
    false_officials: list[str] = field(default_factory=list)
    event_date_right: bool = False
    event_date: str | None = None
    meeting_kinds: tuple[str, ...] = ()
    gold_meeting_kinds: tuple[str, ...] = ()
    source_right: bool = False
    published_right: bool = False


def _score(entry: dict[str, Any], article: ParsedArticle) -> Score:
    found = article.to_json()
    score = Score(entry["file"])

    gold_figures = {_figure_key(f) for f in entry["trade_figures"]}
    found_figures = [_figure_key(f) for f in found["trade_figures"]]
    score.figures_right = sum(1 for f in found_figures if f in gold_figures)
    score.figures_extra = [f for f in found_figures if f not in gold_figures]
    score.figures_missed = [f for f in gold_figures if f not in found_figures]

    score.provinces = tuple(found["provinces"])
    score.provinces_right = {_nfc(p) for p in entry["provinces"]} == set(score.provinces)

    gold_officials = {_official_key(o): o for o in entry["officials"]}
    found_officials = {_official_key(o): o for o in found["officials"]}
    score.officials_gold = len(gold_officials)
    score.officials_found = len(found_officials)
    score.officials_right = len(gold_officials.keys() & found_officials.keys())
    score.officials_wrong = sorted(found_officials.keys() - gold_officials.keys())
    gold_by_name = {_nfc(o["name"]): o for o in entry["officials"]}
    for official in found["officials"]:
        gold = gold_by_name.get(_nfc(official["name"]))
        if gold:
            score.sides_scored += 1
            score.sides_right += gold["side"] == official["side"]
    not_officials = {_nfc(n) for n in entry["not_officials"]}
    score.false_officials = [o["name"] for o in found["officials"] if o["name"] in not_officials]

    score.event_date = found["event_date"]
    score.event_date_right = found["event_date"] == entry["event_date"]
    score.meeting_kinds = tuple(m["kind"] for m in found["meetings"])
    score.gold_meeting_kinds = tuple(m["kind"] for m in entry["meetings"])
    score.source_right = found["source"] == entry["source"]
    score.published_right = found["published"] == entry["published"]
    return score


@pytest.fixture(scope="module")
def scores(corpus_dir: Path, gold: list[dict[str, Any]]) -> list[Score]:
    return [
        _score(entry, parse_article((corpus_dir / entry["file"]).read_bytes())) for entry in gold
    ]


def _f1(right: int, found: int, expected: int) -> float:
    precision = right / found if found else 1.0
    recall = right / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _totals(scores: list[Score]) -> dict[str, float]:
    right = sum(s.officials_right for s in scores)
    return {
        "figures_right": sum(s.figures_right for s in scores),
        "figures_extra": sum(len(s.figures_extra) for s in scores),
        "figures_missed": sum(len(s.figures_missed) for s in scores),
        "provinces_right": sum(s.provinces_right for s in scores),
        "officials_f1": _f1(
            right, sum(s.officials_found for s in scores), sum(s.officials_gold for s in scores)
        ),
        "side_accuracy": sum(s.sides_right for s in scores)
        / max(1, sum(s.sides_scored for s in scores)),
        "event_dates_right": sum(s.event_date_right for s in scores),
        "meeting_kinds_right": sum(s.meeting_kinds == s.gold_meeting_kinds for s in scores),
        "sources_right": sum(s.source_right for s in scores),
        "published_right": sum(s.published_right for s in scores),
    }


def test_prints_the_scores(
    scores: list[Score], gold: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """A per-article table and the totals, printed even when pytest captures output."""
    header = (
        f"{'article':<28} {'figures ok/extra/missed':>23} {'provinces':>10} "
        f"{'officials F1':>12} {'sides':>7} {'event date':>12} meetings"
    )
    lines = ["", "Parser scores on gold.json", header, "-" * len(header)]
    for s in scores:
        gold_kinds = (
            "" if s.meeting_kinds == s.gold_meeting_kinds else f" (gold: {s.gold_meeting_kinds})"
        )
        lines.append(
            f"{s.file:<28} {s.figures_right:>9}/{len(s.figures_extra)}/{len(s.figures_missed):<11} "
            f"{'ok' if s.provinces_right else 'WRONG':>10} "
            f"{_f1(s.officials_right, s.officials_found, s.officials_gold):>12.2f} "
            f"{s.sides_right:>3}/{s.sides_scored:<3} "
            f"{'ok' if s.event_date_right else str(s.event_date):>12} "
            f"{','.join(s.meeting_kinds) or '-'}{gold_kinds}"
        )
    totals = _totals(scores)
    lines.append("-" * len(header))
    lines.append(
        f"totals: trade figures {totals['figures_right']} right, {totals['figures_extra']} extra, "
        f"{totals['figures_missed']} missed; provinces {totals['provinces_right']}/{len(scores)} "
        f"articles; officials F1 {totals['officials_f1']:.3f}; side accuracy "
        f"{totals['side_accuracy']:.3f}; event dates {totals['event_dates_right']}/{len(scores)}; "
        f"meeting kinds {totals['meeting_kinds_right']}/{len(scores)}; sources "
        f"{totals['sources_right']}/{len(scores)}; publication dates "
        f"{totals['published_right']}/{len(scores)}"
    )
    with capsys.disabled():
        print("\n".join(lines))
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
    f1 = _totals(scores)["officials_f1"]
    wrong = {s.file: s.officials_wrong for s in scores if s.officials_wrong}
    assert f1 >= OFFICIALS_F1_MIN, f"officials F1 {f1:.3f}; not in gold: {wrong}"


def test_no_one_the_gold_rules_out_is_an_official(scores: list[Score]) -> None:
    assert not {s.file: s.false_officials for s in scores if s.false_officials}

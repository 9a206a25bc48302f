"""Scoring the parser against hand-checked facts (a gold.json), shared by the contract tests.

A trade figure is (province, year, kind, value_usd, growth_pct rounded to 3 places,
approximate); a gold figure marked "optional" (given only in NDT, which DESIGN allows to leave
out) is never missed, but may be found; so is a province in "provinces_optional" (named only
in passing). An official is (NFC name, title with whitespace squeezed). Side, event date,
meeting kinds, headline, source (or one of "source_aliases") and publication date are scored
and printed too.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from extract.types import ParsedArticle


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def figure_key(figure: dict[str, Any]) -> tuple[Any, ...]:
    growth = figure["growth_pct"]
    return (
        nfc(figure["province"]),
        figure["year"],
        figure["kind"],
        figure["value_usd"],
        None if growth is None else round(float(growth), 3),
        bool(figure["approximate"]),
    )


def official_key(official: dict[str, Any]) -> tuple[str, str]:
    return nfc(official["name"]), " ".join(nfc(official["title"]).split())


def f1(right: int, found: int, expected: int) -> float:
    precision = right / found if found else 1.0
    recall = right / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    file: str
    figures_right: int = 0
    figures_extra: list[tuple[Any, ...]] = field(default_factory=list)
    figures_missed: list[tuple[Any, ...]] = field(default_factory=list)
    periods_wrong: list[tuple[tuple[Any, ...], str, str]] = field(default_factory=list)
    provinces_right: bool = False
    provinces: tuple[str, ...] = ()
    officials_right: int = 0
    officials_found: int = 0
    officials_gold: int = 0
    officials_wrong: list[tuple[str, str]] = field(default_factory=list)
    officials_missed: list[tuple[str, str]] = field(default_factory=list)
    sides_right: int = 0
    sides_scored: int = 0
    false_officials: list[str] = field(default_factory=list)
    event_date_right: bool = False
    event_date: str | None = None
    meeting_kinds: tuple[str, ...] = ()
    gold_meeting_kinds: tuple[str, ...] = ()
    title_right: bool | None = None  # None: the gold gives no headline
    source_right: bool = False
    published_right: bool = False


def score_article(entry: dict[str, Any], article: ParsedArticle) -> Score:
    """How the facts parsed from one article compare with its gold entry."""
    found = article.to_json()
    score = Score(entry["file"])
    _score_figures(score, entry["trade_figures"], found["trade_figures"])

    score.provinces = tuple(found["provinces"])
    required = {nfc(p) for p in entry["provinces"]}
    optional = {nfc(p) for p in entry.get("provinces_optional", ())}
    score.provinces_right = required <= set(score.provinces) <= required | optional

    gold_officials = {official_key(o): o for o in entry["officials"]}
    found_officials = {official_key(o): o for o in found["officials"]}
    score.officials_gold = len(gold_officials)
    score.officials_found = len(found_officials)
    score.officials_right = len(gold_officials.keys() & found_officials.keys())
    score.officials_wrong = sorted(found_officials.keys() - gold_officials.keys())
    score.officials_missed = sorted(gold_officials.keys() - found_officials.keys())
    gold_by_name = {nfc(o["name"]): o for o in entry["officials"]}
    for official in found["officials"]:
        gold = gold_by_name.get(nfc(official["name"]))
        if gold:
            score.sides_scored += 1
            score.sides_right += gold["side"] == official["side"]
    not_officials = {nfc(n) for n in entry["not_officials"]}
    score.false_officials = [o["name"] for o in found["officials"] if o["name"] in not_officials]

    score.event_date = found["event_date"]
    score.event_date_right = found["event_date"] == entry["event_date"]
    score.meeting_kinds = tuple(m["kind"] for m in found["meetings"])
    score.gold_meeting_kinds = tuple(m["kind"] for m in entry["meetings"])
    if "title" in entry:
        score.title_right = " ".join(nfc(found["title"] or "").split()) == " ".join(
            nfc(entry["title"]).split()
        )
    score.source_right = found["source"] in (entry["source"], *entry.get("source_aliases", ()))
    score.published_right = found["published"] == entry["published"]
    return score


def _score_figures(score: Score, gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    required = Counter(figure_key(f) for f in gold if not f.get("optional"))
    allowed = Counter(figure_key(f) for f in gold)
    periods = {figure_key(f): f.get("period") for f in gold}
    for figure in found:
        key = figure_key(figure)
        if allowed[key] <= 0:
            score.figures_extra.append(key)
            continue
        allowed[key] -= 1
        required[key] -= 1
        score.figures_right += 1
        if periods.get(key) and figure["period"] != periods[key]:
            score.periods_wrong.append((key, periods[key], figure["period"]))
    score.figures_missed = [key for key, left in required.items() for _ in range(max(left, 0))]


def totals(scores: list[Score]) -> dict[str, float]:
    right = sum(s.officials_right for s in scores)
    figures_right = sum(s.figures_right for s in scores)
    figures_missed = sum(len(s.figures_missed) for s in scores)
    titled = [s for s in scores if s.title_right is not None]
    return {
        "figures_right": figures_right,
        "figures_extra": sum(len(s.figures_extra) for s in scores),
        "figures_missed": figures_missed,
        "figures_recall": figures_right / max(1, figures_right + figures_missed),
        "periods_wrong": sum(len(s.periods_wrong) for s in scores),
        "provinces_right": sum(s.provinces_right for s in scores),
        "officials_f1": f1(
            right, sum(s.officials_found for s in scores), sum(s.officials_gold for s in scores)
        ),
        "side_accuracy": sum(s.sides_right for s in scores)
        / max(1, sum(s.sides_scored for s in scores)),
        "event_dates_right": sum(s.event_date_right for s in scores),
        "meeting_kinds_right": sum(s.meeting_kinds == s.gold_meeting_kinds for s in scores),
        "titles_right": sum(bool(s.title_right) for s in titled),
        "titled": len(titled),
        "sources_right": sum(s.source_right for s in scores),
        "published_right": sum(s.published_right for s in scores),
    }


def score_table(title: str, scores: list[Score]) -> str:
    """A per-article table and the totals, as the contract tests print them."""
    width = max([28, *(len(s.file) for s in scores)])
    header = (
        f"{'article':<{width}} {'figures ok/extra/missed':>23} {'provinces':>10} "
        f"{'officials F1':>12} {'sides':>7} {'event date':>12} meetings"
    )
    lines = ["", title, header, "-" * len(header)]
    for s in scores:
        gold_kinds = (
            "" if s.meeting_kinds == s.gold_meeting_kinds else f" (gold: {s.gold_meeting_kinds})"
        )
        lines.append(
            f"{s.file:<{width}} {s.figures_right:>9}/{len(s.figures_extra)}/"
            f"{len(s.figures_missed):<11} {'ok' if s.provinces_right else 'WRONG':>10} "
            f"{f1(s.officials_right, s.officials_found, s.officials_gold):>12.2f} "
            f"{s.sides_right:>3}/{s.sides_scored:<3} "
            f"{'ok' if s.event_date_right else str(s.event_date):>12} "
            f"{','.join(s.meeting_kinds) or '-'}{gold_kinds}"
        )
    t = totals(scores)
    n = len(scores)
    lines.append("-" * len(header))
    headlines = f"headlines {t['titles_right']}/{t['titled']}; " if t["titled"] else ""
    lines.append(
        f"totals: trade figures {t['figures_right']} right, {t['figures_extra']} extra, "
        f"{t['figures_missed']} missed, {t['periods_wrong']} with a wrong period; provinces "
        f"{t['provinces_right']}/{n} articles; officials F1 {t['officials_f1']:.3f}; side "
        f"accuracy {t['side_accuracy']:.3f}; event dates {t['event_dates_right']}/{n}; meeting "
        f"kinds {t['meeting_kinds_right']}/{n}; {headlines}sources {t['sources_right']}/{n}; "
        f"publication dates {t['published_right']}/{n}"
    )
    return "\n".join(lines)

"""How faithfully the parser reads a synthetic corpus: the facts each article was written to
carry, against what `parse_article` finds in its scraped text and in its web page."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from benchmarks.generator import Article
from extract import RejectedArticle, parse_article
from extract.types import ParsedArticle

Form = Literal["text", "html"]
FACTS = ("provinces", "officials", "trade_figures", "meetings", "event_date", "published")


@dataclass
class Tally:
    """Facts written into the articles, found by the parser, and found but never written."""

    expected: int = 0
    found: int = 0
    extra: int = 0

    def add(self, expected: Iterable[object], parsed: Iterable[object]) -> None:
        wanted, got = set(expected), set(parsed)
        self.expected += len(wanted)
        self.found += len(wanted & got)
        self.extra += len(got - wanted)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        reported = self.found + self.extra
        return self.found / reported if reported else 1.0


@dataclass
class Fidelity:
    """Per kind of fact, how the parser did on a sample; the articles it missed anything in."""

    articles: int = 0
    rejected: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FACTS})
    imperfect: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "rejected": self.rejected,
            "facts": {
                name: {
                    "expected": t.expected,
                    "found": t.found,
                    "extra": t.extra,
                    "recall": round(t.recall, 4),
                    "precision": round(t.precision, 4),
                }
                for name, t in self.tallies.items()
            },
            "imperfect_articles": self.imperfect[:20],
        }


def expected_facts(article: Article) -> dict[str, set[object]]:
    return {
        "provinces": {article.province},
        "officials": {(o.name, o.title, o.side, o.province) for o in article.officials},
        "trade_figures": {
            (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
            for f in article.figures
        },
        "meetings": {article.meeting} if article.meeting else set(),
        "event_date": {article.event_date} if article.event_date else set(),
        "published": {article.published},
    }


def parsed_facts(parsed: ParsedArticle, *, dated: bool) -> dict[str, set[object]]:
    """`dated`: compare the event date only where the article was written with one."""
    return {
        "provinces": set(parsed.provinces),
        "officials": {(o.name, o.title, o.side, o.province) for o in parsed.officials},
        "trade_figures": {
            (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
            for f in parsed.trade_figures
        },
        "meetings": {m.kind for m in parsed.meetings},
        "event_date": {parsed.event_date} if dated and parsed.event_date else set(),
        "published": {parsed.published} if parsed.published else set(),
    }


def check(
    articles: Iterable[Article], form: Form, *, progress: Callable[[int], None] = lambda _: None
) -> Fidelity:
    """Parse each article in `form` and tally its facts against those it was written with."""
    result = Fidelity()
    for article in articles:
        progress(1)
        result.articles += 1
        try:
            if form == "text":
                parsed = parse_article(article.text)
            else:
                parsed = parse_article(article.html, url=article.url, filename="page.html")
        except RejectedArticle:
            result.rejected += 1
            result.imperfect.append(article.index)
            continue
        wanted = expected_facts(article)
        got = parsed_facts(parsed, dated=article.event_date is not None)
        perfect = True
        for name in FACTS:
            result.tallies[name].add(wanted[name], got[name])
            perfect = perfect and wanted[name] == got[name]
        if not perfect:
            result.imperfect.append(article.index)
    return result

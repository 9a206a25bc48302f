"""The sample corpus is the demo data: it must yield exactly the facts of the real articles."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from stored import row_counts

from db.models import Article, Person, Province, Role, TradeFigure
from db.sample import ensure_sample_corpus, load_sample_corpus, sample_files
from extract import parse_article

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
# A shared run this long is a copied sentence; names of institutions and documents stay below it.
LONGEST_SHARED_WORDS = 20
_WORD = re.compile(r"\w+")


def sample_for(gold_entry: dict) -> bytes:
    """The sample written after the real article of a gold entry (same three-digit prefix)."""
    prefix = gold_entry["file"][:3]
    [sample] = [f for f in sample_files() if f.name.startswith(prefix)]
    return sample.read_bytes()


def figure_keys(figures) -> set[tuple]:
    return {
        (f["province"], f["year"], f["value_usd"], f["growth_pct"], f["kind"], f["approximate"])
        for f in figures
    }


def official_keys(officials) -> set[tuple]:
    return {(o["name"], o["title"], o["side"], o["province"]) for o in officials}


def test_there_is_one_sample_per_real_article(gold):
    assert sorted(f.name[:3] for f in sample_files()) == sorted(g["file"][:3] for g in gold)


def test_each_sample_carries_the_facts_of_its_real_article(gold):
    for entry in gold:
        parsed = parse_article(sample_for(entry), filename=entry["file"]).to_json()
        assert parsed["provinces"] == entry["provinces"], entry["file"]
        assert figure_keys(parsed["trade_figures"]) == figure_keys(entry["trade_figures"]), entry[
            "file"
        ]
        assert official_keys(parsed["officials"]) == official_keys(entry["officials"]), entry[
            "file"
        ]
        assert parsed["event_date"] == entry["event_date"], entry["file"]
        assert parsed["published"] == entry["published"], entry["file"]


@pytest.mark.parametrize(
    ("prefix", "source"),
    [("000", "TTXVN"), ("002", None), ("003", "dangcongsan.vn"), ("004", "baoquocte.vn")],
)
def test_samples_name_the_outlet_only_where_the_real_article_does(gold, prefix, source):
    entry = next(g for g in gold if g["file"].startswith(prefix))
    assert entry["source"] == source
    assert parse_article(sample_for(entry)).source == source


def test_loading_the_samples_stores_exactly_the_gold_facts(gold, sessions, session):
    with sessions.begin() as s:
        assert load_sample_corpus(session=s, now=NOW) == len(gold)

    figures = session.execute(
        select(
            Province.name_vi,
            TradeFigure.year,
            TradeFigure.value_usd,
            TradeFigure.growth_pct,
            TradeFigure.kind,
            TradeFigure.approximate,
        ).join(Province)
    ).all()
    assert sorted(figures) == sorted(
        figure_keys(f for entry in gold for f in entry["trade_figures"])
    )
    roles = session.execute(
        select(Person.name, Role.title, Person.side, Province.name_vi)
        .join(Person)
        .outerjoin(Province, Role.province_id == Province.id)
    ).all()
    assert set(roles) == official_keys(o for entry in gold for o in entry["officials"])
    assert len(roles) == sum(len(entry["officials"]) for entry in gold)
    stories = session.scalars(select(Article.same_story_as_id)).all()
    assert stories == [None] * len(gold)


def test_loading_twice_adds_nothing(sessions, session):
    with sessions.begin() as s:
        load_sample_corpus(session=s, now=NOW)
    before = row_counts(session)

    with sessions.begin() as s:
        assert load_sample_corpus(session=s, now=NOW) == 0

    assert row_counts(session) == before


def test_the_samples_are_loaded_only_into_a_database_without_articles(sessions, session):
    with sessions.begin() as s:
        assert ensure_sample_corpus(session=s, now=NOW) is True
    with sessions.begin() as s:
        assert ensure_sample_corpus(session=s, now=NOW) is False
    assert len(session.scalars(select(Article)).all()) == len(sample_files())


def test_no_sample_copies_a_sentence_of_the_real_articles(corpus_dir):
    n = LONGEST_SHARED_WORDS
    real_runs = set()
    for path in corpus_dir.glob("*.txt"):
        words = _WORD.findall(path.read_text("utf-8").lower())
        real_runs |= {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
    for sample in sample_files():
        words = _WORD.findall(sample.read_text("utf-8").lower())
        copied = [words[i : i + n] for i in range(len(words) - n + 1)]
        assert not [" ".join(run) for run in copied if tuple(run) in real_runs], sample.name

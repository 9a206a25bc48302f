"""The benchmarks' own promises: a reproducible corpus the parser reads as written, and a run
that reports every measurement with its target as JSON. No timing is asserted here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from benchmarks.__main__ import main
from benchmarks.databases import SqliteStore, templates
from benchmarks.fidelity import check
from benchmarks.generator import Corpus
from benchmarks.replicate import replicate
from benchmarks.runner import MEASUREMENTS, QUICK, Settings, run, settings_for
from db.models import Article, Meeting, Person, Role, TradeFigure
from db.setup import open_database

POSTGRES_URL = os.environ.get("BRIEFBOT_TEST_POSTGRES_URL")


def test_the_same_seed_writes_the_same_articles_in_any_order() -> None:
    first, second = Corpus(300, seed=7), Corpus(300, seed=7)
    forward = [first.article(i) for i in (3, 150, 299)]
    backward = [second.article(i) for i in (299, 150, 3)][::-1]
    assert forward == backward
    assert Corpus(300, seed=8).article(150).text != forward[1].text


def test_articles_are_dated_in_publication_order_and_batches_continue_after_the_corpus() -> None:
    corpus = Corpus(200, seed=7)
    dates = [a.published for a in corpus.articles()]
    assert dates[0] < dates[100] < dates[-1]
    (after,) = corpus.articles(200, 1)
    assert after.index == 200 and after.published > dates[-1]


def test_some_articles_are_another_outlet_s_copy_of_a_recent_one() -> None:
    corpus = Corpus(400, seed=7)
    copies = [a for a in corpus.articles() if a.copy_of is not None]
    assert copies
    for copy in copies:
        original = corpus.article(copy.copy_of)
        assert copy.source != original.source and copy.url != original.url
        assert copy.text.split("\n\n")[2:-1] == original.text.split("\n\n")[2:-1]


@pytest.mark.parametrize("form", ["text", "html"])
def test_the_parser_reads_the_facts_each_article_was_written_with(form: str) -> None:
    corpus = Corpus(2_000, seed=11)
    sample = [corpus.article(i) for i in range(0, 2_000, 50)]
    result = check(sample, form)
    assert result.rejected == 0
    for name in ("provinces", "officials", "trade_figures", "meetings", "event_date"):
        tally = result.tallies[name]
        assert tally.expected > 0, name
        assert tally.recall >= 0.95 and tally.precision >= 0.95, (name, result.as_json())


def tiny(tmp_path: Path) -> Settings:
    databases = ("sqlite", "postgresql") if POSTGRES_URL else ("sqlite",)
    return replace(
        QUICK,
        sizes=(40,),
        databases=databases,
        batch=4,
        questions_per_command=2,
        picture_questions=1,
        people=300,
        resolution_questions=10,
        memory_commands=14,
        chats=6,
        fidelity_sample=4,
        workers=1,
        cache_dir=tmp_path,
        postgres_url=POSTGRES_URL,
    )


@pytest.fixture
def no_databases_left_behind() -> Iterator[None]:
    """The run keeps its prefilled databases for the next one; a test drops those it made."""
    if not POSTGRES_URL:
        yield
        return
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    listed = text("SELECT datname FROM pg_database WHERE datname LIKE 'briefbot_bench_%'")
    with admin.connect() as connection:
        before = set(connection.scalars(listed))
    yield
    with admin.connect() as connection:
        for name in set(connection.scalars(listed)) - before:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.usefixtures("no_databases_left_behind")
def test_a_tiny_run_reports_every_measurement_and_target_as_json(tmp_path: Path) -> None:
    settings = tiny(tmp_path)
    report = json.loads(json.dumps(run(settings)))

    assert {"date", "machine", "git", "settings", "measurements", "targets"} <= set(report)
    assert {"cpu", "cores", "ram_gb", "python", "sqlite", "postgresql"} <= set(report["machine"])
    assert set(report["measurements"]) == set(MEASUREMENTS)
    measurements = report["measurements"]
    for kind in settings.databases:
        ingested = measurements["ingest"][kind]["40"]
        assert ingested["text"]["articles"] == ingested["html"]["articles"] == 4
        assert ingested["text"]["articles_per_second"] > 0
        answers = measurements["answers"][kind]["40"]
        assert answers["worst_text_command_p99_ms"] > 0
        # Questions asked again are answered from memory; first ones are read from the database.
        assert answers["answers_kept"] > 0
        assert answers["answers_computed"] > 0
        assert {"tradelatest", "official", "tradechart"} <= set(answers["commands"])
        assert measurements["memory"][kind]["40"]["rss_mb"] > 0
        assert measurements["resolution"][kind]["people"] == 300
        fanout = measurements["fanout"][kind]
        assert (fanout["delivered"], fanout["lost"], fanout["duplicated"]) == (6, 0, 0)
    names = [target["name"] for target in report["targets"]]
    assert any("plain-text ingest" in name for name in names)
    assert any("fan-out" in name for name in names)
    for target in report["targets"]:
        assert {"value", "target", "pass"} <= set(target)


def test_quick_settings_leave_postgresql_out_without_a_server(monkeypatch) -> None:
    monkeypatch.delenv("BRIEFBOT_BENCH_POSTGRES_URL", raising=False)
    settings = settings_for(quick=True, sizes=None, databases=None, only=None)
    assert settings.databases == ("sqlite",) and settings.sizes == (1_000,)
    monkeypatch.setenv("BRIEFBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://u@localhost/db")
    assert settings_for(quick=True, sizes=None, databases=None, only=None).databases == (
        "sqlite",
        "postgresql",
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--sizes", "ten"], "whole numbers"),
        (["--only", "speed"], "choose among"),
        (["--databases", "mysql"], "choose among"),
    ],
)
def test_bad_options_get_one_clear_sentence(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2
    assert message in result.output


def test_a_replicated_template_holds_every_article_and_fact_as_many_times_over(
    tmp_path: Path,
) -> None:
    corpus = Corpus(30, seed=7)
    store = SqliteStore(tmp_path)
    source = templates([store], corpus, workers=1, progress=lambda _: None).urls["sqlite"]
    target = tmp_path / "three.db"
    replicate(Path(make_url(source).database or ""), target, 3)

    def counts(url: str) -> dict[str, int]:
        database = open_database(url, migrate=False)
        try:
            with database.sessions() as session:
                found = {
                    model.__tablename__: session.scalar(select(func.count()).select_from(model))
                    or 0
                    for model in (Article, Role, TradeFigure, Meeting, Person)
                }
                texts = select(func.count(func.distinct(Article.content_hash)))
                return found | {"texts": session.scalar(texts) or 0}
        finally:
            database.dispose()

    before, after = counts(source), counts(f"sqlite:///{target}")
    assert before["articles"] > 0 and before["meetings"] > 0
    assert after == {k: v if k == "people" else 3 * v for k, v in before.items()}
    database = open_database(f"sqlite:///{target}", migrate=False)
    try:
        with database.sessions() as session:
            # Each copy's story links point into that same copy.
            largest = session.scalar(select(func.max(Article.id))) // 3
            links = session.execute(
                select(Article.id, Article.same_story_as_id).where(
                    Article.same_story_as_id.is_not(None)
                )
            ).all()
            assert links
            assert all((a - 1) // largest == (root - 1) // largest for a, root in links)
    finally:
        database.dispose()
    # Another outlet's copy shares its original's text; no copy shares another's.
    assert after["texts"] == 3 * before["texts"]

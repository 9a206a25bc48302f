"""`briefbot ask`: the bot's answer printed offline, from the configured database."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from click.testing import CliRunner

from bot.cli import main


@pytest.fixture
def ask(monkeypatch, tmp_path):
    """Run `briefbot ask ARGS…` against DATABASE_URL, from an empty working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DEFAULT_LOCALE", raising=False)

    def run(*args: str, database_url: str):
        monkeypatch.setenv("DATABASE_URL", database_url)
        return CliRunner().invoke(main, ["ask", *args])

    return run


@pytest.fixture
def guangdong(session):
    source = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    make.figure(session, source, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    session.commit()


def test_ask_prints_the_answer_as_plain_text(ask, database_url, guangdong):
    result = ask("/tradelatest Quảng Đông", database_url=database_url)
    assert result.exit_code == 0, result.output
    assert "2024 · kim ngạch thương mại hai chiều: 56,2 tỷ USD (+16,6%)" in result.output
    assert "Nguồn: Báo Thế giới và Việt Nam, 28/10/2025" in result.output
    assert "<b>" not in result.output and "&amp;" not in result.output


def test_ask_in_english(ask, database_url, guangdong):
    result = ask("/tradelatest guangdong", "--locale", "en", database_url=database_url)
    assert "56.2 billion USD (+16.6%)" in result.output


def test_ask_lists_the_choices_as_commands_to_run(ask, database_url, guangdong):
    result = ask("/tradelatest Quảng Nam", database_url=database_url)
    assert result.exit_code == 0
    assert "[Quảng Đông] /tradelatest #guangdong" in result.output
    followed = ask("/tradelatest #guangdong", database_url=database_url)
    assert "56,2 tỷ USD" in followed.output


def test_ask_answers_anything_else_with_the_help(ask, database_url, guangdong):
    result = ask("hello", database_url=database_url)
    assert result.exit_code == 0
    assert "/tradelatest <tỉnh>" in result.output


def test_an_unknown_locale_is_refused_in_one_line(ask, database_url):
    result = ask("/help", "--locale", "fr", database_url=database_url)
    assert result.exit_code == 2
    assert "'fr' is not one of 'vi', 'en'" in result.output


def test_an_unusable_database_is_one_sentence_not_a_traceback(ask, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    result = ask("/help", database_url=f"sqlite:///{blocker}/briefbot.db")
    assert result.exit_code == 1
    assert result.output.startswith("Error: Cannot open the database")
    assert "Traceback" not in result.output


def test_a_fresh_machine_gets_the_sample_corpus_and_the_readme_answer(ask, tmp_path):
    pytest.importorskip(
        "db.sample", reason="the sample corpus loader is not available", exc_type=ImportError
    )
    url = f"sqlite:///{tmp_path / 'fresh' / 'briefbot.db'}"
    first = ask("/tradelatest Quảng Đông", database_url=url)
    assert first.exit_code == 0, first.output
    assert "2024" in first.output
    assert "56,2 tỷ USD (+16,6%)" in first.output
    assert "Nguồn:" in first.output
    again = ask("/tradelatest Quảng Đông", database_url=url)
    assert again.output == first.output, "the samples are loaded once"

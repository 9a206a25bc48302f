"""Answers kept in memory never hide a fact: whatever writes to the database (an ingest, another
process, a correction, a deletion), the next answer shows the facts as they are now."""

from __future__ import annotations

import dataclasses

import factories as make
import pytest
from sqlalchemy import delete, select, update
from stored import FIGURE_2024, NOW, article, ingest

from bot.answers import WARM_UP_COMMANDS, cool_down, warm_up
from db.data_version import data_version
from db.models import Article, Chat, DataVersion, TradeFigure
from db.setup import open_database
from extract.types import TradeFigure as FoundFigure
from handlers.cache import ANSWERS
from handlers.commands import dispatch
from handlers.i18n import LOCALES

FIGURE_2025 = dataclasses.replace(
    FIGURE_2024, year=2025, value_usd=61_300_000_000, growth_pct=9.1, quote="61,3 tỷ USD"
)


def ask(sessions, text: str, locale: str = "vi") -> str:
    """The answer as a user reads it, in its own transaction, as the bot asks."""
    with sessions.begin() as session:
        return dispatch(session, text, locale).plain()


def test_a_figure_stored_after_a_question_is_in_the_next_answer(sessions):
    ingest(sessions, article())
    assert "56,2 tỷ USD" in ask(sessions, "/tradelatest Quảng Đông")
    ingest(sessions, article(body="Một bài khác.", trade_figures=(FIGURE_2025,), officials=()))
    answer = ask(sessions, "/tradelatest Quảng Đông")
    assert "61,3 tỷ USD" in answer
    assert "2025" in answer


def test_another_process_storing_an_article_is_seen(database_url, sessions):
    """Two openings of one database hold their own memory, as two processes do."""
    ingest(sessions, article())
    assert "56,2 tỷ USD" in ask(sessions, "/trade Quảng Đông")
    other = open_database(database_url, migrate=False)
    try:
        ingest(other.sessions, article(body="Bài thứ hai.", trade_figures=(FIGURE_2025,)))
    finally:
        other.dispose()
    assert "61,3 tỷ USD" in ask(sessions, "/trade Quảng Đông")


def test_a_corrected_figure_replaces_the_old_one(sessions, session):
    ingest(sessions, article())
    assert "56,2 tỷ USD" in ask(sessions, "/tradelatest Quảng Đông")
    figure = session.scalars(select(TradeFigure)).one()
    figure.value_usd = 57_000_000_000
    session.commit()
    answer = ask(sessions, "/tradelatest Quảng Đông")
    assert "57 tỷ USD" in answer
    assert "56,2" not in answer


def test_a_deleted_article_leaves_every_answer(sessions, session):
    ingest(sessions, article())
    assert "Trương Quốc Trí" in ask(sessions, "/officials Quảng Đông")
    assert "Quảng Đông" in ask(sessions, "/provinces")
    assert "Phó Tỉnh trưởng" in ask(sessions, "/official Trương Quốc Trí")
    session.execute(delete(Article))
    session.commit()
    assert "Trương Quốc Trí" not in ask(sessions, "/officials Quảng Đông")
    assert "Quảng Đông" not in ask(sessions, "/provinces")
    assert "No title recorded" in ask(sessions, "/official Trương Quốc Trí", "en")


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_each_language_keeps_its_own_answer(sessions, locale):
    ingest(sessions, article())
    other = "en" if locale == "vi" else "vi"
    ask(sessions, "/tradelatest Quảng Đông", other)
    answer = ask(sessions, "/tradelatest Quảng Đông", locale)
    assert ("Guangdong" in answer) == (locale == "en")


def test_a_city_asked_for_is_still_named_in_the_answer(sessions):
    """The same province asked by its name, then by a city: the note about the city stays."""
    ingest(sessions, article())
    assert "Quảng Châu" not in ask(sessions, "/tradelatest Quảng Đông")
    assert "Quảng Châu" in ask(sessions, "/tradelatest Quảng Châu")


def test_writes_that_are_not_facts_keep_the_version(sessions, session):
    """A chat added or changing its language is no reason to forget what answers read."""
    ingest(sessions, article())
    before = data_version(session=session)
    session.rollback()
    make.article(session, title="Một bài nữa")
    after_fact = data_version(session=session)
    session.rollback()
    assert after_fact != before
    session.add(
        Chat(
            id=-100,
            type="group",
            title="Nhóm",
            locale="en",
            timezone="Asia/Bangkok",
            created_at=NOW,
        )
    )
    session.flush()
    assert data_version(session=session) == before


def test_a_database_without_a_version_answers_from_its_rows(sessions, session):
    ingest(sessions, article())
    session.execute(delete(DataVersion))
    session.commit()
    assert data_version(session=session) is None
    assert "56,2 tỷ USD" in ask(sessions, "/tradelatest Quảng Đông")
    with sessions.begin() as writer:
        writer.execute(update(TradeFigure).values(value_usd=58_000_000_000))
    assert "58 tỷ USD" in ask(sessions, "/tradelatest Quảng Đông")
    with sessions() as reader:
        assert data_version(session=reader) is not None, "the first write puts the row back"


def test_an_unreported_figure_is_not_kept_as_found(sessions):
    """'No trade figure' is an answer too, and it goes as soon as a figure arrives."""
    ingest(sessions, article(trade_figures=()))
    assert "No trade figure" in ask(sessions, "/tradelatest Quảng Đông", "en")
    found = FoundFigure(**{**dataclasses.asdict(FIGURE_2024), "quote": "56,2 tỷ USD"})
    ingest(sessions, article(body="Bài có số liệu.", trade_figures=(found,)))
    assert "56.2" in ask(sessions, "/tradelatest Quảng Đông", "en")


def test_the_warm_up_at_start_asks_every_kind_of_answer_and_keeps_none(database, caplog):
    """The bot answers each kind of question once before taking any, so that the first user
    does not wait for it; those answers are forgotten, so the first question is read from
    the database, not found kept (the benchmarks count the two apart)."""
    ingest(database.sessions, article())
    computed = ANSWERS.computed
    try:
        warm_up(database)
    finally:
        cool_down()
    assert ANSWERS.computed - computed == len(WARM_UP_COMMANDS) * len(LOCALES)
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
    found = ANSWERS.found
    assert "56,2 tỷ USD" in ask(database.sessions, "/tradelatest Quảng Đông")
    assert ANSWERS.found == found

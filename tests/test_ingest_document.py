"""Raw documents in: readable articles are stored, anything else is refused in one sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from samples import IRRELEVANT_TEXT, news_page, sample_text
from sqlalchemy import select
from stored import row_counts

from db.ingest import IRRELEVANT, ingest_document
from db.models import Article, TradeFigure
from extract import MAX_ARTICLE_BYTES

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

SCRIPTS_ONLY = (
    "<html><head><script>window.ads = [];</script></head><body>"
    + "<script>track('view');</script>" * 200
    + "<noscript>Bật JavaScript để xem trang.</noscript></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b" \n\t\r\n", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, id="png"),
        pytest.param(bytes(range(256)) * 40, id="binary"),
        pytest.param(b"\xc3\x28\xa0\xa1\xe2\x28\xa1" * 300, id="broken-utf8"),
        pytest.param(SCRIPTS_ONLY.encode(), id="scripts-only-html"),
        pytest.param(b"a" * (MAX_ARTICLE_BYTES + 1), id="too-large"),
        pytest.param(IRRELEVANT_TEXT.encode(), id="irrelevant"),
    ],
)
def test_unusable_input_is_rejected_in_one_sentence_and_changes_nothing(sessions, session, data):
    before = row_counts(session)

    with sessions.begin() as s:
        outcome = ingest_document(data, session=s, now=NOW, filename="input.txt")

    assert outcome.status == "rejected"
    assert outcome.article_id is None
    assert outcome.reason and "\n" not in outcome.reason and "Traceback" not in outcome.reason
    assert row_counts(session) == before


def test_the_size_limit_is_named_when_a_document_is_too_large(session):
    outcome = ingest_document(b"x" * (MAX_ARTICLE_BYTES + 1), session=session, now=NOW)

    assert f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB" in outcome.reason


def test_an_article_about_nothing_chinese_says_so(session):
    outcome = ingest_document(IRRELEVANT_TEXT, session=session, now=NOW)

    assert (outcome.status, outcome.reason) == ("rejected", IRRELEVANT)


def test_a_news_page_in_html_is_stored_with_its_facts(sessions, session):
    with sessions.begin() as s:
        outcome = ingest_document(
            news_page(sample_text("004")),
            session=s,
            now=NOW,
            url="https://baoquocte.vn/viet-nam-quang-dong.html",
        )

    assert outcome.status == "new"
    stored = session.get(Article, outcome.article_id)
    assert stored.url == "https://baoquocte.vn/viet-nam-quang-dong.html"
    assert "<" not in stored.body and "Trang chủ" not in stored.body
    figure = session.scalars(select(TradeFigure)).one()
    assert (figure.year, figure.value_usd) == (2024, 56_200_000_000)


def test_the_same_article_as_text_and_as_utf16_is_stored_once(sessions, session):
    text = sample_text("002")
    with sessions.begin() as s:
        first = ingest_document(text.encode("utf-8"), session=s, now=NOW)
    with sessions.begin() as s:
        again = ingest_document(text.replace("\n", "\r\n").encode("utf-16"), session=s, now=NOW)

    assert first.status == "new"
    assert (again.status, again.article_id) == ("duplicate", first.article_id)

"""/latest and /provinces: the newest news, dated and sourced, and what the database covers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import factories as make
import pytest
from telegram_html import telegram_html_problems

from handlers.news import MAX_ARTICLES, answer_latest, answer_provinces

HANOI = timezone(timedelta(hours=7))


@pytest.fixture(params=["sparse", "busy"])
def province_size(request, monkeypatch):
    """Run a test under both plans /latest has: a province with few articles, and a busy one."""
    if request.param == "busy":
        monkeypatch.setattr("db.queries.articles.SPARSE_ARTICLES", 0)
    return request.param


def test_latest_lists_the_newest_articles_first_with_date_source_and_link(session, province_size):
    make.article(
        session,
        title="Hội đàm cũ",
        source="baotintuc.vn",
        published=datetime(2023, 4, 1, 8, 0, tzinfo=HANOI),
    )
    lead = make.article(
        session,
        title="Hội nghị mới <về> thương mại & đầu tư",
        source="baoquocte.vn",
        url="https://baoquocte.example/moi?a=1&b=2",
        published=datetime(2025, 10, 28, 1, 30, tzinfo=HANOI),
    )
    make.article(session, title="Bản sao", source="vnexpress.net", same_story_as=lead)
    make.article(session, title="Tin Quảng Tây", provinces=["guangxi"])
    session.commit()
    reply = answer_latest(session, "Quảng Đông", "vi")
    text = reply.plain()
    assert text.index("Hội nghị mới <về> thương mại & đầu tư") < text.index("Hội đàm cũ")
    assert "28/10/2025 — Hội nghị mới" in text, "the day in Vietnam, not in UTC"
    assert "(Báo Thế giới và Việt Nam; cùng đưa tin: VnExpress)" in text
    assert "Bản sao" not in text, "another outlet's copy is a source, not another article"
    assert "Tin Quảng Tây" not in text
    assert 'href="https://baoquocte.example/moi?a=1&amp;b=2"' in reply.html
    assert telegram_html_problems(reply.html) == []


def test_further_sources_name_each_other_outlet_once(session, province_size):
    lead = make.article(
        session, title="Hội nghị", source="baoquocte.vn", event_date=date(2025, 1, 2)
    )
    for source in ("baoquocte.vn", "vnexpress.net", "vnexpress.net", "nhandan.vn"):
        make.article(session, title="Bản khác", source=source, same_story_as=lead)
    session.commit()
    text = answer_latest(session, "Quảng Đông", "vi").plain()
    assert "(Báo Thế giới và Việt Nam; cùng đưa tin: " in text
    also = text.split("cùng đưa tin: ")[1].split(")")[0].split(", ")
    assert sorted(also) == ["Báo Nhân Dân", "VnExpress"]


def test_latest_shows_a_bounded_number_of_articles(session, province_size):
    for n in range(MAX_ARTICLES + 4):
        make.article(session, title=f"Tin số {n:02d}", event_date=date(2024, 1, 1 + n))
    session.commit()
    text = answer_latest(session, "Guangdong", "en").plain()
    assert f"Tin số {MAX_ARTICLES + 3:02d}" in text
    assert "Tin số 00" not in text


def test_latest_for_a_province_without_news_says_so(session):
    assert "No article about this province yet." in answer_latest(session, "Tibet", "en").plain()


def test_provinces_counts_articles_figures_and_officials(session):
    first = make.article(session, provinces=["guangdong", "guangxi"])
    second = make.article(session, provinces=["guangdong"])
    make.figure(session, first, year=2024, value_usd=1_000_000)
    official = make.person(session, "Vi Thao", "CN")
    make.role(session, official, first, "Chủ tịch", province_key="guangxi")
    make.role(session, official, second, "Chủ tịch", province_key="guangxi")
    session.commit()
    reply = answer_provinces(session, "", "en")
    text = reply.plain()
    assert "Guangdong: 2 articles, 1 figure, 0 officials" in text
    assert "Guangxi: 1 article, 0 figures, 1 official" in text
    assert text.index("Guangdong") < text.index("Guangxi"), "the most covered first"
    assert [c.argument for c in reply.choices] == ["#guangdong", "#guangxi"]
    assert "Tibet" not in text


def test_provinces_in_vietnamese(session):
    make.article(session, provinces=["yunnan"])
    session.commit()
    assert (
        "Vân Nam: 1 bài viết, 0 số liệu, 0 quan chức" in answer_provinces(session, "", "vi").plain()
    )


def test_an_empty_database_says_it_has_no_articles(session):
    assert "no articles yet" in answer_provinces(session, "", "en").plain()
    not_found = answer_latest(session, "Atlantis", "en").plain()
    assert "No Chinese province matches “Atlantis”." in not_found
    assert "no articles yet" in not_found


def test_provinces_follow_articles_added_and_removed(session):
    first = make.article(session, provinces=["hainan"])
    session.commit()
    assert "Hainan: 1 article" in answer_provinces(session, "", "en").plain()
    second = make.article(session, provinces=["hainan"])
    session.commit()
    assert "Hainan: 2 articles" in answer_provinces(session, "", "en").plain()
    session.delete(first)
    session.delete(second)
    session.commit()
    assert "Hainan" not in answer_provinces(session, "", "en").plain()

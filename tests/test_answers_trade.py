"""/tradelatest and /trade: the right figure for the right province, each with its source."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import factories as make
import pytest
from telegram_html import telegram_html_problems

from handlers.commands import dispatch
from handlers.trade import MAX_HISTORY, MAX_VERSIONS, answer_trade, answer_tradelatest

HANOI = timezone(timedelta(hours=7))


def published(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 30, tzinfo=HANOI)


@pytest.fixture
def guangdong(session):
    """Quảng Đông: 2016 and 2024 figures from two outlets, and a copy of the 2024 story."""
    old = make.article(
        session, source="TTXVN", url="https://ttxvn.example/2017", event_date=date(2017, 7, 19)
    )
    make.figure(session, old, year=2016, value_usd=17_000_000_000, growth_pct=2.9)
    new = make.article(
        session,
        source="baoquocte.vn",
        url="https://baoquocte.example/quang-dong-2025",
        published=published(date(2025, 10, 28)),
    )
    make.figure(session, new, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    make.figure(session, new, year=2023, value_usd=48_240_000_000)
    copy = make.article(
        session,
        source="vnexpress.net",
        published=published(date(2025, 10, 29)),
        copy_of=new,
    )
    session.commit()
    return {"old": old, "new": new, "copy": copy}


def test_latest_figure_in_vietnamese_with_its_source_and_link(session, guangdong):
    reply = answer_tradelatest(session, "Quảng Đông", "vi")
    text = reply.plain()
    assert "2024" in text
    assert "56,2 tỷ USD" in text
    assert "+16,6%" in text
    assert "kim ngạch thương mại hai chiều" in text
    assert "Báo Thế giới và Việt Nam, 28/10/2025" in text
    link = '<a href="https://baoquocte.example/quang-dong-2025">Báo Thế giới và Việt Nam</a>'
    assert link in reply.html
    assert "48,24" not in text and "17 tỷ" not in text, "older years are not the latest"
    assert telegram_html_problems(reply.html) == []


def test_latest_figure_in_english(session, guangdong):
    text = answer_tradelatest(session, "Guangdong", "en").plain()
    assert "56.2 billion USD" in text
    assert "+16.6%" in text
    assert "two-way trade" in text
    assert "Oct 28, 2025" in text


def test_other_outlets_of_the_same_story_are_listed(session, guangdong):
    text = answer_tradelatest(session, "quang dong", "en").plain()
    assert "Also reported by: VnExpress, Oct 29, 2025" in text


def test_the_same_figure_from_two_articles_is_shown_once(session, guangdong):
    again = make.article(session, source="tuoitre.vn", published=published(date(2025, 11, 3)))
    make.figure(session, again, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    session.commit()
    text = answer_tradelatest(session, "quang dong", "en").plain()
    assert text.count("56.2 billion USD") == 1
    assert "Tuổi Trẻ" in text and "Báo Thế giới và Việt Nam" in text


def test_disagreeing_sources_are_both_shown_each_with_its_source(session, guangdong):
    other = make.article(session, source="congthuong.vn", published=published(date(2025, 3, 2)))
    make.figure(session, other, year=2024, value_usd=56_000_000_000, approximate=True)
    session.commit()
    lines = answer_tradelatest(session, "quang dong", "en").plain().splitlines()
    precise = next(i for i, line in enumerate(lines) if "56.2 billion USD" in line)
    rounded = next(i for i, line in enumerate(lines) if "about 56 billion USD" in line)
    assert "(sources differ)" in lines[precise] and "(sources differ)" in lines[rounded]
    assert "Báo Thế giới và Việt Nam" in lines[precise + 1]
    assert "Báo Công Thương" in lines[rounded + 1]


def test_a_newer_partial_period_follows_the_full_year_and_says_so(session, guangdong):
    later = make.article(session, source="nhandan.vn", published=published(date(2025, 10, 5)))
    make.figure(session, later, year=2025, period="M1-M9", value_usd=45_100_000_000)
    make.figure(session, later, year=2025, period="H1", value_usd=29_000_000_000)
    session.commit()
    text = answer_tradelatest(session, "quang dong", "vi").plain()
    assert "9 tháng đầu năm 2025" in text, "the newest part of the year"
    assert "6 tháng đầu năm" not in text, "an older part of the same year is not the latest"
    assert text.index("56,2 tỷ USD") < text.index("Mới hơn") < text.index("45,1 tỷ USD")


def test_of_partial_periods_ending_the_same_month_the_longest_is_the_latest(session, guangdong):
    later = make.article(session, source="nhandan.vn", published=published(date(2025, 10, 5)))
    make.figure(session, later, year=2025, period="M9", value_usd=5_100_000_000)
    make.figure(session, later, year=2025, period="Q3", value_usd=15_300_000_000)
    make.figure(session, later, year=2025, period="M1-M9", value_usd=45_100_000_000)
    make.figure(session, later, year=2025, period="M9", value_usd=5_200_000_000)
    session.commit()
    text = answer_tradelatest(session, "quang dong", "en").plain()
    assert "first 9 months of 2025" in text and "45.1 billion USD" in text
    assert "Q3" not in text and "September" not in text


def test_a_partial_period_alone_is_shown_as_partial(session):
    only = make.article(session, source="nhandan.vn", provinces=["yunnan"])
    make.figure(
        session, only, year=2025, period="Q1", value_usd=1_500_000_000, province_key="yunnan"
    )
    session.commit()
    assert "Q1 2025" in answer_tradelatest(session, "Vân Nam", "en").plain()


def test_an_article_without_a_url_is_cited_without_a_link(session):
    bare = make.article(session, source="Báo in", url=None, provinces=["guangxi"])
    make.figure(
        session, bare, year=2024, value_usd=42_000_000_000, growth_pct=-3.5, province_key="guangxi"
    )
    session.commit()
    reply = answer_tradelatest(session, "Quảng Tây", "vi")
    assert "<a " not in reply.html
    assert "Nguồn: Báo in" in reply.plain()
    assert "-3,5%" in reply.plain()


def test_a_province_without_figures_says_so(session, guangdong):
    text = answer_tradelatest(session, "Phúc Kiến", "en").plain()
    assert text.startswith("Fujian")
    assert "No trade figure is known" in text


def test_a_vietnamese_province_never_gets_quang_dong_figures(session, guangdong):
    reply = answer_tradelatest(session, "Quảng Nam", "vi")
    assert "tỉnh của Việt Nam" in reply.plain()
    assert "56,2" not in reply.plain()
    assert "#guangdong" in {c.argument for c in reply.choices}


def test_a_choice_resolves_exactly_on_the_next_call(session, guangdong):
    choice = next(c for c in answer_tradelatest(session, "quang", "vi").choices)
    followed = dispatch(session, f"/{choice.command} {choice.argument}", "vi")
    assert choice.label in followed.plain()
    assert followed.choices == ()


def test_ha_nam_is_about_henan_with_a_note(session, guangdong):
    text = answer_tradelatest(session, "Hà Nam", "en").plain()
    assert text.startswith("Henan")
    assert "also a place in Vietnam" in text


def test_history_runs_oldest_to_newest_with_every_source(session, guangdong):
    reply = answer_trade(session, "Guangdong", "en")
    text = reply.plain()
    assert text.index("2016") < text.index("2023") < text.index("2024")
    assert "17 billion USD (+2.9%) — TTXVN" in text
    assert "48.24 billion USD — Báo Thế giới và Việt Nam" in text
    assert telegram_html_problems(reply.html) == []


def test_history_counts_further_sources_of_a_figure(session, guangdong):
    again = make.article(session, source="tuoitre.vn")
    make.figure(session, again, year=2016, value_usd=17_000_000_000, growth_pct=2.9)
    session.commit()
    text = answer_trade(session, "Guangdong", "en").plain()
    assert text.count("17 billion USD") == 1
    assert "(+1 more source)" in text


def test_a_long_history_keeps_the_newest_figures_and_says_how_many(session):
    source = make.article(session, provinces=["guangxi"])
    for year in range(1970, 1970 + MAX_HISTORY + 5):
        make.figure(session, source, year=year, value_usd=1_000_000 * year, province_key="guangxi")
    session.commit()
    text = answer_trade(session, "Guangxi", "en").plain()
    assert "Only the newest figures are shown; older ones are left out." in text
    assert "1970 ·" not in text
    assert f"{1970 + MAX_HISTORY + 4} ·" in text


def test_a_figure_in_another_currency_keeps_its_currency(session):
    source = make.article(session, provinces=["guangxi"])
    make.figure(
        session,
        source,
        year=2024,
        value_usd=None,
        value=300_000_000_000,
        currency="CNY",
        province_key="guangxi",
    )
    session.commit()
    text = answer_tradelatest(session, "Guangxi", "en").plain()
    assert "300 billion CNY" in text
    assert "USD" not in text


def test_a_history_read_in_part_keeps_only_complete_years(session, monkeypatch):
    """Counts of sources stay exact when a very long history is read from its newest end."""
    monkeypatch.setattr("db.queries.trade.FIGURE_ROWS", 10)
    for _ in range(8):
        make.figure(session, make.article(session), year=2024, value_usd=56_200_000_000)
    for _ in range(5):
        make.figure(session, make.article(session), year=2023, value_usd=48_240_000_000)
    session.commit()
    text = answer_trade(session, "Guangdong", "en").plain()
    assert "56.2 billion USD — example.vn (+7 more sources)" in text
    assert "48.24" not in text, "2023 was read only in part"
    assert "older ones are left out" in text


@pytest.mark.parametrize("older", [False, True])
def test_the_newest_year_is_shown_whole_however_many_report_it(session, monkeypatch, older):
    monkeypatch.setattr("db.queries.trade.FIGURE_ROWS", 5)
    for _ in range(8):
        make.figure(session, make.article(session), year=2024, value_usd=56_200_000_000)
    if older:
        make.figure(session, make.article(session), year=2023, value_usd=48_240_000_000)
    session.commit()
    text = answer_trade(session, "Guangdong", "en").plain()
    assert "56.2 billion USD — example.vn (+7 more sources)" in text
    assert "48.24" not in text
    assert ("older ones are left out" in text) is older


def test_every_article_reporting_the_latest_figure_is_counted(session, monkeypatch):
    """However many articles report it: a long history is cut for /trade, never the count."""
    monkeypatch.setattr("db.queries.trade.FIGURE_ROWS", 5)
    for _ in range(12):
        make.figure(session, make.article(session), year=2024, value_usd=56_200_000_000)
    session.commit()
    text = answer_tradelatest(session, "Guangdong", "en").plain()
    assert text.count("56.2 billion USD") == 1
    assert "and 8 more" in text, "12 articles: the one cited, three named, eight more"


def test_many_versions_of_one_figure_show_the_most_reported_and_count_the_rest(session):
    for billions in range(50, 50 + MAX_VERSIONS + 2):
        make.figure(session, make.article(session), year=2024, value_usd=billions * 10**9)
    for _ in range(2):
        make.figure(session, make.article(session), year=2024, value_usd=50 * 10**9)
    session.commit()
    text = answer_tradelatest(session, "Guangdong", "en").plain()
    assert "50 billion USD" in text, "the most widely reported version"
    assert text.count("(sources differ)") == MAX_VERSIONS
    assert "… and 2 other versions of these figures, less often reported." in text


def test_an_article_without_outlet_or_link_is_cited_by_its_title(session):
    bare = make.article(
        session, title="Hai bên bàn hướng hợp tác mới", source=None, url=None, provinces=["guangxi"]
    )
    make.figure(session, bare, year=2024, value_usd=42_000_000_000, province_key="guangxi")
    session.commit()
    text = answer_tradelatest(session, "Quảng Tây", "en").plain()
    assert "Source: “Hai bên bàn hướng hợp tác mới”" in text


def test_a_kind_and_period_without_words_are_shown_as_stored_escaped_once(session):
    source = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    make.figure(session, source, year=2024, value_usd=1_000_000_000, kind="a&b", period="W<1>")
    session.commit()
    for answer in (answer_trade, answer_tradelatest):
        reply = answer(session, "Quảng Đông", "en")
        assert "W<1> 2024 · a&b: 1 billion USD" in reply.plain()
        assert telegram_html_problems(reply.html) == []

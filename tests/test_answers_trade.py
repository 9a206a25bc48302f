"""/tradelatest and /trade: the right figure for the right province, each with its source."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import factories as make
import pytest
from telegram_html import telegram_html_problems

from handlers.commands import dispatch
from handlers.trade import MAX_VERSIONS, answer_trade, answer_tradelatest

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
    assert "baoquocte.vn, 28/10/2025" in text
    assert '<a href="https://baoquocte.example/quang-dong-2025">baoquocte.vn</a>' in reply.html
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
    assert "Also reported by: vnexpress.net, Oct 29, 2025" in text


def test_the_same_figure_from_two_articles_is_shown_once(session, guangdong):
    again = make.article(session, source="tuoitre.vn", published=published(date(2025, 11, 3)))
    make.figure(session, again, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    session.commit()
    text = answer_tradelatest(session, "quang dong", "en").plain()
    assert text.count("56.2 billion USD") == 1
    assert "tuoitre.vn" in text and "baoquocte.vn" in text


def test_disagreeing_sources_are_both_shown_each_with_its_source(session, guangdong):
    other = make.article(session, source="congthuong.vn", published=published(date(2025, 3, 2)))
    make.figure(session, other, year=2024, value_usd=56_000_000_000, approximate=True)
    session.commit()
    text = answer_tradelatest(session, "quang dong", "en").plain()
    lines = text.splitlines()
    precise = next(i for i, line in enumerate(lines) if "56.2 billion USD" in line)
    rounded = next(i for i, line in enumerate(lines) if "about 56 billion USD" in line)
    assert lines[precise - 1] == "2024 · two-way trade (sources differ):"
    assert text.count("(sources differ)") == 1, "said once for the figure, not on every line"
    assert "baoquocte.vn" in lines[precise + 1]
    assert "congthuong.vn" in lines[rounded + 1]


def test_of_disagreeing_versions_the_most_reported_then_the_newest_report_leads(session):
    def report(outlet: str, day: date, billions: float, growth: float | None = None) -> None:
        article = make.article(session, source=outlet, published=published(day))
        make.figure(session, article, year=2025, value_usd=int(billions * 10**9), growth_pct=growth)

    report("first.vn", date(2026, 1, 10), 40)
    report("customs.vn", date(2026, 1, 20), 44, 5.0)
    report("late.vn", date(2026, 3, 1), 46, 10.5)
    report("echo.vn", date(2026, 2, 2), 44, 5.0)
    session.commit()
    text = answer_tradelatest(session, "Quảng Đông", "en").plain()
    assert text.index("44 billion USD") < text.index("46 billion USD") < text.index("40 billion")


def test_two_way_trade_leads_exports_and_imports_whatever_their_sources(session):
    for billions in range(20, 20 + MAX_VERSIONS):
        for _ in range(2):
            article = make.article(session)
            make.figure(session, article, year=2025, kind="vn_export", value_usd=billions * 10**9)
    article = make.article(session, source="d.vn")
    make.figure(session, article, year=2025, value_usd=60 * 10**9)
    session.commit()
    text = answer_tradelatest(session, "Quảng Đông", "en").plain()
    assert "60 billion USD" in text, "a less reported two-way figure is not crowded out"
    assert text.index("two-way trade") < text.index("Vietnam's exports")


def test_the_newer_part_year_shows_its_two_way_figure_first(session):
    article = make.article(session, source="a.vn")
    make.figure(session, article, year=2025, value_usd=60 * 10**9)
    for outlet in ("b.vn", "c.vn"):
        newer = make.article(session, source=outlet)
        make.figure(session, newer, year=2026, period="M1-M11", kind="vn_import", value_usd=10**10)
    make.figure(session, newer, year=2026, period="M1-M11", value_usd=30 * 10**9)
    for billions in range(61, 61 + MAX_VERSIONS):
        make.figure(session, make.article(session), year=2025, value_usd=billions * 10**9)
    session.commit()
    text = answer_tradelatest(session, "Quảng Đông", "en").plain()
    part = text[text.index("Newer, for part of a year:") :]
    assert "first 11 months of 2026 · two-way trade: 30 billion USD" in part
    assert part.index("two-way trade") < part.index("Vietnam's imports")


def test_the_same_amount_with_and_without_its_growth_is_one_figure(session, guangdong):
    bare = make.article(session, source="vneconomy.vn", published=published(date(2025, 11, 3)))
    make.figure(session, bare, year=2024, value_usd=56_200_000_000)
    session.commit()
    for answer in (answer_tradelatest, answer_trade):
        text = answer(session, "Quảng Đông", "en").plain()
        assert text.count("56.2 billion USD") == 1, answer.__name__
        assert "56.2 billion USD (+16.6%)" in text
        assert "(sources differ)" not in text
    latest = answer_tradelatest(session, "Quảng Đông", "en").plain()
    assert "vneconomy.vn" in latest and "baoquocte.vn" in latest


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
    assert "48.24 billion USD — baoquocte.vn" in text
    assert telegram_html_problems(reply.html) == []


def test_history_counts_further_sources_of_a_figure(session, guangdong):
    again = make.article(session, source="tuoitre.vn")
    make.figure(session, again, year=2016, value_usd=17_000_000_000, growth_pct=2.9)
    session.commit()
    text = answer_trade(session, "Guangdong", "en").plain()
    assert text.count("17 billion USD") == 1
    assert "(+1 more source)" in text


def test_a_long_history_shows_every_year_oldest_to_newest(session):
    source = make.article(session, provinces=["guangxi"])
    for year in range(1970, 2010):
        make.figure(session, source, year=year, value_usd=1_000_000 * year, province_key="guangxi")
    session.commit()
    reply = answer_trade(session, "Guangxi", "en")
    years = [int(line[:4]) for line in reply.plain().splitlines() if line[:4].isdigit()]
    assert years == list(range(1970, 2010)), "never cut to fit: the bot splits long answers"
    assert "left out" not in reply.plain() and "not shown" not in reply.plain()


def test_a_history_lists_each_period_once_the_other_versions_on_one_line(session):
    def report(outlet: str, day: date, period: str, billions: float, kind: str = "two-way"):
        article = make.article(session, source=outlet, published=published(day))
        make.figure(
            session, article, year=2025, period=period, kind=kind, value_usd=int(billions * 1e9)
        )

    report("a.vn", date(2025, 9, 18), "M1-M8", 35.2)
    report("b.vn", date(2025, 9, 17), "M1-M8", 31.6)
    report("c.vn", date(2025, 9, 20), "M1-M8", 35.2)
    report("d.vn", date(2025, 9, 1), "M1-M8", 24.6)
    report("e.vn", date(2025, 4, 10), "Q1", 9.8)
    report("e.vn", date(2025, 4, 10), "Q1", 3.1, kind="vn_export")
    report("f.vn", date(2025, 4, 11), "M3", 3.3)
    session.commit()
    lines = answer_trade(session, "Quảng Đông", "en").plain().splitlines()
    eight = [i for i, line in enumerate(lines) if "first 8 months" in line]
    assert len(eight) == 1
    assert lines[eight[0]].startswith("first 8 months of 2025 · two-way trade: 35.2 billion USD")
    assert "(+1 more source) (sources differ)" in lines[eight[0]]
    assert lines[eight[0] + 1] == (
        "  Other figures: 31.6 billion USD — b.vn, Sep 17, 2025; "
        "24.6 billion USD — d.vn, Sep 1, 2025"
    )
    quarter = [i for i, line in enumerate(lines) if line.startswith("Q1 2025")]
    assert quarter[1] == quarter[0] + 1, "a quarter's kinds together, not split by March"


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


def test_every_year_is_shown_however_many_articles_report_it(session, monkeypatch):
    """Counts of sources stay exact and no year is dropped, however many reports there are."""
    monkeypatch.setattr("db.queries.trade.FIGURE_ROWS", 5)
    for _ in range(8):
        make.figure(session, make.article(session), year=2024, value_usd=56_200_000_000)
    for _ in range(5):
        make.figure(session, make.article(session), year=2023, value_usd=48_240_000_000)
    session.commit()
    text = answer_trade(session, "Guangdong", "en").plain()
    assert "56.2 billion USD — example.vn (+7 more sources)" in text
    assert "48.24 billion USD — example.vn (+4 more sources)" in text
    assert "left out" not in text


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
    assert text.count("(sources differ)") == 1
    assert text.count("• ") == MAX_VERSIONS
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

"""/tradechart: a picture of a province's full-year trade by year and kind, every charted figure
with its source in the caption, and a clear sentence when there is nothing to chart."""

from __future__ import annotations

import io
from datetime import date

import factories as make
import pytest
from PIL import Image
from telegram_html import telegram_html_problems

from handlers.charts import MAX_YEARS, PICTURE_DPI, PICTURE_INCHES, answer_tradechart
from handlers.commands import dispatch

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def guangdong(session) -> None:
    """Three years of figures, one of them reported two ways, plus what a chart leaves out."""
    older = make.article(session, source="TTXVN", event_date=date(2023, 2, 1))
    widely = make.article(session, source="baoquocte.vn", event_date=date(2024, 8, 18))
    again = make.article(session, source="vnexpress.net", event_date=date(2024, 8, 19))
    rival = make.article(session, source="tinmoi-247.com", event_date=date(2024, 8, 20))
    newest = make.article(session, source="nhandan.vn", event_date=date(2025, 10, 28))
    make.figure(session, older, year=2022, value_usd=50_000_000_000)
    for article in (widely, again):
        make.figure(session, article, year=2023, value_usd=48_240_000_000)
    make.figure(session, rival, year=2023, value_usd=48_000_000_000)
    make.figure(session, widely, year=2023, kind="vn_export", value_usd=22_890_000_000)
    make.figure(session, newest, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    make.figure(session, newest, year=2025, period="H1", value_usd=30_000_000_000)
    make.figure(session, older, year=2021, value_usd=None, value=3.1e11, currency="CNY")
    session.commit()


@pytest.mark.usefixtures("guangdong")
def test_the_chart_is_a_png_with_every_figure_sourced_below(session):
    reply = answer_tradechart(session, "Quảng Đông", "vi")
    assert reply.photo is not None and reply.photo.startswith(PNG_SIGNATURE)
    with Image.open(io.BytesIO(reply.photo)) as picture:
        assert picture.size == tuple(round(side * PICTURE_DPI) for side in PICTURE_INCHES)
    text = reply.plain()
    assert text.splitlines()[0] == "Quảng Đông — thương mại với Việt Nam theo năm"
    assert "2022 · kim ngạch thương mại hai chiều: 50 tỷ USD — TTXVN, 01/02/2023" in text
    assert "2024 · kim ngạch thương mại hai chiều: 56,2 tỷ USD (+16,6%) — Báo Nhân Dân" in text
    assert "2023 · Việt Nam xuất khẩu: 22,89 tỷ USD — Báo Thế giới và Việt Nam" in text
    assert telegram_html_problems(reply.html) == []


@pytest.mark.usefixtures("guangdong")
def test_of_rival_figures_the_most_reported_is_charted_and_the_rivalry_noted(session):
    lines = answer_tradechart(session, "Quảng Đông", "en").plain().splitlines()
    two_way_2023 = [line for line in lines if line.startswith("2023 · two-way")]
    assert len(two_way_2023) == 1
    assert "48.24 billion USD" in two_way_2023[0]
    assert two_way_2023[0].endswith("(* sources differ)")


@pytest.mark.usefixtures("guangdong")
def test_partial_years_and_other_currencies_are_left_out_and_said_so(session):
    text = answer_tradechart(session, "Guangdong", "en").plain()
    charted_years = {line[:4] for line in text.splitlines() if line[:4].isdigit()}
    assert charted_years == {"2022", "2023", "2024"}
    assert "first half" not in text
    assert "Figures for part of a year are not charted; /trade lists them." in text
    assert "Figures reported only in another currency are not charted." in text


def test_nothing_to_chart_is_said_in_one_sentence_without_a_picture(session):
    source = make.article(session, provinces=["yunnan"], event_date=date(2025, 7, 1))
    make.figure(
        session, source, year=2025, period="H1", value_usd=9_000_000_000, province_key="yunnan"
    )
    session.commit()
    reply = dispatch(session, "/tradechart Vân Nam", "en")
    assert reply.photo is None
    assert reply.plain().splitlines()[1:] == [
        "No full-year trade figure in US dollars is known for this province yet, so there is "
        "nothing to chart.",
        "Figures for part of a year: /trade lists them.",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", "/tradechart <province>"),
        ("xyzzy", "No Chinese province matches"),
        ("quang", "Which one?"),
    ],
)
def test_a_missing_or_unknown_province_gets_words_not_a_picture(session, query, expected):
    reply = dispatch(session, f"/tradechart {query}", "en")
    assert reply.photo is None
    assert expected in reply.plain()


def test_only_the_newest_years_are_charted(session):
    source = make.article(session, event_date=date(2025, 1, 1))
    for year in range(2000, 2025):
        make.figure(session, source, year=year, value_usd=year * 10_000_000)
    session.commit()
    years = [
        int(line[:4])
        for line in answer_tradechart(session, "Quảng Đông", "vi").plain().splitlines()
        if line[:4].isdigit()
    ]
    assert years == list(range(2025 - MAX_YEARS, 2025))

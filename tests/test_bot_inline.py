"""Inline mode: '@bot Quảng Đông' in any chat offers the province's latest trade figures and its
officials as ready messages; an empty or unknown name offers nothing, and never an error."""

from __future__ import annotations

from datetime import date

import factories as make
import pytest
from botrun import LAN, MINH, briefbot
from fakebot import FakeTelegram, updates
from telegram_html import telegram_html_problems

pytestmark = pytest.mark.e2e


@pytest.fixture
def facts(session) -> None:
    source = make.article(session, source="baoquocte.vn", event_date=date(2025, 10, 28))
    make.figure(session, source, year=2024, value_usd=56_200_000_000, growth_pct=16.6)
    official = make.person(session, "Trương Quốc Trí")
    make.role(session, official, source, "Phó Tỉnh trưởng", province_key="guangdong")
    session.commit()


async def inline(fake: FakeTelegram, query: str, person=LAN):
    since = len(fake.calls)
    asked = fake.push(updates.inline_query(query, sender=person))
    query_id = asked["inline_query"]["id"]
    return await fake.wait_for("answerInlineQuery", inline_query_id=query_id, since=since)


@pytest.mark.usefixtures("facts")
async def test_a_province_offers_its_trade_figures_and_officials(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        call = await inline(fake_telegram, "quang dong")
    assert call.ok, call.description
    results = call.params["results"]
    assert [r["title"] for r in results] == [
        "Quảng Đông: số liệu thương mại mới nhất",
        "Quảng Đông: quan chức",
    ]
    trade, officials = (r["input_message_content"] for r in results)
    assert trade["parse_mode"] == "HTML"
    assert "56,2 tỷ USD" in trade["message_text"]
    assert "Trương Quốc Trí" in officials["message_text"]
    assert "56,2 tỷ USD" in results[0]["description"]
    for content in (trade, officials):
        assert telegram_html_problems(content["message_text"]) == []
    assert 0 < call.params["cache_time"] <= 300
    assert call.params["is_personal"] is True


@pytest.mark.usefixtures("facts")
async def test_results_speak_the_users_language(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        call = await inline(fake_telegram, "Guangdong", person=MINH)
    assert [r["title"] for r in call.params["results"]] == [
        "Guangdong: latest trade figures",
        "Guangdong: officials",
    ]


@pytest.mark.usefixtures("facts")
async def test_an_ambiguous_name_offers_each_province_it_may_mean(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        call = await inline(fake_telegram, "quang")
    titles = [r["title"] for r in call.params["results"]]
    assert "Quảng Đông: số liệu thương mại mới nhất" in titles
    assert "Quảng Tây: số liệu thương mại mới nhất" in titles


@pytest.mark.parametrize("query", ["", "   ", "xyzzy qwerty", "<b>x</b> & co", "Quảng Ninh"])
async def test_an_empty_or_unknown_name_offers_no_result_and_a_hint(
    fake_telegram, database_url, query
):
    async with briefbot(fake_telegram, database_url):
        call = await inline(fake_telegram, query)
    assert call.ok, call.description
    assert call.params["results"] == []
    assert call.params["button"]["text"] == "Gõ tên một tỉnh của Trung Quốc, ví dụ Quảng Đông"

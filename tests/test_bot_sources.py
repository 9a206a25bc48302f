"""Live sources in the running bot, end to end over HTTP: administrators add a page with /ingest,
everyone else is refused, and the feeds are crawled on a schedule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from botrun import LAN, MINH, ask, briefbot
from samples import page, rss, sample_text, write_feeds
from sqlalchemy import func, select
from webserver import Response, WebServer

from bot.crawling import CRAWL_JOB
from db.models import Article

pytestmark = pytest.mark.e2e

ADMIN = LAN  # `ask` sends as LAN unless told otherwise
LOCAL_FETCHES = {"fetch_allow_private_addresses": True, "fetch_per_host_delay_seconds": 0}


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


def stored_articles(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count(Article.id))) or 0


async def test_an_administrator_adds_a_page_and_the_bot_answers_from_it(
    fake_telegram, database_url, database, web
):
    web.route("/bai-viet.html", page(sample_text("004")))
    async with briefbot(
        fake_telegram, database_url, bot_admin_ids={ADMIN["id"]}, **LOCAL_FETCHES
    ) as app:
        stored = await ask(fake_telegram, f"/ingest {web.url('/bai-viet.html')}")
        again = await ask(fake_telegram, f"/ingest {web.url('/bai-viet.html')}")
        answer = await ask(fake_telegram, "/tradelatest Quảng Đông")
    assert stored.result["text"].startswith("Đã lưu: ")
    assert again.result["text"].startswith("Đã có trong cơ sở dữ liệu: ")
    assert "56,2 tỷ USD" in answer.result["text"]
    assert len(web.requests_to("/bai-viet.html")) == 1, "a stored address is not fetched again"
    assert app.bot_data.settings.bot_admin_ids == {ADMIN["id"]}


async def test_anyone_else_is_refused_politely_and_nothing_is_fetched(
    fake_telegram, database_url, database, web
):
    web.route("/bai-viet.html", page(sample_text("004")))
    async with briefbot(fake_telegram, database_url, bot_admin_ids={ADMIN["id"]}, **LOCAL_FETCHES):
        refused = await ask(fake_telegram, f"/ingest {web.url('/bai-viet.html')}", person=MINH)
    assert refused.result["text"] == "Only the bot's administrators can add articles."
    assert web.requests_to("/bai-viet.html") == []
    assert stored_articles(database.sessions) == 0


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (None, "Hãy gửi địa chỉ của bài viết: /ingest https://…"),
        ("/khong-co.html", "Không tải được trang đó: "),
        ("/lac-de.html", "Không lưu: "),
    ],
    ids=["no-address", "missing-page", "off-topic-page"],
)
async def test_a_bad_address_is_one_sentence(
    fake_telegram, database_url, database, web, path, expected
):
    web.route("/khong-co.html", Response(status=404, body=b"not here"))
    off_topic = "Giá rau xanh tăng nhẹ\nChợ đầu mối sáng nay đông người mua, giá rau xanh tăng nhẹ."
    web.route("/lac-de.html", page(off_topic))
    command = "/ingest" if path is None else f"/ingest {web.url(path)}"
    async with briefbot(fake_telegram, database_url, bot_admin_ids={ADMIN["id"]}, **LOCAL_FETCHES):
        reply = await ask(fake_telegram, command)
    assert reply.ok, reply.description
    assert reply.result["text"].startswith(expected)
    assert "\n" not in reply.result["text"]
    assert stored_articles(database.sessions) == 0


async def test_the_feeds_are_crawled_on_the_schedule(
    fake_telegram, database_url, database, web, tmp_path: Path
):
    web.route("/bai-viet.html", page(sample_text("004")))
    web.route(
        "/rss.xml",
        Response(body=rss((web.url("/bai-viet.html"), datetime(2025, 10, 28, tzinfo=UTC)))),
    )
    feeds = write_feeds(tmp_path / "feeds.toml", web.url("/rss.xml"))
    async with briefbot(
        fake_telegram, database_url, feeds_file=feeds, crawl_interval_minutes=15, **LOCAL_FETCHES
    ) as app:
        assert app.job_queue is not None
        (job,) = app.job_queue.get_jobs_by_name(CRAWL_JOB)
        assert job.trigger.interval.total_seconds() == 15 * 60
        await job.run(app)  # what the scheduler does when the interval is up
    assert stored_articles(database.sessions) == 1
    assert len(web.requests_to("/rss.xml")) == 1


@pytest.mark.parametrize(
    "settings", [{"feeds_file": None}, {"crawl_interval_minutes": 0}], ids=["no-feeds", "off"]
)
async def test_no_crawl_is_scheduled_without_feeds_or_with_interval_zero(
    fake_telegram, database_url, tmp_path: Path, settings
):
    feeds = write_feeds(tmp_path / "feeds.toml", "http://127.0.0.1:9/rss.xml")
    async with briefbot(fake_telegram, database_url, **({"feeds_file": feeds} | settings)) as app:
        assert app.job_queue is not None
        assert app.job_queue.get_jobs_by_name(CRAWL_JOB) == ()

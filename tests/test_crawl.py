"""The crawl: feeds served locally, the right articles stored once, every fault counted, logged."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fetching import FakeClock, resolver_for, settings_for
from samples import (
    ENTRY_002,
    HANOI,
    IRRELEVANT_TEXT,
    news_page,
    page,
    rss,
    sample_text,
    serve_feed,
    write_feeds,
)
from sqlalchemy import func, select
from stored import FACT_TABLES, row_counts
from webserver import LoopbackNetwork, Response, WebServer, encode_windows_1258, redirect

import bot.ingestion
import bot.web.crawl
from bot.settings import Settings
from bot.web.crawl import PAGE_CONCURRENCY, CrawlSummary, crawl_once, ingest_url
from bot.web.errors import BlockedAddress, FeedsFileError, HTTPStatusError
from bot.web.fetch import Fetched, Fetcher
from db.digest_content import digest_content
from db.ingest import IRRELEVANT
from db.models import Article, Feed, SeenUrl, TradeFigure
from db.portable import utc
from db.setup import Database
from handlers.commands import dispatch

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

FIRST = "tintuc-thu.vn"
SECOND = "thoisu-thu.vn"
ADDRESSES = {FIRST: ["93.184.216.34"], SECOND: ["93.184.216.35"]}

# The second outlet's own account of the meeting sample 004 reports: other words, same facts.
REWRITE = """Quảng Đông và các bộ, ngành Việt Nam rà soát hợp tác tại Hà Nội

Hà Nội, ngày 28/10 – Hội nghị điều phối hợp tác lần thứ 9 giữa các bộ, ngành, địa phương Việt \
Nam và tỉnh Quảng Đông đã được tổ chức tại Bộ Ngoại giao, do Thứ trưởng Thường trực Bộ Ngoại \
giao Nguyễn Minh Vũ và Phó Tỉnh trưởng tỉnh Quảng Đông Trương Quốc Trí đồng chủ trì.

Theo số liệu được nêu tại hội nghị, năm 2024 thương mại hai chiều giữa Việt Nam và Quảng Đông \
đạt 56,2 tỷ USD, tăng 16,6%. Quảng Đông tiếp tục là đối tác thương mại lớn nhất của Việt Nam \
trong số các địa phương Trung Quốc.

Hai bên thống nhất tăng cường kết nối doanh nghiệp, hợp tác về hạ tầng, năng lượng xanh và \
đào tạo nhân lực trong giai đoạn 2025 - 2027.

Phó Tỉnh trưởng Trương Quốc Trí khẳng định tỉnh coi trọng quan hệ với các địa phương Việt Nam \
và mong muốn mở rộng đầu tư vào các khu công nghiệp hiện đại.
"""


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def feeds_path(tmp_path: Path) -> Path:
    return tmp_path / "feeds.toml"


def crawl_settings(feeds: Path, **changes: object) -> Settings:
    return settings_for(feeds_file=feeds, fetch_retries=1, **changes)


@pytest.fixture
async def fetcher(web: WebServer, clock: FakeClock, feeds_path: Path) -> AsyncIterator[Fetcher]:
    """A fetcher that reaches the local server under the outlets' public-looking names."""
    async with Fetcher(
        crawl_settings(feeds_path),
        resolver=resolver_for(ADDRESSES),
        network_backend=LoopbackNetwork(web),
        clock=clock,
        sleep=clock.sleep,
    ) as f:
        yield f


def stopped() -> datetime:
    """A wall clock that stays at NOW."""
    return NOW


async def crawl(feeds: Path, database: Database, fetcher: Fetcher) -> CrawlSummary:
    return await crawl_once(crawl_settings(feeds), database, fetcher=fetcher, clock=stopped)


def url(host: str, path: str) -> str:
    return f"http://{host}{path}"


# --- two outlets, one story ----------------------------------------------------------------------

PAGE_PUBLISHED = datetime(2025, 10, 29, 8, 0, tzinfo=HANOI)


@pytest.fixture
def two_outlets(web: WebServer, feeds_path: Path) -> Path:
    """Two outlets' feeds: the first with four pages (one off-topic), the second with its own
    account of one of them and a word-for-word copy of another (an agency story)."""
    web.route("/tintuc/004.html", page(sample_text("004"), published=PAGE_PUBLISHED.isoformat()))
    web.route("/tintuc/002.html", page(sample_text("002")))
    web.route("/tintuc/000.html", page(sample_text("000")))
    web.route("/tintuc/xe-buyt.html", page(IRRELEVANT_TEXT))
    web.route("/thoisu/hoi-nghi.html", page(REWRITE, published="2025-10-28T20:00:00+07:00"))
    web.route("/thoisu/000.html", page(sample_text("000")))
    serve_feed(
        web,
        "/tintuc/rss",
        rss(
            (url(FIRST, "/tintuc/004.html"), datetime(2025, 10, 29, 9, 0, tzinfo=HANOI)),
            (url(FIRST, "/tintuc/002.html"), ENTRY_002),
            (url(FIRST, "/tintuc/000.html"), datetime(2017, 7, 19, 18, 0, tzinfo=HANOI)),
            (url(FIRST, "/tintuc/xe-buyt.html"), None),
        ),
        etag='"one-1"',
    )
    serve_feed(
        web,
        "/thoisu/rss",
        rss(
            (url(SECOND, "/thoisu/hoi-nghi.html"), None),
            (url(SECOND, "/thoisu/000.html"), datetime(2017, 7, 20, 7, 0, tzinfo=HANOI)),
        ),
        etag='"two-1"',
    )
    return write_feeds(feeds_path, url(FIRST, "/tintuc/rss"), url(SECOND, "/thoisu/rss"))


async def test_a_crawl_stores_each_relevant_article_once_and_counts_everything(
    two_outlets, database, session, fetcher
):
    summary = await crawl(two_outlets, database, fetcher)

    assert summary == CrawlSummary(
        feeds_read=2, entries_seen=6, pages_fetched=6, new=3, same_story=2, skipped=1
    )
    urls = set(session.scalars(select(Article.url)))
    assert urls == {
        url(FIRST, "/tintuc/004.html"),
        url(FIRST, "/tintuc/002.html"),
        url(FIRST, "/tintuc/000.html"),
        url(SECOND, "/thoisu/hoi-nghi.html"),
        url(SECOND, "/thoisu/000.html"),
    }
    skipped = session.scalars(select(SeenUrl)).one()
    assert (skipped.url, skipped.outcome, skipped.reason) == (
        url(FIRST, "/tintuc/xe-buyt.html"),
        "skipped",
        IRRELEVANT,
    )


async def test_each_article_is_stamped_as_stored_so_a_digest_window_splits_a_crawl_cleanly(
    two_outlets, database, session, fetcher
):
    """A crawl takes minutes: a digest whose window ends during it holds what was stored by
    then, and the next digest holds the rest; no article is in both, none is in neither."""
    minutes = itertools.count(1)

    def ticking() -> datetime:
        return NOW + timedelta(minutes=next(minutes))

    await crawl_once(crawl_settings(two_outlets), database, fetcher=fetcher, clock=ticking)

    stored = session.scalars(select(Article).order_by(Article.id)).all()
    stamps = [utc(article.ingested_at) for article in stored]
    assert stamps == sorted(set(stamps)), "each at its own time, in the order stored"
    assert stamps[0] > NOW
    cut = stamps[1]
    windows = [(NOW, cut), (cut, stamps[-1])]
    told = [
        digest_content(
            session=session, province_ids=None, since=since, until=until, per_section=20
        ).articles.items
        for since, until in windows
    ]
    told_ids = [{article.id for article in items} for items in told]
    first_reports = {a.id for a in stored if a.same_story_as_id is None}
    assert all(told_ids), "the crawl is split between two digests"
    assert told_ids[0] | told_ids[1] == first_reports
    assert not told_ids[0] & told_ids[1]


async def test_one_story_from_two_outlets_has_one_set_of_facts_and_both_sources(
    two_outlets, database, session, fetcher
):
    await crawl(two_outlets, database, fetcher)

    figures = session.scalars(
        select(TradeFigure).where(TradeFigure.year == 2024, TradeFigure.value_usd == 56_200_000_000)
    ).all()
    assert len(figures) == 1
    for story in (
        ["/tintuc/004.html", "/thoisu/hoi-nghi.html"],
        ["/tintuc/000.html", "/thoisu/000.html"],
    ):
        reports = session.scalars(
            select(Article).where(Article.url.in_([url(FIRST, story[0]), url(SECOND, story[1])]))
        ).all()
        root, other = sorted(reports, key=lambda a: a.same_story_as_id is not None)
        assert (root.same_story_as_id, other.same_story_as_id) == (None, root.id)

    latest = dispatch(session, "/latest Quảng Đông", "vi").plain()
    assert "Báo Thế giới và Việt Nam" in latest and SECOND in latest, latest
    # A fact names the article it was read from; the other outlet's own account is not
    # credited with it, since nothing records which of its facts it gave.
    for command in (
        "/tradelatest Quảng Đông",
        "/officials Quảng Đông",
        "/official Trương Quốc Trí",
    ):
        answer = dispatch(session, command, "vi").plain()
        assert "Báo Thế giới và Việt Nam" in answer or SECOND in answer, answer
    assert "56,2 tỷ USD" in dispatch(session, "/tradelatest Quảng Đông", "vi").plain()


async def test_the_answers_read_the_crawled_articles(two_outlets, database, session, fetcher):
    await crawl(two_outlets, database, fetcher)

    trade = dispatch(session, "/tradelatest Quảng Tây", "vi")
    assert "42 tỷ USD" in trade.plain()
    assert f'href="{url(FIRST, "/tintuc/002.html")}"' in trade.html
    officials = dispatch(session, "/officials Quảng Tây", "vi").plain()
    assert "Vi Thao" in officials
    history = dispatch(session, "/official Lê Hoài Trung", "vi").plain()
    assert "Thứ trưởng Bộ Ngoại giao" in history and "Bộ trưởng Ngoại giao" in history


async def test_the_page_date_wins_and_the_entry_date_stands_in_when_the_page_has_none(
    two_outlets, database, session, fetcher
):
    await crawl(two_outlets, database, fetcher)

    def published(path: str) -> datetime:
        moment = session.scalars(
            select(Article.published).where(Article.url == url(FIRST, path))
        ).one()
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    assert published("/tintuc/004.html") == PAGE_PUBLISHED
    assert published("/tintuc/002.html") == ENTRY_002
    old = session.scalars(select(Article).where(Article.url == url(FIRST, "/tintuc/000.html")))
    assert old.one().event_date.year == 2017  # the entry's year, not one guessed from the text


async def test_a_second_crawl_asks_conditionally_and_stores_nothing_new(
    two_outlets, web, database, session, fetcher
):
    await crawl(two_outlets, database, fetcher)
    before = row_counts(session)
    pages_asked = len(web.requests) - 2

    summary = await crawl(two_outlets, database, fetcher)

    assert summary == CrawlSummary(feeds_unchanged=2)
    assert row_counts(session) == before
    assert [r.headers.get("if-none-match") for r in web.requests_to("/tintuc/rss")] == [
        None,
        '"one-1"',
    ]
    assert len(web.requests) - 4 == pages_asked  # only the two feeds were asked again
    feeds = session.scalars(select(Feed).order_by(Feed.url)).all()
    assert [(f.etag, f.consecutive_failures) for f in feeds] == [('"two-1"', 0), ('"one-1"', 0)]


async def test_entries_already_stored_or_seen_are_not_fetched_again(
    two_outlets, web, database, session, fetcher
):
    await crawl(two_outlets, database, fetcher)
    web.route("/tintuc/001.html", page(sample_text("001")))
    serve_feed(
        web,
        "/tintuc/rss",
        rss(
            (url(FIRST, "/tintuc/001.html"), datetime(2024, 8, 19, 8, 0, tzinfo=HANOI)),
            (url(FIRST, "/tintuc/004.html"), None),
            (url(FIRST, "/tintuc/002.html"), None),
            (url(FIRST, "/tintuc/000.html"), None),
            (url(FIRST, "/tintuc/xe-buyt.html"), None),
        ),
        etag='"one-2"',
    )

    summary = await crawl(two_outlets, database, fetcher)

    assert summary == CrawlSummary(
        feeds_read=1, feeds_unchanged=1, entries_seen=5, entries_known=4, pages_fetched=1, new=1
    )
    for path in ("/tintuc/004.html", "/tintuc/002.html", "/tintuc/xe-buyt.html"):
        assert len(web.requests_to(path)) == 1


async def test_an_entry_listed_by_two_feeds_is_fetched_once(web, feeds_path, database, fetcher):
    web.route("/tintuc/004.html", page(sample_text("004")))
    listing = rss((url(FIRST, "/tintuc/004.html"), datetime(2025, 10, 29, tzinfo=HANOI)))
    serve_feed(web, "/tintuc/rss", listing, etag='"a"')
    serve_feed(web, "/tintuc/kinh-te.rss", listing, etag='"b"')
    write_feeds(feeds_path, url(FIRST, "/tintuc/rss"), url(FIRST, "/tintuc/kinh-te.rss"))

    summary = await crawl(feeds_path, database, fetcher)

    assert (summary.entries_seen, summary.entries_known, summary.new) == (2, 1, 1)
    assert len(web.requests_to("/tintuc/004.html")) == 1


# --- faults --------------------------------------------------------------------------------------


def huge() -> Iterator[bytes]:
    for _ in range(100):
        yield b"<p>" + b"x" * 65_536 + b"</p>"


# What the stalled page costs in real time. Every other request must beat it (and half of it to
# connect) on a busy CI machine: at 1 s, a retry of the busy feed once took over 0.5 s to connect
# and was counted as a timeout instead of an HTTP 500.
FAULT_TIMEOUT_SECONDS = 3.0


@pytest.fixture
def faulty(web: WebServer, feeds_path: Path) -> Path:
    """One good feed whose pages fail in every way, next to four feeds that fail themselves."""
    web.route("/gone.rss", Response(status=404))
    web.route("/busy.rss", Response(status=500))
    web.route(
        "/broken.rss",
        Response(
            body=b"<?xml version='1.0'?><rss><channel><title>Tin</title><item><title>M\xe1",
            content_type="application/rss+xml",
        ),
    )
    web.route("/missing.html", Response(status=404))
    web.route("/error.html", Response(status=500))
    web.route("/slow.html", Response(stall=True))
    web.route("/loop-a.html", redirect("/loop-b.html"))
    web.route("/loop-b.html", redirect("/loop-a.html"))
    web.route("/huge.html", Response(body=huge()))
    web.route(
        "/cp1258.html",
        Response(
            body=encode_windows_1258(news_page(sample_text("003"), charset="windows-1258")),
            content_type="text/html; charset=windows-1258",
        ),
    )
    web.route(
        "/photo.jpg", Response(body=b"\xff\xd8\xff\xe0" + bytes(500), content_type="image/jpeg")
    )
    web.route("/004.html", page(sample_text("004")))
    pages = [
        "/missing.html",
        "/error.html",
        "/slow.html",
        "/loop-a.html",
        "/huge.html",
        "/cp1258.html",
        "/photo.jpg",
        "/004.html",
    ]
    when = datetime(2025, 10, 29, 9, 0, tzinfo=HANOI)
    serve_feed(web, "/rss", rss(*((url(FIRST, p), when) for p in pages)), etag='"v1"')
    return write_feeds(
        feeds_path,
        "http://dead-thu.vn/rss",
        url(FIRST, "/gone.rss"),
        url(FIRST, "/broken.rss"),
        url(FIRST, "/busy.rss"),
        url(FIRST, "/rss"),
    )


async def test_every_fault_is_counted_logged_once_and_stops_nothing(
    faulty, web, clock, database, session, caplog
):
    settings = crawl_settings(faulty, fetch_timeout_seconds=FAULT_TIMEOUT_SECONDS)
    caplog.set_level(logging.INFO)
    async with Fetcher(
        settings,
        resolver=resolver_for(ADDRESSES),
        network_backend=LoopbackNetwork(web),
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        summary = await crawl_once(settings, database, fetcher=fetcher, clock=stopped)

    assert summary.failures == {
        "connection failed": 1,
        "HTTP 404": 2,
        "malformed feed": 1,
        "HTTP 500": 2,
        "timeout": 1,
        "redirect error": 1,
        "too large": 1,
    }
    assert (summary.feeds_read, summary.feeds_failed, summary.entries_seen) == (1, 4, 8)
    assert (summary.pages_fetched, summary.new, summary.rejected) == (3, 2, 1)
    stored = set(session.scalars(select(Article.url)))
    assert stored == {url(FIRST, "/cp1258.html"), url(FIRST, "/004.html")}
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    for failed in (
        "http://dead-thu.vn/rss",
        url(FIRST, "/gone.rss"),
        url(FIRST, "/broken.rss"),
        url(FIRST, "/busy.rss"),
        url(FIRST, "/missing.html"),
        url(FIRST, "/error.html"),
        url(FIRST, "/slow.html"),
        url(FIRST, "/loop-a.html"),
        url(FIRST, "/huge.html"),
    ):
        about = [w for w in warnings if failed in w]
        assert len(about) == 1, (failed, warnings)
        assert "\n" not in about[0]


async def test_a_non_utf8_page_is_stored_in_proper_vietnamese(
    faulty, web, clock, database, session
):
    settings = crawl_settings(faulty, fetch_timeout_seconds=FAULT_TIMEOUT_SECONDS)
    async with Fetcher(
        settings,
        resolver=resolver_for(ADDRESSES),
        network_backend=LoopbackNetwork(web),
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        await crawl_once(settings, database, fetcher=fetcher, clock=stopped)

    article = session.scalars(select(Article).where(Article.url == url(FIRST, "/cp1258.html")))
    stored = article.one()
    assert stored.title == sample_text("003").split("\n")[0]
    assert "Bí thư Lộc Tâm Xã" in stored.body


async def test_feed_failures_are_remembered_and_failed_pages_are_not(
    faulty, web, clock, database, session
):
    settings = crawl_settings(faulty, fetch_timeout_seconds=FAULT_TIMEOUT_SECONDS)
    async with Fetcher(
        settings,
        resolver=resolver_for(ADDRESSES),
        network_backend=LoopbackNetwork(web),
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        await crawl_once(settings, database, fetcher=fetcher, clock=stopped)

    feeds = {f.url: f for f in session.scalars(select(Feed))}
    dead = feeds["http://dead-thu.vn/rss"]
    assert (dead.consecutive_failures, dead.last_checked_at is not None) == (1, True)
    assert "does not resolve" in dead.last_status
    assert "404" in feeds[url(FIRST, "/gone.rss")].last_status
    good = feeds[url(FIRST, "/rss")]
    # Some pages failed: no validators, so that the next crawl reads the feed and retries them.
    assert (good.etag, good.consecutive_failures) == (None, 0)
    seen = session.execute(select(SeenUrl.url, SeenUrl.outcome)).all()
    assert seen == [(url(FIRST, "/photo.jpg"), "rejected")]


async def test_a_page_that_failed_is_fetched_again_next_crawl(
    web, feeds_path, database, session, fetcher
):
    failing = [Response(status=503)] * 2  # the first try and its one retry
    web.route("/004.html", *failing, page(sample_text("004")))
    web.route("/002.html", page(sample_text("002")))
    entries = rss((url(FIRST, "/004.html"), None), (url(FIRST, "/002.html"), ENTRY_002))
    serve_feed(web, "/rss", entries, etag='"same"')
    write_feeds(feeds_path, url(FIRST, "/rss"))

    first = await crawl(feeds_path, database, fetcher)
    second = await crawl(feeds_path, database, fetcher)

    assert (first.failures, first.new) == ({"HTTP 503": 1}, 1)
    assert (second.feeds_read, second.entries_known, second.pages_fetched, second.new) == (
        1,
        1,
        1,
        1,
    )
    assert [r.headers.get("if-none-match") for r in web.requests_to("/rss")] == [None, None]
    assert session.scalar(select(func.count(Article.id))) == 2
    third = await crawl(feeds_path, database, fetcher)
    assert third == CrawlSummary(feeds_unchanged=1)


async def test_an_article_failing_midway_leaves_nothing_and_is_tried_again(
    web, feeds_path, database, session, fetcher, monkeypatch
):
    web.route("/004.html", page(sample_text("004")))
    web.route("/002.html", page(sample_text("002")))
    serve_feed(
        web,
        "/rss",
        rss((url(FIRST, "/004.html"), None), (url(FIRST, "/002.html"), ENTRY_002)),
        etag='"x"',
    )
    write_feeds(feeds_path, url(FIRST, "/rss"))
    store = bot.ingestion.ingest_article
    failing_title = sample_text("004").split("\n")[0]

    def fail_after_writing(parsed, **kwargs):
        outcome = store(parsed, **kwargs)  # everything flushed, nothing committed
        if parsed.title == failing_title:
            raise RuntimeError("the disk is full")
        return outcome

    monkeypatch.setattr(bot.ingestion, "ingest_article", fail_after_writing)
    first = await crawl(feeds_path, database, fetcher)
    facts_after_one = {table: row_counts(session)[table] for table in FACT_TABLES}
    monkeypatch.undo()
    second = await crawl(feeds_path, database, fetcher)

    assert (first.new, first.errors) == (1, 1)
    assert facts_after_one["trade_figures"] == 1  # only the article that was stored
    assert session.scalar(select(func.count(SeenUrl.id))) == 0
    assert (second.pages_fetched, second.new) == (1, 1)


async def test_a_feed_breaking_unexpectedly_does_not_stop_the_others(
    two_outlets, database, fetcher, monkeypatch, caplog
):
    real = bot.web.crawl.parse_feed

    def broken_on_the_second_outlet(fetched: Fetched):
        if SECOND in fetched.url:
            raise RuntimeError("a parser bug")
        return real(fetched)

    monkeypatch.setattr(bot.web.crawl, "parse_feed", broken_on_the_second_outlet)

    summary = await crawl(two_outlets, database, fetcher)

    assert (summary.errors, summary.feeds_read, summary.new, summary.skipped) == (1, 1, 3, 1)
    [logged] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "failed unexpectedly" in logged.getMessage() and logged.exc_info


# --- concurrency ---------------------------------------------------------------------------------


class CountingFetcher:
    """Stands in for the fetcher: the feed lists `pages` addresses; each page fetch yields to
    the other tasks a few times while it is in flight, and the most in flight is recorded."""

    def __init__(self, pages: list[str]) -> None:
        self.pages = pages
        self.in_flight = 0
        self.most = 0

    async def get(self, address: str, **_kwargs: object) -> Fetched:
        if address.endswith("/rss"):
            body = rss(*((page, None) for page in self.pages))
            return Fetched(address, 200, body, body.decode(), "application/rss+xml", None, None)
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        for _ in range(5):
            await asyncio.sleep(0)  # a turn for every other task, no time passes
        self.in_flight -= 1
        text = news_page(IRRELEVANT_TEXT)
        return Fetched(address, 200, text.encode(), text, "text/html", None, None)


@pytest.mark.parametrize(
    ("hosts", "most"),
    [
        pytest.param([f"tin{n}-thu.vn" for n in range(12)], PAGE_CONCURRENCY, id="many-hosts"),
        pytest.param([FIRST] * 12, 1, id="one-host"),
    ],
)
async def test_pages_are_fetched_a_few_at_a_time_and_one_by_one_per_host(
    feeds_path, database, hosts, most
):
    write_feeds(feeds_path, url(FIRST, "/rss"))
    counting = CountingFetcher([url(host, f"/{n}.html") for n, host in enumerate(hosts)])

    summary = await crawl_once(
        crawl_settings(feeds_path),
        database,
        fetcher=counting,  # type: ignore[arg-type]
        clock=stopped,
    )

    assert counting.most == most
    assert summary.skipped == len(hosts)


# --- the feeds file ------------------------------------------------------------------------------


async def test_without_a_feeds_file_the_crawl_says_what_to_set(database):
    with pytest.raises(FeedsFileError, match="FEEDS_FILE"):
        await crawl_once(settings_for(), database, clock=stopped)


async def test_an_unusable_feeds_file_is_one_error(feeds_path, database):
    feeds_path.write_text("[[feed]]\nname = 'x'\n", "utf-8")
    with pytest.raises(FeedsFileError, match="feed 1"):
        await crawl_once(crawl_settings(feeds_path), database, clock=stopped)


# --- single pages --------------------------------------------------------------------------------


async def test_a_single_page_is_fetched_and_stored_once(
    web, feeds_path, database, session, fetcher
):
    web.route("/004.html", page(sample_text("004")))
    address = url(FIRST, "/004.html")

    first = await ingest_url(
        address, crawl_settings(feeds_path), database, fetcher=fetcher, clock=stopped
    )
    again = await ingest_url(
        address, crawl_settings(feeds_path), database, fetcher=fetcher, clock=stopped
    )

    assert first.status == "new"
    assert (again.status, again.article_id) == ("duplicate", first.article_id)
    assert len(web.requests_to("/004.html")) == 1
    assert session.scalars(select(Article.url)).one() == address


async def test_an_irrelevant_single_page_is_remembered_as_skipped(
    web, feeds_path, database, session, fetcher
):
    web.route("/xe-buyt.html", page(IRRELEVANT_TEXT))

    outcome = await ingest_url(
        url(FIRST, "/xe-buyt.html"),
        crawl_settings(feeds_path),
        database,
        fetcher=fetcher,
        clock=stopped,
    )

    assert outcome.irrelevant
    assert session.execute(select(SeenUrl.url, SeenUrl.outcome)).all() == [
        (url(FIRST, "/xe-buyt.html"), "skipped")
    ]


async def test_a_single_page_that_cannot_be_fetched_raises_and_leaves_nothing(
    web, feeds_path, database, session, fetcher
):
    with pytest.raises(HTTPStatusError, match="404"):
        await ingest_url(
            url(FIRST, "/nowhere.html"), crawl_settings(feeds_path), database, fetcher=fetcher
        )
    assert session.scalar(select(func.count(SeenUrl.id))) == 0


async def test_the_address_guard_applies_to_single_pages(web, database, session):
    web.route("/004.html", page(sample_text("004")))
    guarded = settings_for(fetch_allow_private_addresses=False)

    with pytest.raises(BlockedAddress, match="loopback"):
        await ingest_url(web.url("/004.html"), guarded, database, clock=stopped)

    assert web.requests == []
    assert session.scalar(select(func.count(Article.id))) == 0

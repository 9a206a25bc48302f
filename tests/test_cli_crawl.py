"""`briefbot crawl` and `briefbot ingest URL` end to end against a local web server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from printed import printed_counts
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
from webserver import Response, WebServer

from bot.cli import main
from db.models import Article


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def run(database_url, monkeypatch, tmp_path):
    """Invoke `briefbot` against the test database; the local server is reachable, unpaced."""
    monkeypatch.chdir(tmp_path)  # no stray .env is read

    def invoke(*args: str, **env: str):
        settings = {
            "DATABASE_URL": database_url,
            "FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
            "FETCH_PER_HOST_DELAY_SECONDS": "0",
            "FETCH_RETRIES": "0",
            "FETCH_TIMEOUT_SECONDS": "10",
            "COLUMNS": "200",
        }
        return CliRunner().invoke(main, list(args), env=settings | env)

    return invoke


@pytest.fixture
def feeds(web: WebServer, tmp_path: Path) -> Path:
    web.route("/004.html", page(sample_text("004"), published="2025-10-29T08:00:00+07:00"))
    web.route("/002.html", page(sample_text("002")))
    web.route("/xe-buyt.html", page(IRRELEVANT_TEXT))
    serve_feed(web, "/rss", rss(*entries(web)), etag='"1"')
    return write_feeds(tmp_path / "feeds.toml", web.url("/rss"))


def entries(web: WebServer) -> list[tuple[str, datetime | None]]:
    return [
        (web.url("/004.html"), None),
        (web.url("/002.html"), ENTRY_002),
        (web.url("/xe-buyt.html"), None),
    ]


def test_a_crawl_prints_its_summary_and_exits_0_despite_a_failed_page(run, feeds, web, session):
    web.route("/moved.html", Response(status=404))
    serve_feed(web, "/rss", rss(*entries(web), (web.url("/moved.html"), None)), etag='"2"')

    result = run("crawl", "--feeds", str(feeds))

    print(result.stdout)
    assert result.exit_code == 0, result.output
    assert "Crawl summary" in result.stdout
    summary = printed_counts(result.stdout)
    assert summary["Feeds read"] == 1
    assert summary["Entries seen"] == 4
    assert summary["Pages fetched"] == 3
    assert summary["New articles"] == 2
    assert summary["Skipped (irrelevant)"] == 1
    assert summary["Fetch failures"] == 1
    assert summary["HTTP 404"] == 1
    assert session.scalar(select(func.count(Article.id))) == 2


def test_a_second_crawl_finds_the_feed_unchanged(run, feeds, session):
    run("crawl", "--feeds", str(feeds))
    before = session.scalar(select(func.count(Article.id)))

    result = run("crawl", "--feeds", str(feeds))

    assert result.exit_code == 0, result.output
    summary = printed_counts(result.stdout)
    assert (summary["Feeds unchanged (304)"], summary["Pages fetched"]) == (1, 0)
    assert session.scalar(select(func.count(Article.id))) == before


def test_a_page_that_failed_is_retried_by_the_next_crawl(run, feeds, web):
    web.route("/moved.html", Response(status=404))
    serve_feed(web, "/rss", rss(*entries(web), (web.url("/moved.html"), None)), etag='"2"')
    run("crawl", "--feeds", str(feeds))

    result = run("crawl", "--feeds", str(feeds))

    summary = printed_counts(result.stdout)
    assert (summary["Feeds read"], summary["Entries already known"], summary["HTTP 404"]) == (
        1,
        3,
        1,
    )
    assert len(web.requests_to("/moved.html")) == 2
    assert len(web.requests_to("/004.html")) == 1


def test_the_feeds_file_can_come_from_the_settings(run, feeds):
    result = run("crawl", FEEDS_FILE=str(feeds))

    assert result.exit_code == 0, result.output
    assert printed_counts(result.stdout)["New articles"] == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "does not exist", id="missing"),
        pytest.param("[[feed]\nurl = 1", "is not valid TOML", id="not-toml"),
        pytest.param("[[feed]]\nname = 'Tin'\nurl = 'ftp://tin.vn/rss'\n", "feed 1", id="bad-url"),
    ],
)
def test_an_unusable_feeds_file_exits_1_with_one_sentence(run, tmp_path, content, message):
    path = tmp_path / "feeds.toml"
    if content is not None:
        path.write_text(content, "utf-8")

    result = run("crawl", "--feeds", str(path), DATABASE_URL=f"sqlite:///{tmp_path}/never.db")

    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not (tmp_path / "never.db").exists()


def test_without_any_feeds_file_the_crawl_says_what_to_set(run):
    result = run("crawl")

    assert result.exit_code == 1
    assert "FEEDS_FILE" in result.output


# --- briefbot ingest URL -------------------------------------------------------------------------


def test_pages_and_files_are_ingested_together(run, web, tmp_path, session):
    web.route("/004.html", page(sample_text("004")))
    local = tmp_path / "002.txt"
    local.write_text(sample_text("002"), "utf-8")

    result = run("ingest", str(local), web.url("/004.html"))

    assert result.exit_code == 0, result.output
    assert web.url("/004.html") in result.stdout
    stored = set(session.scalars(select(Article.url)))
    assert stored == {None, web.url("/004.html")}


def test_a_page_that_cannot_be_fetched_is_a_rejection_in_one_sentence(run, web):
    result = run("ingest", web.url("/gone.html"))

    assert result.exit_code == 1
    line = next(line for line in result.stdout.splitlines() if "/gone.html" in line)
    assert "rejected" in line and "404 Not Found" in line


def test_the_address_guard_applies_to_ingested_pages(run, web, session):
    web.route("/004.html", page(sample_text("004")))

    result = run("ingest", web.url("/004.html"), FETCH_ALLOW_PRIVATE_ADDRESSES="false")

    assert result.exit_code == 1
    assert "loopback" in result.stdout
    assert web.requests == []
    assert session.scalar(select(func.count(Article.id))) == 0


def test_published_overrides_the_date_of_an_ingested_page(run, web, session):
    web.route("/004.html", Response(body=news_page(sample_text("004")).encode()))

    result = run("ingest", web.url("/004.html"), "--published", "2025-10-29T08:00+07:00")

    assert result.exit_code == 0, result.output
    published = session.scalars(select(Article.published)).one()
    as_utc = published.replace(tzinfo=UTC) if published.tzinfo is None else published
    assert as_utc == datetime(2025, 10, 29, 8, 0, tzinfo=HANOI)

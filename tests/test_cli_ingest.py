"""`briefbot ingest` end to end: a folder of good and bad files, a summary and an exit code."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from samples import IRRELEVANT_TEXT, news_page, sample_text
from sqlalchemy import func, select
from stored import row_counts

import bot.ingestion
from bot.cli import main
from db.ingest import IRRELEVANT
from db.models import Article
from extract import MAX_ARTICLE_BYTES


@pytest.fixture
def run(database_url, monkeypatch, tmp_path):
    """Invoke `briefbot` against the test database, with a wide terminal so rows stay whole."""
    monkeypatch.chdir(tmp_path)  # no stray .env is read

    def invoke(*args: str, stdin: bytes | None = None):
        env = {
            "DATABASE_URL": database_url,
            "DEFAULT_TIMEZONE": "Asia/Ho_Chi_Minh",
            "COLUMNS": "400",
        }
        return CliRunner().invoke(main, list(args), input=stdin, env=env)

    return invoke


def result_of(output: str, name: str) -> str:
    """The line of the results table for the document called `name`."""
    [line] = [line for line in output.splitlines() if f"{name} " in line]
    return line


def totals(output: str) -> dict[str, int]:
    """The summary table as {'New': 1, 'Duplicate': 1, 'Same story': 0, 'Rejected': 4}."""
    lines = output.splitlines()
    header = next(i for i, line in enumerate(lines) if "Same story" in line and "Rejected" in line)
    numbers = next(line for line in lines[header + 1 :] if re.search(r"\d", line))
    labels = ["New", "Duplicate", "Same story", "Rejected"]
    return dict(zip(labels, map(int, re.findall(r"\d+", numbers)), strict=True))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    good = sample_text("004")
    (folder / "a-good.txt").write_text(good, "utf-8")
    (folder / "nested" / "b-copy.txt").write_bytes(good.replace("\n", "\r\n").encode())
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "e-utf16.txt").write_bytes(sample_text("002").encode("utf-16"))
    (folder / "f-local-news.txt").write_text(IRRELEVANT_TEXT, "utf-8")
    (folder / "g-page.html").write_text(news_page(sample_text("000")), "utf-8")
    (folder / "notes.md").write_text("not an article", "utf-8")
    (folder / ".draft.txt").write_text(good + "\nhidden", "utf-8")
    return folder


# Read here, or by worker processes while this one stores, in the folder's order either way.
@pytest.mark.parametrize("jobs", ["1", "3"])
def test_a_folder_is_ingested_file_by_file_with_a_summary_and_exit_code_1(
    run, inbox, session, jobs
):
    result = run("ingest", "--jobs", jobs, str(inbox))

    assert result.exit_code == 1, result.output
    out = result.stdout
    assert totals(out) == {"New": 3, "Duplicate": 1, "Same story": 0, "Rejected": 3}
    assert "new" in result_of(out, "a-good.txt")
    assert "already stored as article" in result_of(out, "b-copy.txt")
    assert "empty" in result_of(out, "c-empty.txt")
    assert "rejected" in result_of(out, "d-scan.txt")
    assert "new" in result_of(out, "e-utf16.txt")
    assert IRRELEVANT in result_of(out, "f-local-news.txt")
    assert "new" in result_of(out, "g-page.html")
    assert "notes.md" not in out and ".draft.txt" not in out
    assert session.scalar(select(func.count(Article.id))) == 3


def test_ingesting_the_same_folder_again_changes_nothing(run, inbox, session):
    run("ingest", str(inbox))
    before = row_counts(session)

    result = run("ingest", str(inbox))

    assert totals(result.stdout) == {"New": 0, "Duplicate": 4, "Same story": 0, "Rejected": 3}
    assert row_counts(session) == before


def test_only_good_files_exit_with_0(run, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(sample_text("000"), "utf-8")

    result = run("ingest", str(path))

    assert result.exit_code == 0, result.output
    assert totals(result.stdout)["New"] == 1


def test_an_article_can_come_from_standard_input(run, session):
    result = run("ingest", "-", stdin=sample_text("001").encode())

    assert result.exit_code == 0, result.output
    assert "<stdin>" in result.output
    assert session.scalar(select(func.count(Article.id))) == 1


def test_a_huge_file_is_refused_from_its_size_without_being_read(run, tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    read_bytes = Path.read_bytes

    def refuse_huge(self: Path) -> bytes:
        assert self != huge, "the huge file was read"
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_huge)

    result = run("ingest", str(huge))

    assert result.exit_code == 1
    line = result_of(result.stdout, "huge.txt")
    assert "50.0 MB" in line and f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit" in line


def test_the_published_option_dates_the_articles_in_the_default_time_zone(run, tmp_path, session):
    path = tmp_path / "undated.txt"
    path.write_text(sample_text("002"), "utf-8")

    result = run("ingest", str(path), "--published", "2025-10-02T09:30")

    assert result.exit_code == 0, result.output
    published = session.scalars(select(Article.published)).one()
    as_utc = published.replace(tzinfo=UTC) if published.tzinfo is None else published
    assert as_utc == datetime(2025, 10, 2, 9, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def test_a_malformed_published_date_is_a_usage_error(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(sample_text("002"), "utf-8")

    result = run("ingest", str(path), "--published", "last tuesday")

    assert result.exit_code == 2
    assert "is not an ISO date" in result.output


def test_a_folder_without_articles_says_so(run, tmp_path):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "empty-folder" / "readme.md").write_text("no article here", "utf-8")

    result = run("ingest", str(tmp_path / "empty-folder"))

    assert result.exit_code == 1
    assert "Nothing to ingest" in result.output


def test_an_article_failing_midway_is_rolled_back_and_the_batch_goes_on(
    run, tmp_path, monkeypatch, session
):
    for name, prefix in [("a.txt", "000"), ("b.txt", "002"), ("c.txt", "003")]:
        (tmp_path / name).write_text(sample_text(prefix), "utf-8")
    store = bot.ingestion.ingest_article
    title_of_b = sample_text("002").splitlines()[0]

    def store_then_fail_on_b(parsed, **kwargs):
        outcome = store(parsed, **kwargs)  # everything flushed, nothing committed yet
        if parsed.title == title_of_b:
            raise RuntimeError("the disk is full")
        return outcome

    monkeypatch.setattr(bot.ingestion, "ingest_article", store_then_fail_on_b)

    result = run("ingest", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")))

    assert result.exit_code == 1
    assert "failed unexpectedly" in result_of(result.stdout, "b.txt")
    assert totals(result.stdout) == {"New": 2, "Duplicate": 0, "Same story": 0, "Rejected": 1}
    sources = set(session.scalars(select(Article.source)))
    assert sources == {"TTXVN", "dangcongsan.vn"}


def test_a_document_the_parser_trips_over_is_rejected_and_the_batch_goes_on(
    run, tmp_path, monkeypatch, session
):
    for name, prefix in [("a.txt", "000"), ("b.txt", "002")]:
        (tmp_path / name).write_text(sample_text(prefix), "utf-8")
    parse = bot.ingestion.parse_document

    def fail_on_a(data, **kwargs):
        if kwargs.get("filename") == "a.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return parse(data, **kwargs)

    monkeypatch.setattr(bot.ingestion, "parse_document", fail_on_a)

    result = run("ingest", "--jobs", "1", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))

    assert result.exit_code == 1
    assert "Reading it failed unexpectedly" in result_of(result.stdout, "a.txt")
    assert "new" in result_of(result.stdout, "b.txt")
    assert session.scalar(select(func.count(Article.id))) == 1

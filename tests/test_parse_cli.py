"""`briefbot parse`: the JSON contract on stdout, one line on stderr and exit 2 when unreadable."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from extract import MAX_ARTICLE_BYTES

ARTICLE = (
    "Việt Nam và Quảng Tây tăng cường hợp tác\n\n"
    "03/08/2021 17:01\n\n"
    "Ngày 2/8, Bộ trưởng Bộ Công Thương Nguyễn Văn Phúc hội đàm trực tuyến với Bí thư Khu ủy "
    "Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc Trần Cương. Năm 2020, kim ngạch thương "
    "mại giữa Việt Nam và Quảng Tây đạt khoảng 25 tỷ USD, tăng 4,5%.\n"
)
CONTRACT_KEYS = {
    "title",
    "source",
    "url",
    "published",
    "event_date",
    "event_year_inferred",
    "provinces",
    "trade_figures",
    "officials",
    "meetings",
    "agreements",
}


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run `briefbot parse ARGS…` from an empty directory; returns the click Result."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, stdin: bytes | None = None) -> Result:
        return CliRunner().invoke(main, ["parse", *args], input=stdin)

    return invoke


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_prints_the_json_contract(run, article_file: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run(str(article_file))
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    assert set(facts) == CONTRACT_KEYS
    assert facts["published"] == "2021-08-03T17:01:00+07:00"
    assert facts["event_date"] == "2021-08-02"
    assert facts["provinces"] == ["Quảng Tây"]
    assert facts["trade_figures"] == [
        {
            "province": "Quảng Tây",
            "year": 2020,
            "period": "full_year",
            "kind": "two-way",
            "value_usd": 25_000_000_000,
            "growth_pct": 4.5,
            "approximate": True,
            "quote": "Năm 2020, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt khoảng "
            "25 tỷ USD, tăng 4,5%.",
        }
    ]
    assert facts["officials"][1] == {
        "name": "Trần Cương",
        "title": "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây",
        "side": "CN",
        "province": "Quảng Tây",
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_vietnamese_is_printed_as_is_and_indented(run, article_file: Path) -> None:
    result = run(str(article_file))
    assert '"Quảng Tây"' in result.stdout and "\\u" not in result.stdout
    assert result.stdout.startswith("{\n  ")


def test_reads_stdin_with_a_dash(run) -> None:
    result = run("-", stdin=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["provinces"] == ["Quảng Tây"]


def test_published_and_url_options(run, article_file: Path) -> None:
    result = run(
        str(article_file), "--published", "2021-08-05T09:30", "--url", "https://tin.vn/a.html"
    )
    facts = json.loads(result.stdout)
    assert facts["published"] == "2021-08-05T09:30:00+07:00"
    assert facts["url"] == "https://tin.vn/a.html"


def test_a_malformed_published_date_is_a_usage_error(run, article_file: Path) -> None:
    result = run(str(article_file), "--published", "tuesday")
    assert result.exit_code == 2
    assert "--published" in result.stderr and "ISO 8601" in result.stderr
    assert result.stdout == ""


def _one_line_error(result: Result) -> str:
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_missing_file(run, tmp_path: Path) -> None:
    assert "No such file" in _one_line_error(run(str(tmp_path / "nope.txt")))


def test_a_directory(run, tmp_path: Path) -> None:
    assert "directory" in _one_line_error(run(str(tmp_path)))


def test_an_empty_file(run, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _one_line_error(run(str(path)))


def test_a_binary_file(run, tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "PNG" in _one_line_error(run(str(path)))


def test_a_50_mb_file_is_refused_by_its_size(run, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    assert "limit" in _one_line_error(run(str(path)))


def test_stdin_over_the_limit_is_refused(run) -> None:
    assert "limit" in _one_line_error(run("-", stdin=b"a" * (MAX_ARTICLE_BYTES + 1)))


def test_a_fault_of_the_parser_is_one_line_not_a_traceback(
    run, article_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trips(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    # The module, not the command the package exports under the same name.
    monkeypatch.setattr(importlib.import_module("bot.cli.parse"), "parse_article", trips)
    result = run(str(article_file))
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "failed unexpectedly (IndexError)" in line and "Traceback" not in result.stderr

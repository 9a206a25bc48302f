"""Every command that opens the database says in one sentence why it cannot: a malformed address,
a missing driver, a server that is down, a file that cannot be made. Never a traceback, never
the password."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main

PASSWORD = "s3cret-word"
TOKEN = "123456789:" + "a" * 35


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def commands(tmp_path: Path) -> dict[str, list[str]]:
    """Each command that opens the database, with arguments that get it that far."""
    article = tmp_path / "article.txt"
    article.write_text("Quảng Đông\n\nMột bài viết thử.", "utf-8")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feed]]\nname = "Tin"\nurl = "https://tin.example/rss"\n', "utf-8")
    return {
        "ask": ["ask", "/help"],
        "db status": ["db", "status"],
        "db upgrade": ["db", "upgrade"],
        "ingest": ["ingest", str(article)],
        "crawl": ["crawl", "--feeds", str(feeds)],
        "digest preview": ["digest", "preview", "42"],
        "digest run-due": ["digest", "run-due"],
        "run": ["run"],
    }


BAD_DATABASES = {
    "malformed": ("not a url at all", "DATABASE_URL is not a database address"),
    "no driver": (
        f"mysql+mysqldb://bot:{PASSWORD}@127.0.0.1/briefbot",
        "DATABASE_URL names a database whose driver is not installed",
    ),
    "server down": (
        f"postgresql+psycopg://bot:{PASSWORD}@127.0.0.1:{{port}}/briefbot",
        "Cannot open the database: connection failed",
    ),
    "file in the way": ("sqlite:///{tmp_path}/a-file/briefbot.db", "Cannot open the database"),
}


@pytest.mark.parametrize("database", list(BAD_DATABASES))
@pytest.mark.parametrize(
    "command",
    [
        "ask",
        "db status",
        "db upgrade",
        "ingest",
        "crawl",
        "digest preview",
        "digest run-due",
        "run",
    ],
)
def test_a_database_that_cannot_be_opened_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, database: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    (tmp_path / "a-file").write_text("not a folder")
    url, sentence = BAD_DATABASES[database]
    env = {
        "DATABASE_URL": url.format(port=closed_port(), tmp_path=tmp_path),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        # Nothing may be sent: the database is opened before Telegram is asked anything.
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{closed_port()}/bot",
    }

    result = CliRunner().invoke(main, commands(tmp_path)[command], env=env)

    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: {sentence}")
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output
    assert PASSWORD not in result.output

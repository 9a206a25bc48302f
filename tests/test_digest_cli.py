"""`briefbot digest run-due` and `briefbot digest preview`, against the fake Bot API server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import factories as make
import pytest
from click.testing import CliRunner
from fakebot import FakeTelegram, updates
from printed import printed_counts

from bot.cli import main
from db.digests import Plan, save_subscription
from db.models import Chat

pytestmark = pytest.mark.e2e

DUE = datetime(2025, 11, 24, 1, 0, tzinfo=UTC)  # Monday 08:00 in Hanoi
LAN = updates.user(7001, "Lan")


@pytest.fixture
def run(database_url, fake_telegram: FakeTelegram, monkeypatch, tmp_path):
    """Invoke `briefbot` against the test database and the fake Bot API server."""
    monkeypatch.chdir(tmp_path)  # no stray .env is read

    def invoke(*args: str, **env: str):
        settings = {
            "DATABASE_URL": database_url,
            "TELEGRAM_BOT_TOKEN": fake_telegram.token,
            "TELEGRAM_BASE_URL": fake_telegram.base_url,
            "COLUMNS": "200",
        }
        return CliRunner().invoke(main, list(args), env=settings | env)

    return invoke


@pytest.fixture
def subscribed(sessions, fake_telegram: FakeTelegram) -> int:
    """Lan's chat follows Quảng Đông weekly; one article came in during the week."""
    fake_telegram.add_chat(updates.private_chat(LAN))
    with sessions.begin() as session:
        session.add(Chat(id=LAN["id"], type="private", timezone="Asia/Ho_Chi_Minh", created_at=DUE))
        session.flush()
        save_subscription(
            session=session,
            chat_id=LAN["id"],
            plan=Plan("weekly", 0, "08:00", False),
            all_provinces=False,
            provinces=[make.province(session, "guangdong")],
            next_due_at=DUE,
            covered_until=DUE - timedelta(days=7),
            now=DUE - timedelta(days=7),
        )
        make.article(session, title="Tin hợp tác biên giới", ingested_at=DUE - timedelta(days=2))
    return LAN["id"]


def test_run_due_sends_what_is_due_once_and_prints_the_summary(run, subscribed, fake_telegram):
    result = run("digest", "run-due", "--now", "2025-11-24T08:00:30+07:00")
    assert result.exit_code == 0, result.output
    table = printed_counts(result.output)
    assert (table["Digests due"], table["Sent with news"]) == (1, 1)
    assert table["Chats that received a digest"] == 1
    [message] = fake_telegram.sent_messages(subscribed)
    assert "Tin hợp tác biên giới" in message["text"]

    again = run("digest", "run-due", "--now", "2025-11-24T01:05:00")
    assert again.exit_code == 0, again.output
    assert printed_counts(again.output)["Digests due"] == 0
    assert len(fake_telegram.sent_messages(subscribed)) == 1


def test_nothing_is_due_before_its_time(run, subscribed, fake_telegram):
    result = run("digest", "run-due", "--now", "2025-11-24T07:59+07:00")
    assert result.exit_code == 0, result.output
    assert printed_counts(result.output)["Digests due"] == 0
    assert fake_telegram.sent_messages(subscribed) == []


def test_preview_prints_the_digest_without_sending_it(run, subscribed, fake_telegram):
    result = run("digest", "preview", str(subscribed), "--now", "2025-11-24T08:00+07:00")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Bản tin tuần — Quảng Đông")
    assert "Tin hợp tác biên giới" in result.output
    assert fake_telegram.calls_to("sendMessage") == []
    sent = run("digest", "run-due", "--now", "2025-11-24T08:00+07:00")
    assert printed_counts(sent.output)["Sent with news"] == 1, "the preview counted for nothing"


@pytest.mark.parametrize(
    ("args", "env", "exit_code", "message"),
    [
        (("digest", "preview", "42"), {}, 1, "Error: Chat 42 has no digest."),
        (("digest", "run-due", "--now", "next monday"), {}, 2, "is not an ISO 8601 instant"),
        (("digest", "run-due"), {"TELEGRAM_BOT_TOKEN": ""}, 1, "TELEGRAM_BOT_TOKEN is not set"),
        (
            ("digest", "run-due"),
            {"TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot"},
            1,
            "Cannot reach the Bot API at http://127.0.0.1:9/bot",
        ),
    ],
)
def test_problems_are_one_sentence(run, args, env, exit_code, message):
    result = run(*args, **env)
    assert result.exit_code == exit_code
    assert message in result.output
    assert "Traceback" not in result.output

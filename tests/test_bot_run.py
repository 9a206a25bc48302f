"""`briefbot run`: the bot's menu and descriptions registered at start in both languages, long
polling and webhook mode as separate processes against the fake Bot API server, and one clear
sentence (exit code 1) for anything wrong with the token or the options."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest
from botrun import LAN, LAN_CHAT, briefbot
from click.testing import CliRunner
from fakebot import FakeTelegram, updates

from bot.cli import main
from handlers.commands import COMMANDS

pytestmark = pytest.mark.e2e

PROCESS_TIMEOUT = 60.0
REFUSED_TOKEN = "987654321:" + "b" * 35


@pytest.mark.parametrize("default_locale", ["vi", "en"])
async def test_the_menu_and_descriptions_are_registered_in_both_languages(
    fake_telegram, database_url, default_locale
):
    async with briefbot(fake_telegram, database_url, default_locale=default_locale):
        pass
    names = [c.name for c in COMMANDS]
    menus = {code: fake_telegram.commands(language_code=code) for code in ("vi", "en", "")}
    assert all([c["command"] for c in menu] == names for menu in menus.values())
    tradechart = {
        code: menu[names.index("tradechart")]["description"] for code, menu in menus.items()
    }
    assert tradechart["vi"] == "biểu đồ thương mại của một tỉnh theo năm, kèm nguồn"
    assert tradechart["en"] == "a chart of a province's trade by year, with its sources"
    assert tradechart[""] == tradechart[default_locale]
    assert fake_telegram.description("vi").startswith("Thông tin về quan hệ")
    assert fake_telegram.description("en").startswith("Facts on Vietnam’s relations")
    assert fake_telegram.description("") == fake_telegram.description(default_locale)
    assert 0 < len(fake_telegram.description("vi", short=True)) <= 120


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A runner in an empty folder (no .env) and without bot settings in the environment."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


@pytest.mark.parametrize(
    ("env", "options", "sentence"),
    [
        ({}, [], "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "changeme"}, [], "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "12345:short"}, [], "does not look like a bot token"),
        (
            {"TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35},
            ["--webhook-url", "http://insecure.example.org/tg"],
            "must be an https:// address",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35},
            ["--webhook-url", "https://bot.example.org/tg", "--secret-token", "not allowed!"],
            "--secret-token must be 1 to 256 letters",
        ),
    ],
    ids=["missing", "placeholder", "malformed", "plain-http", "bad-secret"],
)
def test_a_bad_token_or_option_is_one_sentence_and_exit_code_1(cli, env, options, sentence):
    result = cli.invoke(main, ["run", *options], env=env)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert sentence in result.output
    assert "Traceback" not in result.output
    assert "a" * 35 not in result.output


def test_run_help_lists_its_options_with_an_example(cli):
    result = cli.invoke(main, ["run", "--help"])
    assert result.exit_code == 0
    for option in ("--webhook-url", "--listen", "--port", "--secret-token", "Example:"):
        assert option in result.output


# --- as a process ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def start_briefbot(
    fake: FakeTelegram, database_url: str, tmp_path: Path, *options: str, **settings: str
):
    """`briefbot run` as a process against `fake`; `settings` override its environment."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "DEBUG",
        **settings,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from bot.cli import main; main()",
        "run",
        *options,
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def stop(process: asyncio.subprocess.Process) -> tuple[int, str]:
    """Ctrl-C, as an operator stops it; the exit code and everything it logged."""
    process.send_signal(signal.SIGINT)
    async with asyncio.timeout(PROCESS_TIMEOUT):
        _, stderr = await process.communicate()
    return process.returncode or 0, stderr.decode()


async def test_briefbot_run_answers_by_long_polling_and_logs_no_token(
    fake_telegram, database_url, tmp_path
):
    process = await start_briefbot(fake_telegram, database_url, tmp_path)
    try:
        await fake_telegram.wait_for("getUpdates", timeout=PROCESS_TIMEOUT)
        fake_telegram.push(updates.command("/tradelatest Quảng Đông", chat=LAN_CHAT, sender=LAN))
        answer = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"])
    finally:
        code, log = await stop(process)
    assert answer.ok and answer.params["text"].startswith("<b>Quảng Đông</b>")
    assert code == 0, log
    assert "Application started" in log, "the run was logged"
    assert fake_telegram.token not in log and fake_telegram.token.split(":")[1] not in log


async def test_briefbot_run_serves_a_webhook_that_checks_its_secret(
    fake_telegram, database_url, tmp_path
):
    port = free_port()
    public = "https://bot.example.org/telegram/briefbot"
    process = await start_briefbot(
        fake_telegram, database_url, tmp_path, "--webhook-url", public, "--port", str(port)
    )
    try:
        hooked = await fake_telegram.wait_for("setWebhook", timeout=PROCESS_TIMEOUT)
        secret = hooked.params["secret_token"]
        update = fake_telegram.push(updates.command("/help", chat=LAN_CHAT, sender=LAN))
        local = f"http://127.0.0.1:{port}/telegram/briefbot"
        async with httpx.AsyncClient() as client:
            refused = await client.post(local, content=json.dumps(update))
            accepted = await client.post(
                local,
                content=json.dumps(update),
                headers={
                    "X-Telegram-Bot-Api-Secret-Token": secret,
                    "Content-Type": "application/json",
                },
            )
        answer = await fake_telegram.wait_for("sendMessage", chat_id=LAN["id"])
    finally:
        code, log = await stop(process)
    assert hooked.params["url"] == public
    assert len(secret) >= 32, "a random secret when none was given"
    assert refused.status_code == 403 and accepted.status_code == 200
    assert answer.ok and answer.params["text"].startswith("<b>Thông tin")
    assert "Webhook secret token set (random)" in log
    assert secret not in log and fake_telegram.token not in log
    assert code == 0, log


@pytest.mark.parametrize(
    ("problem", "sentence"),
    [
        ("refused token", "Error: Telegram refused TELEGRAM_BOT_TOKEN"),
        ("server down", "Error: Cannot reach the Bot API at http://127.0.0.1:"),
        ("webhook port taken", "Error: Cannot serve the webhook on 127.0.0.1:"),
    ],
)
async def test_briefbot_run_tells_a_start_up_problem_in_one_line_without_a_traceback(
    fake_telegram, database_url, tmp_path, problem, sentence
):
    settings: dict[str, str] = {}
    options: list[str] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        if problem == "refused token":
            settings["TELEGRAM_BOT_TOKEN"] = REFUSED_TOKEN
        elif problem == "server down":
            settings["TELEGRAM_BASE_URL"] = f"http://127.0.0.1:{free_port()}/bot"
        else:
            port = str(taken.getsockname()[1])
            options = ["--webhook-url", "https://bot.example.org/tg", "--port", port]
        process = await start_briefbot(fake_telegram, database_url, tmp_path, *options, **settings)
        async with asyncio.timeout(PROCESS_TIMEOUT):
            _, stderr = await process.communicate()
    log = stderr.decode()
    assert process.returncode == 1, log
    assert log.strip().splitlines()[-1].startswith(sentence)
    assert "Traceback" not in log
    assert REFUSED_TOKEN.split(":")[1] not in log and fake_telegram.token.split(":")[1] not in log


async def test_briefbot_run_with_a_database_it_cannot_open_says_so_and_exits_1(
    fake_telegram, tmp_path
):
    (tmp_path / "a-file").write_text("not a folder")
    unreachable = f"sqlite:///{tmp_path / 'a-file' / 'briefbot.db'}"
    process = await start_briefbot(fake_telegram, unreachable, tmp_path)
    async with asyncio.timeout(PROCESS_TIMEOUT):
        _, stderr = await process.communicate()
    last_line = stderr.decode().strip().splitlines()[-1]
    assert process.returncode == 1
    assert last_line.startswith("Error: Cannot open the database: ")

"""Running briefbot against the fake Telegram Bot API server the end-to-end tests use
(tests/fakebot), as a separate process configured by its environment, like in production."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"


def fakebot() -> ModuleType:
    """The `fakebot` package (it lives with the tests, which put tests/ on the path)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    import fakebot as module

    return module


def briefbot_environment(*, token: str, base_url: str, database_url: str) -> dict[str, str]:
    """The environment of a briefbot process talking to the fake server: no crawling, quiet
    logs, and nothing of the caller's own bot settings."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "DATABASE_", "FEEDS_", "BOT_"))
    }
    environment |= {
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_BASE_URL": base_url,
        "DATABASE_URL": database_url,
        "CRAWL_INTERVAL_MINUTES": "0",
        "LOG_LEVEL": "WARNING",
        "PTB_TIMEDELTA": "true",
        "PYTHONPATH": str(REPO),
    }
    return environment


@dataclass
class Briefbot:
    """A `briefbot …` process, its output in a log file."""

    process: subprocess.Popen[bytes]
    log: Path

    @classmethod
    def start(cls, arguments: list[str], environment: dict[str, str]) -> Briefbot:
        """`briefbot ARGUMENTS` in a scratch directory (so that no stray .env is read)."""
        scratch = Path(tempfile.mkdtemp(prefix="briefbot-bench-"))
        log = scratch / "briefbot.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-c", "from bot.cli import main; main()", *arguments],
                cwd=scratch,
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        return cls(process, log)

    def tail(self, lines: int = 15) -> str:
        return "\n".join(self.log.read_text("utf-8", "replace").splitlines()[-lines:])

    def memory(self) -> dict[str, float]:
        """Resident memory now and at its peak, in MB (Linux /proc)."""
        fields = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
        return {"rss_mb": round(fields["VmRSS"], 1), "peak_rss_mb": round(fields["VmHWM"], 1)}

    def wait(self, timeout: float) -> int | None:
        """The exit code, or None when the process is still running after `timeout` seconds."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, timeout: float = 30.0) -> int:
        """Ctrl-C, as a person stops the bot; killed when it does not stop in time."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        code = self.wait(timeout)
        if code is None:
            self.process.kill()
            code = self.process.wait()
        return code

"""A fetcher under test's control: settings for the local server, a clock that moves only when
the fetcher sleeps, and a resolver of made-up public names."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable, Sequence

from bot.settings import Settings, load_settings


class FakeClock:
    """Monotonic time that only moves when someone sleeps; sleeps and wake-up times are recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.wake_ups: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.wake_ups.append(self.now + seconds)
        self.now = max(self.now, self.now + seconds)


def settings_for(**changes: object) -> Settings:
    """Settings for fetching from the local server, with small limits; `changes` override them."""
    values: dict[str, object] = {
        "_env_file": None,
        "fetch_allow_private_addresses": True,
        "fetch_timeout_seconds": 5.0,
        "fetch_max_bytes": 100_000,
        "fetch_retries": 2,
        "fetch_per_host_delay_seconds": 1.0,
        "fetch_user_agent": "briefbot-test/1.0 (+https://example.org/bot)",
    }
    return load_settings(**(values | changes))


def resolver_for(
    names: dict[str, Sequence[str]],
) -> Callable[[str, int], Awaitable[Sequence[str]]]:
    """A resolver that knows only `names` (host -> addresses); any other name does not resolve."""

    async def resolve(host: str, port: int) -> Sequence[str]:
        if host not in names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return names[host]

    return resolve

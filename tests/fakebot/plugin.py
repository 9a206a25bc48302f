"""The `fake_telegram` pytest fixture: a started fake Bot API server, stopped after the test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .server import FakeTelegram


def pytest_configure(config: pytest.Config) -> None:
    # PTB 22 warns on every RetryAfter (and other time periods) unless the process opts in to
    # timedelta values; with warnings as errors that warning would replace the RetryAfter.
    os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A fake api.telegram.org on 127.0.0.1: give PTB `base_url=fake.base_url`, `fake.token`."""
    with FakeTelegram() as fake:
        yield fake
    assert not fake.internal_errors, "the fake Bot API server failed:\n" + "\n".join(
        fake.internal_errors
    )

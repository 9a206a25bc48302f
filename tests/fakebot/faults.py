"""Failures a test scripts into the fake server: one-off faults, and Telegram-like flood control.

Scripted faults answer a method (optionally for one chat) with a fixed error a given number of
times. Flood control is a token bucket per chat and one for the whole bot, like Telegram's
limits (about 30 messages a second overall, one a second per chat, 20 a minute per group):
a send that finds a bucket empty is answered 429 with the seconds until it refills.

python-telegram-bot turns a 429 into `telegram.error.RetryAfter`; `AIORateLimiter(max_retries=n)`
catches it, pauses *every* request of the bot for `retry_after + 0.1` seconds and retries, up to
n times. So a scripted `retry_after` of 0.05 costs a test about 0.15 s. PTB only recognises a
truthy `retry_after` (0 would surface as a plain NetworkError), hence the 0.001 s floor below.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from .protocol import ApiError, forbidden, too_many_requests

SENDING_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)
MIN_RETRY_AFTER = 0.001
STATUS_DESCRIPTIONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
BLOCKED_BY_USER = "bot was blocked by the user"

Clock = Callable[[], float]


@dataclass(slots=True)
class Fault:
    """An error answer for `methods` (and, if set, only for `chat_id`), `times` times (None:
    until removed)."""

    methods: frozenset[str]
    error: ApiError
    chat_id: int | str | None = None
    times: int | None = 1

    def applies_to(self, method: str, chat_id: Any) -> bool:
        """Whether this fault answers a call to `method` for `chat_id`."""
        if self.times == 0 or method not in self.methods:
            return False
        return self.chat_id is None or self.chat_id == chat_id


@dataclass(slots=True)
class FaultScript:
    """The faults in the order a test scripted them; the first that applies is used up."""

    faults: list[Fault] = field(default_factory=list)

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def take(self, method: str, chat_id: Any) -> ApiError | None:
        """The error to answer with, if a scripted fault applies; consumes one use of it."""
        for fault in self.faults:
            if fault.applies_to(method, chat_id):
                if fault.times is not None:
                    fault.times -= 1
                return fault.error
        return None


def methods_of(methods: str | Collection[str]) -> frozenset[str]:
    """A method name or several, as a set."""
    return frozenset([methods]) if isinstance(methods, str) else frozenset(methods)


def server_error(status: int) -> ApiError:
    """A 5xx answer with the usual reason phrase."""
    return ApiError(status, STATUS_DESCRIPTIONS.get(status, "Server Error"))


def blocked_error() -> ApiError:
    return forbidden(BLOCKED_BY_USER)


class ManualClock:
    """A clock that moves only when a test says so; thread-safe."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class TokenBucket:
    """`capacity` sends at once, refilled at `rate` per second of `clock`."""

    def __init__(self, rate: float, capacity: float, clock: Clock) -> None:
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()

    def wait_time(self) -> float:
        """Seconds until one token is available (0 when one is)."""
        self._refill()
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate

    def take(self) -> None:
        self._refill()
        self._tokens -= 1

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now


class FloodControl:
    """Telegram-like send limits: overall, per chat, and per group chat (per minute).

    A limit of None is not enforced. `whole_seconds` rounds `retry_after` up like Telegram does;
    leave it False for fast tests with small fractional waits.
    """

    def __init__(
        self,
        *,
        overall_per_second: float | None = 30,
        per_chat_per_second: float | None = 1,
        per_group_per_minute: float | None = 20,
        clock: Clock = time.monotonic,
        whole_seconds: bool = False,
    ) -> None:
        self._clock = clock
        self._whole_seconds = whole_seconds
        self._per_chat = per_chat_per_second
        self._per_group = per_group_per_minute
        self._overall = (
            TokenBucket(overall_per_second, overall_per_second, clock)
            if overall_per_second
            else None
        )
        self._chats: dict[Any, TokenBucket] = {}
        self._groups: dict[Any, TokenBucket] = {}
        self.refused = 0

    def admit(self, chat_id: Any, *, is_group: bool) -> None:
        """Counts one send to `chat_id`, or raises a 429 ApiError when a limit is reached."""
        buckets = [bucket for bucket in self._buckets(chat_id, is_group) if bucket is not None]
        wait = max((bucket.wait_time() for bucket in buckets), default=0.0)
        if wait > 0:
            self.refused += 1
            raise too_many_requests(self._retry_after(wait))
        for bucket in buckets:
            bucket.take()

    def _buckets(self, chat_id: Any, is_group: bool) -> list[TokenBucket | None]:
        chat = (
            self._chats.setdefault(
                chat_id, TokenBucket(self._per_chat, max(1.0, self._per_chat), self._clock)
            )
            if self._per_chat
            else None
        )
        group = (
            self._groups.setdefault(
                chat_id, TokenBucket(self._per_group / 60, self._per_group, self._clock)
            )
            if self._per_group and is_group
            else None
        )
        return [self._overall, chat, group]

    def _retry_after(self, wait: float) -> float:
        if self._whole_seconds:
            return float(math.ceil(wait))
        return max(MIN_RETRY_AFTER, round(wait, 3))

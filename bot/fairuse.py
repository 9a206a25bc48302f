"""Fair use: how many commands one person may send per minute, so nobody slows the bot for others.

Counted per process (each instance behind a load balancer keeps its own window), over a sliding
minute. A person over the limit is told once; further commands in the same minute are dropped
quietly until their oldest command of the window is a minute old.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0
# Forget people idle for a whole window once this many are remembered.
PRUNE_AT = 10_000

Clock = Callable[[], float]


class Verdict(enum.Enum):
    ALLOWED = "allowed"
    REFUSED_TELL = "refused, tell them"  # the first refusal of this stretch: say why, politely
    REFUSED_QUIETLY = "refused quietly"


class FairUse:
    """A sliding one-minute window of commands per user, with an injectable clock."""

    def __init__(self, per_minute: int, *, clock: Clock = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._told: set[int] = set()

    def admit(self, user_id: int) -> Verdict:
        """Count one command of `user_id`, unless they already used up this minute."""
        now = self.clock()
        if len(self._seen) >= PRUNE_AT:
            self._prune(now)
        recent = self._seen.setdefault(user_id, deque())
        while recent and now - recent[0] >= WINDOW_SECONDS:
            recent.popleft()
        if len(recent) < self.per_minute:
            recent.append(now)
            self._told.discard(user_id)
            return Verdict.ALLOWED
        if user_id in self._told:
            return Verdict.REFUSED_QUIETLY
        self._told.add(user_id)
        return Verdict.REFUSED_TELL

    def _prune(self, now: float) -> None:
        idle = [
            u for u, times in self._seen.items() if not times or now - times[-1] >= WINDOW_SECONDS
        ]
        for user_id in idle:
            del self._seen[user_id]
            self._told.discard(user_id)

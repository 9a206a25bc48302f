"""Updates of different chats handled at once, those of one chat one after another.

A person who sends two commands gets two answers in that order, a /lang takes effect for the
command after it, and a group's move to its supergroup is recorded before the supergroup's first
command is answered; meanwhile a slow answer in one chat holds up no other chat.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (the person, for inline queries); None when neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class ChatOrder(BaseUpdateProcessor):
    """At most `max_concurrent_updates` updates at once, one at a time per chat, in order."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._turns: dict[int, asyncio.Lock] = {}
        self._waiting: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        # asyncio.Lock wakes its waiters first come, first served: the chat's order is kept.
        turn = self._turns.setdefault(key, asyncio.Lock())
        self._waiting[key] += 1
        try:
            async with turn:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key]
                del self._turns[key]

    async def initialize(self) -> None:
        """Nothing to set up: the locks are made as chats appear."""

    async def shutdown(self) -> None:
        """Nothing to release."""

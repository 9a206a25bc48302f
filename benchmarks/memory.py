"""Memory of a running bot: `briefbot run` (the real Application, long polling) against the fake
Bot API server, on a database of N articles, after answering a batch of commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from benchmarks.answers import stored_people
from benchmarks.queries import questions
from benchmarks.telegram import Briefbot, briefbot_environment, fakebot
from benchmarks.world import World
from handlers.commands import COMMANDS

USERS = 40
START_TIMEOUT = 120.0
ANSWER_TIMEOUT = 600.0


def measure_memory(
    url: str, world: World, *, commands: int, seed: int, progress: Callable[[int], None]
) -> dict[str, object]:
    """Resident memory once the bot has started, and after it answered `commands` questions
    from USERS people (the realistic mix, every command)."""
    fake_module = fakebot()
    asked = questions(
        per_command=-(-commands // len(COMMANDS)),
        divisions=world.divisions,
        division_weights=world.weights,
        people=stored_people(url) or [p.name for p in world.people],
        seed=seed,
    )[:commands]
    with fake_module.FakeTelegram() as fake:
        environment = briefbot_environment(
            token=fake.token, base_url=fake.base_url, database_url=url
        )
        bot = Briefbot.start(["run"], environment)
        try:
            return asyncio.run(_drive(fake, fake_module, bot, asked, progress))
        finally:
            bot.stop()


async def _drive(fake, fake_module, bot: Briefbot, asked, progress) -> dict[str, object]:
    updates = fake_module.updates
    try:
        await fake.wait_until(lambda: fake.polls_waiting >= 1, timeout=START_TIMEOUT)
    except AssertionError as exc:
        raise RuntimeError(f"the bot did not start polling:\n{bot.tail()}") from exc
    started = bot.memory()
    people = [updates.user(900_000 + n, f"Người dùng {n}") for n in range(USERS)]
    chats = [updates.private_chat(person) for person in people]
    since = len(fake.calls)
    for number, question in enumerate(asked):
        fake.push(updates.command(question.text, chat=chats[number % USERS]))

    def answered() -> bool:
        replies = [
            call
            for call in fake.calls[since:]
            if call.method in ("sendMessage", "sendPhoto") and call.ok
        ]
        return len(replies) >= len(asked)

    try:
        await fake.wait_until(answered, timeout=ANSWER_TIMEOUT, what="an answer to every command")
    except AssertionError as exc:
        raise RuntimeError(f"the bot did not answer every command:\n{bot.tail()}") from exc
    progress(len(asked))
    after = bot.memory()
    return {
        "commands": len(asked),
        "users": USERS,
        "rss_after_start_mb": started["rss_mb"],
        "rss_mb": after["rss_mb"],
        "peak_rss_mb": after["peak_rss_mb"],
    }

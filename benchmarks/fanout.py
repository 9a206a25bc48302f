"""Digest fan-out: `briefbot digest run-due` sending the weekly digests of thousands of chats
through the fake Bot API server, which enforces Telegram's limits (30 messages a second
overall, one a second per chat) with 429 answers; the rate sustained, and every chat checked
for a lost or a doubled digest."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from benchmarks.telegram import Briefbot, briefbot_environment, fakebot
from benchmarks.world import World
from db.models import Article, Chat, Province, Subscription
from db.setup import open_database

FIRST_CHAT_ID = 5_000_000
TELEGRAM_LIMIT_PER_SECOND = 30
ALL_PROVINCES_SHARE = 0.2
# The digest covers the week before the run.
WEEK = timedelta(days=7)


def subscribe_chats(url: str, world: World, *, chats: int, seed: int) -> datetime:
    """`chats` private chats with a weekly digest due now (one to three provinces, or all);
    returns 'now': an hour after the newest article was stored."""
    rng = random.Random(f"{seed}/fanout")
    database = open_database(url, migrate=False)
    try:
        with database.sessions.begin() as session:
            newest = session.scalar(select(func.max(Article.ingested_at)))
            now = (newest.replace(tzinfo=UTC) if newest else datetime.now(UTC)) + timedelta(hours=1)
            provinces = {p.key: p for p in session.scalars(select(Province))}
            for n in range(chats):
                chat_id = FIRST_CHAT_ID + n
                everywhere = rng.random() < ALL_PROVINCES_SHARE
                keys = {d.key for d in rng.choices(world.divisions, world.weights, k=3)}
                session.add(
                    Chat(
                        id=chat_id,
                        type="private",
                        locale=rng.choice(("vi", "vi", "en")),
                        timezone="Asia/Ho_Chi_Minh",
                        active=True,
                        created_at=now - WEEK * 2,
                    )
                )
                session.add(
                    Subscription(
                        chat_id=chat_id,
                        frequency="weekly",
                        weekday=now.weekday(),
                        time_of_day="08:00",
                        all_provinces=everywhere,
                        skip_empty=False,
                        active=True,
                        next_due_at=now - timedelta(minutes=1),
                        covered_until=now - WEEK,
                        created_at=now - WEEK * 2,
                        provinces=[] if everywhere else [provinces[k] for k in sorted(keys)],
                    )
                )
    finally:
        database.dispose()
    return now


def measure_fanout(
    url: str, world: World, *, chats: int, seed: int, progress: Callable[[int], None]
) -> dict[str, object]:
    now = subscribe_chats(url, world, chats=chats, seed=seed)
    module = fakebot()
    flood = module.FloodControl(
        overall_per_second=TELEGRAM_LIMIT_PER_SECOND, per_chat_per_second=1, per_group_per_minute=20
    )
    chat_ids = [FIRST_CHAT_ID + n for n in range(chats)]
    with module.FakeTelegram() as fake:
        fake.set_flood_control(flood)
        for chat_id in chat_ids:
            fake.add_chat(
                module.updates.private_chat(module.updates.user(chat_id, f"Độc giả {chat_id}"))
            )
        environment = briefbot_environment(
            token=fake.token, base_url=fake.base_url, database_url=url
        )
        bot = Briefbot.start(["digest", "run-due", "--now", now.isoformat()], environment)
        try:
            code = _wait_for_run(bot, fake, chats, progress)
        finally:
            bot.stop()
        calls = fake.calls
    if code != 0:
        raise RuntimeError(f"briefbot digest run-due exited with {code}:\n{bot.tail()}")
    sends = [call for call in calls if call.method == "sendMessage"]
    delivered = [call for call in sends if call.ok]
    per_chat = Counter(int(call.params["chat_id"]) for call in delivered)
    times = sorted(call.time for call in delivered)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    return {
        "chats": chats,
        "delivered": len(delivered),
        "refused_429": sum(1 for call in sends if call.status == 429),
        "other_errors": sum(1 for call in sends if not call.ok and call.status != 429),
        "lost": sum(1 for chat_id in chat_ids if per_chat[chat_id] == 0),
        "duplicated": sum(1 for count in per_chat.values() if count > 1),
        "seconds": round(span, 2),
        "sustained_messages_per_second": round((len(delivered) - 1) / span, 2) if span else 0.0,
        "limit_per_second": TELEGRAM_LIMIT_PER_SECOND,
    }


def _wait_for_run(bot: Briefbot, fake, chats: int, progress: Callable[[int], None]) -> int:
    """The exit code of run-due, reporting the digests delivered so far every few seconds."""
    deadline = time.monotonic() + chats / TELEGRAM_LIMIT_PER_SECOND * 3 + 300
    reported = 0
    while (code := bot.wait(timeout=2.0)) is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"run-due did not finish in time:\n{bot.tail()}")
        delivered = sum(1 for call in fake.calls if call.method == "sendMessage" and call.ok)
        progress(delivered - reported)
        reported = delivered
    progress(chats - reported)
    return code

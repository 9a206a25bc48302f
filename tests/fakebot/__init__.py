"""A fake Telegram Bot API server for end-to-end tests of the real python-telegram-bot stack.

with FakeTelegram() as fake:                      # or the `fake_telegram` fixture
    bot = telegram.Bot(fake.token, base_url=fake.base_url)
    fake.push(updates.command("/start", chat=updates.private_chat(alice)))
    call = await fake.wait_for("sendMessage", chat_id=alice["id"])
"""

from . import updates
from .faults import FloodControl, ManualClock, TokenBucket
from .protocol import ApiError, UploadedFile
from .ptb import application_builder, polling
from .server import DEFAULT_TOKEN, FakeTelegram
from .state import Call

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Call",
    "FakeTelegram",
    "FloodControl",
    "ManualClock",
    "TokenBucket",
    "UploadedFile",
    "application_builder",
    "polling",
    "updates",
]

"""FakeTelegram: a local Bot API server that tests script (updates, members, faults) and
inspect (every call, every message the bot sent), waiting on conditions instead of sleeping."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from collections.abc import Callable, Collection
from typing import Any, TypeVar

from . import api, updates
from .bot_info import scope_key
from .faults import Clock, Fault, FloodControl, blocked_error, methods_of, server_error
from .protocol import ApiError, ApiRequest, UploadedFile, too_many_requests
from .state import MIGRATED, Call, TelegramState
from .transport import BotApiHttpServer

DEFAULT_TOKEN = "123456789:fake-token-for-tests_0123456789abcdef"
T = TypeVar("T")


class FakeTelegram:
    """A fake api.telegram.org on 127.0.0.1; use as a context manager or start()/stop().

    Point python-telegram-bot at it with `base_url=fake.base_url` (TELEGRAM_BASE_URL) and
    `fake.token`. All state is guarded by one lock, so tests and the server's threads may use
    it at once.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "briefbot_test_bot",
        bot_name: str = "Briefbot",
        clock: Clock = time.time,
    ) -> None:
        bot = updates.user(
            int(token.split(":", 1)[0]), bot_name, username=bot_username, is_bot=True
        )
        bot.update(
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=True,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        self.token = token
        self.clock = clock
        self._state = TelegramState(token=token, bot=bot, clock=clock)
        self._http: BotApiHttpServer | None = None

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        """Listens on a free port of 127.0.0.1 and serves from a background thread."""
        if self._http is None:
            self._http = BotApiHttpServer(self._answer)
            self._http.start()
        return self

    def stop(self) -> None:
        """Ends waiting polls, closes every connection and joins the server's threads."""
        with self._state.lock:
            self._state.closing = True
            self._state.changed()
        if self._http is not None:
            self._http.stop()
            self._http = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What python-telegram-bot's `base_url` takes; it appends the token and method."""
        return f"http://127.0.0.1:{self._port()}/bot"

    def _port(self) -> int:
        if self._http is None:
            raise RuntimeError("the fake Bot API server is not running: start() it first")
        return self._http.port

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot's own User JSON, as getMe answers it."""
        return copy.deepcopy(self._state.bot)

    @property
    def internal_errors(self) -> list[str]:
        """Tracebacks of bugs in the fake itself (answered 500); a test should see none."""
        with self._state.lock:
            return list(self._state.internal_errors)

    # --- what the bot receives ---------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queues an update (from the `fakebot.updates` factories) and releases a waiting
        getUpdates at once. Returns it with update_id, message_id and query ids filled in."""
        with self._state.lock:
            return self._state.push(update)

    def add_chat(self, chat: dict[str, Any]) -> None:
        """Makes a chat known (chats also become known from pushed updates)."""
        with self._state.lock:
            self._state.add_chat(chat)

    def set_member(
        self, chat_id: int, user: dict[str, Any] | int, status: str, **fields: Any
    ) -> None:
        """Says what getChatMember answers for `user` in `chat_id`: "creator",
        "administrator", "member", "restricted", "left" or "kicked" (extra fields override
        the defaults, e.g. `is_anonymous=True`)."""
        with self._state.lock:
            if isinstance(user, dict):
                self._state.add_user(user)
            user_id = int(user["id"]) if isinstance(user, dict) else int(user)
            self._state.members[(int(chat_id), user_id)] = {"status": status, **fields}

    def migrate_group(self, chat_id: int, new_chat_id: int) -> dict[str, Any]:
        """Upgrades a group to a supergroup: from now on the old id is answered with 400
        and migrate_to_chat_id; both service messages are pushed. Returns the new chat."""
        with self._state.lock:
            old = self._state.chat(chat_id)
            new = {**old, "id": new_chat_id, "type": "supergroup"}
            self._state.add_chat(new)
            if (status := self._state.bot_status.get(old["id"])) is not None:
                self._state.bot_status[new_chat_id] = status
            self._state.push(updates.migrate_to(old, new_chat_id))
            self._state.push(updates.migrate_from(new, int(old["id"])))
            return copy.deepcopy(new)

    def block(self, user: dict[str, Any]) -> dict[str, Any]:
        """The user blocks the bot: sends to their private chat get 403 from now on, and the
        bot receives the my_chat_member update Telegram sends."""
        return self.push(updates.bot_blocked(user, bot=self.bot_user))

    # --- scripted faults ---------------------------------------------------------------

    def fail(
        self,
        methods: str | Collection[str],
        error: ApiError,
        *,
        chat_id: int | str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Answers the next `times` calls to `methods` (for `chat_id`, if given) with
        `error`; `times=None` keeps failing until `clear_faults()`."""
        with self._state.lock:
            return self._state.faults.add(Fault(methods_of(methods), error, chat_id, times))

    def flood(
        self,
        methods: str | Collection[str] = "sendMessage",
        *,
        retry_after: float = 0.05,
        chat_id: int | str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """429 Too Many Requests with `retry_after` (fractional seconds keep tests fast)."""
        return self.fail(methods, too_many_requests(retry_after), chat_id=chat_id, times=times)

    def fail_server(
        self, methods: str | Collection[str], status: int = 500, *, times: int | None = 1
    ) -> Fault:
        """A 5xx answer (500 by default, 502 Bad Gateway, ...) for the next `times` calls."""
        return self.fail(methods, server_error(status), times=times)

    def fail_blocked(self, chat_id: int, methods: str | Collection[str] = "sendMessage") -> Fault:
        """403 "bot was blocked by the user" for sends to `chat_id`, until cleared."""
        return self.fail(methods, blocked_error(), chat_id=chat_id, times=None)

    def fail_migrated(
        self, chat_id: int, new_chat_id: int, methods: str | Collection[str] = "sendMessage"
    ) -> Fault:
        """400 "group chat was upgraded..." with migrate_to_chat_id, until cleared."""
        error = ApiError(400, f"Bad Request: {MIGRATED}", {"migrate_to_chat_id": new_chat_id})
        return self.fail(methods, error, chat_id=chat_id, times=None)

    def clear_faults(self) -> None:
        with self._state.lock:
            self._state.faults.faults.clear()

    def set_flood_control(self, flood: FloodControl | None) -> None:
        """Enforces (or, with None, stops enforcing) Telegram-like send limits."""
        with self._state.lock:
            self._state.flood = flood

    # --- what the bot did --------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """Every call so far, in the order answered."""
        with self._state.lock:
            return list(self._state.calls)

    def calls_to(self, method: str, **params: Any) -> list[Call]:
        """The calls to `method` whose parameters include `params`."""
        return [call for call in self.calls if _matches(call, method, params, None)]

    def sent_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """The messages the bot sent (to `chat_id`, or anywhere), as they are now (edits
        applied, deletions gone), oldest first, as Message JSON."""
        with self._state.lock:
            return [
                copy.deepcopy(message)
                for key in self._state.bot_messages
                if (chat_id is None or key[0] == chat_id)
                and (message := self._state.messages.get(key)) is not None
            ]

    def file_bytes(self, file_id: str) -> bytes:
        """The bytes of an uploaded file, by the file_id the server gave it."""
        return self.uploaded(file_id).data

    def uploaded(self, file_id: str) -> UploadedFile:
        with self._state.lock:
            return self._state.files[file_id]

    def commands(
        self, *, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The command menu set for a scope (default scope if None) and language."""
        with self._state.lock:
            return copy.deepcopy(self._state.commands.get((scope_key(scope), language_code), []))

    def description(self, language_code: str = "", *, short: bool = False) -> str:
        with self._state.lock:
            store = self._state.short_descriptions if short else self._state.descriptions
            return store.get(language_code, "")

    @property
    def polls_waiting(self) -> int:
        """How many getUpdates requests are being held open right now."""
        with self._state.lock:
            return self._state.polls_waiting

    # --- waiting on conditions ---------------------------------------------------------

    async def wait_for(
        self,
        method: str,
        *,
        predicate: Callable[[Call], bool] | None = None,
        since: int = 0,
        timeout: float = 5.0,
        **params: Any,
    ) -> Call:
        """The first call to `method` (from call index `since` on) whose parameters include
        `params` and that satisfies `predicate`, waiting up to `timeout` seconds for it."""

        def found() -> Call | None:
            return next(
                (c for c in self._state.calls[since:] if _matches(c, method, params, predicate)),
                None,
            )

        return await self.wait_until(found, timeout=timeout, what=f"a {method} call {params}")

    async def wait_until(
        self, condition: Callable[[], T | None], *, timeout: float = 5.0, what: str = ""
    ) -> T:
        """The first truthy value of `condition()`, re-checked (under the state lock) each
        time the server's state changes; AssertionError after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        changed = asyncio.Event()

        def wake() -> None:
            # Called on the server's threads; the loop may already be closing.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(changed.set)

        with self._state.lock:
            self._state.watchers.add(wake)
        try:
            async with asyncio.timeout(timeout):
                while True:
                    changed.clear()
                    with self._state.lock:
                        value = condition()
                    if value:
                        return value
                    await changed.wait()
        except TimeoutError:
            raise AssertionError(
                f"waited {timeout} s for {what or 'a condition'}; calls so far:\n"
                + self.describe_calls()
            ) from None
        finally:
            with self._state.lock:
                self._state.watchers.discard(wake)

    def describe_calls(self, last: int = 20) -> str:
        """The latest calls, one line each, for failure messages."""
        lines = [
            f"  #{c.index} {c.method} {c.status} {_brief(c.params)}" for c in self.calls[-last:]
        ]
        return "\n".join(lines) or "  (none)"

    def _answer(
        self, token: str, method: str, request: ApiRequest, path: str
    ) -> tuple[int, dict[str, Any]]:
        return api.answer(self._state, token=token, method=method, request=request, path=path)


def _matches(
    call: Call, method: str, params: dict[str, Any], predicate: Callable[[Call], bool] | None
) -> bool:
    if call.method != api.canonical_method(method):
        return False
    if any(call.params.get(name) != value for name, value in params.items()):
        return False
    return predicate is None or predicate(call)


def _brief(params: dict[str, Any], width: int = 120) -> str:
    text = ", ".join(f"{name}={value!r}" for name, value in params.items())
    return text if len(text) <= width else text[: width - 1] + "…"

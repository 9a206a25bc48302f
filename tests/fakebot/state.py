"""Everything the fake Bot API server remembers, behind one lock: chats, messages, updates, calls.

Every read and write happens while holding `TelegramState.lock`, a condition variable that is
notified (and the registered watchers called) whenever something a test may wait for changes.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .faults import BLOCKED_BY_USER, Clock, FaultScript, FloodControl
from .protocol import UploadedFile, bad_request, forbidden

MIGRATED = "group chat was upgraded to a supergroup chat"
KICKED_FROM = {
    "group": "bot was kicked from the group chat",
    "supergroup": "bot was kicked from the supergroup chat",
    "channel": "bot was kicked from the channel chat",
}
# Where a pushed update keeps its message-like object, per update type.
MESSAGE_KEYS = ("message", "edited_message", "channel_post", "edited_channel_post")
SENDER_KEYS = {
    "message": "from",
    "edited_message": "from",
    "callback_query": "from",
    "inline_query": "from",
    "chosen_inline_result": "from",
    "my_chat_member": "from",
    "chat_member": "from",
}


@dataclass(frozen=True, slots=True)
class Call:
    """One request the server answered: what was asked, by which token, and the answer."""

    index: int
    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    token: str
    path: str
    time: float
    status: int
    response: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def result(self) -> Any:
        return self.response.get("result")

    @property
    def description(self) -> str | None:
        return self.response.get("description")


@dataclass(slots=True)
class TelegramState:
    """The fake Telegram's memory; callers hold `lock` around every use."""

    token: str
    bot: dict[str, Any]
    clock: Clock
    lock: threading.Condition = field(default_factory=threading.Condition)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    bot_messages: list[tuple[int, int]] = field(default_factory=list)
    last_message_id: dict[int, int] = field(default_factory=dict)
    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 1
    allowed_updates: frozenset[str] | None = None
    polls_started: int = 0  # a newer poll ends the one waiting, as on Telegram
    polls_waiting: int = 0
    webhook: dict[str, Any] | None = None
    closing: bool = False
    members: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    seen_in_chat: set[tuple[int, int]] = field(default_factory=set)
    bot_status: dict[int, str] = field(default_factory=dict)
    migrated_to: dict[int, int] = field(default_factory=dict)
    callback_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    inline_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    answered_queries: set[str] = field(default_factory=set)
    next_query_id: int = 1
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    short_descriptions: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    faults: FaultScript = field(default_factory=FaultScript)
    flood: FloodControl | None = None
    calls: list[Call] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)
    watchers: set[Callable[[], None]] = field(default_factory=set)

    @property
    def bot_id(self) -> int:
        return int(self.bot["id"])

    def changed(self) -> None:
        """Wakes long polls and everyone waiting on a condition over this state."""
        self.lock.notify_all()
        for watcher in list(self.watchers):
            watcher()

    # --- chats and users ---------------------------------------------------------------

    def add_chat(self, chat: dict[str, Any]) -> None:
        self.chats[int(chat["id"])] = copy.deepcopy(chat)

    def add_user(self, user: dict[str, Any]) -> None:
        self.users[int(user["id"])] = copy.deepcopy(user)

    def chat(self, chat_id: Any) -> dict[str, Any]:
        """The chat a `chat_id` parameter names (an id or "@username"), or 400 chat not found."""
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            for chat in self.chats.values():
                if str(chat.get("username", "")).lower() == name:
                    return chat
            raise bad_request("chat not found")
        try:
            return self.chats[int(chat_id)]
        except (KeyError, ValueError, TypeError):
            raise bad_request("chat not found") from None

    def writable_chat(self, chat_id: Any) -> dict[str, Any]:
        """The chat, if the bot may post there now; else Telegram's 400 or 403 answer."""
        chat = self.chat(chat_id)
        if (new_id := self.migrated_to.get(chat["id"])) is not None:
            raise bad_request(MIGRATED, {"migrate_to_chat_id": new_id})
        status = self.bot_status.get(chat["id"], "member")
        if status in ("kicked", "left"):
            if chat["type"] == "private":
                raise forbidden(BLOCKED_BY_USER)
            if status == "kicked":
                raise forbidden(KICKED_FROM.get(chat["type"], KICKED_FROM["group"]))
            raise forbidden(f"bot is not a member of the {chat['type']} chat")
        return chat

    # --- messages ----------------------------------------------------------------------

    def next_message_id(self, chat_id: int) -> int:
        self.last_message_id[chat_id] = self.last_message_id.get(chat_id, 0) + 1
        return self.last_message_id[chat_id]

    def store_message(self, message: dict[str, Any]) -> dict[str, Any]:
        """Keeps `message`, numbering it in its chat if it has no id yet."""
        chat_id = int(message["chat"]["id"])
        if not message.get("message_id"):
            message["message_id"] = self.next_message_id(chat_id)
        else:
            latest = self.last_message_id.get(chat_id, 0)
            self.last_message_id[chat_id] = max(latest, int(message["message_id"]))
        message.setdefault("date", int(self.clock()))
        self.messages[(chat_id, int(message["message_id"]))] = message
        return message

    def message(self, chat_id: int, message_id: Any) -> dict[str, Any] | None:
        try:
            return self.messages.get((chat_id, int(message_id)))
        except (TypeError, ValueError):
            return None

    def bot_message(self, chat_id: Any, message_id: Any, *, missing: str) -> dict[str, Any]:
        """A message the bot sent (to edit or delete it), or 400 with `missing`."""
        chat = self.chat(chat_id)
        message = self.message(chat["id"], message_id)
        if message is None or message.get("from", {}).get("id") != self.bot_id:
            raise bad_request(missing)
        return message

    # --- updates -----------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queues an update for getUpdates, completing ids and learning chats and users."""
        update = copy.deepcopy(update)
        if not update.get("update_id"):
            update["update_id"] = self.next_update_id
        self.next_update_id = max(self.next_update_id, int(update["update_id"])) + 1
        kind = update_type(update)
        body = update[kind]
        if kind in MESSAGE_KEYS:
            self._learn_message(body)
        elif kind == "callback_query":
            body.setdefault("id", self._query_id())
            body.setdefault("chat_instance", str(body.get("message", {}).get("chat", {}).get("id")))
            self.callback_queries[body["id"]] = body
        elif kind == "inline_query":
            body.setdefault("id", self._query_id())
            body.setdefault("offset", "")
            self.inline_queries[body["id"]] = body
        elif kind in ("my_chat_member", "chat_member"):
            self._learn_membership(kind, body)
        if (sender := body.get(SENDER_KEYS.get(kind, ""))) is not None:
            self.add_user(sender)
        self.updates.append(update)
        self.changed()
        return copy.deepcopy(update)

    def _learn_message(self, message: dict[str, Any]) -> None:
        chat = message["chat"]
        self.chats.setdefault(int(chat["id"]), copy.deepcopy(chat))
        if (sender := message.get("from")) is not None:
            self.add_user(sender)
            self.seen_in_chat.add((int(chat["id"]), int(sender["id"])))
        for member in message.get("new_chat_members", []):
            self.add_user(member)
            self.seen_in_chat.add((int(chat["id"]), int(member["id"])))
        if (new_id := message.get("migrate_to_chat_id")) is not None:
            self.migrated_to[int(chat["id"])] = int(new_id)
        self.store_message(message)

    def _learn_membership(self, kind: str, change: dict[str, Any]) -> None:
        chat = change["chat"]
        change.setdefault("date", int(self.clock()))
        self.chats.setdefault(int(chat["id"]), copy.deepcopy(chat))
        member = change["new_chat_member"]
        user_id = int(member["user"]["id"])
        self.add_user(member["user"])
        if kind == "my_chat_member" and user_id == self.bot_id:
            self.bot_status[int(chat["id"])] = member["status"]
        else:
            self.members[(int(chat["id"]), user_id)] = copy.deepcopy(member)

    def _query_id(self) -> str:
        self.next_query_id += 1
        return f"{self.bot_id}{self.next_query_id:08d}"

    def pending_updates(self, offset: int | None, limit: int) -> list[dict[str, Any]]:
        """Confirms the updates before `offset` (forgetting them) and returns the next ones the
        bot asked for; updates of types it did not ask for are dropped, as Telegram never
        produces them."""
        if offset is not None and offset < 0:
            del self.updates[: max(0, len(self.updates) + offset)]
        elif offset is not None:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        allowed = self.allowed_updates or DEFAULT_UPDATE_TYPES
        self.updates = [u for u in self.updates if update_type(u) in allowed]
        return copy.deepcopy(self.updates[:limit])

    # --- calls -------------------------------------------------------------------------

    def record(self, **fields: Any) -> Call:
        call = Call(index=len(self.calls), **fields)
        self.calls.append(call)
        self.changed()
        return call


# Telegram leaves these out unless allowed_updates names them.
OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
ALL_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
DEFAULT_UPDATE_TYPES = ALL_UPDATE_TYPES - OPT_IN_UPDATE_TYPES


def update_type(update: dict[str, Any]) -> str:
    """The kind of an update: the one key besides `update_id`."""
    kinds = [key for key in update if key != "update_id"]
    if len(kinds) != 1:
        raise ValueError(f"an update has exactly one kind besides update_id, got {kinds}")
    return kinds[0]

"""Factories for the Update JSON Telegram sends a bot: messages, commands, button presses,
inline queries, membership changes and group migrations.

They leave out update_id, message_id, dates and query ids: `FakeTelegram.push` fills those in
the way Telegram would (message ids counted per chat).
"""

from __future__ import annotations

import copy
from typing import Any

from .bot_info import ADMINISTRATOR_RIGHTS
from .tghtml import utf16_length

# Telegram shows an anonymous group administrator as this bot, with sender_chat = the group.
GROUP_ANONYMOUS_BOT: dict[str, Any] = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}


def user(
    user_id: int,
    first_name: str,
    *,
    username: str | None = None,
    last_name: str | None = None,
    language_code: str | None = None,
    is_bot: bool = False,
) -> dict[str, Any]:
    """A User."""
    found: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
    optional = {"last_name": last_name, "username": username, "language_code": language_code}
    found.update({name: value for name, value in optional.items() if value is not None})
    return found


def private_chat(person: dict[str, Any]) -> dict[str, Any]:
    """The private chat between the bot and `person` (its id is the user's id)."""
    chat = {"id": person["id"], "type": "private", "first_name": person["first_name"]}
    for name in ("last_name", "username"):
        if name in person:
            chat[name] = person[name]
    return chat


def group(chat_id: int, title: str) -> dict[str, Any]:
    """A basic group (negative id)."""
    return {"id": chat_id, "type": "group", "title": title}


def supergroup(chat_id: int, title: str, *, username: str | None = None) -> dict[str, Any]:
    """A supergroup (id -100…)."""
    chat: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": title}
    if username:
        chat["username"] = username
    return chat


def message(
    text: str,
    *,
    chat: dict[str, Any],
    sender: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
    reply_to: dict[str, Any] | None = None,
    sender_chat: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An update with a text message; in a private chat the sender defaults to its user."""
    body: dict[str, Any] = {"chat": copy.deepcopy(chat), "text": text}
    sender = sender if sender is not None else _private_user(chat)
    body["from"] = copy.deepcopy(sender)
    if sender_chat is not None:
        body["sender_chat"] = copy.deepcopy(sender_chat)
    if entities:
        body["entities"] = entities
    if reply_to is not None:
        body["reply_to_message"] = copy.deepcopy(reply_to)
    return {"message": body}


def command(
    text: str,
    *,
    chat: dict[str, Any],
    sender: dict[str, Any] | None = None,
    bot_username: str | None = None,
    sender_chat: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An update with a command such as "/trade quang tay", with its bot_command entity;
    with `bot_username` it is addressed as "/trade@<bot_username> quang tay", as in groups."""
    if not text.startswith("/"):
        raise ValueError(f"a command starts with '/': {text!r}")
    name, _, arguments = text.partition(" ")
    if bot_username:
        name = f"{name}@{bot_username}"
    full = f"{name} {arguments}" if arguments else name
    entity = {"type": "bot_command", "offset": 0, "length": utf16_length(name)}
    return message(full, chat=chat, sender=sender, entities=[entity], sender_chat=sender_chat)


def anonymous_admin_command(
    text: str, *, chat: dict[str, Any], bot_username: str | None = None
) -> dict[str, Any]:
    """A command from an anonymous administrator: sent by GroupAnonymousBot on behalf of the
    group itself (sender_chat = the group)."""
    return command(
        text, chat=chat, sender=GROUP_ANONYMOUS_BOT, bot_username=bot_username, sender_chat=chat
    )


def callback_query(data: str, *, message: dict[str, Any], sender: dict[str, Any]) -> dict[str, Any]:
    """A press on an inline button with `data`, under a message the bot sent."""
    return {
        "callback_query": {
            "from": copy.deepcopy(sender),
            "message": copy.deepcopy(message),
            "chat_instance": str(message["chat"]["id"]),
            "data": data,
        }
    }


def inline_query(
    query: str, *, sender: dict[str, Any], offset: str = "", chat_type: str = "private"
) -> dict[str, Any]:
    """An inline query "@bot <query>" typed in some chat."""
    return {
        "inline_query": {
            "from": copy.deepcopy(sender),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
    }


def bot_added(
    chat: dict[str, Any], *, by: dict[str, Any], bot: dict[str, Any], as_admin: bool = False
) -> dict[str, Any]:
    """my_chat_member: `by` adds the bot to a group (as an administrator, if asked)."""
    new = _member(bot, "administrator", **ADMINISTRATOR_RIGHTS) if as_admin else None
    return _my_chat_member(chat, by, _member(bot, "left"), new or _member(bot, "member"))


def bot_removed(chat: dict[str, Any], *, by: dict[str, Any], bot: dict[str, Any]) -> dict[str, Any]:
    """my_chat_member: `by` removes the bot from a group."""
    return _my_chat_member(chat, by, _member(bot, "member"), _member(bot, "kicked", until_date=0))


def bot_blocked(person: dict[str, Any], *, bot: dict[str, Any]) -> dict[str, Any]:
    """my_chat_member: `person` blocks the bot in their private chat."""
    return _my_chat_member(
        private_chat(person), person, _member(bot, "member"), _member(bot, "kicked", until_date=0)
    )


def migrate_to(
    chat: dict[str, Any], new_chat_id: int, *, sender: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The service message in a group that became a supergroup (migrate_to_chat_id)."""
    return _service_message(chat, sender, migrate_to_chat_id=new_chat_id)


def migrate_from(
    chat: dict[str, Any], old_chat_id: int, *, sender: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The first service message in the new supergroup (migrate_from_chat_id)."""
    return _service_message(chat, sender, migrate_from_chat_id=old_chat_id)


def _private_user(chat: dict[str, Any]) -> dict[str, Any]:
    if chat.get("type") != "private":
        raise ValueError("a message in a group needs its sender")
    return user(chat["id"], chat.get("first_name", ""), username=chat.get("username"))


def _member(person: dict[str, Any], status: str, **fields: Any) -> dict[str, Any]:
    return {"status": status, "user": copy.deepcopy(person), **fields}


def _my_chat_member(
    chat: dict[str, Any], by: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> dict[str, Any]:
    return {
        "my_chat_member": {
            "chat": copy.deepcopy(chat),
            "from": copy.deepcopy(by),
            "old_chat_member": old,
            "new_chat_member": new,
        }
    }


def _service_message(
    chat: dict[str, Any], sender: dict[str, Any] | None, **fields: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"chat": copy.deepcopy(chat), **fields}
    if sender is not None:
        body["from"] = copy.deepcopy(sender)
    return {"message": body}

"""The Bot API methods about the bot and its chats: identity, command menus, descriptions,
chats and their members."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from .protocol import ApiRequest, bad_request
from .state import MIGRATED, TelegramState

MAX_COMMANDS = 100
MAX_COMMAND_DESCRIPTION = 256
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
COMMAND_SCOPES = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}
ADMINISTRATOR_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": False,
    "can_manage_video_chats": False,
    "can_restrict_members": False,
    "can_promote_members": False,
    "can_change_info": False,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}
RESTRICTIONS = {
    "is_member": True,
    "can_change_info": False,
    "can_invite_users": False,
    "can_pin_messages": False,
    "can_send_messages": True,
    "can_send_polls": False,
    "can_send_other_messages": False,
    "can_add_web_page_previews": False,
    "can_manage_topics": False,
    "until_date": 0,
    "can_send_audios": False,
    "can_send_documents": False,
    "can_send_photos": False,
    "can_send_videos": False,
    "can_send_video_notes": False,
    "can_send_voice_notes": False,
    "can_edit_tag": False,
    "can_react_to_messages": True,
}
MEMBER_DEFAULTS: dict[str, dict[str, Any]] = {
    "creator": {"is_anonymous": False},
    "administrator": ADMINISTRATOR_RIGHTS,
    "member": {},
    "restricted": RESTRICTIONS,
    "left": {},
    "kicked": {"until_date": 0},
}
# Fields that getChat returns for every chat (python-telegram-bot requires them).
CHAT_FULL_INFO_DEFAULTS = {
    "accent_color_id": 0,
    "max_reaction_count": 11,
    "accepted_gift_types": {
        "unlimited_gifts": False,
        "limited_gifts": False,
        "unique_gifts": False,
        "premium_subscription": False,
        "gifts_from_channels": False,
    },
}
_COMMAND = re.compile(r"[a-z0-9_]{1,32}$")


def get_me(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    return copy.deepcopy(state.bot)


def set_my_commands(state: TelegramState, request: ApiRequest) -> bool:
    commands = request.params.get("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= MAX_COMMAND_DESCRIPTION:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = _commands_key(request.params)
    state.commands[key] = [
        {"command": c["command"], "description": c["description"]} for c in commands
    ]
    return True


def get_my_commands(state: TelegramState, request: ApiRequest) -> list[dict[str, Any]]:
    return copy.deepcopy(state.commands.get(_commands_key(request.params), []))


def delete_my_commands(state: TelegramState, request: ApiRequest) -> bool:
    state.commands.pop(_commands_key(request.params), None)
    return True


def set_my_description(state: TelegramState, request: ApiRequest) -> bool:
    _set_text(state.descriptions, request.params, "description", MAX_DESCRIPTION)
    return True


def get_my_description(state: TelegramState, request: ApiRequest) -> dict[str, str]:
    language = str(request.params.get("language_code") or "")
    return {"description": state.descriptions.get(language, "")}


def set_my_short_description(state: TelegramState, request: ApiRequest) -> bool:
    _set_text(state.short_descriptions, request.params, "short_description", MAX_SHORT_DESCRIPTION)
    return True


def get_my_short_description(state: TelegramState, request: ApiRequest) -> dict[str, str]:
    language = str(request.params.get("language_code") or "")
    return {"short_description": state.short_descriptions.get(language, "")}


def get_chat(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    chat = _current_chat(state, request.params.get("chat_id"))
    return {**CHAT_FULL_INFO_DEFAULTS, **copy.deepcopy(chat)}


def get_chat_member(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    chat = _current_chat(state, request.params.get("chat_id"))
    user_id = request.params.get("user_id")
    if isinstance(user_id, str) and user_id.lstrip("-").isdigit():
        user_id = int(user_id)
    if not isinstance(user_id, int):
        raise bad_request("invalid user_id specified")
    return chat_member(state, chat, user_id)


METHODS = {
    "getMe": get_me,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": set_my_description,
    "getMyDescription": get_my_description,
    "setMyShortDescription": set_my_short_description,
    "getMyShortDescription": get_my_short_description,
    "getChat": get_chat,
    "getChatMember": get_chat_member,
}


def chat_member(state: TelegramState, chat: dict[str, Any], user_id: int) -> dict[str, Any]:
    """The ChatMember JSON for `user_id` in `chat`: as a test configured it, else "member"
    for the user of a private chat, anyone seen posting in the chat and the bot itself (while
    it has not been removed), else "left"."""
    chat_id = int(chat["id"])
    user = state.users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": str(user_id)}
    member = copy.deepcopy(state.members.get((chat_id, user_id)))
    if member is None:
        if user_id == state.bot_id:
            status = state.bot_status.get(chat_id, "member")
        elif chat_id == user_id or (chat_id, user_id) in state.seen_in_chat:
            status = "member"
        else:
            status = "left"
        member = {"status": status}
    return {**MEMBER_DEFAULTS[member["status"]], **member, "user": copy.deepcopy(user)}


def scope_key(scope: Any) -> str:
    """A command scope in canonical form, checked like Telegram checks it."""
    scope = scope or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    for required in COMMAND_SCOPES[scope["type"]]:
        if scope.get(required) in (None, ""):
            raise bad_request(f"{required} is empty")
    return json.dumps(scope, sort_keys=True)


def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
    return scope_key(params.get("scope")), str(params.get("language_code") or "")


def _set_text(store: dict[str, str], params: dict[str, Any], name: str, limit: int) -> None:
    text = str(params.get(name) or "")
    if len(text) > limit:
        raise bad_request(f"{name} is too long")
    language = str(params.get("language_code") or "")
    if text:
        store[language] = text
    else:
        store.pop(language, None)


def _current_chat(state: TelegramState, chat_id: Any) -> dict[str, Any]:
    chat = state.chat(chat_id)
    if (new_id := state.migrated_to.get(chat["id"])) is not None:
        raise bad_request(MIGRATED, {"migrate_to_chat_id": new_id})
    return chat

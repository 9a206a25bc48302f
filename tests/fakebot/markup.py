"""Reply markup as Telegram checks it: inline keyboards with their buttons' limits."""

from __future__ import annotations

import re
from typing import Any

from .protocol import bad_request

BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100
_BUTTON_URL = re.compile(r"(https?|tg)://\S+$")


def checked_reply_markup(markup: Any) -> dict[str, Any] | None:
    """The `reply_markup` parameter, refused with Telegram's 400 when Telegram would refuse it."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        check_inline_keyboard(markup["inline_keyboard"])
    elif "keyboard" in markup:
        if not _rows(markup["keyboard"]):
            raise bad_request(
                'field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays'
            )
    elif "remove_keyboard" not in markup and "force_reply" not in markup:
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def inline_keyboard_of(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of a markup that a sent message carries (only inline keyboards are shown)."""
    return markup if markup and "inline_keyboard" in markup else None


def check_inline_keyboard(rows: Any) -> None:
    if not _rows(rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    for button in (button for row in rows for button in row):
        _check_button(button)


def _rows(rows: Any) -> bool:
    return isinstance(rows, list) and all(isinstance(row, list) for row in rows)


def _check_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text must be a String")
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    if not any(action in button for action in BUTTON_ACTIONS):
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if (
            not isinstance(data, str)
            or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
        ):
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not _BUTTON_URL.match(str(button["url"])):
        raise bad_request("BUTTON_URL_INVALID")

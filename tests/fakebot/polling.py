"""How the bot receives updates: getUpdates long polling, and the webhook settings that
exclude it."""

from __future__ import annotations

import time
from typing import Any

from .protocol import ApiError, ApiRequest, bad_request
from .state import TelegramState

MAX_POLL_TIMEOUT = 50.0
MAX_UPDATES = 100
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
SUPERSEDED = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


def get_updates(state: TelegramState, request: ApiRequest) -> list[dict[str, Any]]:
    """Pending updates at once, or as soon as one is pushed within `timeout` seconds.

    Waiting releases the state lock. A newer getUpdates ends a waiting one with 409, as on
    Telegram, so two bot instances polling the same token notice each other.
    """
    params = request.params
    if state.webhook is not None:
        raise ApiError(409, WEBHOOK_ACTIVE)
    offset = _integer(params, "offset", None)
    limit = min(max(_integer(params, "limit", MAX_UPDATES) or MAX_UPDATES, 1), MAX_UPDATES)
    timeout = min(max(float(_integer(params, "timeout", 0) or 0), 0.0), MAX_POLL_TIMEOUT)
    if params.get("allowed_updates") is not None:
        state.allowed_updates = frozenset(params["allowed_updates"]) or None
    state.polls_started += 1
    mine = state.polls_started
    deadline = time.monotonic() + timeout
    state.polls_waiting += 1
    state.changed()
    try:
        while True:
            if mine != state.polls_started:
                raise ApiError(409, SUPERSEDED)
            updates = state.pending_updates(offset, limit)
            remaining = deadline - time.monotonic()
            if updates or remaining <= 0 or state.closing:
                return updates
            state.lock.wait(remaining)
    finally:
        state.polls_waiting -= 1
        state.changed()


def set_webhook(state: TelegramState, request: ApiRequest) -> bool:
    params = request.params
    url = str(params.get("url") or "")
    if not url:
        state.webhook = None
        return True
    if not url.startswith(("https://", "http://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    state.webhook = {
        "url": url,
        "secret_token": params.get("secret_token"),
        "allowed_updates": params.get("allowed_updates"),
        "max_connections": params.get("max_connections", 40),
    }
    if params.get("drop_pending_updates"):
        state.updates.clear()
    state.changed()
    return True


def delete_webhook(state: TelegramState, request: ApiRequest) -> bool:
    state.webhook = None
    if request.params.get("drop_pending_updates"):
        state.updates.clear()
    state.changed()
    return True


def get_webhook_info(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    info: dict[str, Any] = {
        "url": "",
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates),
    }
    if state.webhook is not None:
        info["url"] = state.webhook["url"]
        info["max_connections"] = state.webhook["max_connections"]
        if state.webhook["allowed_updates"] is not None:
            info["allowed_updates"] = state.webhook["allowed_updates"]
    return info


METHODS = {
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
}


def _integer(params: dict[str, Any], name: str, default: int | None) -> int | None:
    value = params.get(name, default)
    if value is None:
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"wrong parameter {name} in request") from None

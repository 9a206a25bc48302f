"""One Bot API call from token check to recorded answer: faults, flood control, the method."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from . import bot_info, messages, polling, queries
from .faults import SENDING_METHODS
from .protocol import ApiError, ApiRequest, ok
from .state import TelegramState

Method = Callable[[TelegramState, ApiRequest], Any]

METHODS: dict[str, Method] = {
    **bot_info.METHODS,
    **messages.METHODS,
    **polling.METHODS,
    **queries.METHODS,
}
# Telegram matches method names case-insensitively.
_CANONICAL = {name.lower(): name for name in METHODS}


def canonical_method(name: str) -> str:
    """The API's spelling of a method name (`sendmessage` -> `sendMessage`)."""
    return _CANONICAL.get(name.lower(), name)


def answer(
    state: TelegramState, *, token: str, method: str, request: ApiRequest, path: str
) -> tuple[int, dict[str, Any]]:
    """The HTTP status and JSON body for one call, after recording the call."""
    method = canonical_method(method)
    with state.lock:
        received = state.clock()
        try:
            status, body = 200, ok(_result(state, token, method, request))
        except ApiError as error:
            status, body = error.status, error.payload()
        except Exception:
            # A bug in the fake must fail the test that hit it, not pass as a Telegram error.
            state.internal_errors.append(traceback.format_exc())
            status, body = 500, ApiError(500, "Internal Server Error (fake server bug)").payload()
        state.record(
            method=method,
            params=request.params,
            files=request.files,
            token=token,
            path=path,
            time=received,
            status=status,
            response=body,
        )
    return status, body


def _result(state: TelegramState, token: str, method: str, request: ApiRequest) -> Any:
    if token != state.token:
        raise ApiError(401, "Unauthorized")
    handler = METHODS.get(method)
    if handler is None:
        raise ApiError(404, f"Not Found: method {method} is not served by the fake Bot API")
    chat_id = request.params.get("chat_id")
    if (fault := state.faults.take(method, chat_id)) is not None:
        raise fault
    if state.flood is not None and method in SENDING_METHODS and chat_id is not None:
        state.flood.admit(chat_id, is_group=str(chat_id).startswith(("-", "@")))
    return handler(state, request)

"""Answers to callback and inline queries, each query answerable once, as on Telegram."""

from __future__ import annotations

from typing import Any

from .markup import check_inline_keyboard
from .protocol import ApiRequest, bad_request
from .state import TelegramState
from .tghtml import format_text

MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_TEXT_LENGTH = 4096
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


def answer_callback_query(state: TelegramState, request: ApiRequest) -> bool:
    params = request.params
    query_id = _open_query(state, params.get("callback_query_id"), state.callback_queries)
    if len(str(params.get("text") or "")) > MAX_CALLBACK_ANSWER_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    state.answered_queries.add(query_id)
    return True


def answer_inline_query(state: TelegramState, request: ApiRequest) -> bool:
    params = request.params
    query_id = _open_query(state, params.get("inline_query_id"), state.inline_queries)
    results = params.get("results")
    if not isinstance(results, list):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        result_id = _checked_result(result)
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
    state.answered_queries.add(query_id)
    return True


METHODS = {
    "answerCallbackQuery": answer_callback_query,
    "answerInlineQuery": answer_inline_query,
}


def _open_query(state: TelegramState, query_id: Any, pushed: dict[str, Any]) -> str:
    """The id of a query the bot received and has not answered yet, or Telegram's 400."""
    query_id = str(query_id or "")
    if query_id not in pushed or query_id in state.answered_queries:
        raise bad_request(QUERY_INVALID)
    return query_id


def _checked_result(result: Any) -> str:
    """The id of one inline result, after checking what Telegram checks of it."""
    if not isinstance(result, dict) or not result.get("type"):
        raise bad_request("can't parse InlineQueryResult JSON object")
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= MAX_RESULT_ID_BYTES:
        raise bad_request("RESULT_ID_INVALID")
    content = result.get("input_message_content")
    if isinstance(content, dict) and "message_text" in content:
        formatted = format_text(
            str(content["message_text"]), content.get("parse_mode"), content.get("entities")
        )
        if not formatted.text:
            raise bad_request("MESSAGE_EMPTY")
        if len(formatted.text) > MAX_TEXT_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
    if (markup := result.get("reply_markup")) is not None:
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            raise bad_request("REPLY_MARKUP_INVALID")
        check_inline_keyboard(markup["inline_keyboard"])
    return result_id

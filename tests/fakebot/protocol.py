"""The Bot API wire format: decoding request parameters, encoding answers and errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from tornado.httputil import HTTPInputError, parse_body_arguments

# Parameters whose values are strings even when they look like numbers or JSON; every other
# form field arrives JSON-encoded (python-telegram-bot sends non-string values that way).
STRING_PARAMETERS = frozenset(
    {
        "action",
        "callback_query_id",
        "caption",
        "description",
        "emoji",
        "inline_message_id",
        "inline_query_id",
        "ip_address",
        "language_code",
        "next_offset",
        "parse_mode",
        "photo",
        "query",
        "secret_token",
        "short_description",
        "text",
        "url",
    }
)


class ApiError(Exception):
    """A Bot API failure: the HTTP status, Telegram's description and optional parameters."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        """The JSON body Telegram answers with."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str, parameters: dict[str, Any] | None = None) -> ApiError:
    """A 400 answer, worded like Telegram's: `Bad Request: <reason>`."""
    return ApiError(400, f"Bad Request: {reason}", parameters)


def forbidden(reason: str) -> ApiError:
    """A 403 answer, worded like Telegram's: `Forbidden: <reason>`."""
    return ApiError(403, f"Forbidden: {reason}")


def too_many_requests(retry_after: float) -> ApiError:
    """A 429 flood-control answer; `retry_after` may be fractional to keep tests fast."""
    seconds = int(retry_after) if float(retry_after).is_integer() else retry_after
    return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})


def ok(result: Any) -> dict[str, Any]:
    """The JSON body of a successful call."""
    return {"ok": True, "result": result}


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """One file part of a multipart request, kept whole for assertions."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """A decoded Bot API request: the parameters with their JSON types, and uploaded files."""

    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)


def decode_request(query: str, content_type: str, body: bytes) -> ApiRequest:
    """The parameters of a request, from its query string and its body (any of the forms
    Telegram accepts: URL-encoded, multipart/form-data, JSON)."""
    params: dict[str, Any] = {
        name: decode_value(name, values[-1])
        for name, values in parse_qs(query, keep_blank_values=True).items()
    }
    files: dict[str, UploadedFile] = {}
    if not body:
        return ApiRequest(params, files)
    if content_type.startswith("application/json"):
        try:
            decoded = json.loads(body)
        except ValueError:
            raise bad_request("can't parse JSON request body") from None
        if not isinstance(decoded, dict):
            raise bad_request("the JSON request body must be an object")
        params.update(decoded)
        return ApiRequest(params, files)
    arguments: dict[str, list[bytes]] = {}
    parts: dict[str, list[Any]] = {}
    try:
        parse_body_arguments(content_type, body, arguments, parts)
    except HTTPInputError as exc:
        raise bad_request(f"can't parse request body: {exc}") from None
    for name, values in arguments.items():
        params[name] = decode_value(name, values[-1].decode("utf-8", "replace"))
    for name, uploads in parts.items():
        upload = uploads[-1]
        files[name] = UploadedFile(name, upload.filename, upload.content_type, upload.body)
    return ApiRequest(params, files)


def decode_value(name: str, raw: str) -> Any:
    """A form field's value with its JSON type restored, strings left alone."""
    if name in STRING_PARAMETERS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def encode(payload: dict[str, Any]) -> bytes:
    """The UTF-8 JSON body of an answer."""
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")

"""The Bot API methods that post and change messages: send, edit, delete, chat actions."""

from __future__ import annotations

import copy
import io
import re
from typing import Any

from PIL import Image, UnidentifiedImageError

from .markup import checked_reply_markup, inline_keyboard_of
from .protocol import ApiRequest, UploadedFile, bad_request
from .state import TelegramState
from .tghtml import FormattedText, format_text

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_PHOTO_SIDES = 10_000
MAX_PHOTO_RATIO = 20
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_HTTP_URL = re.compile(r"https?://\S+$")


def send_message(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    params = request.params
    chat = state.writable_chat(params.get("chat_id"))
    formatted = _message_text(params)
    markup = checked_reply_markup(params.get("reply_markup"))
    message = _new_message(state, chat, params, markup)
    message["text"] = formatted.text
    if formatted.entities:
        message["entities"] = formatted.entities
    if params.get("link_preview_options") is not None:
        message["link_preview_options"] = params["link_preview_options"]
    return _sent(state, message)


def send_photo(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    params = request.params
    chat = state.writable_chat(params.get("chat_id"))
    photo = _photo(state, params.get("photo"), request.files)
    caption = _caption(params)
    markup = checked_reply_markup(params.get("reply_markup"))
    message = _new_message(state, chat, params, markup)
    message["photo"] = [photo]
    if caption.text:
        message["caption"] = caption.text
    if caption.entities:
        message["caption_entities"] = caption.entities
    return _sent(state, message)


def edit_message_text(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    params = request.params
    message = _editable(state, params)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    formatted = _message_text(params)
    markup = inline_keyboard_of(checked_reply_markup(params.get("reply_markup")))
    before = (message["text"], message.get("entities", []), message.get("reply_markup"))
    if (formatted.text, formatted.entities, markup) == before:
        raise bad_request(NOT_MODIFIED)
    _replace(message, text=formatted.text, entities=formatted.entities, reply_markup=markup)
    return _edited(state, message)


def edit_message_caption(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    params = request.params
    message = _editable(state, params)
    if "photo" not in message:
        raise bad_request("there is no caption in the message to edit")
    caption = _caption(params)
    markup = inline_keyboard_of(checked_reply_markup(params.get("reply_markup")))
    before = (
        message.get("caption", ""),
        message.get("caption_entities", []),
        message.get("reply_markup"),
    )
    if (caption.text, caption.entities, markup) == before:
        raise bad_request(NOT_MODIFIED)
    _replace(message, caption=caption.text, caption_entities=caption.entities, reply_markup=markup)
    return _edited(state, message)


def edit_message_reply_markup(state: TelegramState, request: ApiRequest) -> dict[str, Any]:
    message = _editable(state, request.params)
    markup = inline_keyboard_of(checked_reply_markup(request.params.get("reply_markup")))
    if markup == message.get("reply_markup"):
        raise bad_request(NOT_MODIFIED)
    _replace(message, reply_markup=markup)
    return _edited(state, message)


def delete_message(state: TelegramState, request: ApiRequest) -> bool:
    chat = state.chat(request.params.get("chat_id"))
    message = state.message(chat["id"], request.params.get("message_id"))
    if message is None:
        raise bad_request("message to delete not found")
    del state.messages[(chat["id"], message["message_id"])]
    return True


def send_chat_action(state: TelegramState, request: ApiRequest) -> bool:
    state.writable_chat(request.params.get("chat_id"))
    if request.params.get("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


METHODS = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "sendChatAction": send_chat_action,
}


def _message_text(params: dict[str, Any]) -> FormattedText:
    text = params.get("text")
    if isinstance(text, int | float):
        text = str(text)
    if not isinstance(text, str) or not text:
        raise bad_request("message text is empty")
    formatted = format_text(text, params.get("parse_mode"), params.get("entities"))
    if not formatted.text:
        raise bad_request("message text is empty")
    # Telegram's limit counts characters of the parsed text, not the markup.
    if len(formatted.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return formatted


def _caption(params: dict[str, Any]) -> FormattedText:
    caption = params.get("caption")
    if not caption:
        return FormattedText("", [])
    formatted = format_text(str(caption), params.get("parse_mode"), params.get("caption_entities"))
    if len(formatted.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return formatted


def _new_message(
    state: TelegramState,
    chat: dict[str, Any],
    params: dict[str, Any],
    markup: dict[str, Any] | None,
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": state.next_message_id(chat["id"]),
        "from": copy.deepcopy(state.bot),
        "chat": copy.deepcopy(chat),
        "date": int(state.clock()),
    }
    if (replied := _replied_message(state, chat, params)) is not None:
        message["reply_to_message"] = replied
    if (keyboard := inline_keyboard_of(markup)) is not None:
        message["reply_markup"] = keyboard
    return message


def _replied_message(
    state: TelegramState, chat: dict[str, Any], params: dict[str, Any]
) -> dict[str, Any] | None:
    """The message a send answers (reply_parameters, or the older reply_to_message_id)."""
    reply = params.get("reply_parameters")
    if reply is None and params.get("reply_to_message_id") is not None:
        reply = {
            "message_id": params["reply_to_message_id"],
            "allow_sending_without_reply": params.get("allow_sending_without_reply", False),
        }
    if reply is None:
        return None
    if not isinstance(reply, dict) or "message_id" not in reply:
        raise bad_request("can't parse reply parameters JSON object")
    target_chat = state.chat(reply["chat_id"]) if reply.get("chat_id") else chat
    replied = state.message(target_chat["id"], reply["message_id"])
    if replied is None:
        if reply.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    replied = copy.deepcopy(replied)
    replied.pop("reply_to_message", None)
    return replied


def _sent(state: TelegramState, message: dict[str, Any]) -> dict[str, Any]:
    state.store_message(message)
    state.bot_messages.append((message["chat"]["id"], message["message_id"]))
    return copy.deepcopy(message)


def _editable(state: TelegramState, params: dict[str, Any]) -> dict[str, Any]:
    if params.get("inline_message_id") is not None:
        raise bad_request("MESSAGE_ID_INVALID (this fake keeps no inline messages)")
    state.writable_chat(params.get("chat_id"))
    return state.bot_message(
        params.get("chat_id"), params.get("message_id"), missing="message to edit not found"
    )


def _replace(message: dict[str, Any], **fields: Any) -> None:
    """Sets the fields that have a value and drops the ones that became empty."""
    for name, value in fields.items():
        if value:
            message[name] = value
        else:
            message.pop(name, None)


def _edited(state: TelegramState, message: dict[str, Any]) -> dict[str, Any]:
    message["edit_date"] = int(state.clock())
    return copy.deepcopy(message)


def _photo(state: TelegramState, photo: Any, files: dict[str, UploadedFile]) -> dict[str, Any]:
    """The PhotoSize of an uploaded picture, a file_id sent before, or an HTTP URL."""
    if isinstance(photo, str) and photo.startswith("attach://"):
        upload = files.get(photo.removeprefix("attach://"))
    else:
        upload = files.get("photo")
    if upload is not None:
        return _stored_photo(state, upload)
    if isinstance(photo, str) and photo in state.files:
        return _photo_size(photo, state.files[photo].data)
    if isinstance(photo, str) and _HTTP_URL.match(photo):
        file_id = f"photo-url-{len(state.files) + 1}"
        state.files[file_id] = UploadedFile("photo", photo, "", b"")
        return {"file_id": file_id, "file_unique_id": file_id, "width": 0, "height": 0}
    if not photo:
        raise bad_request("there is no photo in the request")
    raise bad_request("wrong file identifier/HTTP URL specified")


def _stored_photo(state: TelegramState, upload: UploadedFile) -> dict[str, Any]:
    if not upload.data:
        raise bad_request("file must be non-empty")
    file_id = f"photo-{len(state.files) + 1}"
    size = _photo_size(file_id, upload.data)
    state.files[file_id] = upload
    return size


def _photo_size(file_id: str, data: bytes) -> dict[str, Any]:
    """Telegram's PhotoSize for `data`; pictures it cannot read or would not accept are 400."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise bad_request("IMAGE_PROCESS_FAILED") from None
    if width + height > MAX_PHOTO_SIDES or max(width, height) > MAX_PHOTO_RATIO * min(
        width, height
    ):
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    return {
        "file_id": file_id,
        "file_unique_id": f"unique-{file_id}",
        "width": width,
        "height": height,
        "file_size": len(data),
    }

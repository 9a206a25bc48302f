"""Sending a Reply to Telegram: text split to size, a picture with its caption, buttons under the
last part, and a tapped message edited in place."""

from __future__ import annotations

from telegram import (
    Bot,
    CallbackQuery,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated

from bot.render import keyboard, split_caption, split_html
from handlers.reply import Reply

# Answers carry several source links: previews of the first would crowd the chat.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
NOT_MODIFIED = "message is not modified"


def _replying_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    # The question may have been deleted meanwhile; the answer is still worth sending.
    return ReplyParameters(message_id, allow_sending_without_reply=True)


async def send_reply(
    bot: Bot, chat_id: int, reply: Reply, *, reply_to: int | None = None
) -> list[Message]:
    """Send `reply` as one message or several; the first answers `reply_to`, the last carries
    the buttons. A group that became a supergroup meanwhile gets it at its new id."""
    try:
        return await _send(bot, chat_id, reply, reply_to)
    except ChatMigrated as moved:
        # The question stayed behind in the old group: the answer cannot quote it.
        return await _send(bot, moved.new_chat_id, reply, None)


async def _send(bot: Bot, chat_id: int, reply: Reply, reply_to: int | None) -> list[Message]:
    markup = keyboard(reply.choices)
    sent: list[Message] = []
    if reply.photo is None:
        texts = split_html(reply.html)
    else:
        caption, texts = split_caption(reply.html)
        photo = await bot.send_photo(
            chat_id,
            reply.photo,
            caption=caption or None,
            parse_mode=ParseMode.HTML,
            reply_parameters=_replying_to(reply_to),
            reply_markup=None if texts else markup,
        )
        sent.append(photo)
    for i, text in enumerate(texts):
        message = await bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_parameters=None if sent else _replying_to(reply_to),
            reply_markup=markup if i == len(texts) - 1 else None,
        )
        sent.append(message)
    return sent


async def edit_with_reply(bot: Bot, query: CallbackQuery, reply: Reply) -> None:
    """Show the answer a button asked for in place of the message under it; a picture, or a
    message that cannot be edited, gets the answer as a new message instead."""
    message = query.message
    if not isinstance(message, Message) or message.text is None or reply.photo is not None:
        if message is not None:
            await send_reply(bot, message.chat.id, reply, reply_to=message.message_id)
        return
    parts = split_html(reply.html)
    if not parts:
        return
    markup = keyboard(reply.choices)
    try:
        await message.edit_text(
            parts[0],
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup if len(parts) == 1 else None,
        )
    except BadRequest as exc:
        # The same button tapped twice: the message already shows this answer.
        if NOT_MODIFIED not in exc.message.lower():
            raise
    if len(parts) > 1:
        rest = Reply(html="\n".join(parts[1:]), choices=reply.choices)
        await send_reply(bot, message.chat.id, rest)

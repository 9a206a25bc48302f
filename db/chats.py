"""Chat rows: found or created as chats talk to the bot, their language, whether the bot is still
welcome, and a group's move to the id of the supergroup it became."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Chat, Subscription
from db.portable import insert_for

MIGRATED_REASON = "upgraded to a supergroup"


@dataclass(frozen=True)
class ChatIdentity:
    """What Telegram tells about a chat with each update."""

    id: int
    type: str  # private | group | supergroup | channel
    title: str | None = None


def find_chat(*, session: Session, chat_id: int) -> Chat | None:
    return session.get(Chat, chat_id)


def ensure_chat(*, session: Session, identity: ChatIdentity, timezone: str, now: datetime) -> Chat:
    """The chat's row, created with the default time zone when new. Safe when several
    processes or threads see the same new chat at once: the first insert wins."""
    values = {
        "id": identity.id,
        "type": identity.type,
        "title": identity.title,
        "locale": None,
        "timezone": timezone,
        "active": True,
        "created_at": now,
    }
    insert = insert_for(session)
    session.execute(insert(Chat).values(values).on_conflict_do_nothing(index_elements=[Chat.id]))
    chat = session.get_one(Chat, identity.id)
    if identity.title is not None and chat.title != identity.title:
        chat.title = identity.title
    if chat.type != identity.type:
        chat.type = identity.type
    return chat


def set_chat_locale(
    *, session: Session, identity: ChatIdentity, locale: str, timezone: str, now: datetime
) -> Chat:
    """Remember the language a chat chose with /lang."""
    chat = ensure_chat(session=session, identity=identity, timezone=timezone, now=now)
    chat.locale = locale
    return chat


def set_chat_active(
    *,
    session: Session,
    identity: ChatIdentity,
    active: bool,
    reason: str | None,
    timezone: str,
    now: datetime,
) -> Chat:
    """Record that the bot joined or was let back in (active), or was removed or blocked."""
    chat = ensure_chat(session=session, identity=identity, timezone=timezone, now=now)
    if chat.active == active:
        return chat
    chat.active = active
    chat.deactivated_at = None if active else now
    chat.deactivated_reason = None if active else reason
    return chat


def migrate_chat(
    *, session: Session, old_id: int, new: ChatIdentity, timezone: str, now: datetime
) -> Chat:
    """Move a group's settings (language, time zone, digest) to the supergroup it became.

    Telegram announces the move twice (once in each chat), and several processes may see
    both: a second call changes nothing. A row the supergroup already got (someone wrote
    there first) takes the group's settings; a digest moves unless the supergroup has one."""
    target = ensure_chat(session=session, identity=new, timezone=timezone, now=now)
    old = session.get(Chat, old_id, with_for_update=True)
    if old is None or old.migrated_to_id == new.id:
        return target
    target.locale = old.locale if old.locale is not None else target.locale
    target.timezone = old.timezone
    target.title = target.title or old.title
    session.flush()
    has_digest = session.scalar(select(Subscription.id).where(Subscription.chat_id == new.id))
    if has_digest is None:
        session.execute(
            update(Subscription).where(Subscription.chat_id == old_id).values(chat_id=new.id)
        )
        session.expire(old, ["subscription"])
        session.expire(target, ["subscription"])
    old.migrated_to_id = new.id
    old.active = False
    old.deactivated_at = now
    old.deactivated_reason = MIGRATED_REASON
    return target

"""Chat rows: created once however often a chat is seen, its language kept, and a group's
settings and digest following it when it becomes a supergroup."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from db.chats import (
    ChatIdentity,
    ensure_chat,
    find_chat,
    migrate_chat,
    set_chat_active,
    set_chat_locale,
)
from db.models import Chat, Subscription

NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)
GROUP = ChatIdentity(id=-4001, type="group", title="Thương mại biên giới")
SUPERGROUP = ChatIdentity(id=-1004001, type="supergroup", title="Thương mại biên giới")


def subscribe(session, chat_id: int) -> Subscription:
    row = Subscription(
        chat_id=chat_id,
        frequency="weekly",
        time_of_day="08:00",
        next_due_at=NOW,
        covered_until=NOW,
        created_at=NOW,
    )
    session.add(row)
    session.flush()
    return row


def test_a_chat_seen_twice_has_one_row_with_the_newest_title(session):
    ensure_chat(session=session, identity=GROUP, timezone="Asia/Ho_Chi_Minh", now=NOW)
    renamed = ChatIdentity(id=GROUP.id, type="group", title="Biên mậu")
    chat = ensure_chat(session=session, identity=renamed, timezone="Europe/Paris", now=NOW)
    session.commit()
    rows = session.scalars(select(Chat)).all()
    assert [(c.id, c.title, c.timezone, c.locale, c.active) for c in rows] == [
        (GROUP.id, "Biên mậu", "Asia/Ho_Chi_Minh", None, True)
    ]
    assert chat is rows[0]


def test_the_language_chosen_is_kept(sessions):
    with sessions.begin() as session:
        set_chat_locale(session=session, identity=GROUP, locale="en", timezone="UTC", now=NOW)
    with sessions() as session:
        chat = find_chat(session=session, chat_id=GROUP.id)
        assert chat is not None and chat.locale == "en"


def test_a_removed_bot_marks_the_chat_inactive_until_it_is_added_again(session):
    chat = set_chat_active(
        session=session, identity=GROUP, active=False, reason="removed", timezone="UTC", now=NOW
    )
    assert (chat.active, chat.deactivated_reason) == (False, "removed")
    chat = set_chat_active(
        session=session, identity=GROUP, active=True, reason=None, timezone="UTC", now=NOW
    )
    assert (chat.active, chat.deactivated_at, chat.deactivated_reason) == (True, None, None)


def test_a_group_becoming_a_supergroup_keeps_language_time_zone_and_digest(sessions):
    with sessions.begin() as session:
        set_chat_locale(session=session, identity=GROUP, locale="en", timezone="UTC", now=NOW)
        find_chat(session=session, chat_id=GROUP.id).timezone = "Asia/Shanghai"
        subscribe(session, GROUP.id)
    for _announcement in range(2):  # Telegram tells it in the old chat and in the new one
        with sessions.begin() as session:
            migrate_chat(session=session, old_id=GROUP.id, new=SUPERGROUP, timezone="UTC", now=NOW)
    with sessions() as session:
        new = find_chat(session=session, chat_id=SUPERGROUP.id)
        old = find_chat(session=session, chat_id=GROUP.id)
        assert (new.type, new.locale, new.timezone, new.active) == (
            "supergroup",
            "en",
            "Asia/Shanghai",
            True,
        )
        assert new.subscription is not None and new.subscription.frequency == "weekly"
        assert (old.active, old.migrated_to_id, old.subscription) == (False, SUPERGROUP.id, None)


def test_a_supergroup_that_already_spoke_takes_the_groups_language(sessions):
    with sessions.begin() as session:
        set_chat_locale(session=session, identity=GROUP, locale="en", timezone="UTC", now=NOW)
        ensure_chat(session=session, identity=SUPERGROUP, timezone="UTC", now=NOW)
    with sessions.begin() as session:
        migrate_chat(session=session, old_id=GROUP.id, new=SUPERGROUP, timezone="UTC", now=NOW)
    with sessions() as session:
        assert find_chat(session=session, chat_id=SUPERGROUP.id).locale == "en"


def test_a_migration_of_an_unknown_group_creates_the_supergroup(session):
    chat = migrate_chat(session=session, old_id=-9, new=SUPERGROUP, timezone="UTC", now=NOW)
    assert (chat.id, chat.locale, chat.timezone) == (SUPERGROUP.id, None, "UTC")

"""Chats on Telegram: the bot introduces itself once to a group that adds it, each chat keeps the
language it chose, a group upgraded to a supergroup keeps it too, and a chat that removed or
blocked the bot is remembered as such."""

from __future__ import annotations

import pytest
from botrun import LAN, MINH, TRADE_GROUP, briefbot
from fakebot import FakeTelegram, updates

from db.chats import find_chat

pytestmark = pytest.mark.e2e

SUPERGROUP_ID = -1004001


async def command(fake: FakeTelegram, text: str, *, chat: dict, person: dict):
    """`person` sends `text` (addressed to the bot by name, as in groups); the answer."""
    since = len(fake.calls)
    name = fake.bot_user["username"] if chat["type"] != "private" else None
    fake.push(updates.command(text, chat=chat, sender=person, bot_username=name))
    return await fake.wait_for("sendMessage", chat_id=chat["id"], since=since)


async def test_a_group_that_adds_the_bot_gets_one_short_introduction(
    fake_telegram, database_url, sessions
):
    bot = fake_telegram.bot_user
    async with briefbot(fake_telegram, database_url):
        fake_telegram.push(updates.bot_added(TRADE_GROUP, by=MINH, bot=bot))
        intro = await fake_telegram.wait_for("sendMessage", chat_id=TRADE_GROUP["id"])
        # Made an administrator afterwards: still a member, nothing more to say.
        promoted = updates.bot_added(TRADE_GROUP, by=MINH, bot=bot, as_admin=True)
        promoted["my_chat_member"]["old_chat_member"]["status"] = "member"
        fake_telegram.push(promoted)
        await command(fake_telegram, "/help", chat=TRADE_GROUP, person=MINH)
    texts = [m["text"] for m in fake_telegram.sent_messages(TRADE_GROUP["id"])]
    assert len(texts) == 2 and texts[1].startswith("Facts on Vietnam"), "one intro, then /help"
    assert texts[0].startswith("Hello! I answer questions"), "in the language of who added it"
    assert f"/tradelatest@{bot['username']} Quảng Đông" in texts[0]
    assert len(texts[0]) < 300
    assert "reply_parameters" not in intro.params
    with sessions() as session:
        chat = find_chat(session=session, chat_id=TRADE_GROUP["id"])
        assert (chat.type, chat.title, chat.active) == ("group", TRADE_GROUP["title"], True)


async def test_a_removed_or_blocked_bot_is_remembered(fake_telegram, database_url, sessions):
    bot = fake_telegram.bot_user
    async with briefbot(fake_telegram, database_url):
        fake_telegram.push(updates.bot_added(TRADE_GROUP, by=MINH, bot=bot))
        await fake_telegram.wait_for("sendMessage", chat_id=TRADE_GROUP["id"])
        fake_telegram.push(updates.bot_removed(TRADE_GROUP, by=MINH, bot=bot))
        fake_telegram.block(LAN)
        # Once a later command is answered the earlier updates were fetched, and stopping the
        # bot waits until every fetched update is handled.
        await command(fake_telegram, "/help", chat=updates.private_chat(MINH), person=MINH)
    with sessions() as session:
        group, private = (
            find_chat(session=session, chat_id=i) for i in (TRADE_GROUP["id"], LAN["id"])
        )
        assert group is not None and private is not None
        assert (group.active, private.active) == (False, False)
        assert group.deactivated_reason and group.deactivated_at
    assert len(fake_telegram.sent_messages(TRADE_GROUP["id"])) == 1, "no goodbye into the void"


async def test_lang_switches_the_language_of_the_next_answer(fake_telegram, database_url):
    lan_chat = updates.private_chat(LAN)
    async with briefbot(fake_telegram, database_url):
        before = await command(fake_telegram, "/help", chat=lan_chat, person=LAN)
        switched = await command(fake_telegram, "/lang en", chat=lan_chat, person=LAN)
        after = await command(fake_telegram, "/help", chat=lan_chat, person=LAN)
        back = await command(fake_telegram, "/lang tiếng việt", chat=lan_chat, person=LAN)
    assert before.params["text"].startswith("<b>Thông tin")
    assert switched.params["text"] == "From now on I answer in <b>English</b> in this chat."
    assert after.params["text"].startswith("<b>Facts on Vietnam")
    assert back.params["text"].startswith("Từ nay tôi trả lời bằng <b>Tiếng Việt</b>")


async def test_a_groups_language_is_shared_by_all_its_members(fake_telegram, database_url):
    async with briefbot(fake_telegram, database_url):
        await command(fake_telegram, "/lang en", chat=TRADE_GROUP, person=LAN)
        answer = await command(fake_telegram, "/help", chat=TRADE_GROUP, person=LAN)
    assert LAN["language_code"] == "vi"
    assert answer.params["text"].startswith("<b>Facts on Vietnam")


async def test_a_group_upgraded_to_a_supergroup_keeps_its_language(
    fake_telegram, database_url, sessions
):
    async with briefbot(fake_telegram, database_url):
        await command(fake_telegram, "/lang en", chat=TRADE_GROUP, person=LAN)
        supergroup = fake_telegram.migrate_group(TRADE_GROUP["id"], SUPERGROUP_ID)
        answer = await command(fake_telegram, "/help", chat=supergroup, person=LAN)
    assert answer.ok, answer.description
    assert answer.params["text"].startswith("<b>Facts on Vietnam")
    with sessions() as session:
        old = find_chat(session=session, chat_id=TRADE_GROUP["id"])
        assert (old.active, old.migrated_to_id) == (False, SUPERGROUP_ID)
        assert find_chat(session=session, chat_id=SUPERGROUP_ID).type == "supergroup"


async def test_an_answer_to_a_group_that_moved_meanwhile_goes_to_its_supergroup(
    fake_telegram, database_url
):
    fake_telegram.add_chat(TRADE_GROUP)
    fake_telegram.add_chat(updates.supergroup(SUPERGROUP_ID, TRADE_GROUP["title"]))
    fake_telegram.fail_migrated(TRADE_GROUP["id"], SUPERGROUP_ID)
    async with briefbot(fake_telegram, database_url):
        answer = await command(fake_telegram, "/help", chat=TRADE_GROUP, person=LAN)
        delivered = await fake_telegram.wait_for("sendMessage", chat_id=SUPERGROUP_ID)
    assert answer.status == 400
    assert delivered.ok and delivered.params["text"].startswith("<b>Thông tin")
    assert "reply_parameters" not in delivered.params

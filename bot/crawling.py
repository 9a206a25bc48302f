"""Live sources inside `briefbot run`: the scheduled crawl, and /ingest <url> for administrators."""

from __future__ import annotations

import asyncio
import logging
from html import escape
from typing import TYPE_CHECKING

from telegram import Update

from bot import answers
from bot.callbacks import asker_of
from bot.context import BotApplication, Context
from bot.telegram_io import send_reply
from bot.web.errors import FeedsFileError, FetchError
from handlers.common import fill
from handlers.i18n import N_, translator
from handlers.reply import Reply

if TYPE_CHECKING:
    from db.ingest import IngestOutcome

log = logging.getLogger(__name__)

CRAWL_JOB = "crawl"
# The first crawl waits this long after start, so that answering comes first.
FIRST_CRAWL_DELAY_SECONDS = 30

NOT_ADMIN = N_("Only the bot's administrators can add articles.")
INGEST_USAGE = N_("Send an article's address: {usage}")
FETCH_FAILED = N_("Could not fetch that page: {reason}")
OUTCOMES = {
    "new": N_("Stored: {title}"),
    "duplicate": N_("Already stored: {title}"),
    "same_story": N_("Stored as another source of a known story: {title}"),
    "rejected": N_("Not stored: {reason}"),
}


async def crawl(context: Context) -> None:
    """Read every feed once (the crawl logs what it did)."""
    # Imported here, at the first crawl, rather than at start: with bot.web.crawl come the parser,
    # its word lists, trafilatura and feedparser (about 15 MB), which answering never needs.
    from bot.web.crawl import crawl_once

    data = context.bot_data
    try:
        await crawl_once(data.settings, data.database)
    except FeedsFileError as exc:
        log.warning("Crawl skipped: %s", exc)


def schedule_crawl(application: BotApplication) -> None:
    """Crawl every CRAWL_INTERVAL_MINUTES when a feeds file is set (0 minutes: never)."""
    settings = application.bot_data.settings
    minutes = settings.crawl_interval_minutes
    if settings.feeds_file is None or minutes == 0:
        return
    if application.job_queue is None:
        raise RuntimeError("the application was built without a job queue")
    application.job_queue.run_repeating(
        crawl, interval=minutes * 60, first=FIRST_CRAWL_DELAY_SECONDS, name=CRAWL_JOB
    )


def outcome_reply(outcome: IngestOutcome, locale: str) -> Reply:
    """One line saying what became of the article."""
    gettext = translator(locale).gettext
    text = fill(
        gettext(OUTCOMES[outcome.status]),
        title=escape(outcome.title or ""),
        reason=escape(outcome.reason or ""),
    )
    return Reply(html=text)


async def ingest(update: Update, context: Context) -> None:
    """/ingest <url>: fetch one page and store its article; administrators only."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return
    data = context.bot_data
    locale = await asyncio.to_thread(answers.locale_of, data.database, asker_of(update, context))
    gettext = translator(locale).gettext
    if user is None or user.id not in data.settings.bot_admin_ids:
        await send_reply(context.bot, message.chat_id, Reply(html=fill(gettext(NOT_ADMIN))))
        return
    url = " ".join(context.args or []).strip()
    if not url:
        usage = fill(gettext(INGEST_USAGE), usage="<code>/ingest https://…</code>")
        await send_reply(context.bot, message.chat_id, Reply(html=usage))
        return
    # Imported at the first /ingest, as in `crawl`.
    from bot.web.crawl import ingest_url

    try:
        outcome = await ingest_url(url, data.settings, data.database)
    except FetchError as exc:
        reply = Reply(html=fill(gettext(FETCH_FAILED), reason=escape(exc.reason)))
    else:
        reply = outcome_reply(outcome, locale)
    await send_reply(context.bot, message.chat_id, reply, reply_to=message.message_id)

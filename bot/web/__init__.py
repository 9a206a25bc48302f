"""The network edge for live sources: a guarded HTTP fetcher and RSS/Atom feed reading.

Import from the modules (`bot.web.errors`, `bot.web.fetch`, `bot.web.feeds`, `bot.web.crawl`):
the package itself loads none of them, so that the running bot, which needs only the errors,
does not load feedparser.
"""

"""Logging set-up: one format, quiet HTTP libraries, and no secret ever written to a log."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Bot API URLs carry the token as a path segment: /bot<token>/method.
_BOT_URL_TOKEN = re.compile(r"(/bot)\d{3,}:[A-Za-z0-9_-]{20,}")


class RedactSecrets(logging.Filter):
    """Replaces known secrets, and anything shaped like a bot token in a URL, by '***'."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return _BOT_URL_TOKEN.sub(r"\1***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def configure_logging(level: str = "INFO", *, secrets: Iterable[str] = ()) -> RedactSecrets:
    """Log to stderr at `level`; every handler of the root logger redacts `secrets`."""
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    # httpx logs every request URL at INFO, and a Bot API URL contains the token.
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic", "telegram.ext.Updater"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level.upper())))
    redactor = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    return redactor

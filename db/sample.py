"""The sample corpus shipped with briefbot: demo articles that make a fresh database useful."""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import resources
from importlib.abc import Traversable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.ingest import ingest_document
from db.models import Article

log = logging.getLogger(__name__)


def sample_files() -> list[Traversable]:
    """The sample articles (`db/sample_corpus/*.txt`), in name order."""
    folder = resources.files("db").joinpath("sample_corpus")
    return sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(".txt")),
        key=lambda f: f.name,
    )


def load_sample_corpus(*, session: Session, now: datetime) -> int:
    """Ingest every sample article; returns how many were new (0 when already loaded)."""
    new = 0
    for sample in sample_files():
        outcome = ingest_document(
            sample.read_bytes(), session=session, now=now, filename=sample.name
        )
        if outcome.status == "new":
            new += 1
        elif outcome.status == "rejected":
            # The samples ship with the code: a rejection is a parser regression, not bad input.
            log.warning("sample article %s rejected: %s", sample.name, outcome.reason)
    return new


def ensure_sample_corpus(*, session: Session, now: datetime) -> bool:
    """Load the samples into a database that has no article yet; True when it did."""
    if session.scalar(select(Article.id).limit(1)) is not None:
        return False
    load_sample_corpus(session=session, now=now)
    return True

"""Article text or HTML to facts: provinces, trade figures, officials, meetings, agreements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.decode import MAX_ARTICLE_BYTES
from extract.errors import RejectedArticle

if TYPE_CHECKING:
    from extract.parser import parse_article

__all__ = ["MAX_ARTICLE_BYTES", "RejectedArticle", "parse_article"]


def __getattr__(name: str) -> object:
    """`parse_article`, imported when first asked for. The parser's lexicons, compiled patterns
    and trafilatura (about 15 MB) serve reading articles (ingest, crawl, `briefbot parse`); the
    running bot imports from this package only `fold` (names), `gazetteer` (the divisions) and
    `hosts` (a source's site), beside the `decode` and `errors` imported here."""
    if name == "parse_article":
        from extract.parser import parse_article

        return parse_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Article text or HTML to facts: provinces, trade figures, officials, meetings, agreements."""

from extract.decode import MAX_ARTICLE_BYTES
from extract.errors import RejectedArticle
from extract.parser import parse_article

__all__ = ["MAX_ARTICLE_BYTES", "RejectedArticle", "parse_article"]

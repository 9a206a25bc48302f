"""Inline mode ('@bot Quảng Đông' in any chat): a province's latest trade figures and officials,
each a ready message the user can drop into the conversation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from extract.gazetteer import ChineseDivision
from handlers.common import division_name
from handlers.i18n import translator
from handlers.officials import answer_officials
from handlers.reply import Reply
from handlers.resolve import ProvinceChoices, ProvinceFound, clean_query, resolve_province
from handlers.trade import answer_tradelatest

MAX_CANDIDATES = 3
DESCRIPTION_CHARS = 120


@dataclass(frozen=True)
class InlineAnswer:
    """One result offered under the inline query: a title, a preview line, and the message."""

    id: str  # unique among the results, ≤ 64 bytes
    title: str
    description: str
    reply: Reply


def _preview(reply: Reply) -> str:
    """The first line of the answer after its heading, shortened for the result list."""
    lines = [line for line in reply.plain().splitlines() if line.strip()]
    text = " ".join(lines[1].split()) if len(lines) > 1 else ""
    return text if len(text) <= DESCRIPTION_CHARS else text[: DESCRIPTION_CHARS - 1] + "…"


def _trade(session: Session, division: ChineseDivision, locale: str) -> InlineAnswer:
    gettext = translator(locale).gettext
    reply = answer_tradelatest(session, f"#{division.key}", locale)
    title = gettext("{province}: latest trade figures").format(
        province=division_name(division, locale)
    )
    return InlineAnswer(f"trade:{division.key}", title, _preview(reply), reply)


def _officials(session: Session, division: ChineseDivision, locale: str) -> InlineAnswer:
    gettext = translator(locale).gettext
    reply = answer_officials(session, f"#{division.key}", locale)
    title = gettext("{province}: officials").format(province=division_name(division, locale))
    return InlineAnswer(f"officials:{division.key}", title, _preview(reply), reply)


def inline_answers(session: Session, query: str, locale: str) -> list[InlineAnswer]:
    """Results for an inline query: both answers for one province, the trade figures of each
    province a short or ambiguous name may mean, nothing for an empty or unknown name."""
    if not clean_query(query):
        return []
    resolution = resolve_province(query)
    if isinstance(resolution, ProvinceFound):
        division = resolution.division
        return [_trade(session, division, locale), _officials(session, division, locale)]
    if isinstance(resolution, ProvinceChoices):
        return [_trade(session, d, locale) for d in resolution.candidates[:MAX_CANDIDATES]]
    return []

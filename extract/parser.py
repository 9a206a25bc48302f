"""parse_article: one article, as bytes or text, to the facts it reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from extract.about import (
    about_no_vietnamese_locality,
    about_the_two_countries,
    main_party,
    provinces_about,
)
from extract.agreements import find_agreements
from extract.dates import find_event_date
from extract.decode import decode_article
from extract.digests import article_event_day
from extract.errors import RejectedArticle
from extract.meeting_days import headline_s_day
from extract.meetings import find_meetings, told_in_photos
from extract.mentions import Mention
from extract.official_merging import merge_officials, placed_in_article
from extract.officials import find_mentions
from extract.page import read_page
from extract.places import shared_names_in_china
from extract.sources import article_source, printed_time_zone
from extract.stamps import VIETNAM_TIME, vietnam_datetime
from extract.text import sentences_in, split_sentences
from extract.trade import Context, find_trade_figures
from extract.trade_tables import table_figures
from extract.types import Meeting, Official, ParsedArticle, TradeFigure
from extract.year_floor import year_floor

_TITLE_LENGTH = 160
# News articles run to a few thousand words; facts are read from this much body text at most,
# so that a very long text (a dump, a book) costs seconds, not minutes.
MAX_FACT_CHARACTERS = 200_000
# Facts are read in Vietnamese only: an article in another language keeps its headline, dates,
# source and provinces (named in any language), and says so.
NOT_VIETNAMESE = (
    "The article is not in Vietnamese: only its headline, dates, source and provinces were "
    "read, not its figures, officials or meetings."
)
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_SAMPLE_WORDS = 400
_LANGUAGE_MIN_WORDS = 40
# About two Vietnamese words in three carry a diacritic ('đ', 'ư', a tone mark).
_VIETNAMESE_MARKED_SHARE = 0.25


def parse_article(
    data: bytes | str,
    *,
    url: str | None = None,
    published: datetime | None = None,
    filename: str | None = None,
) -> ParsedArticle:
    """The facts of one article (HTML or scraped text); RejectedArticle when it cannot be read.

    An article without relevant facts is not an error: its lists are simply empty.
    """
    text = decode_article(data)
    page = read_page(text, url=url, filename=filename)
    if not page.clean.paragraphs:
        raise RejectedArticle("No article text found: the page has only menus, links or furniture.")
    paragraphs = _within_reading_limit(page.clean.paragraphs)
    warnings: tuple[str, ...] = () if paragraphs == list(page.clean.paragraphs) else (_too_long(),)
    if not _reads_as_vietnamese(paragraphs):
        warnings += (NOT_VIETNAMESE,)
    title = page.clean.title
    source = article_source(page.clean, sitename=page.sitename, url=page.url or url)
    stamp = vietnam_datetime(published) if published else _in_printed_time(page.published, source)
    day_only = published is None and page.day_only
    body_sentences = sentences_in(paragraphs)
    fact_sentences = ([title] if title else []) + body_sentences

    captions = [sentences_in([caption]) for caption in page.clean.captions]
    in_china = shared_names_in_china(fact_sentences)
    mentions = find_mentions(fact_sentences, in_china=in_china)
    shown = _only_in_captions(captions, mentions, in_china)
    officials = merge_officials([*mentions, *shown])
    context = Context(
        main_party(title, paragraphs),
        stamp.year if stamp else None,
        stamp.date() if stamp else None,
        in_china,
        national=about_the_two_countries(title, paragraphs),
        vietnam_wide=about_no_vietnamese_locality(title, paragraphs),
    )
    # A caption is read alone: it tells nothing to the body's sentences, nor they to it.
    captioned = [f for caption in captions for f in find_trade_figures(caption, context)]
    figures = find_trade_figures(
        fact_sentences,
        context,
        read_apart=[*table_figures(paragraphs, context), *captioned],
        paragraph_openings=_paragraph_openings(paragraphs, first=1 if title else 0),
    )
    event = find_event_date(
        paragraphs,
        page.clean.captions,
        published=stamp,
        year_floor=year_floor(body_sentences, _figure_floors(figures)),
    )
    event_day = event.value if event else None
    meetings = _meetings(title, paragraphs, page.clean.captions, mentions, shown, event_day)
    # Agreements are dated from the day the sentences run from, even where it is not the article's.
    agreements = find_agreements(body_sentences, event_day)
    event_day = _event_day(title, paragraphs, meetings, officials, event_day)
    if event_day is None:
        event = None
    provinces = provinces_about(title, paragraphs, officials, figures)
    return ParsedArticle(
        title=title or _title_from(body_sentences),
        body="\n\n".join(paragraphs),
        source=source,
        url=page.url or url,
        published=stamp,
        published_day_only=day_only,
        event_date=event_day,
        event_year_inferred=bool(event and event.year_inferred),
        provinces=provinces,
        trade_figures=tuple(figures),
        officials=tuple(placed_in_article(officials, provinces)),
        meetings=tuple(meetings),
        agreements=tuple(agreements),
        warnings=warnings,
    )


def _event_day(
    title: str | None,
    paragraphs: Sequence[str],
    meetings: Sequence[Meeting],
    officials: Sequence[Official],
    told: date | None,
) -> date | None:
    """The article's event day from the day its sentences run from, `told`: the day after it
    on which the headline's meeting is held ('Sáng 16/9, hai bên tiến hành hội đàm' after 'Tối
    15/9, … đã tiếp đoàn …'), and in a digest the one day of its meetings with the Chinese side
    (None when they share none)."""
    # The headline's meeting, told on a day after the lead's, is the article's event.
    day = headline_s_day(title, paragraphs[0], meetings, told)
    # A digest's items are unrelated news or several events: its event is the day of its
    # meetings with the Chinese side, if they share one.
    chinese = {o.name for o in officials if o.side == "CN"}
    return article_event_day(
        paragraphs,
        day,
        (m.date for m in meetings),
        (m.date for m in meetings if chinese.intersection(m.participants)),
    )


def _in_printed_time(stamp: datetime | None, source: str | None) -> datetime | None:
    """A stamp the page gives without an offset, in the time its publisher prints: Vietnam's,
    or Beijing's for China's media in Vietnamese ('14:05, 14/10/2025' on CRI is 14:05+08:00)."""
    if stamp is None or stamp.tzinfo is not None:
        return stamp
    return stamp.replace(tzinfo=printed_time_zone(source) or VIETNAM_TIME)


def _only_in_captions(
    captions: list[list[str]], mentions: list[Mention], in_china: frozenset[str]
) -> list[Mention]:
    """The people photo captions name with a title and the body does not name at all: officials
    too, but of no meeting the body tells, and no fuller title for anyone the body names."""
    named = {m.name for m in mentions}
    shown = find_mentions([s for caption in captions for s in caption], in_china=in_china)
    offset = max((m.sentence for m in mentions), default=0) + 1
    return [replace(m, sentence=m.sentence + offset) for m in shown if m.name not in named]


def _meetings(
    title: str | None,
    paragraphs: list[str],
    captions: Sequence[str],
    mentions: list[Mention],
    shown: list[Mention],
    event_day: date | None,
) -> list[Meeting]:
    """The article's meetings; on a photo story, told in the captions too, by the people they
    name."""
    told = told_in_photos(paragraphs, captions)
    named = [*mentions, *shown] if len(told) > len(paragraphs) else mentions
    return find_meetings(title, told, named, event_day)


def _reads_as_vietnamese(paragraphs: list[str]) -> bool:
    """Whether the text is Vietnamese, which marks most of its words with diacritics; another
    language (an English edition) has them only in a few names ('Việt Nam'). Too short a text
    is given the benefit of the doubt."""
    words = _WORD.findall("\n".join(paragraphs))[:_LANGUAGE_SAMPLE_WORDS]
    if len(words) < _LANGUAGE_MIN_WORDS:
        return True
    return sum(not w.isascii() for w in words) >= _VIETNAMESE_MARKED_SHARE * len(words)


def _too_long() -> str:
    return f"Only the first {MAX_FACT_CHARACTERS:,} characters of the text were read for facts."


def _within_reading_limit(paragraphs: tuple[str, ...]) -> list[str]:
    """The leading paragraphs that fit in MAX_FACT_CHARACTERS (at least the first one, cut)."""
    kept: list[str] = []
    total = 0
    for paragraph in paragraphs:
        if total + len(paragraph) > MAX_FACT_CHARACTERS:
            if not kept:
                kept.append(paragraph[:MAX_FACT_CHARACTERS])
            break
        kept.append(paragraph)
        total += len(paragraph)
    return kept


def _paragraph_openings(paragraphs: Sequence[str], *, first: int) -> set[int]:
    """The indexes of the sentences opening each paragraph, the body's first sentence being the
    `first`th read (after the headline, a paragraph of its own), as `sentences_in` splits them:
    a time one paragraph names carries over to the next only."""
    openings = {0}
    index = first
    for paragraph in paragraphs:
        openings.add(index)
        index += len(split_sentences(paragraph))
    return openings


def _figure_floors(figures: list[TradeFigure]) -> list[int]:
    """A full-year figure for Y was reported in Y+1 or later; a part-year one in Y or later."""
    return [f.year + 1 if f.period == "full_year" else f.year for f in figures]


def _title_from(sentences: list[str]) -> str:
    """A stand-in headline: the first sentence, cut at a word near 160 characters."""
    first = sentences[0] if sentences else ""
    if len(first) <= _TITLE_LENGTH:
        return first
    return first[:_TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;: ") + "…"

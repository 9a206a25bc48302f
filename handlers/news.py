"""/latest and /provinces: the newest articles about a province, and what the database covers."""

from __future__ import annotations

from html import escape

from sqlalchemy.orm import Session

from db.models import Article
from db.queries.articles import further_sources, latest_articles
from extract.gazetteer import load_gazetteer
from handlers.cache import covered_provinces, province_coverage, remembered
from handlers.common import (
    bold,
    division_name,
    fill,
    italic,
    join_lines,
    province_answer,
    province_heading,
)
from handlers.formatting import article_day, day, number, story_outlets, title_html
from handlers.i18n import translator
from handlers.reply import Choice, Reply
from handlers.resolve import ProvinceFound

MAX_ARTICLES = 8
MAX_FURTHER = 3
MAX_PROVINCE_CHOICES = 6


def _article_line(article: Article, further: list[Article], locale: str) -> str:
    """'• 28/10/2025 — <a href="…">Title</a> (outlet; also: other outlets, each linked)'."""
    gettext = translator(locale).gettext
    when = article_day(article)
    date_text = day(when, locale) if when else gettext("undated")
    own, also = story_outlets(article, further, locale, MAX_FURTHER)
    outlets = [escape(own or gettext("outlet not recorded"))]
    if also:
        outlets.append(fill(gettext("also: {outlets}"), outlets=", ".join(also)))
    return f"• {escape(date_text)} — {title_html(article)} ({'; '.join(outlets)})"


def answer_latest(session: Session, query: str, locale: str) -> Reply:
    """The newest articles about a province, dated, each with its outlet and link."""
    return province_answer(query, locale, session=session, command="latest", answer=_latest)


def _latest(session: Session, resolution: ProvinceFound, province_id: int, locale: str) -> Reply:
    gettext = translator(locale).gettext
    lines = province_heading(resolution, gettext("latest news"), locale)
    articles = latest_articles(
        session=session,
        province_id=province_id,
        limit=MAX_ARTICLES,
        article_count=province_coverage(session=session, province_id=province_id).articles,
    )
    if not articles:
        lines.append(fill(gettext("No article about this province yet.")))
        return Reply(html=join_lines(lines, locale))
    further = further_sources(session=session, article_ids=[a.id for a in articles])
    lines.extend(_article_line(a, further.get(a.id, []), locale) for a in articles)
    return Reply(html=join_lines(lines, locale))


def answer_provinces(session: Session, query: str, locale: str) -> Reply:
    """Which provinces the database covers, with counts of articles, figures and officials."""
    return remembered(session, ("provinces", locale), lambda: _provinces(session, locale))


def _provinces(session: Session, locale: str) -> Reply:
    gettext = translator(locale).gettext
    ngettext = translator(locale).ngettext
    gazetteer = load_gazetteer()
    rows = [
        (row, division)
        for row in covered_provinces(session=session)
        if (division := gazetteer.by_key(row.key))
    ]
    lines = [bold(fill(gettext("What the database covers")))]
    if not rows:
        lines.append(fill(gettext("The database has no articles yet.")))
        return Reply(html="\n".join(lines))
    for row, division in rows:
        counts = (
            ngettext("{count} article", "{count} articles", row.articles),
            ngettext("{count} figure", "{count} figures", row.figures),
            ngettext("{count} official", "{count} officials", row.officials),
        )
        numbers = (row.articles, row.figures, row.officials)
        counted = ", ".join(
            fill(text, count=number(n, locale)) for text, n in zip(counts, numbers, strict=True)
        )
        lines.append(f"• <b>{escape(division_name(division, locale))}</b>: {counted}")
    lines.append(italic(fill(gettext("Tap a province for its latest news."))))
    choices = tuple(
        Choice(label=division_name(division, locale), command="latest", argument=f"#{row.key}")
        for row, division in rows[:MAX_PROVINCE_CHOICES]
    )
    return Reply(html=join_lines(lines, locale), choices=choices)

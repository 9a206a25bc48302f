"""Queries about articles: the newest news of a province, other outlets' copies, coverage."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, exists, func, select
from sqlalchemy.orm import Session, aliased, load_only

from db.models import Article, ArticleProvince, Province, Role, TradeFigure

# Below this many articles a province's newest articles are found through its own rows;
# above it, by walking the newest articles (the first few matches come quickly).
SPARSE_ARTICLES = 300

# What an answer shows of an article (its body can be long and is never shown).
ARTICLE_CARD = load_only(
    Article.id,
    Article.title,
    Article.source,
    Article.url,
    Article.published,
    Article.event_date,
    Article.same_story_as_id,
)


# Built once (composing it cost more than running it): other outlets' copies of some articles.
_COPIES = (
    select(Article)
    .options(ARTICLE_CARD)
    .where(Article.same_story_as_id.in_(bindparam("ids", expanding=True)))
    .order_by(Article.published.desc().nulls_last(), Article.id.desc())
    .limit(bindparam("limit"))
)


def further_sources(
    *, session: Session, article_ids: list[int], per_article: int = 5
) -> dict[int, list[Article]]:
    """Articles recorded as the same story as each of `article_ids` (other outlets)."""
    if not article_ids:
        return {}
    rows = session.scalars(
        _COPIES, {"ids": sorted(set(article_ids)), "limit": per_article * len(article_ids)}
    )
    found: dict[int, list[Article]] = defaultdict(list)
    for article in rows:
        story = article.same_story_as_id
        if story is not None and len(found[story]) < per_article:
            found[story].append(article)
    return dict(found)


# Identical texts of some articles carried by other outlets (an agency's copy syndicated).
_ORIGIN = aliased(Article)
_IDENTICAL = (
    select(Article, _ORIGIN.id)
    .options(ARTICLE_CARD)
    .join(_ORIGIN, and_(_ORIGIN.content_hash == Article.content_hash, _ORIGIN.id != Article.id))
    .where(_ORIGIN.id.in_(bindparam("ids", expanding=True)))
    .order_by(Article.published.desc().nulls_last(), Article.id.desc())
    .limit(bindparam("limit"))
)


def identical_copies(
    *, session: Session, article_ids: list[int], per_article: int = 5
) -> dict[int, list[Article]]:
    """Other outlets' copies of the very text of each of `article_ids`: the outlets known to have
    reported every fact stored from it. Another outlet's rewrite of the story is not one: its
    facts were read from its own text, and a fact it did not give is not credited to it."""
    if not article_ids:
        return {}
    rows = session.execute(
        _IDENTICAL, {"ids": sorted(set(article_ids)), "limit": per_article * len(article_ids)}
    )
    found: dict[int, list[Article]] = defaultdict(list)
    for copy, origin in rows:
        if len(found[origin]) < per_article:
            found[origin].append(copy)
    return dict(found)


def latest_articles(
    *, session: Session, province_id: int, limit: int, article_count: int
) -> list[Article]:
    """The newest first reports about a province (other outlets' copies left out).
    `article_count` (from the coverage) picks the plan that stays fast for that province."""
    first_reports = Article.same_story_as_id.is_(None)
    if article_count > SPARSE_ARTICLES:
        about = exists().where(
            ArticleProvince.article_id == Article.id, ArticleProvince.province_id == province_id
        )
        # The dated ones newest first, then the undated ones: in one query ordered 'published
        # DESC NULLS LAST', PostgreSQL found no index in that order and sorted every article of
        # the province (150 ms at 100,000 articles); each part walks an index newest first.
        cards = select(Article).options(ARTICLE_CARD).where(first_reports, about)
        with_date = list(
            session.scalars(
                cards.where(Article.published.is_not(None))
                .order_by(Article.published.desc(), Article.id.desc())
                .limit(limit)
            )
        )
        if len(with_date) == limit:
            return with_date
        without_date = session.scalars(
            cards.where(Article.published.is_(None))
            .order_by(Article.id.desc())
            .limit(limit - len(with_date))
        )
        return [*with_date, *without_date]
    ids = session.scalars(
        select(ArticleProvince.article_id).where(ArticleProvince.province_id == province_id)
    ).all()
    if not ids:
        # An empty 'IN ()' is written as a condition SQLite tests on every article: 10 ms at
        # 100,000 articles for a province no article is about.
        return []
    dated = session.execute(
        select(Article.id, Article.published).where(Article.id.in_(ids), first_reports)
    ).all()
    newest = sorted(
        dated,
        key=lambda row: (row.published is not None, row.published or 0, row.id),
        reverse=True,
    )[:limit]
    found = {
        a.id: a
        for a in session.scalars(
            select(Article).options(ARTICLE_CARD).where(Article.id.in_([r.id for r in newest]))
        )
    }
    return [found[r.id] for r in newest]


# --- coverage ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceCoverage:
    """What the database knows about one province (`key` as in the gazetteer)."""

    province_id: int
    key: str
    articles: int
    figures: int
    officials: int


def coverage(*, session: Session) -> list[ProvinceCoverage]:
    """Provinces with at least one article, figure or official, the most covered first.
    This reads whole tables: keep it while the data version (db.data_version) is unchanged."""
    articles = dict(
        session.execute(
            select(ArticleProvince.province_id, func.count()).group_by(ArticleProvince.province_id)
        ).all()
    )
    figures = dict(
        session.execute(
            select(TradeFigure.province_id, func.count()).group_by(TradeFigure.province_id)
        ).all()
    )
    officials = {
        province_id: count
        for province_id, count in session.execute(
            select(Role.province_id, func.count(func.distinct(Role.person_id)))
            .where(Role.province_id.is_not(None))
            .group_by(Role.province_id)
        )
        if province_id is not None
    }
    ids = set(articles) | set(figures) | set(officials)
    keys = dict(
        session.execute(select(Province.id, Province.key).where(Province.id.in_(ids))).all()
    )
    rows = [
        ProvinceCoverage(
            province_id=i,
            key=keys[i],
            articles=articles.get(i, 0),
            figures=figures.get(i, 0),
            officials=officials.get(i, 0),
        )
        for i in ids
    ]
    return sorted(rows, key=lambda r: (-r.articles, -r.figures, -r.officials, r.key))


def province_ids(*, session: Session) -> dict[str, int]:
    """Every province's row id by its gazetteer key."""
    return {key: row_id for key, row_id in session.execute(select(Province.key, Province.id))}


def province_by_key(*, session: Session, key: str) -> Province | None:
    return session.scalars(select(Province).where(Province.key == key)).one_or_none()

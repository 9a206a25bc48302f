"""Ingest throughput: a batch of new articles stored through the real path (`ingest_bytes`:
decode, parse, store, one transaction per article) into a copy of a database holding N.

Also measured: the same texts parsed by several processes while one stores them, each in its
own transaction (`parse_in_order`, then `store_parsed`), as `briefbot ingest --jobs N` does."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Literal

from benchmarks.databases import INGEST_DELAY, Store
from benchmarks.generator import Article, Corpus
from bot.ingestion import ToParse, ingest_bytes, parse_in_order, store_parsed
from db.setup import open_database

Form = Literal["text", "html", "text_parallel"]


def _ingest_one(database, article: Article, form: Form):
    """As the front ends call it: `briefbot ingest` for a saved text file, the crawl for a
    fetched page (its address remembered as seen)."""
    now = article.published + INGEST_DELAY
    if form == "text":
        return ingest_bytes(
            database.sessions, article.text.encode(), now=now, filename=f"{article.index}.txt"
        )
    return ingest_bytes(
        database.sessions, article.html.encode(), now=now, url=article.url, seen_as=article.url
    )


def measure_ingest(
    store: Store,
    template_url: str,
    corpus: Corpus,
    *,
    batch: int,
    form: Form,
    progress: Callable[[int], None],
    workers: int = 1,
) -> dict[str, object]:
    """Articles per second (wall clock) for the `batch` articles that follow the corpus, and
    the CPU seconds this process took; the template itself is left untouched."""
    articles = list(corpus.articles(corpus.size, batch))
    url = store.copy(template_url)
    database = open_database(url, migrate=False)
    outcomes: Counter[str] = Counter()
    try:
        started, cpu = time.perf_counter(), time.process_time()
        if form == "text_parallel":
            # As `briefbot ingest --jobs N` reads a folder of saved text files.
            documents = (
                ToParse(article.text.encode(), filename=f"{article.index}.txt")
                for article in articles
            )
            parsed_all = parse_in_order(documents, processes=workers)
            for article, parsed in zip(articles, parsed_all, strict=True):
                now = article.published + INGEST_DELAY
                outcomes[store_parsed(database.sessions, parsed, now=now).status] += 1
                progress(1)
        else:
            for article in articles:
                outcomes[_ingest_one(database, article, form).status] += 1
                progress(1)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu
    finally:
        database.dispose()
        store.drop(url)
    return {
        "articles": len(articles),
        "seconds": round(seconds, 3),
        "articles_per_second": round(len(articles) / seconds, 1),
        "cpu_seconds": round(cpu_seconds, 3),
        "articles_per_cpu_second": round(len(articles) / cpu_seconds, 1),
        "outcomes": dict(sorted(outcomes.items())),
        **({"parsing_processes": workers} if form == "text_parallel" else {}),
    }

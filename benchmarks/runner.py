"""Running the measurements a settings object asks for, and the JSON report with targets."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from benchmarks import answers, fanout, fidelity, ingest, memory, resolution
from benchmarks.databases import PostgresStore, SqliteStore, Store, data_digest, templates
from benchmarks.generator import DEFAULT_SEED, Corpus
from benchmarks.machine import git_commit, machine
from benchmarks.stats import verdict

MEASUREMENTS = ("fidelity", "ingest", "answers", "resolution", "memory", "fanout")
DATABASES = ("sqlite", "postgresql")
POSTGRES_ENV = "BRIEFBOT_BENCH_POSTGRES_URL"

# The targets, and the size and database each applies at.
ANSWER_P99_MS = 10.0
ANSWER_TARGET_SIZE = 100_000
INGEST_PER_SECOND = 200.0
FANOUT_PER_SECOND = 27.0
RSS_MB = 200.0
RSS_TARGET_SIZE = 100_000


@dataclass(frozen=True)
class Settings:
    """What to measure and how much of it."""

    sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    databases: tuple[str, ...] = DATABASES
    only: tuple[str, ...] = MEASUREMENTS
    batch: int = 1_000
    questions_per_command: int = 300
    picture_questions: int = 40
    people: int = 10_000
    resolution_questions: int = 2_000
    memory_commands: int = 280
    chats: int = 5_000
    fidelity_sample: int = 300
    seed: int = DEFAULT_SEED
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache_dir: Path = field(
        default_factory=lambda: Path(
            os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"), "briefbot-bench"
        )
    )
    postgres_url: str | None = None
    fresh: bool = False

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["cache_dir"] = str(self.cache_dir)
        data["postgres_url"] = "set" if self.postgres_url else None
        return data


# Under two minutes on two busy cores: the fan-out alone takes 10 s per database at 30 msg/s.
QUICK = Settings(
    sizes=(1_000,),
    batch=60,
    questions_per_command=25,
    picture_questions=8,
    resolution_questions=400,
    memory_commands=56,
    chats=300,
    fidelity_sample=40,
)


def settings_for(
    *,
    quick: bool,
    sizes: tuple[int, ...] | None,
    databases: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    fresh: bool = False,
) -> Settings:
    """The full run or the quick one, narrowed by the command line; PostgreSQL from the
    environment (left out, and said so, when BRIEFBOT_BENCH_POSTGRES_URL is not set)."""
    settings = QUICK if quick else Settings()
    postgres_url = os.environ.get(POSTGRES_ENV) or None
    chosen = databases or settings.databases
    if postgres_url is None:
        chosen = tuple(d for d in chosen if d != "postgresql")
    return replace(
        settings,
        sizes=sizes or settings.sizes,
        databases=chosen,
        only=only or settings.only,
        postgres_url=postgres_url,
        fresh=fresh,
    )


class Reporter:
    """Progress on stderr with rich: one bar per step."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )

    @contextmanager
    def step(self, description: str, total: int) -> Iterator[Callable[[int], None]]:
        task = self.progress.add_task(description, total=total)
        try:
            yield lambda advance: self.progress.advance(task, advance)
        finally:
            self.progress.update(task, completed=total)


def _stores(settings: Settings) -> list[Store]:
    stores: list[Store] = []
    for kind in settings.databases:
        if kind == "sqlite":
            stores.append(SqliteStore(settings.cache_dir))
        elif kind == "postgresql" and settings.postgres_url:
            stores.append(PostgresStore(settings.postgres_url))
    return stores


def run(settings: Settings, console: Console | None = None) -> dict[str, Any]:
    """Every measurement `settings` asks for; the report as one JSON-ready object."""
    console = console or Console(stderr=True)
    reporter = Reporter(console)
    stores = _stores(settings)
    postgres = next((s for s in stores if isinstance(s, PostgresStore)), None)
    started = time.perf_counter()
    results: dict[str, Any] = {}
    with reporter.progress:
        if "fidelity" in settings.only:
            results["fidelity"] = _fidelity(settings, reporter)
        urls_by_size: dict[int, dict[str, str]] = {}
        for size in settings.sizes:
            corpus = Corpus(size, seed=settings.seed)
            if not set(settings.only) & {"ingest", "answers", "memory", "fanout"}:
                break
            with reporter.step(f"Templates of {size:,} articles", size) as advance:
                filled = templates(
                    stores,
                    corpus,
                    workers=settings.workers,
                    progress=advance,
                    fresh=settings.fresh,
                )
            urls_by_size[size] = filled.urls
            for store in stores:
                url = filled.urls[store.kind]
                if "ingest" in settings.only:
                    entry = results.setdefault("ingest", {}).setdefault(store.kind, {})
                    entry[str(size)] = {
                        "template": {
                            "reused": filled.reused,
                            "filled_by_ingest": filled.filled_by_ingest,
                            "seconds": round(filled.seconds, 1),
                            "outcomes": filled.outcomes,
                        },
                        **_ingest(settings, reporter, store, url, corpus),
                    }
                if "answers" in settings.only:
                    with reporter.step(
                        f"Answers, {store.kind}, {size:,}", _questions(settings)
                    ) as a:
                        found = answers.measure_answers(
                            url,
                            corpus.world,
                            per_command=settings.questions_per_command,
                            picture_questions=settings.picture_questions,
                            seed=settings.seed,
                            progress=a,
                        )
                    results.setdefault("answers", {}).setdefault(store.kind, {})[str(size)] = found
                if "memory" in settings.only:
                    results.setdefault("memory", {}).setdefault(store.kind, {})[str(size)] = (
                        _memory(settings, reporter, store, url, corpus, size)
                    )
        if "resolution" in settings.only:
            results["resolution"] = _resolution(settings, reporter, stores)
        if "fanout" in settings.only and urls_by_size:
            size = max(urls_by_size)
            results["fanout"] = {
                store.kind: {
                    "articles": size,
                    **_fanout(settings, reporter, store, urls_by_size[size][store.kind], size),
                }
                for store in stores
            }
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(postgres.version() if postgres else None),
        "git": git_commit(),
        "templates_digest": data_digest(),
        "settings": settings.as_json(),
        "seconds": round(time.perf_counter() - started, 1),
        "measurements": results,
        "targets": targets(results),
    }


def _questions(settings: Settings) -> int:
    return settings.questions_per_command * (len(answers.text_commands())) + (
        settings.picture_questions * len(answers.PICTURES)
    )


def _fidelity(settings: Settings, reporter: Reporter) -> dict[str, Any]:
    corpus = Corpus(max(settings.sizes), seed=settings.seed)
    step = max(1, corpus.size // settings.fidelity_sample)
    sample = [corpus.article(i) for i in range(0, corpus.size, step)][: settings.fidelity_sample]
    checked: dict[str, Any] = {"corpus_size": corpus.size}
    with reporter.step("Parser on a sample of the corpus", 2 * len(sample)) as advance:
        for form in ("text", "html"):
            checked[form] = fidelity.check(sample, form, progress=advance).as_json()
    return checked


def _ingest(
    settings: Settings, reporter: Reporter, store: Store, url: str, corpus: Corpus
) -> dict[str, Any]:
    measured: dict[str, Any] = {}
    forms: tuple[ingest.Form, ...] = ("text", "html", "text_parallel")
    for form in forms if settings.workers > 1 else forms[:2]:
        label = f"Ingest {form}, {store.kind}, {corpus.size:,} + {settings.batch:,}"
        with reporter.step(label, settings.batch) as advance:
            measured[form] = ingest.measure_ingest(
                store,
                url,
                corpus,
                batch=settings.batch,
                form=form,
                progress=advance,
                workers=settings.workers,
            )
    return measured


def _memory(
    settings: Settings, reporter: Reporter, store: Store, url: str, corpus: Corpus, size: int
) -> dict[str, Any]:
    copy = store.copy(url)
    try:
        with reporter.step(f"Bot memory, {store.kind}, {size:,}", settings.memory_commands) as a:
            return memory.measure_memory(
                copy,
                corpus.world,
                commands=settings.memory_commands,
                seed=settings.seed,
                progress=a,
            )
    finally:
        store.drop(copy)


def _resolution(settings: Settings, reporter: Reporter, stores: list[Store]) -> dict[str, Any]:
    people = resolution.world_with_people(settings.people, settings.seed)
    world = Corpus(settings.people * 10, seed=settings.seed).world
    found: dict[str, Any] = {}
    for store in stores:
        url = store.create(f"people_{settings.people}_{uuid.uuid4().hex[:8]}")
        try:
            resolution.store_people(url, people)
            label = f"Resolution, {store.kind}, {settings.people:,} people"
            with reporter.step(label, settings.resolution_questions) as advance:
                found[store.kind] = resolution.measure_resolution(
                    url,
                    people,
                    world,
                    questions=settings.resolution_questions,
                    seed=settings.seed,
                    progress=advance,
                )
        finally:
            store.drop(url)
    return found


def _fanout(
    settings: Settings, reporter: Reporter, store: Store, url: str, size: int
) -> dict[str, Any]:
    copy = store.copy(url)
    try:
        with reporter.step(
            f"Digest fan-out, {store.kind}, {settings.chats:,} chats", settings.chats
        ) as a:
            return fanout.measure_fanout(
                copy,
                Corpus(size, seed=settings.seed).world,
                chats=settings.chats,
                seed=settings.seed,
                progress=a,
            )
    finally:
        store.drop(copy)


# --- targets ---------------------------------------------------------------------------------


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the value measured against it (None when not measured in this run)."""
    checks: list[dict[str, Any]] = []
    sqlite_answers = results.get("answers", {}).get("sqlite", {})
    at = str(ANSWER_TARGET_SIZE)
    for measure, which in (
        ("worst_text_command_p99_ms", "every answer"),
        ("worst_text_command_p99_kept_ms", "answers kept from an earlier question"),
        ("worst_text_command_p99_computed_ms", "answers read from the database"),
    ):
        worst = sqlite_answers.get(at, {}).get(measure)
        checks.append(
            {
                "name": f"answer p99 (worst text command), {which}, at "
                f"{ANSWER_TARGET_SIZE:,} articles, SQLite",
                "value": worst,
                "unit": "ms",
                **verdict(worst, ANSWER_P99_MS, at_most=True),
            }
        )
    for kind, sizes in results.get("ingest", {}).items():
        for size, measured in sizes.items():
            for form, how in (("text", "one process"), ("text_parallel", "parsing in parallel")):
                if form not in measured:
                    continue
                rate = measured[form]["articles_per_second"]
                checks.append(
                    {
                        "name": f"plain-text ingest into {int(size):,} articles, {how}, {kind}",
                        "value": rate,
                        "unit": "articles/s",
                        **verdict(rate, INGEST_PER_SECOND, at_most=False),
                    }
                )
    for kind, measured in results.get("fanout", {}).items():
        rate = measured["sustained_messages_per_second"]
        checks.append(
            {
                "name": f"digest fan-out to {measured['chats']:,} chats, sustained, {kind}",
                "value": rate,
                "unit": "messages/s",
                **verdict(rate, FANOUT_PER_SECOND, at_most=False),
            }
        )
        for what in ("lost", "duplicated"):
            checks.append(
                {
                    "name": f"digests {what}, {kind}",
                    "value": measured[what],
                    "unit": "chats",
                    **verdict(measured[what], 0, at_most=True),
                }
            )
    for kind, sizes in results.get("memory", {}).items():
        measured = sizes.get(str(RSS_TARGET_SIZE))
        if measured is None:
            continue
        checks.append(
            {
                "name": f"bot RSS at {RSS_TARGET_SIZE:,} articles, {kind}",
                "value": measured["rss_mb"],
                "unit": "MB",
                **verdict(measured["rss_mb"], RSS_MB, at_most=True),
            }
        )
    return checks

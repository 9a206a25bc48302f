"""Answer latency: every command through `dispatch()`, as the bot calls it (one transaction
per question), for a realistic mix of questions against a database of N articles."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import func, select

from benchmarks.queries import Question, questions
from benchmarks.stats import latency_summary
from benchmarks.world import World
from bot.answers import cool_down, warm_up
from db.models import Person, Role
from db.setup import open_database
from handlers.cache import ANSWERS
from handlers.commands import COMMANDS, dispatch

# Commands whose answer is a picture: drawn, not only read, and measured apart.
PICTURES = frozenset({"tradechart"})
# An answer found kept since the same question was answered on the same data, or computed.
# Commands that read no facts (help, settings) are neither.
KEPT, COMPUTED = "kept", "computed"
# People asked about: drawn from those most seen in the news, as users ask about them.
PEOPLE_ASKED = 2000


def stored_people(url: str, limit: int = PEOPLE_ASKED) -> list[str]:
    """The names of the people with the most roles in the database."""
    database = open_database(url, migrate=False)
    try:
        with database.sessions() as session:
            return list(
                session.scalars(
                    select(Person.name)
                    .join(Role, Role.person_id == Person.id)
                    .group_by(Person.id, Person.name)
                    .order_by(func.count().desc(), Person.id)
                    .limit(limit)
                )
            )
    finally:
        database.dispose()


def text_commands() -> list[str]:
    return [command.name for command in COMMANDS if command.name not in PICTURES]


def measure_answers(
    url: str,
    world: World,
    *,
    per_command: int,
    picture_questions: int,
    seed: int,
    progress: Callable[[int], None],
) -> dict[str, object]:
    """Latencies per command (and over all text answers). The bot builds its indexes (people,
    coverage) when it starts: so does this, timed apart, and the first answer is kept apart
    too. Pictures take long to draw: fewer of them are asked."""
    mix = questions(
        per_command=per_command,
        divisions=world.divisions,
        division_weights=world.weights,
        people=stored_people(url) or [p.name for p in world.people],
        seed=seed,
    )
    pictures = [q for q in mix if q.command in PICTURES][:picture_questions]
    asked = [q for q in mix if q.command not in PICTURES or q in pictures]
    database = open_database(url, migrate=False)
    timings: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    forms: dict[str, list[float]] = defaultdict(list)
    # Whether each answer was read from the database or found kept (handlers.cache).
    how: dict[str, dict[str, list[tuple[float, float]]]] = {
        KEPT: defaultdict(list),
        COMPUTED: defaultdict(list),
    }
    try:
        started = time.perf_counter()
        warm_up(database)
        warming = time.perf_counter() - started
        first, _ = _timed(database.sessions, asked[0])
        for question in asked:
            found, computed = ANSWERS.found, ANSWERS.computed
            seconds, cpu_seconds = _timed(database.sessions, question)
            way = (
                COMPUTED if ANSWERS.computed > computed else KEPT if ANSWERS.found > found else None
            )
            if way is not None:
                how[way][question.command].append((seconds, cpu_seconds))
            timings[question.command].append(seconds)
            cpu[question.command].append(cpu_seconds)
            if question.command not in PICTURES:
                forms[question.form].append(seconds)
            progress(1)
    finally:
        cool_down()
        database.dispose()
    text = [s for command, values in timings.items() if command not in PICTURES for s in values]
    text_cpu = [s for command, values in cpu.items() if command not in PICTURES for s in values]
    return {
        "questions": len(asked),
        "warm_up_ms": round(warming * 1000, 3),
        "first_answer_ms": round(first * 1000, 3),
        "commands": {
            command: latency_summary(values)
            | _cpu_summary(cpu[command])
            | {
                way: _wall_and_cpu(how[way][command])
                for way in (KEPT, COMPUTED)
                if how[way][command]
            }
            for command, values in sorted(timings.items())
        },
        "text_answers": latency_summary(text) | _cpu_summary(text_cpu),
        "by_form": {form: latency_summary(values) for form, values in sorted(forms.items())},
        "worst_text_command_p99_ms": _worst_p99(timings),
        "worst_text_command_p99_kept_ms": _worst_p99(_wall(how[KEPT])),
        "worst_text_command_p99_computed_ms": _worst_p99(_wall(how[COMPUTED])),
        "answers_computed": sum(len(v) for v in how[COMPUTED].values()),
        "answers_kept": sum(len(v) for v in how[KEPT].values()),
    }


def _wall(timed: dict[str, list[tuple[float, float]]]) -> dict[str, list[float]]:
    return {command: [wall for wall, _ in pairs] for command, pairs in timed.items()}


def _wall_and_cpu(pairs: list[tuple[float, float]]) -> dict[str, float | int]:
    return latency_summary([wall for wall, _ in pairs]) | _cpu_summary([cpu for _, cpu in pairs])


def _worst_p99(timings: dict[str, list[float]]) -> float:
    return max(
        (latency_summary(v)["p99_ms"] for c, v in timings.items() if c not in PICTURES and v),
        default=0.0,
    )


def _cpu_summary(seconds: list[float]) -> dict[str, float]:
    """CPU time of this process (SQLite works in it; a PostgreSQL server does not): apart from
    the wall clock, it shows what other processes on the machine added."""
    summary = latency_summary(seconds)
    return {"cpu_p50_ms": summary["p50_ms"], "cpu_p99_ms": summary["p99_ms"]}


def _timed(sessions, question: Question) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one answer, in its own transaction, as the bot does."""
    started, cpu = time.perf_counter(), time.process_time()
    with sessions.begin() as session:
        dispatch(session, question.text, question.locale)
    return time.perf_counter() - started, time.process_time() - cpu

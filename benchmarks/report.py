"""`python -m benchmarks.report RUN.json`: a run's report as Markdown tables (for RESULTS.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return [*lines, ""]


def _spread(latency: dict[str, float]) -> str:
    return f"{latency['p50_ms']} / {latency['p99_ms']}"


def _verdict(passed: bool | None) -> str:
    return {True: "pass", False: "**miss**", None: "not measured"}[passed]


def markdown(report: dict[str, Any]) -> str:
    """Machine, targets, then one table per measurement."""
    machine, measured = report["machine"], report["measurements"]
    lines = [
        f"Run of {report['date']}, commit {report['git']['commit']}"
        + (" (with uncommitted changes)" if report["git"]["dirty"] else "")
        + f", {report['seconds'] / 60:.0f} minutes.",
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM, "
        f"load average at the end {machine['load_average']}; {machine['os']}; Python "
        f"{machine['python']}, SQLite {machine['sqlite']}, PostgreSQL {machine['postgresql']}.",
        "",
        "### Targets",
        "",
    ]
    lines += _table(
        ["Target", "Measured", "Goal", "Verdict"],
        [
            [
                t["name"],
                f"{t['value']} {t['unit']}",
                f"{t['comparison']} {t['target']}",
                _verdict(t["pass"]),
            ]
            for t in report["targets"]
        ],
    )
    if "ingest" in measured:
        lines += ["### Ingest (a batch into a database already holding N articles)", ""]
        lines += _table(
            [
                "Database",
                "N",
                "Text art./s",
                "Text art./CPU-s",
                "HTML art./s",
                "HTML art./CPU-s",
                "Text, parsed in parallel, art./s",
            ],
            [
                [
                    kind,
                    f"{int(size):,}",
                    m["text"]["articles_per_second"],
                    m["text"]["articles_per_cpu_second"],
                    m["html"]["articles_per_second"],
                    m["html"]["articles_per_cpu_second"],
                    m.get("text_parallel", {}).get("articles_per_second", "—"),
                ]
                for kind, sizes in measured["ingest"].items()
                for size, m in sizes.items()
            ],
        )
    if "answers" in measured:
        lines += ["### Answers through dispatch() (p50 / p99 in ms)", ""]
        for kind, sizes in measured["answers"].items():
            commands = sorted({c for m in sizes.values() for c in m["commands"]})
            lines += [f"{kind}:", ""]
            lines += _table(
                ["Command", *[f"{int(size):,}" for size in sizes]],
                [
                    [
                        command,
                        *[_spread(m["commands"][command]) for m in sizes.values()],
                    ]
                    for command in commands
                ]
                + [
                    [
                        "all text answers",
                        *[_spread(m["text_answers"]) for m in sizes.values()],
                    ]
                ],
            )
    if "resolution" in measured:
        lines += ["### Fuzzy resolution", ""]
        lines += _table(
            [
                "Database",
                "People",
                "Index build ms",
                "Person p50 / p99 ms",
                "Province p50 / p99 ms",
            ],
            [
                [
                    kind,
                    m["people"],
                    m["index_build_ms"],
                    _spread(m["people_questions"]),
                    _spread(m["province_questions"]),
                ]
                for kind, m in measured["resolution"].items()
            ],
        )
    if "memory" in measured:
        lines += ["### Bot memory (briefbot run against the fake Bot API server)", ""]
        lines += _table(
            ["Database", "N", "RSS after start MB", "RSS after commands MB", "Commands"],
            [
                [kind, f"{int(size):,}", m["rss_after_start_mb"], m["rss_mb"], m["commands"]]
                for kind, sizes in measured["memory"].items()
                for size, m in sizes.items()
            ],
        )
    if "fanout" in measured:
        lines += ["### Digest fan-out (30 messages/s enforced)", ""]
        lines += _table(
            ["Database", "Chats", "Sustained msg/s", "Delivered", "Lost", "Duplicated", "429s"],
            [
                [
                    kind,
                    m["chats"],
                    m["sustained_messages_per_second"],
                    m["delivered"],
                    m["lost"],
                    m["duplicated"],
                    m["refused_429"],
                ]
                for kind, m in measured["fanout"].items()
            ],
        )
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m benchmarks.report RUN.json")
    try:
        report = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        sys.exit(f"Cannot read {sys.argv[1]}: {exc}")
    print(markdown(report))


if __name__ == "__main__":
    main()

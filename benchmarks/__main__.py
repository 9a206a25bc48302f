"""`python -m benchmarks`: run the measurements, print the report as JSON on stdout.

Examples:
    python -m benchmarks --quick
    python -m benchmarks --sizes 1000,10000 --databases sqlite --only answers,ingest
    BRIEFBOT_BENCH_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5433/postgres \\
        python -m benchmarks --output benchmarks/last-run.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from benchmarks.runner import DATABASES, MEASUREMENTS, POSTGRES_ENV, run, settings_for


def _names(allowed: tuple[str, ...]):
    def convert(ctx: click.Context, param: click.Parameter, value: str | None):
        if value is None:
            return None
        names = tuple(n.strip() for n in value.split(",") if n.strip())
        unknown = [n for n in names if n not in allowed]
        if unknown:
            raise click.BadParameter(f"{', '.join(unknown)}: choose among {', '.join(allowed)}")
        return names

    return convert


def _sizes(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        sizes = tuple(int(v.replace("_", "")) for v in value.split(",") if v.strip())
    except ValueError:
        raise click.BadParameter(
            "give whole numbers separated by commas, e.g. 1000,10000"
        ) from None
    if not sizes or any(size < 1 for size in sizes):
        raise click.BadParameter("give at least one size, each at least 1")
    return sizes


@click.command()
@click.option("--quick", is_flag=True, help="A small run: 1,000 articles, 300 chats (< 2 min).")
@click.option("--sizes", callback=_sizes, help="Corpus sizes, e.g. 1000,10000,100000.")
@click.option(
    "--databases",
    callback=_names(DATABASES),
    help=f"sqlite, postgresql (PostgreSQL needs {POSTGRES_ENV}).",
)
@click.option("--only", callback=_names(MEASUREMENTS), help=f"Some of: {', '.join(MEASUREMENTS)}.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Also write here.")
@click.option("--fresh", is_flag=True, help="Fill the prefilled databases again, even if kept.")
def main(quick, sizes, databases, only, output, fresh) -> None:
    """Measure briefbot on synthetic corpora and print the results with their targets."""
    console = Console(stderr=True)
    settings = settings_for(quick=quick, sizes=sizes, databases=databases, only=only, fresh=fresh)
    if databases and "postgresql" in databases and settings.postgres_url is None:
        console.print(f"[yellow]PostgreSQL left out: {POSTGRES_ENV} is not set.[/yellow]")
    report = run(settings, console)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    if output is not None:
        output.write_text(text + "\n", "utf-8")
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()

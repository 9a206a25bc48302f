"""Reading what `briefbot` prints: a summary table of counts, as a dictionary."""

from __future__ import annotations

import re

# One row of a rich table: '│ Feeds read │ 2 │' (or with ASCII bars on a plain terminal).
_COUNT_ROW = re.compile(r"^\W*(\w[^│|┃]*?)\s*[│|┃]\s*(\d+)\s*[│|┃]")


def printed_counts(output: str) -> dict[str, int]:
    """A summary table as {'Feeds read': 1, …, 'HTTP 404': 1}."""
    found = {}
    for line in output.splitlines():
        if match := _COUNT_ROW.match(line):
            found[match.group(1)] = int(match.group(2))
    return found

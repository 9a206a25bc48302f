"""Small statistics for the measurements: percentiles of latencies, rates, rounding."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], q: int) -> float:
    """The q-th percentile (1-99) by linear interpolation between the closest ranks."""
    if not values:
        return 0.0
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def latency_summary(seconds: Sequence[float]) -> dict[str, float | int]:
    """Count, p50, p90, p99 and max of latencies given in seconds, in milliseconds."""
    return {
        "count": len(seconds),
        "p50_ms": round(percentile(seconds, 50) * 1000, 3),
        "p90_ms": round(percentile(seconds, 90) * 1000, 3),
        "p99_ms": round(percentile(seconds, 99) * 1000, 3),
        "max_ms": round(max(seconds, default=0.0) * 1000, 3),
    }


def verdict(value: float | None, target: float, *, at_most: bool) -> dict[str, object]:
    """The target and whether `value` meets it (None when it was not measured)."""
    passed = None if value is None else (value <= target if at_most else value >= target)
    return {"target": target, "comparison": "<=" if at_most else ">=", "pass": passed}

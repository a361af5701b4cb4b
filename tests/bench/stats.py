"""Latency summaries printed by the benchmarks."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence


def percentile(sorted_ms: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of an ascending sequence."""
    if not sorted_ms:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_ms)))
    return sorted_ms[rank - 1]


def summary(samples_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    return {"n": len(ordered), "p50": percentile(ordered, 50), "p95": percentile(ordered, 95),
            "p99": percentile(ordered, 99), "max": ordered[-1] if ordered else math.nan}


def header(label_width: int = 22) -> str:
    return (f"{'pattern':<{label_width}} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'max ms':>8}  goal")


def line(label: str, samples_ms: Sequence[float], goal_ms: float, label_width: int = 22) -> str:
    s = summary(samples_ms)
    verdict = "met" if s["p99"] <= goal_ms else "MISSED"
    return (f"{label:<{label_width}} {s['n']:>6.0f} {s['p50']:>8.2f} {s['p95']:>8.2f} "
            f"{s['p99']:>8.2f} {s['max']:>8.2f}  p99<={goal_ms:g}: {verdict}")


def machine_line() -> str:
    """CPU count and load average: the figures mean little without them on a shared host."""
    one, five, fifteen = os.getloadavg()
    return (f"machine: {os.cpu_count()} CPUs, load average {one:.2f} {five:.2f} {fifteen:.2f} "
            f"(1/5/15 min), {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")

"""Customer search through the full stack over 1,000,000 customers on PostgreSQL.

    python -m tests.bench.bench_search [--url URL] [--size N] [--queries N] [--keep]

Starts a throwaway PostgreSQL (unless ``--url``), migrates, seeds (printing the seed time),
VACUUM ANALYZE, starts a real app server process, logs in over Pyro5 as dh.clerk1 and times
``pmis.customers.search`` for each pattern with search texts drawn from seeded customers of
the clerk's office. Prints p50/p95/p99/max per pattern (goal p99 <= 20 ms) and the EXPLAIN
ANALYZE plan of one search per pattern.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

from tests.bench import samples, stats
from tests.bench.client import Clerk
from tests.bench.explain import explain_search
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_P99_MS = 20.0
WARM_UP_QUERIES = 10
CLERK = "dh.clerk1"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_search")
    add_database_options(parser, default_size=1_000_000)
    parser.add_argument("--queries", type=int, default=300, help="timed searches per pattern")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the search texts")
    parser.add_argument("--no-plans", action="store_true", help="skip the EXPLAIN output")
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.queries, random.Random(args.seed), not args.no_plans, args.threadpool)


def run(url: str, queries: int, rng: random.Random, plans: bool = True,
        threadpool: int | None = None) -> dict[str, bool]:
    texts = samples.search_texts(url, CLERK, queries + WARM_UP_QUERIES, rng)
    results: dict[str, list[float]] = {}
    found: dict[str, float] = {}
    slowest: dict[str, str] = {}
    with app_server(url, threadpool=threadpool) as server:
        clerk = Clerk(server.address)
        clerk.login(CLERK)
        for pattern, items in texts.items():
            results[pattern], found[pattern], slowest[pattern] = _time_pattern(clerk.search,
                                                                               items)
        clerk.close()
    print(stats.machine_line())
    print(f"\ncustomer search through the full stack ({CLERK}, page of 20, "
          f"{queries} queries per pattern after {WARM_UP_QUERIES} warm-up)")
    print(stats.header())
    met = {}
    for pattern, timings in results.items():
        print(stats.line(pattern, timings, GOAL_P99_MS)
              + f"  (rows per search: {found[pattern]:.1f})")
        met[pattern] = stats.summary(timings)["p99"] <= GOAL_P99_MS
    if plans:
        for pattern, items in texts.items():
            for which, text in (("first", items[WARM_UP_QUERIES]), ("slowest", slowest[pattern])):
                print(f"\n--- plan for {pattern}, {which} search: {text!r}")
                print(explain_search(url, CLERK, text))
    return met


def _time_pattern(search: Callable[[str], dict[str, Any]],
                  items: list[str]) -> tuple[list[float], float, str]:
    """Latencies in ms after the warm-up, the mean number of rows found, the slowest text."""
    timings, rows, slowest = [], 0, (0.0, items[-1])
    for n, text in enumerate(items):
        started = time.perf_counter()
        result = search(text)
        elapsed = (time.perf_counter() - started) * 1000
        if n >= WARM_UP_QUERIES:
            timings.append(elapsed)
            rows += len(result["rows"])
            slowest = max(slowest, (elapsed, text))
    return timings, rows / max(1, len(timings)), slowest[1]


if __name__ == "__main__":
    main()

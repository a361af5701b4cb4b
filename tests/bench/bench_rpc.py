"""Round trips with 100 concurrent clerks: ping, whoami and a customer file, 1 s think time.

    python -m tests.bench.bench_rpc [--url URL] [--size N] [--clerks 100] [--seconds 60]

Each clerk is a thread with its own Pyro5 proxies and session against a real app server
process; between calls it thinks 0.5-1.5 s. Prints p50/p95/p99/max per operation and overall,
the error count and the call rate (goal p99 <= 50 ms).
"""

from __future__ import annotations

import argparse

from tests.bench import memory, stats
from tests.bench.load import LoadResult, run_clerks
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_P99_MS = 50.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_rpc")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--clerks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.clerks, args.seconds, args.threadpool)


def run(url: str, clerks: int, seconds: float, threadpool: int | None = None) -> bool:
    with app_server(url, threadpool=threadpool) as server:
        cpu: list[float] = []
        result = run_clerks(url, server.address, clerks, seconds,
                            on_ready=lambda: cpu.append(memory.cpu_seconds(server.pid)))
        result.server_cpu_s = memory.cpu_seconds(server.pid) - cpu[0]
    report(result, clerks)
    return stats.summary(_all(result))["p99"] <= GOAL_P99_MS and not result.errors


def report(result: LoadResult, clerks: int) -> None:
    print(stats.machine_line())
    print(f"\n{clerks} clerks, think time 0.5-1.5 s, {result.seconds:.0f} s: {result.calls:,} "
          f"calls ({result.calls / max(result.seconds, 1e-9):.1f}/s), "
          f"{sum(result.errors.values())} errors")
    print(stats.header())
    for op, timings in result.timings.items():
        print(stats.line(op, timings, GOAL_P99_MS))
    print(stats.line("all", _all(result), GOAL_P99_MS))
    if result.server_cpu_s:
        print(f"app server CPU while working: {result.server_cpu_s:.1f} s "
              f"({result.server_cpu_s / result.seconds:.0%} of one core, "
              f"{result.server_cpu_s * 1000 / max(result.calls, 1):.1f} ms per call)")
    for what, count in result.errors.most_common(10):
        print(f"  error x{count}: {what}")


def _all(result: LoadResult) -> list[float]:
    return [ms for timings in result.timings.values() for ms in timings]


if __name__ == "__main__":
    main()

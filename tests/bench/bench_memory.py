"""Resident memory of an app server with 100 connected clerks doing counter work.

    python -m tests.bench.bench_memory [--url URL] [--size N] [--clerks 100] [--seconds 120]

Reads VmRSS of the real ``python -m appserver`` process from /proc: after start-up, after
all clerks logged in, every few seconds while they work (ping, whoami, customer files with
0.5-1.5 s think time), and the peak (VmHWM). Goal: <= 300 MB resident.
"""

from __future__ import annotations

import argparse

from tests.bench import memory
from tests.bench.bench_rpc import report
from tests.bench.load import run_clerks
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_MB = 300.0
SAMPLE_INTERVAL_S = 5.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_memory")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--clerks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.clerks, args.seconds)


def run(url: str, clerks: int, seconds: float) -> bool:
    with app_server(url) as server:
        pid = server.pid
        idle = memory.rss_mb(pid)
        after_login: list[float] = []
        with memory.Sampler(pid, SAMPLE_INTERVAL_S) as sampler:
            result = run_clerks(url, server.address, clerks, seconds,
                                on_ready=lambda: after_login.append(memory.rss_mb(pid)))
            working_threads = memory.threads(pid)
        peak = memory.peak_mb(pid)
        final = memory.rss_mb(pid)
    report(result, clerks)
    during = [mb for _t, mb in sampler.samples]
    print(f"\napp server memory (pid {pid}), {clerks} clerks connected:")
    print(f"  after start-up, idle         {idle:7.1f} MB")
    print(f"  after {clerks} logins           {after_login[0] if after_login else 0:7.1f} MB")
    print(f"  while working: min {min(during):.1f} / max {max(during):.1f} MB "
          f"over {len(during)} samples; slope {memory.slope_mb_per_hour(sampler.samples):+.1f} "
          f"MB/h; {working_threads} threads")
    print(f"  at the end                   {final:7.1f} MB")
    print(f"  peak resident (VmHWM)        {peak:7.1f} MB   goal <= {GOAL_MB:g} MB: "
          f"{'met' if peak <= GOAL_MB else 'MISSED'}")
    return peak <= GOAL_MB


if __name__ == "__main__":
    main()

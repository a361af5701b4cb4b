"""Resident memory of an app server with 100 connected clerks doing counter work.

    python -m tests.bench.bench_memory [--url URL] [--size N] [--clerks 100] [--seconds 120]

Reads VmRSS of the real ``python -m appserver`` process from /proc: after start-up, after
all clerks logged in, every few seconds while they work (ping, whoami, customer files with
0.5-1.5 s think time), and the peak (VmHWM). Goal: <= 300 MB resident.
"""

from __future__ import annotations

import argparse

from tests.bench import memory, stats
from tests.bench.bench_rpc import report
from tests.bench.load import LOGIN_CONCURRENCY, run_clerks
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_MB = 300.0
SAMPLE_INTERVAL_S = 1.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_memory")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--clerks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--simultaneous-logins", type=int, default=LOGIN_CONCURRENCY,
                        help="clerks logging in at the same moment (default "
                             f"{LOGIN_CONCURRENCY}; the morning rush is higher)")
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.clerks, args.seconds, args.threadpool, args.simultaneous_logins)


def run(url: str, clerks: int, seconds: float, threadpool: int | None = None,
        simultaneous_logins: int = LOGIN_CONCURRENCY) -> bool:
    with app_server(url, threadpool=threadpool) as server:
        pid = server.pid
        idle = memory.rss_mb(pid)
        ready: list[float] = []
        with memory.Sampler(pid, SAMPLE_INTERVAL_S) as sampler:
            result = run_clerks(url, server.address, clerks, seconds,
                                on_ready=lambda: ready.append(sampler.elapsed()),
                                login_concurrency=simultaneous_logins)
        peak = memory.peak_mb(pid)
    report(result, clerks)
    started = ready[0] if ready else 0.0
    logins = [mb for t, mb in sampler.samples if t < started] or [idle]
    working = [(t, mb) for t, mb in sampler.samples if t >= started]
    work_mb = [mb for _t, mb in working] or [idle]
    print(f"\napp server memory (pid {pid}), {clerks} clerks connected:")
    print(stats.machine_line())
    print(f"  after start-up, idle        {idle:7.1f} MB")
    print(f"  while {clerks} clerks log in, {simultaneous_logins} at a time: max "
          f"{max(logins):.1f} MB (argon2id needs 64 MiB per password check in progress)")
    print(f"  while they work             min {min(work_mb):.1f} / max {max(work_mb):.1f} / "
          f"last {work_mb[-1]:.1f} MB over {len(working)} samples, slope "
          f"{memory.slope_mb_per_hour(working):+.1f} MB/h; up to {sampler.max_threads} threads")
    print(f"  peak resident (VmHWM)       {peak:7.1f} MB   goal <= {GOAL_MB:g} MB: "
          f"{'met' if peak <= GOAL_MB else 'MISSED'}")
    return peak <= GOAL_MB


if __name__ == "__main__":
    main()

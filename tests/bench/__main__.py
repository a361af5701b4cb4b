"""All server benchmarks on one database: python -m tests.bench [--url URL] [--keep]

Seeds 1,000,000 customers once (unless ``--url`` names a seeded database), then runs the
search, round-trip and memory benchmarks against it, one app server process each. The client
memory benchmark runs for an hour and has its own command (bench_client_memory).
"""

from __future__ import annotations

import argparse
import random

from tests.bench import bench_memory, bench_rpc, bench_search
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    add_database_options(parser, default_size=1_000_000)
    parser.add_argument("--clerks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="working time of the round-trip and memory benchmarks")
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        bench_search.run(url, 300, random.Random(7), True, args.threadpool)
        bench_rpc.run(url, args.clerks, args.seconds, args.threadpool)
        bench_memory.run(url, args.clerks, args.seconds, args.threadpool)


if __name__ == "__main__":
    main()

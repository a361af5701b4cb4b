"""Simulated counter clerks: threads, each with its own Pyro5 proxies and session, calling
ping, whoami and customers.get_file with a random think time between calls."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from appserver.contract import api as contract
from tests.bench.client import CLERKS, Clerk
from tests.bench.samples import customer_ids

THINK_MIN_S = 0.5
THINK_MAX_S = 1.5
LOGIN_CONCURRENCY = 2  # clerks arriving one after another; the memory bench raises it
OPERATIONS = ("ping", "whoami", "get_file")


@dataclass
class LoadResult:
    timings: dict[str, list[float]] = field(default_factory=lambda: {op: [] for op in OPERATIONS})
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    server_cpu_s: float = 0.0  # filled in by the caller that knows the server process
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def calls(self) -> int:
        return sum(len(t) for t in self.timings.values())

    def record(self, op: str, ms: float) -> None:
        with self.lock:
            self.timings[op].append(ms)

    def fail(self, what: str) -> None:
        with self.lock:
            self.errors[what] += 1


def run_clerks(url: str, address: str, clerks: int, seconds: float, seed: int = 11,
               on_ready: Callable[[], None] | None = None,
               login_concurrency: int = LOGIN_CONCURRENCY) -> LoadResult:
    """Log ``clerks`` workstations in, then let them work for ``seconds``; all threads end."""
    ids = {name: customer_ids(url, name, 200, random.Random(seed)) for name in CLERKS}
    result = LoadResult()
    logins = threading.Semaphore(login_concurrency)
    ready = threading.Barrier(clerks + 1)
    stop = threading.Event()
    names = [CLERKS[n % len(CLERKS)] for n in range(clerks)]
    threads = [threading.Thread(target=_clerk, name=f"clerk-{n}", daemon=True,
                                args=(address, name, ids[name], random.Random(seed + n), logins,
                                      ready, stop, result))
               for n, name in enumerate(names)]
    for t in threads:
        t.start()
    try:
        ready.wait(timeout=600)
        if on_ready is not None:
            on_ready()
        started = time.perf_counter()
        stop.wait(seconds)
        result.seconds = time.perf_counter() - started
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    return result


def _clerk(address: str, username: str, ids: list[int], rng: random.Random,
           logins: threading.Semaphore, ready: threading.Barrier, stop: threading.Event,
           result: LoadResult) -> None:
    clerk = Clerk(address)
    try:
        with logins:
            clerk.login(username)
    except Exception as exc:  # counted, and the barrier must still be reached
        result.fail(f"login: {type(exc).__name__}")
    try:
        ready.wait(timeout=600)
    except threading.BrokenBarrierError:
        return
    while not stop.wait(rng.uniform(THINK_MIN_S, THINK_MAX_S)):
        op = rng.choice(OPERATIONS)
        started = time.perf_counter()
        try:
            _do(clerk, op, rng.choice(ids))
        except Exception as exc:  # every failure is a figure of the benchmark
            result.fail(f"{op}: {type(exc).__name__}: {exc}"[:160])
            continue
        result.record(op, (time.perf_counter() - started) * 1000)
    clerk.close()


def _do(clerk: Clerk, op: str, customer_id: int) -> None:
    if op == "ping":
        clerk.call(contract.OBJECT_SYSTEM, "ping")
    elif op == "whoami":
        clerk.call(contract.OBJECT_ADMIN, "whoami")
    else:
        clerk.call(contract.OBJECT_CUSTOMERS, "get_file", customer_id)

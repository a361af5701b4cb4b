"""Counter payments with 100 concurrent clerks through the full stack, 0.5-1.5 s think time.

    python -m tests.bench.bench_payments [--url URL] [--size N] [--clerks 100] [--seconds 60]

Each clerk is a thread with its own Pyro5 proxies and session against a real app server
process on PostgreSQL. It works its own customers (no two threads take money from the same
customer), each with three open debts: open the account, then take a payment of part of what
is owed with the balance the screen showed (what the counter sends), now and then print the
receipt. Prints p50/p95/p99/max per operation, the errors and the rate; the goal is
p99 <= 50 ms for posting and 0 errors. The debts are 'adjustment' entries written here in bulk
(the seeded demo has customers, not bills); allocation treats them as any debit.
"""

from __future__ import annotations

import argparse
import random
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from appserver.contract import api as contract
from appserver.core.db import make_engine
from tests.bench import memory, stats
from tests.bench.client import CLERKS, Clerk
from tests.bench.samples import customer_ids
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_P99_MS = 50.0
THINK_MIN_S, THINK_MAX_S = 0.5, 1.5
DEBTS_PER_CUSTOMER = 3
PRINT_EVERY = 10  # every tenth payment's receipt is printed
OPERATIONS = ("account", "post_payment", "print_receipt")


@dataclass
class Result:
    timings: dict[str, list[float]] = field(default_factory=lambda: {o: [] for o in OPERATIONS})
    errors: Counter[str] = field(default_factory=Counter)
    taken: Decimal = Decimal("0.00")
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, op: str, ms: float, amount: Decimal | None = None) -> None:
        with self.lock:
            self.timings[op].append(ms)
            if amount is not None:
                self.taken += amount

    def fail(self, what: str) -> None:
        with self.lock:
            self.errors[what] += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_payments")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--clerks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.clerks, args.seconds, args.threadpool)


def run(url: str, clerks: int, seconds: float, threadpool: int | None = None) -> bool:
    customers = assign_customers(url, clerks)
    add_debts(url, [c for mine in customers for c in mine])
    since = datetime.now(UTC)
    with app_server(url, log_level="WARNING", threadpool=threadpool) as server:
        cpu: list[float] = []
        result = work(server.address, customers, seconds,
                      on_ready=lambda: cpu.append(memory.cpu_seconds(server.pid)))
        cpu_s = memory.cpu_seconds(server.pid) - cpu[0]
    check_ledger(url, result, since)
    report(result, clerks, cpu_s)
    return (stats.summary(result.timings["post_payment"])["p99"] <= GOAL_P99_MS
            and not result.errors)


def assign_customers(url: str, clerks: int) -> list[list[int]]:
    """Thread n works as CLERKS[n % 6]; each thread gets customers of its own."""
    names = [CLERKS[n % len(CLERKS)] for n in range(clerks)]
    per_name = Counter(names)
    # customer_ids draws with replacement: distinct ids, so no two threads share a customer
    pools = {name: list(dict.fromkeys(customer_ids(url, name, per_name[name] * 16,
                                                   random.Random(17 + CLERKS.index(name)))))
             for name in per_name}
    seen: dict[str, int] = defaultdict(int)
    taken: set[int] = set()  # clerks of one office draw from the same customers
    out = []
    for name in names:
        k = seen[name]
        seen[name] += 1
        mine = [c for c in pools[name][k::per_name[name]] if c not in taken]
        taken.update(mine)
        assert mine, f"no customers left for a {name} thread"
        out.append(mine)
    return out


def add_debts(url: str, customer_ids_: list[int]) -> None:
    """Three open debts per customer, due in the future (no penalty), in one statement."""
    now = datetime.now(UTC)
    rows = [{"c": cid, "a": Decimal(f"{40 + (cid * 7 + n * 13) % 260}.{(cid + n) % 100:02d}"),
             "d": date(2027, n + 1, 15), "now": now, "p": 202700 + n + 1}
            for cid in customer_ids_ for n in range(DEBTS_PER_CUSTOMER)]
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO ledger_entry (customer_id, office_id, entry_type, "
                              "amount, posted_on, posted_at, period, due_on, note) "
                              "SELECT :c, office_id, 'adjustment', :a, :now, :now, :p, :d, "
                              "'bench debt' FROM customer WHERE id = :c"), rows)
    finally:
        engine.dispose()


def work(address: str, customers: list[list[int]], seconds: float,
         on_ready: Any = None) -> Result:
    result = Result()
    logins = threading.Semaphore(2)
    ready = threading.Barrier(len(customers) + 1)
    stop = threading.Event()
    threads = [threading.Thread(target=_clerk, daemon=True,
                                args=(address, CLERKS[n % len(CLERKS)], mine,
                                      random.Random(100 + n), logins, ready, stop, result))
               for n, mine in enumerate(customers)]
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


def _write(clerk: Clerk, method: str, *args: Any) -> Any:
    """A write with its own request id, as the client's gateway sends it."""
    ctx = contract.make_ctx(clerk.token, str(uuid.uuid4()), "en")
    return getattr(clerk.proxies[contract.OBJECT_PAYMENTS], method)(ctx, *args)


def _clerk(address: str, username: str, mine: list[int], rng: random.Random,
           logins: threading.Semaphore, ready: threading.Barrier, stop: threading.Event,
           result: Result) -> None:
    clerk = Clerk(address)
    try:
        with logins:
            clerk.login(username)
    except Exception as exc:
        result.fail(f"login: {type(exc).__name__}")
    try:
        ready.wait(timeout=600)
    except threading.BrokenBarrierError:
        return
    paid = 0
    while not stop.wait(rng.uniform(THINK_MIN_S, THINK_MAX_S)):
        customer = rng.choice(mine)
        try:
            paid += _serve(clerk, customer, rng, result, print_receipt=paid % PRINT_EVERY == 0)
        except Exception as exc:  # every failure is a figure of the benchmark
            result.fail(f"{type(exc).__name__}: {exc}"[:160])
    clerk.close()


def _serve(clerk: Clerk, customer: int, rng: random.Random, result: Result,
           print_receipt: bool) -> int:
    started = time.perf_counter()
    account = clerk.call(contract.OBJECT_PAYMENTS, "account", customer)
    result.record("account", (time.perf_counter() - started) * 1000)
    owed = Decimal(account["total_due"])
    amount = max(Decimal("1.00"), (owed * Decimal(rng.choice((25, 50, 100))) / 100)
                 .quantize(Decimal("0.01")))
    started = time.perf_counter()
    done = _write(clerk, "post_payment", {"customer_id": customer, "amount": str(amount),
                                          "tender_type": "cash",
                                          "balance_seen": account["balance"]})
    result.record("post_payment", (time.perf_counter() - started) * 1000, amount)
    if print_receipt:
        started = time.perf_counter()
        logged = _write(clerk, "print_receipt", done["payment_id"])
        clerk.call(contract.OBJECT_PAYMENTS, "receipt_pdf", done["payment_id"],
                   logged["print_no"])
        result.record("print_receipt", (time.perf_counter() - started) * 1000)
    return 1


def check_ledger(url: str, result: Result, since: datetime) -> None:
    """The ledger holds exactly the money the clerks were told was taken (in this run)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            total = conn.execute(text("SELECT coalesce(-sum(amount), 0) FROM ledger_entry "
                                      "WHERE entry_type = 'payment' AND posted_at >= :since"),
                                 {"since": since}).scalar_one()
    finally:
        engine.dispose()
    if Decimal(total) != result.taken:
        result.fail(f"ledger holds {total}, clerks took {result.taken}")


def report(result: Result, clerks: int, cpu_s: float) -> None:
    calls = sum(len(t) for t in result.timings.values())
    print(stats.machine_line())
    print(f"\n{clerks} clerks, think time {THINK_MIN_S}-{THINK_MAX_S} s, {result.seconds:.0f} s: "
          f"{len(result.timings['post_payment']):,} payments "
          f"({len(result.timings['post_payment']) / max(result.seconds, 1e-9):.1f}/s), "
          f"{calls:,} calls, {sum(result.errors.values())} errors, "
          f"{result.taken} yuan taken = the ledger's payments")
    print(stats.header())
    for op, timings in result.timings.items():
        print(stats.line(op, timings, GOAL_P99_MS))
    print(f"app server CPU while working: {cpu_s:.1f} s ({cpu_s / max(result.seconds, 1e-9):.0%}"
          f" of one core, {cpu_s * 1000 / max(calls, 1):.1f} ms per call)")
    for what, count in result.errors.most_common(10):
        print(f"  error x{count}: {what}")


if __name__ == "__main__":
    main()

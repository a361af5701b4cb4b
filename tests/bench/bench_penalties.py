"""The daily penalty accrual over many customers in arrears, on PostgreSQL.

    python -m tests.bench.bench_penalties [--url URL] [--size N] [--keep]

Seeds its own database (the demo utility's customers) and, with set-based SQL, three months
of bills per customer (bill, ledger charge), one payment per customer with its ledger entry
and allocations: 90% of the customers paid everything, 10% (those with (id / 7) % 10 = 3,
so that every office has some) paid only the oldest bill, so they owe two bills, one
overdue 74 days and one 13 days on 2026-11-28.
Then it times the job's own code (penalty_job.accrue_all, the handler of "penalty_accrual"):
the first run of the day (posts a penalty for every customer in arrears), a second run the
same day (a restarted job: posts nothing), and the next day's run (posts the increments);
and the arrears list of one office through the same query the screen uses.
Goal: seconds, not hours, for 1,000,000 customers with 10% in arrears.
"""

from __future__ import annotations

import argparse
import time
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, text

from appserver.core.clock import FixedClock
from appserver.core.config import ServerConfig
from appserver.core.dates import OFFICE_ZONE
from appserver.core.db import Database, make_engine
from appserver.core.runtime import Runtime
from appserver.payments import arrears, penalty_job
from appserver.payments.penalties import AccrualStats
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm

ON = date(2026, 11, 28)
PERIODS = ((202608, "2026-09-15"), (202609, "2026-10-15"), (202610, "2026-11-15"))
MARKER = "BENCH-PENALTY"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_penalties")
    add_database_options(parser, default_size=1_000_000)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url)


def _sql(engine: Engine, label: str, *statements: str) -> None:
    started = time.perf_counter()
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    print(f"  {label}: {time.perf_counter() - started:.1f} s", flush=True)


def prepare(engine: Engine) -> None:
    """Bills, charges, payments and allocations for every customer (once per database)."""
    with engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM bill WHERE tariff_keys = :m LIMIT 1"),
                        {"m": MARKER}).first() is not None:
            return
    print("preparing the ledger:", flush=True)
    for period, due in PERIODS:
        _sql(engine, f"bills and charges {period}", f"""
            INSERT INTO bill (customer_id, metering_point_id, office_id, period, kind, status,
                              review_reason, energy_kwh, amount, due_on, tariff_keys, request,
                              engine_version, created_at, released_at)
            SELECT c.id, c.id, c.office_id, {period}, 'regular', 'released', '', 100,
                   20.35 + (c.id % 500), DATE '{due}', '{MARKER}', '{{}}', 'bench',
                   TIMESTAMPTZ '{due}' - INTERVAL '15 days',
                   TIMESTAMPTZ '{due}' - INTERVAL '15 days'
            FROM customer c""", f"""
            INSERT INTO ledger_entry (customer_id, office_id, entry_type, amount, posted_on,
                                      posted_at, period, due_on, bill_id, note)
            SELECT b.customer_id, b.office_id, 'bill', b.amount, b.released_at::date,
                   b.released_at, b.period, b.due_on, b.id, ''
            FROM bill b WHERE b.period = {period} AND b.tariff_keys = '{MARKER}'""")
    _sql(engine, "payments", """
        INSERT INTO payment (receipt_no, customer_id, office_id, amount, tender_type, channel,
                             business_date, received_at, reference)
        SELECT 'BP' || c.id, c.id, c.office_id,
               CASE WHEN (c.id / 7) % 10 = 3 THEN 1 ELSE 3 END * (20.35 + (c.id % 500)),
               'cash', 'counter', DATE '2026-09-10', TIMESTAMPTZ '2026-09-10 02:00+00', ''
        FROM customer c""", """
        INSERT INTO ledger_entry (customer_id, office_id, entry_type, amount, posted_on,
                                  posted_at, payment_id, note)
        SELECT p.customer_id, p.office_id, 'payment', -p.amount, p.business_date,
               p.received_at, p.id, ''
        FROM payment p WHERE p.receipt_no LIKE 'BP%'""", f"""
        INSERT INTO allocation (credit_entry_id, debit_entry_id, amount, created_at)
        SELECT pe.id, be.id, be.amount, pe.posted_at
        FROM ledger_entry be
        JOIN ledger_entry pe ON pe.customer_id = be.customer_id AND pe.entry_type = 'payment'
        WHERE be.entry_type = 'bill' AND be.due_on IS NOT NULL
          AND (be.period = {PERIODS[0][0]} OR (be.customer_id / 7) % 10 <> 3)""")
    _sql(engine, "analyze", "ANALYZE")


def _timed(rt: Runtime, on: date, label: str) -> tuple[float, AccrualStats]:
    rt.clock = FixedClock(datetime.combine(on, datetime.min.time(), OFFICE_ZONE)
                          + timedelta(hours=1))
    started, cpu = time.perf_counter(), time.process_time()
    stats = penalty_job.accrue_all(rt, on)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"  {label}: {seconds:.1f} s ({cpu:.1f} s CPU in this process; the rest is "
          f"PostgreSQL and waiting) — {stats.debits:,} overdue debts examined, "
          f"{stats.customers_charged:,} customers charged, {stats.entries:,} penalty entries, "
          f"{stats.amount:,.2f} yuan", flush=True)
    return seconds, stats


def run(url: str) -> None:
    engine = make_engine(url)
    try:
        prepare(engine)
        with engine.connect() as conn:
            customers = conn.execute(text("SELECT count(*) FROM customer")).scalar_one()
            office = conn.execute(text(
                "SELECT office_id FROM customer GROUP BY office_id ORDER BY count(*) DESC "
                "LIMIT 1")).scalar_one()
        cfg = ServerConfig(database_url=url, name="bench", role="primary")
        rt = Runtime(cfg, Database(engine), FixedClock(datetime.now(OFFICE_ZONE)))
        print(f"penalty accrual, {customers:,} customers, 10% in arrears "
              f"(chunks of {penalty_job.CHUNK:,}):", flush=True)
        first, stats = _timed(rt, ON, f"first run of {ON}")
        _timed(rt, ON, "same day again (a restarted job)")
        _timed(rt, ON + timedelta(days=1), f"next day, {ON + timedelta(days=1)}")
        rate = stats.customers_charged / first if first else 0
        print(f"  first run: {rate:,.0f} customers in arrears/s", flush=True)
        started = time.perf_counter()
        with rt.db.unit_of_work() as db:
            rows = arrears.arrears_list(db, [office], ON, datetime.now(OFFICE_ZONE),
                                        arrears.Filters())
        print(f"arrears list of the largest office: {len(rows):,} customers in "
              f"{time.perf_counter() - started:.2f} s", flush=True)
        total = sum((r.total for r in rows), Decimal(0))
        print(f"  owed in that office: {total:,.2f} yuan", flush=True)
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()

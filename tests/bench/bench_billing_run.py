"""The billing run for a million customers, from validated readings to committed bills, bill
lines and ledger entries, on PostgreSQL.

    python -m tests.bench.bench_billing_run [--url URL] [--size N] [--keep] [--workers 2]

Seeds its own database (the demo utility's customers: 85% residential, 10% commercial, 3%
large industry, 2% agriculture) and, with set-based SQL, one reading book holding every
metering point, tariff assignments (residential annual tiers; a third of residents on the
Zhejiang tiers with TOU; commercial TOU; large industry two-part by capacity with power
factor; agriculture with power factor), and two months of validated readings. Then it times
the real billing-run job (appserver/billing/run_job.py), and in the same run the time
PostgreSQL's COPY takes to write the same rows into tables shaped like bill, bill_line and
ledger_entry (same indexes, checks and foreign keys), and the ratio. A sample of the bills
is rated again by the Decimal engine from the stored request: zero mismatches expected.
Goal: <= 30 s and < 2 GB resident in total (this process, its workers, peak).

Each further invocation on a kept database bills the next month (ledger rows are never
deleted, so a month is billed once).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from appserver.billing import run_job
from appserver.billing.rating import rate, request_from_data
from appserver.billing.tariff_store import approved_catalog, install_shipped_tariffs
from appserver.core.clock import FixedClock
from appserver.core.config import ServerConfig
from appserver.core.dates import add_months
from appserver.core.db import Database, make_engine
from appserver.core.runtime import Runtime
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm

GOAL_S = 30.0
GOAL_RSS_MB = 2048.0
FIRST_PERIOD = 202611
BOOK = "BENCH-ALL"
SAMPLE = 2_000
TABLES = ("bill", "bill_line", "ledger_entry")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_billing_run")
    add_database_options(parser, default_size=1_000_000)
    parser.add_argument("--workers", type=int, default=run_job.WORKERS)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.workers)


def run(url: str, workers: int) -> bool:
    engine = make_engine(url)
    try:
        period = prepare(engine)
        run_id = _new_run(engine, period)
        seconds, peak_mb = _timed_run(engine, run_id, period, workers)
        counts = _counts(engine, run_id)
        copy_s = _copy_same_rows(engine, run_id)
        mismatches = _sample_check(engine, run_id)
    finally:
        engine.dispose()
    rows = sum(counts[t] for t in TABLES)
    print(f"billing run {period // 100}-{period % 100:02d}: {counts['bill']:,} bills "
          f"({counts['review']:,} held for review), {counts['bill_line']:,} lines, "
          f"{counts['ledger_entry']:,} ledger entries, {counts['errors']:,} points not billed",
          flush=True)
    print(f"  run: {seconds:.1f} s ({counts['bill'] / seconds:,.0f} bills/s, "
          f"{rows / seconds:,.0f} rows/s) with {workers} worker processes; goal <= {GOAL_S} s")
    print(f"  COPY of the same {rows:,} rows: {copy_s:.1f} s ({rows / copy_s:,.0f} rows/s); "
          f"run / COPY = {seconds / copy_s:.1f}")
    print(f"  peak resident memory, run process + workers: {peak_mb:,.0f} MB; "
          f"goal < {GOAL_RSS_MB:,.0f} MB")
    print(f"  engine re-rating of {SAMPLE:,} sampled bills from their stored request: "
          f"{mismatches} mismatches", flush=True)
    return seconds <= GOAL_S and peak_mb < GOAL_RSS_MB and mismatches == 0


# -- the data ----------------------------------------------------------------------------------

def prepare(engine: Engine) -> int:
    """Tariffs, the book, assignments and readings; returns the period to bill."""
    with Session(engine) as db, db.begin():
        install_shipped_tariffs(db, datetime(2026, 11, 1, tzinfo=UTC))
        book_id = db.scalar(text("SELECT id FROM reading_book WHERE code = :c"), {"c": BOOK})
        if book_id is None:
            started = time.perf_counter()
            book_id = _make_book(db)
            _read(db, book_id, add_months(FIRST_PERIOD, -1), None)
            print(f"book, assignments and first readings: {time.perf_counter() - started:.1f} s",
                  flush=True)
        billed = db.scalar(text("SELECT max(period) FROM billing_run WHERE book_id = :b"),
                           {"b": book_id})
        period = FIRST_PERIOD if billed is None else add_months(billed, 1)
        started = time.perf_counter()
        db.execute(text("INSERT INTO reading_plan (book_id, period, planned_on, status) "
                        "VALUES (:b, :p, :d, 'validated')"),
                   {"b": book_id, "p": period, "d": f"{period // 100}-{period % 100:02d}-20"})
        _read(db, book_id, period, add_months(period, -1))
    print(f"readings of {period}: {time.perf_counter() - started:.1f} s", flush=True)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE meter_reading"))
        conn.execute(text("VACUUM ANALYZE book_point"))
        conn.execute(text("VACUUM ANALYZE tariff_assignment"))
    return period


def _make_book(db: Session) -> int:
    office = db.scalar(text("SELECT min(id) FROM org_unit WHERE kind = 'office'"))
    book_id = db.scalar(text("INSERT INTO reading_book (code, name, office_id, reading_day, "
                             "route, active) VALUES (:c, '全部计量点', :o, 20, '', true) "
                             "RETURNING id"), {"c": BOOK, "o": office})
    db.execute(text("INSERT INTO book_point (metering_point_id, book_id, sequence) "
                    "SELECT id, :b, id FROM metering_point"), {"b": book_id})
    db.execute(text("""
        INSERT INTO tariff_assignment (metering_point_id, tariff_code, effective_from)
        SELECT mp.id, CASE c.customer_class
                 WHEN 'residential' THEN CASE WHEN mp.id % 3 = 0 THEN 'ZJ-RES-ANNUAL'
                                              ELSE 'JX-RES-ANNUAL' END
                 WHEN 'commercial' THEN 'CI-TOU'
                 WHEN 'large_industry' THEN 'LI-CAP'
                 ELSE 'AG-PROD' END, DATE '2024-01-01'
        FROM metering_point mp JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id"""))
    return int(book_id)


def _read(db: Session, book_id: int, period: int, before: int | None) -> None:
    """One validated reading per meter: the first from scratch, later ones advance by a
    month's consumption (raw register units, before the multiplier) by class."""
    plan = db.scalar(text("SELECT id FROM reading_plan WHERE book_id = :b AND period = :p"),
                     {"b": book_id, "p": period})
    usage = """CASE c.customer_class
                 WHEN 'residential' THEN 40 + (m.id * 7 + :p) % 360
                 WHEN 'commercial' THEN 20 + (m.id * 11 + :p) % 280
                 WHEN 'large_industry' THEN 30 + (m.id * 13 + :p) % 400
                 ELSE 100 + (m.id * 17 + :p) % 1500 END"""
    if before is None:
        current = "(1000 + m.id % 90000)::numeric"
        base = "FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id"
        prev = "0"
    else:
        current = f"r.total + {usage}"
        base = ("FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id "
                "JOIN meter_reading r ON r.meter_id = m.id AND r.period = :before "
                "AND r.kind = 'regular'")
        prev = "1"
    tou = "position('peak' IN m.registers) > 0"
    # ZJ-RES-ANNUAL prices peak and valley only: those meters have no flat energy
    zj = "c.customer_class = 'residential' AND mp.id % 3 = 0"
    reactive = "c.customer_class IN ('large_industry', 'agriculture')"
    db.execute(text(f"""
        INSERT INTO meter_reading (plan_id, metering_point_id, meter_id, period, kind, read_on,
            total, peak, flat, valley, reactive, max_demand, source, status, flags, entered_at,
            note)
        SELECT :plan, m.metering_point_id, m.id, :p, 'regular', :day, t.total,
               CASE WHEN {tou} THEN t.peak END,
               CASE WHEN {tou} AND NOT ({zj}) THEN t.total - t.peak - t.valley END,
               CASE WHEN {zj} THEN t.total - t.peak WHEN {tou} THEN t.valley END,
               CASE WHEN {reactive} THEN t.reactive END,
               CASE WHEN c.customer_class = 'large_industry' THEN 50 + m.id % 400 END,
               'ami', 'valid', '', now(), ''
        {base}
        JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id
        CROSS JOIN LATERAL (SELECT {current} AS total) cur
        CROSS JOIN LATERAL (SELECT cur.total AS total,
               {'0' if before is None else 'r.peak'} * {prev} + ({usage}) * 3 / 10 AS peak,
               {'0' if before is None else 'r.valley'} * {prev} + ({usage}) / 4 AS valley,
               {'0' if before is None else 'coalesce(r.reactive, 0)'} * {prev}
                   + ({usage}) * 2 / 5 AS reactive) t
        """), {"plan": plan, "p": period, "before": before,
               "day": f"{period // 100}-{period % 100:02d}-20"})


def _new_run(engine: Engine, period: int) -> int:
    with Session(engine) as db, db.begin():
        return int(db.scalar(text(
            "INSERT INTO billing_run (book_id, period, status, bills_count, review_count, "
            "total_amount, created_at) SELECT id, :p, 'queued', 0, 0, 0, now() "
            "FROM reading_book WHERE code = :c RETURNING id"), {"p": period, "c": BOOK}))


# -- the run -----------------------------------------------------------------------------------

def _timed_run(engine: Engine, run_id: int, period: int,
               workers: int) -> tuple[float, float]:
    year, month = divmod(add_months(period, 1), 100)
    clock = FixedClock(datetime(year, month, 3, 1, 0, tzinfo=UTC))
    rt = Runtime(ServerConfig(database_url=engine.url.render_as_string(hide_password=False),
                              name="bench"), Database(engine), clock)
    last = [0.0]

    def progress(done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5 or done == total:
            last[0] = now
            print(f"  {done:,} / {total:,} {message}", flush=True)

    with _peak_rss() as peak:
        started = time.perf_counter()
        run_job.execute(rt, run_id, progress, workers=workers)
        seconds = time.perf_counter() - started
    return seconds, peak[0]


@contextmanager
def _peak_rss() -> Iterator[list[float]]:
    """Samples the resident memory of this process and all its children (the workers)
    every 0.2 s; yields [peak MB]."""
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            peak[0] = max(peak[0], _tree_rss_mb(os.getpid()))

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()


def _tree_rss_mb(pid: int) -> float:
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            with open(f"/proc/{current}/status") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS"))
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, StopIteration):
            continue
        pids.extend(int(c) for c in children)
    return total / 1024


def _counts(engine: Engine, run_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        row = conn.execute(text("""
            SELECT (SELECT count(*) FROM bill WHERE run_id = :r),
                   (SELECT count(*) FROM bill WHERE run_id = :r AND status = 'review'),
                   (SELECT count(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id
                     WHERE b.run_id = :r),
                   (SELECT count(*) FROM ledger_entry e JOIN bill b ON b.id = e.bill_id
                     WHERE b.run_id = :r),
                   (SELECT count(*) FROM billing_run_error WHERE run_id = :r)"""),
            {"r": run_id}).one()
    return dict(zip(("bill", "review", "bill_line", "ledger_entry", "errors"), map(int, row),
                    strict=True))


# -- COPY of the same rows ---------------------------------------------------------------------

def _copy_same_rows(engine: Engine, run_id: int) -> float:
    """Export the run's rows, then COPY them into empty tables shaped like the real ones
    (indexes, checks, defaults and foreign keys); only the COPY FROM is timed."""
    selects = {"bill": f"SELECT * FROM bill WHERE run_id = {run_id}",
               "bill_line": f"SELECT l.* FROM bill_line l JOIN bill b ON b.id = l.bill_id "
                            f"WHERE b.run_id = {run_id}",
               "ledger_entry": f"SELECT e.* FROM ledger_entry e JOIN bill b ON b.id = e.bill_id "
                               f"WHERE b.run_id = {run_id}"}
    with tempfile.TemporaryDirectory(prefix="pmis-bench-copy-") as folder:
        raw: Any = engine.raw_connection()
        try:
            cur = raw.cursor()
            files = {}
            for table, query in selects.items():
                files[table] = Path(folder) / f"{table}.copy"
                with open(files[table], "w", encoding="utf-8") as fh:
                    cur.copy_expert(f"COPY ({query}) TO STDOUT", fh)
                _shadow(cur, table)
            raw.commit()
            started = time.perf_counter()
            for table in TABLES:
                with open(files[table], encoding="utf-8") as fh:
                    cur.copy_expert(f"COPY bench_copy_{table} FROM STDIN", fh,
                                    size=64 * 1024 * 1024)
            raw.commit()
            seconds = time.perf_counter() - started
            for table in reversed(TABLES):
                cur.execute(f"DROP TABLE bench_copy_{table}")
            raw.commit()
        finally:
            raw.close()
    return seconds


def _shadow(cur: Any, table: str) -> None:
    cur.execute(f"DROP TABLE IF EXISTS bench_copy_{table}")
    cur.execute(f"CREATE TABLE bench_copy_{table} (LIKE {table} INCLUDING ALL)")
    cur.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f'", (table,))
    for name, definition in cur.fetchall():
        cur.execute(f"ALTER TABLE bench_copy_{table} ADD CONSTRAINT bench_{name} {definition}")


# -- correctness -------------------------------------------------------------------------------

def _sample_check(engine: Engine, run_id: int) -> int:
    """Rate a sample of the run's bills again with the engine from their stored request."""
    with Session(engine) as db:
        catalog = approved_catalog(db)
        ids = list(db.scalars(text("SELECT id FROM bill WHERE run_id = :r"), {"r": run_id}))
        chosen = random.Random(2026).sample(ids, min(SAMPLE, len(ids)))
        bills = db.execute(text("SELECT id, request, amount FROM bill WHERE id = ANY(:ids)"),
                           {"ids": chosen}).all()
        lines: dict[int, list[tuple[str, Decimal]]] = {}
        for bill_id, code, amount in db.execute(text(
                "SELECT bill_id, code, amount FROM bill_line WHERE bill_id = ANY(:ids) "
                "ORDER BY bill_id, seq"), {"ids": chosen}):
            lines.setdefault(bill_id, []).append((code, amount))
    mismatches = 0
    for bill_id, request, amount in bills:
        result = rate(request_from_data(json.loads(request)), catalog)
        if result.total != amount or lines.get(bill_id) != [(ln.code, ln.amount)
                                                            for ln in result.lines]:
            mismatches += 1
    return mismatches


if __name__ == "__main__":
    main()

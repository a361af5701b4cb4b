"""The monthly revenue and collection report over a large ledger on PostgreSQL.

    python -m tests.bench.bench_reports [--url URL] [--size N] [--keep]

Seeds ``size`` customers (demo utility, unless the database is seeded), then writes three
months of history for all of them with set-based SQL (no Python per row): regular bills of
2026-08..10 through billing runs (one in 500 held in review), their ledger charges (released
on the 3rd of the next month, due on the 18th), payments of nine customers in ten (four
tender/channel mixes) with their ledger entries and allocations. VACUUM ANALYZE, then times
``monthly_revenue_figures`` and ``monthly_revenue_pdf`` for the company and for one office
in process, and prints every statement the report ran with its EXPLAIN ANALYZE time and
plan shape. The history is marked (engine_version 'bench') and written once.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from appserver.core.clock import FixedClock
from tests.bench import stats
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm
from tests.helpers.inprocess import InProcessGateway

PERIODS = (202608, 202609, 202610)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_reports")
    add_database_options(parser, default_size=1_000_000)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url)


def _history_sql(period: int) -> list[str]:
    y, m = divmod(period, 100)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    released, due = f"DATE '{ny}-{nm:02d}-03'", f"DATE '{ny}-{nm:02d}-18'"
    at = f"TIMESTAMPTZ '{ny}-{nm:02d}-03 09:00+08'"
    return [
        f"""INSERT INTO billing_run (book_id, period, status, bills_count, review_count,
               total_amount, created_at)
            SELECT b.id, {period}, 'done', 0, 0, 0, {at} FROM reading_book b
            WHERE NOT EXISTS (SELECT 1 FROM billing_run r
                              WHERE r.book_id = b.id AND r.period = {period})""",
        f"""INSERT INTO bill (customer_id, metering_point_id, office_id, period, kind, status,
               run_id, review_reason, energy_kwh, amount, due_on, tariff_keys, request,
               engine_version, created_at, released_at)
            SELECT c.id, c.id, c.office_id, {period}, 'regular',
                   CASE WHEN c.id % 500 = 0 THEN 'review' ELSE 'released' END, r.id,
                   CASE WHEN c.id % 500 = 0 THEN 'far above history' ELSE '' END,
                   50 + (c.id * 7 + {period}) % 400,
                   round((50 + (c.id * 7 + {period}) % 400) * 0.6, 2), {due}, 'BENCH@1', '{{}}',
                   'bench', {at}, {at}
            FROM customer c
            JOIN (SELECT DISTINCT ON (office_id) id, office_id FROM reading_book
                  ORDER BY office_id, id) book ON book.office_id = c.office_id
            JOIN billing_run r ON r.book_id = book.id AND r.period = {period}""",
        f"""INSERT INTO ledger_entry (customer_id, office_id, entry_type, amount, posted_on,
               posted_at, period, due_on, bill_id, note)
            SELECT customer_id, office_id, 'bill', amount, {released}, {at}, {period}, due_on,
                   id, ''
            FROM bill WHERE period = {period} AND status = 'released'
                        AND engine_version = 'bench'""",
        f"""INSERT INTO payment (receipt_no, customer_id, office_id, amount, tender_type,
               channel, business_date, received_at, reference)
            SELECT 'BENCH' || b.id, b.customer_id, b.office_id, b.amount,
                   (ARRAY['cash','card','withholding','mobile'])[1 + b.customer_id % 4],
                   (ARRAY['counter','counter','bank_withholding','bank_agent'])
                       [1 + b.customer_id % 4],
                   {released} + (b.customer_id % 25),
                   {at} + make_interval(days => (b.customer_id % 25)::int), b.id::text
            FROM bill b WHERE b.period = {period} AND b.status = 'released'
                          AND b.engine_version = 'bench' AND b.customer_id % 10 <> 0""",
        f"""INSERT INTO ledger_entry (customer_id, office_id, entry_type, amount, posted_on,
               posted_at, payment_id, note)
            SELECT p.customer_id, p.office_id, 'payment', -p.amount, p.business_date,
                   p.received_at, p.id, ''
            FROM payment p JOIN bill b ON b.id = p.reference::bigint
            WHERE p.receipt_no LIKE 'BENCH%' AND b.period = {period}""",
        f"""INSERT INTO allocation (credit_entry_id, debit_entry_id, amount, created_at)
            SELECT pe.id, be.id, p.amount, p.received_at
            FROM payment p
            JOIN bill b ON b.id = p.reference::bigint AND b.period = {period}
            JOIN ledger_entry pe ON pe.payment_id = p.id AND pe.entry_type = 'payment'
            JOIN ledger_entry be ON be.bill_id = b.id AND be.entry_type = 'bill'
            WHERE p.receipt_no LIKE 'BENCH%'""",
    ]


def write_history(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        if conn.scalar(sa.text("SELECT count(*) FROM bill WHERE engine_version = 'bench'")):
            print("history: already written")
            return
        if not conn.scalar(sa.text("SELECT count(*) FROM reading_book")):
            conn.execute(sa.text(
                """INSERT INTO reading_book (code, name, office_id, reading_day, route, active)
                   SELECT 'BENCH-' || code, name, id, 5, '', true FROM org_unit
                   WHERE kind = 'office'"""))
    for period in PERIODS:
        started = time.perf_counter()
        rows = 0
        with engine.begin() as conn:
            for statement in _history_sql(period):
                rows += conn.execute(sa.text(statement)).rowcount or 0
        print(f"history {period}: {rows:,} rows in {time.perf_counter() - started:.1f} s",
              flush=True)
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")


class Statements:
    """Records what the report ran (statement, parameters, time) on one engine."""

    def __init__(self, engine: sa.Engine) -> None:
        self.seen: list[tuple[str, Any, float]] = []
        self._started: dict[int, float] = {}
        sa.event.listen(engine, "before_cursor_execute", self._before)
        sa.event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any,
                executemany: bool) -> None:
        self._started[id(cursor)] = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any,
               executemany: bool) -> None:
        took = time.perf_counter() - self._started.pop(id(cursor), time.perf_counter())
        if "ledger_entry" in statement or "FROM bill" in statement or "payment" in statement:
            self.seen.append((statement, params, took))


def _time(label: str, fn: Any) -> Any:
    started = time.perf_counter()
    result = fn()
    print(f"{label}: {(time.perf_counter() - started) * 1000:,.0f} ms", flush=True)
    return result


def run(url: str) -> None:
    engine = sa.create_engine(url)
    write_history(engine)
    gateway = InProcessGateway(url, locale="zh_CN", clock=FixedClock(NOW))
    gateway.login("manager", "demo1234")
    with engine.connect() as conn:
        ids: dict[str, int] = {code: uid for code, uid in
                               conn.execute(sa.text("SELECT code, id FROM org_unit"))}
        sizes = conn.execute(sa.text(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM bill), "
            "(SELECT count(*) FROM ledger_entry), (SELECT count(*) FROM allocation)")).one()
    print(stats.machine_line())
    print(f"customers {sizes[0]:,}, bills {sizes[1]:,}, ledger entries {sizes[2]:,}, "
          f"allocations {sizes[3]:,}")
    recorder = Statements(gateway.runtime.db.engine)
    call = gateway.call
    for unit in ("GS", "DH"):
        _time(f"figures 2026-10 {unit} (cold)",
              lambda u=unit: call("pmis.reports", "monthly_revenue_figures", "2026-10", ids[u]))
        _time(f"figures 2026-10 {unit} (warm)",
              lambda u=unit: call("pmis.reports", "monthly_revenue_figures", "2026-10", ids[u]))
    recorder.seen.clear()
    result = _time("PDF 2026-10 GS", lambda: call("pmis.reports", "monthly_revenue_pdf",
                                                  "2026-10", ids["GS"]))
    print(f"PDF size: {len(result['pdf_base64']) * 3 // 4:,} bytes")
    _explain(engine, recorder.seen)


def _explain(engine: sa.Engine, seen: list[tuple[str, Any, float]]) -> None:
    print("\nstatements of the company PDF (slowest first), with EXPLAIN ANALYZE:")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params, took in sorted(seen, key=lambda s: -s[2]):
            cursor = raw.cursor()
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement, params)
            plan = [row[0] for row in cursor.fetchall()]
            cursor.close()
            first = " ".join(statement.split())[:110]
            print(f"\n{took * 1000:8.0f} ms  {first}…")
            for line in plan:
                if any(k in line for k in ("Scan", "Join", "Aggregate", "Execution Time",
                                           "Sort", "Nested Loop")):
                    print("          " + line.strip()[:120])
        raw.rollback()


if __name__ == "__main__":
    main()

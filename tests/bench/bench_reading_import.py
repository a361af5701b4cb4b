"""Import and validation of a million readings on PostgreSQL, through the service code.

    python -m tests.bench.bench_reading_import [--url URL] [--size N] [--keep]

Seeds its own database (the demo utility's customers) and, with set-based SQL, reading books
of ~400 points per office with this month's plans, and four months of validated history
per meter (the previous three months and the same month last year, which the high/low rules
compare against). Then it makes the month's CSV file in memory (one line per meter, ~1% of
them with an anomaly: far above history, zero, backwards, TOU not adding up) and times
``importer.parse`` + ``service.ingest`` — the code behind ``pmis.metering.import_readings``
— in one transaction with its commit. Goal: <= 10 s.

Each invocation on a kept database imports the next month (history grows by one month).
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from appserver.core.dates import add_months
from appserver.core.db import make_engine
from appserver.metering import importer, service
from appserver.metering.pipeline import Outcome
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm

GOAL_S = 10.0
FIRST_PERIOD = 202611
BOOK_SIZE = 400
BILLABLE = "'valid', 'approved', 'estimated'"
THREE_TENTHS, FOUR_TENTHS = Decimal("0.3"), Decimal("0.4")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_reading_import")
    add_database_options(parser, default_size=1_000_000)
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        engine = make_engine(url)
        try:
            period = prepare(engine)
            csv = make_file(engine, period)
            run(engine, period, csv)
        finally:
            engine.dispose()


def prepare(engine: Engine) -> int:
    """Books, plans and history (first run); returns the period to import."""
    with engine.begin() as conn:
        if not conn.execute(text("SELECT COUNT(*) FROM reading_book")).scalar():
            started = time.perf_counter()
            _books(conn)
            for back in (12, 3, 2, 1):
                _history(conn, add_months(FIRST_PERIOD, -back))
            print(f"setup: books and 4 months of history in {time.perf_counter() - started:.1f} s",
                  flush=True)
        last = int(conn.execute(text("SELECT MAX(period) FROM meter_reading")).scalar_one())
        period = add_months(last, 1) if last >= FIRST_PERIOD else FIRST_PERIOD
        conn.execute(text(
            "INSERT INTO reading_plan (book_id, period, planned_on, status) SELECT id, :p, "
            ":d, 'open' FROM reading_book WHERE NOT EXISTS (SELECT 1 FROM reading_plan q "
            "WHERE q.book_id = reading_book.id AND q.period = :p)"),
            {"p": period, "d": date(period // 100, period % 100, 20)})
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    return period


def _books(conn: Connection) -> None:
    conn.execute(text(f"""
        CREATE TEMPORARY TABLE bench_order AS
        SELECT mp.id AS point_id, cu.office_id,
               ROW_NUMBER() OVER (PARTITION BY cu.office_id ORDER BY mp.id) - 1 AS n
        FROM metering_point mp JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer cu ON cu.id = sp.customer_id;
        INSERT INTO reading_book (code, name, office_id, reading_day, route, active)
        SELECT 'B' || office_id || '-' || n / {BOOK_SIZE}, 'bench book', office_id,
               1 + (n / {BOOK_SIZE}) % 25, '', true
        FROM bench_order GROUP BY office_id, n / {BOOK_SIZE};
        INSERT INTO book_point (metering_point_id, book_id, sequence)
        SELECT o.point_id, b.id, o.n % {BOOK_SIZE} FROM bench_order o
        JOIN reading_book b ON b.code = 'B' || o.office_id || '-' || o.n / {BOOK_SIZE};
        DROP TABLE bench_order"""))


def _history(conn: Connection, period: int) -> None:
    """One validated month per meter: registers grow by a steady consumption per meter."""
    months = (period // 100) * 12 + period % 100
    conn.execute(text("""
        INSERT INTO meter_reading (plan_id, metering_point_id, meter_id, period, kind, read_on,
            total, peak, flat, valley, source, status, flags, consumption_kwh, money_at_risk,
            entered_at, note)
        SELECT NULL, m.metering_point_id, m.id, :p, 'regular', :d,
            (m.id % 50000) + :k * (50 + m.id % 200),
            ((m.id % 50000) + :k * (50 + m.id % 200)) * 0.3,
            ((m.id % 50000) + :k * (50 + m.id % 200)) * 0.4,
            ((m.id % 50000) + :k * (50 + m.id % 200)) * 0.3,
            'import', 'valid', '', (50 + m.id % 200) * mp.multiplier, 0, now(), ''
        FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id
        WHERE m.removed_on IS NULL"""),
        {"p": period, "d": date(period // 100, period % 100, 15), "k": months - 24300})


def make_file(engine: Engine, period: int) -> str:
    """This month's CSV: last total + the meter's steady consumption, ~1% anomalies."""
    started = time.perf_counter()
    with engine.connect() as conn:
        rows = conn.execute(text(f"""
            SELECT m.serial, r.total, r.peak, r.flat, r.valley, m.id
            FROM meter m JOIN meter_reading r ON r.meter_id = m.id
            WHERE r.period = :last AND r.status IN ({BILLABLE}) AND m.removed_on IS NULL"""),
            {"last": add_months(period, -1)}).all()
    day = date(period // 100, period % 100, 20).isoformat()
    lines = [",".join(importer.HEADER)]
    for serial, total, peak, flat, valley, meter_id in rows:
        step = 50 + meter_id % 200
        kind = meter_id % 100
        if kind == 1:
            step *= 10  # far above history
        elif kind == 2:
            step = 0
        new_total = total + step if kind != 3 else total - 5000
        p = peak + step * THREE_TENTHS if peak is not None else None
        f = flat + step * FOUR_TENTHS + (7 if kind == 4 else 0) if flat is not None else None
        v = valley + step * THREE_TENTHS if valley is not None else None
        lines.append(f"{serial},{day},{new_total:.2f},{_t(p)},{_t(f)},{_t(v)},,,,")
    print(f"file: {len(lines) - 1:,} lines, {sum(map(len, lines)) / 1e6:.0f} MB, made in "
          f"{time.perf_counter() - started:.1f} s (not timed)", flush=True)
    return "\n".join(lines) + "\n"


def _t(value: object) -> str:
    return "" if value is None else f"{value:.2f}"


def run(engine: Engine, period: int, csv: str) -> None:
    with engine.connect() as conn:
        offices = frozenset(int(o) for o in conn.execute(text("SELECT id FROM org_unit"))
                            .scalars())
    today = date(period // 100, period % 100, 25)
    started = time.perf_counter()
    parsed = importer.parse(csv)
    timings = {"parse": time.perf_counter() - started}
    with Session(engine) as db, db.begin():
        outcome = service.ingest(db, period, parsed.rows, offices, None,
                                 datetime.combine(today, datetime.min.time(), UTC), today,
                                 timings)
        commit_started = time.perf_counter()
    timings["commit"] = time.perf_counter() - commit_started
    total = time.perf_counter() - started
    report(period, parsed.lines, outcome, timings, total, len(parsed.errors))


def report(period: int, lines: int, outcome: Outcome, timings: dict[str, float],
           total: float, parse_errors: int) -> None:
    steps = ", ".join(f"{k} {v:.2f} s" for k, v in timings.items())
    print(f"import {period}: {lines:,} lines in {total:.2f} s ({lines / total:,.0f} lines/s; "
          f"goal <= {GOAL_S:.0f} s: {'met' if total <= GOAL_S else 'NOT met'})", flush=True)
    print(f"  steps: {steps}")
    print(f"  accepted {outcome.accepted:,}, flagged {outcome.flagged_count:,} "
          f"{dict(sorted(outcome.flagged.items()))}, rejected {outcome.rejected_count:,} "
          f"(+ {parse_errors:,} lines the parser refused)")


if __name__ == "__main__":
    main()

"""The work platform's dashboard and to-do lists over a large work item table on PostgreSQL.

    python -m tests.bench.bench_work_platform [--url URL] [--size N] [--keep]
                                              [--open N] [--closed N]

Seeds ``size`` customers (demo utility, unless the database is seeded) — the organisation and
its users are what matters here — then 20 bench clerks per office and the work items with
set-based SQL (INSERT … SELECT over generate_series, no Python per row): ``--closed``
finished items (default 1,000,000) over the last 365 days, and ``--open`` open ones (default
100,000, one in ten paused, those past their deadline half escalated) over the last 30
days, spread over the five offices, 30 (type, step) pairs and three roles; dh.clerk1 holds
120 of DH's counter items. VACUUM ANALYZE, then times through the in-process API (session,
permission, query, wire rows): the office head's dashboard (one office, 30 days; and every
office for the manager), a clerk's to-do list (first page), the head's to-do with escalated
items, a list page, the escalation tick with nothing due, and the daily norms job. Prints
the EXPLAIN ANALYZE of each dashboard and to-do statement. The items are written once.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from appserver.core.clock import FixedClock
from appserver.core.dates import business_date
from appserver.work import escalation, norms
from appserver.work import stats as rollups
from tests.bench import stats
from tests.bench.stack import add_database_options, bench_database, stop_on_sigterm
from tests.helpers.inprocess import InProcessGateway

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
DASHBOARD_GOAL_MS = 200.0
TODO_GOAL_MS = 50.0
CLERKS_PER_OFFICE = 20
DAY = 86_400
# (source, sla_type, step, clock, budget_s)
STEPS: tuple[tuple[str, str, str, str, int], ...] = (
    *(("application", "new_lv_residential", s, "working", DAY) for s in
      ("acceptance", "survey", "plan", "install", "archive")),
    *(("application", "new_lv_nonresidential", s, "working", 2 * DAY) for s in
      ("acceptance", "survey", "plan", "construction", "install", "archive")),
    *(("application", "new_hv_single", s, "working", 5 * DAY) for s in
      ("acceptance", "survey", "plan", "design", "construction", "install")),
    *(("application", t, "handle", "working", 3 * DAY) for t in
      ("capacity_increase", "name_transfer", "tariff_change", "meter_test", "suspension")),
    ("complaint", "complaint", "contact", "working", DAY),
    ("complaint", "complaint", "reply", "working", 7 * DAY),
    ("complaint", "complaint", "callback", "working", 2 * DAY),
    ("fault", "fault_urban", "arrival", "continuous", 45 * 60),
    ("fault", "fault_urban", "restoration", "continuous", 3 * 3600),
    ("fault", "fault_rural", "arrival", "continuous", 90 * 60),
    ("fault", "fault_rural", "restoration", "continuous", 4 * 3600),
    ("fault", "fault_remote", "arrival", "continuous", 120 * 60),
)
ROLES = ("counter_clerk", "service_engineer", "metering_technician")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_work_platform")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--open", type=int, default=100_000, help="open work items")
    parser.add_argument("--closed", type=int, default=1_000_000, help="finished work items")
    args = parser.parse_args(argv)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        run(url, args.open, args.closed)


def _array(values: Any) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" if isinstance(v, str) else str(v)
                                for v in values) + "]"


def _steps_sql() -> dict[str, str]:
    return {"src": _array(s[0] for s in STEPS), "typ": _array(s[1] for s in STEPS),
            "stp": _array(s[2] for s in STEPS), "clk": _array(s[3] for s in STEPS),
            "bud": _array(s[4] for s in STEPS), "n": str(len(STEPS)),
            "roles": _array(ROLES)}


# Row g's office, opening time and clerk (one of the office's bench clerks), in SQL.
_FROM = """
    FROM generate_series(1::bigint, {count}) g
    CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM org_unit WHERE kind = 'office') o
    CROSS JOIN LATERAL (SELECT {office} AS office, {opened} AS opened) y
    JOIN (SELECT office_id, array_agg(id ORDER BY id) AS ids FROM app_user
          WHERE username LIKE 'bench.%' GROUP BY office_id) c ON c.office_id = y.office
    CROSS JOIN LATERAL (SELECT y.office, y.opened,
                               (c.ids)[1 + g % array_length(c.ids, 1)] AS clerk) x"""


def _items_sql(count: int, finished: bool) -> str:
    """One INSERT … SELECT of ``count`` items; the clock time is approximate (a working day
    taken as 7/5 calendar days): the queries measured do not care about the calendar."""
    a = _steps_sql()
    now = f"TIMESTAMPTZ '{NOW.isoformat()}'"
    k = f"(g % {a['n']}) + 1"
    budget = f"({a['bud']})[{k}]"
    stretch = f"(CASE WHEN ({a['clk']})[{k}] = 'working' THEN 1.4 ELSE 1 END)"
    office = "(o.ids)[1 + (g / 7) % array_length(o.ids, 1)]"
    if finished:
        used = f"({budget} * (30 + (g * 13) % 90) / 100)"  # 30 % .. 119 % of the budget
        opened = f"{now} - interval '2 days' - make_interval(secs => (g * 7919) % (365 * {DAY}))"
        return f"""
        INSERT INTO work_item (office_id, source, source_id, sla_type, step, reference, title,
            assigned_role, assigned_user_id, clock, budget_s, opened_at, due_at, warn_at,
            status, paused_s, pause_reason, closed_at, closed_by, breached, outcome, used_s)
        SELECT x.office, ({a['src']})[{k}], g, ({a['typ']})[{k}], ({a['stp']})[{k}],
               'B' || g, 'bench item ' || g, ({a['roles']})[1 + g % 3], x.clerk,
               ({a['clk']})[{k}], {budget}, x.opened,
               x.opened + make_interval(secs => {budget} * {stretch}),
               x.opened + make_interval(secs => {budget} * 0.8 * {stretch}),
               'done', 0, '', x.opened + make_interval(secs => {used} * {stretch}), x.clerk,
               {used} > {budget}, 'done', {used}
        {_FROM.format(count=count, office=office, opened=opened)}"""
    opened = f"{now} - make_interval(secs => (g * 7919) % (30 * {DAY}))"
    due = f"(x.opened + make_interval(secs => {budget} * {stretch}))"
    return f"""
    INSERT INTO work_item (office_id, source, source_id, sla_type, step, reference, title,
        assigned_role, assigned_user_id, clock, budget_s, opened_at, due_at, warn_at,
        predicted_at, status, paused_at, remaining_s, paused_s, pause_reason, escalated_at,
        outcome)
    SELECT x.office, ({a['src']})[{k}], 2000000 + g, ({a['typ']})[{k}], ({a['stp']})[{k}],
           'O' || g, 'bench open item ' || g, ({a['roles']})[1 + g % 3],
           CASE WHEN g % 2 = 0 THEN x.clerk END, ({a['clk']})[{k}], {budget}, x.opened,
           CASE WHEN g % 10 <> 0 THEN {due} END,
           CASE WHEN g % 10 <> 0
                THEN x.opened + make_interval(secs => {budget} * 0.8 * {stretch}) END,
           CASE WHEN g % 5 = 1 THEN x.opened + make_interval(secs => {budget} * 1.2
                                                              * {stretch}) END,
           CASE WHEN g % 10 = 0 THEN 'paused' ELSE 'open' END,
           CASE WHEN g % 10 = 0 THEN {now} - interval '1 day' END,
           CASE WHEN g % 10 = 0 THEN {budget} / 2 END, 0, '',
           CASE WHEN g % 10 <> 0 AND g % 4 = 0 AND {due} <= {now}
                THEN {now} - interval '1 hour' END, ''
    {_FROM.format(count=count, office=office, opened=opened)}"""


def write_items(engine: sa.Engine, open_count: int, closed_count: int) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(f"""
            INSERT INTO app_user (username, full_name, password_hash, office_id, locked,
                                  must_change_password, version, created_at)
            SELECT 'bench.' || o.code || '.' || i, o.code || ' 柜员' || i, a.password_hash,
                   o.id, false, false, 1, now()
            FROM org_unit o CROSS JOIN generate_series(1, {CLERKS_PER_OFFICE}) i
            CROSS JOIN (SELECT password_hash FROM app_user WHERE username = 'admin') a
            WHERE o.kind = 'office' ON CONFLICT DO NOTHING"""))
        conn.execute(sa.text("""
            INSERT INTO user_role (user_id, role_id)
            SELECT u.id, r.id FROM app_user u JOIN role r ON r.name = 'counter_clerk'
            WHERE u.username LIKE 'bench.%' ON CONFLICT DO NOTHING"""))
    for label, count, finished in (("closed", closed_count, True),
                                   ("open", open_count, False)):
        started = time.perf_counter()
        with engine.begin() as conn:
            if conn.scalar(sa.text("SELECT count(*) FROM work_item WHERE reference LIKE :p"),
                           {"p": "B%" if finished else "O%"}):
                print(f"work items {label}: already written")
                continue
            rows = conn.execute(sa.text(_items_sql(count, finished))).rowcount
        print(f"work items {label}: {rows:,} rows in {time.perf_counter() - started:.1f} s",
              flush=True)
    _vacuum(engine)
    _rollups(engine)
    with engine.begin() as conn:  # dh.clerk1's own work: 120 of DH's counter items
        mine = conn.scalars(sa.text("""
            SELECT id FROM work_item
            WHERE office_id = (SELECT id FROM org_unit WHERE code = 'DH')
              AND status IN ('open', 'paused') AND assigned_role = 'counter_clerk'
              AND assigned_user_id IS NOT NULL
            ORDER BY id LIMIT 120""")).all()
        conn.execute(sa.text("""
            UPDATE work_item SET assigned_user_id = (SELECT id FROM app_user
                                                     WHERE username = 'dh.clerk1')
            WHERE id = ANY(:ids)"""), {"ids": list(mine)})
    _vacuum(engine)


def _rollups(engine: sa.Engine) -> None:
    """What the daily job builds first thing each day: the dashboard's rollups."""
    from sqlalchemy.orm import Session
    started = time.perf_counter()
    with Session(engine) as db, db.begin():
        rows = rollups.rebuild(db, business_date(NOW))
    print(f"daily rollups: {rows[0]:,} + {rows[1]:,} rows in "
          f"{time.perf_counter() - started:.1f} s", flush=True)


def _vacuum(engine: sa.Engine) -> None:
    started = time.perf_counter()
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "VACUUM ANALYZE work_item")
    print(f"vacuum analyze: {time.perf_counter() - started:.1f} s", flush=True)


class Statements:
    """Records the work_item statements the API ran (statement, parameters, time)."""

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
        if "work_item" in statement:
            self.seen.append((statement, params, took))


def _samples(fn: Callable[[], Any], n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def run(url: str, open_count: int, closed_count: int) -> None:
    engine = sa.create_engine(url)
    write_items(engine, open_count, closed_count)
    clock = FixedClock(NOW)
    with engine.connect() as conn:
        dh = conn.scalar(sa.text("SELECT id FROM org_unit WHERE code = 'DH'"))
        sizes = conn.execute(sa.text(
            "SELECT count(*) FILTER (WHERE status IN ('open', 'paused')), "
            "count(*) FILTER (WHERE status = 'done') FROM work_item")).one()
    print(stats.machine_line())
    print(f"work items: {sizes[0]:,} open or paused, {sizes[1]:,} done")
    head = InProcessGateway(url, locale="zh_CN", clock=clock)
    head.login("dh.head", "demo1234")
    manager = InProcessGateway(url, locale="zh_CN", clock=clock)
    manager.login("manager", "demo1234")
    clerk = InProcessGateway(url, locale="zh_CN", clock=clock)
    clerk.login("dh.clerk1", "demo1234")
    w = "pmis.work"
    first = clerk.call(w, "todo", {}, {"limit": 50})
    print(f"dh.clerk1 to-do: total {first['total']:,}, counts {first['counts']}")
    board = head.call(w, "dashboard", dh, "2026-10-29", "2026-11-27")
    print(f"DH dashboard: open {board['open']}, {len(board['by_stage'])} stages, "
          f"{sum(a['closed'] for a in board['achievement']):,} closed in 30 days, "
          f"{len(board['throughput'])} people")
    print("\n" + stats.header(30))
    print(stats.line("dashboard DH 30 days", _samples(
        lambda: head.call(w, "dashboard", dh, "2026-10-29", "2026-11-27"), 30),
        DASHBOARD_GOAL_MS, 30))
    print(stats.line("dashboard all offices 30 days", _samples(
        lambda: manager.call(w, "dashboard", None, "2026-10-29", "2026-11-27"), 20),
        DASHBOARD_GOAL_MS, 30))
    print(stats.line("dashboard DH 365 days", _samples(
        lambda: head.call(w, "dashboard", dh, "2025-11-28", "2026-11-27"), 10),
        DASHBOARD_GOAL_MS, 30))
    print(stats.line("to-do dh.clerk1 page 1", _samples(
        lambda: clerk.call(w, "todo", {}, {"limit": 50}), 300), TODO_GOAL_MS, 30))
    print(stats.line("to-do dh.clerk1 mine", _samples(
        lambda: clerk.call(w, "todo", {"scope": "mine"}, {"limit": 50}), 300),
        TODO_GOAL_MS, 30))
    print(stats.line("to-do dh.head (escalated)", _samples(
        lambda: head.call(w, "todo", {}, {"limit": 50}), 100), TODO_GOAL_MS, 30))
    print(stats.line("list DH overdue page", _samples(
        lambda: head.call(w, "list_items", {"office_id": dh, "risk": "breached"},
                          {"limit": 50}), 50), DASHBOARD_GOAL_MS, 30))
    _jobs(engine)
    recorder = Statements(head.runtime.db.engine)
    head.call(w, "dashboard", dh, "2026-10-29", "2026-11-27")
    recorder_clerk = Statements(clerk.runtime.db.engine)
    clerk.call(w, "todo", {}, {"limit": 50})
    _explain(engine, recorder.seen + recorder_clerk.seen)


def _jobs(engine: sa.Engine) -> None:
    from sqlalchemy.orm import Session
    with Session(engine) as db:
        started = time.perf_counter()
        marked = escalation.escalate(db, NOW)
        first = (time.perf_counter() - started) * 1000
        db.rollback()  # keep the data set as written
    with Session(engine) as db, db.begin():  # the burst escalated, as after a first tick
        db.execute(sa.text("UPDATE work_item SET escalated_at = :t WHERE status = 'open' "
                           "AND escalated_at IS NULL AND due_at <= :t"), {"t": NOW})
    _vacuum(engine)
    with Session(engine) as db:
        samples = _samples(lambda: escalation.escalate(db, NOW), 50)
        db.rollback()
    with Session(engine) as db, db.begin():  # back to the data set as written
        db.execute(sa.text("UPDATE work_item SET escalated_at = NULL WHERE escalated_at = :t"),
                   {"t": NOW})
    _vacuum(engine)
    print(stats.line("escalation tick, none due", samples, 50.0, 30))
    print(f"escalation tick marking {len(marked):,} newly overdue items: {first:,.0f} ms")
    with Session(engine) as db:
        started = time.perf_counter()
        count = norms.refresh_norms(db, NOW)
        middle = time.perf_counter()
        after, changed = 0, 0
        while True:
            after, n = norms.repredict(db, after, norms.CHUNK)
            changed += n
            if not after:
                break
        done = time.perf_counter()
        db.rollback()
    print(f"norms job: {count} norms in {(middle - started) * 1000:,.0f} ms, "
          f"{changed:,} open items re-predicted in {(done - middle):,.1f} s")


def _explain(engine: sa.Engine, seen: list[tuple[str, Any, float]]) -> None:
    print("\nstatements of one DH dashboard and one clerk to-do, with EXPLAIN ANALYZE:")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params, took in seen:
            cursor = raw.cursor()
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement, params)
            plan = [row[0] for row in cursor.fetchall()]
            cursor.close()
            first = " ".join(statement.split())[:110]
            print(f"\n{took * 1000:8.1f} ms  {first}…")
            for line in plan:
                if any(k in line for k in ("Scan", "Join", "Aggregate", "Execution Time",
                                           "Sort", "Nested Loop", "Index Cond", "Filter")):
                    print("          " + line.strip()[:120])
        raw.rollback()


if __name__ == "__main__":
    main()

"""Demo history of the payments module: most released bills paid at the halls' counters (cash,
card, mobile, transfer) or by bank withholding, on or before their due date; about 8% of the
customers stop paying 1–3 months before today (arrears for penalties and notices), some keep
a prepaid balance; every clerk's past counter days closed; two reversal requests waiting for
the office head of DH.

Written in bulk, but with the posting rules themselves: the money of each payment is allocated
by ``ledger.allocation_plan`` over the customer's open items exactly as ``settle`` does after
``post_payment``, receipt numbers run per office and day as the counter numbers them, and
payments are never late, so ``post_payment`` would post no penalty either
(tests/appserver/test_payment_demo.py posts the same plan through ``post_payment`` and
compares). Today's tills stay empty. Deterministic for a given database.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from appserver.core.dates import OFFICE_ZONE
from appserver.core.sql import exact_yuan
from appserver.payments import ledger, posting
from dbschema.base import Base
from dbschema.models import ReversalRequest
from dbschema.seed.bulk import BulkWriter

SEED = 2911
ARREARS_SHARE = 0.08
PREPAID_SHARE = 0.05
WITHHOLDING_SHARE = 0.25
PAY_NOT_YET_DUE_SHARE = 0.45
COUNTER_TENDERS = (("cash", 55), ("card", 25), ("mobile", 15), ("transfer", 5))
ZERO = Decimal("0.00")


@dataclass
class Planned:
    """One payment as ``post_payment`` would take it."""

    customer_id: int
    customer_office: int
    amount: Decimal
    tender_type: str
    channel: str
    clerk_id: int | None
    office_id: int  # where the money was taken
    received_at: datetime
    tendered: Decimal | None = None
    round_up: bool = False  # pays a round sum above the debt: the rest stays prepaid
    # filled when written: ids, receipt, and what the money settled (debit id, amount)
    payment_id: int = 0
    entry_id: int = 0
    receipt_no: str = ""
    allocations: list[tuple[int, Decimal]] = field(default_factory=list)

    business_date: date = date.min  # the office day of received_at (set in __post_init__)

    def __post_init__(self) -> None:
        self.business_date = self.received_at.astimezone(OFFICE_ZONE).date()


@dataclass
class Account:
    customer_id: int
    office_id: int
    items: list[ledger.OpenItem] = field(default_factory=list)
    posted_on: dict[int, date] = field(default_factory=dict)  # debit id -> release date


def pay_history(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
    with engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM payment LIMIT 1")).first() is not None:
            return
        accounts = load_accounts(conn)
        clerks = hall_clerks(conn)
    with Session(engine) as db:
        penalty_first = ledger.penalty_first(db, today)
    payments = plan(accounts, clerks, today)
    allocate(accounts, payments, penalty_first)
    write(engine, payments, today)


# -- reading ------------------------------------------------------------------------------

OPEN_ITEMS_SQL = """
SELECT e.id, e.customer_id, c.office_id, e.entry_type, e.amount, e.posted_on, e.due_on,
       e.reverses_id, e.period, coalesce(a.settled, 0) AS settled
FROM ledger_entry e
JOIN customer c ON c.id = e.customer_id
LEFT JOIN (SELECT eid, sum(amount) AS settled FROM (
             SELECT debit_entry_id AS eid, amount FROM allocation
             UNION ALL SELECT credit_entry_id, amount FROM allocation) x
           GROUP BY eid) a ON a.eid = e.id
WHERE abs(e.amount) > coalesce(a.settled, 0) {only}
ORDER BY e.customer_id, e.id"""


def load_accounts(conn: Connection, customer_ids: Iterable[int] | None = None
                  ) -> dict[int, Account]:
    """Every customer's open ledger items (what ``ledger.open_items`` returns), in bulk."""
    only = ""
    if customer_ids is not None:
        ids = sorted(customer_ids)
        only = f"AND e.customer_id IN ({', '.join(str(int(i)) for i in ids)})" if ids else \
            "AND 1 = 0"
    accounts: dict[int, Account] = {}
    for r in conn.execute(text(OPEN_ITEMS_SQL.format(only=only))):
        acc = accounts.setdefault(r.customer_id, Account(r.customer_id, r.office_id))
        amount = exact_yuan(r.amount)
        sign = 1 if amount > 0 else -1
        posted, due = _day(r.posted_on), _day(r.due_on) if r.due_on else None
        day = (due or posted) if sign > 0 else posted
        acc.items.append(ledger.OpenItem(r.id, r.entry_type, sign,
                                         abs(amount) - exact_yuan(r.settled), day, r.reverses_id,
                                         r.period, amount))
        acc.posted_on[r.id] = posted
    return accounts


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def hall_clerks(conn: Connection) -> dict[int, list[tuple[int, int]]]:
    """office id -> [(clerk id, hall id)] of the counter clerks in the office's halls."""
    rows = conn.execute(text("""
        SELECT u.id, h.id AS hall, h.parent_id FROM app_user u
        JOIN org_unit h ON h.id = u.office_id AND h.kind = 'hall'
        JOIN user_role ur ON ur.user_id = u.id
        JOIN role r ON r.id = ur.role_id AND r.name = 'counter_clerk'
        ORDER BY u.id"""))
    clerks: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        clerks[r.parent_id].append((r.id, r.hall))
    return dict(clerks)


# -- planning -----------------------------------------------------------------------------

def plan(accounts: dict[int, Account], clerks: dict[int, list[tuple[int, int]]],
         today: date) -> list[Planned]:
    """Who pays which bill when and how; amounts are settled later by ``allocate``."""
    planned: list[Planned] = []
    for cid in sorted(accounts):
        planned += _plan_customer(accounts[cid], clerks.get(accounts[cid].office_id, []),
                                  today, random.Random(SEED * 100_003 + cid))
    planned.sort(key=lambda p: (p.received_at, p.customer_id))
    return planned


def _plan_customer(acc: Account, clerks: list[tuple[int, int]], today: date,
                   rnd: random.Random) -> list[Planned]:
    debits = sorted((i for i in acc.items if i.sign > 0), key=lambda i: (i.day, i.entry_id))
    overdue = [d for d in debits if d.day < today]
    keep_unpaid = set()
    if overdue and rnd.random() < ARREARS_SHARE:
        keep_unpaid = {d.entry_id for d in overdue[-rnd.randint(1, 3):]}
    withholding = not clerks or rnd.random() < WITHHOLDING_SHARE
    out: list[Planned] = []
    last = datetime.min.replace(tzinfo=UTC)
    for d in debits:
        if d.entry_id in keep_unpaid:
            break  # stops paying: every later bill stays open too
        if d.day >= today and rnd.random() > PAY_NOT_YET_DUE_SHARE:
            break
        released = acc.posted_on[d.entry_id]
        latest = min(d.day, today - timedelta(days=1))
        if latest < released:
            break
        day = max(released, latest - timedelta(days=rnd.randint(0, 10)))
        at = _moment(day, rnd)
        at = max(at, last + timedelta(minutes=1))
        if at.astimezone(OFFICE_ZONE).date() > latest:
            break
        last = at
        if withholding:
            p = Planned(acc.customer_id, acc.office_id, ZERO, "withholding",
                        "bank_withholding", None, acc.office_id, at)
        else:
            clerk, hall = clerks[rnd.randrange(len(clerks))]
            tender = rnd.choices([t for t, _w in COUNTER_TENDERS],
                                 [w for _t, w in COUNTER_TENDERS])[0]
            p = Planned(acc.customer_id, acc.office_id, ZERO, tender, "counter", clerk, hall,
                        at)
        out.append(p)
    if out and rnd.random() < PREPAID_SHARE:
        out[-1].round_up = True
    return out


def _moment(day: date, rnd: random.Random) -> datetime:
    local = datetime.combine(day, time(9, 0), tzinfo=OFFICE_ZONE)
    return (local + timedelta(minutes=rnd.randint(0, 470))).astimezone(UTC)


def allocate(accounts: dict[int, Account], payments: list[Planned],
             penalty_first: bool) -> None:
    """Amounts (the open debt at the time, a round sum for the prepaid ones) and the
    allocations ``settle`` would make, customer by customer in time order."""
    by_customer: dict[int, list[Planned]] = defaultdict(list)
    for p in payments:
        by_customer[p.customer_id].append(p)
    for cid, mine in by_customer.items():
        items = accounts[cid].items
        for n, p in enumerate(mine):
            due = min((i for i in items if i.sign > 0 and i.open_amount > 0),
                      key=lambda i: (i.day, i.entry_id), default=None)
            amount = due.open_amount if due is not None else ZERO
            if p.round_up:
                amount = (amount / 100).to_integral_value(ROUND_CEILING) * 100 + 100
            p.amount = amount
            p.tendered = amount if p.tender_type == "cash" else None
            if amount <= 0:
                continue
            credit = ledger.OpenItem(-(n + 1), "payment", -1, amount, p.business_date, None,
                                     None, -amount)
            items.append(credit)
            p.allocations = [(d, a) for _c, d, a in ledger.allocation_plan(items,
                                                                           penalty_first)]
    payments[:] = [p for p in payments if p.amount > 0]


# -- writing ------------------------------------------------------------------------------

def write(engine: Engine, payments: list[Planned], today: date) -> None:
    """Payments, their entries and allocations, receipt counters, closed tills (bulk)."""
    with engine.connect() as conn:
        next_payment = _next_id(conn, "payment")
        next_entry = _next_id(conn, "ledger_entry")
        next_alloc = _next_id(conn, "allocation")
        next_close = _next_id(conn, "cash_close")
        counters = {(r.office_id, _day(r.business_date)): r.last_no for r in conn.execute(
            text("SELECT office_id, business_date, last_no FROM receipt_counter"))}
        tills = {(r.clerk_id, _day(r.business_date)) for r in conn.execute(
            text("SELECT clerk_id, business_date FROM till_day"))}
    numbers = dict(counters)
    for k, p in enumerate(payments):
        p.payment_id, p.entry_id = next_payment + k, next_entry + k
        key = (p.office_id, p.business_date)
        numbers[key] = numbers.get(key, 0) + 1
        p.receipt_no = posting.receipt_no(p.office_id, p.business_date, numbers[key])
    allocations = [(p.entry_id, debit, amount, p.received_at)
                   for p in payments for debit, amount in p.allocations]
    till_rows, closes, tenders = _closes(payments, next_close, tills)
    _bulk(engine, [
        ("payment", [_payment_row(p) for p in payments]),
        ("ledger_entry", [_entry_row(p) for p in payments]),
        ("allocation", [(next_alloc + k, *row) for k, row in enumerate(allocations)]),
        ("receipt_counter", [(o, d, n) for (o, d), n in sorted(numbers.items())
                             if (o, d) not in counters]),
        ("till_day", till_rows), ("cash_close", closes), ("cash_close_tender", tenders)])
    with engine.begin() as conn:
        for (office, day), last in numbers.items():
            if (office, day) in counters and counters[(office, day)] != last:
                conn.execute(text("UPDATE receipt_counter SET last_no = :n WHERE office_id = :o "
                                  "AND business_date = :d"), {"n": last, "o": office, "d": day})
        if engine.dialect.name == "postgresql":
            for table in ("payment", "ledger_entry", "allocation", "cash_close"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    _pending_reversals(engine, payments, today)


def _bulk(engine: Engine, tables: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
    """COPY on PostgreSQL (BulkWriter); on SQLite one plain executemany per table with the
    values in SQLite's storage form (SQLAlchemy's per-value type processing took longer than
    SQLite's own insert work: 14 s of 31 s for 20,000 customers), foreign keys checked once
    after the load instead of per row."""
    if engine.dialect.name == "postgresql":
        with BulkWriter(engine) as bulk:
            for name, rows in tables:
                bulk.write(name, rows)
        return
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection  # autocommit: outside any transaction,
        raw.execute("PRAGMA foreign_keys=OFF")  # where this pragma takes effect
        try:
            with conn.begin():
                for name, rows in tables:
                    _sqlite_insert(conn, name, rows)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"demo payments break foreign keys: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _sqlite_insert(conn: Connection, name: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    columns = [c.name for c in Base.metadata.tables[name].columns]
    # Convert by column, not by value: each column holds one type.
    kinds = [type(next((r[i] for r in rows if r[i] is not None), None))
             for i in range(len(columns))]
    convert = [_SQLITE_FORMS.get(k) for k in kinds]
    values = [tuple(v if f is None or v is None else f(v) for v, f in zip(r, convert,
                                                                         strict=True))
              for r in rows]
    conn.exec_driver_sql(f"INSERT INTO {name} ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})", values)


# What SQLAlchemy stores in SQLite: naive UTC timestamps and dates as ISO text, money as
# text that the column's NUMERIC affinity converts (as it converts SQLAlchemy's).
_SQLITE_FORMS: dict[type, Any] = {
    datetime: lambda v: v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
    date: date.isoformat,
    Decimal: str,
}


def _next_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()) + 1


def _payment_row(p: Planned) -> tuple[Any, ...]:
    change = None if p.tendered is None else p.tendered - p.amount
    return (p.payment_id, p.receipt_no, p.customer_id, p.office_id, p.amount, p.tendered,
            change, p.tender_type, p.channel, p.clerk_id, p.business_date, p.received_at,
            None, "")


def _entry_row(p: Planned) -> tuple[Any, ...]:
    return (p.entry_id, p.customer_id, p.customer_office, "payment", -p.amount,
            p.business_date, p.received_at, None, None, None, p.payment_id, None, p.clerk_id,
            "")


def _closes(payments: list[Planned], next_close: int, existing: set[tuple[int, date]]
            ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Each clerk's counter day closed at 17:30 with the cash counted as expected (a few
    tills 1.00 short, as happens)."""
    days: dict[tuple[int, date], list[Planned]] = defaultdict(list)
    for p in payments:
        if (p.channel == "counter" and p.clerk_id is not None
                and (p.clerk_id, p.business_date) not in existing):
            days[(p.clerk_id, p.business_date)].append(p)
    tills, closes, tenders = [], [], []
    for k, ((clerk, day), mine) in enumerate(sorted(days.items())):
        close_id = next_close + k
        at = datetime.combine(day, time(17, 30), tzinfo=OFFICE_ZONE).astimezone(UTC)
        opened = min(p.received_at for p in mine)
        tills.append((clerk, day, mine[0].office_id, opened, at))
        per: dict[str, list[Decimal]] = defaultdict(list)
        for p in mine:
            per[p.tender_type].append(p.amount)
        total = sum((p.amount for p in mine), ZERO)
        cash = sum(per.get("cash", []), ZERO)
        counted = cash - Decimal("1.00") if k % 23 == 7 and cash >= 1 else cash
        closes.append((close_id, clerk, mine[0].office_id, day, len(mine), 0, total, ZERO,
                       total, cash, counted, counted - cash,
                       "短款 1 元" if counted != cash else "", at))
        tenders += [(close_id, t, len(a), 0, sum(a, ZERO), ZERO, sum(a, ZERO))
                    for t, a in sorted(per.items())]
    return tills, closes, tenders


def _pending_reversals(engine: Engine, payments: list[Planned], today: date) -> None:
    """Two reversal requests by clerks of DH's hall, waiting for the office head."""
    with engine.begin() as conn:
        hall = conn.execute(text("SELECT id FROM org_unit WHERE code = 'DH1'")).scalar()
    recent = [p for p in payments if p.office_id == hall and p.channel == "counter"
              and p.business_date >= today - timedelta(days=20)][-2:]
    reasons = ("收款客户选错，应为同楼邻户", "金额录入错误（多录一位）")
    with Session(engine) as db, db.begin():
        for p, reason in zip(recent, reasons, strict=False):
            db.add(ReversalRequest(payment_id=p.payment_id, office_id=p.customer_office,
                                   reason=reason, status="pending", requested_by=p.clerk_id,
                                   requested_at=p.received_at + timedelta(minutes=20),
                                   decision_note=""))

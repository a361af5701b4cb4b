"""The set-based queries of the monthly revenue and collection report.

Every query aggregates in the database and returns a handful of grouped rows (office × class
× …); Python only adds them up, so a total is the sum of its parts by construction.

Query plan strategy (PostgreSQL, a million customers, a year of history; no new index):

- bills of a period: ``billing_run`` (one row per book and period) → ``bill`` through
  ``ix_bill_run_status`` (run_id, status); run-less bills (corrections) through the same
  index's ``run_id IS NULL`` range. Reads the period's bills only, never the other months.
- payments, penalties and corrections of a month: ``ix_ledger_entry_type_posted``
  (entry_type, posted_on) range scans; payments by primary key; the reversal of an entry
  through ``uq_ledger_entry_reverses``.
- ageing with the top 20 (one pass) and the opening receivables: an aggregate of
  ``allocation`` (by debit, before the cut-off) joined to the debits of the ledger: a full
  pass over both tables, the price of computing "open at a date" from an append-only ledger
  without a stored flag (docs/performance.md: 13.6 s at a million customers).
- the settlement of a period's bills: the period's bills (as above) → their charge entry
  (``uq_ledger_entry_bill_charge``) → allocations, a parallel hash join.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from dbschema.models import (
    Allocation,
    Bill,
    BillingRun,
    Customer,
    LedgerEntry,
    OrgUnit,
    Payment,
)

ZERO = Decimal("0.00")
BILLED_STATUSES = ("released", "cancelled")  # cancelled: released, then corrected by a rebill
CORRECTION_KINDS = ("rebill", "backbill")
# Ageing buckets by days overdue (report date − due date); bucket 0 = not yet due.
BUCKET_LIMITS = (30, 60, 90, 180)  # upper bounds of buckets 1..4; bucket 5 = more than 180
BUCKETS = ("1-30", "31-60", "61-90", "91-180", "181+")


@dataclass(frozen=True)
class Scope:
    """The offices a report covers and its dates (business dates in the office's zone)."""

    office_ids: tuple[int, ...]
    month_start: date  # first day of the period
    as_of: date  # last day of the period, or today if the period is not over
    start_cutoff: datetime  # month_start 00:00 in the office zone, as UTC
    as_of_cutoff: datetime  # the day after as_of 00:00 in the office zone, as UTC
    # A period's bills are released and fall due in the month after it: their settlement
    # is measured at the end of that month (or today, if that is earlier).
    settled_as_of: date
    settled_cutoff: datetime


def _money(value: Any) -> Decimal:
    return Decimal(value or 0).quantize(ZERO)


def _kwh(value: Any) -> Decimal:
    return Decimal(value or 0)


# -- the organisation ----------------------------------------------------------------------

def unit(db: Session, unit_id: int) -> Any:
    return db.execute(select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.kind,
                             OrgUnit.path).where(OrgUnit.id == unit_id)).one_or_none()


def company_name(db: Session, path: str) -> str:
    """The name of the root of the tree an org unit is in (path '/1/4/9/' -> unit 1)."""
    root = int(path.strip("/").split("/")[0])
    return db.scalar(select(OrgUnit.name).where(OrgUnit.id == root)) or ""


def offices_under(db: Session, path: str) -> list[Any]:
    """The business offices at or below an org unit, in tree order."""
    return list(db.execute(select(OrgUnit.id, OrgUnit.code, OrgUnit.name)
                           .where(OrgUnit.kind == "office", OrgUnit.path.startswith(path))
                           .order_by(OrgUnit.path)))


def report_units(db: Session, visible: frozenset[int]) -> list[Any]:
    """The company, bureaus and offices a user may report on (halls belong to offices)."""
    return list(db.execute(select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.kind,
                                  OrgUnit.path)
                           .where(OrgUnit.id.in_(sorted(visible)),
                                  OrgUnit.kind.in_(("company", "bureau", "office")))
                           .order_by(OrgUnit.path)))


# -- billing -------------------------------------------------------------------------------

def _period_bills(periods: Sequence[int]) -> Any:
    """Bills of the periods, reached through their billing runs (see the module docstring)."""
    runs = select(BillingRun.id).where(BillingRun.period.in_(periods)).scalar_subquery()
    return and_(Bill.period.in_(periods), or_(Bill.run_id.in_(runs), Bill.run_id.is_(None)))


def billing(db: Session, scope: Scope, periods: Sequence[int]) -> list[Any]:
    """Regular bills by period, office, class and status (released/cancelled/review)."""
    q = (select(Bill.period, Bill.office_id, Customer.customer_class, Bill.status,
                func.count().label("bills"), func.sum(Bill.energy_kwh).label("energy"),
                func.sum(Bill.amount).label("amount"))
         .join(Customer, Customer.id == Bill.customer_id)
         .where(_period_bills(periods), Bill.kind == "regular",
                Bill.status.in_((*BILLED_STATUSES, "review")),
                Bill.office_id.in_(scope.office_ids))
         .group_by(Bill.period, Bill.office_id, Customer.customer_class, Bill.status))
    return [(r.period, r.office_id, r.customer_class, r.status, int(r.bills),
             _kwh(r.energy), _money(r.amount)) for r in db.execute(q)]


def _period_charges(scope: Scope, period: int) -> Any:
    """The ledger charges of the period's billed (released, maybe later cancelled) bills."""
    return (select(LedgerEntry.office_id)
            .join(Bill, Bill.id == LedgerEntry.bill_id)
            .where(LedgerEntry.entry_type == "bill", _period_bills([period]),
                   Bill.kind == "regular", Bill.status.in_(BILLED_STATUSES),
                   LedgerEntry.office_id.in_(scope.office_ids))
            .group_by(LedgerEntry.office_id))


def settlement(db: Session, scope: Scope, period: int) -> list[tuple[int, Decimal, Decimal]]:
    """Per office: the ledger charges of the period's released bills and how much of them
    was settled by the settlement date (``Scope.settled_as_of``).

    Two joins rather than a subquery per charge: at a million charges the correlated form
    took three times as long (30 s against 10 s on the loaded benchmark machine)."""
    charged = _period_charges(scope, period).add_columns(
        func.sum(LedgerEntry.amount).label("amount"))
    settled = (_period_charges(scope, period)
               .join(Allocation, and_(Allocation.debit_entry_id == LedgerEntry.id,
                                      Allocation.created_at < scope.settled_cutoff))
               .add_columns(func.sum(Allocation.amount).label("amount")))
    paid = {r.office_id: _money(r.amount) for r in db.execute(settled)}
    return [(r.office_id, _money(r.amount), paid.get(r.office_id, ZERO))
            for r in db.execute(charged)]


# -- collection ----------------------------------------------------------------------------

def _reversal_of(entry: Any, by: date | None = None) -> Any:
    rev = aliased(LedgerEntry)
    cond = [rev.reverses_id == entry.id]
    if by is not None:
        cond.append(rev.posted_on <= by)
    return exists(select(rev.id).where(*cond))


def _month_entries(entry_type: str, scope: Scope) -> Any:
    return and_(LedgerEntry.entry_type == entry_type,
                LedgerEntry.posted_on.between(scope.month_start, scope.as_of),
                LedgerEntry.office_id.in_(scope.office_ids))


def collection(db: Session, scope: Scope) -> list[Any]:
    """Payments received in the month, not reversed by the report date, by office, class,
    channel and tender type (office = the customer's office, as in the ledger)."""
    q = (select(LedgerEntry.office_id, Customer.customer_class, Payment.channel,
                Payment.tender_type, func.count().label("payments"),
                func.sum(Payment.amount).label("amount"))
         .join(Payment, Payment.id == LedgerEntry.payment_id)
         .join(Customer, Customer.id == LedgerEntry.customer_id)
         .where(_month_entries("payment", scope), ~_reversal_of(LedgerEntry, scope.as_of))
         .group_by(LedgerEntry.office_id, Customer.customer_class, Payment.channel,
                   Payment.tender_type))
    return [(r.office_id, r.customer_class, r.channel, r.tender_type, int(r.payments),
             _money(r.amount)) for r in db.execute(q)]


def cash_total(db: Session, scope: Scope) -> Decimal:
    """Cash collected in the month (as ``collection``), one sum: the comparison months."""
    q = (select(func.sum(-LedgerEntry.amount))
         .where(_month_entries("payment", scope), ~_reversal_of(LedgerEntry, scope.as_of)))
    return _money(db.scalar(q))


def payment_reversals(db: Session, scope: Scope) -> list[tuple[bool, int, Decimal]]:
    """Payments reversed in the month: (payment received in this month?, count, amount)."""
    target = aliased(LedgerEntry)
    same_month = target.posted_on >= scope.month_start
    q = (select(same_month.label("same_month"), func.count().label("n"),
                func.sum(LedgerEntry.amount).label("amount"))
         .join(target, target.id == LedgerEntry.reverses_id)
         .where(_month_entries("reversal", scope), target.entry_type == "payment")
         .group_by(same_month))
    return [(bool(r.same_month), int(r.n), _money(r.amount)) for r in db.execute(q)]


# -- penalties and corrections -------------------------------------------------------------

def penalties(db: Session, scope: Scope) -> dict[int, tuple[int, Decimal, int, Decimal]]:
    """Per office: (penalties charged in the month: count, amount; penalties waived, i.e.
    reversed, in the month: count, amount)."""
    charged = (select(LedgerEntry.office_id, literal("charged").label("what"),
                      func.count().label("n"), func.sum(LedgerEntry.amount).label("amount"))
               .where(_month_entries("penalty", scope)).group_by(LedgerEntry.office_id))
    target = aliased(LedgerEntry)
    waived = (select(LedgerEntry.office_id, literal("waived").label("what"),
                     func.count().label("n"), func.sum(-LedgerEntry.amount).label("amount"))
              .join(target, target.id == LedgerEntry.reverses_id)
              .where(_month_entries("reversal", scope), target.entry_type == "penalty")
              .group_by(LedgerEntry.office_id))
    out: dict[int, tuple[int, Decimal, int, Decimal]] = {}
    for r in db.execute(charged.union_all(waived)):
        n, amount, wn, wamount = out.get(r.office_id, (0, ZERO, 0, ZERO))
        if r.what == "charged":
            n, amount = int(r.n), _money(r.amount)
        else:
            wn, wamount = int(r.n), _money(r.amount)
        out[r.office_id] = (n, amount, wn, wamount)
    return out


def corrections(db: Session, scope: Scope) -> list[tuple[int, str, int, Decimal]]:
    """Ledger effect in the month of bill corrections, by office and kind: entries of
    rebills/backbills, reversals of bill charges (cancellations) and other adjustments.

    Three index range reads (not one OR over the month's ledger, which read every entry of
    the month: 14 s at a million customers)."""
    kind = case((Bill.kind.in_(CORRECTION_KINDS), Bill.kind), else_=literal("adjustment"))
    adjustments = (select(LedgerEntry.office_id, kind.label("kind"), LedgerEntry.amount)
                   .outerjoin(Bill, Bill.id == LedgerEntry.bill_id)
                   .where(_month_entries("adjustment", scope)))
    rebills = (select(LedgerEntry.office_id, Bill.kind.label("kind"), LedgerEntry.amount)
               .join(LedgerEntry, LedgerEntry.bill_id == Bill.id)
               .where(Bill.run_id.is_(None), Bill.kind.in_(CORRECTION_KINDS),
                      _month_entries("bill", scope)))
    target = aliased(LedgerEntry)
    cancels = (select(LedgerEntry.office_id, literal("cancel").label("kind"),
                      LedgerEntry.amount)
               .join(target, target.id == LedgerEntry.reverses_id)
               .where(_month_entries("reversal", scope), target.entry_type == "bill"))
    parts = union_all(adjustments, rebills, cancels).subquery()
    q = (select(parts.c.office_id, parts.c.kind, func.count().label("n"),
                func.sum(parts.c.amount).label("amount"))
         .group_by(parts.c.office_id, parts.c.kind))
    return [(r.office_id, r.kind, int(r.n), _money(r.amount)) for r in db.execute(q)]


def review_reasons(db: Session, scope: Scope, period: int, limit: int = 8) -> list[Any]:
    q = (select(Bill.review_reason, func.count().label("n"),
                func.sum(Bill.amount).label("amount"))
         .where(_period_bills([period]), Bill.kind == "regular", Bill.status == "review",
                Bill.office_id.in_(scope.office_ids))
         .group_by(Bill.review_reason).order_by(func.count().desc(), Bill.review_reason)
         .limit(limit))
    return [(r.review_reason, int(r.n), _money(r.amount)) for r in db.execute(q)]


# -- receivables: ageing and what fell due -------------------------------------------------

def _open_debits(scope: Scope, cutoff: datetime, types: Sequence[str] | None = None) -> Any:
    """Debit entries posted by the report date with the part not settled at ``cutoff``."""
    settled = (select(Allocation.debit_entry_id.label("entry_id"),
                      func.sum(Allocation.amount).label("amount"))
               .where(Allocation.created_at < cutoff)
               .group_by(Allocation.debit_entry_id).subquery())
    open_amount = LedgerEntry.amount - func.coalesce(settled.c.amount, 0)
    due = func.coalesce(LedgerEntry.due_on, LedgerEntry.posted_on)
    q = (select(LedgerEntry.customer_id, LedgerEntry.office_id, due.label("due"),
                open_amount.label("open"))
         .outerjoin(settled, settled.c.entry_id == LedgerEntry.id)
         .where(LedgerEntry.amount > 0, LedgerEntry.posted_on <= scope.as_of,
                LedgerEntry.office_id.in_(scope.office_ids), open_amount > 0))
    if types is not None:
        q = q.where(LedgerEntry.entry_type.in_(types))
    return q.subquery()


def bucket_bounds(as_of: date) -> list[date]:
    """Due dates at or after bounds[i] are at most BUCKET_LIMITS[i] days overdue."""
    from datetime import timedelta

    return [as_of - timedelta(days=days) for days in BUCKET_LIMITS]


def _bucket(due: Any, as_of: date) -> Any:
    """0 not yet due (due on or after the report date), 1..5 by days overdue."""
    bounds = bucket_bounds(as_of)
    return case((due >= as_of, 0), (due >= bounds[0], 1), (due >= bounds[1], 2),
                (due >= bounds[2], 3), (due >= bounds[3], 4), else_=5)


def _per_customer(scope: Scope) -> Select[Any]:
    items = _open_debits(scope, scope.as_of_cutoff)
    bucket = _bucket(items.c.due, scope.as_of)
    overdue = items.c.due < scope.as_of
    cols = [func.sum(case((bucket == b, items.c.open), else_=0)).label(f"b{b}")
            for b in range(6)]
    return (select(items.c.customer_id, items.c.office_id,
                   func.min(case((overdue, items.c.due))).label("oldest_due"),
                   func.sum(case((overdue, items.c.open), else_=0)).label("overdue"), *cols)
            .group_by(items.c.customer_id, items.c.office_id))


def bucket_of(due: date, as_of: date) -> int:
    """``_bucket`` in Python: 0 not yet due, 1..5 by days overdue."""
    if due >= as_of:
        return 0
    for index, bound in enumerate(bucket_bounds(as_of), start=1):
        if due >= bound:
            return index
    return 5


@dataclass
class Arrears:
    """Ageing rows (office, class, oldest bucket, customers, amounts of buckets 0..5) and
    the customers with the largest overdue amounts (customer id, office, class, overdue,
    oldest due date), largest first."""

    ageing: list[tuple[int, str, int, int, list[Decimal]]]
    top: list[tuple[int, int, str, Decimal, date]]


def arrears(db: Session, scope: Scope, limit: int) -> Arrears:
    """One pass over the open debits for both the ageing and the top customers.

    Amounts are aged per debt; a customer counts once, in the bucket of the oldest overdue
    debt (0: only debts not yet due). The per-customer rows are streamed and folded into a
    few dozen groups and a heap of ``limit`` customers: memory stays flat, and the open
    items are computed once (two passes took twice as long at a million customers)."""
    per = _per_customer(scope).subquery()
    q = (select(per, Customer.customer_class)
         .join(Customer, Customer.id == per.c.customer_id)
         .execution_options(yield_per=5000))
    groups: dict[tuple[int, str, int], tuple[int, list[Decimal]]] = {}
    heap: list[tuple[Decimal, int, int, str, date]] = []
    for r in db.execute(q):
        oldest_due = _day(r.oldest_due)
        oldest = 0 if oldest_due is None else bucket_of(oldest_due, scope.as_of)
        key = (r.office_id, r.customer_class, oldest)
        customers, amounts = groups.get(key, (0, [ZERO] * 6))
        groups[key] = (customers + 1, [a + _money(r._mapping[f"b{b}"])
                                       for b, a in enumerate(amounts)])
        overdue = _money(r.overdue)
        if overdue > 0 and oldest_due is not None:
            item = (overdue, -r.customer_id, r.office_id, r.customer_class, oldest_due)
            if len(heap) < limit:
                heapq.heappush(heap, item)
            else:
                heapq.heappushpop(heap, item)
    top = [(-neg_id, office, cls, overdue, due)
           for overdue, neg_id, office, cls, due in sorted(heap, reverse=True)]
    return Arrears([(o, c, b, n, amounts) for (o, c, b), (n, amounts) in groups.items()], top)


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def customer_names(db: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    rows = db.execute(select(Customer.id, Customer.account_no, Customer.name)
                      .where(Customer.id.in_(ids)))
    return {r.id: (r.account_no, r.name) for r in rows}


def receivables_due(db: Session, scope: Scope) -> list[tuple[int, Decimal, Decimal]]:
    """Per office: (overdue and open at the start of the month, debits falling due in the
    month up to the report date at their full amount). Charges only: a payment reversal
    is a debit that cancels its payment, not a receivable."""
    charges = ("bill", "penalty", "adjustment", "refund")
    opening = _open_debits(scope, scope.start_cutoff, charges)
    q1 = (select(opening.c.office_id, func.sum(opening.c.open).label("amount"))
          .where(opening.c.due < scope.month_start).group_by(opening.c.office_id))
    due = func.coalesce(LedgerEntry.due_on, LedgerEntry.posted_on)
    q2 = (select(LedgerEntry.office_id, func.sum(LedgerEntry.amount).label("amount"))
          .where(LedgerEntry.entry_type.in_(charges), LedgerEntry.amount > 0,
                 LedgerEntry.posted_on <= scope.as_of,
                 due.between(scope.month_start, scope.as_of),
                 LedgerEntry.office_id.in_(scope.office_ids))
          .group_by(LedgerEntry.office_id))
    out: dict[int, list[Decimal]] = {}
    for at, q in ((0, q1), (1, q2)):
        for r in db.execute(q):
            out.setdefault(r.office_id, [ZERO, ZERO])[at] = _money(r.amount)
    return [(oid, vals[0], vals[1]) for oid, vals in out.items()]

"""Late-payment penalties (违约金): computed from the ledger, posted as penalty entries.

``bring_up_to_date`` is called by payment posting before the money is allocated (so a
penalty-first allocation sees today's penalty), and the daily accrual job (penalty_job.py)
calls ``accrue`` for every customer with overdue debts, a chunk at a time.

How penalties enter the immutable ledger: for every overdue bill debit, the penalty due up to
and including ``on`` (penalty_rules.compute: at least the minimum once a day is overdue) is
compared with what the debit's ``penalty_posting`` rows already put into the ledger; only the
difference is posted. One penalty ledger entry per customer and day carries the sum of its
debits' increments; each debit's share is a ``penalty_posting`` row, UNIQUE per debit and day.
So the ledger always holds exactly the penalty due, and a second run on the same day (a
payment after the job, a restarted job) posts nothing. Penalties never bear penalties: only
'bill' debits are looked at.

The principal of each day comes from the debit's allocations: an allocation made on business
day ``p`` (a payment, a reversal undoing one) changes the principal from day ``p + 1`` on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.core.settings import setting
from appserver.core.sql import exact_yuan
from appserver.payments import penalty_rules as rules
from dbschema.models import Allocation, Customer, LedgerEntry, PenaltyPosting

ZERO = Decimal("0.00")
# Open means more than half a fen unsettled: SQLite sums NUMERIC as floating point, so an
# exact comparison with zero would find residues like 1e-13 open.
HALF_FEN = Decimal("0.005")


@dataclass
class OverdueDebit:
    entry_id: int
    customer_id: int
    office_id: int
    amount: Decimal
    due_on: date
    settled: list[rules.Settled] = field(default_factory=list)
    posted: Decimal = ZERO
    last_accrued: date | None = None


@dataclass
class AccrualStats:
    debits: int = 0
    customers_charged: int = 0
    entries: int = 0
    amount: Decimal = ZERO

    def add(self, other: AccrualStats) -> None:
        self.debits += other.debits
        self.customers_charged += other.customers_charged
        self.entries += other.entries
        self.amount += other.amount


def terms_on(db: Session, on: date) -> tuple[str, Decimal]:
    """The year-boundary convention and the minimum effective on ``on``."""
    return (setting(db, "payments.penalty_year_boundary", on),
            Decimal(setting(db, "payments.penalty_minimum", on)))


def bring_up_to_date(db: Session, customer: Customer, on: date, now: datetime) -> None:
    """Post the penalty the customer's overdue debts have accrued up to ``on`` and not yet
    posted (idempotent: a second call on the same day posts nothing)."""
    accrue(db, [customer.id], on, now)


def accrue(db: Session, customer_ids: Sequence[int], on: date, now: datetime) -> AccrualStats:
    """Post the penalty increments of these customers (already locked by the caller)."""
    debits = overdue_debits(db, customer_ids, on)
    if not debits:
        return AccrualStats()
    classes = dict(db.execute(select(Customer.id, Customer.customer_class)
                              .where(Customer.id.in_({d.customer_id for d in debits}))).all())
    boundary, minimum = terms_on(db, on)
    increments: dict[int, list[tuple[OverdueDebit, rules.Penalty, str]]] = defaultdict(list)
    for debit in debits:
        if debit.last_accrued is not None and debit.last_accrued >= on:
            continue  # already brought up to ``on``
        terms = rules.Terms(classes[debit.customer_id], boundary, minimum)
        penalty = rules.compute(rules.Debt(debit.amount, debit.due_on,
                                           tuple(debit.settled)), terms, on)
        if penalty.amount > debit.posted:
            increments[debit.customer_id].append((debit, penalty, terms.rule))
    stats = AccrualStats(debits=len(debits))
    if increments:
        _post(db, increments, on, now, stats)
    return stats


def overdue_debits(db: Session, customer_ids: Sequence[int], on: date) -> list[OverdueDebit]:
    """Bill debits past due on ``on`` and not fully settled, with their settlement history
    and the penalty already posted for them (three set-based queries)."""
    settled = (select(func.coalesce(func.sum(Allocation.amount), 0))
               .where(Allocation.debit_entry_id == LedgerEntry.id).scalar_subquery())
    rows = db.execute(
        select(LedgerEntry.id, LedgerEntry.customer_id, LedgerEntry.office_id,
               LedgerEntry.amount, LedgerEntry.due_on)
        .where(LedgerEntry.customer_id.in_(list(customer_ids)),
               LedgerEntry.entry_type == "bill", LedgerEntry.due_on < on,
               LedgerEntry.amount - settled > HALF_FEN)
        .order_by(LedgerEntry.customer_id, LedgerEntry.id)).all()
    debits = {r.id: OverdueDebit(r.id, r.customer_id, r.office_id, Decimal(r.amount),
                                 r.due_on) for r in rows}
    if not debits:
        return []
    ids = list(debits)
    for debit_id, amount, created_at in db.execute(
            select(Allocation.debit_entry_id, Allocation.amount, Allocation.created_at)
            .where(Allocation.debit_entry_id.in_(ids))):
        debits[debit_id].settled.append(rules.Settled(business_date(created_at),
                                                      Decimal(amount)))
    for debit_id, posted, last in db.execute(
            select(PenaltyPosting.debit_entry_id, func.sum(PenaltyPosting.amount),
                   func.max(PenaltyPosting.accrued_to))
            .where(PenaltyPosting.debit_entry_id.in_(ids))
            .group_by(PenaltyPosting.debit_entry_id)):
        debits[debit_id].posted = exact_yuan(posted)
        debits[debit_id].last_accrued = last
    return list(debits.values())


def _post(db: Session, increments: dict[int, list[tuple[OverdueDebit, rules.Penalty, str]]],
          on: date, now: datetime, stats: AccrualStats) -> None:
    """One penalty ledger entry per customer, one posting row per debit (Core, bulk)."""
    customers = sorted(increments)
    amounts = [sum((p.amount - d.posted for d, p, _ in increments[cid]), ZERO)
               for cid in customers]
    entries = [{"customer_id": cid, "office_id": increments[cid][0][0].office_id,
                "entry_type": "penalty",
                "amount": amount,
                "posted_on": on, "posted_at": now, "period": on.year * 100 + on.month,
                "due_on": on, "note": f"penalty to {on.isoformat()}"}
               for cid, amount in zip(customers, amounts, strict=True)]
    entry_ids = db.scalars(insert(LedgerEntry).returning(LedgerEntry.id,
                                                         sort_by_parameter_order=True),
                           entries).all()
    postings = [{"debit_entry_id": d.entry_id, "penalty_entry_id": entry_id,
                 "customer_id": cid, "accrued_to": on, "overdue_days": p.overdue_days,
                 "due_total": p.amount, "amount": p.amount - d.posted, "rule": rule}
                for cid, entry_id in zip(customers, entry_ids, strict=True)
                for d, p, rule in increments[cid]]
    db.execute(insert(PenaltyPosting), postings)
    stats.customers_charged += len(customers)
    stats.entries += len(entries)
    stats.amount += sum(amounts, ZERO)


@dataclass(frozen=True)
class DebitPenalty:
    """What one overdue debit owes in penalty today, what is posted, and why."""

    entry_id: int
    due_on: date
    amount: Decimal
    overdue_days: int
    due: Decimal
    posted: Decimal
    rule: str
    explanation: str


def explain_customer(db: Session, customer_id: int, on: date) -> list[DebitPenalty]:
    debits = overdue_debits(db, [customer_id], on)
    if not debits:
        return []
    cls = db.scalar(select(Customer.customer_class).where(Customer.id == customer_id))
    boundary, minimum = terms_on(db, on)
    terms = rules.Terms(cls or "", boundary, minimum)
    out = []
    for d in debits:
        p = rules.compute(rules.Debt(d.amount, d.due_on, tuple(d.settled)), terms, on)
        out.append(DebitPenalty(d.entry_id, d.due_on, d.amount, p.overdue_days, p.amount,
                                d.posted, terms.rule, p.explanation))
    return out

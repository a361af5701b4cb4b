"""The receivables ledger: post immutable entries, derive balances, settle debts.

Entries are signed from the company's side (debits positive, credits negative). Which credit
settled which debit is recorded as allocations; ``settle`` allocates every open credit of a
customer to the open debits, oldest first, penalties before principal or after (the
``payments.allocation_order`` setting). A reversal is first matched against the entry it
reverses, so reversing a payment reopens exactly the debts it had settled (after its
allocations are undone with ``undo_allocations``).

Callers lock the customer (``lock_customer``) before posting, so two clerks paying the same
customer at the same moment are serialised instead of both settling the same bill.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core.settings import setting
from dbschema.models import Allocation, Customer, LedgerEntry

ZERO = Decimal("0.00")


@dataclass
class OpenItem:
    """A ledger entry with the part of it not yet settled (always positive)."""

    entry_id: int
    entry_type: str
    sign: int  # +1 debit, -1 credit
    open_amount: Decimal
    day: date  # due date of a debit (or its posting date), posting date of a credit
    reverses_id: int | None
    period: int | None


def lock_customer(db: Session, customer_id: int) -> Customer | None:
    """Row-lock the customer for the rest of the transaction (no-op lock on SQLite, whose
    write transactions are already serial)."""
    return db.scalars(select(Customer).where(Customer.id == customer_id)
                      .with_for_update()).first()


def post(db: Session, entry: LedgerEntry) -> LedgerEntry:
    db.add(entry)
    db.flush()
    return entry


def balance(db: Session, customer_id: int) -> Decimal:
    """What the customer owes (negative: prepaid credit)."""
    total = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                      .where(LedgerEntry.customer_id == customer_id))
    return Decimal(total or 0).quantize(ZERO)


def open_items(db: Session, customer_id: int) -> list[OpenItem]:
    """Every entry of the customer that is not fully settled."""
    as_debit = (select(Allocation.debit_entry_id.label("eid"), Allocation.amount.label("amt"))
                .join(LedgerEntry, LedgerEntry.id == Allocation.debit_entry_id)
                .where(LedgerEntry.customer_id == customer_id))
    as_credit = (select(Allocation.credit_entry_id.label("eid"),
                        Allocation.amount.label("amt"))
                 .join(LedgerEntry, LedgerEntry.id == Allocation.credit_entry_id)
                 .where(LedgerEntry.customer_id == customer_id))
    settled: dict[int, Decimal] = {}
    for eid, amount in db.execute(as_debit.union_all(as_credit)):
        settled[eid] = settled.get(eid, ZERO) + Decimal(amount)
    items = []
    for e in db.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == customer_id)
                        .order_by(LedgerEntry.id)):
        sign = 1 if e.amount > 0 else -1
        remaining = abs(e.amount) - settled.get(e.id, ZERO)
        if remaining > 0:
            day = (e.due_on or e.posted_on) if sign > 0 else e.posted_on
            items.append(OpenItem(e.id, e.entry_type, sign, remaining, day, e.reverses_id,
                                  e.period))
    return items


def settle(db: Session, customer_id: int, now: datetime, on: date) -> list[Allocation]:
    """Allocate the customer's open credits to open debits; returns the new allocations."""
    items = open_items(db, customer_id)
    made: list[Allocation] = []

    def match(credit: OpenItem, debit: OpenItem) -> None:
        amount = min(credit.open_amount, debit.open_amount)
        if amount <= 0:
            return
        made.append(Allocation(credit_entry_id=credit.entry_id, debit_entry_id=debit.entry_id,
                               amount=amount, created_at=now))
        credit.open_amount -= amount
        debit.open_amount -= amount

    by_id = {item.entry_id: item for item in items}
    for item in items:  # a reversal settles against the entry it reverses first
        target = by_id.get(item.reverses_id) if item.reverses_id else None
        if target is not None and target.sign != item.sign:
            credit, debit = (item, target) if item.sign < 0 else (target, item)
            match(credit, debit)
    penalty_first = setting(db, "payments.allocation_order", on) == "penalty_first"

    def debit_order(d: OpenItem) -> tuple[int, date, int]:
        is_penalty = d.entry_type == "penalty"
        rank = (0 if is_penalty else 1) if penalty_first else (1 if is_penalty else 0)
        return rank, d.day, d.entry_id

    debits = sorted((i for i in items if i.sign > 0), key=debit_order)
    for credit in (i for i in items if i.sign < 0):
        for debit in debits:
            if credit.open_amount <= 0:
                break
            match(credit, debit)
    db.add_all(made)
    db.flush()
    return made


def undo_allocations(db: Session, entry_id: int, now: datetime) -> list[Allocation]:
    """Add the negative of every allocation that involves ``entry_id`` (reversal of it)."""
    net: dict[tuple[int, int], Decimal] = {}
    for a in db.scalars(select(Allocation).where((Allocation.credit_entry_id == entry_id)
                                                 | (Allocation.debit_entry_id == entry_id))):
        key = (a.credit_entry_id, a.debit_entry_id)
        net[key] = net.get(key, ZERO) + a.amount
    undo = [Allocation(credit_entry_id=c, debit_entry_id=d, amount=-amount, created_at=now)
            for (c, d), amount in net.items() if amount != 0]
    db.add_all(undo)
    db.flush()
    return undo

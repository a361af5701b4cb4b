"""The receivables ledger: post immutable entries, derive balances, settle debts.

Entries are signed from the company's side (debits positive, credits negative). Which credit
settled which debit is recorded as allocations; ``settle`` allocates every open credit of a
customer to the open debits, oldest first, penalties before principal or after (the
``payments.allocation_order`` setting). A reversal is first matched against the entry it
reverses, so reversing a payment reopens exactly the debts it had settled (after its
allocations are undone with ``undo_allocations``).

Callers lock the customer (``lock_customer``) before posting, so two clerks paying the same
customer at the same moment are serialised instead of both settling the same bill. The
database holds the rest even if a caller forgets (migration 0007): allocations never exceed
either entry, a reversal mirrors its entry, one reversal per entry, one charge per bill.
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
    amount: Decimal = ZERO  # the entry's signed amount


def lock_customer(db: Session, customer_id: int) -> Customer | None:
    """Row-lock the customer for the rest of the transaction (no-op lock on SQLite, whose
    write transactions are already serial). FOR NO KEY UPDATE: lockers exclude each other,
    while inserts that merely reference the customer (its foreign keys) are not held up."""
    return db.scalars(select(Customer).where(Customer.id == customer_id)
                      .with_for_update(key_share=True)).first()


def post(db: Session, entry: LedgerEntry) -> LedgerEntry:
    db.add(entry)
    db.flush()
    return entry


def balance(db: Session, customer_id: int) -> Decimal:
    """What the customer owes (negative: prepaid credit)."""
    total = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                      .where(LedgerEntry.customer_id == customer_id))
    return Decimal(total or 0).quantize(ZERO)


def _allocated(column: object) -> object:
    return (select(func.coalesce(func.sum(Allocation.amount), 0))
            .where(column == LedgerEntry.id).correlate(LedgerEntry).scalar_subquery())


def open_items(db: Session, customer_id: int) -> list[OpenItem]:
    """Every entry of the customer that is not fully settled, in posting order (one query:
    the allocated sums come from the allocation indexes per entry)."""
    settled = _allocated(Allocation.debit_entry_id) + _allocated(  # type: ignore[operator]
        Allocation.credit_entry_id)
    rows = db.execute(select(LedgerEntry.id, LedgerEntry.entry_type, LedgerEntry.amount,
                             LedgerEntry.posted_on, LedgerEntry.due_on,
                             LedgerEntry.reverses_id, LedgerEntry.period,
                             settled.label("settled"))
                      .where(LedgerEntry.customer_id == customer_id,
                             func.abs(LedgerEntry.amount) > settled)
                      .order_by(LedgerEntry.id))
    items = []
    for r in rows:
        sign = 1 if r.amount > 0 else -1
        day = (r.due_on or r.posted_on) if sign > 0 else r.posted_on
        items.append(OpenItem(r.id, r.entry_type, sign, abs(r.amount) - Decimal(r.settled),
                              day, r.reverses_id, r.period, r.amount))
    return items


def open_balance(items: list[OpenItem]) -> Decimal:
    """The balance from the open items alone: every allocation settles a debit and a credit
    by the same amount, so what is still open nets to the sum of all entries."""
    return sum((i.sign * i.open_amount for i in items), ZERO)


def has_overdue_bill(items: list[OpenItem], on: date) -> bool:
    """Whether any open bill is past due on ``on`` (only those accrue late-payment penalty,
    so without one the penalty accrual has nothing to post and need not run)."""
    return any(i.entry_type == "bill" and i.sign > 0 and i.day < on for i in items)


def allocation_plan(items: list[OpenItem], penalty_first: bool
                    ) -> list[tuple[int, int, Decimal]]:
    """(credit id, debit id, amount) that settle ``items`` (changed in place): reversals
    against their entries first, then every credit to the debits oldest first. Pure, so the
    demo history's bulk posting uses exactly the rules the counter does."""
    made: list[tuple[int, int, Decimal]] = []

    def match(credit: OpenItem, debit: OpenItem) -> None:
        amount = min(credit.open_amount, debit.open_amount)
        if amount > 0:
            made.append((credit.entry_id, debit.entry_id, amount))
            credit.open_amount -= amount
            debit.open_amount -= amount

    by_id = {item.entry_id: item for item in items}
    for item in items:
        target = by_id.get(item.reverses_id) if item.reverses_id else None
        if target is not None and target.sign != item.sign:
            match(*((item, target) if item.sign < 0 else (target, item)))

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
    return made


def penalty_first(db: Session, on: date) -> bool:
    return setting(db, "payments.allocation_order", on) == "penalty_first"


def settle(db: Session, customer_id: int, now: datetime, on: date) -> list[Allocation]:
    """Allocate the customer's open credits to open debits; returns the new allocations."""
    plan = allocation_plan(open_items(db, customer_id), penalty_first(db, on))
    made = [Allocation(credit_entry_id=c, debit_entry_id=d, amount=a, created_at=now)
            for c, d, a in plan]
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

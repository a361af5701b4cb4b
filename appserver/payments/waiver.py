"""Waiving late-payment penalties: a negative 'adjustment' entry that settles the customer's
open penalty debits (oldest first), with the reason in its note and the audit record.

A waiver forgives penalty already in the ledger; it does not stop the accrual: the days after
it still bear a penalty while the bills stay overdue (the accrual compares what is due with
what it posted before, which a waiver does not change).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from appserver.payments import ledger, penalties
from dbschema.models import Allocation, Customer, LedgerEntry

ZERO = Decimal("0.00")


class TooMuch(Exception):
    def __init__(self, open_penalty: Decimal) -> None:
        super().__init__(str(open_penalty))
        self.open_penalty = open_penalty


def open_penalty(db: Session, customer_id: int) -> list[ledger.OpenItem]:
    items = [i for i in ledger.open_items(db, customer_id)
             if i.entry_type == "penalty" and i.sign > 0]
    return sorted(items, key=lambda i: (i.day, i.entry_id))


def waive(db: Session, customer: Customer, amount: Decimal, reason: str, user_id: int,
          on: date, now: datetime) -> LedgerEntry:
    """Post the waiver (the customer is locked by the caller); TooMuch if ``amount`` is more
    than the open penalty after bringing it up to ``on``."""
    penalties.bring_up_to_date(db, customer, on, now)
    debts = open_penalty(db, customer.id)
    available = sum((d.open_amount for d in debts), ZERO)
    if amount > available:
        raise TooMuch(available)
    entry = ledger.post(db, LedgerEntry(
        customer_id=customer.id, office_id=customer.office_id, entry_type="adjustment",
        amount=-amount, posted_on=on, posted_at=now, created_by=user_id,
        note=f"penalty waived: {reason}"[:200]))
    left = amount
    for debt in debts:
        part = min(left, debt.open_amount)
        if part <= 0:
            break
        db.add(Allocation(credit_entry_id=entry.id, debit_entry_id=debt.entry_id,
                          amount=part, created_at=now))
        left -= part
    db.flush()
    return entry

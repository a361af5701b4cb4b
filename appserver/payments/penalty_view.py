"""The penalty a customer's debts have accrued by today and that posting would add first.

Computed by the collection module's own ``penalties.bring_up_to_date`` inside a SAVEPOINT
that is always rolled back: the counter shows exactly what the payment will post, with no
second implementation of the penalty rules to drift apart from the first. (Safe inside the
call's unit of work: only the savepoint is undone; SQLite runs with explicit BEGIN, so its
savepoints work too.) Which debt each part belongs to comes from the accrual's own
``penalty_posting`` rows.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.payments import penalties
from dbschema.models import Customer, LedgerEntry, PenaltyPosting


def due_today(db: Session, customer: Customer, now: datetime) -> dict[int, Decimal]:
    """debit entry id -> penalty that posting a payment now would add for it."""
    last = db.scalar(select(func.max(LedgerEntry.id))
                     .where(LedgerEntry.customer_id == customer.id)) or 0
    savepoint = db.begin_nested()
    try:
        penalties.bring_up_to_date(db, customer, business_date(now), now)
        db.flush()
        rows = db.execute(select(PenaltyPosting.debit_entry_id, PenaltyPosting.amount)
                          .join(LedgerEntry, LedgerEntry.id == PenaltyPosting.penalty_entry_id)
                          .where(LedgerEntry.customer_id == customer.id,
                                 LedgerEntry.id > last)).all()
    finally:
        savepoint.rollback()
    result: dict[int, Decimal] = {}
    for debit_id, amount in rows:
        result[debit_id] = result.get(debit_id, Decimal("0.00")) + Decimal(str(amount))
    return result

"""The penalty a customer's debts have accrued by today and that posting would add first.

Computed by the collection module's own ``penalties.bring_up_to_date`` inside a SAVEPOINT
that is always rolled back: the counter shows exactly what the payment will post, with no
second implementation of the penalty rules to drift apart from the first. (Safe inside the
call's unit of work: only the savepoint is undone; SQLite runs with explicit BEGIN, so its
savepoints work too.)
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.payments import ledger, penalties
from dbschema.models import Customer, LedgerEntry


def due_today(db: Session, customer: Customer, now: datetime,
              debts: list[ledger.OpenItem]) -> dict[int, Decimal]:
    """entry id of a debt -> penalty that would be posted for it today (by period; a penalty
    of no listed debt's period is keyed 0, so totals still include it)."""
    last = db.scalar(select(LedgerEntry.id).where(LedgerEntry.customer_id == customer.id)
                     .order_by(LedgerEntry.id.desc()).limit(1)) or 0
    savepoint = db.begin_nested()
    try:
        penalties.bring_up_to_date(db, customer, business_date(now), now)
        db.flush()
        new = db.execute(select(LedgerEntry.period, LedgerEntry.amount)
                         .where(LedgerEntry.customer_id == customer.id,
                                LedgerEntry.id > last,
                                LedgerEntry.entry_type == "penalty")).all()
    finally:
        savepoint.rollback()
    by_period = {d.period: d.entry_id for d in debts if d.period is not None}
    result: dict[int, Decimal] = {}
    for period, amount in new:
        key = by_period.get(period, 0) if period is not None else 0
        result[key] = result.get(key, Decimal("0.00")) + Decimal(amount)
    return result


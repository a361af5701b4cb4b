"""Late-payment penalties (违约金): computed from the ledger, posted as penalty entries.

Owned by the collection work; ``bring_up_to_date`` is called by payment posting before the
money is allocated, and by the daily accrual job for every customer with overdue debts.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from dbschema.models import Customer


def bring_up_to_date(db: Session, customer: Customer, on: date, now: datetime) -> None:
    """Post the penalty the customer's overdue debts have accrued up to ``on`` and not yet
    posted (idempotent: a second call on the same day posts nothing)."""

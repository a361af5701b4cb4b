"""Posting a payment, whatever the channel (counter, bank withholding, agents).

One function so that every channel gets the same guarantees: the customer is locked, penalties
due up to today are brought into the ledger first (so penalty-first allocation sees them),
the payment row and its ledger entry are written together, and the money is allocated.
A resend of the same request id never posts twice: the rpc layer replays the recorded result,
and ``Payment.request_id`` is UNIQUE as the last line of defence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.payments import ledger, penalties
from dbschema.models import Customer, LedgerEntry, Payment


@dataclass(frozen=True)
class PaymentInput:
    customer_id: int
    amount: Decimal
    tender_type: str
    channel: str
    clerk_id: int | None
    office_id: int  # where the money was taken (the clerk's hall, or the customer's office)
    request_id: str | None
    tendered: Decimal | None = None
    reference: str = ""


def next_receipt_no(db: Session, office_id: int, day: str) -> str:
    """R + office + date + sequence: readable at the counter, unique by constraint."""
    prefix = f"R{office_id:03d}{day}"
    count = db.scalar(select(func.count()).select_from(Payment)
                      .where(Payment.receipt_no.like(f"{prefix}%"))) or 0
    return f"{prefix}{count + 1:05d}"


def post_payment(db: Session, data: PaymentInput, now: datetime) -> Payment:
    """Lock the customer, bring penalties up to date, post, allocate."""
    customer = ledger.lock_customer(db, data.customer_id)
    if customer is None:
        raise LookupError(f"customer {data.customer_id}")
    today = business_date(now)
    penalties.bring_up_to_date(db, customer, today, now)
    change = None if data.tendered is None else data.tendered - data.amount
    payment = Payment(receipt_no=next_receipt_no(db, data.office_id, f"{today:%Y%m%d}"),
                      customer_id=data.customer_id, office_id=data.office_id,
                      amount=data.amount, tendered=data.tendered, change_given=change,
                      tender_type=data.tender_type, channel=data.channel,
                      clerk_id=data.clerk_id, business_date=today, received_at=now,
                      request_id=data.request_id, reference=data.reference)
    db.add(payment)
    db.flush()
    ledger.post(db, LedgerEntry(customer_id=data.customer_id, office_id=customer.office_id,
                                entry_type="payment", amount=-data.amount, posted_on=today,
                                posted_at=now, payment_id=payment.id,
                                created_by=data.clerk_id))
    ledger.settle(db, data.customer_id, now, today)
    return payment


def customer_office(db: Session, customer_id: int) -> int | None:
    return db.scalar(select(Customer.office_id).where(Customer.id == customer_id))

"""Posting a payment, whatever the channel (counter, bank withholding, agents).

One function so that every channel gets the same guarantees: the customer is locked, penalties
due up to today are brought into the ledger first (so penalty-first allocation sees them),
the payment row and its ledger entry are written together, and the money is allocated.
A resend of the same request id never posts twice: the rpc layer replays the recorded result,
and ``Payment.request_id`` is UNIQUE as the last line of defence.

Receipt numbers come from a counter row per office and business date, incremented by an
upsert that holds the row lock to commit: concurrent clerks of one office get consecutive
numbers, a rolled-back payment gives its number back (no gaps), and ``receipt_no`` is UNIQUE
besides. A counter clerk's payments also lock the clerk's till row of the day, which the cash
close locks too, so no payment lands in a till after it was closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.payments import ledger, penalties
from dbschema.models import Allocation, Customer, LedgerEntry, Payment, ReceiptCounter, TillDay


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


class TillClosed(Exception):
    """The clerk's till is already closed for this business date."""


def _insert(db: Session, table: Any) -> Any:
    """INSERT … ON CONFLICT for the session's dialect (both have the same API)."""
    dialect = db.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def next_receipt_no(db: Session, office_id: int, day: date) -> str:
    """R + office + date + sequence within the office and day: readable at the counter."""
    stmt = _insert(db, ReceiptCounter).values(office_id=office_id, business_date=day,
                                               last_no=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[ReceiptCounter.office_id, ReceiptCounter.business_date],
        set_={"last_no": ReceiptCounter.last_no + 1}).returning(ReceiptCounter.last_no)
    number = db.execute(stmt).scalar_one()
    return receipt_no(office_id, day, number)


def receipt_no(office_id: int, day: date, number: int) -> str:
    return f"R{office_id:03d}{day:%Y%m%d}{number:05d}"


def lock_till(db: Session, clerk_id: int, day: date, office_id: int,
              now: datetime) -> datetime | None:
    """Open (or lock) the clerk's till of ``day``; returns when it was closed, if it was."""
    stmt = _insert(db, TillDay).values(clerk_id=clerk_id, business_date=day,
                                       office_id=office_id, opened_at=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=[TillDay.clerk_id, TillDay.business_date],
        set_={"closed_at": TillDay.closed_at}).returning(TillDay.closed_at)
    closed: datetime | None = db.execute(stmt).scalar_one()
    if closed is not None and closed.tzinfo is None:  # SQLite returns naive UTC
        closed = closed.replace(tzinfo=UTC)
    return closed


@dataclass
class Posted:
    payment: Payment
    entry: LedgerEntry
    allocations: list[Allocation]
    settled: list[ledger.OpenItem]  # the debits the money went to (as they were before)
    balance_after: Decimal


class BalanceChanged(Exception):
    """The account is not what the clerk saw (another payment was posted meanwhile)."""

    def __init__(self, balance: Decimal) -> None:
        super().__init__(f"balance is {balance}")
        self.balance = balance


def post_payment(db: Session, data: PaymentInput, now: datetime) -> Payment:
    """Lock the customer, bring penalties up to date, post, allocate."""
    return post_payment_detailed(db, data, now).payment


def post_payment_detailed(db: Session, data: PaymentInput, now: datetime,
                          expected_balance: Decimal | None = None,
                          locked: Customer | None = None) -> Posted:
    """``post_payment`` with the ledger entry, the allocations and the balance after it;
    refused with ``BalanceChanged`` if ``expected_balance`` is given and is not the balance.

    The allocations are planned (``ledger.allocation_plan`` over the open items, the new
    credit last, exactly what ``settle`` would do after posting) before the receipt number
    is drawn, so the office's receipt counter stays locked only for the inserts.
    """
    customer = locked or ledger.lock_customer(db, data.customer_id)
    if customer is None:
        raise LookupError(f"customer {data.customer_id}")
    items = ledger.open_items(db, customer.id)
    if expected_balance is not None and ledger.open_balance(items) != expected_balance:
        raise BalanceChanged(ledger.open_balance(items))
    today = business_date(now)
    if (data.clerk_id is not None and data.channel == "counter"
            and lock_till(db, data.clerk_id, today, data.office_id, now) is not None):
        raise TillClosed(f"till of user {data.clerk_id} closed for {today}")
    if ledger.has_overdue_bill(items, today):  # penalties accrue on nothing else
        penalties.bring_up_to_date(db, customer, today, now)
        items = ledger.open_items(db, customer.id)
    credit = ledger.OpenItem(0, "payment", -1, data.amount, today, None, None, -data.amount)
    plan = ledger.allocation_plan([*items, credit], ledger.penalty_first(db, today))
    change = None if data.tendered is None else data.tendered - data.amount
    payment = Payment(receipt_no=next_receipt_no(db, data.office_id, today),
                      customer_id=data.customer_id, office_id=data.office_id,
                      amount=data.amount, tendered=data.tendered, change_given=change,
                      tender_type=data.tender_type, channel=data.channel,
                      clerk_id=data.clerk_id, business_date=today, received_at=now,
                      request_id=data.request_id, reference=data.reference)
    db.add(payment)
    db.flush()
    entry = ledger.post(db, LedgerEntry(customer_id=data.customer_id,
                                        office_id=customer.office_id, entry_type="payment",
                                        amount=-data.amount, posted_on=today, posted_at=now,
                                        payment_id=payment.id, created_by=data.clerk_id))
    made = [Allocation(credit_entry_id=entry.id if c == 0 else c, debit_entry_id=d, amount=a,
                       created_at=now) for c, d, a in plan]
    db.add_all(made)
    db.flush()
    by_id = {i.entry_id: i for i in items}
    settled = [by_id[d] for c, d, _a in plan if c == 0]
    after = ledger.open_balance([*items, credit])
    return Posted(payment, entry, made, settled, after)


def customer_office(db: Session, customer_id: int) -> int | None:
    return db.scalar(select(Customer.office_id).where(Customer.id == customer_id))

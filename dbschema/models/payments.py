"""The receivables ledger, allocations and counter payments.

The ledger is append-only: a posted entry is never updated or deleted (PostgreSQL trigger +
the application role's grants), a correction is a new entry. Amounts are signed from the
company's side: a bill or penalty is a positive debit, a payment a negative credit. A
customer's balance is the sum of the customer's entries (positive: owes; negative: prepaid).

Allocations say which credit settled which debit (oldest first, penalty before principal,
per the setting); they are append-only too: undoing one (a payment reversal) adds a negative
allocation.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Money, UtcDateTime
from dbschema.models.common import big_id, one_of

ENTRY_TYPES = ("bill", "payment", "adjustment", "penalty", "refund", "reversal")
DEBIT_TYPES = ("bill", "penalty", "refund")  # always positive
TENDER_TYPES = ("cash", "card", "cheque", "transfer", "withholding", "mobile")
CHANNELS = ("counter", "visit", "bank_withholding", "bank_agent", "prepay")


class LedgerEntry(Base):
    __tablename__ = "ledger_entry"
    __table_args__ = (
        CheckConstraint(one_of("entry_type", ENTRY_TYPES), "entry_type"),
        CheckConstraint("amount <> 0", "amount_non_zero"),
        CheckConstraint("entry_type NOT IN ('bill', 'penalty', 'refund') OR amount > 0",
                        "debits_positive"),
        CheckConstraint("entry_type <> 'payment' OR amount < 0", "payments_negative"),
        CheckConstraint("(entry_type = 'reversal') = (reverses_id IS NOT NULL)",
                        "reversal_link"),
        CheckConstraint("entry_type <> 'bill' OR bill_id IS NOT NULL", "bill_link"),
        CheckConstraint("entry_type <> 'payment' OR payment_id IS NOT NULL", "payment_link"),
        # A bill is charged once; an entry is reversed at most once.
        Index("uq_ledger_entry_bill_charge", "bill_id", unique=True,
              postgresql_where=text("entry_type = 'bill'"),
              sqlite_where=text("entry_type = 'bill'")),
        Index("uq_ledger_entry_reverses", "reverses_id", unique=True),
        Index("uq_ledger_entry_payment", "payment_id", unique=True,
              postgresql_where=text("entry_type = 'payment'"),
              sqlite_where=text("entry_type = 'payment'")),
        Index("ix_ledger_entry_customer", "customer_id", "id"),
        Index("ix_ledger_entry_type_posted", "entry_type", "posted_on"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    entry_type: Mapped[str] = mapped_column(String(12), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    posted_on: Mapped[date] = mapped_column(Date, nullable=False)  # business date
    posted_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    period: Mapped[int | None] = mapped_column(Integer)  # yyyymm of a bill or penalty
    due_on: Mapped[date | None] = mapped_column(Date)  # debits: when it falls overdue
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Allocation(Base):
    __tablename__ = "allocation"
    __table_args__ = (
        CheckConstraint("amount <> 0", "amount_non_zero"),
        Index("ix_allocation_debit", "debit_entry_id"),
        Index("ix_allocation_credit", "credit_entry_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    credit_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"),
                                                 nullable=False)
    debit_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"),
                                                nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class Payment(Base):
    """A payment received (counter, bank file, …); its ledger entry is the money."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount > 0", "amount_positive"),
        CheckConstraint(one_of("tender_type", TENDER_TYPES), "tender_type"),
        CheckConstraint(one_of("channel", CHANNELS), "channel"),
        CheckConstraint("tendered IS NULL OR tendered >= amount", "tendered_covers"),
        CheckConstraint("change_given IS NULL OR change_given >= 0", "change_non_negative"),
        Index("ix_payment_clerk_date", "clerk_id", "business_date"),
        Index("ix_payment_customer", "customer_id", "id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    tendered: Mapped[Decimal | None] = mapped_column(Money())
    change_given: Mapped[Decimal | None] = mapped_column(Money())
    tender_type: Mapped[str] = mapped_column(String(12), nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    business_date: Mapped[date] = mapped_column(Date, nullable=False)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    # The client's request id: a payment resent after a failover finds this row.
    request_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    reference: Mapped[str] = mapped_column(String(60), nullable=False, default="")

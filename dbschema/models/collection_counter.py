"""Counter collection: receipt numbering, tills, receipt prints, reversal requests, cash closes.

The money itself is in ``payments.py`` (payment, ledger_entry, allocation); these tables hold
what the counter adds around it. Invariants are constraints, so wrong code fails loudly:
gap-free receipt numbers per office and day, one close per clerk and business date whose
figures add up, four eyes on every reversal, at most one live reversal request per payment.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Money, UtcDateTime
from dbschema.models.common import big_id, one_of

REVERSAL_STATUSES = ("pending", "approved", "rejected")


class ReceiptCounter(Base):
    """The last receipt number issued per office and business date.

    Posting increments it with an upsert, which holds the row lock until commit: two clerks
    of one office get consecutive numbers and a rolled-back payment gives its number back,
    so the receipt book has no gaps (a sequence would leave gaps)."""

    __tablename__ = "receipt_counter"
    __table_args__ = (CheckConstraint("last_no > 0", "last_no_positive"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer, nullable=False)


class TillDay(Base):
    """A clerk's till on one business date. Posting and closing both lock this row, so a
    payment can never slip in beside a close that is being counted."""

    __tablename__ = "till_day"

    clerk_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ReceiptPrint(Base):
    """Every print of a receipt; all but the first are copies (marked 副本 on paper)."""

    __tablename__ = "receipt_print"
    __table_args__ = (
        UniqueConstraint("payment_id", "print_no", name="uq_receipt_print_payment_no"),
        CheckConstraint("print_no >= 1", "print_no_positive"),
        CheckConstraint("is_copy = (print_no > 1)", "copy_after_first"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), nullable=False)
    print_no: Mapped[int] = mapped_column(Integer, nullable=False)
    is_copy: Mapped[bool] = mapped_column(Boolean, nullable=False)
    printed_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class ReversalRequest(Base):
    """A clerk asks, a different person decides; approval posts the reversal entry."""

    __tablename__ = "reversal_request"
    __table_args__ = (
        CheckConstraint(one_of("status", REVERSAL_STATUSES), "status"),
        CheckConstraint("decided_by IS NULL OR decided_by <> requested_by", "four_eyes"),
        CheckConstraint("(status = 'pending') = (decided_by IS NULL)", "decided_when_done"),
        CheckConstraint("(status = 'approved') = (reversal_entry_id IS NOT NULL)",
                        "approved_has_entry"),
        CheckConstraint("length(reason) > 0", "reason_given"),
        # One live request per payment: a second clerk cannot queue a duplicate, and an
        # approved payment cannot be asked for again (the ledger refuses a second reversal
        # too: uq_ledger_entry_reverses).
        Index("uq_reversal_request_live", "payment_id", unique=True,
              postgresql_where=text("status <> 'rejected'"),
              sqlite_where=text("status <> 'rejected'")),
        Index("ix_reversal_request_status_office", "status", "office_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    requested_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reversal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))


class CashClose(Base):
    """A clerk's daily close (日结): final, one per clerk and business date.

    The CHECKs make the figures add up on every row: net = payments − reversals, and the
    difference is what was counted minus what was expected in cash."""

    __tablename__ = "cash_close"
    __table_args__ = (
        UniqueConstraint("clerk_id", "business_date", name="uq_cash_close_clerk_date"),
        CheckConstraint("payment_count >= 0 AND reversal_count >= 0", "counts_non_negative"),
        CheckConstraint("payments_total >= 0 AND reversals_total >= 0", "totals_non_negative"),
        CheckConstraint("net_total = payments_total - reversals_total", "net_adds_up"),
        CheckConstraint("counted_cash >= 0", "counted_non_negative"),
        CheckConstraint("difference = counted_cash - expected_cash", "difference_adds_up"),
        Index("ix_cash_close_office_date", "office_id", "business_date"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    business_date: Mapped[date] = mapped_column(Date, nullable=False)
    payment_count: Mapped[int] = mapped_column(Integer, nullable=False)
    reversal_count: Mapped[int] = mapped_column(Integer, nullable=False)
    payments_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    reversals_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    net_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    expected_cash: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    counted_cash: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    difference: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class CashCloseTender(Base):
    """The close's figures per tender type (cash, card, …)."""

    __tablename__ = "cash_close_tender"
    __table_args__ = (
        CheckConstraint("payment_count >= 0 AND reversal_count >= 0", "counts_non_negative"),
        CheckConstraint("net_total = payments_total - reversals_total", "net_adds_up"),
    )

    close_id: Mapped[int] = mapped_column(ForeignKey("cash_close.id"), primary_key=True)
    tender_type: Mapped[str] = mapped_column(String(12), primary_key=True)
    payment_count: Mapped[int] = mapped_column(Integer, nullable=False)
    reversal_count: Mapped[int] = mapped_column(Integer, nullable=False)
    payments_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    reversals_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    net_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)

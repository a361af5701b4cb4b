"""Collection: penalty postings per overdue debt, arrears notices, bank withholding files.

Every table here is a record of something done, written once: a penalty posting (which
penalty entry of the ledger covers which overdue bill, up to which day), a notice issued to a
customer, a line of a withholding file sent to a bank and the bank's answer to it. Only the
withholding agreement (customer ↔ bank account) is master data that may be switched off.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Money, UtcDateTime
from dbschema.models.common import big_id, one_of

NOTICE_KINDS = ("reminder", "disconnection", "disconnect_order", "reconnection")
BANK_OUTCOMES = ("paid", "failed")


class PenaltyPosting(Base):
    """The part of one penalty ledger entry that belongs to one overdue bill debit.

    The sum of a debit's postings is the penalty already in the ledger for it; the accrual
    posts only the difference to what is due, so the ledger always holds exactly what is due.
    One posting per debit and day: a second accrual on the same day posts nothing."""

    __tablename__ = "penalty_posting"
    __table_args__ = (
        CheckConstraint("amount > 0", "amount_positive"),
        CheckConstraint("due_total >= amount", "due_covers_amount"),
        UniqueConstraint("debit_entry_id", "accrued_to", name="uq_penalty_posting_debit_day"),
        Index("ix_penalty_posting_entry", "penalty_entry_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    debit_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), nullable=False)
    penalty_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"),
                                                  nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    accrued_to: Mapped[date] = mapped_column(Date, nullable=False)  # last day counted
    overdue_days: Mapped[int] = mapped_column(Integer, nullable=False)
    due_total: Mapped[Decimal] = mapped_column(Money(), nullable=False)  # after the minimum
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)  # posted now
    rule: Mapped[str] = mapped_column(String(40), nullable=False)  # class + year convention


class ArrearsNotice(Base):
    """A reminder, disconnection notice, disconnection order or reconnection, as issued."""

    __tablename__ = "arrears_notice"
    __table_args__ = (
        CheckConstraint(one_of("kind", NOTICE_KINDS), "kind"),
        CheckConstraint("amount >= 0", "amount_non_negative"),
        Index("ix_arrears_notice_customer", "customer_id", "issued_at"),
        Index("ix_arrears_notice_office", "office_id", "issued_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    batch_no: Mapped[str] = mapped_column(String(24), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)  # arrears stated
    penalty: Mapped[Decimal] = mapped_column(Money(), nullable=False)  # of which penalty
    oldest_due_on: Mapped[date | None] = mapped_column(Date)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)  # business date
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    deadline: Mapped[datetime | None] = mapped_column(UtcDateTime())
    issued_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)


class WithholdingAgreement(Base):
    """A customer's mandate to debit a bank account for the electricity bill (银行代扣)."""

    __tablename__ = "withholding_agreement"
    __table_args__ = (
        Index("uq_withholding_agreement_customer", "customer_id", unique=True),
        Index("ix_withholding_agreement_bank", "bank_code", "active"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    bank_code: Mapped[str] = mapped_column(String(8), nullable=False)
    account_no: Mapped[str] = mapped_column(String(32), nullable=False)
    account_name: Mapped[str] = mapped_column(String(100), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)


class BankBatch(Base):
    """One withholding file sent to a bank: what was asked, line by line."""

    __tablename__ = "bank_batch"
    __table_args__ = (
        CheckConstraint("line_count >= 0 AND total >= 0", "totals_non_negative"),
        Index("ix_bank_batch_office", "office_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_no: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    bank_code: Mapped[str] = mapped_column(String(8), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    business_date: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    line_count: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    checksum: Mapped[str] = mapped_column(String(64), nullable=False)


class BankBatchLine(Base):
    __tablename__ = "bank_batch_line"
    __table_args__ = (
        CheckConstraint("amount > 0", "amount_positive"),
        UniqueConstraint("batch_id", "line_no", name="uq_bank_batch_line_no"),
        Index("ix_bank_batch_line_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("bank_batch.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    account_no: Mapped[str] = mapped_column(String(32), nullable=False)  # the bank's
    account_name: Mapped[str] = mapped_column(String(100), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)


class BankResult(Base):
    """One import of a bank's result file for a batch (a re-import is recorded too)."""

    __tablename__ = "bank_result"
    __table_args__ = (Index("ix_bank_result_batch", "batch_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("bank_batch.id"), nullable=False)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    imported_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    checksum: Mapped[str] = mapped_column(String(64), nullable=False)
    new_lines: Mapped[int] = mapped_column(Integer, nullable=False)
    repeated_lines: Mapped[int] = mapped_column(Integer, nullable=False)


class BankResultLine(Base):
    """The bank's answer for one line; UNIQUE per batch line, so a line is posted once."""

    __tablename__ = "bank_result_line"
    __table_args__ = (
        CheckConstraint(one_of("outcome", BANK_OUTCOMES), "outcome"),
        CheckConstraint("(outcome = 'paid') = (payment_id IS NOT NULL)", "paid_has_payment"),
        UniqueConstraint("batch_line_id", name="uq_bank_result_line_batch_line"),
        Index("ix_bank_result_line_result", "result_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("bank_result.id"), nullable=False)
    batch_line_id: Mapped[int] = mapped_column(ForeignKey("bank_batch_line.id"),
                                               nullable=False)
    outcome: Mapped[str] = mapped_column(String(8), nullable=False)
    reason_code: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    reason: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))

"""Tariffs as data, tariff assignments, billing runs, bills and bill lines.

A bill keeps the rating request it was computed from (JSON, with the tariff versions by
key), so any bill can be recomputed bit-identically and explained line by line on demand.
Bills are not money owed until they are released: release posts the bill's total to the
ledger (payments.py), and a correction is a new bill of kind rebill/backbill whose ledger
entry is only the difference.
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
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Money, Quantity, UtcDateTime
from dbschema.models.common import big_id, one_of, period_check

TARIFF_STATUSES = ("draft", "pending", "approved", "retired")
RUN_STATUSES = ("queued", "running", "done", "failed")
BILL_KINDS = ("regular", "rebill", "backbill")
# review: held in the abnormal-bill queue; released: posted to the ledger; cancelled: a
# released bill corrected by a rebill (its ledger entry stays; the rebill posts the difference)
BILL_STATUSES = ("review", "released", "cancelled", "rejected")


class TariffVersion(Base):
    """One version of one tariff; ``body`` is the TOML text of resources/tariffs/*.toml.

    Only approved versions rate bills; approval is by a second person (CHECK)."""

    __tablename__ = "tariff_version"
    __table_args__ = (
        UniqueConstraint("code", "version", name="uq_tariff_version_code_version"),
        CheckConstraint(one_of("status", TARIFF_STATUSES), "status"),
        CheckConstraint("version >= 1", "version_positive"),
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from",
                        "effective_range"),
        CheckConstraint("approved_by IS NULL OR approved_by <> created_by",
                        "four_eyes"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(24), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    customer_class: Mapped[str] = mapped_column(String(24), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    effective_to: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    body_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class TariffAssignment(Base):
    """Which tariff (by code; the version follows from the date) bills a metering point."""

    __tablename__ = "tariff_assignment"
    __table_args__ = (
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from",
                        "effective_range"),
        Index("ix_tariff_assignment_point_from", "metering_point_id", "effective_from"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   nullable=False)
    tariff_code: Mapped[str] = mapped_column(String(24), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    effective_to: Mapped[date | None] = mapped_column(Date)


class BillingRun(Base):
    """The billing of one reading book for one period (restartable; see billing/run.py)."""

    __tablename__ = "billing_run"
    __table_args__ = (
        UniqueConstraint("book_id", "period", name="uq_billing_run_book_period"),
        period_check(),
        CheckConstraint(one_of("status", RUN_STATUSES), "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("reading_book.id"), nullable=False)
    period: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="queued")
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job.id"))
    bills_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    review_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Bill(Base):
    __tablename__ = "bill"
    __table_args__ = (
        period_check(),
        CheckConstraint(one_of("kind", BILL_KINDS), "kind"),
        CheckConstraint(one_of("status", BILL_STATUSES), "status"),
        CheckConstraint("(kind = 'regular') = (corrects_bill_id IS NULL)", "correction_link"),
        # The whole point of the run's restartability: never two regular bills for one point
        # and period, whatever crashes or runs twice. A bill rejected in review (never
        # released, never in the ledger) is void and makes room for the corrected one.
        Index("uq_bill_point_period_regular", "metering_point_id", "period", unique=True,
              postgresql_where=text("kind = 'regular' AND status <> 'rejected'"),
              sqlite_where=text("kind = 'regular' AND status <> 'rejected'")),
        Index("ix_bill_customer_period", "customer_id", "period"),
        Index("ix_bill_run_status", "run_id", "status"),
        Index("ix_bill_status_office", "status", "office_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    period: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="regular")
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_run.id"))
    corrects_bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    review_reason: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    energy_kwh: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    tariff_keys: Mapped[str] = mapped_column(String(120), nullable=False)  # "JX-RES@1,…"
    request: Mapped[str] = mapped_column(Text, nullable=False)  # rating request, JSON
    engine_version: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    released_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    released_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class BillLine(Base):
    __tablename__ = "bill_line"
    __table_args__ = (UniqueConstraint("bill_id", "seq", name="uq_bill_line_bill_seq"),)

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    segment: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(16, 6, asdecimal=True))
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)

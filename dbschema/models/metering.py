"""Reading books, reading plans and meter readings (抄表).

One reading row holds every register of one meter read once: a row per register would make
the million-customer import three times the rows for no gain.
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

from dbschema.base import Base, Money, Quantity, UtcDateTime
from dbschema.models.common import big_id, one_of, period_check

PLAN_STATUSES = ("open", "imported", "validated", "billing", "billed")
READING_KINDS = ("regular", "initial", "final")  # initial/final: a meter change in the period
READING_SOURCES = ("manual", "import", "ami", "estimated")
# pending: entered, not validated; valid: passed every rule; flagged: waits in the supervisor
# queue; approved: a supervisor accepted a flagged read; estimated: a supervisor estimated it;
# reread: sent back to the reader; superseded: replaced by a correction (kept for history).
READING_STATUSES = ("pending", "valid", "flagged", "approved", "estimated", "reread",
                    "superseded")
BILLABLE_STATUSES = ("valid", "approved", "estimated")
REGISTERS = ("total", "peak", "flat", "valley", "critical_peak", "deep_valley", "reactive",
             "max_demand")


class ReadingBook(Base):
    """抄表本: a route of metering points read on the same day by the same reader."""

    __tablename__ = "reading_book"
    __table_args__ = (CheckConstraint("reading_day BETWEEN 1 AND 28", "reading_day_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False,
                                           index=True)
    reading_day: Mapped[int] = mapped_column(Integer, nullable=False)
    reader_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    route: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class BookPoint(Base):
    """A metering point's place in a reading book (each point is in exactly one book)."""

    __tablename__ = "book_point"

    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("reading_book.id"), nullable=False,
                                         index=True)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)


class ReadingPlan(Base):
    """The reading of one book for one period: planned day and progress."""

    __tablename__ = "reading_plan"
    __table_args__ = (
        UniqueConstraint("book_id", "period", name="uq_reading_plan_book_period"),
        period_check(),
        CheckConstraint(one_of("status", PLAN_STATUSES), "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("reading_book.id"), nullable=False)
    period: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")


class MeterReading(Base):
    __tablename__ = "meter_reading"
    __table_args__ = (
        period_check(),
        CheckConstraint(one_of("kind", READING_KINDS), "kind"),
        CheckConstraint(one_of("source", READING_SOURCES), "source"),
        CheckConstraint(one_of("status", READING_STATUSES), "status"),
        CheckConstraint("total >= 0 AND COALESCE(peak, 0) >= 0 AND COALESCE(flat, 0) >= 0 "
                        "AND COALESCE(valley, 0) >= 0 AND COALESCE(critical_peak, 0) >= 0 "
                        "AND COALESCE(deep_valley, 0) >= 0 AND COALESCE(reactive, 0) >= 0 "
                        "AND COALESCE(max_demand, 0) >= 0", "registers_non_negative"),
        # One live reading per meter, period and kind; corrections supersede the old row.
        Index("uq_meter_reading_live", "meter_id", "period", "kind", unique=True,
              postgresql_where=text("status <> 'superseded'"),
              sqlite_where=text("status <> 'superseded'")),
        Index("ix_meter_reading_point_period", "metering_point_id", "period"),
        Index("ix_meter_reading_plan_status", "plan_id", "status"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("reading_plan.id"))
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   nullable=False)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id"), nullable=False)
    period: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False, default="regular")
    read_on: Mapped[date] = mapped_column(Date, nullable=False)
    total: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    peak: Mapped[Decimal | None] = mapped_column(Quantity())
    flat: Mapped[Decimal | None] = mapped_column(Quantity())
    valley: Mapped[Decimal | None] = mapped_column(Quantity())
    critical_peak: Mapped[Decimal | None] = mapped_column(Quantity())
    deep_valley: Mapped[Decimal | None] = mapped_column(Quantity())
    reactive: Mapped[Decimal | None] = mapped_column(Quantity())
    max_demand: Mapped[Decimal | None] = mapped_column(Quantity())
    source: Mapped[str] = mapped_column(String(10), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    flags: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    # Energy since the previous reading of this meter (after rollover, times the
    # multiplier), filled by validation; money_at_risk ranks the supervisor's queue.
    consumption_kwh: Mapped[Decimal | None] = mapped_column(Quantity())
    money_at_risk: Mapped[Decimal | None] = mapped_column(Money())
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # A correction or a re-read keeps the row it replaces (now 'superseded') for history.
    replaces_id: Mapped[int | None] = mapped_column(big_id(), ForeignKey("meter_reading.id"))

"""Effective-dated changes of supply made by completed applications (appserver/service/effects).

``supply_change`` is the history of a service point's billed capacity and whether it is in
service, by day: the billing run cuts a period at each change and prorates the days-based
charges (capacity charge, transformer loss, fixed charges) of each part. The customer file
(service_point.capacity_kva / status) always holds today's values; this table says since when.
Every row also keeps the values before it, so the days before the first row of a point that
existed before any change are billed as they were.

``meter_test`` keeps the result of a meter test request (校表).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Quantity, UtcDateTime
from dbschema.models.common import one_of

SUPPLY_CHANGE_KINDS = ("new_connection", "capacity", "suspension", "resumption",
                       "disconnection", "reconnection")
METER_TEST_RESULTS = ("pass", "fail")


class SupplyChange(Base):
    __tablename__ = "supply_change"
    __table_args__ = (
        CheckConstraint(one_of("kind", SUPPLY_CHANGE_KINDS), "kind"),
        CheckConstraint("capacity_kva >= 0 AND previous_kva >= 0", "capacity_non_negative"),
        Index("ix_supply_change_point_from", "service_point_id", "effective_from"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id"),
                                                  nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    capacity_kva: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    in_service: Mapped[bool] = mapped_column(Boolean, nullable=False)
    previous_kva: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    previous_in_service: Mapped[bool] = mapped_column(Boolean, nullable=False)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class MeterTest(Base):
    __tablename__ = "meter_test"
    __table_args__ = (CheckConstraint(one_of("result", METER_TEST_RESULTS), "result"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id"), nullable=False, index=True)
    tested_on: Mapped[date] = mapped_column(Date, nullable=False)
    result: Mapped[str] = mapped_column(String(4), nullable=False)
    error_percent: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)

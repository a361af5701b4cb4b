"""Points a billing run could not bill, with the reason (billing_run itself is in billing.py).

A run never skips a point silently: a point without a billable reading, a tariff, or whose
inputs the rating engine refuses is recorded here and shown with the run's result. The rows
of a run are derived again on every attempt (a restart re-tries the points that failed).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base
from dbschema.models.common import big_id


class BillingRunError(Base):
    __tablename__ = "billing_run_error"
    __table_args__ = (Index("ix_billing_run_error_run", "run_id", "metering_point_id"),)

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("billing_run.id"), nullable=False)
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   nullable=False)
    reason: Mapped[str] = mapped_column(String(24), nullable=False)  # run_service.ERROR_REASONS
    detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")

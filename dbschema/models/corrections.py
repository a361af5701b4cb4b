"""Bill corrections with approval (退补): cancel/rebill, back-billing and refunds.

A person with the correction right asks; a second person approves or rejects (CHECK: never
the requester). The request keeps the corrected rating request and the difference it gave
when asked, so the approver decides on exactly what the requester saw; approval makes a bill
of kind rebill/backbill whose lines are only the difference (billing.py) and posts one ledger
entry for it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, Money, Quantity, UtcDateTime
from dbschema.models.common import one_of

# rebill: corrected inputs, the corrected bill is cancelled; backbill: energy that was not
# billed (stopped meter, theft); refund: energy billed too much (a credit).
CORRECTION_KINDS = ("rebill", "backbill", "refund")
CORRECTION_STATUSES = ("pending", "approved", "rejected")


class CorrectionRequest(Base):
    __tablename__ = "correction_request"
    __table_args__ = (
        CheckConstraint(one_of("kind", CORRECTION_KINDS), "kind"),
        CheckConstraint(one_of("status", CORRECTION_STATUSES), "status"),
        CheckConstraint("difference <> 0", "difference_non_zero"),
        CheckConstraint("decided_by IS NULL OR decided_by <> requested_by", "four_eyes"),
        CheckConstraint("(status = 'pending') = (decided_by IS NULL)", "decided"),
        CheckConstraint("(status = 'approved') = (result_bill_id IS NOT NULL)", "result_bill"),
        # One open request per bill: two people correcting the same bill at once would
        # otherwise both be approved against the same base.
        Index("uq_correction_request_pending_bill", "bill_id", unique=True,
              postgresql_where=text("status = 'pending'"),
              sqlite_where=text("status = 'pending'")),
        Index("ix_correction_request_status_office", "status", "office_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill.id"), nullable=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    reason: Mapped[str] = mapped_column(String(200), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, as the requester gave
    request: Mapped[str] = mapped_column(Text, nullable=False)  # corrected rating request
    difference: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    energy_difference: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    requested_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    result_bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))

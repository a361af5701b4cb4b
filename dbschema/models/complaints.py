"""Complaints, suggestions and praise; their history; the consultation log.

A complaint's service-level commitments (contact the customer within 1 working day, reply
within 7) are work items (``work_item`` source "complaint"), not columns here: this table
keeps what was said and done, the work items keep the clocks.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, UtcDateTime
from dbschema.models.common import big_id, one_of

# praise: a thank-you, recorded and closed without a clock; suggestion: a reply is owed;
# complaint: contact within 1 working day and a reply within 7.
COMPLAINT_KINDS = ("complaint", "suggestion", "praise")
COMPLAINT_CHANNELS = ("counter", "phone", "online", "letter")
COMPLAINT_CATEGORIES = ("billing", "meter", "supply_quality", "outage", "service_attitude",
                        "business_handling", "other")
# registered -> contacted -> replied -> closed; reopened work goes back to contacted.
COMPLAINT_STATUSES = ("registered", "contacted", "replied", "closed")
SATISFACTION = ("satisfied", "neutral", "unsatisfied")
CONSULTATION_CHANNELS = ("counter", "phone", "online")
CONSULTATION_TOPICS = ("bills", "payments", "consumption", "arrears", "tariffs",
                       "business_procedure", "outage", "statement", "other")


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (
        CheckConstraint(one_of("kind", COMPLAINT_KINDS), "kind"),
        CheckConstraint(one_of("channel", COMPLAINT_CHANNELS), "channel"),
        CheckConstraint(one_of("category", COMPLAINT_CATEGORIES), "category"),
        CheckConstraint(one_of("status", COMPLAINT_STATUSES), "status"),
        CheckConstraint("satisfaction IS NULL OR " + one_of("satisfaction", SATISFACTION),
                        "satisfaction"),
        # A walk-in who is not (or not yet) a customer leaves a name and a phone instead.
        CheckConstraint("customer_id IS NOT NULL OR (contact_name <> '' AND "
                        "contact_phone <> '')", "who_complains"),
        CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", "closed_when_closed"),
        Index("ix_complaint_office_created", "office_id", "created_at"),
        # Repeat detection: the same customer's, or the same phone's, recent complaints.
        Index("ix_complaint_customer", "customer_id", "created_at"),
        Index("ix_complaint_phone", "contact_phone", "created_at"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    channel: Mapped[str] = mapped_column(String(10), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    contact_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(100), nullable=False)
    text: Mapped[str] = mapped_column(String(2000), nullable=False)
    assigned_role: Mapped[str | None] = mapped_column(String(40))
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="registered")
    paused: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    repeat: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    contacted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    contact_note: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    replied_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    reply_text: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    callback_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    satisfaction: Mapped[str | None] = mapped_column(String(12))
    callback_note: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class ComplaintEvent(Base):
    """One step in a complaint's life (registered, contacted, paused, replied …), in order."""

    __tablename__ = "complaint_event"
    __table_args__ = (Index("ix_complaint_event_complaint", "complaint_id", "id"),)

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str] = mapped_column(String(2000), nullable=False, default="")


class Consultation(Base):
    """A question answered at the counter or on the phone (the consultation log)."""

    __tablename__ = "consultation"
    __table_args__ = (
        CheckConstraint(one_of("channel", CONSULTATION_CHANNELS), "channel"),
        CheckConstraint(one_of("topic", CONSULTATION_TOPICS), "topic"),
        CheckConstraint("duration_s >= 0", "duration_not_negative"),
        Index("ix_consultation_office_created", "office_id", "created_at"),
        Index("ix_consultation_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    channel: Mapped[str] = mapped_column(String(10), nullable=False)
    topic: Mapped[str] = mapped_column(String(20), nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    caller_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    caller_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    question: Mapped[str] = mapped_column(String(1000), nullable=False)
    answer: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    duration_s: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

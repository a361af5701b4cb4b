"""Business applications (业扩报装 and the other business types) run by one workflow engine.

A workflow definition is versioned data (the TOML text of resources/workflows/<type>.toml);
an application pins the version it was registered under, so changing a definition never
changes the rules of applications already running. Events are the application's history and
are only ever added; attachments are the scanned documents the stages require.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, UtcDateTime
from dbschema.models.common import big_id, one_of

WORKFLOW_STATUSES = ("draft", "approved", "retired")
APPLICATION_STATUSES = ("active", "suspended", "completed", "terminated")
EVENT_ACTIONS = ("register", "advance", "return", "suspend", "resume", "terminate",
                 "complete", "attach", "update")


class WorkflowDefinition(Base):
    """One version of one business type's workflow; approved by a second person (CHECK),
    at most one approved version per type (partial unique index)."""

    __tablename__ = "workflow_definition"
    __table_args__ = (
        UniqueConstraint("code", "version", name="uq_workflow_definition_code_version"),
        CheckConstraint(one_of("status", WORKFLOW_STATUSES), "status"),
        CheckConstraint("version >= 1", "version_positive"),
        CheckConstraint("approved_by IS NULL OR approved_by <> created_by", "four_eyes"),
        CheckConstraint("(status = 'draft') = (approved_at IS NULL)", "approved_when_not_draft"),
        Index("uq_workflow_definition_approved", "code", unique=True,
              postgresql_where=text("status = 'approved'"),
              sqlite_where=text("status = 'approved'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # None: shipped
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ApplicationCounter(Base):
    """The last application number given out per office and day (locked by an upsert, so
    two clerks registering at once get consecutive numbers, never the same)."""

    __tablename__ = "application_counter"

    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer, nullable=False)


class Application(Base):
    __tablename__ = "application"
    __table_args__ = (
        CheckConstraint(one_of("status", APPLICATION_STATUSES), "status"),
        CheckConstraint("version >= 1", "version_positive"),
        CheckConstraint("(status = 'completed') = (completed_at IS NOT NULL)",
                        "completed_when_done"),
        # While suspended the whole-process clock keeps what was left instead of a deadline.
        CheckConstraint("status <> 'suspended' OR (suspended_at IS NOT NULL "
                        "AND remaining_s IS NOT NULL)", "suspended_keeps_remaining"),
        Index("ix_application_office_status", "office_id", "status", "opened_at"),
        Index("ix_application_customer", "customer_id"),
        Index("ix_application_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    app_no: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    type_code: Mapped[str] = mapped_column(String(32), nullable=False)
    definition_id: Mapped[int] = mapped_column(ForeignKey("workflow_definition.id"),
                                               nullable=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    applicant: Mapped[str] = mapped_column(String(100), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    stage: Mapped[str] = mapped_column(String(32), nullable=False)
    fields: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON {name: str}
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The whole-process commitment (working days from opened_at, paused while suspended).
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    suspended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    remaining_s: Mapped[int | None] = mapped_column(Integer)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # completed/terminated
    effective_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)  # JSON of the applied effect
    # Seeded history: completed in the demo's past without touching the customer file.
    historical: Mapped[bool] = mapped_column(nullable=False, default=False)


class ApplicationEvent(Base):
    """One step of an application's history (append-only)."""

    __tablename__ = "application_event"
    __table_args__ = (
        CheckConstraint(one_of("action", EVENT_ACTIONS), "action"),
        Index("ix_application_event_application", "application_id", "id"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    from_stage: Mapped[str | None] = mapped_column(String(32))
    to_stage: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON fields set
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class ApplicationAttachment(Base):
    """A scanned document (PDF, PNG or JPEG, checked by its first bytes)."""

    __tablename__ = "application_attachment"
    __table_args__ = (
        CheckConstraint("size > 0", "size_positive"),
        Index("ix_application_attachment_application", "application_id", "doc_type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), nullable=False)
    doc_type: Mapped[str] = mapped_column(String(32), nullable=False)
    filename: Mapped[str] = mapped_column(String(120), nullable=False)
    mime: Mapped[str] = mapped_column(String(40), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    stage: Mapped[str] = mapped_column(String(32), nullable=False)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)

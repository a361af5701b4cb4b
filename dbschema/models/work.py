"""The work platform's shared tables: the working-day calendar and the work items.

A work item is one unit of work with a service-level clock: a stage of a business application,
contacting or replying to a complaint, a repair crew's arrival or restoration. Every module
that makes work opens and closes its items through ``appserver.work.items``; the to-do lists,
the dashboard and the escalation job read only this table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, UtcDateTime
from dbschema.models.common import big_id, one_of

# holiday: a weekday without work (春节); workday: a weekend day worked (调休上班日).
CALENDAR_DAY_KINDS = ("holiday", "workday")
# working: the clock runs only on working days (whole local days, Asia/Shanghai);
# continuous: the clock runs around the clock (fault repair commitments in minutes).
CLOCKS = ("working", "continuous")
WORK_SOURCES = ("application", "complaint", "fault")
WORK_STATUSES = ("open", "paused", "done", "cancelled")
OPEN_STATUSES = ("open", "paused")

_OPEN = "status IN ('open', 'paused')"
_UNESCALATED = "status = 'open' AND escalated_at IS NULL"
_ESCALATED = "status IN ('open', 'paused') AND escalated_at IS NOT NULL"
_QUEUE = "status IN ('open', 'paused') AND assigned_user_id IS NULL"
_TODO_KEYS = ("id", "status", "source", "warn_at", "predicted_at", "remaining_s", "escalated_at")
_BOARD_OPEN = ("source", "status", "warn_at", "predicted_at", "escalated_at")
_BOARD_DONE = ("source", "sla_type", "step", "closed_by", "breached", "used_s")


class CalendarDay(Base):
    """An exception to the Monday–Friday working week, editable by people (calendar.edit)."""

    __tablename__ = "calendar_day"
    __table_args__ = (CheckConstraint(one_of("kind", CALENDAR_DAY_KINDS), "kind"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class WorkItem(Base):
    __tablename__ = "work_item"
    __table_args__ = (
        CheckConstraint(one_of("source", WORK_SOURCES), "source"),
        CheckConstraint(one_of("status", WORK_STATUSES), "status"),
        CheckConstraint(one_of("clock", CLOCKS), "clock"),
        CheckConstraint("budget_s > 0", "budget_positive"),
        # An open item has a deadline; a paused one keeps what was left instead.
        CheckConstraint("status <> 'open' OR (due_at IS NOT NULL AND warn_at IS NOT NULL)",
                        "open_has_deadline"),
        CheckConstraint("status <> 'paused' OR (remaining_s IS NOT NULL "
                        "AND paused_at IS NOT NULL)", "paused_keeps_remaining"),
        CheckConstraint("(status IN ('done', 'cancelled')) = (closed_at IS NOT NULL)",
                        "closed_when_finished"),
        # The to-do list of one person, of one role in one office, and the escalation scan.
        Index("ix_work_item_open_user", "assigned_user_id", "due_at",
              postgresql_where=text(_OPEN), sqlite_where=text(_OPEN)),
        Index("ix_work_item_open_role", "office_id", "assigned_role", "due_at",
              postgresql_where=text(_OPEN), sqlite_where=text(_OPEN)),
        Index("ix_work_item_open_due", "due_at", postgresql_where=text("status = 'open'"),
              sqlite_where=text("status = 'open'")),
        # The dashboard: open work by office and stage; finished work by office and day.
        # (0015: with the columns the dashboard counts by, so its scans are index-only)
        Index("ix_work_item_open_office", "office_id", "sla_type", "step", "due_at",
              postgresql_where=text(_OPEN), sqlite_where=text(_OPEN),
              postgresql_include=list(_BOARD_OPEN)),
        Index("ix_work_item_closed_office", "office_id", "closed_at",
              postgresql_where=text("status = 'done'"), sqlite_where=text("status = 'done'"),
              postgresql_include=list(_BOARD_DONE)),
        Index("ix_work_item_source", "source", "source_id"),
        # Added by 0015. The escalation job's scan: only what is overdue and not yet
        # escalated, so a tick with nothing due reads nothing however many breaches exist.
        Index("ix_work_item_unescalated", "due_at",
              postgresql_where=text(_UNESCALATED), sqlite_where=text(_UNESCALATED)),
        # A role's queue (not taken by anyone) in an office, with what the to-do list sorts
        # and counts by: the planner preferred ANDing whole-office bitmaps to the role index.
        Index("ix_work_item_queue", "office_id", "assigned_role", "due_at",
              postgresql_where=text(_QUEUE), sqlite_where=text(_QUEUE),
              postgresql_include=list(_TODO_KEYS)),
        # An office head's "escalated" to-do.
        Index("ix_work_item_escalated", "office_id", "due_at",
              postgresql_where=text(_ESCALATED), sqlite_where=text(_ESCALATED),
              postgresql_include=[*_TODO_KEYS, "assigned_user_id", "assigned_role"]),
        # The dashboard's "opened per day".
        Index("ix_work_item_opened", "office_id", "opened_at"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    source: Mapped[str] = mapped_column(String(12), nullable=False)
    source_id: Mapped[int] = mapped_column(Integer, nullable=False)
    # What the SLA is measured by: an application type ("new_lv_residential"), "complaint",
    # "fault"; and the step within it (a stage code, "contact", "reply", "arrival" …).
    sla_type: Mapped[str] = mapped_column(String(32), nullable=False)
    step: Mapped[str] = mapped_column(String(32), nullable=False)
    reference: Mapped[str] = mapped_column(String(24), nullable=False)  # the source's number
    title: Mapped[str] = mapped_column(String(200), nullable=False)  # customer / address
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    assigned_role: Mapped[str | None] = mapped_column(String(40))
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    clock: Mapped[str] = mapped_column(String(10), nullable=False)
    budget_s: Mapped[int] = mapped_column(Integer, nullable=False)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # near breach from here
    predicted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # typical finish
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    remaining_s: Mapped[int | None] = mapped_column(Integer)  # clock time left when paused
    paused_s: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    pause_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    breached: Mapped[bool | None] = mapped_column(Boolean)  # set when closed
    # Clock seconds the work took, pauses excluded (set when done): the dashboard's average
    # and the typical duration of a step (WorkNorm) are plain SQL over it.
    used_s: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False, default="")


class WorkNorm(Base):
    """The typical clock time of one step in one office: the median ``used_s`` of the items
    done in the last 90 days, refreshed daily (appserver/work/norms.py). An open item whose
    typical finish (``predicted_at``) lies after its deadline is a predicted breach."""

    __tablename__ = "work_norm"
    __table_args__ = (CheckConstraint("typical_s >= 0", "typical_not_negative"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    sla_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    step: Mapped[str] = mapped_column(String(32), primary_key=True)
    typical_s: Mapped[int] = mapped_column(Integer, nullable=False)
    samples: Mapped[int] = mapped_column(Integer, nullable=False)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class WorkDayOpened(Base):
    """Work items opened per office and business day, for the days before ``built_on`` (the
    daily job's business date): the dashboard reads finished days here and only today (and
    anything since the last build) from ``work_item`` (appserver/work/stats.py)."""

    __tablename__ = "work_day_opened"

    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    opened: Mapped[int] = mapped_column(Integer, nullable=False)
    built_on: Mapped[date] = mapped_column(Date, nullable=False)


class WorkDayClosed(Base):
    """Work done per office, business day, type and person (before ``built_on``): what the
    dashboard's achievement, throughput and finished-per-day add up."""

    __tablename__ = "work_day_closed"
    __table_args__ = (Index("ix_work_day_closed_office_day", "office_id", "day"),)

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(String(12), nullable=False)
    sla_type: Mapped[str] = mapped_column(String(32), nullable=False)
    step: Mapped[str] = mapped_column(String(32), nullable=False)  # one of the type's, to name it
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed: Mapped[int] = mapped_column(Integer, nullable=False)
    on_time: Mapped[int] = mapped_column(Integer, nullable=False)
    used_s: Mapped[int] = mapped_column(BigInteger, nullable=False)
    timed: Mapped[int] = mapped_column(Integer, nullable=False)  # of which used_s is known
    built_on: Mapped[date] = mapped_column(Date, nullable=False)

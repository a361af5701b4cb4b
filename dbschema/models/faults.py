"""Fault repair (故障报修): repair crews, repair tickets (one per outage) and the reports
that callers make of it.

Many reports of one outage share one ticket: the service-level clock runs per ticket from its
first report (arrival) and from the crew's arrival (restoration), as work items of source
"fault" (``appserver.work.items``). The ticket's timeline is ``fault_event``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

# The code lists are the wire contract's: one list for the client, the server and the CHECKs.
# Ticket statuses — open: reported, no crew yet; dispatched: a crew is on its way; arrived:
# on site; restored: supply is back (the clock verdicts are in); closed: cause and result
# recorded; cancelled: a duplicate or false report, or merged into another ticket.
from appserver.contract.faults import (
    AREA_CLASSES,
    CHANNELS,
    EVENT_KINDS,
    FAULT_KINDS,
    PRIORITIES,
    TICKET_STATUSES,
)
from dbschema.base import Base, UtcDateTime
from dbschema.models.common import big_id, one_of

REPORT_STATUSES = ("open", "closed", "cancelled")

_ACTIVE = "status IN ('open', 'dispatched', 'arrived')"


class RepairCrew(Base):
    """A repair crew of an office (抢修班组)."""

    __tablename__ = "repair_crew"
    __table_args__ = (Index("ux_repair_crew_name", "office_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False)
    members: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    area_served: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class FaultAreaClass(Base):
    """Whether a transformer area (台区) is urban, rural or remote: the commitment that applies
    to its faults. Areas not listed take the setting ``fault.default_area_class``."""

    __tablename__ = "fault_area_class"
    __table_args__ = (CheckConstraint(one_of("area_class", AREA_CLASSES), "area_class"),)

    transformer_area: Mapped[str] = mapped_column(String(40), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False,
                                           index=True)
    area_class: Mapped[str] = mapped_column(String(8), nullable=False)


class RepairTicket(Base):
    """One outage being repaired (抢修工单): the unit dispatched and measured."""

    __tablename__ = "repair_ticket"
    __table_args__ = (
        CheckConstraint(one_of("status", TICKET_STATUSES), "status"),
        CheckConstraint(one_of("area_class", AREA_CLASSES), "area_class"),
        CheckConstraint(one_of("priority", PRIORITIES), "priority"),
        CheckConstraint("status IN ('open', 'cancelled') OR crew_id IS NOT NULL",
                        "dispatched_has_crew"),
        CheckConstraint("arrived_at IS NULL OR arrived_at >= first_reported_at",
                        "arrival_after_report"),
        CheckConstraint("restored_at IS NULL OR (arrived_at IS NOT NULL "
                        "AND restored_at >= arrived_at)", "restoration_after_arrival"),
        # The grouping proposal: active tickets of an office by area and by address.
        Index("ix_repair_ticket_active_area", "office_id", "transformer_area",
              "first_reported_at", postgresql_where=text(_ACTIVE), sqlite_where=text(_ACTIVE)),
        Index("ix_repair_ticket_active_address", "office_id", "address",
              postgresql_where=text(_ACTIVE), sqlite_where=text(_ACTIVE)),
        Index("ix_repair_ticket_office_reported", "office_id", "first_reported_at"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    area_class: Mapped[str] = mapped_column(String(8), nullable=False)
    priority: Mapped[str] = mapped_column(String(8), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # of the first report
    transformer_area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    first_reported_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    crew_id: Mapped[int | None] = mapped_column(ForeignKey("repair_crew.id"))
    dispatched_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    restored_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cause: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    result_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    cancel_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("repair_ticket.id"))
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class FaultReport(Base):
    """One caller's report (报修记录): by customer, by address or by transformer area."""

    __tablename__ = "fault_report"
    __table_args__ = (
        CheckConstraint(one_of("status", REPORT_STATUSES), "status"),
        CheckConstraint(one_of("kind", FAULT_KINDS), "kind"),
        CheckConstraint(one_of("channel", CHANNELS), "channel"),
        CheckConstraint(one_of("area_class", AREA_CLASSES), "area_class"),
        CheckConstraint(one_of("priority", PRIORITIES), "priority"),
    )

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("repair_ticket.id"), nullable=False,
                                           index=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    transformer_area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    caller_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    caller_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    description: Mapped[str] = mapped_column(String(500), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    area_class: Mapped[str] = mapped_column(String(8), nullable=False)
    priority: Mapped[str] = mapped_column(String(8), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)


class FaultEvent(Base):
    """The ticket's timeline: what happened, when (the time it happened, which may be
    entered after the fact) and who recorded it."""

    __tablename__ = "fault_event"
    __table_args__ = (CheckConstraint(one_of("kind", EVENT_KINDS), "kind"),)

    id: Mapped[int] = mapped_column(big_id(), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("repair_ticket.id"), nullable=False,
                                           index=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")

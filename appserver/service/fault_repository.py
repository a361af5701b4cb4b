"""Every database query of fault repair."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, or_, select, update
from sqlalchemy.orm import Session

from appserver.contract.faults import ACTIVE_STATUSES
from appserver.work.scope import risk_condition
from dbschema.models import (
    Customer,
    FaultAreaClass,
    FaultEvent,
    FaultReport,
    RepairCrew,
    RepairTicket,
    ServicePoint,
    User,
    WorkItem,
)
from dbschema.models.work import OPEN_STATUSES

SOURCE = "fault"


# -- crews --------------------------------------------------------------------------------
def crews(db: Session, office_id: int) -> list[RepairCrew]:
    return list(db.scalars(select(RepairCrew).where(RepairCrew.office_id == office_id)
                           .order_by(RepairCrew.active.desc(), RepairCrew.name)))


def crew_name_taken(db: Session, office_id: int, name: str, other_than: int | None) -> bool:
    q = select(RepairCrew.id).where(RepairCrew.office_id == office_id, RepairCrew.name == name)
    if other_than is not None:
        q = q.where(RepairCrew.id != other_than)
    return db.scalar(q.limit(1)) is not None


def bump_version(db: Session, model: type[RepairCrew] | type[RepairTicket], row_id: int,
                 version: int, values: dict[str, Any]) -> bool:
    """Optimistic lock in one statement: nobody can slip in between check and write."""
    res = db.execute(update(model).where(model.id == row_id, model.version == version)
                     .values(version=model.version + 1, **values)
                     .execution_options(synchronize_session=False))
    return res.rowcount == 1  # type: ignore[attr-defined,no-any-return]


# -- areas --------------------------------------------------------------------------------
def areas(db: Session, office_id: int) -> list[tuple[str, str]]:
    return [(a, c) for a, c in db.execute(
        select(FaultAreaClass.transformer_area, FaultAreaClass.area_class)
        .where(FaultAreaClass.office_id == office_id)
        .order_by(FaultAreaClass.transformer_area))]


def area_known(db: Session, office_id: int, area: str) -> bool:
    listed = db.scalar(select(FaultAreaClass.office_id)
                       .where(FaultAreaClass.transformer_area == area))
    if listed is not None:
        return bool(listed == office_id)
    return db.scalar(select(ServicePoint.id)
                     .join(Customer, Customer.id == ServicePoint.customer_id)
                     .where(ServicePoint.transformer_area == area,
                            Customer.office_id == office_id).limit(1)) is not None


def supply_of(db: Session, customer_id: int) -> tuple[str, str] | None:
    """(address, transformer area) of the customer's first service point."""
    row = db.execute(select(ServicePoint.address, ServicePoint.transformer_area)
                     .where(ServicePoint.customer_id == customer_id)
                     .order_by(ServicePoint.id).limit(1)).first()
    return (row[0], row[1]) if row else None


# -- tickets ------------------------------------------------------------------------------
def candidates(db: Session, office_id: int, area: str, address: str,
               since: datetime) -> list[RepairTicket]:
    """Active tickets of the same transformer area or address opened since ``since``."""
    same = [RepairTicket.transformer_area == area] if area else []
    if address:
        same.append(RepairTicket.address == address)
    if not same:
        return []
    return list(db.scalars(select(RepairTicket).where(
        RepairTicket.office_id == office_id, RepairTicket.status.in_(ACTIVE_STATUSES),
        RepairTicket.first_reported_at >= since, or_(*same))
        .order_by(RepairTicket.first_reported_at.desc()).limit(5)))


def lock_tickets(db: Session, ticket_ids: Iterable[int]) -> list[RepairTicket]:
    """Lock tickets for a change that spans them (regrouping), in id order so that two
    regroupings of the same tickets wait for each other instead of deadlocking, and read them
    afresh (rows already in the session are overwritten with what the lock found)."""
    ids = sorted(set(ticket_ids))
    return list(db.scalars(select(RepairTicket).where(RepairTicket.id.in_(ids))
                           .order_by(RepairTicket.id).with_for_update()
                           .execution_options(populate_existing=True)))


def lock_report(db: Session, report_id: int) -> FaultReport | None:
    """Lock one report (after its tickets: tickets first, then reports, everywhere)."""
    return db.scalars(select(FaultReport).where(FaultReport.id == report_id)
                      .with_for_update().execution_options(populate_existing=True)).first()


def board_query(office_ids: Iterable[int], statuses: tuple[str, ...],
                criteria: dict[str, Any], now: datetime | None = None) -> Select[Any]:
    """The board's tickets; criteria["risk"] (with ``now``) keeps the tickets whose running
    clock is in that state (the SQL twin of ``items.risk``, as the work lists use it)."""
    q = select(RepairTicket).where(RepairTicket.office_id.in_(list(office_ids)),
                                   RepairTicket.status.in_(statuses))
    if criteria.get("risk"):
        assert now is not None
        q = q.where(exists().where(WorkItem.source == SOURCE,
                                   WorkItem.source_id == RepairTicket.id,
                                   WorkItem.status.in_(OPEN_STATUSES),
                                   risk_condition(criteria["risk"], now)))
    if criteria.get("area_class"):
        q = q.where(RepairTicket.area_class == criteria["area_class"])
    if criteria.get("crew_id"):
        q = q.where(RepairTicket.crew_id == criteria["crew_id"])
    if criteria.get("text"):
        pattern = f"%{criteria['text']}%"
        q = q.where(or_(RepairTicket.title.like(pattern),
                        RepairTicket.transformer_area.like(pattern),
                        RepairTicket.address.like(pattern)))
    return q


def tickets(db: Session, q: Select[Any], limit: int) -> list[RepairTicket]:
    return list(db.scalars(q.order_by(RepairTicket.first_reported_at.desc()).limit(limit)))


def count(db: Session, q: Select[Any]) -> int:
    return db.scalar(select(func.count()).select_from(q.subquery())) or 0


def open_items(db: Session, ticket_ids: list[int]) -> dict[int, WorkItem]:
    """The one running work item of each ticket (arrival or restoration)."""
    if not ticket_ids:
        return {}
    rows = db.scalars(select(WorkItem).where(WorkItem.source == SOURCE,
                                             WorkItem.source_id.in_(ticket_ids),
                                             WorkItem.status.in_(OPEN_STATUSES)))
    return {item.source_id: item for item in rows}


def report_counts(db: Session, ticket_ids: list[int]) -> dict[int, int]:
    if not ticket_ids:
        return {}
    return {t: n for t, n in db.execute(
        select(FaultReport.ticket_id, func.count()).where(FaultReport.ticket_id.in_(ticket_ids))
        .group_by(FaultReport.ticket_id))}


def crew_names(db: Session, crew_ids: Iterable[int | None]) -> dict[int, str]:
    ids = {c for c in crew_ids if c is not None}
    if not ids:
        return {}
    return {i: n for i, n in db.execute(select(RepairCrew.id, RepairCrew.name)
                                        .where(RepairCrew.id.in_(ids)))}


def reports_of(db: Session, ticket_id: int) -> list[FaultReport]:
    return list(db.scalars(select(FaultReport).where(FaultReport.ticket_id == ticket_id)
                           .order_by(FaultReport.reported_at, FaultReport.id)))


def customers_of(db: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: (a, n) for i, a, n in db.execute(
        select(Customer.id, Customer.account_no, Customer.name).where(Customer.id.in_(wanted)))}


def user_names(db: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: n for i, n in db.execute(select(User.id, User.full_name)
                                        .where(User.id.in_(wanted)))}


def events_of(db: Session, ticket_id: int) -> list[FaultEvent]:
    return list(db.scalars(select(FaultEvent).where(FaultEvent.ticket_id == ticket_id)
                           .order_by(FaultEvent.at, FaultEvent.id)))


def set_reports(db: Session, ticket_id: int, status: str) -> None:
    """Close or cancel the open reports of a ticket together with it."""
    db.execute(update(FaultReport).where(FaultReport.ticket_id == ticket_id,
                                         FaultReport.status == "open")
               .values(status=status).execution_options(synchronize_session=False))


def move_reports(db: Session, source_id: int, target_id: int) -> int:
    res = db.execute(update(FaultReport).where(FaultReport.ticket_id == source_id)
                     .values(ticket_id=target_id).execution_options(synchronize_session=False))
    return res.rowcount  # type: ignore[attr-defined,no-any-return]


def open_reports_left(db: Session, ticket_id: int) -> int:
    return db.scalar(select(func.count()).select_from(FaultReport).where(
        FaultReport.ticket_id == ticket_id, FaultReport.status == "open")) or 0

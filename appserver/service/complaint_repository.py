"""Queries of the complaints work: repeat detection, the filtered list, the history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from appserver.contract.permissions import COMPLAINT_HANDLE
from dbschema.models import (
    Complaint,
    ComplaintEvent,
    Customer,
    OrgUnit,
    RolePermission,
    User,
    UserRole,
    WorkItem,
)
from dbschema.models.work import OPEN_STATUSES

REPEAT_DAYS = 90  # a second complaint from the same customer (or phone) within this is a repeat


def lock(db: Session, complaint_id: int) -> Complaint | None:
    """The complaint, row-locked for the rest of the transaction (two clerks acting on one
    complaint are serialised; the version check then refuses the second)."""
    return db.scalars(select(Complaint).where(Complaint.id == complaint_id)
                      .with_for_update()).first()


def earlier_complaint(db: Session, offices: Iterable[int], customer_id: int | None,
                      phone: str, now: datetime) -> Complaint | None:
    """The latest complaint of the same customer, or from the same phone, in the window,
    among the complaints of ``offices`` (the caller's visible offices: a repeat is never
    found in, nor points to, an office the caller may not look at)."""
    who = []
    if customer_id is not None:
        who.append(Complaint.customer_id == customer_id)
    if phone:
        who.append(Complaint.contact_phone == phone)
    if not who:
        return None
    return db.scalars(select(Complaint)
                      .where(or_(*who), Complaint.office_id.in_(list(offices)),
                             Complaint.kind == "complaint",
                             Complaint.created_at >= now - timedelta(days=REPEAT_DAYS),
                             Complaint.created_at <= now)
                      .order_by(Complaint.created_at.desc(), Complaint.id.desc())
                      .limit(1)).first()


def _overdue(now: datetime) -> Any:
    return exists().where(WorkItem.source == "complaint", WorkItem.source_id == Complaint.id,
                          WorkItem.status == "open", WorkItem.due_at < now)


def list_query(offices: Iterable[int], *, status: str | None, kind: str | None,
               category: str | None, repeat: bool, overdue: bool, open_only: bool,
               customer_id: int | None, now: datetime) -> Select[Any]:
    q = select(Complaint).where(Complaint.office_id.in_(list(offices)))
    if status:
        q = q.where(Complaint.status == status)
    if open_only:
        q = q.where(Complaint.status != "closed")
    if kind:
        q = q.where(Complaint.kind == kind)
    if category:
        q = q.where(Complaint.category == category)
    if repeat:
        q = q.where(Complaint.repeat.is_(True))
    if overdue:
        q = q.where(_overdue(now))
    if customer_id is not None:
        q = q.where(Complaint.customer_id == customer_id)
    return q


def page(db: Session, q: Select[Any], offset: int,
         limit: int) -> tuple[list[Complaint], int]:
    total = db.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = list(db.scalars(q.order_by(Complaint.created_at.desc(), Complaint.id.desc())
                           .offset(offset).limit(limit)))
    return rows, total


def open_items_by_complaint(db: Session, ids: list[int]) -> dict[int, list[WorkItem]]:
    result: dict[int, list[WorkItem]] = {i: [] for i in ids}
    if not ids:
        return result
    for item in db.scalars(select(WorkItem).where(
            WorkItem.source == "complaint", WorkItem.source_id.in_(ids),
            WorkItem.status.in_(OPEN_STATUSES)).order_by(WorkItem.id)):
        result[item.source_id].append(item)
    return result


def customers(db: Session, ids: Iterable[int | None]) -> dict[int, Customer]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {c.id: c for c in db.scalars(select(Customer).where(Customer.id.in_(wanted)))}


def user_names(db: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {i: n for i, n in db.execute(select(User.id, User.full_name)
                                        .where(User.id.in_(wanted)))}


def events(db: Session, complaint_id: int) -> list[ComplaintEvent]:
    return list(db.scalars(select(ComplaintEvent)
                           .where(ComplaintEvent.complaint_id == complaint_id)
                           .order_by(ComplaintEvent.id)))


def other_complaints(db: Session, complaint: Complaint, offices: Iterable[int],
                     limit: int = 10) -> list[Complaint]:
    """The same customer's (or phone's) other complaints of ``offices`` (the caller's visible
    offices), newest first."""
    who = []
    if complaint.customer_id is not None:
        who.append(Complaint.customer_id == complaint.customer_id)
    if complaint.contact_phone:
        who.append(Complaint.contact_phone == complaint.contact_phone)
    if not who:
        return []
    return list(db.scalars(select(Complaint)
                           .where(or_(*who), Complaint.id != complaint.id,
                                  Complaint.office_id.in_(list(offices)))
                           .order_by(Complaint.created_at.desc(), Complaint.id.desc())
                           .limit(limit)))


def assignable_users(db: Session, office_id: int) -> list[tuple[int, str, str]]:
    """(id, username, full name) of the unlocked users of an office and of its halls who hold
    complaint.handle (the people ``complaint_service._assignee`` accepts)."""
    office_and_halls = select(OrgUnit.id).where((OrgUnit.id == office_id)
                                                | ((OrgUnit.parent_id == office_id)
                                                   & (OrgUnit.kind == "hall")))
    handles = exists().where(UserRole.user_id == User.id,
                             RolePermission.role_id == UserRole.role_id,
                             RolePermission.permission == COMPLAINT_HANDLE)
    return [(i, u, n) for i, u, n in db.execute(
        select(User.id, User.username, User.full_name)
        .where(User.office_id.in_(office_and_halls), User.locked.is_(False), handles)
        .order_by(User.username))]

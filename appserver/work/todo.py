"""A person's to-do list, taking work from the role queue, and the office head's assignment.

What is on a person's list (contract ``todo``): items assigned to them; items of one of their
roles in their home office that nobody has taken; and, for office heads (work.dashboard),
items of the offices they see that were escalated after a breach. Each part is one partial
index (``ix_work_item_open_user``, ``ix_work_item_open_role``, ``ix_work_item_escalated``),
so the list costs the same however much finished work the table holds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select

from appserver.contract import permissions as P
from appserver.contract import work as contract
from appserver.contract.errors import Conflict, PermissionDenied, UserError
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.work import scope
from appserver.work.items import cached_names, item_to_wire, load_calendar
from dbschema.models import Role, RolePermission, User, UserRole, WorkItem

SCOPES = ("all", "mine", "role", "escalated")


def scope_conditions(call: Call) -> dict[str, ColumnElement[bool]]:
    user = call.user
    home = scope.home_office_of(user)
    roles = list(user.roles)
    role = and_(WorkItem.office_id == home, WorkItem.assigned_role.in_(roles),
                WorkItem.assigned_user_id.is_(None)) if roles else false()
    escalated: ColumnElement[bool] = false()
    if P.WORK_DASHBOARD in user.permissions:
        escalated = and_(WorkItem.escalated_at.is_not(None),
                         WorkItem.office_id.in_(sorted(user.visible_office_ids)))
    return {"mine": WorkItem.assigned_user_id == user.user_id, "role": role,
            "escalated": escalated}


def todo(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    v = call.v
    f = v.mapping(filters or {}, "filters", ("scope", "risk", "source"))
    chosen = v.choice(f.get("scope") or "all", "scope", SCOPES)
    risk = None if f.get("risk") is None else v.choice(f["risk"], "risk", contract.RISKS)
    source = None if f.get("source") is None else v.choice(f["source"], "source",
                                                           contract.SOURCES)
    offset, limit = scope.page(call, page)
    now, db = call.now, call.db
    parts = scope_conditions(call)
    everything = or_(*parts.values())
    selected = everything if chosen == "all" else parts[chosen]
    wanted = [selected]
    if risk is not None:
        wanted.append(scope.risk_condition(risk, now))
    if source is not None:
        wanted.append(WorkItem.source == source)
    counts = db.execute(select(
        func.count().filter(parts["mine"]), func.count().filter(parts["role"]),
        func.count().filter(parts["escalated"]),
        func.count().filter(scope.risk_condition("breached", now)),
        func.count().filter(scope.risk_condition("near", now)),
        func.count().filter(WorkItem.status == "paused"),
        func.count().filter(and_(*wanted)))
        .where(scope.is_open(), everything)).one()
    rows = db.execute(
        select(WorkItem, User.full_name).outerjoin(User, User.id == WorkItem.assigned_user_id)
        .where(scope.is_open(), *wanted)
        # Urgency: overdue items have the earliest deadlines; paused ones have none.
        .order_by(case((WorkItem.status == "paused", 1), else_=0), WorkItem.due_at,
                  WorkItem.remaining_s, WorkItem.id)
        .offset(offset).limit(limit)).all()
    calendar, chinese = load_calendar(db), caller_reads_chinese()
    named = cached_names(db, chinese)
    out = []
    for item, name in rows:
        wire = item_to_wire(db, item, now, calendar, chinese, named)
        wire["assigned_user_name"] = name
        out.append(wire)
    mine, role, escalated, breached, near, paused, total = (int(c) for c in counts)
    return {"rows": out, "total": total,
            "counts": {"mine": mine, "role": role, "escalated": escalated,
                       "breached": breached, "near": near, "paused": paused}}


def _wire(call: Call, item: WorkItem) -> dict[str, Any]:
    chinese = caller_reads_chinese()
    wire = item_to_wire(call.db, item, call.now, load_calendar(call.db), chinese)
    wire["assigned_user_name"] = (call.db.scalar(select(User.full_name).where(
        User.id == item.assigned_user_id)) if item.assigned_user_id else None)
    return wire


def take_item(call: Call, item_id: Any) -> dict[str, Any]:
    item = scope.item_for_change(call, item_id)
    user = call.user
    if item.assigned_user_id == user.user_id:
        call.audit("work_item", item.id, action="take", unchanged=True)
        return _wire(call, item)
    if item.assigned_user_id is not None:
        holder = call.db.scalar(select(User.full_name).where(User.id == item.assigned_user_id))
        raise Conflict(call.msg("work_item_taken", name=holder or "-"))
    home = scope.home_office_of(user)
    if item.office_id != home or item.assigned_role not in user.roles:
        raise PermissionDenied(call.msg("work_item_not_yours", role=item.assigned_role or "-"),
                               {"reason": "role"})
    item.assigned_user_id = user.user_id
    call.db.flush()
    call.audit("work_item", item.id, action="take", reference=item.reference,
               step=item.step)
    return _wire(call, item)


def assign_item(call: Call, item_id: Any, user_id: Any) -> dict[str, Any]:
    item = scope.item_for_change(call, item_id)
    before = item.assigned_user_id
    if user_id is None:
        if item.assigned_role is None:  # nobody would see it
            raise UserError(call.msg("work_assignee_not_found"), {"field": "user_id"})
        item.assigned_user_id = None
    else:
        target = _assignee(call, item, call.v.integer(user_id, "user_id", 1, 2**31 - 1))
        item.assigned_user_id = target.id
    call.db.flush()
    call.audit("work_item", item.id, action="assign", reference=item.reference,
               step=item.step, from_user_id=before, to_user_id=item.assigned_user_id)
    return _wire(call, item)


def _assignee(call: Call, item: WorkItem, user_id: int) -> User:
    """A person who may do the item: unlocked, of its office, holding its role (or, for an
    item without a role, holding a to-do list at all)."""
    db = call.db
    target = db.get(User, user_id)
    if target is None or target.locked:
        raise UserError(call.msg("work_assignee_not_found"), {"field": "user_id"})
    roles = set(db.scalars(select(Role.name).join(UserRole, UserRole.role_id == Role.id)
                           .where(UserRole.user_id == target.id)))
    if scope.home_office(db, target.office_id) != item.office_id or (
            item.assigned_role is not None and item.assigned_role not in roles):
        raise UserError(call.msg("work_assignee_unfit", name=target.full_name,
                                 role=item.assigned_role or "-"), {"field": "user_id"})
    if item.assigned_role is None:
        has_todo = db.scalar(select(func.count()).select_from(RolePermission)
                             .join(UserRole, UserRole.role_id == RolePermission.role_id)
                             .where(UserRole.user_id == target.id,
                                    RolePermission.permission == P.WORK_TODO))
        if not has_todo:
            raise UserError(call.msg("work_assignee_no_todo", name=target.full_name),
                            {"field": "user_id"})
    return target

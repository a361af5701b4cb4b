"""A person's to-do list, taking work from the role queue, and the office head's assignment.

What is on a person's list (contract ``todo``): items of the offices they see assigned to them
(an item assigned across office lines is left out: every action on it would be refused);
items of one of their roles in their home office that nobody has taken; and, for office heads
(work.dashboard), items of the offices they see that were escalated after a breach. Each part
is one partial index (``ix_work_item_open_user``, ``ix_work_item_open_role``,
``ix_work_item_escalated``), so the list costs the same however much finished work the table
holds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, select, true, union_all
from sqlalchemy.orm import Session

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
    """The parts of the caller's list; a part the caller has none of is left out."""
    user = call.user
    home = scope.home_office_of(user)
    visible = sorted(user.visible_office_ids)
    parts: dict[str, ColumnElement[bool]] = {
        "mine": and_(WorkItem.assigned_user_id == user.user_id,
                     WorkItem.office_id.in_(visible))}
    if user.roles:
        parts["role"] = and_(WorkItem.office_id == home,
                             WorkItem.assigned_role.in_(list(user.roles)),
                             WorkItem.assigned_user_id.is_(None))
    if P.WORK_DASHBOARD in user.permissions:
        parts["escalated"] = and_(WorkItem.escalated_at.is_not(None),
                                  WorkItem.office_id.in_(visible))
    return parts


# What the list sorts, filters and counts by; the page's rows are loaded whole afterwards.
_KEYS = (WorkItem.id, WorkItem.status, WorkItem.source, WorkItem.due_at, WorkItem.warn_at,
         WorkItem.predicted_at, WorkItem.remaining_s, WorkItem.escalated_at)


def _every(parts: dict[str, ColumnElement[bool]]) -> Any:
    """The whole list as one UNION ALL of disjoint parts, each SELECT on its own partial
    index (ix_work_item_open_user, ix_work_item_queue, ix_work_item_escalated), tagged with
    its part. An OR of the parts made PostgreSQL AND bitmaps of whole offices (measured
    250 ms for a clerk of an office with 20,000 open items); UNION (not ALL) hashed them."""
    taken: list[ColumnElement[bool]] = []
    selects = []
    for name, cond in parts.items():
        # escalated items that are also mine or my role's are listed there, once
        # (null-safe: "not mine" must hold for an item of nobody)
        disjoint = ([cond, *(~func.coalesce(t, false()) for t in taken)]
                    if name == "escalated" else [cond])
        selects.append(select(*_KEYS, literal(name).label("part"))
                       .where(scope.is_open(), *disjoint))
        taken.append(cond)
    return union_all(*selects).subquery("every")


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
    every = _every(parts)
    has_escalated = "escalated" in parts

    def escalated_on(c: Any) -> ColumnElement[bool]:
        return c.escalated_at.is_not(None) if has_escalated else false()

    def shown_on(c: Any) -> list[ColumnElement[bool]]:
        """The chosen scope and filters, on ``every``'s columns or a subquery's of it."""
        out = []
        if chosen == "escalated":
            out.append(escalated_on(c))
        elif chosen != "all":
            out.append(c.part == chosen)
        if risk is not None:
            out.append(scope.risk_condition(risk, now, c))
        if source is not None:
            out.append(c.source == source)
        return out

    figures = (func.count().filter(every.c.part == "mine"),
               func.count().filter(every.c.part == "role"),
               func.count().filter(escalated_on(every.c)),
               func.count().filter(scope.risk_condition("breached", now, every.c)),
               func.count().filter(scope.risk_condition("near", now, every.c)),
               func.count().filter(every.c.status == "paused"),
               func.count().filter(and_(true(), *shown_on(every.c))))
    # One round trip: the counts as window aggregates over the whole list, then the page
    # (urgency: overdue items have the earliest deadlines; paused ones have none), then the
    # page's rows themselves.
    counted = select(every, *(f.over().label(f"n{i}") for i, f in enumerate(figures))
                     ).subquery("counted")
    page_keys = (select(counted).where(*shown_on(counted.c))
                 .order_by(case((counted.c.status == "paused", 1), else_=0),
                           counted.c.due_at, counted.c.remaining_s, counted.c.id)
                 .offset(offset).limit(limit).subquery("page"))
    found = db.execute(
        select(WorkItem, User.full_name, *(page_keys.c[f"n{i}"] for i in range(len(figures))))
        .join(page_keys, page_keys.c.id == WorkItem.id)
        .outerjoin(User, User.id == WorkItem.assigned_user_id)
        .order_by(case((page_keys.c.status == "paused", 1), else_=0), page_keys.c.due_at,
                  page_keys.c.remaining_s, page_keys.c.id)).all()
    counts = (tuple(found[0][2:]) if found  # an empty page: count on their own
              else tuple(db.execute(select(*figures).select_from(every)).one()))
    calendar, chinese = load_calendar(db), caller_reads_chinese()
    named = cached_names(db, chinese)
    out = []
    for item, name, *_counts in found:
        wire = item_to_wire(db, item, now, calendar, chinese, named)
        wire["assigned_user_name"] = name
        out.append(wire)
    mine, role, n_escalated, breached, near, paused, total = (int(c) for c in counts)
    return {"rows": out, "total": total,
            "counts": {"mine": mine, "role": role, "escalated": n_escalated,
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
    if item.assigned_role is None and not holds_permission(db, target.id, P.WORK_TODO):
        raise UserError(call.msg("work_assignee_no_todo", name=target.full_name),
                        {"field": "user_id"})
    return target


def holds_permission(db: Session, user_id: int, permission: str) -> bool:
    """Whether a user (not the caller) holds a permission through one of their roles."""
    return bool(db.scalar(select(func.count()).select_from(RolePermission)
                          .join(UserRole, UserRole.role_id == RolePermission.role_id)
                          .where(UserRole.user_id == user_id,
                                 RolePermission.permission == permission)))

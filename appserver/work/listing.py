"""The office's work items by criteria: the dashboard's drill-down and the export's rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select

from appserver.contract import work as contract
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.work import scope
from appserver.work.items import cached_names, item_to_wire, load_calendar
from dbschema.models import User, WorkItem

STATUSES = ("open", "done", "all")
CRITERIA_KEYS = ("office_id", "status", "source", "sla_type", "step", "risk",
                 "assigned_user_id", "from_day", "to_day")


@dataclass(frozen=True)
class Criteria:
    conditions: tuple[ColumnElement[bool], ...]
    status: str


def criteria(call: Call, value: Any) -> Criteria:
    v = call.v
    c = v.mapping(value or {}, "criteria", CRITERIA_KEYS)
    office_ids = scope.offices(call, c.get("office_id"))
    status = v.choice(c.get("status") or "open", "status", STATUSES)
    days = scope.day_range(call, c.get("from_day"), c.get("to_day"), required=False)
    where: list[ColumnElement[bool]] = [WorkItem.office_id.in_(office_ids)]
    finished: ColumnElement[bool] = WorkItem.status == "done"
    if days is not None:
        start, end = scope.instants(days)
        finished = and_(finished, WorkItem.closed_at >= start, WorkItem.closed_at < end)
    if status == "open":
        where.append(scope.is_open())
    elif status == "done":
        where.append(finished)
    elif days is not None:  # all: what is open now and what was finished in the range
        where.append(or_(scope.is_open(), and_(WorkItem.status.in_(("done", "cancelled")),
                                               WorkItem.closed_at >= start,
                                               WorkItem.closed_at < end)))
    if c.get("source") is not None:
        where.append(WorkItem.source == v.choice(c["source"], "source", contract.SOURCES))
    if c.get("sla_type") is not None:
        where.append(WorkItem.sla_type == v.text(c["sla_type"], "sla_type", 32))
    if c.get("step") is not None:
        where.append(WorkItem.step == v.text(c["step"], "step", 32))
    if c.get("assigned_user_id") is not None:
        where.append(WorkItem.assigned_user_id == v.integer(
            c["assigned_user_id"], "assigned_user_id", 1, 2**31 - 1))
    if c.get("risk") is not None:
        risk = v.choice(c["risk"], "risk", contract.RISKS)
        late: ColumnElement[bool] = and_(scope.is_open(), scope.risk_condition(risk, call.now))
        if risk in ("breached", "ok"):  # a finished item was either late or not
            late = or_(late, and_(WorkItem.status == "done",
                                  WorkItem.breached.is_(risk == "breached")))
        where.append(late)
    return Criteria(tuple(where), status)


def _ordered(crit: Criteria) -> Select[WorkItem, str]:
    """Open work by deadline, finished work latest first (plain keys when only one kind is
    listed, so the deadline index can be read in order)."""
    order: tuple[Any, ...] = {
        # Paused items (no deadline) last on every database (SQLite sorts NULL first).
        "open": (WorkItem.due_at.asc().nulls_last(), WorkItem.id),
        "done": (WorkItem.closed_at.desc(), WorkItem.id),
    }.get(crit.status, (case((scope.is_open(), 0), else_=1), WorkItem.due_at.asc().nulls_last(),
                        WorkItem.closed_at.desc(), WorkItem.id))
    return (select(WorkItem, User.full_name)
            .outerjoin(User, User.id == WorkItem.assigned_user_id)
            .where(*crit.conditions).order_by(*order))


def count(call: Call, crit: Criteria) -> int:
    return int(call.db.scalar(select(func.count()).select_from(WorkItem)
                              .where(*crit.conditions)) or 0)


def wire_rows(call: Call, crit: Criteria, offset: int, limit: int
              ) -> Iterator[dict[str, Any]]:
    db, now = call.db, call.now
    calendar, chinese = load_calendar(db), caller_reads_chinese()
    named = cached_names(db, chinese)
    query = _ordered(crit).offset(offset).limit(limit)
    for item, name in db.execute(query.execution_options(yield_per=2000)):
        wire = item_to_wire(db, item, now, calendar, chinese, named)
        wire["assigned_user_name"] = name
        yield wire


def list_items(call: Call, criteria_value: Any, page: Any) -> dict[str, Any]:
    crit = criteria(call, criteria_value)
    offset, limit = scope.page(call, page)
    return {"rows": list(wire_rows(call, crit, offset, limit)), "total": count(call, crit)}

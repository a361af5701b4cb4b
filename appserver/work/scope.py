"""What the work platform's queries share: the deadline states as SQL conditions, the offices
a caller may look at, business-day ranges, paging, and loading one item for a change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from appserver.contract import work as contract
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import OFFICE_ZONE
from appserver.core.rpc import Call
from appserver.core.security import Principal
from dbschema.models import OrgUnit, WorkItem
from dbschema.models.work import OPEN_STATUSES

PAGE_MAX = 200
MAX_RANGE_DAYS = 366


def is_open() -> ColumnElement[bool]:
    return WorkItem.status.in_(OPEN_STATUSES)


def risk_condition(risk: str, now: datetime, item: Any = WorkItem) -> ColumnElement[bool]:
    """The SQL twin of ``items.risk`` for open and paused items (same boundaries); ``item``:
    the table, or a subquery's ``.c`` with the same column names."""
    running = item.status == "open"
    if risk == "paused":
        return item.status == "paused"  # type: ignore[no-any-return]
    if risk == "breached":
        return and_(running, item.due_at <= now)
    if risk == "near":
        return and_(running, item.warn_at <= now, item.due_at > now)
    late = item.predicted_at > item.due_at
    if risk == "predicted":
        return and_(running, item.warn_at > now, late)
    return and_(running, item.warn_at > now,
                or_(item.predicted_at.is_(None), item.predicted_at <= item.due_at))


def page(call: Call, value: Any) -> tuple[int, int]:
    p = call.v.mapping(value or {}, "page", ("offset", "limit"))
    offset = call.v.integer(p.get("offset", 0), "offset", 0, contract.LIST_OFFSET_MAX)
    limit = call.v.integer(p.get("limit", 50), "limit", 1, PAGE_MAX)
    return offset, limit


def offices(call: Call, office_id: Any) -> list[int]:
    """The offices a question is about: one office (with its halls and sub-units) or, for
    None, every office the caller sees."""
    visible = call.user.visible_office_ids
    if office_id is None:
        return sorted(visible)
    oid = call.v.integer(office_id, "office_id", 1, 2**31 - 1)
    call.require_office(oid)
    path = call.db.scalar(select(OrgUnit.path).where(OrgUnit.id == oid))
    assert path is not None  # a visible office exists
    under = call.db.scalars(select(OrgUnit.id).where(OrgUnit.path.startswith(path)))
    return sorted(set(under) & visible)


def day_range(call: Call, first: Any, last: Any, required: bool = True
              ) -> tuple[date, date] | None:
    """[first, last] business dates, both given or (when not required) both left out."""
    if not required and first is None and last is None:
        return None
    a, b = call.v.day(first, "from_day"), call.v.day(last, "to_day")
    if a > b:
        raise UserError(call.msg("work_range_reversed", first=a.isoformat(), last=b.isoformat()),
                        {"field": "from_day"})
    if (b - a).days >= MAX_RANGE_DAYS:
        raise UserError(call.msg("work_range_too_long", days=MAX_RANGE_DAYS),
                        {"field": "to_day"})
    return a, b


def instants(days: tuple[date, date]) -> tuple[datetime, datetime]:
    """[start of the first day, start of the day after the last) as instants."""
    first, last = days
    return (datetime.combine(first, time(), tzinfo=OFFICE_ZONE),
            datetime.combine(last + timedelta(days=1), time(), tzinfo=OFFICE_ZONE))


def item_for_change(call: Call, item_id: Any) -> WorkItem:
    """One item, locked for the change, of an office the caller sees, still open."""
    iid = call.v.integer(item_id, "item_id", 1, 2**62)
    item = call.db.scalars(select(WorkItem).where(WorkItem.id == iid).with_for_update()).first()
    if item is None:
        raise NotFound(call.msg("work_item_not_found"))
    call.require_office(item.office_id)
    if item.status not in OPEN_STATUSES:
        raise UserError(call.msg("work_item_finished"))
    return item


def home_office_of(user: Principal) -> int:
    """The caller's home office without a query: the last unit of the scope path, which for a
    hall's people starts at the hall's office (``security.load_principal``)."""
    return int(user.office_path.rstrip("/").rsplit("/", 1)[-1])


def home_office(db: Session, office_id: int) -> int:
    """The office a user of ``office_id`` works for (a hall works for its parent office)."""
    kind, parent = db.execute(select(OrgUnit.kind, OrgUnit.parent_id)
                              .where(OrgUnit.id == office_id)).one()
    return int(parent) if kind == "hall" and parent is not None else office_id

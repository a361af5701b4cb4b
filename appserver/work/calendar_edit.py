"""Reading and editing the working-day calendar (holidays and make-up working days).

The calendar is one for the whole company (the State Council's arrangement). An edit changes
the deadlines of items opened or resumed afterwards; open items keep theirs, because a
deadline told to a customer does not move (docs/sla.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from appserver.contract.codec import date_to_wire
from appserver.contract.errors import UserError
from appserver.core.rpc import Call
from appserver.work.items import forget_calendar, load_calendar
from dbschema.models import CalendarDay
from dbschema.models.work import CALENDAR_DAY_KINDS

FIRST_YEAR, LAST_YEAR = 2000, 2100


def calendar(call: Call, year: Any) -> dict[str, Any]:
    y = call.v.integer(year, "year", FIRST_YEAR, LAST_YEAR)
    return _year(call, y)


def _year(call: Call, year: int) -> dict[str, Any]:
    rows = call.db.scalars(select(CalendarDay).where(
        CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
        .order_by(CalendarDay.day)).all()
    cal = load_calendar(call.db)
    months = [cal.working_days_between(date(year, m, 1),
                                       date(year + (m == 12), m % 12 + 1, 1))
              for m in range(1, 13)]
    return {"year": year,
            "days": [{"day": date_to_wire(r.day), "kind": r.kind, "name": r.name}
                     for r in rows],
            "working_days": months}


def set_calendar_day(call: Call, day: Any, kind: Any, name: Any) -> dict[str, Any]:
    v = call.v
    d = v.day(day, "day")
    if not FIRST_YEAR <= d.year <= LAST_YEAR:
        raise v.fail("day", "out_of_range", low=f"{FIRST_YEAR}-01-01",
                     high=f"{LAST_YEAR}-12-31")
    k = None if kind is None else v.choice(kind, "day_kind", CALENDAR_DAY_KINDS)
    label = v.text(name, "name", 60, required=False)
    weekend = d.weekday() >= 5
    if k == "holiday" and weekend:
        raise UserError(call.msg("work_holiday_on_weekend", day=d.isoformat()), {"field": "day"})
    if k == "workday" and not weekend:
        raise UserError(call.msg("work_workday_on_weekday", day=d.isoformat()), {"field": "day"})
    if k is not None and not label:
        raise UserError(call.msg("work_holiday_needs_name"), {"field": "name"})
    row = call.db.get(CalendarDay, d, with_for_update=True)
    before = None if row is None else (row.kind, row.name)
    if k is None:
        if row is not None:
            call.db.delete(row)
    elif row is None:
        call.db.add(CalendarDay(day=d, kind=k, name=label, updated_by=call.user.user_id,
                                updated_at=call.now))
    else:
        row.kind, row.name = k, label
        row.updated_by, row.updated_at = call.user.user_id, call.now
    call.db.flush()
    forget_calendar()
    call.audit("calendar_day", int(d.strftime("%Y%m%d")), day=d.isoformat(),
               before=list(before) if before else None, kind=k, name=label)
    return _year(call, d.year)

"""pmis.work: the work platform (to-do lists, dashboard, export, working-day calendar).

Contract: appserver/contract/work.py. Thin: each method validates in its service module
(todo, listing, export, dashboard, calendar_edit). Importing escalation and norms registers
the scheduled escalation and the daily typical-duration job on the lease holder."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc
from appserver.work import calendar_edit, dashboard, escalation, export, listing, norms, todo

_SCHEDULED = (escalation, norms)  # importing them registers the escalation and the norms job


class WorkApi(ApiBase):
    module = "work"

    @rpc(P.WORK_TODO, write=False)
    def todo(self, call: Call, filters: Any = None, page: Any = None) -> dict[str, Any]:
        return todo.todo(call, filters, page)

    @rpc(P.WORK_TODO, write=True)
    def take_item(self, call: Call, item_id: Any) -> dict[str, Any]:
        return todo.take_item(call, item_id)

    @rpc(P.WORK_DASHBOARD, write=True)
    def assign_item(self, call: Call, item_id: Any, user_id: Any) -> dict[str, Any]:
        return todo.assign_item(call, item_id, user_id)

    @rpc(P.WORK_DASHBOARD, write=False)
    def list_items(self, call: Call, criteria: Any = None, page: Any = None) -> dict[str, Any]:
        return listing.list_items(call, criteria, page)

    @rpc(P.WORK_DASHBOARD, write=False)
    def dashboard(self, call: Call, office_id: Any, from_day: Any,
                  to_day: Any) -> dict[str, Any]:
        return dashboard.dashboard(call, office_id, from_day, to_day)

    @rpc(P.WORK_DASHBOARD, write=False)
    def export_items(self, call: Call, criteria: Any, file_format: Any) -> dict[str, Any]:
        return export.export_items(call, criteria, file_format)

    # The holiday calendar is public knowledge: every signed-in user may read the days that
    # deadlines and on-time rates are counted on (managers and auditors too).
    @rpc(P.SYSTEM_PING, write=False)
    def calendar(self, call: Call, year: Any) -> dict[str, Any]:
        return calendar_edit.calendar(call, year)

    @rpc(P.CALENDAR_EDIT, write=True)
    def set_calendar_day(self, call: Call, day: Any, kind: Any, name: Any) -> dict[str, Any]:
        return calendar_edit.set_calendar_day(call, day, kind, name)

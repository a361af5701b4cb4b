"""The work platform pages: (title source, translation context, widget).

"My work" for everyone with a to-do, the office dashboard for those who oversee an office,
the working-day calendar for those who edit it (and, read-only, for those who may read it).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.formats import OFFICE_ZONE
from client.work.calendar_presenter import CalendarPresenter
from client.work.calendar_view import CalendarView
from client.work.dashboard_presenter import DashboardPresenter
from client.work.dashboard_view import DashboardView
from client.work.todo_presenter import TodoPresenter
from client.work.todo_view import TodoView

CONTEXT = "WorkPages"
TODO = str(QT_TRANSLATE_NOOP("WorkPages", "My work"))
DASHBOARD = str(QT_TRANSLATE_NOOP("WorkPages", "Office dashboard"))
CALENDAR = str(QT_TRANSLATE_NOOP("WorkPages", "Working-day calendar"))
# Every signed-in user may read pmis.work.calendar; the page is shown to those who work to
# deadlines or judge them (to-do, dashboard); editing needs calendar.edit.
CALENDAR_READERS = (P.CALENDAR_EDIT, P.WORK_TODO, P.WORK_DASHBOARD)


def todo_page(ctx: AppContext) -> TodoView:
    view = TodoView(can_assign=ctx.can(P.WORK_DASHBOARD) and ctx.can(P.ADMIN_USERS_READ))
    TodoPresenter(ctx, view).start()
    return view


def dashboard_page(ctx: AppContext) -> DashboardView:
    view = DashboardView(datetime.now(OFFICE_ZONE).date())
    DashboardPresenter(ctx, view).start()
    return view


def calendar_page(ctx: AppContext) -> CalendarView:
    view = CalendarView(datetime.now(OFFICE_ZONE).date(), editable=ctx.can(P.CALENDAR_EDIT))
    CalendarPresenter(ctx, view).start()
    return view


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.WORK_TODO):
        found.append((TODO, CONTEXT, todo_page(ctx)))
    if ctx.can(P.WORK_DASHBOARD):
        found.append((DASHBOARD, CONTEXT, dashboard_page(ctx)))
    if any(ctx.can(p) for p in CALENDAR_READERS):
        found.append((CALENDAR, CONTEXT, calendar_page(ctx)))
    return found

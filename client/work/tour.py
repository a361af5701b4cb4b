"""Demo tour steps of the work platform as the office head of DH: the to-do list (escalated
and near-breach rows), the escalated filter, the assign dialog, the office dashboard with its
achievement chart, a drill-down from a stage, items per day, and the working-day calendar
with the day dialog (cancelled: the demo's calendar stays as shipped).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from client.work.calendar_presenter import CalendarPresenter
from client.work.calendar_view import CalendarView
from client.work.dashboard_presenter import DashboardPresenter
from client.work.dashboard_view import DashboardView
from client.work.todo_presenter import TodoPresenter
from client.work.todo_view import TodoView

USER = ("dh.head", "demo1234")
W = TypeVar("W", bound=QWidget)


def work_page(window: Any, kind: type[W]) -> W:
    """Bring the work platform's page of this class to the front."""
    window.show_module("work")
    tabs: QTabWidget = window.tabbed["work"][0]
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if isinstance(page, kind):
            tabs.setCurrentIndex(index)
            return page
    raise RuntimeError(f"no {kind.__name__} in the work platform")


def select_first(view: TodoView, wanted: tuple[str, ...]) -> bool:
    """Select the first row whose risk is one of ``wanted`` (the rows to show)."""
    model = view.model
    for row in range(model.rowCount()):
        if model.live_risk(model.row_at(row)) in wanted:
            view.table.selectRow(row)
            return True
    return False


def todo_steps(tour: Any, app: Any, window: Any, prefix: str) -> TodoView:
    from client.tour import wait_for

    view = work_page(window, TodoView)
    presenter = view.findChild(TodoPresenter)
    assert presenter is not None
    wait_for(presenter.loaded, presenter.refresh, f"{prefix}: to-do")
    tour.idle(app, f"{prefix}: to-do")
    select_first(view, ("near", "breached"))
    tour.shot(f"{prefix}_todo", window)
    return view


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    view = todo_steps(tour, app, window, "work")
    presenter = view.findChild(TodoPresenter)
    assert presenter is not None
    wait_for(presenter.loaded, view.counter_buttons["escalated"].click, "escalated work")
    tour.shot("work_todo_escalated", window)
    if view.model.rowCount():
        view.table.selectRow(0)
        (dialog,) = wait_for(presenter.dialog_opened, view.assign_button.click, "assign")
        tour.idle(app, "assign dialog")
        if dialog.person.count() > 1:
            dialog.person.setCurrentIndex(1)  # the first fitting person (not saved)
        tour.shot("work_assign", dialog)
        dialog.reject()
    wait_for(presenter.loaded, view.counter_buttons["all"].click, "all my work")
    dashboard_steps(tour, app, window)
    calendar_steps(tour, app, window)


def dashboard_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view = work_page(window, DashboardView)
    presenter = view.findChild(DashboardPresenter)
    assert presenter is not None
    tour.idle(app, "dashboard")
    if view.figures is None:
        wait_for(presenter.loaded, view.show_button.click, "dashboard figures")
        tour.idle(app, "dashboard list")
    view.tabs.setCurrentIndex(1)  # SLA achievement per type, with its chart
    tour.shot("work_dashboard_chart", window)
    view.tabs.setCurrentIndex(0)
    stages = view.stage_model
    worst = max(range(stages.rowCount()), default=None,
                key=lambda r: (stages.row_at(r)["breached"], stages.row_at(r)["near"],
                               stages.row_at(r)["open"]))
    if worst is not None:
        wait_for(presenter.items_loaded,
                 lambda: view.tables["stage"].clicked.emit(stages.index(worst, 0)),
                 "drill-down")
        view.tables["stage"].selectRow(worst)
    tour.shot("work_dashboard_drill", window)
    view.tabs.setCurrentIndex(3)
    tour.shot("work_dashboard_daily", window)
    view.tabs.setCurrentIndex(0)


def calendar_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view = work_page(window, CalendarView)
    presenter = view.findChild(CalendarPresenter)
    assert presenter is not None
    tour.idle(app, "calendar")
    tour.shot("work_calendar", window)
    holidays = sorted(d for d, row in view.exceptions.items() if row["kind"] == "holiday")
    if holidays:
        day = QDate.fromString(holidays[-1], "yyyy-MM-dd")
        (dialog,) = wait_for(presenter.dialog_opened,
                             lambda: view.months[day.month() - 1].clicked.emit(day),
                             "calendar day")
        assert isinstance(dialog, QDialog)
        tour.shot("work_calendar_day", dialog)
        dialog.reject()  # looked at, not changed

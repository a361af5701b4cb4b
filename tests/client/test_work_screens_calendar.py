"""The working-day calendar page against the real pmis.work in process: the year with its
holidays and make-up days, a day changed through the dialog, the server's refusal of a day
that cannot be changed, and the read-only page of a clerk."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from client.core.context import AppContext
from client.work.calendar_presenter import CalendarPresenter, DayDialog
from client.work.calendar_view import HOLIDAY_COLOUR, WORKDAY_COLOUR, CalendarView
from tests.client import work_fixture

work_db, head_ctx, clerk1_ctx = work_fixture.work_db, work_fixture.head_ctx, work_fixture.clerk1_ctx
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY = date(2026, 11, 27)


def _page(qtbot: Any, ctx: AppContext, editable: bool) -> tuple[CalendarView,
                                                                 CalendarPresenter]:
    view = CalendarView(TODAY, editable=editable)
    qtbot.addWidget(view)
    presenter = CalendarPresenter(ctx, view)
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        presenter.start()
    return view, presenter


def _colour(view: CalendarView, day: date) -> str:
    fmt = view.months[day.month - 1].dateTextFormat(QDate(day.year, day.month, day.day))
    return fmt.foreground().color().name()


def test_year_with_holidays_and_make_up_days(qtbot: Any, qtmodeltester: Any,
                                             head_ctx: AppContext) -> None:
    view, _presenter = _page(qtbot, head_ctx, editable=True)
    qtmodeltester.check(view.list_model)
    data = view.data
    assert data is not None and data["year"] == 2026 and len(data["working_days"]) == 12
    assert view.list_model.rowCount() == len(data["days"]) > 0
    national_day = date(2026, 10, 1)
    assert view.kind_of("2026-10-01") == "holiday"
    assert _colour(view, national_day) == HOLIDAY_COLOUR
    make_up = next(d for d in data["days"] if d["kind"] == "workday")
    assert _colour(view, date.fromisoformat(make_up["day"])) == WORKDAY_COLOUR
    october = view.month_boxes[9].title()
    assert october.endswith(f"· {data['working_days'][9]} working days")
    assert view.total.text() == f"{sum(data['working_days'])} working days in 2026"
    # the selection of each month sits on an ordinary day, never hiding a colour
    for grid in view.months:
        assert grid.selectedDate().toString("yyyy-MM-dd") not in view.exceptions
    foreground = view.list_model.data(view.list_model.index(0, 0),
                                      Qt.ItemDataRole.ForegroundRole)
    assert foreground.color().name() in (HOLIDAY_COLOUR, WORKDAY_COLOUR)


def test_head_marks_a_day_a_holiday_and_back(qtbot: Any, head_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, head_ctx, editable=True)
    before = list(view.data["working_days"])  # type: ignore[index]
    december = view.months[11]
    with qtbot.waitSignal(presenter.dialog_opened) as opened:
        december.clicked.emit(QDate(2026, 12, 24))  # a Thursday
    dialog = opened.args[0]
    assert isinstance(dialog, DayDialog)
    assert dialog.holiday.isVisibleTo(dialog) and not dialog.workday.isVisibleTo(dialog)
    dialog.holiday.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a holiday needs its name
    dialog.name.setText("平安夜（测试）")
    assert ok.isEnabled()
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        dialog.accept()
    assert view.kind_of("2026-12-24") == "holiday"
    assert _colour(view, date(2026, 12, 24)) == HOLIDAY_COLOUR
    assert view.data["working_days"][11] == before[11] - 1  # type: ignore[index]
    assert view.month_boxes[11].title().endswith(f"· {before[11] - 1} working days")
    # and back to a normal working day
    with qtbot.waitSignal(presenter.dialog_opened) as opened:
        december.clicked.emit(QDate(2026, 12, 24))
    dialog = opened.args[0]
    assert dialog.holiday.isChecked() and dialog.name.text() == "平安夜（测试）"
    dialog.normal.setChecked(True)
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        dialog.accept()
    assert view.kind_of("2026-12-24") is None
    assert view.data["working_days"] == before  # type: ignore[index]


def test_weekend_day_offers_a_make_up_working_day(qtbot: Any, head_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, head_ctx, editable=True)
    with qtbot.waitSignal(presenter.dialog_opened) as opened:
        view.months[11].clicked.emit(QDate(2026, 12, 26))  # a Saturday
    dialog = opened.args[0]
    assert dialog.workday.isVisibleTo(dialog) and not dialog.holiday.isVisibleTo(dialog)
    dialog.workday.setChecked(True)
    dialog.name.setText("调休（测试）")
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        dialog.accept()
    assert view.kind_of("2026-12-26") == "workday"
    assert _colour(view, date(2026, 12, 26)) == WORKDAY_COLOUR


def test_server_refusal_is_shown_and_nothing_changes(qtbot: Any,
                                                     head_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, head_ctx, editable=True)
    before = dict(view.exceptions)
    presenter.set_day("2026-12-27", "holiday", "周日放假")  # a Sunday is no holiday to set
    head_ctx.runner.wait_idle(5000)
    boxes = [b for b in view.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert boxes and boxes[-1].text()
    assert view.exceptions == before


def test_clerk_may_look_but_not_change(qtbot: Any, clerk1_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, clerk1_ctx, editable=False)
    assert view.kind_of("2026-10-01") == "holiday"
    assert "Only people allowed" in view.hint.text()
    with qtbot.waitSignal(presenter.dialog_opened) as opened:
        view.months[9].clicked.emit(QDate(2026, 10, 1))
    box = opened.args[0]
    assert isinstance(box, QMessageBox) and box.objectName() == "calendarRefused"
    assert "not change" in box.text()
    box.close()
    # and the server refuses it too
    presenter.set_day("2026-12-24", "holiday", "test")
    clerk1_ctx.runner.wait_idle(5000)
    errors = [b for b in view.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert errors and errors[-1].windowTitle() == "Not allowed"

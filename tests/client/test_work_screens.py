"""The "My work" page against the real pmis.work in process (seeded SQLite, fixed clock):
counters that filter, colours of the server's risks, opening the record through the
registered opener (or a clear message), take and assign, the pages each user gets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from client.core.context import AppContext
from client.work import pages as work_pages
from client.work.assign_dialog import AssignDialog
from client.work.calendar_view import CalendarView
from client.work.dashboard_view import DashboardView
from client.work.todo_model import BREACHED_BG, NEAR_BG
from client.work.todo_presenter import TodoPresenter, is_working
from client.work.todo_view import TodoView
from tests.client import work_fixture
from tests.client.work_fixture import PREFIX, WorkFixture

# the shared fixtures of the work platform's screen tests
work_db, head_ctx, clerk1_ctx = work_fixture.work_db, work_fixture.head_ctx, work_fixture.clerk1_ctx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot: Any, ctx: AppContext) -> tuple[TodoView, TodoPresenter]:
    view = TodoView(can_assign=True)
    qtbot.addWidget(view)
    presenter = TodoPresenter(ctx, view)
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        presenter.start()
    ctx.runner.wait_idle(5000)
    return view, presenter


def _rows(view: TodoView) -> dict[str, int]:
    """Fixture item name -> row number in the table."""
    model = view.model
    return {str(model.row_at(r)["reference"])[len(PREFIX):]: r
            for r in range(model.rowCount())
            if str(model.row_at(r)["reference"]).startswith(PREFIX)}


def _click_counter(qtbot: Any, view: TodoView, presenter: TodoPresenter, key: str) -> None:
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        view.counter_buttons[key].click()


def test_head_sees_role_queue_escalations_and_colours(qtbot: Any, qtmodeltester: Any,
                                                      head_ctx: AppContext) -> None:
    view, _presenter = _page(qtbot, head_ctx)
    qtmodeltester.check(view.model)
    rows = _rows(view)
    # the head's role queue (office_head) and the clerk's escalated complaint; not the
    # clerks' own or queued work
    assert {"late", "near", "predicted", "paused", "fault"} <= set(rows)
    assert "queue" not in rows and "clerk2" not in rows
    model = view.model
    order = [model.row_at(r)["reference"] for r in range(model.rowCount())]
    assert order.index(f"{PREFIX}late") < order.index(f"{PREFIX}near")  # urgency first
    assert model.row_at(model.rowCount() - 1)["status"] == "paused"  # paused last

    def background(name: str) -> Any:
        return model.data(model.index(rows[name], 0), Qt.ItemDataRole.BackgroundRole)

    assert isinstance(background("late"), QBrush) and background("late").color() == BREACHED_BG
    assert background("near").color() == NEAR_BG
    assert background("predicted") is None and background("paused") is None
    risk_col = next(i for i, c in enumerate(model.columns) if c.key == "risk")
    assert model.data(model.index(rows["late"], risk_col)) == "Overdue · escalated"
    assert model.data(model.index(rows["predicted"], risk_col)) == "Predicted late"
    assert model.data(model.index(rows["paused"], risk_col)).startswith("Paused · 等待客户")
    left_col = model.left_column
    assert model.data(model.index(rows["late"], left_col)) == "-1 d 00:00 overdue"
    assert model.data(model.index(rows["fault"], left_col)) == "0:25:00"  # 45 min, 20 used
    counts = view.counts
    assert counts["escalated"] >= 1 and counts["near"] >= 1 and counts["paused"] >= 1
    assert view.counter_buttons["escalated"].text().startswith(f"{counts['escalated']}\n")
    assert counts["all"] == model.rowCount() or view.more_button.isVisible()


def test_counters_filter_the_list(qtbot: Any, head_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, head_ctx)
    everything = view.counts["all"]
    for key, risk in (("breached", "breached"), ("near", "near"), ("paused", "paused")):
        _click_counter(qtbot, view, presenter, key)
        shown = [view.model.row_at(r) for r in range(view.model.rowCount())]
        assert shown and all(r["risk"] == risk for r in shown), key
        assert view.counts["all"] == everything  # the whole list's size stays on "all"
    _click_counter(qtbot, view, presenter, "escalated")
    shown = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert shown and all(r["escalated_at"] for r in shown)
    _click_counter(qtbot, view, presenter, "role")
    assert all(view.model.row_at(r)["assigned_role"] == "office_head"
               for r in range(view.model.rowCount()))
    view.source.setCurrentIndex(view.source.findData("fault"))
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        view.source.activated.emit(view.source.currentIndex())
    assert view.model.rowCount() >= 1
    assert all(view.model.row_at(r)["source"] == "fault" for r in range(view.model.rowCount()))


def test_enter_and_double_click_open_the_record(qtbot: Any, head_ctx: AppContext,
                                                work_db: tuple[str, WorkFixture]) -> None:
    opened: list[tuple[str, int]] = []
    head_ctx.openers["application"] = lambda record_id: opened.append(("application",
                                                                       record_id))
    view, presenter = _page(qtbot, head_ctx)
    rows = _rows(view)
    view.table.setFocus()
    view.table.selectRow(rows["near"])
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    near = view.model.row_at(rows["near"])
    assert opened == [("application", near["source_id"])]
    index = view.model.index(rows["predicted"], 1)
    view.table.doubleClicked.emit(index)
    assert opened[-1] == ("application", view.model.row_at(rows["predicted"])["source_id"])
    # no page of this user opens complaints: a clear message instead of nothing
    view.table.selectRow(rows["late"])
    with qtbot.waitSignal(presenter.dialog_opened) as box:
        view.open_button.click()
    message = box.args[0]
    assert isinstance(message, QMessageBox) and f"{PREFIX}late" in message.text()
    assert "Complaint" in message.text()
    message.close()


def test_clerk_takes_from_the_role_queue(qtbot: Any, clerk1_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, clerk1_ctx)
    rows = _rows(view)
    assert {"late", "queue"} <= set(rows) and "clerk2" not in rows
    assert not view.assign_button.isVisible() or view.can_assign
    view.table.selectRow(rows["late"])
    assert not view.take_button.isEnabled()  # already hers
    view.table.selectRow(rows["queue"])
    assert view.take_button.isEnabled()
    with qtbot.waitSignal(presenter.changed, timeout=20000) as taken:
        view.take_button.click()
    assert taken.args[0]["assigned_user_name"] == "王小芳"
    clerk1_ctx.runner.wait_idle(5000)  # the reload after the write
    _click_counter(qtbot, view, presenter, "mine")
    assert "queue" in _rows(view)


def test_head_assigns_to_a_clerk_of_the_office(qtbot: Any, head_ctx: AppContext,
                                               work_db: tuple[str, WorkFixture]) -> None:
    fx = work_db[1]
    view, presenter = _page(qtbot, head_ctx)
    _click_counter(qtbot, view, presenter, "escalated")
    rows = _rows(view)
    view.table.selectRow(rows["late"])
    with qtbot.waitSignal(presenter.dialog_opened, timeout=20000) as opened:
        view.assign_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, AssignDialog)
    people = [dialog.person.itemData(i) for i in range(dialog.person.count())]
    assert people[0] is None and fx.clerk2_id in people and fx.clerk1_id in people
    assert all(u.get("home_office_id") == fx.office_id for u in dialog.users)
    dialog.person.setCurrentIndex(dialog.person.findData(fx.clerk2_id))
    with qtbot.waitSignal(presenter.changed, timeout=20000) as changed:
        dialog.accept()
    assert changed.args[0]["assigned_user_id"] == fx.clerk2_id
    head_ctx.runner.wait_idle(5000)
    late = view.model.row_at(_rows(view)["late"])
    assert late["assigned_user_id"] == fx.clerk2_id and late["assigned_user_name"]
    assignee_col = next(i for i, c in enumerate(view.model.columns) if c.key == "assigned")
    assert view.model.data(view.model.index(_rows(view)["late"], assignee_col)) == \
        late["assigned_user_name"]


def test_refused_take_shows_the_servers_message(qtbot: Any, head_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, head_ctx)
    rows = _rows(view)
    late = view.model.row_at(rows["late"])  # the clerk's complaint, escalated to the head
    presenter.take(late)
    head_ctx.runner.wait_idle(5000)
    boxes = [w for w in view.findChildren(QMessageBox) if w.objectName() == "errorBox"]
    assert boxes and boxes[-1].text()


def test_working_day_from_the_calendar() -> None:
    from datetime import date

    calendar = {"days": [{"day": "2026-10-01", "kind": "holiday", "name": "国庆节"},
                         {"day": "2026-10-10", "kind": "workday", "name": "调休"}]}
    assert not is_working(calendar, date(2026, 10, 1))  # a Thursday off
    assert is_working(calendar, date(2026, 10, 10))  # a Saturday worked
    assert is_working(calendar, date(2026, 10, 12)) and not is_working(calendar,
                                                                       date(2026, 10, 11))


def test_pages_per_user(qtbot: Any, head_ctx: AppContext, clerk1_ctx: AppContext) -> None:
    head = work_pages.pages(head_ctx)
    assert [type(w) for _s, _c, w in head] == [TodoView, DashboardView, CalendarView]
    clerk = work_pages.pages(clerk1_ctx)
    assert [type(w) for _s, _c, w in clerk] == [TodoView, CalendarView]
    assert not clerk[1][2].editable and head[2][2].editable  # type: ignore[attr-defined]
    assert not clerk[0][2].can_assign  # type: ignore[attr-defined]
    for _s, _c, widget in head + clerk:
        qtbot.addWidget(widget)
    head_ctx.runner.wait_idle(10000)
    clerk1_ctx.runner.wait_idle(10000)


def test_live_language_switch(qtbot: Any, head_ctx: AppContext) -> None:
    """Every page redraws its texts in Chinese without being rebuilt."""
    from client.core.i18n import install_translations

    found = work_pages.pages(head_ctx)
    for _s, _c, widget in found:
        qtbot.addWidget(widget)
    head_ctx.runner.wait_idle(20000)
    todo, dashboard, calendar = (w for _s, _c, w in found)
    assert isinstance(todo, TodoView) and isinstance(dashboard, DashboardView)
    assert isinstance(calendar, CalendarView)
    install_translations("zh_CN")
    try:
        for widget in (todo, dashboard, calendar):
            widget.retranslate()  # what the main window does on QEvent.LanguageChange
        assert todo.heading.text() == "我的待办"
        assert todo.counter_buttons["near"].text().endswith("\n临近超时")
        assert todo.source.itemText(0) == "全部类别"
        assert todo.model.headerData(0, Qt.Orientation.Horizontal) == "编号"
        assert dashboard.tabs.tabText(1) == "各类业务按时率"
        assert dashboard.achievement_chart.chart_.title() == "按时办结率最低的业务类型（%）"
        assert dashboard.tiles["total"].text().endswith("\n在办")
        assert calendar.list_box.title() == "节假日与调休上班日"
        assert calendar.month_boxes[0].title().startswith("一月")
        assert calendar.month_boxes[0].title().endswith("个工作日")
    finally:
        install_translations("en")
    for widget in (todo, dashboard, calendar):
        widget.retranslate()
    assert todo.heading.text() == "My work"


def test_more_pages_and_f5(qtbot: Any, clerk1_ctx: AppContext, monkeypatch: Any) -> None:
    from client.work import todo_presenter

    monkeypatch.setattr(todo_presenter, "PAGE", 3)
    view, presenter = _page(qtbot, clerk1_ctx)
    total = view.counts["all"]
    assert total > 6 and view.model.rowCount() == 3 and view.more_button.isVisibleTo(view)
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        view.more_button.click()
    assert view.model.rowCount() == 6
    ids = [view.model.row_at(r)["id"] for r in range(6)]
    assert len(set(ids)) == 6  # the next page, not the first again
    view.table.selectRow(4)
    with qtbot.waitActive(view):  # shortcuts work in the active window
        view.show()
        view.activateWindow()
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        QTest.keyClick(view, Qt.Key.Key_F5)
    assert view.model.rowCount() == 3  # a refresh starts again from the top
    assert f"3 of {total} items" in view.state.text()


def test_refresh_keeps_the_place(qtbot: Any, clerk1_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, clerk1_ctx)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    scroll = view.table.verticalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum())
    view.table.selectRow(view.model.rowCount() - 1)
    chosen = view.table.current_item()
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        presenter.refresh_timer.timeout.emit()  # the minute's refresh
    assert scroll.value() == scroll.maximum() > 0
    current = view.table.current_item()
    assert current is not None and chosen is not None and current["id"] == chosen["id"]


def test_hidden_list_is_refreshed_when_shown(qtbot: Any, clerk1_ctx: AppContext) -> None:
    view, presenter = _page(qtbot, clerk1_ctx)
    calls = len(clerk1_ctx.gateway.calls)
    presenter.refresh_timer.timeout.emit()  # a minute while the page is hidden: no call
    clerk1_ctx.runner.wait_idle(5000)
    assert len(clerk1_ctx.gateway.calls) == calls and presenter.stale
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        view.show()
    assert not presenter.stale
    assert clerk1_ctx.gateway.calls[-1] == ("pmis.work", "todo")

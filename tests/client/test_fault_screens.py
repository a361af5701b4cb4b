"""Fault repair screens against the real server objects in process: the board (countdown,
risk colours), intake with the grouping proposal, dispatch → arrival → restoration → close
through the dialogs, a lost race between two dispatchers, crews, pages and the opener."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from appserver.contract.api import OBJECT_ADMIN, OBJECT_SERVICE
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.service import fault_models as fm
from client.service.fault_crews_page import CrewsPage
from client.service.fault_dialogs import DispatchDialog, TimeNoteDialog
from client.service.fault_page import FaultRepairPage
from client.service.fault_pages import pages
from tests.helpers.inprocess import InProcessGateway

# Dialogs on the offscreen platform (a known harmless message, as in the other screen tests).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _ctx(username: str, tmp_path: Path,
         url: str | None = None) -> tuple[AppContext, TaskRunner]:
    gateway = InProcessGateway(url, locale="en")
    gateway.login(username, "demo1234")
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / f"{username}.ini"), QSettings.Format.IniFormat)
    return AppContext(gateway, runner, settings, gateway.call(OBJECT_ADMIN, "whoami")), runner


@pytest.fixture
def head_ctx(qtbot: Any, tmp_path: Path) -> Iterator[AppContext]:
    ctx, runner = _ctx("dh.head", tmp_path)
    yield ctx
    runner.wait_idle(5000)
    runner.shutdown()


def _page(qtbot: Any, ctx: AppContext) -> FaultRepairPage:
    shown: list[Any] = []
    ctx.show_page = lambda module, page: shown.append((module, page))
    page = FaultRepairPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.presenter.board_loaded, timeout=10000):
        pass
    ctx.runner.wait_idle(5000)
    return page


def _row(page: FaultRepairPage, **want: Any) -> dict[str, Any]:
    return next(r for r in page.board.rows if all(r.get(k) == v for k, v in want.items()))


def test_the_board_counts_down_and_colours_by_risk(qtbot: Any, qtmodeltester: Any,
                                                   head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    qtmodeltester.check(page.board)
    rows = page.board.rows
    assert len(rows) >= 4 and {r["status"] for r in rows} >= {"open", "dispatched", "arrived"}
    assert max(r["report_count"] for r in rows) == 3  # the demo's grouped outage
    near = next(i for i, r in enumerate(rows) if r["risk"] in ("near", "breached"))
    brush = page.board.data(page.board.index(near, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None
    text = page.board.data(page.board.index(near, 1))
    assert "min" in text
    assert "45/180" in page.as_of.text()
    assert fm.duration(-754) == "overdue 12 min" and fm.duration(3900) == "1 h 05 min"
    page.show()
    assert page.tick.isActive() and page.reload.interval() == 30_000 and page.reload.isActive()
    with qtbot.waitSignal(page.board.dataChanged, timeout=3000) as repaint:
        pass  # the one-second tick repaints the countdown column
    assert repaint.args[0].column() == 1
    with qtbot.waitSignal(page.presenter.board_loaded, timeout=10000):
        page.reload.timeout.emit()  # what the 30-second timer does: fresh rows from the server
    page.hide()
    assert not page.tick.isActive()


def test_intake_proposes_the_same_outage_and_joins_it(qtbot: Any, head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    grouped = max(page.board.rows, key=lambda r: r["report_count"])
    form = page.form
    assert form is not None
    form.area.setEditText(grouped["transformer_area"])
    form.description.setPlainText("楼道灯也不亮")
    form.caller.setText("孙女士")
    with qtbot.waitSignal(page.presenter.proposal_shown, timeout=10000) as proposal:
        form.record.click()
    assert [c["id"] for c in proposal.args[0]] == [grouped["id"]]
    assert form.proposal.isVisibleTo(page)
    with qtbot.waitSignal(page.presenter.recorded, timeout=10000) as recorded:
        form.join.click()
    ticket = recorded.args[0]
    assert ticket["id"] == grouped["id"] and ticket["report_count"] == 4
    assert page.detail.reports.rowCount() == 4
    assert not form.proposal.isVisibleTo(page)


def test_a_new_report_opens_a_ticket(qtbot: Any, qtmodeltester: Any,
                                     head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    form = page.form
    assert form is not None
    form.address.setText("南昌市东湖区测试路1号")
    form.kind.setCurrentIndex(form.kind.findData("dangerous"))
    form.description.setPlainText("电线掉落在路边")
    with qtbot.waitSignal(page.presenter.recorded, timeout=10000) as recorded:
        form.record.click()
    ticket = recorded.args[0]
    assert (ticket["status"], ticket["priority"], ticket["step"]) == ("open", "urgent",
                                                                      "arrival")
    for model in (page.detail.reports, page.detail.timeline, page.detail.items):
        qtmodeltester.check(model)
    assert page.side.currentWidget() is page.detail


def _dialog(qtbot: Any, page: FaultRepairPage, action: str) -> Any:
    with qtbot.waitSignal(page.presenter.dialog_opened, timeout=5000) as opened:
        page.detail.buttons[action].click()
    return opened.args[0]


def _act(qtbot: Any, page: FaultRepairPage, dialog: QDialog) -> dict[str, Any]:
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000) as shown:
        dialog.accept()
    page.ctx.runner.wait_idle(5000)
    ticket: dict[str, Any] = shown.args[0]
    return ticket


def test_dispatch_arrive_restore_close(qtbot: Any, head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    waiting = _row(page, status="open")
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(waiting["id"])
    assert page.detail.buttons["dispatch"].isEnabled()
    assert not page.detail.buttons["arrive"].isEnabled()
    dialog = _dialog(qtbot, page, "dispatch")
    assert isinstance(dialog, DispatchDialog) and dialog.crew.count() >= 2
    ticket = _act(qtbot, page, dialog)
    assert ticket["status"] == "dispatched" and ticket["crew_name"]
    ticket = _act(qtbot, page, _dialog(qtbot, page, "arrive"))
    assert ticket["status"] == "arrived" and ticket["step"] == "restoration"
    restore = _dialog(qtbot, page, "restore")
    assert isinstance(restore, TimeNoteDialog) and restore.note is not None
    restore.note.setPlainText("更换熔丝后恢复")
    ticket = _act(qtbot, page, restore)
    assert ticket["status"] == "restored"
    close = _dialog(qtbot, page, "close")
    close.cause.setText("低压熔丝熔断")
    ticket = _act(qtbot, page, close)
    assert ticket["status"] == "closed"
    assert [e["kind"] for e in ticket["timeline"]][-4:] == ["dispatched", "arrived",
                                                            "restored", "closed"]
    assert page.detail.items.rowCount() == 2


def test_a_given_time_in_the_future_is_refused_in_words(qtbot: Any,
                                                        head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(_row(page, status="dispatched")["id"])
    dialog = _dialog(qtbot, page, "arrive")
    dialog.when.given.setChecked(True)
    dialog.when.edit.setDateTime(dialog.when.edit.dateTime().addSecs(3 * 3600))
    calls = len(head_ctx.gateway.calls)
    dialog.accept()
    head_ctx.runner.wait_idle(5000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None and "future" in box.text()
    assert len(head_ctx.gateway.calls) == calls + 1
    assert page.detail.ticket["status"] == "dispatched"


def test_the_second_dispatcher_is_told_and_sees_the_first(qtbot: Any, head_ctx: AppContext,
                                                          tmp_path: Path) -> None:
    page = _page(qtbot, head_ctx)
    waiting = _row(page, status="open")
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(waiting["id"])
    other, runner = _ctx("dh.engineer", tmp_path,
                         head_ctx.gateway.runtime.config.database_url)
    crew = other.gateway.call(OBJECT_SERVICE, "fault_crews", None)[1]
    other.gateway.call(OBJECT_SERVICE, "dispatch_crew", waiting["id"], waiting["version"],
                       crew["id"], None, write=True)
    runner.shutdown()
    dialog = _dialog(qtbot, page, "dispatch")
    with qtbot.waitSignal(page.presenter.conflict, timeout=10000):
        dialog.accept()
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000) as reloaded:
        pass
    assert reloaded.args[0]["crew_id"] == crew["id"]


def test_crews_page_creates_and_edits(qtbot: Any, qtmodeltester: Any,
                                      head_ctx: AppContext) -> None:
    page = CrewsPage(head_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 4
    page.name.setText("东湖抢修三班")
    page.phone.setText("0791-86101103")
    with qtbot.waitSignal(page.saved, timeout=10000) as saved:
        page.save.click()
    assert saved.args[0]["name"] == "东湖抢修三班"
    page.active.setChecked(False)
    with qtbot.waitSignal(page.saved, timeout=10000) as changed:
        page.save.click()
    assert changed.args[0]["active"] is False and changed.args[0]["version"] == 2
    head_ctx.runner.wait_idle(5000)
    assert page.model.rowCount() == 5
    page.retranslate()


def test_pages_by_permission_and_the_opener(qtbot: Any, clerk_ctx: AppContext,
                                            head_ctx: AppContext) -> None:
    clerk_pages = pages(clerk_ctx)
    assert [title for title, _c, _w in clerk_pages] == ["Fault repair"]
    clerk_page = clerk_pages[0][2]
    assert isinstance(clerk_page, FaultRepairPage) and clerk_page.form is not None
    assert not clerk_page.detail.buttons["dispatch"].isVisibleTo(clerk_page)
    head_pages = pages(head_ctx)
    assert [title for title, _c, _w in head_pages] == ["Fault repair", "Repair crews"]
    for _title, _context, widget in clerk_pages + head_pages:
        qtbot.addWidget(widget)
    page = head_pages[0][2]
    assert isinstance(page, FaultRepairPage)
    shown: list[Any] = []
    head_ctx.show_page = lambda module, widget: shown.append((module, widget))
    head_ctx.runner.wait_idle(5000)
    ticket_id = page.board.rows[0]["id"]
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        assert head_ctx.open_record("fault", ticket_id)
    assert shown == [("service", page)] and page.detail.ticket["id"] == ticket_id
    page.retranslate()
    clerk_ctx.runner.wait_idle(5000)


def test_merge_move_cancel_and_correct_through_the_dialogs(qtbot: Any,
                                                           head_ctx: AppContext) -> None:
    page = _page(qtbot, head_ctx)
    by_time = sorted(page.board.rows, key=lambda r: r["first_reported_at"])
    earlier, later = by_time[0], by_time[-1]
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(later["id"])
    merge = _dialog(qtbot, page, "merge")
    merge.target.setCurrentIndex(merge.target.findData(earlier["id"]))
    merged = _act(qtbot, page, merge)
    assert merged["id"] == earlier["id"]
    assert merged["report_count"] == earlier["report_count"] + later["report_count"]
    gone = head_ctx.gateway.call(OBJECT_SERVICE, "repair_ticket", later["id"])
    assert gone["status"] == "cancelled" and gone["merged_into_id"] == earlier["id"]
    # the same report goes back out to another active ticket started before it
    target = next(r for r in page.presenter.active
                  if r["id"] != earlier["id"] and r["first_reported_at"] <= max(
                      x["reported_at"] for x in merged["reports"]))
    last = page.detail.reports.rowCount() - 1
    page.detail.report_table.selectRow(last)
    move = _dialog(qtbot, page, "move")
    move.target.setCurrentIndex(move.target.findData(target["id"]))
    moved = _act(qtbot, page, move)
    assert moved["id"] == target["id"]
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(target["id"])
    cancel = _dialog(qtbot, page, "cancel")
    cancel.kind.setCurrentIndex(cancel.kind.findData("false_report"))
    cancel.reason.setText("回访核实为误报")
    cancelled = _act(qtbot, page, cancel)
    assert cancelled["status"] == "cancelled" and "回访核实为误报" in cancelled["cancel_reason"]
    arrived = _row(page, status="arrived")
    with qtbot.waitSignal(page.presenter.ticket_shown, timeout=10000):
        page.open_ticket(arrived["id"])
    correct = _dialog(qtbot, page, "correct")
    assert correct.which.currentData() == "dispatched"
    correct.which.setCurrentIndex(correct.which.findData("arrived"))
    correct.when.edit.setDateTime(correct.when.edit.dateTime().addSecs(-600))
    correct.reason.setText("班组电话确认到达时间")
    corrected = _act(qtbot, page, correct)
    assert corrected["timeline"][-1]["kind"] == "corrected"
    assert corrected["arrived_at"] < arrived["arrived_at"]

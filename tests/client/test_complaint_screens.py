"""The Complaints page on the real API in process: the list with risk colours and filters,
intake with the customer picker and for a walk-in, every action through its dialog, a stale
version, the "complaint" opener, the statement button of the customer file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from client.core.context import AppContext
from client.core.widgets.keys import type_text
from client.customers.presenter import FilePresenter
from client.service.complaint_dialogs import ComplaintActionDialog
from client.service.complaint_models import BREACHED_BG, ComplaintsModel
from client.service.complaint_page import ComplaintsPage
from client.service.complaint_pages import pages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, clerk_ctx: AppContext) -> ComplaintsPage:
    widget = ComplaintsPage(clerk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.listing.model.rowCount() > 0, timeout=20000)
    return widget


def test_list_shows_open_complaints_with_risk_and_repeat(qtbot: Any, page: ComplaintsPage,
                                                         qtmodeltester: Any) -> None:
    model: ComplaintsModel = page.listing.model
    qtmodeltester.check(model)
    rows = model.rows
    assert all(r["status"] != "closed" for r in rows)
    risks = {(r.get("clock") or {}).get("risk") for r in rows}
    assert {"breached", "ok", "paused"} <= risks
    breached = next(i for i, r in enumerate(rows) if (r.get("clock") or {}).get("risk")
                    == "breached")
    brush = model.data(model.index(breached, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == BREACHED_BG
    assert any(r["repeat"] for r in rows)
    with qtbot.waitSignal(page.presenter.loaded, timeout=15000):
        page.listing.repeat.setChecked(True)
    assert model.rowCount() >= 1 and all(r["repeat"] for r in model.rows)
    with qtbot.waitSignal(page.presenter.loaded, timeout=15000):
        page.listing.repeat.setChecked(False)
    with qtbot.waitSignal(page.presenter.loaded, timeout=15000):
        page.listing.overdue.setChecked(True)
    assert all((r.get("clock") or {}).get("risk") == "breached" for r in model.rows)


def test_intake_for_a_customer_then_every_action(qtbot: Any, page: ComplaintsPage) -> None:
    qtbot.mouseClick(page.listing.new, Qt.MouseButton.LeftButton)
    form = page.form
    assert page.stack.currentWidget() is form
    with qtbot.waitSignal(form.picker.picked, timeout=15000):
        type_text(form.picker.query, "1000000")
        qtbot.keyClick(form.picker.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: form.picker.choice is not None
                        or form.picker.customer() is not None, timeout=15000)
        if form.picker.choice is not None:
            qtbot.keyClick(form.picker.choice, Qt.Key.Key_Return)
    picked = form.picker.customer()
    assert picked is not None
    form.category.setCurrentIndex(form.category.findData("meter"))
    type_text(form.subject, "电表走字快")
    form.text.setPlainText("家里没人时电表也在走。")
    with qtbot.waitSignal(page.presenter.registered, timeout=15000) as done:
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    c = done.args[0]
    assert c["category"] == "meter" and c["customer_id"] == picked["id"]
    assert form.picker.customer() is None  # the form is ready for the next one
    detail = page.detail
    assert page.stack.currentWidget() is detail
    assert detail.buttons["contact"].isVisibleTo(detail)
    assert detail.items.rowCount() == 2 and "TS" in detail.title.text()

    def run(action: str, text: str = "说明", choose: str | None = None) -> dict[str, Any]:
        if action == "resume":
            with qtbot.waitSignal(page.presenter.saved, timeout=15000) as saved:
                qtbot.mouseClick(detail.buttons[action], Qt.MouseButton.LeftButton)
            return dict(saved.args[0])
        with qtbot.waitSignal(page.presenter.dialog_opened, timeout=5000) as opened:
            qtbot.mouseClick(detail.buttons[action], Qt.MouseButton.LeftButton)
        dialog: ComplaintActionDialog = opened.args[0]
        if dialog.text is not None:
            dialog.text.setPlainText(text)
        if choose is not None and dialog.choice is not None:
            dialog.choice.setCurrentIndex(dialog.choice.findData(choose))
        with qtbot.waitSignal(page.presenter.saved, timeout=15000) as saved:
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dict(saved.args[0])

    assert run("contact", "已电话联系")["status"] == "contacted"
    assert run("pause", "等待客户")["paused"]
    assert detail.buttons["resume"].isVisibleTo(detail)
    assert not run("resume")["paused"]
    assert run("reply", "已现场校验")["status"] == "replied"
    assert run("callback", "", "unsatisfied")["satisfaction"] == "unsatisfied"
    assert run("reopen", "客户不满意")["reopen_count"] == 1
    run("reply", "复核完毕")
    run("callback", "", "satisfied")
    closed = run("close", "办结")
    assert closed["status"] == "closed" and detail.buttons["reopen"].isVisibleTo(detail)
    assert detail.history.rowCount() == len(closed["history"]) >= 9


def test_walk_in_without_a_name_is_refused_clearly(qtbot: Any, page: ComplaintsPage,
                                                   monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("client.service.complaint_presenter.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    page.presenter.new()
    type_text(page.form.subject, "停电")
    page.form.text.setPlainText("整栋楼停电")
    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "name and phone" in shown[0]
    assert page.form.submit.isEnabled()
    type_text(page.form.contact_name, "王先生")
    type_text(page.form.contact_phone, "13900001111")
    with qtbot.waitSignal(page.presenter.registered, timeout=15000) as done:
        qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)
    assert done.args[0]["customer_id"] is None


def test_a_stale_version_shows_the_current_complaint(qtbot: Any, page: ComplaintsPage,
                                                     monkeypatch: Any,
                                                     clerk_ctx: AppContext) -> None:
    shown: list[str] = []
    monkeypatch.setattr("client.service.complaint_presenter.show_error",
                        lambda parent, exc: shown.append(type(exc).__name__))
    row = next(r for r in page.listing.model.rows if r["status"] == "registered"
               and r["kind"] == "complaint")
    with qtbot.waitSignal(page.presenter.shown, timeout=15000):
        page.presenter.open(row["id"])
    clerk_ctx.gateway.call("pmis.service", "assign_complaint", row["id"], row["version"],
                           {"role": "office_head"}, write=True)  # someone else, meanwhile
    with qtbot.waitSignal(page.presenter.dialog_opened, timeout=5000) as opened:
        page.detail.action_requested.emit("contact")
    dialog: QDialog = opened.args[0]
    dialog.text.setPlainText("联系")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.presenter.shown, timeout=15000) as reshown:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # type: ignore
    assert shown == ["Conflict"]
    assert reshown.args[0]["assigned_role"] == "office_head"


def test_opener_and_pages(qtbot: Any, clerk_ctx: AppContext) -> None:
    found = pages(clerk_ctx)
    assert [title for title, _ctx, _w in found] == ["Complaints", "Consultations"]
    page = found[0][2]
    qtbot.addWidget(page)
    for _t, _c, widget in found[1:]:
        qtbot.addWidget(widget)
    shown: list[Any] = []
    clerk_ctx.show_page = lambda key, widget: shown.append((key, widget))
    assert isinstance(page, ComplaintsPage)
    rows = clerk_ctx.gateway.call("pmis.service", "list_complaints", {}, {"limit": 1})["rows"]
    with qtbot.waitSignal(page.presenter.shown, timeout=15000) as opened:
        assert clerk_ctx.open_record("complaint", rows[0]["id"])
    assert shown == [("service", page)] and opened.args[0]["id"] == rows[0]["id"]


def test_customer_file_prints_the_statement(qtbot: Any, clerk_ctx: AppContext) -> None:
    view = FilePresenter.make_view(clerk_ctx)
    qtbot.addWidget(view)
    customer = clerk_ctx.gateway.call("pmis.customers", "search", "1000", {"limit": 1})["rows"][0]
    presenter = FilePresenter(clerk_ctx, view, customer["id"])
    with qtbot.waitSignal(presenter.loaded, timeout=15000):
        presenter.load()
    assert view.statement.isVisibleTo(view) and view.statement.isEnabled()
    with qtbot.waitSignal(presenter.statement_shown, timeout=30000) as shown:
        qtbot.mouseClick(view.statement, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert dialog.page_count >= 1
    dialog.close()
    clerk_ctx.runner.wait_idle(10000)
    logged = clerk_ctx.gateway.call("pmis.service", "list_consultations",
                                    {"customer_id": customer["id"], "topic": "statement"}, {})
    assert logged["total"] >= 1


def test_language_switch_renames_the_server_codes(qtbot: Any, page: ComplaintsPage,
                                                  clerk_ctx: AppContext) -> None:
    assert page.listing.model.row_at(0)["kind_name"] in ("Complaint", "Suggestion", "Praise")
    clerk_ctx.gateway.locale = "zh_CN"  # what the main window does on a language switch
    with qtbot.waitSignal(page.presenter.loaded, timeout=15000):
        page.retranslate()
    assert page.listing.model.row_at(0)["kind_name"] in ("投诉", "建议", "表扬")
    assert page.listing.category.itemText(1) == "电费电价"


def test_keyboard_opens_a_complaint_from_the_list(qtbot: Any, page: ComplaintsPage) -> None:
    table = page.listing.table
    table.setFocus()
    wanted = page.listing.model.row_at(1)
    with qtbot.waitSignal(page.presenter.shown, timeout=15000) as shown:
        table.setCurrentIndex(page.listing.model.index(1, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args[0]["id"] == wanted["id"]

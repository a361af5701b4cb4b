"""The application screens on the real server in process (seeded SQLite with the demo's
applications): search, register a new residential connection for a walk-in customer, add and
view its scanned documents, complete a stage, return, suspend and resume, terminate with the
confirmation, a refused action showing the server's reason, the opener of the to-do list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from client.core.context import AppContext
from client.core.widgets.pdf_view import PdfDialog
from client.service.application_dialogs import (
    AddDocumentDialog,
    CompleteStageDialog,
    ImageDialog,
    ReasonDialog,
    ReturnDialog,
)
from client.service.application_list import ApplicationsPage
from client.service.application_pages import pages
from client.service.application_presenter import DetailPresenter
from client.service.application_register import RegisterDialog

WAIT = 10_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WALK_IN = {"applicant_name": "周晓梅", "id_doc_type": "id_card",
           "id_doc_no": "360102199003154321", "phone_mobile": "13907915566",
           "address": "南昌市东湖区八一大道318号2栋501室", "customer_class": "residential",
           "voltage_level": "220V", "capacity_kva": "8"}


def _page(qtbot: Any, ctx: AppContext) -> ApplicationsPage:
    page = ApplicationsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.types) and page.ctx.runner.pending == 0, timeout=WAIT)
    return page


def _open(qtbot: Any, page: ApplicationsPage, application_id: int) -> DetailPresenter:
    presenter = page.open_application(application_id)
    qtbot.waitUntil(lambda: presenter.application.get("id") == application_id, timeout=WAIT)
    return presenter


def _dialog(qtbot: Any, presenter: DetailPresenter, action: str) -> Any:
    with qtbot.waitSignal(presenter.dialog_opened, timeout=WAIT) as opened:
        if action == "attach":
            presenter.view.add_button.click()
        else:
            presenter.view.buttons[action].click()
    return opened.args[0]


def _act(qtbot: Any, presenter: DetailPresenter, dialog: Any, action: str) -> None:
    with qtbot.waitSignal(presenter.acted, timeout=WAIT) as acted:
        dialog.ok_button.click()
    assert acted.args == [action]
    if action == "attach":  # the list reloads after an upload
        qtbot.waitUntil(lambda: presenter.ctx.runner.pending == 0, timeout=WAIT)


def _register(qtbot: Any, page: ApplicationsPage) -> DetailPresenter:
    with qtbot.waitSignal(page.register_opened, timeout=WAIT) as opened:
        QApplication.sendEvent(page, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N,
                                               Qt.KeyboardModifier.ControlModifier))
        if page.dialog is None:  # offscreen: the shortcut needs an active window
            page.new_button.click()
    dialog: RegisterDialog = opened.args[0]
    dialog.select_type("new_lv_residential")
    assert not dialog.picker.isVisibleTo(dialog)  # a walk-in customer: no customer yet
    dialog.form.set_values(WALK_IN)
    with qtbot.waitSignal(page.detail_opened, timeout=WAIT) as detail:
        dialog.ok_button.click()
    presenter: DetailPresenter = detail.args[0]
    assert presenter.application["stage"] == "acceptance"
    return presenter


def _scans(tmp_path: Path) -> tuple[Path, Path]:
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f5f0"))
    png = tmp_path / "id_card.png"
    image.save(str(png))
    pdf = tmp_path / "lease.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 400, "Lease contract")
    painter.end()
    return png, pdf


def test_the_pages_follow_permissions(qtbot: Any, login: Any) -> None:
    clerk = pages(login("dh.clerk1"))
    manager = pages(login("manager"))
    for _title, _context, widget in clerk + manager:
        qtbot.addWidget(widget)
    assert [t for t, _c, _w in clerk] == ["Applications"]
    assert [t for t, _c, _w in manager] == ["Applications", "Workflows"]


def test_search_finds_the_demo_applications(qtbot: Any, login: Any,
                                            qtmodeltester: Any) -> None:
    page = _page(qtbot, login("dh.clerk1"))
    qtmodeltester.check(page.model)
    assert page.total > 0 and page.model.rowCount() > 0
    first = page.model.row_at(0)
    page.text.setText(str(first["app_no"]))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.total == 1 and page.model.row_at(0)["id"] == first["id"]
    qtbot.keyClick(page.text, Qt.Key.Key_Down)  # into the list, Enter opens the row
    assert page.table.currentIndex().row() == 0
    with qtbot.waitSignal(page.detail_opened, timeout=WAIT):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.show_search()
    page.text.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("suspended"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.search()
    assert {r["status"] for r in page.model.rows} <= {"suspended"}
    column = [c.key for c in page.model.columns].index("time_left")
    for row in range(page.model.rowCount()):  # a suspended clock shows grey "Paused"
        index = page.model.index(row, column)
        assert page.model.data(index) == "Paused"
        assert page.model.data(index, Qt.ItemDataRole.ForegroundRole).color() == \
            QColor("#757575")
    page.status_filter.setCurrentIndex(0)
    page.mine.setChecked(True)  # toggling searches
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=WAIT)
    assert all(r["stage"] in ("acceptance", "archive") or r["status"] != "active"
               for r in page.model.rows)  # a counter clerk works these stages


def test_register_attach_view_and_complete_acceptance(qtbot: Any, login: Any,
                                                      tmp_path: Path,
                                                      qtmodeltester: Any) -> None:
    page = _page(qtbot, login("dh.clerk1"))
    presenter = _register(qtbot, page)
    view = presenter.view
    for model in (view.attachments, view.events, view.items):
        qtmodeltester.check(model)
    assert view.path.state_of("acceptance") == "current"
    assert view.path.state_of("site_survey") == "ahead"
    assert "ID card scan" in view.missing.text()
    assert view.items.rowCount() == 1 and view.items.row_at(0)["status"] == "open"

    # Completing before the documents are scanned: the server refuses and says why.
    dialog = _dialog(qtbot, presenter, "advance")
    assert isinstance(dialog, CompleteStageDialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=WAIT)
    assert "ID card" in dialog.problem.text() and dialog.isVisible()
    dialog.reject()

    png, pdf = _scans(tmp_path)
    for doc_type, path in (("id_card", png), ("property_cert", pdf)):
        add = _dialog(qtbot, presenter, "attach")
        assert isinstance(add, AddDocumentDialog)
        add.doc_type.setCurrentIndex(add.doc_type.findData(doc_type))
        add.path.setText(str(path))
        _act(qtbot, presenter, add, "attach")
    qtbot.waitUntil(lambda: view.attachments.rowCount() == 2, timeout=WAIT)
    assert not view.missing.isVisibleTo(view)

    rows = {r["doc_type"]: r for r in view.attachments.rows}
    with qtbot.waitSignal(presenter.document_shown, timeout=WAIT) as shown:
        view.view_document_requested.emit(rows["id_card"])
    image = shown.args[0]
    assert isinstance(image, ImageDialog) and image.loaded
    image.close()
    with qtbot.waitSignal(presenter.document_shown, timeout=WAIT) as shown:
        view.view_document_requested.emit(rows["property_cert"])
    preview = shown.args[0]
    assert isinstance(preview, PdfDialog) and preview.page_count == 1
    preview.close()

    dialog = _dialog(qtbot, presenter, "advance")
    _act(qtbot, presenter, dialog, "advance")
    assert presenter.application["stage"] == "site_survey"
    assert view.path.state_of("acceptance") == "done"
    assert not view.buttons["advance"].isEnabled()  # the survey is the engineer's
    assert [e["action"] for e in view.events.rows][:2] == ["advance", "attach"]


def test_engineer_completes_returns_suspends_and_head_terminates(
        qtbot: Any, login: Any, tmp_path: Path) -> None:
    clerk_page = _page(qtbot, login("dh.clerk1"))
    presenter = _register(qtbot, clerk_page)
    aid = int(presenter.application["id"])
    png, pdf = _scans(tmp_path)
    for doc_type, path in (("id_card", png), ("property_cert", pdf)):
        add = _dialog(qtbot, presenter, "attach")
        add.doc_type.setCurrentIndex(add.doc_type.findData(doc_type))
        add.path.setText(str(path))
        _act(qtbot, presenter, add, "attach")
    _act(qtbot, presenter, _dialog(qtbot, presenter, "advance"), "advance")

    engineer = _open(qtbot, _page(qtbot, login("dh.engineer")), aid)
    dialog = _dialog(qtbot, engineer, "advance")
    assert "transformer_area" in dialog.fields.editors  # the survey's field is asked for
    editor = dialog.fields.editors["transformer_area"]
    assert isinstance(editor, QLineEdit)
    editor.setText("东湖08号台区")
    _act(qtbot, engineer, dialog, "advance")
    assert engineer.application["stage"] == "supply_plan"
    assert engineer.application["fields"]["transformer_area"] == "东湖08号台区"

    back = _dialog(qtbot, engineer, "return")
    assert isinstance(back, ReturnDialog)
    back.stage.setCurrentIndex(back.stage.findData("site_survey"))
    back.ok_button.click()  # no reason yet: asked for one, nothing sent
    assert back.problem.isVisibleTo(back)
    back.reason.setPlainText("勘查记录缺少表箱位置")
    _act(qtbot, engineer, back, "return")
    assert engineer.application["stage"] == "site_survey"
    assert engineer.view.path.state_of("supply_plan") == "ahead"

    suspend = _dialog(qtbot, engineer, "suspend")
    assert isinstance(suspend, ReasonDialog)
    suspend.reason.setPlainText("客户出差，约定下周勘查")
    _act(qtbot, engineer, suspend, "suspend")
    assert engineer.application["status"] == "suspended"
    assert engineer.view.buttons["resume"].isVisibleTo(engineer.view)
    assert engineer.view.path.state_of("site_survey") == "paused"
    resume = _dialog(qtbot, engineer, "resume")
    resume.reason.setPlainText("客户已回")
    _act(qtbot, engineer, resume, "resume")
    assert engineer.application["status"] == "active"

    head = _open(qtbot, _page(qtbot, login("dh.head")), aid)
    assert not head.view.buttons["advance"].isEnabled()
    end = _dialog(qtbot, head, "terminate")
    assert isinstance(end, ReasonDialog)
    end.reason.setPlainText("客户撤回申请")
    assert not end.ok_button.isEnabled()  # the confirmation tick comes first
    end.confirm.setChecked(True)
    _act(qtbot, head, end, "terminate")
    assert head.application["status"] == "terminated"
    assert head.view.path.state_of("site_survey") == "ended"
    assert not any(b.isEnabled() for b in head.view.buttons.values())


def test_a_stale_detail_is_reloaded(qtbot: Any, login: Any) -> None:
    page = _page(qtbot, login("dh.clerk1"))
    presenter = _register(qtbot, page)
    a = presenter.application
    page.ctx.gateway.call("pmis.service", "update_application", a["id"], a["version"],
                          {"industry": "居民生活"}, "", write=True)  # another window
    presenter.view.note.setText("客户要求上午联系")
    with qtbot.waitSignal(presenter.conflict, timeout=WAIT):
        presenter.view.save_button.click()
    qtbot.waitUntil(lambda: presenter.application.get("version") == a["version"] + 1,
                    timeout=WAIT)
    box = presenter.view.findChild(QMessageBox, "conflictBox")
    assert box is not None
    box.close()


def test_register_refusal_is_shown_next_to_the_form(qtbot: Any, login: Any) -> None:
    page = _page(qtbot, login("dh.clerk1"))
    dialog = page.new_application()
    assert dialog is not None
    dialog.select_type("new_lv_residential")
    dialog.form.set_values({**WALK_IN, "phone_mobile": "1390791"})  # too short
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.problem.isVisibleTo(dialog), timeout=WAIT)
    assert "Mobile" in dialog.form.problem.text()
    assert dialog.form.editors["phone_mobile"].hasFocus() or not dialog.isActiveWindow()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    kinds = {f["name"]: type(dialog.form.editors[f["name"]]) for f in dialog.form.fields}
    assert kinds["customer_class"] is QComboBox and kinds["capacity_kva"] is QLineEdit
    dialog.reject()


def test_the_to_do_opener_shows_the_application(qtbot: Any, login: Any) -> None:
    ctx = login("dh.clerk1")
    shown: list[Any] = []
    ctx.show_page = lambda key, widget: shown.append((key, widget))
    page = _page(qtbot, ctx)
    aid = int(page.model.row_at(0)["id"])
    assert ctx.open_record("application", aid)
    assert shown == [("service", page)]
    qtbot.waitUntil(lambda: page.details[aid].application.get("id") == aid, timeout=WAIT)
    assert page.tabs.currentWidget() is page.details[aid].view
    page.close_tab(page.tabs.currentIndex())
    assert aid not in page.details


def test_a_capacity_increase_is_registered_for_a_picked_customer(qtbot: Any,
                                                                 login: Any) -> None:
    ctx = login("dh.clerk1")
    page = _page(qtbot, ctx)
    dialog = page.new_application()
    assert dialog is not None
    dialog.select_type("capacity_increase")
    assert dialog.picker.isVisibleTo(dialog)
    assert list(dialog.form.editors) == ["capacity_kva"]  # what the counter asks for
    customer = ctx.gateway.call("pmis.customers", "search", "王",
                                {"offset": 0, "limit": 1})["rows"][0]
    dialog.picker.set_customer(customer)
    dialog.form.set_values({"capacity_kva": "16"})
    with qtbot.waitSignal(page.registered, timeout=WAIT) as registered:
        dialog.ok_button.click()
    application = registered.args[0]
    assert application["customer_id"] == customer["id"]
    assert application["account_no"] == customer["account_no"]
    presenter = page.details[int(application["id"])]
    assert customer["account_no"] in presenter.view.summary.text()
    editor = presenter.view.form.editors["capacity_kva"]
    assert isinstance(editor, QLineEdit)
    editor.setText("20")
    with qtbot.waitSignal(presenter.acted, timeout=WAIT) as acted:
        presenter.view.save_button.click()
    assert acted.args == ["save"]
    assert presenter.application["fields"]["capacity_kva"] in ("20", "20.00")
    assert presenter.application["version"] == application["version"] + 1


def _complete(qtbot: Any, presenter: DetailPresenter, values: dict[str, str]) -> None:
    dialog = _dialog(qtbot, presenter, "advance")
    assert isinstance(dialog, CompleteStageDialog)
    assert set(values) <= set(dialog.fields.editors)
    dialog.fields.set_values({**dialog.fields.values(), **values})
    _act(qtbot, presenter, dialog, "advance")


def test_a_walk_in_connection_completes_into_the_customer_file(qtbot: Any, login: Any,
                                                                tmp_path: Path) -> None:
    clerk = _page(qtbot, login("dh.clerk1"))
    presenter = _register(qtbot, clerk)
    aid = int(presenter.application["id"])
    png, pdf = _scans(tmp_path)
    for doc_type, path in (("id_card", png), ("property_cert", pdf)):
        add = _dialog(qtbot, presenter, "attach")
        add.doc_type.setCurrentIndex(add.doc_type.findData(doc_type))
        add.path.setText(str(path))
        _act(qtbot, presenter, add, "attach")
    _complete(qtbot, presenter, {})
    engineer = _open(qtbot, _page(qtbot, login("dh.engineer")), aid)
    _complete(qtbot, engineer, {"transformer_area": "东湖08号台区"})
    tariff = engineer.view.form.editors["tariff_code"]
    assert isinstance(tariff, QComboBox) and tariff.findData("JX-RES-ANNUAL") >= 0
    _complete(qtbot, engineer, {"tariff_code": "JX-RES-ANNUAL", "metering_mode": "lv_lv"})
    _complete(qtbot, engineer, {})
    technician = _open(qtbot, _page(qtbot, login("dh.metertech")), aid)
    _complete(qtbot, technician, {"meter_serial": "ZJ9900112233", "meter_type": "单相智能电能表",
                                  "meter_digits": "6", "meter_registers": "total,peak,valley",
                                  "initial_reading": "0"})
    archive = _open(qtbot, _page(qtbot, login("dh.clerk1")), aid)
    dialog = _dialog(qtbot, archive, "advance")
    assert "last stage" in dialog.intro.text() and not dialog.next_stage.isVisibleTo(dialog)
    _act(qtbot, archive, dialog, "advance")
    done = archive.application
    assert done["status"] == "completed" and done["result"]["account_no"]
    assert done["result"]["account_no"] in archive.view.clock.text()
    assert all(archive.view.path.state_of(s["code"]) == "done"
               for s in archive.view.path.stages)
    assert not any(b.isEnabled() for b in archive.view.buttons.values())

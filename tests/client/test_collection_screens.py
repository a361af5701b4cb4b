"""The collection screens against the real API in process: the arrears list with its
filters and steps, issuing reminders with the notice preview, the penalty explanation; the
bank files page exporting a file to disk, importing the bank's answer and showing the
reconciliation; every model passes qtmodeltester."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy.orm import Session

from appserver.core.clock import FixedClock
from appserver.core.dates import OFFICE_ZONE
from appserver.payments import bank_format as fmt
from appserver.payments.collection_demo import seed_collection_demo
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.payments import collection_pages
from client.payments.collection_arrears_presenter import ArrearsPresenter
from client.payments.collection_arrears_view import ArrearsView, WaiverDialog
from client.payments.collection_bank_presenter import BankFilesPresenter
from client.payments.collection_bank_view import BankFilesView
from tests.appserver.collection_helpers import bill_debt, new_customer
from tests.helpers.inprocess import InProcessGateway

WAIT_MS = 15000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


NOW = datetime(2026, 11, 28, 10, 0, tzinfo=OFFICE_ZONE)


@pytest.fixture(scope="module")
def head_gateway() -> InProcessGateway:
    """The demo's collection history, plus six customers of DH due for a reminder (less than
    30 days overdue, so a reminder leaves them waiting)."""
    gw = InProcessGateway(locale="en", clock=FixedClock(NOW))
    seed_collection_demo(gw.runtime.db.engine, NOW.date())
    with Session(gw.runtime.db.engine) as db, db.begin():
        for n in range(6):
            customer = new_customer(db, customer_class="commercial" if n % 2 else
                                    "residential", now=NOW)
            bill_debt(db, customer, f"{180 + 75 * n}.40", date(2026, 11, 1 + n), 202610,
                      NOW)
    gw.login("dh.head", "demo1234")
    return gw


@pytest.fixture
def head_ctx(qtbot: Any, head_gateway: InProcessGateway,
             tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    context = AppContext(head_gateway, runner, settings,
                         head_gateway.call("pmis.admin", "whoami"))
    yield context
    runner.wait_idle(WAIT_MS)
    runner.shutdown()


def _arrears(qtbot: Any, ctx: AppContext) -> tuple[ArrearsView, ArrearsPresenter]:
    view = ArrearsView(can_issue=True)
    qtbot.addWidget(view)
    presenter = ArrearsPresenter(ctx, view)
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        presenter.load()
    return view, presenter


def test_the_pages_follow_the_rights(head_ctx: AppContext, clerk_ctx: AppContext,
                                     qtbot: Any) -> None:
    head_pages = collection_pages.pages(head_ctx)
    assert [title for title, _ctx, _w in head_pages] == ["Arrears", "Bank files"]
    clerk_pages = collection_pages.pages(clerk_ctx)
    assert [title for title, _ctx, _w in clerk_pages] == ["Arrears"]  # no bank files
    arrears = clerk_pages[0][2]
    assert isinstance(arrears, ArrearsView)
    assert not any(b.isVisible() or b.isVisibleTo(arrears)
                   for b in arrears.issue_buttons.values())
    for _t, _c, widget in head_pages + clerk_pages:
        qtbot.addWidget(widget)
    head_ctx.runner.wait_idle(WAIT_MS)
    clerk_ctx.runner.wait_idle(WAIT_MS)


def test_the_arrears_list_filters_and_shows_steps(head_ctx: AppContext, qtbot: Any,
                                                  qtmodeltester: Any) -> None:
    view, presenter = _arrears(qtbot, head_ctx)
    qtmodeltester.check(view.model)
    rows = view.model.rows
    assert rows and all(r["office_name"] for r in rows)
    assert {r["action"] for r in rows} >= {"reminder"}
    assert "customers" in view.summary.text()
    view.action.setCurrentIndex(view.action.findData("reminder"))
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        view.show_button.click()
    assert view.model.rowCount() > 0
    assert {r["action"] for r in view.model.rows} == {"reminder"}
    view.action.setCurrentIndex(0)
    view.min_days.setValue(60)
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        view.show_button.click()
    assert all(r["days_overdue"] >= 60 for r in view.model.rows)


def test_issuing_reminders_for_the_selection(head_ctx: AppContext, qtbot: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    view, presenter = _arrears(qtbot, head_ctx)
    due = [i for i, r in enumerate(view.model.rows) if r["action"] == "reminder"][:2]
    assert due
    for i in due:
        view.table.selectionModel().select(
            view.model.index(i, 0), view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows)
    button = view.issue_buttons["reminder"]
    assert button.isEnabled() and not view.issue_buttons["disconnection"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    chosen = [view.model.row_at(i)["customer_id"] for i in due]
    with qtbot.waitSignal(presenter.pdf_opened, timeout=WAIT_MS) as opened:
        button.click()
    dialog = opened.args[0]
    assert dialog.page_count == len(due)
    dialog.close()
    head_ctx.runner.wait_idle(WAIT_MS)
    after = {r["customer_id"]: r for r in view.model.rows}
    assert all(after[c]["action"] == "" and after[c]["last_reminder_at"] for c in chosen
               if c in after)


def test_penalty_details_explain_the_computation(head_ctx: AppContext, qtbot: Any,
                                                 qtmodeltester: Any) -> None:
    view, presenter = _arrears(qtbot, head_ctx)
    view.table.selectRow(0)
    with qtbot.waitSignal(presenter.detail_opened, timeout=WAIT_MS) as opened:
        view.detail_button.click()
    dialog = opened.args[0]
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() >= 1
    assert "‰" in dialog.model.row_at(0)["explanation"]
    dialog.close()


def _bank_answer(data: bytes) -> bytes:
    """Play the bank: every third line failed for lack of funds, the rest paid."""
    lines = [line.split("|") for line in data.decode("gb18030").split("\r\n") if line]
    results = [fmt.ResultLine(0, int(f[1]), f[2], Decimal(f[5]),
                              "F" if int(f[1]) % 3 == 0 else "S",
                              "51" if int(f[1]) % 3 == 0 else "",
                              "余额不足" if int(f[1]) % 3 == 0 else "")
               for f in lines if f[0] == "D"]
    return fmt.write_result(lines[0][3], lines[0][4], date(2026, 11, 29), results)


def test_export_import_and_reconciliation(head_ctx: AppContext, qtbot: Any, tmp_path: Path,
                                          qtmodeltester: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    view = BankFilesView()
    qtbot.addWidget(view)
    presenter = BankFilesPresenter(head_ctx, view)
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        presenter.start()
    head_ctx.runner.wait_idle(WAIT_MS)
    assert view.bank.count() == 4 and view.agreements.rowCount() > 0
    assert all("****" in r["bank_account"] for r in view.agreements.rows)
    saved = tmp_path / "request.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(presenter.exported, timeout=WAIT_MS) as done:
        view.export_button.click()
    result, path = done.args
    assert path == str(saved) and saved.read_bytes() == base64.b64decode(
        result["content_base64"])
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        pass
    assert view.batches.rowCount() >= 1
    answer = tmp_path / "result.txt"
    answer.write_bytes(_bank_answer(saved.read_bytes()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer), ""))
    with qtbot.waitSignal(presenter.imported, timeout=WAIT_MS) as imported:
        view.import_button.click()
    report = imported.args[0]
    lines = result["batch"]["line_count"]
    assert report["new_lines"] == lines and report["summary"]["balanced"] is True
    assert report["summary"]["failed_count"] == lines // 3
    assert view.failures.rowCount() == lines // 3
    assert view.figure_labels["balanced"][1].text() == "yes"
    for model in (view.batches, view.failures, view.agreements):
        qtmodeltester.check(model)
    head_ctx.runner.wait_idle(WAIT_MS)


def test_waiving_part_of_a_penalty(head_ctx: AppContext, qtbot: Any,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    view, presenter = _arrears(qtbot, head_ctx)
    index = next(i for i, r in enumerate(view.model.rows) if r["penalty"] not in ("0.00",))
    row = view.model.row_at(index)
    view.table.selectRow(index)
    assert view.waive_button.isEnabled()
    dialog = WaiverDialog(row, view)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == row["penalty"] and not dialog.ok.isEnabled()
    dialog.reason.setText("hardship")
    assert dialog.ok.isEnabled()

    def accept(self: WaiverDialog) -> int:
        self.amount.setText("0.50")
        self.reason.setText("hardship, confirmed by the office head")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WaiverDialog, "exec", accept)
    with qtbot.waitSignal(presenter.waived, timeout=WAIT_MS) as waived:
        view.waive_button.click()
    assert waived.args[0]["amount"] == "0.50"
    with qtbot.waitSignal(presenter.loaded, timeout=WAIT_MS):
        pass
    after = next(r for r in view.model.rows if r["customer_id"] == row["customer_id"])
    assert Decimal(after["penalty"]) == Decimal(row["penalty"]) - Decimal("0.50")

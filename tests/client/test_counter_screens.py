"""The counter screens on the real API in process: find a customer by keyboard, a partial cash
payment with the change computed live, the receipt preview, a reprint (copy), a reversal
request approved on the approvals page by the office head, the closed till refused, and the
cash close with its report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.core.widgets.keys import type_text
from client.payments import counter_models as models
from client.payments.counter_approvals import ApprovalsPresenter, ApprovalsView
from client.payments.counter_close import ClosePresenter, CloseView
from client.payments.counter_pages import approvals_page, close_page, counter_page, pages
from client.payments.counter_presenter import CounterPresenter
from client.payments.counter_view import CounterView, ReasonDialog
from tests.appserver.counter_support import add_bill, new_customer
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20_000


@pytest.fixture
def database() -> str:
    return seeded_sqlite()


def _ctx(database: str, username: str, tmp_path: Path) -> AppContext:
    gw = InProcessGateway(database, locale="en")
    gw.login(username, "demo1234")
    settings = QSettings(str(tmp_path / f"{username}.ini"), QSettings.Format.IniFormat)
    return AppContext(gw, TaskRunner(), settings, gw.call("pmis.admin", "whoami"))


@pytest.fixture
def clerk(qtbot: Any, database: str, tmp_path: Path) -> Iterator[AppContext]:
    ctx = _ctx(database, "dh.clerk1", tmp_path)
    yield ctx
    ctx.runner.wait_idle(5000)
    ctx.runner.shutdown()


@pytest.fixture
def head(qtbot: Any, database: str, tmp_path: Path) -> Iterator[AppContext]:
    ctx = _ctx(database, "dh.head", tmp_path)
    yield ctx
    ctx.runner.wait_idle(5000)
    ctx.runner.shutdown()


@pytest.fixture
def customer(clerk: AppContext) -> dict[str, Any]:
    """A customer of DH with two bills (100.00 and 60.00), not yet due (so no penalty)."""
    now = datetime.now(UTC)
    with Session(clerk.gateway.runtime.db.engine) as db, db.begin():
        c = new_customer(db, "DH", now)
        first = add_bill(db, c, "100.00", date(2027, 9, 18), now)
        add_bill(db, c, "60.00", date(2027, 10, 18), now)
        return {"id": c.id, "account_no": c.account_no, "first_bill": first.id}


def _counter(qtbot: Any, ctx: AppContext) -> tuple[CounterView, CounterPresenter]:
    view = counter_page(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    presenter = view.findChild(CounterPresenter)
    assert presenter is not None
    return view, presenter


def _open_by_keyboard(qtbot: Any, view: CounterView, presenter: CounterPresenter,
                      account_no: str) -> dict[str, Any]:
    view.search.focus_box()
    type_text(view.search.box, account_no)
    with qtbot.waitSignal(presenter.search.loaded, timeout=WAIT):
        qtbot.keyClick(view.search.box, Qt.Key.Key_Return)
    qtbot.keyClick(view.search.box, Qt.Key.Key_Down)
    with qtbot.waitSignal(presenter.account_loaded, timeout=WAIT) as loaded:
        qtbot.keyClick(view.search.table, Qt.Key.Key_Return)
    account: dict[str, Any] = loaded.args[0]
    return account


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    rows: dict[Any, dict[str, Any]] = {
        models.debts_model: {"period": "2026-09", "entry_type": "bill", "due_on": "2026-09-18",
                             "amount": "1.00", "open_amount": "1.00", "overdue_days": 3,
                             "penalty_today": "0.00"},
        models.payments_model: {"receipt_no": "R1", "received_at": "2026-11-28T01:00:00+00:00",
                                "amount": "1.00", "tender_type": "cash", "channel": "counter",
                                "clerk": "x", "state": "posted"},
        models.till_payments_model: {"receipt_no": "R1", "customer_name": "n",
                                     "account_no": "1", "amount": "1.00",
                                     "tender_type": "card", "state": "reversed"},
        models.reversals_model: {"id": 1, "receipt_no": "R1", "status": "pending"},
        models.tenders_model: {"tender_type": "cash", "payment_count": 1,
                               "payments_total": "1.00", "reversal_count": 0,
                               "reversals_total": "0.00", "net_total": "1.00"},
        models.closes_model: {"clerk": "x", "status": "open", "counted_cash": None},
    }
    for make, row in rows.items():
        model = make()
        model.set_rows([row, dict(row)])
        qtmodeltester.check(model)


def test_change_is_exact_decimal_arithmetic() -> None:
    assert models.change_due("120.50", "200") == Decimal("79.50")
    assert models.change_due("0.10", "0.30") == Decimal("0.20")
    assert models.change_due("120.50", "100") is None
    for bad in ("", "1e3", "NaN", "-5", "1.234", "１２", "12,5"):
        assert models.parse_money(bad) is None


def test_partial_cash_payment_with_change_then_receipt(qtbot: Any, clerk: AppContext,
                                                       customer: dict[str, Any]) -> None:
    view, presenter = _counter(qtbot, clerk)
    account = _open_by_keyboard(qtbot, view, presenter, customer["account_no"])
    assert account["owes"] == "160.00"
    assert view.amount.hasFocus() and view.amount.text() == account["total_due"]
    assert [r["open_amount"] for r in view.debts.model().rows] == ["100.00", "60.00"]  # type: ignore[attr-defined]
    view.amount.clear()
    type_text(view.amount, "120.00")
    qtbot.keyClick(view.amount, Qt.Key.Key_Tab)
    assert view.tender.hasFocus() and view.tender_code() == "cash"
    qtbot.keyClick(view.tender, Qt.Key.Key_Tab)
    type_text(view.tendered, "150")
    assert view.change.text() == "30.00"
    with qtbot.waitSignal(presenter.receipt_opened, timeout=WAIT) as opened, \
            qtbot.waitSignal(presenter.posted, timeout=WAIT) as posted:
        qtbot.keyClick(view.tendered, Qt.Key.Key_Return)
    result = posted.args[0]
    assert result["change"] == "30.00" and result["owes"] == "40.00"
    assert [s["amount"] for s in result["settled"]] == ["100.00", "20.00"]
    dialog = opened.args[0]
    assert dialog.page_count == 1 and dialog.windowTitle() == "Receipt"
    qtbot.waitUntil(lambda: view.figures["owes"].text() == "40.00", timeout=WAIT)
    assert "Change: 30.00" in view.message.text()
    dialog.close()
    # the reprint is a copy
    view.payments.selectRow(0)
    with qtbot.waitSignal(presenter.receipt_opened, timeout=WAIT) as again:
        view.reprint.click()
    assert again.args[0].windowTitle() == "Receipt (copy)"
    again.args[0].close()


def test_overpayment_by_card_becomes_prepaid(qtbot: Any, clerk: AppContext,
                                             customer: dict[str, Any]) -> None:
    view, presenter = _counter(qtbot, clerk)
    _open_by_keyboard(qtbot, view, presenter, customer["account_no"])
    view.tender.setCurrentIndex(models.TENDERS.index("card"))
    assert not view.tendered.isEnabled()
    view.amount.setText("200.00")
    with qtbot.waitSignal(presenter.posted, timeout=WAIT) as posted:
        view.post.click()
    assert posted.args[0]["prepaid"] == "40.00"
    qtbot.waitUntil(lambda: view.figures["prepaid"].text() == "40.00", timeout=WAIT)
    assert view.debts.model().rowCount() == 0


def test_reversal_requested_at_the_counter_and_approved_by_the_head(
        qtbot: Any, clerk: AppContext, head: AppContext, customer: dict[str, Any]) -> None:
    view, presenter = _counter(qtbot, clerk)
    _open_by_keyboard(qtbot, view, presenter, customer["account_no"])
    with qtbot.waitSignal(presenter.posted, timeout=WAIT):
        view.post.click()  # the total due
    qtbot.waitUntil(lambda: view.payments.model().rowCount() == 1, timeout=WAIT)
    view.payments.selectRow(0)
    assert view.request_reversal.isEnabled()
    view.request_reversal.click()
    dialog = view.reason_dialog
    assert isinstance(dialog, ReasonDialog) and not dialog.ok.isEnabled()
    type_text(dialog.reason, "收错客户")
    with qtbot.waitSignal(presenter.reversal_sent, timeout=WAIT):
        dialog.ok.click()
    qtbot.waitUntil(lambda: view.payments.model().row_at(0)["state"] == "reversal_pending",  # type: ignore[attr-defined]
                    timeout=WAIT)
    approvals = approvals_page(head)
    qtbot.addWidget(approvals)
    approvals.show()
    ap = approvals.findChild(ApprovalsPresenter)
    assert isinstance(approvals, ApprovalsView) and ap is not None
    qtbot.waitUntil(lambda: any(r["reason"] == "收错客户" for r in approvals.model.rows),
                    timeout=WAIT)
    row = [r["reason"] for r in approvals.model.rows].index("收错客户")
    approvals.table.selectRow(row)
    approvals.note.setText("核实无误")
    approvals.approve.click()
    box = approvals.confirm
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(ap.decided, timeout=WAIT) as decided:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert decided.args[0]["status"] == "approved"
    presenter.reload()
    qtbot.waitUntil(lambda: view.figures["owes"].text() == "160.00", timeout=WAIT)


def test_cash_close_then_the_till_refuses(qtbot: Any, clerk: AppContext,
                                          customer: dict[str, Any]) -> None:
    view, presenter = _counter(qtbot, clerk)
    _open_by_keyboard(qtbot, view, presenter, customer["account_no"])
    view.amount.setText("10.00")
    with qtbot.waitSignal(presenter.posted, timeout=WAIT):
        view.post.click()
    close = close_page(clerk)
    qtbot.addWidget(close)
    close.show()
    cp = close.findChild(ClosePresenter)
    assert isinstance(close, CloseView) and cp is not None
    qtbot.waitUntil(lambda: close.day is not None and close.day["totals"]["payment_count"] >= 1,
                    timeout=WAIT)
    assert close.close_button.isEnabled()
    expected = close.day["expected_cash"]  # type: ignore[index]
    type_text(close.counted, expected)
    qtbot.keyClick(close.counted, Qt.Key.Key_Return)
    box = close.confirm
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(cp.report_opened, timeout=WAIT) as report, \
            qtbot.waitSignal(cp.closed, timeout=WAIT) as closed:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert closed.args[0]["difference"] == "0.00"
    assert report.args[0].page_count >= 1
    report.args[0].close()
    qtbot.waitUntil(lambda: not close.close_button.isEnabled(), timeout=WAIT)
    presenter.reload()
    qtbot.waitUntil(lambda: not view.post.isEnabled(), timeout=WAIT)
    assert "closed" in view.message.text()


def test_pages_follow_the_rights(qtbot: Any, clerk: AppContext, head: AppContext) -> None:
    titles = [title for title, _ctx, _w in pages(clerk)]
    assert titles == ["Counter", "Cash close"]
    head_pages = pages(head)
    assert [t for t, _c, _w in head_pages] == ["Counter", "Reversal approvals", "Cash close"]
    counter = head_pages[0][2]
    assert isinstance(counter, CounterView) and not counter.pay_box.isVisibleTo(counter)
    for _t, _c, widget in pages(clerk) + head_pages:
        qtbot.addWidget(widget)
        widget.retranslate()  # type: ignore[attr-defined]

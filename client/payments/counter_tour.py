"""Demo tour steps: the counter with a customer's arrears, a partial cash payment with change,
the receipt PDF and its reprint as a copy, a reversal approved by the office head, the cash
close and its PDF (screenshots in both languages).

The tour runs once per language on the same database: when dh.clerk1's till is already
closed today (the first language closed it), the counter part is done by dh.clerk2.
"""

from __future__ import annotations

import logging
from decimal import ROUND_DOWN, Decimal
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from appserver.contract.api import OBJECT_PAYMENTS
from client.core.widgets.keys import type_text
from client.payments.counter_approvals import ApprovalsPresenter, ApprovalsView
from client.payments.counter_close import ClosePresenter, CloseView
from client.payments.counter_presenter import CounterPresenter
from client.payments.counter_view import CounterView

log = logging.getLogger("pmis.client.tour")

USER = ("dh.clerk1", "demo1234")
SECOND_CLERK = ("dh.clerk2", "demo1234")
HEAD = ("dh.head", "demo1234")
RENDER_MS = 1500  # QPdfView renders its pages in the background
REVERSAL_REASON = "客户已用手机缴费，重复收取"


def _page(window: Any, kind: type[QWidget]) -> Any:
    window.show_module("payments")
    tabs: QTabWidget = window.tabbed["payments"][0]
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), kind):
            tabs.setCurrentIndex(index)
            return tabs.widget(index)
    raise RuntimeError(f"no {kind.__name__} page in the payments module")


def _customer_in_arrears(gateway: Any) -> dict[str, Any]:
    """A customer of the clerk's office with overdue bills (from the arrears list)."""
    rows = gateway.call(OBJECT_PAYMENTS, "arrears_list", {"min_days": 1},
                        {"limit": 30})["rows"]
    for row in rows:
        if Decimal(row["total"]) >= 20:
            return dict(row)
    raise RuntimeError("the demo history has no customer in arrears in this office")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    if app.ctx.gateway.call(OBJECT_PAYMENTS, "till", None)["closed"] is not None:
        second, second_window = tour.login(SECOND_CLERK, "login_dh.clerk2")
        if second.ctx.gateway.call(OBJECT_PAYMENTS, "till", None)["closed"] is not None:
            # Both tills of the hall were closed today by earlier tours on this database:
            # a closed till takes no money, so show the closed day instead.
            log.info("tour: both DH1 tills are closed today; the counter steps are skipped")
            close_steps(tour, second, second_window)
            tour.close(second, second_window)
            return
        counter_steps(tour, second, second_window)
        approval_steps(tour)
        close_steps(tour, second, second_window)
        tour.close(second, second_window)
        return
    counter_steps(tour, app, window)
    approval_steps(tour)
    close_steps(tour, app, window)


def counter_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view: CounterView = _page(window, CounterView)
    presenter = view.findChild(CounterPresenter)
    assert presenter is not None
    tour.shot("counter_empty", window)
    customer = _customer_in_arrears(app.ctx.gateway)
    view.search.focus_box()
    type_text(view.search.box, customer["account_no"])
    wait_for(presenter.search.loaded, lambda: view.search.box.returnPressed.emit(),
             "counter: search")
    view.search.table.setFocus()
    view.search.table.selectRow(0)
    (account,) = wait_for(presenter.account_loaded,
                          lambda: view.search.open_requested.emit(
                              view.search.model.row_at(0)), "counter: account")
    tour.idle(app, "counter: account")
    tour.shot("counter_arrears", window)
    due = Decimal(account["total_due"])
    part = (due / 2).quantize(Decimal(1), ROUND_DOWN) or Decimal(1)
    tendered = (part / 100).quantize(Decimal(1), ROUND_DOWN) * 100 + 100
    view.amount.selectAll()
    type_text(view.amount, f"{part}.00")
    view.tender.setCurrentIndex(view.tender.findData("cash"))
    view.tendered.setFocus()
    type_text(view.tendered, f"{tendered}")
    tour.shot("counter_partial_cash_change", window)
    (dialog,) = wait_for(presenter.receipt_opened, view.post.click, "counter: post")
    dialog.resize(720, 960)
    tour.idle(app, "counter: receipt")
    QTest.qWait(RENDER_MS)
    tour.shot("counter_receipt_pdf", dialog)
    dialog.close()
    tour.idle(app, "counter: reload")
    tour.shot("counter_after_payment", window)
    view.payments.selectRow(0)
    (copy,) = wait_for(presenter.receipt_opened, view.reprint.click, "counter: reprint")
    copy.resize(720, 960)
    tour.idle(app, "counter: copy")
    QTest.qWait(RENDER_MS)
    tour.shot("counter_receipt_copy", copy)
    copy.close()
    # the customer says the app already paid 50.00 of it: the clerk took it again by mistake
    view.amount.selectAll()
    type_text(view.amount, "50.00")
    view.tender.setCurrentIndex(view.tender.findData("mobile"))
    (dup,) = wait_for(presenter.receipt_opened, view.post.click, "counter: second payment")
    dup.close()
    tour.idle(app, "counter: second payment")
    view.payments.selectRow(0)
    view.request_reversal.click()
    reason = view.reason_dialog
    assert reason is not None
    type_text(reason.reason, REVERSAL_REASON)
    tour.shot("counter_reversal_request", reason)
    wait_for(presenter.reversal_sent, reason.ok.click, "counter: reversal request")
    tour.idle(app, "counter: reversal requested")
    tour.shot("counter_reversal_requested", window)


def approval_steps(tour: Any) -> None:
    """The office head approves the reversal the clerk just asked for."""
    from client.tour import wait_for

    head, window = tour.login(HEAD, "login_dh.head_approvals")
    view: ApprovalsView = _page(window, ApprovalsView)
    presenter = view.findChild(ApprovalsPresenter)
    assert presenter is not None
    tour.idle(head, "approvals")
    tour.shot("reversal_approvals", window)
    mine = [n for n, row in enumerate(view.model.rows) if row["reason"] == REVERSAL_REASON]
    if mine:
        view.table.selectRow(mine[0])
        type_text(view.note, "已核对原始凭证")
        view.approve.click()
        box = view.confirm
        assert isinstance(box, QMessageBox)
        tour.shot("reversal_approve_confirm", box)
        wait_for(presenter.decided, box.button(QMessageBox.StandardButton.Yes).click,
                 "approvals: approve")
        view.filter.setCurrentIndex(view.filter.findData("all"))
        tour.idle(head, "approvals: all")
        tour.shot("reversal_approved", window)
    tour.close(head, window)


def close_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view: CloseView = _page(window, CloseView)
    presenter = view.findChild(ClosePresenter)
    assert presenter is not None
    wait_for(presenter.loaded, view.request_day, "cash close: day")
    tour.shot("cash_close_day", window)
    if view.day is None or not view.close_button.isEnabled():
        return
    view.counted.setFocus()
    type_text(view.counted, view.day["expected_cash"])
    view.close_button.click()
    box = view.confirm
    assert isinstance(box, QMessageBox)
    tour.shot("cash_close_confirm", box)
    (dialog,) = wait_for(presenter.report_opened,
                         box.button(QMessageBox.StandardButton.Yes).click, "cash close")
    dialog.resize(820, 1000)
    tour.idle(app, "cash close: report")
    QTest.qWait(RENDER_MS)
    tour.shot("cash_close_pdf", dialog)
    dialog.close()
    tour.idle(app, "cash close: closed")
    tour.shot("cash_close_closed", window)

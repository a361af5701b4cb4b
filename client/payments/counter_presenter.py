"""Intents of the counter -> task runner -> models and views.

A payment is one write with one request id (the gateway resends it unchanged after a
failover, and the server answers a resend with the same receipt); the Post button stays
disabled until the answer is in, so a second Enter cannot take the money twice.

Signals:
    account_loaded(dict): the account is shown.
    posted(dict): a payment was taken (the server's answer).
    receipt_opened(QDialog): the receipt preview is open (tour, tests).
    reversal_sent(dict): a reversal request was recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from appserver.contract.api import OBJECT_PAYMENTS
from appserver.contract.errors import Conflict
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.customers.presenter import SearchPresenter
from client.payments.counter_view import CounterView

translate = QCoreApplication.translate


class CounterPresenter(QObject):
    account_loaded = Signal(dict)
    posted = Signal(dict)
    receipt_opened = Signal(object)
    reversal_sent = Signal(dict)

    def __init__(self, ctx: AppContext, view: CounterView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.search = SearchPresenter(ctx, view.search)
        self.customer_id: int | None = None
        view.account_requested.connect(self.load)
        view.post_requested.connect(self.post)
        view.reprint_requested.connect(lambda pid: self.print_receipt(pid, copy=True))
        view.reversal_requested.connect(self.request_reversal)

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.account",
                               lambda: gateway.call(OBJECT_PAYMENTS, "account", customer_id),
                               self._show, self._failed)

    def reload(self) -> None:
        if self.customer_id is not None:
            self.load(self.customer_id)

    def _show(self, account: dict[str, Any]) -> None:
        models = self.view.debts.model(), self.view.payments.model()
        models[0].set_rows(account["debts"])  # type: ignore[attr-defined]
        models[1].set_rows(account["payments"])  # type: ignore[attr-defined]
        self.view.show_account(account)
        self.account_loaded.emit(account)

    def post(self, body: dict[str, Any]) -> None:
        gateway = self.ctx.gateway
        self.view.set_busy(True)
        self.ctx.runner.submit("payments.post",
                               lambda: gateway.call(OBJECT_PAYMENTS, "post_payment", body,
                                                    write=True),
                               self._posted, self._post_failed)

    def _posted(self, result: dict[str, Any]) -> None:
        self.view.set_busy(False)
        change = result.get("change")
        text = (translate("CounterPresenter", "Receipt %1: %2 taken.")
                .replace("%1", result["receipt_no"]).replace("%2", result["amount"]))
        if change is not None:
            text += " " + translate("CounterPresenter", "Change: %1").replace("%1", change)
        self.posted.emit(result)
        self.reload()
        self.view.show_message(text)
        self.print_receipt(int(result["payment_id"]), copy=False)

    def _post_failed(self, exc: Exception) -> None:
        self.view.set_busy(False)
        show_error(self.view, exc)
        if isinstance(exc, Conflict):  # the account changed: show what it is now
            self.reload()

    def print_receipt(self, payment_id: int, copy: bool) -> None:
        """Log the print (a write), then fetch that print's PDF (a read)."""
        gateway = self.ctx.gateway

        def fetch() -> dict[str, Any]:
            logged = gateway.call(OBJECT_PAYMENTS, "print_receipt", payment_id, write=True)
            pdf = gateway.call(OBJECT_PAYMENTS, "receipt_pdf", payment_id, logged["print_no"])
            return {**pdf, "is_copy": logged["is_copy"]}

        self.ctx.runner.submit(f"payments.receipt.{payment_id}", fetch, self._open_receipt,
                               self._failed)

    def _open_receipt(self, result: dict[str, Any]) -> None:
        title = translate("CounterPresenter", "Receipt (copy)") if result.get("is_copy") else \
            translate("CounterPresenter", "Receipt")
        dialog = show_pdf(self.view, title, result)
        self.receipt_opened.emit(dialog)

    def request_reversal(self, payment_id: int, reason: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.reversal",
                               lambda: gateway.call(OBJECT_PAYMENTS, "request_reversal",
                                                    payment_id, reason, write=True),
                               self._reversal_sent, self._failed)

    def _reversal_sent(self, row: dict[str, Any]) -> None:
        text = translate("CounterPresenter", "Reversal of receipt %1 requested; it waits for a "
                         "second person's approval.")
        self.view.show_message(text.replace("%1", row["receipt_no"]))
        self.reversal_sent.emit(row)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        show_error(self.view, exc)

"""Intents of the "Arrears" page -> server calls -> the view (latest answer wins)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.payments.collection_arrears_view import ArrearsView, PenaltyDialog

PAGE_SIZE = 100
KEY = "collection.arrears"
translate = QCoreApplication.translate


class ArrearsPresenter(QObject):
    """Signals:
    loaded(): a page of the list is shown.
    issued(dict): a batch of notices was issued (the server's answer).
    pdf_opened(QDialog): a notice preview opened.
    detail_opened(QDialog): a penalty explanation opened.
    waived(dict): a penalty waiver was posted (the server's answer).
    """

    loaded = Signal()
    issued = Signal(dict)
    pdf_opened = Signal(object)
    detail_opened = Signal(object)
    waived = Signal(dict)

    def __init__(self, ctx: AppContext, view: ArrearsView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.current: dict[str, Any] = view.filters()
        view.load_requested.connect(self.load)
        view.more_requested.connect(self.more)
        view.issue_requested.connect(self.issue)
        view.preview_requested.connect(self.preview)
        view.detail_requested.connect(self.detail)
        view.waive_requested.connect(self.waive)

    def call(self, method: str, *args: Any, write: bool = False) -> Any:
        return self.ctx.gateway.call(contract.OBJECT_PAYMENTS, method, *args, write=write)

    def load(self, filters: dict[str, Any] | None = None) -> None:
        if filters is not None:
            self.current = filters
        self._fetch(0, lambda result: self._shown(result, False))

    def more(self) -> None:
        self._fetch(self.view.model.rowCount(), lambda result: self._shown(result, True))

    def _fetch(self, offset: int, on_done: Any) -> None:
        self.view.set_busy(True)
        filters = dict(self.current)
        self.ctx.runner.submit(
            KEY, lambda: self.call("arrears_list", filters,
                                   {"offset": offset, "limit": PAGE_SIZE}),
            on_done, self._failed)

    def _shown(self, result: dict[str, Any], append: bool) -> None:
        self.view.set_busy(False)
        self.view.show_page(result, append)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.view.set_busy(False)
        self.view.summary.setText("")
        show_error(self.view, exc)

    def issue(self, kind: str, customer_ids: list[int], confirmed: bool = False) -> None:
        if not confirmed and not self.view.confirm_issue(kind, len(customer_ids)):
            return
        ids = list(customer_ids)
        self.ctx.runner.submit(f"{KEY}.issue",
                               lambda: self.call("issue_notices", kind, ids, write=True),
                               self._issued, lambda exc: show_error(self.view, exc))

    def _issued(self, result: dict[str, Any]) -> None:
        self.issued.emit(result)
        self.load()
        if result["kind"] in ("reminder", "disconnection"):
            self.preview_many(list(result["notice_ids"]))

    def waive(self, customer_id: int, amount: str, reason: str) -> None:
        self.ctx.runner.submit(
            f"{KEY}.waive",
            lambda: self.call("waive_penalty", customer_id, amount, reason, write=True),
            self._waived, lambda exc: show_error(self.view, exc))

    def _waived(self, result: dict[str, Any]) -> None:
        self.waived.emit(result)
        self.load()

    def preview(self, notice_id: int) -> None:
        self.preview_many([notice_id])

    def preview_many(self, notice_ids: list[int]) -> None:
        self.ctx.runner.submit(f"{KEY}.pdf", lambda: self.call("notice_pdf", notice_ids),
                               self._show_pdf, lambda exc: show_error(self.view, exc))

    def _show_pdf(self, result: dict[str, Any]) -> None:
        dialog = show_pdf(self.view, translate("ArrearsPresenter", "Notice"), result)
        self.pdf_opened.emit(dialog)

    def detail(self, customer_id: int) -> None:
        self.ctx.runner.submit(f"{KEY}.detail",
                               lambda: self.call("penalty_detail", customer_id),
                               self._show_detail, lambda exc: show_error(self.view, exc))

    def _show_detail(self, detail: dict[str, Any]) -> None:
        dialog: QDialog = PenaltyDialog(detail, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.detail_opened.emit(dialog)

"""The bill pages of the billing module: "Bill review" (the abnormal-bill queue: release,
reject), "Bills" (a customer's bills by account, the bill with its explanations and PDF) and
"Corrections" (退补 requests; approvers approve or reject), as (title source, translation
context, widget)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import permissions as P
from client.billing.bill_dialogs import BILLING, BillDialog
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.rows_model import Column, Row, RowsModel
from client.core.widgets.table import DataTable

CONTEXT = "BillPages"
REVIEW = str(QT_TRANSLATE_NOOP("BillPages", "Bill review"))
BILLS = str(QT_TRANSLATE_NOOP("BillPages", "Bills"))
CORRECTIONS = str(QT_TRANSLATE_NOOP("BillPages", "Corrections"))
PAGE = 100


def _t(source: str) -> Any:
    return lambda: QCoreApplication.translate("BillPages", source)


def _history(row: Row) -> str:
    return "; ".join(f"{h['period']}: {h['energy_kwh']} kWh {h['amount']}"
                     for h in row.get("history", []))


def _status(row: Row) -> str:
    return QCoreApplication.translate("BillPages", str(row.get("status", "")))


# Status and kind words as the server sends them, for the catalogue.
_WORDS = (QT_TRANSLATE_NOOP("BillPages", "review"), QT_TRANSLATE_NOOP("BillPages", "released"),
          QT_TRANSLATE_NOOP("BillPages", "cancelled"), QT_TRANSLATE_NOOP("BillPages", "rejected"),
          QT_TRANSLATE_NOOP("BillPages", "pending"), QT_TRANSLATE_NOOP("BillPages", "approved"),
          QT_TRANSLATE_NOOP("BillPages", "regular"), QT_TRANSLATE_NOOP("BillPages", "rebill"),
          QT_TRANSLATE_NOOP("BillPages", "backbill"), QT_TRANSLATE_NOOP("BillPages", "refund"))


# Column titles (called through _t at paint time), listed for the catalogue.
_TITLES = (QT_TRANSLATE_NOOP("BillPages", "Account"),
           QT_TRANSLATE_NOOP("BillPages", "Customer"),
           QT_TRANSLATE_NOOP("BillPages", "Period"),
           QT_TRANSLATE_NOOP("BillPages", "Energy (kWh)"),
           QT_TRANSLATE_NOOP("BillPages", "Amount (yuan)"),
           QT_TRANSLATE_NOOP("BillPages", "At risk (yuan)"),
           QT_TRANSLATE_NOOP("BillPages", "Reason"),
           QT_TRANSLATE_NOOP("BillPages", "Last bills"),
           QT_TRANSLATE_NOOP("BillPages", "Bill"),
           QT_TRANSLATE_NOOP("BillPages", "Kind"),
           QT_TRANSLATE_NOOP("BillPages", "Status"),
           QT_TRANSLATE_NOOP("BillPages", "Due date"),
           QT_TRANSLATE_NOOP("BillPages", "Request"),
           QT_TRANSLATE_NOOP("BillPages", "Difference (yuan)"),
           QT_TRANSLATE_NOOP("BillPages", "Requested by"),
           QT_TRANSLATE_NOOP("BillPages", "Decided by"))


def review_model(parent: QWidget) -> RowsModel:
    return RowsModel([
        Column("account_no", _t("Account")), Column("name", _t("Customer")),
        Column("period", _t("Period")),
        Column("energy_kwh", _t("Energy (kWh)"), align_right=True),
        Column("amount", _t("Amount (yuan)"), align_right=True),
        Column("amount_at_risk", _t("At risk (yuan)"), align_right=True),
        Column("review_reason", _t("Reason")),
        Column("history", _t("Last bills"), _history)], parent)


def bills_model(parent: QWidget) -> RowsModel:
    return RowsModel([
        Column("id", _t("Bill")), Column("period", _t("Period")),
        Column("kind", _t("Kind"), lambda r: QCoreApplication.translate("BillPages",
                                                                        str(r["kind"]))),
        Column("status", _t("Status"), _status),
        Column("energy_kwh", _t("Energy (kWh)"), align_right=True),
        Column("amount", _t("Amount (yuan)"), align_right=True),
        Column("due_on", _t("Due date")), Column("review_reason", _t("Reason"))], parent)


def corrections_model(parent: QWidget) -> RowsModel:
    return RowsModel([
        Column("id", _t("Request")), Column("account_no", _t("Account")),
        Column("name", _t("Customer")), Column("period", _t("Period")),
        Column("kind", _t("Kind"), lambda r: QCoreApplication.translate("BillPages",
                                                                        str(r["kind"]))),
        Column("difference", _t("Difference (yuan)"), align_right=True),
        Column("status", _t("Status"), _status),
        Column("requested_by_name", _t("Requested by")), Column("reason", _t("Reason")),
        Column("decided_by_name", _t("Decided by"))], parent)


class _Page(QWidget):
    """A table page: a toolbar row, a state line, the table. Signals: loaded()."""

    loaded = Signal()
    bill_opened = Signal(object)

    def __init__(self, ctx: AppContext, make_model: Callable[[QWidget], RowsModel],
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, make_model(self)
        self.table = DataTable(self.model, self)
        self.state = QLabel(self)
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)

    def selected_rows(self) -> list[Row]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def open_bill(self, bill_id: int) -> BillDialog:
        dialog = BillDialog(self.ctx, bill_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.load()
        self.bill_opened.emit(dialog)
        return dialog

    def failed(self, exc: Exception) -> None:
        self.state.setText("")
        show_error(self, exc)


class ReviewPage(_Page):
    """Bills held for review, largest amount at risk first: select several → Release;
    Reject one with a reason; open one (Enter or double-click)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, review_model, parent)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.refresh_button, self.release_button = QPushButton(self), QPushButton(self)
        self.reject_button, self.open_button = QPushButton(self), QPushButton(self)
        for b in (self.refresh_button, self.release_button, self.reject_button,
                  self.open_button):
            self.bar.addWidget(b)
        self.bar.addStretch(1)
        self.refresh_button.clicked.connect(self.load)
        self.release_button.clicked.connect(self.release)
        self.reject_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(lambda index: self._open_row(index))
        self.total = 0
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.release_button.setText(self.tr("Re&lease selected"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.open_button.setText(self.tr("&Open bill"))
        self._show_state()

    def _show_state(self) -> None:
        self.state.setText(self.tr("%1 bills wait for review (largest amount at risk first)")
                           .replace("%1", str(self.total)))

    def load(self) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("bills.review", lambda: gateway.call(
            BILLING, "review_queue", {"offset": 0, "limit": PAGE}), self._loaded, self.failed)

    def _loaded(self, result: dict[str, Any]) -> None:
        self.model.set_rows(result["rows"])
        self.total = int(result["total"])
        self._show_state()
        self.loaded.emit()

    def release(self) -> None:
        ids = [int(r["id"]) for r in self.selected_rows()]
        if not ids:
            return
        gateway = self.ctx.gateway
        self.ctx.runner.submit("bills.release", lambda: gateway.call(
            BILLING, "release_bills", ids, write=True), lambda _r: self.load(), self.failed)

    def reject(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject bill"), self.tr(
            "Why is bill %1 void? (the point is billed again by the next run)")
            .replace("%1", str(rows[0]["id"])))
        if ok:
            self.reject_with(int(rows[0]["id"]), reason)

    def reject_with(self, bill_id: int, reason: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("bills.reject", lambda: gateway.call(
            BILLING, "reject_bill", bill_id, reason, write=True), lambda _r: self.load(),
            self.failed)

    def _open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_bill(int(rows[0]["id"]))

    def _open_row(self, index: QModelIndex) -> None:
        self.open_bill(int(self.model.row_at(index.row())["id"]))


class BillsPage(_Page):
    """Find a customer by account number (Enter) and list the customer's bills."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bills_model, parent)
        self.account = QLineEdit(self)
        self.account.setMaxLength(10)
        self.find_button, self.open_button = QPushButton(self), QPushButton(self)
        self.account_label = QLabel(self)
        self.bar.addWidget(self.account_label)
        self.bar.addWidget(self.account)
        self.bar.addWidget(self.find_button)
        self.bar.addWidget(self.open_button)
        self.bar.addStretch(1)
        self.account.returnPressed.connect(self.find_customer)
        self.find_button.clicked.connect(self.find_customer)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(
            lambda index: self.open_bill(int(self.model.row_at(index.row())["id"])))
        self.customer: dict[str, Any] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.account_label.setText(self.tr("&Account:"))
        self.account_label.setBuddy(self.account)
        self.account.setPlaceholderText(self.tr("account number, Enter"))
        self.find_button.setText(self.tr("&Find"))
        self.open_button.setText(self.tr("&Open bill"))
        if self.customer:
            self._show_state()

    def find_customer(self) -> None:
        account, gateway = self.account.text().strip(), self.ctx.gateway
        self.ctx.runner.submit("bills.customer", lambda: gateway.call(
            BILLING, "customer_bills", account, {"offset": 0, "limit": PAGE}),
            self._found, self.failed)

    def _found(self, result: dict[str, Any]) -> None:
        self.customer = result["customer"]
        self.model.set_rows(result["rows"])
        self._show_state()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_state(self) -> None:
        c = self.customer
        self.state.setText(self.tr("%1 (%2), %3: %4 bills").replace("%1", c["name"])
                           .replace("%2", c["account_no"]).replace("%3", c["address"])
                           .replace("%4", str(self.model.rowCount())))

    def _open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_bill(int(rows[0]["id"]))


class CorrectionsPage(_Page):
    """Correction requests of one's offices; approvers approve or reject pending ones
    (never their own: the server refuses it and says why)."""

    STATUSES = ("pending", "approved", "rejected", None)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, corrections_model, parent)
        self.status = QComboBox(self)
        self.refresh_button, self.open_button = QPushButton(self), QPushButton(self)
        self.approve_button, self.reject_button = QPushButton(self), QPushButton(self)
        approver = ctx.can(P.BILL_CORRECT_APPROVE)
        self.approve_button.setVisible(approver)
        self.reject_button.setVisible(approver)
        for w in (self.status, self.refresh_button, self.open_button, self.approve_button,
                  self.reject_button):
            self.bar.addWidget(w)
        self.bar.addStretch(1)
        self.status.currentIndexChanged.connect(self.load)
        self.refresh_button.clicked.connect(self.load)
        self.open_button.clicked.connect(self._open_selected)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        index = max(0, self.status.currentIndex())
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItems([self.tr("Waiting for approval"), self.tr("Approved"),
                              self.tr("Rejected"), self.tr("All")])
        self.status.setCurrentIndex(index)
        self.status.blockSignals(False)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.open_button.setText(self.tr("&Open bill"))
        self.approve_button.setText(self.tr("&Approve"))
        self.reject_button.setText(self.tr("Re&ject…"))

    def load(self) -> None:
        status = self.STATUSES[max(0, self.status.currentIndex())]
        criteria = {} if status is None else {"status": status}
        gateway = self.ctx.gateway
        self.ctx.runner.submit("bills.corrections", lambda: gateway.call(
            BILLING, "list_corrections", criteria, {"offset": 0, "limit": PAGE}),
            self._loaded, self.failed)

    def _loaded(self, result: dict[str, Any]) -> None:
        self.model.set_rows(result["rows"])
        self.state.setText(self.tr("%1 requests").replace("%1", str(self.model.rowCount())))
        self.loaded.emit()

    def _selected_id(self) -> int | None:
        rows = self.selected_rows()
        return int(rows[0]["id"]) if rows else None

    def approve(self) -> None:
        cid = self._selected_id()
        if cid is None:
            return
        row = self.selected_rows()[0]
        answer = QMessageBox.question(self, self.tr("Approve correction"), self.tr(
            "Post the difference of %1 yuan to the customer's account?")
            .replace("%1", str(row["difference"])))
        if answer == QMessageBox.StandardButton.Yes:
            self.decide("approve_correction", cid)

    def reject(self) -> None:
        cid = self._selected_id()
        if cid is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject correction"),
                                          self.tr("Reason:"))
        if ok:
            self.decide("reject_correction", cid, reason)

    def decide(self, method: str, correction_id: int, *reason: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("bills.decide", lambda: gateway.call(
            BILLING, method, correction_id, *reason, write=True), lambda _r: self.load(),
            self.failed)

    def _open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_bill(int(rows[0]["bill_id"]))


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.BILL_REVIEW):
        found.append((REVIEW, CONTEXT, ReviewPage(ctx)))
    if ctx.can(P.BILL_READ):
        found.append((BILLS, CONTEXT, BillsPage(ctx)))
        found.append((CORRECTIONS, CONTEXT, CorrectionsPage(ctx)))
    return found

"""Reversal approvals: requests of one's offices, approved or rejected by a second person.

Approving reverses the payment in the ledger (the debts reopen), so it asks first.

ApprovalsView signals:
    refresh_requested(str): list requests with this status ("pending", … "all").
    decision_requested(int, str, str): (request id, "approve" | "reject", note).
ApprovalsPresenter signals:
    loaded(): the list is shown.
    decided(dict): a decision was recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.api import OBJECT_PAYMENTS
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.payments.counter_models import state_label

translate = QCoreApplication.translate
FILTERS = ("pending", "approved", "rejected", "all")


class ApprovalsView(QWidget):
    refresh_requested = Signal(str)
    decision_requested = Signal(int, str, str)

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsView")
        self.model = model
        self.filter = QComboBox(self)
        self.filter.setObjectName("approvalFilter")
        for code in FILTERS:
            self.filter.addItem("", code)
        self.refresh = QPushButton(self)
        self.table = DataTable(model, self)
        self.table.setObjectName("approvalsTable")
        self.note = QLineEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setMaxLength(200)
        self.approve = QPushButton(self)
        self.approve.setObjectName("approveButton")
        self.reject = QPushButton(self)
        self.reject.setObjectName("rejectButton")
        self.state = QLabel(self)
        self.confirm: QMessageBox | None = None
        self.filter_label, self.note_label = QLabel(self), QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.note_label.setBuddy(self.note)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.refresh)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_label)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.approve)
        bottom.addWidget(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.state)
        self.filter.currentIndexChanged.connect(lambda _i: self.request_refresh())
        self.refresh.clicked.connect(self.request_refresh)
        self.approve.clicked.connect(lambda: self._decide("approve"))
        self.reject.clicked.connect(lambda: self._decide("reject"))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        model.modelReset.connect(self._selected)
        self._selected()
        self.retranslate()

    def retranslate(self) -> None:
        for n, code in enumerate(FILTERS):
            self.filter.setItemText(n, state_label(code) if code != "all"
                                    else self.tr("All requests"))
        self.filter_label.setText(self.tr("&Show:"))
        self.refresh.setText(self.tr("&Refresh"))
        self.note_label.setText(self.tr("&Note:"))
        self.approve.setText(self.tr("&Approve reversal…"))
        self.reject.setText(self.tr("Re&ject"))
        self.state.setText(self.tr("%1 requests.").replace("%1", str(self.model.rowCount())))

    def request_refresh(self) -> None:
        self.refresh_requested.emit(str(self.filter.currentData()))

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self, *_args: Any) -> None:
        row = self.selected()
        pending = row is not None and row.get("status") == "pending"
        self.approve.setEnabled(pending)
        self.reject.setEnabled(pending)
        self.state.setText(self.tr("%1 requests.").replace("%1", str(self.model.rowCount())))

    def _decide(self, decision: str) -> None:
        row = self.selected()
        if row is None:
            return
        rid, note = int(row["id"]), self.note.text().strip()
        if decision == "reject":
            self.decision_requested.emit(rid, decision, note)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Approve reversal"),
                          self.tr("Reverse receipt %1 of %2 (%3)? The debts it paid open "
                                  "again.").replace("%1", row["receipt_no"])
                          .replace("%2", row["customer_name"]).replace("%3", row["amount"]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("approveConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.decision_requested.emit(rid, decision, note))
        self.confirm = box
        box.open()


class ApprovalsPresenter(QObject):
    loaded = Signal()
    decided = Signal(dict)

    def __init__(self, ctx: AppContext, view: ApprovalsView) -> None:
        super().__init__(view)
        self.ctx, self.view = ctx, view
        view.refresh_requested.connect(self.load)
        view.decision_requested.connect(self.decide)

    def load(self, status: str = "pending") -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.reversals",
                               lambda: gateway.call(OBJECT_PAYMENTS, "reversal_requests",
                                                    {"status": status}),
                               self._show, self._failed)

    def _show(self, result: dict[str, Any]) -> None:
        self.view.model.set_rows(result["rows"])
        self.loaded.emit()

    def decide(self, request_id: int, decision: str, note: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.decide",
                               lambda: gateway.call(OBJECT_PAYMENTS, "decide_reversal",
                                                    request_id, decision, note, write=True),
                               self._decided, self._failed)

    def _decided(self, row: dict[str, Any]) -> None:
        self.view.note.clear()
        self.decided.emit(row)
        self.view.request_refresh()

    def _failed(self, exc: Exception) -> None:
        show_error(self.view, exc)

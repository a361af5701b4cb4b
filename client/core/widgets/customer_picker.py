"""Pick a customer for a form (an application, a complaint, a fault report): type an account,
a name or a phone, press Enter; one match is taken at once, several are offered in a list.

Signals:
    picked(dict): a customer was chosen — the row of ``customers.search`` ("id",
        "account_no", "name", "customer_class", "phone_mobile", "address", "office_name",
        "status").
    cleared(): the form no longer refers to a customer.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.rows_model import Column, Row, RowsModel
from client.core.widgets.table import DataTable

CHOICES_MAX = 50
_instances = itertools.count(1)


def summary(row: Row) -> str:
    """One line that tells a clerk which customer a form refers to."""
    return f"{row.get('account_no', '')}  {row.get('name', '')} · {row.get('address', '')}"


class CustomerChoiceDialog(QDialog):
    """Several customers matched: the clerk chooses one (double-click or Enter)."""

    def __init__(self, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerChoiceDialog")
        self.model = RowsModel([
            Column("account_no", lambda: QCoreApplication.translate("CustomerPicker",
                                                                    "Account")),
            Column("name", lambda: QCoreApplication.translate("CustomerPicker", "Name")),
            Column("phone_mobile", lambda: QCoreApplication.translate("CustomerPicker",
                                                                      "Mobile")),
            Column("address", lambda: QCoreApplication.translate("CustomerPicker", "Address")),
            Column("office_name", lambda: QCoreApplication.translate("CustomerPicker",
                                                                     "Office")),
        ], self)
        self.model.set_rows(rows)
        self.table = DataTable(self.model, self)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectRow(0)
        self.hint = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(760, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose the customer"))
        self.hint.setText(self.tr("Several customers match; choose one."))

    def chosen(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)


class CustomerPicker(QWidget):
    picked = Signal(dict)
    cleared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.ctx = ctx
        self._key = f"customer_picker.{next(_instances)}"
        self._customer: Row | None = None
        self.choice: CustomerChoiceDialog | None = None
        self.query = QLineEdit(self)
        self.query.setObjectName("customerQuery")
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("findCustomer")
        self.find_button.clicked.connect(self.search)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearCustomer")
        self.clear_button.clicked.connect(lambda: self.set_customer(None))
        self.chosen = QLabel(self)
        self.chosen.setObjectName("pickedCustomer")
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.query)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Account, name, phone or meter — Enter to find"))
        self.find_button.setText(self.tr("Find…"))
        self.clear_button.setText(self.tr("Clear"))
        self._show()

    # -- state ----------------------------------------------------------------------------
    def customer(self) -> Row | None:
        return self._customer

    def set_customer(self, row: Row | None) -> None:
        had = self._customer is not None
        self._customer = dict(row) if row else None
        self._show()
        if row:
            self.picked.emit(dict(row))
        elif had:
            self.cleared.emit()

    def _show(self, message: str | None = None) -> None:
        if message is not None:
            self.chosen.setText(message)
        elif self._customer is None:
            self.chosen.setText(self.tr("No customer chosen"))
        else:
            self.chosen.setText(summary(self._customer))
        self.clear_button.setEnabled(self._customer is not None)

    # -- searching ------------------------------------------------------------------------
    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        gateway = self.ctx.gateway
        self.find_button.setEnabled(False)
        self._show(self.tr("Searching…"))
        self.ctx.runner.submit(
            self._key,
            lambda: gateway.call(contract.OBJECT_CUSTOMERS, "search", text,
                                 {"offset": 0, "limit": CHOICES_MAX}),
            self._found, self._failed)

    def _found(self, result: dict[str, Any]) -> None:
        self.find_button.setEnabled(True)
        rows: list[Row] = list(result.get("rows", []))
        if not rows:
            self._show(self.tr("No customer matches “%1”.").replace("%1", self.query.text()))
            return
        if len(rows) == 1:
            self.set_customer(rows[0])
            return
        self.choice = CustomerChoiceDialog(rows, self)
        self.choice.accepted.connect(lambda d=self.choice: self.set_customer(d.chosen()))
        self.choice.rejected.connect(lambda: self._show())
        self.choice.finished.connect(self.choice.deleteLater)
        self.choice.open()  # window-modal, without a nested event loop

    def _failed(self, exc: Exception) -> None:
        self.find_button.setEnabled(True)
        self._show()
        show_error(self, exc)

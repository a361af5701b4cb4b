"""The counter: find a customer, see the arrears, take the money. No server calls here.

Keyboard first: Ctrl+F (or F2) goes to the search box; Enter on a customer opens the account
and puts the cursor in the amount, which holds the total due; Tab moves amount → tender →
cash tendered; Enter in any of them posts. The change is computed as the clerk types.

Signals:
    account_requested(int): load this customer's account.
    post_requested(dict): take a payment ({customer_id, amount, tender_type, tendered?,
        reference?, balance_seen}).
    reprint_requested(int): print the receipt of this payment again (a copy).
    reversal_requested(int, str): ask for this payment to be reversed, with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client.core import labels
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.customers.search_view import SearchView
from client.payments.counter_models import (
    TENDERS,
    change_due,
    parse_money,
    tender_label,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReasonDialog(QDialog):
    """Asks for the reason of a reversal request (opened with ``open()``, never ``exec()``)."""

    def __init__(self, receipt_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reversalReasonDialog")
        self.setWindowTitle(self.tr("Request reversal"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reversalReason")
        self.reason.setMaxLength(200)
        text = QLabel(self.tr("Reverse the payment with receipt %1? A second person must "
                              "approve it.").replace("%1", receipt_no), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class CounterView(QWidget):
    account_requested = Signal(int)
    post_requested = Signal(dict)
    reprint_requested = Signal(int)
    reversal_requested = Signal(int, str)

    def __init__(self, search: SearchView, debts: RowsModel, payments: RowsModel,
                 can_post: bool, can_reverse: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterView")
        self.search = search
        self.account: dict[str, Any] | None = None
        self.can_post, self.can_reverse = can_post, can_reverse
        self.debts = DataTable(debts, self)
        self.debts.setObjectName("debtsTable")
        self.payments = DataTable(payments, self)
        self.payments.setObjectName("paymentsTable")
        self.reason_dialog: ReasonDialog | None = None
        self._build()
        self._connect()
        self.show_empty()
        self.retranslate()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("accountHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.figures = {k: QLabel(self) for k in ("owes", "prepaid", "penalty_today",
                                                  "total_due")}
        self.figure_titles = {k: QLabel(self) for k in self.figures}
        to_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for key, label in self.figures.items():
            label.setObjectName(f"figure_{key}")
            label.setAlignment(to_right)
            self.figure_titles[key].setAlignment(to_right)
        self.figures["total_due"].setStyleSheet("font-size: 16pt; font-weight: bold;")
        grid = QGridLayout()
        for n, key in enumerate(self.figures):
            grid.addWidget(self.figure_titles[key], 0, n)
            grid.addWidget(self.figures[key], 1, n)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountInput")
        self.amount.setMaxLength(13)
        self.tender = QComboBox(self)
        self.tender.setObjectName("tenderInput")
        for code in TENDERS:
            self.tender.addItem("", code)
        self.tendered = QLineEdit(self)
        self.tendered.setObjectName("tenderedInput")
        self.tendered.setMaxLength(13)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceInput")
        self.reference.setMaxLength(60)
        self.change = QLabel(self)
        self.change.setObjectName("changeLabel")
        self.change.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.post = QPushButton(self)
        self.post.setObjectName("postButton")
        self.post.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("counterMessage")
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.form_labels, (self.amount, self.tender, self.tendered,
                                                   self.change, self.reference), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        pay_box = QGroupBox(self)
        pay_box.setMaximumWidth(400)  # the debts table gets the rest
        self.pay_box = pay_box
        pay_layout = QVBoxLayout(pay_box)
        pay_layout.addLayout(self.form)
        pay_layout.addWidget(self.post)
        pay_layout.addWidget(self.message)
        self.reprint = QPushButton(self)
        self.reprint.setObjectName("reprintButton")
        self.request_reversal = QPushButton(self)
        self.request_reversal.setObjectName("reversalButton")
        self.request_reversal.setVisible(self.can_reverse)
        actions = QHBoxLayout()
        self.payments_title = QLabel(self)
        actions.addWidget(self.payments_title, 1)
        actions.addWidget(self.reprint)
        actions.addWidget(self.request_reversal)
        self.debts_title = QLabel(self)
        account = QWidget(self)
        right = QVBoxLayout(account)
        right.addWidget(self.header)
        right.addLayout(grid)
        middle = QHBoxLayout()
        debts_col = QVBoxLayout()
        debts_col.addWidget(self.debts_title)
        debts_col.addWidget(self.debts, 1)
        middle.addLayout(debts_col, 3)
        middle.addWidget(pay_box, 2)
        right.addLayout(middle, 3)
        right.addLayout(actions)
        right.addWidget(self.payments, 2)
        pay_box.setVisible(self.can_post)
        splitter = QSplitter(self)
        splitter.addWidget(self.search)
        splitter.addWidget(account)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setTabOrder(self.amount, self.tender)
        self.setTabOrder(self.tender, self.tendered)
        self.setTabOrder(self.tendered, self.reference)
        self.setTabOrder(self.reference, self.post)

    def _connect(self) -> None:
        self.search.open_requested.connect(lambda row: self.account_requested.emit(row["id"]))
        self.amount.textChanged.connect(self._update_change)
        self.tendered.textChanged.connect(self._update_change)
        self.tender.currentIndexChanged.connect(self._tender_changed)
        self.post.clicked.connect(self._post)
        self.reprint.clicked.connect(self._reprint)
        self.request_reversal.clicked.connect(self._ask_reason)
        self.payments.selectionModel().selectionChanged.connect(self._payment_selected)
        for field in (self.amount, self.tendered, self.reference):
            field.installEventFilter(self)
        self.tender.installEventFilter(self)
        for keys in ("Ctrl+F", "F2"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.search.focus_box)

    def retranslate(self) -> None:
        titles = {"owes": self.tr("Owes"), "prepaid": self.tr("Prepaid"),
                  "penalty_today": self.tr("Penalty today"), "total_due": self.tr("Total due")}
        for key, label in self.figure_titles.items():
            label.setText(titles[key])
        for n, code in enumerate(TENDERS):
            self.tender.setItemText(n, tender_label(code))
        texts = (self.tr("&Amount:"), self.tr("&Tender:"), self.tr("Cash &tendered:"),
                 self.tr("Change:"), self.tr("R&eference:"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.pay_box.setTitle(self.tr("Take payment"))
        self.post.setText(self.tr("&Post payment (Enter)"))
        self.reprint.setText(self.tr("Re&print receipt"))
        self.request_reversal.setText(self.tr("Request re&versal…"))
        self.debts_title.setText(self.tr("Open debts, oldest first"))
        self.payments_title.setText(self.tr("Last payments"))
        self.amount.setPlaceholderText(self.tr("e.g. 120.50"))
        self.reference.setPlaceholderText(self.tr("Cheque or transfer number"))
        self._show_header()
        self._update_change()

    # -- state from the presenter ------------------------------------------------------------

    def show_empty(self) -> None:
        self.account = None
        for label in self.figures.values():
            label.setText("")
        self._enable_form(False)
        self._show_header()
        self._payment_selected()

    def show_account(self, account: dict[str, Any]) -> None:
        previous = self.account["customer"]["id"] if self.account else None
        self.account = account
        for key, label in self.figures.items():
            label.setText(account[key])
        self._show_header()
        closed = bool(account.get("till_closed"))
        self._enable_form(not closed)
        if closed:
            self.message.setText(self.tr("Your till is closed for today."))
        elif previous != account["customer"]["id"]:
            self.message.setText("")  # another customer: the last receipt's note goes
        due = parse_money(account["total_due"])
        self.amount.setText(account["total_due"] if due else "")
        self.tendered.clear()
        self.reference.clear()
        self._update_change()
        self._payment_selected()
        if not closed and self.can_post:
            self.amount.setFocus()
            self.amount.selectAll()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _show_header(self) -> None:
        if self.account is None:
            self.header.setText(self.tr("Find a customer on the left (Ctrl+F), then press "
                                        "Enter."))
            return
        c = self.account["customer"]
        self.header.setText(f"{c['account_no']}  {c['name']}  ·  "
                            f"{labels.customer_class(c['customer_class'])}  ·  "
                            f"{labels.status(c['status'])}\n{c['address']}  ·  "
                            f"{c['office_name']}")

    def _enable_form(self, enabled: bool) -> None:
        for w in (self.amount, self.tender, self.tendered, self.reference, self.post):
            w.setEnabled(enabled)
        self._tender_changed()

    def set_busy(self, busy: bool) -> None:
        """While a payment is being posted the clerk cannot post it a second time."""
        self.post.setEnabled(not busy and self.account is not None
                             and not self.account.get("till_closed"))

    # -- input -------------------------------------------------------------------------------

    def tender_code(self) -> str:
        return str(self.tender.currentData())

    def _tender_changed(self) -> None:
        cash = self.tender_code() == "cash"
        self.tendered.setEnabled(cash and self.amount.isEnabled())
        if not cash:
            self.tendered.clear()
        self.reference.setEnabled(self.tender_code() in ("cheque", "transfer")
                                  and self.amount.isEnabled())
        self._update_change()

    def _update_change(self) -> None:
        if self.tender_code() != "cash" or not self.tendered.text().strip():
            self.change.setText("—")
            return
        change = change_due(self.amount.text(), self.tendered.text())
        self.change.setText(str(change) if change is not None
                            else self.tr("not enough cash"))

    def payment_request(self) -> dict[str, Any] | None:
        """The payment as typed, or None (with a message) when something is missing."""
        if self.account is None:
            return None
        amount = parse_money(self.amount.text())
        if amount is None:
            self.message.setText(self.tr("Enter the amount as a number like 120.50."))
            self.amount.setFocus()
            return None
        body: dict[str, Any] = {"customer_id": self.account["customer"]["id"],
                                "amount": str(amount), "tender_type": self.tender_code(),
                                "balance_seen": self.account["balance"]}
        if self.tender_code() == "cash" and self.tendered.text().strip():
            if change_due(self.amount.text(), self.tendered.text()) is None:
                self.message.setText(self.tr("The cash tendered does not cover the amount."))
                self.tendered.setFocus()
                return None
            body["tendered"] = str(parse_money(self.tendered.text()))
        if self.reference.isEnabled() and self.reference.text().strip():
            body["reference"] = self.reference.text().strip()
        return body

    def _post(self) -> None:
        body = self.payment_request()
        if body is not None and self.post.isEnabled():
            self.message.setText("")
            self.post_requested.emit(body)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER):
            self._post()
            return True
        return super().eventFilter(watched, event)

    # -- last payments -----------------------------------------------------------------------

    def selected_payment(self) -> dict[str, Any] | None:
        index = self.payments.currentIndex()
        model = self.payments.model()
        if not index.isValid() or not isinstance(model, RowsModel):
            return None
        return model.row_at(index.row())

    def _payment_selected(self, *_args: Any) -> None:
        row = self.selected_payment()
        self.reprint.setEnabled(row is not None)
        self.request_reversal.setEnabled(row is not None and row.get("state") == "posted")

    def _reprint(self) -> None:
        row = self.selected_payment()
        if row is not None:
            self.reprint_requested.emit(int(row["payment_id"]))

    def _ask_reason(self) -> None:
        row = self.selected_payment()
        if row is None:
            return
        dialog = ReasonDialog(str(row["receipt_no"]), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pid = int(row["payment_id"])
        dialog.accepted.connect(
            lambda: self.reversal_requested.emit(pid, dialog.reason.text().strip()))
        self.reason_dialog = dialog
        dialog.open()

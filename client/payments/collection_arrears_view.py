"""The "Arrears" page: filters, the customers in arrears with the step due for each, and the
buttons that issue reminders, disconnection notices, orders and reconnections for the
selected customers. The view only shows and emits intents; the presenter calls the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.core import labels
from client.core.widgets.rows_model import Row
from client.core.widgets.table import DataTable
from client.payments import collection_models as M

CLASSES = ("", "residential", "commercial", "large_industry", "agriculture")
ACTIONS = ("", "reminder", "notice", "disconnect", "reconnect")
# (notice kind, the step it carries out)
ISSUES = (("reminder", "reminder"), ("disconnection", "notice"),
          ("disconnect_order", "disconnect"), ("reconnection", "reconnect"))


class ArrearsView(QWidget):
    """Signals:
    load_requested(dict): show the first page for these filters.
    more_requested(): append the next page.
    issue_requested(str, list): issue notices of a kind for these customer ids.
    preview_requested(int): show the PDF of this notice.
    detail_requested(int): show how a customer's penalty was computed.
    waive_requested(int, str, str): waive (customer id, amount, reason) of open penalty.
    """

    load_requested = Signal(dict)
    more_requested = Signal()
    issue_requested = Signal(str, list)
    preview_requested = Signal(int)
    detail_requested = Signal(int)
    waive_requested = Signal(int, str, str)

    def __init__(self, can_issue: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrearsView")
        self.can_issue = can_issue
        self.min_days = QSpinBox(self)
        self.min_days.setRange(0, 3650)
        self.min_amount = QLineEdit(self)
        self.min_amount.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9]{0,10}(\.[0-9]{0,2})?"), self.min_amount))
        self.min_amount.setMaximumWidth(110)
        self.customer_class = QComboBox(self)
        self.action = QComboBox(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, buddy in zip(self.labels, (self.min_days, self.min_amount,
                                              self.customer_class, self.action), strict=True):
            label.setBuddy(buddy)
        self.show_button = QPushButton(self)
        self.show_button.setDefault(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("arrearsSummary")
        self.model = M.arrears_model(self)
        self.table = DataTable(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.more_button = QPushButton(self)
        self.issue_buttons = {kind: QPushButton(self) for kind, _step in ISSUES}
        self.preview_button = QPushButton(self)
        self.detail_button = QPushButton(self)
        self.waive_button = QPushButton(self)
        self.waive_button.setVisible(can_issue)
        self._layout()
        self._connect()
        self.set_busy(False)
        self.retranslate()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, field in zip(self.labels, (self.min_days, self.min_amount,
                                              self.customer_class, self.action), strict=True):
            bar.addWidget(label)
            bar.addWidget(field)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        actions = QHBoxLayout()
        for button in self.issue_buttons.values():
            actions.addWidget(button)
            button.setVisible(self.can_issue)
        actions.addStretch(1)
        actions.addWidget(self.waive_button)
        actions.addWidget(self.detail_button)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.show_button.clicked.connect(self.request_load)
        self.min_amount.returnPressed.connect(self.request_load)
        self.more_button.clicked.connect(self.more_requested)
        for kind, button in self.issue_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self._issue(k))
        self.preview_button.clicked.connect(self._preview)
        self.detail_button.clicked.connect(self._detail)
        self.waive_button.clicked.connect(self._waive)
        self.table.doubleClicked.connect(lambda _index: self._detail())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence("F5"), self, self.request_load)

    def retranslate(self) -> None:
        texts = (self.tr("Days overdue ≥"), self.tr("Amount ≥"), self.tr("Class"),
                 self.tr("Step due"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._fill(self.customer_class, CLASSES,
                   lambda c: labels.customer_class(c) if c else self.tr("All classes"))
        self._fill(self.action, ACTIONS,
                   lambda a: M.action_label(a) if a else self.tr("Any"))
        self.show_button.setText(self.tr("&Show"))
        self.show_button.setToolTip(self.tr("Show the arrears (F5)"))
        self.more_button.setText(self.tr("More…"))
        titles = {"reminder": self.tr("Issue &reminders"),
                  "disconnection": self.tr("Issue disconnection &notices"),
                  "disconnect_order": self.tr("Order &disconnection"),
                  "reconnection": self.tr("Record re&connection")}
        for kind, button in self.issue_buttons.items():
            button.setText(titles[kind])
        self.preview_button.setText(self.tr("&Preview notice"))
        self.detail_button.setText(self.tr("Penalty &details"))
        self.waive_button.setText(self.tr("&Waive penalty…"))

    @staticmethod
    def _fill(box: QComboBox, codes: tuple[str, ...], text: Any) -> None:
        current = box.currentIndex()
        box.clear()
        for code in codes:
            box.addItem(text(code), code)
        box.setCurrentIndex(max(current, 0))

    # -- intents -----------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return {"min_days": self.min_days.value(),
                "min_amount": self.min_amount.text().strip() or "0.00",
                "customer_class": self.customer_class.currentData() or "",
                "action": self.action.currentData() or ""}

    def request_load(self) -> None:
        self.load_requested.emit(self.filters())

    def selected_rows(self) -> list[Row]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _issue(self, kind: str) -> None:
        rows = self.selected_rows()
        if rows:
            self.issue_requested.emit(kind, [int(r["customer_id"]) for r in rows])

    def _preview(self) -> None:
        rows = [r for r in self.selected_rows() if r.get("last_notice_id")]
        if rows:
            self.preview_requested.emit(int(rows[0]["last_notice_id"]))

    def _detail(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.detail_requested.emit(int(rows[0]["customer_id"]))

    def _waive(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        dialog = WaiverDialog(rows[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.waive_requested.emit(int(rows[0]["customer_id"]), dialog.amount.text().strip(),
                                      dialog.reason.text().strip())

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        steps = {str(r.get("action") or "") for r in rows}
        for kind, step in ISSUES:  # a step is offered only when every selected row is due
            self.issue_buttons[kind].setEnabled(bool(rows) and steps == {step})
        self.preview_button.setEnabled(any(r.get("last_notice_id") for r in rows))
        self.detail_button.setEnabled(len(rows) == 1 and bool(rows[0].get("oldest_due_on")))
        self.waive_button.setEnabled(len(rows) == 1 and rows[0].get("penalty") not in
                                     (None, "0.00"))

    # -- showing -----------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Loading…"))

    def show_page(self, result: dict[str, Any], append: bool) -> None:
        if append:
            self.model.append_rows(result["rows"])
        else:
            self.model.set_rows(result["rows"])
        counts = result["counts"]
        self.summary.setText(self.tr(
            "{total} customers · overdue {overdue} · penalties {penalty} · due now: "
            "{reminder} reminders, {notice} notices, {disconnect} disconnections, "
            "{reconnect} reconnections · as of {today}").format(
            total=result["total"], overdue=M.money(result["sum_overdue"]),
            penalty=M.money(result["sum_penalty"]), today=result["today"], **counts))
        self.more_button.setEnabled(bool(result["has_more"]))
        self._selection_changed()

    def confirm_issue(self, kind: str, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Issue notices"),
            self.tr("Issue {count} {what} now? They are recorded and cannot be withdrawn.")
            .format(count=count, what=M.kind_label(kind)))
        return answer == QMessageBox.StandardButton.Yes


class WaiverDialog(QDialog):
    """Amount (at most the open penalty) and the reason of a penalty waiver."""

    def __init__(self, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiverDialog")
        self.setWindowTitle(self.tr("Waive penalty"))
        heading = QLabel(self.tr("{account} {name}: open penalty {penalty}").format(
            account=row["account_no"], name=row["name"], penalty=M.money(row["penalty"])), self)
        self.amount = QLineEdit(str(row["penalty"]), self)
        self.amount.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9]{0,10}(\.[0-9]{0,2})?"), self.amount))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(150)
        form = QFormLayout()
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Waive"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)


class PenaltyDialog(QDialog):
    """How each overdue debt's penalty was computed (rule, days, rounding, minimum)."""

    def __init__(self, detail: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("penaltyDialog")
        self.setWindowTitle(self.tr("Penalty of {account}").format(
            account=detail["account_no"]))
        self.model = M.penalty_model(self)
        self.model.set_rows(detail["debits"])
        self.table = DataTable(self.model, self)
        heading = QLabel(self.tr("Penalty due up to {day} for each overdue bill:")
                         .format(day=detail["on"]), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 320)

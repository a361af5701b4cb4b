"""The fault report intake form: who calls, where (a customer, an address or a transformer
area), what (type, description), how urgent, and — when the server finds an active ticket of
the same area or address — the grouping proposal: join that ticket or open a new one.

Keyboard: Ctrl+Return records; in the proposal, Enter on a ticket joins it.

Signals:
    where_changed(dict): the place changed ({"customer_id" | "address" | "transformer_area"}).
    record_requested(dict): the report (without the grouping decision).
    join_requested(dict, int): the report joins that ticket.
    new_ticket_requested(dict): the report opens a new ticket despite the proposal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.core.context import AppContext
from client.core.formats import local_time
from client.core.widgets.customer_picker import CustomerPicker
from client.core.widgets.rows_model import Column, RowsModel
from client.core.widgets.table import DataTable
from client.service import fault_models as fm

translate = QCoreApplication.translate


def _fill(combo: QComboBox, labels: dict[str, str]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, text in labels.items():
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class IntakeForm(QWidget):
    where_changed = Signal(dict)
    record_requested = Signal(dict)
    join_requested = Signal(dict, int)
    new_ticket_requested = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultIntakeForm")
        self.picker = CustomerPicker(ctx, self)
        self.address = QLineEdit(self)
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        area_edit = self.area.lineEdit()
        assert area_edit is not None  # an editable combo box has one
        self.area_edit = area_edit
        self.area_class, self.kind = QComboBox(self), QComboBox(self)
        self.priority, self.channel = QComboBox(self), QComboBox(self)
        self.caller, self.phone = QLineEdit(self), QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.record = QPushButton(self)
        self.record.setDefault(True)
        self.labels = {
            k: QLabel(self)
            for k in (
                "customer",
                "address",
                "area",
                "class",
                "kind",
                "priority",
                "channel",
                "caller",
                "phone",
                "description",
            )
        }
        self.area_classes: dict[str, str] = {}
        self._build_proposal()
        self._layout()
        self._connect()
        self.retranslate()

    def _build_proposal(self) -> None:
        self.proposal = QGroupBox(self)
        self.proposal_hint = QLabel(self.proposal)
        self.proposal_hint.setWordWrap(True)
        self.candidates = RowsModel(
            [
                Column("reference", lambda: translate("FaultTerms", "Ticket")),
                Column(
                    "status",
                    lambda: translate("FaultTerms", "Status"),
                    fm.label(fm.statuses, "status"),
                ),
                Column(
                    "report_count", lambda: translate("FaultTerms", "Reports"), align_right=True
                ),
                Column(
                    "first_reported_at",
                    lambda: translate("FaultTerms", "First report"),
                    lambda r: local_time(r.get("first_reported_at")),
                ),
                Column("transformer_area", lambda: translate("FaultTerms", "Transformer area")),
                Column("title", lambda: translate("FaultTerms", "Place")),
            ],
            self,
        )
        self.candidate_table = DataTable(self.candidates, self.proposal)
        self.candidate_table.setMaximumHeight(120)
        self.candidate_table.activated.connect(lambda _i: self._join())
        self.join, self.new_ticket = QPushButton(self.proposal), QPushButton(self.proposal)
        self.join.clicked.connect(self._join)
        self.new_ticket.clicked.connect(lambda: self.new_ticket_requested.emit(self.report()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.join)
        buttons.addWidget(self.new_ticket)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.proposal)
        layout.addWidget(self.proposal_hint)
        layout.addWidget(self.candidate_table)
        layout.addLayout(buttons)
        self.proposal.setVisible(False)

    def _layout(self) -> None:
        form = QFormLayout()
        rows = (
            ("customer", self.picker),
            ("address", self.address),
            ("area", self.area),
            ("class", self.area_class),
            ("kind", self.kind),
            ("priority", self.priority),
            ("channel", self.channel),
            ("caller", self.caller),
            ("phone", self.phone),
            ("description", self.description),
        )
        for key, widget in rows:
            form.addRow(self.labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.record)
        layout.addLayout(bar)
        layout.addWidget(self.proposal)
        layout.addStretch(1)
        for a, b in (
            (self.picker, self.address),
            (self.address, self.area),
            (self.area, self.area_class),
            (self.area_class, self.kind),
            (self.kind, self.priority),
            (self.priority, self.channel),
            (self.channel, self.caller),
            (self.caller, self.phone),
            (self.phone, self.description),
            (self.description, self.record),
        ):
            QWidget.setTabOrder(a, b)

    def _connect(self) -> None:
        self.picker.picked.connect(self._customer_picked)
        self.picker.cleared.connect(lambda: self.where_changed.emit(self.where()))
        self.address.editingFinished.connect(lambda: self.where_changed.emit(self.where()))
        self.area.activated.connect(lambda _i: self.where_changed.emit(self.where()))
        self.area_edit.editingFinished.connect(lambda: self.where_changed.emit(self.where()))
        self.record.clicked.connect(lambda: self.record_requested.emit(self.report()))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record.click)

    def retranslate(self) -> None:
        texts = {
            "customer": self.tr("Customer"),
            "address": self.tr("Address"),
            "area": self.tr("Transformer area"),
            "class": self.tr("Area class"),
            "kind": self.tr("Fault type"),
            "priority": self.tr("Priority"),
            "channel": self.tr("Channel"),
            "caller": self.tr("Caller"),
            "phone": self.tr("Caller's phone"),
            "description": self.tr("Description"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.picker.retranslate()
        self.address.setPlaceholderText(self.tr("Street and number, when no customer"))
        self.area_edit.setPlaceholderText(self.tr("Area code, e.g. TA040012"))
        self.description.setPlaceholderText(self.tr("What the caller sees"))
        self.record.setText(self.tr("Record report (Ctrl+Enter)"))
        _fill(self.area_class, fm.area_classes())
        _fill(self.kind, fm.fault_kinds())
        _fill(self.priority, fm.priorities())
        _fill(self.channel, fm.channels())
        self.proposal.setTitle(self.tr("Same outage?"))
        self.proposal_hint.setText(
            self.tr(
                "Active tickets of the same transformer area or address: join one (the commitment "
                "runs from its first report) or open a new ticket."
            )
        )
        self.join.setText(self.tr("Join selected ticket"))
        self.new_ticket.setText(self.tr("Open a new ticket"))
        self.candidates.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(self.candidates.columns) - 1
        )

    # -- state ---------------------------------------------------------------------------
    def set_areas(self, areas: list[dict[str, Any]]) -> None:
        self.area_classes = {a["transformer_area"]: a["area_class"] for a in areas}
        text = self.area.currentText()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem("", "")
        for a in areas:
            self.area.addItem(f"{a['transformer_area']}", a["transformer_area"])
        self.area.setEditText(text)
        self.area.blockSignals(False)

    def where(self) -> dict[str, Any]:
        customer = self.picker.customer()
        if customer is not None:
            return {"customer_id": customer["id"]}
        return {
            "address": self.address.text().strip(),
            "transformer_area": self.area.currentText().strip(),
        }

    def report(self) -> dict[str, Any]:
        customer = self.picker.customer()
        return {
            **self.where(),
            "channel": self.channel.currentData(),
            "caller_name": self.caller.text().strip() or (customer or {}).get("name", ""),
            "caller_phone": self.phone.text().strip(),
            "description": self.description.toPlainText().strip(),
            "kind": self.kind.currentData(),
            "priority": self.priority.currentData(),
            "area_class": self.area_class.currentData(),
        }

    def show_place(self, found: dict[str, Any]) -> None:
        """The server's view of the place: the supply address and area, its class, and the
        tickets this report may belong to."""
        if self.picker.customer() is not None:
            self.address.setText(found.get("address") or "")
            self.area.setEditText(found.get("transformer_area") or "")
        self.area_class.setCurrentIndex(max(0, self.area_class.findData(found["area_class"])))
        self.show_candidates(found.get("candidates") or [])

    def show_candidates(self, rows: list[dict[str, Any]]) -> None:
        self.candidates.set_rows(rows)
        self.proposal.setVisible(bool(rows))
        if rows:
            self.candidate_table.selectRow(0)

    def _customer_picked(self, row: dict[str, Any]) -> None:
        if not self.caller.text():
            self.caller.setText(row.get("name") or "")
        if not self.phone.text():
            self.phone.setText(row.get("phone_mobile") or "")
        self.where_changed.emit(self.where())

    def _join(self) -> None:
        index = self.candidate_table.currentIndex()
        if index.isValid():
            self.join_requested.emit(self.report(), self.candidates.row_at(index.row())["id"])

    def clear(self) -> None:
        self.picker.set_customer(None)
        for edit in (self.address, self.caller, self.phone):
            edit.clear()
        self.area.setEditText("")
        self.description.clear()
        self.kind.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        self.show_candidates([])

"""Dialogs of the exception queue: a decision with its note (and new values for a
correction), and the meter change."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.metering import REGISTERS
from client.metering import labels as M


def _value_fields(form: QFormLayout, parent: QWidget, names: list[str],
                  start: dict[str, str]) -> dict[str, QLineEdit]:
    fields = {}
    for name in names:
        edit = QLineEdit(start.get(name, ""), parent)
        edit.setObjectName(f"value_{name}")
        form.addRow(M.register(name), edit)
        fields[name] = edit
    return fields


class DecisionDialog(QDialog):
    """A decision on one queue item: the note always, new values when correcting."""

    def __init__(self, item: dict[str, Any], decision: str, registers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.decision = decision
        titles = {"approve": self.tr("Approve the reading"),
                  "correct": self.tr("Correct the reading"),
                  "estimate": self.tr("Estimate from history"),
                  "reread": self.tr("Send for re-read")}
        self.setWindowTitle(titles[decision])
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(f"{item['account_no']} {item['customer_name']}"))
        form.addRow(self.tr("Reasons"), QLabel(M.flags(item["reasons"])))
        self.fields: dict[str, QLineEdit] = {}
        if decision == "correct":
            self.fields = _value_fields(form, self, registers, item.get("registers") or {})
        self.note = QLineEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Why (kept in the audit trail)"))
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.note.text().strip():
            self.accept()
        else:
            self.note.setFocus()

    def values(self) -> dict[str, str] | None:
        if self.decision != "correct":
            return None
        return {k: e.text().strip() for k, e in self.fields.items() if e.text().strip()}


class MeterChangeDialog(QDialog):
    """The old meter's final reading and the new meter (serial, digits, registers, initial
    reading, date)."""

    def __init__(self, item: dict[str, Any], old_registers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meterChangeDialog")
        self.setWindowTitle(self.tr("Meter change"))
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(f"{item['account_no']} {item['customer_name']}"))
        form.addRow(self.tr("Old meter"), QLabel(str(item["serial"])))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Change date"), self.date)
        form.addRow(QLabel(self.tr("Old meter final reading")))
        self.old = _value_fields(form, self, old_registers, {})
        self.serial = QLineEdit(self)
        self.serial.setObjectName("newSerial")
        self.serial.setMaxLength(24)
        form.addRow(self.tr("New meter serial"), self.serial)
        self.digits = QSpinBox(self)
        self.digits.setRange(4, 9)
        self.digits.setValue(6)
        form.addRow(self.tr("Integer digits"), self.digits)
        self.register_boxes: dict[str, QCheckBox] = {}
        for name in REGISTERS:
            box = QCheckBox(M.register(name), self)
            box.setChecked(name in old_registers)
            box.setEnabled(name != "total")
            self.register_boxes[name] = box
            form.addRow("", box)
        form.addRow(QLabel(self.tr("New meter initial reading")))
        self.initial = {name: QLineEdit("0.00" if name != "max_demand" else "", self)
                        for name in REGISTERS}
        for name, edit in self.initial.items():
            edit.setObjectName(f"initial_{name}")
            form.addRow(M.register(name), edit)
        self.note = QLineEdit(self)
        self.note.setObjectName("changeNote")
        self.note.setMaxLength(200)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.serial.text().strip() and self.note.text().strip():
            self.accept()

    def change(self) -> dict[str, Any]:
        chosen = [n for n, box in self.register_boxes.items() if box.isChecked()]
        d: date = self.date.date().toPython()  # type: ignore[assignment]
        return {"date": d.isoformat(),
                "old_final": {k: e.text().strip() for k, e in self.old.items()
                              if e.text().strip()},
                "new_serial": self.serial.text().strip(), "new_digits": self.digits.value(),
                "new_registers": chosen,
                "new_initial": {k: self.initial[k].text().strip() for k in chosen
                                if self.initial[k].text().strip()},
                "note": self.note.text().strip()}

"""The intake form of a complaint, suggestion or praise. No server calls.

Signals:
    submitted(dict): the register_complaint data of a filled-in form.
    cancelled(): the clerk left the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
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
from client.core.widgets.customer_picker import CustomerPicker
from client.work import terms


def fill(combo: QComboBox, entries: list[dict[str, Any]], blank: str | None = None) -> None:
    """Refill a combo with {code, name} entries, keeping the current code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for entry in entries:
        combo.addItem(str(entry["name"]), entry["code"])
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class ComplaintForm(QGroupBox):
    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintForm")
        self.codes: dict[str, Any] = {}
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.picker = CustomerPicker(ctx, self)
        self.contact_name = QLineEdit(self)
        self.contact_name.setObjectName("contactName")
        self.contact_name.setMaxLength(50)
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setObjectName("contactPhone")
        self.contact_phone.setMaxLength(20)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(100)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(160)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("clockHint")
        self.submit = QPushButton(self)
        self.submit.setObjectName("registerComplaint")
        self.submit.setDefault(True)
        self.submit.setShortcut(QKeySequence("Ctrl+Return"))
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancelComplaint")
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for key, widget in (("kind", self.kind), ("channel", self.channel),
                            ("category", self.category), ("customer", self.picker),
                            ("contact_name", self.contact_name),
                            ("contact_phone", self.contact_phone), ("subject", self.subject),
                            ("text", self.text), ("assignee", self.assignee)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[key] = caption
            self.form.addRow(caption, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.submit.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.cancelled)
        self.kind.currentIndexChanged.connect(self._explain)
        self.picker.picked.connect(self._picked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("New complaint, suggestion or praise"))
        for key, text in (("kind", self.tr("&Kind:")), ("channel", self.tr("C&hannel:")),
                          ("category", self.tr("Ca&tegory:")),
                          ("customer", self.tr("C&ustomer:")),
                          ("contact_name", self.tr("Caller's &name:")),
                          ("contact_phone", self.tr("Caller's &phone:")),
                          ("subject", self.tr("&Subject:")), ("text", self.tr("C&ontent:")),
                          ("assignee", self.tr("&Assign to:"))):
            self.captions[key].setText(text)
        self.contact_name.setPlaceholderText(self.tr("Needed when no customer is picked"))
        self.contact_phone.setPlaceholderText(self.tr("Mobile or landline"))
        self.text.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.submit.setText(self.tr("&Register"))
        self.cancel.setText(self.tr("Cancel"))
        self.picker.retranslate()
        self.set_codes(self.codes)

    def set_codes(self, codes: dict[str, Any]) -> None:
        self.codes = codes
        if not codes:
            return
        fill(self.kind, codes["kinds"])
        fill(self.channel, codes["channels"])
        fill(self.category, codes["categories"])
        entries = [{"code": f"role:{r['code']}", "name": terms.role_name(r["code"])}
                   for r in codes["roles"]]
        entries += [{"code": f"user:{u['id']}", "name": f"{u['full_name']} ({u['username']})"}
                    for u in codes["users"]]
        fill(self.assignee, entries)
        self._explain()

    def _explain(self) -> None:
        kind = self.kind.currentData()
        self.hint.setText({
            "complaint": self.tr("Contact the customer within 1 working day, reply within 7."),
            "suggestion": self.tr("Reply within 7 working days."),
            "praise": self.tr("Recorded and passed on; no clock runs."),
        }.get(kind or "", ""))

    def _picked(self, row: dict[str, Any]) -> None:
        if not self.contact_phone.text():
            self.contact_phone.setPlaceholderText(str(row.get("phone_mobile") or ""))

    def clear(self) -> None:
        self.picker.set_customer(None)
        for edit in (self.contact_name, self.contact_phone, self.subject):
            edit.clear()
        self.text.clear()
        self.kind.setCurrentIndex(0)
        self.retranslate()

    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "kind": self.kind.currentData(), "channel": self.channel.currentData(),
            "category": self.category.currentData(),
            "subject": self.subject.text().strip(), "text": self.text.toPlainText().strip()}
        customer = self.picker.customer()
        if customer is not None:
            result["customer_id"] = customer["id"]
        if self.contact_name.text().strip():
            result["contact_name"] = self.contact_name.text().strip()
        if self.contact_phone.text().strip():
            result["contact_phone"] = self.contact_phone.text().strip()
        assignee = str(self.assignee.currentData() or "role:counter_clerk")
        kind, _, value = assignee.partition(":")
        if kind == "user":
            result["assigned_user_id"] = int(value)
        else:
            result["assigned_role"] = value
        return result

    def _submit(self) -> None:
        self.submitted.emit(self.data())

    def focus_first(self) -> None:
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

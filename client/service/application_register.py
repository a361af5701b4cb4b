"""Register a business application: choose the type, pick the customer when the type acts on
an existing one, fill the form generated from the type's fields.

The dialog only collects; the presenter of the page sends ``register_application`` and either
closes it (the new application's detail opens) or shows the server's message next to the
form (the field it names gets the focus).

Signals:
    register_requested(str, object, dict, str): type code, customer id or None, fields, note.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from client.core.context import AppContext
from client.core.widgets.customer_picker import CustomerPicker
from client.service.application_form import FieldForm


def registration_fields(info: dict[str, Any]) -> list[dict[str, Any]]:
    """What the counter asks for: the required fields and those of the first stage (later
    stages' fields are filled in as the application moves on)."""
    stages = info.get("stages") or [{}]
    first = set(stages[0].get("fields") or ())
    return [f for f in info.get("fields") or () if f.get("required") or f["name"] in first]


class RegisterDialog(QDialog):
    register_requested = Signal(str, object, dict, str)

    def __init__(self, ctx: AppContext, types: Sequence[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.types = list(types)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeCombo")
        for info in self.types:
            self.type_combo.addItem(str(info["name"]), info["code"])
        self.type_label = QLabel(self)
        self.type_label.setBuddy(self.type_combo)
        self.about = QLabel(self)
        self.about.setObjectName("typeAbout")
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #555;")
        self.picker = CustomerPicker(ctx, self)
        self.picker_label = QLabel(self)
        self.picker_label.setBuddy(self.picker)
        self.form = FieldForm(self)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.note = QLineEdit(self)
        self.note.setObjectName("registerNote")
        self.note.setMaxLength(500)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.type_label, self.type_combo)
        top.addRow(self.about)
        top.addRow(self.picker_label, self.picker)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        bottom = QFormLayout()
        bottom.addRow(self.note_label, self.note)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.retranslate()
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the form needs (no empty scroll area), within a laptop's screen."""
        around = self.sizeHint().height() - self.scroll_area.sizeHint().height()
        wanted = around + self.form.sizeHint().height() + 2 * self.scroll_area.frameWidth()
        self.resize(640, min(760, max(360, wanted)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New application"))
        self.type_label.setText(self.tr("Business &type:"))
        self.picker_label.setText(self.tr("C&ustomer:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.ok_button.setText(self.tr("&Register"))
        self.picker.retranslate()
        self._describe()

    def type_info(self) -> dict[str, Any]:
        index = self.type_combo.currentIndex()
        return self.types[index] if 0 <= index < len(self.types) else {}

    def select_type(self, code: str) -> None:
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(code)))

    def _type_changed(self) -> None:
        info = self.type_info()
        needs = bool(info.get("needs_customer"))
        self.picker.setVisible(needs)
        self.picker_label.setVisible(needs)
        kept = self.form.values() if self.form.editors else {}
        self.form.set_fields(registration_fields(info), kept)  # what was typed stays
        self._describe()
        if self.isVisible():
            self.fit_height()

    def _describe(self) -> None:
        info = self.type_info()
        if not info:
            self.about.setText(self.tr("No business type is available."))
            return
        documents = ", ".join(str(d.get("name") or d["code"]) for d in info.get("documents")
                              or ())
        text = self.tr("Whole process within %1 working days, %2 stages.").replace(
            "%1", str(info.get("total_days", "—"))).replace("%2", str(len(info.get("stages")
                                                                          or ())))
        if documents:
            text += " " + self.tr("Documents: %1.").replace("%1", documents)
        if info.get("needs_customer"):
            text += " " + self.tr("Acts on an existing customer: find the customer first.")
        self.about.setText(text)

    def submit(self) -> None:
        info = self.type_info()
        customer = self.picker.customer() if info.get("needs_customer") else None
        if info.get("needs_customer") and customer is None:
            self.show_problem(self.tr("Find and pick the customer first."))
            self.picker.setFocus()
            return
        missing = self.form.missing_required()
        if missing:
            self.show_problem(self.tr("Please fill in: %1").replace("%1", ", ".join(missing)))
            return
        self.form.clear_problem()
        self.ok_button.setEnabled(False)
        self.register_requested.emit(str(info["code"]),
                                     int(customer["id"]) if customer else None,
                                     self.form.values(), self.note.text().strip())

    def show_problem(self, message: str, field: str | None = None) -> None:
        self.ok_button.setEnabled(True)
        self.form.show_problem(message, field)

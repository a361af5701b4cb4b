"""A form generated from a business type's fields (contract applications.Field).

Each kind gets its editor: text a line edit, decimal, integer, mobile, CT/PT ratio and meter
registers a checked line edit (the server checks again and names the field), date a
calendar date edit (which may be left empty), choice / customer class / tariff code / voltage
a drop-down. Required fields are marked with an asterisk and a bold label. Values travel as
strings both ways ({name: str}); an empty optional field is sent as "".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from client.core import labels

VOLTAGES = ("220V", "380V", "10kV", "35kV", "110kV")  # dbschema customers.VOLTAGE_LEVELS
CLASSES = ("residential", "commercial", "large_industry", "agriculture")
NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum shows as blank: "not given"
DECIMAL = QRegularExpression(r"^\d{0,12}(\.\d{0,4})?$")
INTEGER = QRegularExpression(r"^\d{0,9}$")
MOBILE = QRegularExpression(r"^1\d{0,10}$")
RATIO = QRegularExpression(r"^\d{0,6}(/\d{0,4})?$")
REGISTERS = QRegularExpression(r"^[a-z, ]{0,60}$")
CHECKED = {"decimal": DECIMAL, "integer": INTEGER, "mobile": MOBILE, "ratio": RATIO,
           "registers": REGISTERS}

Field = dict[str, Any]


class DateField(QDateEdit):
    """A date edit with a calendar that can also be empty (its minimum shows as blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)

    def text_value(self) -> str:
        return "" if self.date() == NO_DATE else self.date().toString("yyyy-MM-dd")

    def set_text_value(self, text: str) -> None:
        date = QDate.fromString(text, "yyyy-MM-dd") if text else NO_DATE
        self.setDate(date if date.isValid() else NO_DATE)
        if self.calendarWidget() is not None and self.date() == NO_DATE:
            self.calendarWidget().setSelectedDate(QDate.currentDate())


def _choices(field: Field) -> list[tuple[str, str]]:
    """(value, label) pairs of a drop-down field: the server's, else the kind's own list."""
    given = [(str(c["value"]), str(c.get("label") or c["value"]))
             for c in field.get("choices") or ()]
    if given:
        return given
    kind = field.get("kind")
    if kind == "customer_class":
        return [(code, labels.customer_class(code)) for code in CLASSES]
    if kind == "voltage":
        return [(v, v) for v in VOLTAGES]
    return []


class FieldForm(QWidget):
    """The editors of a list of fields in a form layout.

    Signals:
        edited(): any value changed by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: list[Field] = []
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.problem = self._problem_label()
        self.layout_.addRow(self.problem)

    def _problem_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("formProblem")
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.setVisible(False)
        return label

    # -- building --------------------------------------------------------------------------

    def set_fields(self, fields: Sequence[Field], values: dict[str, Any] | None = None) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)  # deletes the old editors, captions and problem line
        self.problem = self._problem_label()
        self.fields = list(fields)
        self.editors, self.captions = {}, {}
        for field in self.fields:
            name = str(field["name"])
            editor = self._editor(field)
            editor.setObjectName(f"field_{name}")
            caption = QLabel(self._caption(field), self)
            caption.setBuddy(editor)
            if field.get("required"):
                font = caption.font()
                font.setBold(True)
                caption.setFont(font)
            self.editors[name], self.captions[name] = editor, caption
            self.layout_.addRow(caption, editor)
        self.layout_.addRow(self.problem)
        self.set_values(values or {})

    @staticmethod
    def _caption(field: Field) -> str:
        label = str(field.get("label") or field["name"])
        return f"{label} *" if field.get("required") else label

    def _editor(self, field: Field) -> QWidget:
        kind = field.get("kind", "text")
        choices = _choices(field)
        if kind == "date":
            date = DateField(self)
            date.dateChanged.connect(lambda _d: self.edited.emit())
            return date
        if choices or kind in ("choice", "tariff_code"):
            combo = QComboBox(self)
            combo.setEditable(kind == "tariff_code" and not field.get("choices"))
            if not field.get("required"):
                combo.addItem("", "")
            for value, label in choices:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
            return combo
        edit = QLineEdit(self)
        if field.get("max_length"):
            edit.setMaxLength(int(field["max_length"]))
        if kind in CHECKED:
            edit.setValidator(QRegularExpressionValidator(CHECKED[kind], edit))
        hint = {"ratio": "100/5", "registers": "total,peak,flat,valley",
                "mobile": "13800000000"}.get(str(kind))
        if hint:
            edit.setPlaceholderText(hint)
        edit.textEdited.connect(lambda _t: self.edited.emit())
        return edit

    # -- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: self.value(name) for name in self.editors}

    def value(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, DateField):
            return editor.text_value()
        if isinstance(editor, QComboBox):
            if editor.isEditable():  # a typed code, or a listed one picked by its label
                found = editor.findText(editor.currentText())
                typed = editor.currentText().strip()
                return str(editor.itemData(found)) if found >= 0 else typed
            data = editor.currentData()
            return "" if data is None else str(data)
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def set_values(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            text = "" if values.get(name) is None else str(values.get(name))
            if isinstance(editor, DateField):
                editor.set_text_value(text)
            elif isinstance(editor, QComboBox):
                index = editor.findData(text)
                if index >= 0:
                    editor.setCurrentIndex(index)
                elif editor.isEditable():
                    editor.setEditText(text)
                else:
                    editor.setCurrentIndex(0 if editor.count() else -1)
            elif isinstance(editor, QLineEdit):
                editor.setText(text)

    def missing_required(self) -> list[str]:
        """Labels of required fields left empty (checked again by the server)."""
        return [str(f.get("label") or f["name"]) for f in self.fields
                if f.get("required") and not self.value(str(f["name"]))]

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)

    def show_problem(self, message: str, field: str | None = None) -> None:
        """The server's (or the form's) message under the form; focus the field it names."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        if field and field in self.editors:
            self.editors[field].setFocus()

    def clear_problem(self) -> None:
        self.show_problem("")

"""Contact correction: the form, and the dialog shown when someone else changed the record.

No server calls: the presenter listens to ``save_requested`` and answers through
``show_problem``, ``show_conflict`` or ``accept``.

Signals (ContactDialog):
    save_requested(dict): the changed fields, e.g. {"phone_mobile": "139..."}.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.core import labels

FIELDS = ("phone_mobile", "phone_landline", "contact_person", "mail_address")
MAX_LENGTHS = {"phone_mobile": 11, "phone_landline": 13, "contact_person": 50,
               "mail_address": 200}


class ContactDialog(QDialog):
    save_requested = Signal(dict)

    def __init__(self, customer: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.base: dict[str, Any] = dict(customer)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for key in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit_{key}")
            edit.setMaxLength(MAX_LENGTHS[key])
            edit.setMinimumWidth(360)
            edit.setText(str(customer.get(key) or ""))
            caption = QLabel(self)
            caption.setBuddy(edit)
            self.edits[key], self.captions[key] = edit, caption
            form.addRow(caption, edit)
        self.problem = QLabel(self)
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit contact"))
        self.heading.setText(self.tr("%1 · account %2")
                             .replace("%1", str(self.base.get("name", "")))
                             .replace("%2", str(self.base.get("account_no", ""))))
        for key, caption in self.captions.items():
            caption.setText(self.tr("%1:").replace("%1", labels.contact_field(key)))

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def changes(self) -> dict[str, str]:
        return {key: value for key, value in self.values().items()
                if value != str(self.base.get(key) or "")}

    def _save(self) -> None:
        changes = self.changes()
        if not changes:
            self.show_problem(self.tr("Nothing was changed."), None)
            return
        self.set_busy(True)
        self.save_requested.emit(changes)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        for edit in self.edits.values():
            edit.setReadOnly(busy)

    def show_problem(self, message: str, field: str | None) -> None:
        """The server's (translated) message in the dialog; the faulty field gets the focus."""
        self.set_busy(False)
        self.problem.setText(message)
        self.problem.setVisible(True)
        for key, edit in self.edits.items():
            edit.setStyleSheet("border: 1px solid #b00020;" if key == field else "")
        if field in self.edits:
            self.edits[field].setFocus()
            self.edits[field].selectAll()

    def rebase(self, current: dict[str, Any], keep: dict[str, str]) -> None:
        """Take the current record as the new base and re-apply the clerk's own changes."""
        self.base = dict(current)
        for key, edit in self.edits.items():
            edit.setText(keep.get(key, str(current.get(key) or "")))
        self.set_busy(False)
        self.problem.setText(self.tr("The record was reloaded. Your changes are applied to "
                                     "the current data: check them and save again."))
        self.problem.setVisible(True)


class ConflictDialog(QDialog):
    """Shows 'their' values (now in the database) next to 'your' values, field by field."""

    def __init__(self, mine: dict[str, str], before: dict[str, Any], theirs: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.table = QTableWidget(len(FIELDS), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons get the keyboard
        self._fill(mine, before, theirs)
        self.buttons = QDialogButtonBox(self)
        self.reapply = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reapply.setObjectName("reapplyButton")
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setObjectName("cancelChangesButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Wide enough that no value is cut off (up to a screen-friendly maximum)."""
        table = self.table
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(height + table.horizontalHeader().height() + 4)
        self.resize(min(1400, max(760, width + 60)), self.sizeHint().height())

    def _fill(self, mine: dict[str, str], before: dict[str, Any],
              theirs: dict[str, Any]) -> None:
        for row, key in enumerate(FIELDS):
            old = str(before.get(key) or "")
            their = str(theirs.get(key) or "")
            your = mine[key] if key in mine else self.tr("(not changed by you)")
            cells = (labels.contact_field(key), old, their, your)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and their != old:
                    item.setBackground(QColor("#ffe0b2"))  # they changed it
                if column == 3:
                    if key in mine:
                        item.setBackground(QColor("#c8e6c9"))  # you changed it
                    else:
                        item.setForeground(QColor("#777777"))
                self.table.setItem(row, column, item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.explain.setText(self.tr(
            "While you were editing, someone else saved a change to this customer. Compare "
            "their values (now saved) with yours, then re-apply your changes to the current "
            "record or cancel yours."))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                              self.tr("Their value (saved)"),
                                              self.tr("Your value")])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reapply.setText(self.tr("&Reload and re-apply mine"))
        self.cancel.setText(self.tr("&Cancel my changes"))

"""The Offices page: the organisation tree and the dialog that adds a unit under another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.admin.dialogs import FormDialog
from client.admin.office_model import OfficeTreeModel
from client.admin.table_base import Row
from client.admin.terms import CHILD_KIND, AdminTerms

CODE_PATTERN = r"[A-Z0-9]{2,16}"  # the server's rule for unit codes


class OfficeDialog(FormDialog):
    """A new unit under `parent_office`; its kind is fixed by the parent's kind."""

    def __init__(self, parent_office: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_office = parent_office
        self.kind = CHILD_KIND[str(parent_office["kind"])]
        self.setWindowTitle(self.tr("New {kind}").format(kind=AdminTerms.kind(self.kind)))
        self.ok_button.setText(self.tr("Create"))
        self.code = QLineEdit()
        self.code.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z0-9]{0,16}"), self.code))
        self.code.textEdited.connect(self._upper)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setMinimumWidth(320)
        self.form.addRow(self.tr("Under:"), QLabel(self.tr("{name} ({kind})").format(
            name=parent_office["name"], kind=AdminTerms.kind(str(parent_office["kind"])))))
        self.form.addRow(self.tr("Kind:"), QLabel(AdminTerms.kind(self.kind)))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.code.textChanged.connect(self.revalidate)
        self.name.textChanged.connect(self.revalidate)
        self.revalidate()

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)

    def problem(self) -> str:
        if not QRegularExpression(f"^{CODE_PATTERN}$").match(self.code.text()).hasMatch():
            return self.tr("Code: 2 to 16 capital letters or digits.")
        if not self.name.text().strip():
            return self.tr("Enter the name.")
        return ""

    def values(self) -> dict[str, Any]:
        """The create_office payload."""
        return {"parent_id": self.parent_office["id"], "kind": self.kind,
                "code": self.code.text(), "name": self.name.text().strip()}


class OfficesView(QWidget):
    """The tree with a button to add a unit under the selected one.

    Signals:
        create_requested(dict): the create_office payload from the dialog.
    """

    create_requested = Signal(dict)

    def __init__(self, model: OfficeTreeModel, can_write: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.can_write = can_write
        self.tree = QTreeView(self)
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 6px; }")  # as tall as tables
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setVisible(can_write)
        self.hint = QLabel()
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.open_create_dialog)
        self.setFocusProxy(self.tree)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        model.modelReset.connect(self._after_reset)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add unit under selected…"))
        self.status.clear()
        self._update_actions()

    def selected_office(self) -> Row | None:
        return self.model.office_at(self.tree.currentIndex())

    def select_office(self, office_id: int) -> None:
        index = self.model.index_of(office_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def open_create_dialog(self) -> OfficeDialog | None:
        office = self.selected_office()
        if office is None or not self.can_write or str(office["kind"]) not in CHILD_KIND:
            return None
        dialog = OfficeDialog(office, self)
        dialog.accepted.connect(lambda: self.create_requested.emit(dialog.values()))
        dialog.open()
        return dialog

    def _after_reset(self) -> None:
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 24)
        self._update_actions()

    def _update_actions(self) -> None:
        office = self.selected_office()
        child = CHILD_KIND.get(str(office["kind"])) if office else None
        self.add_button.setEnabled(child is not None)
        if not self.can_write:
            self.hint.setText("")
        elif office is None:
            self.hint.setText(self.tr("Select the unit to add to."))
        elif child is None:
            self.hint.setText(self.tr("Nothing can be added under a service hall."))
        else:
            self.hint.setText(self.tr("Adds a {kind} under {name}.")
                              .format(kind=AdminTerms.kind(child), name=office["name"]))

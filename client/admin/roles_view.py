"""The Roles page: read-only, roles on the left and the chosen role's permissions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from client.admin.models import PermissionTableModel, RoleTableModel
from client.admin.table_base import Row
from client.admin.terms import AdminTerms
from client.core.widgets.table import DataTable


class RolesView(QWidget):
    """Roles on the left, the selected role's permissions (with descriptions) on the right.

    Signals:
        role_selected(int): row of the role now selected.
    """

    role_selected = Signal(int)

    def __init__(self, roles: RoleTableModel, permissions: PermissionTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role: Row | None = None
        self.roles_table = DataTable(roles, self)
        self.permissions_table = DataTable(permissions, self)
        self.caption = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.permissions_table)
        self.setFocusProxy(self.roles_table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.roles_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self.roles_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.role_selected.emit(current.row()))
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Roles and their permissions are defined on the server; "
                                  "this list is read-only."))
        self.show_role(self.role)

    def show_role(self, role: Row | None) -> None:
        self.role = role
        self.caption.setText(self.tr("Permissions of the role {role}:")
                             .format(role=AdminTerms.role(role["name"])) if role else "")

    def roles_loaded(self) -> None:
        """Select the first role and make the role list wide enough for its columns."""
        table = self.roles_table
        table.setMinimumWidth(table.horizontalHeader().length() + 2 * table.frameWidth() + 4)
        if table.model().rowCount() and not table.currentIndex().isValid():
            table.selectRow(0)

"""The Users page. Views show models and emit intents; they never call the server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.admin.dialogs import LockDialog, PasswordDialog, UserDialog
from client.admin.models import UserTableModel
from client.admin.office_model import office_choices
from client.admin.table_base import Row
from client.admin.terms import AdminTerms
from client.admin.widgets import PagerBar, ask, inform
from client.core.widgets.table import DataTable

TYPING_PAUSE_MS = 300


class UsersView(QWidget):
    """Filter bar, user table, pager and the user actions.

    Signals:
        search_requested: the filters changed (Enter, office, include locked).
        create_requested(dict): the create_user payload from the New user dialog.
        edit_requested(dict, dict): the user as loaded and the changed fields.
        lock_requested(dict, str): the user and the reason.
        unlock_requested(dict): the user, after confirmation.
        password_requested(dict, str): the user and the new password.
    """

    search_requested = Signal()
    create_requested = Signal(dict)
    edit_requested = Signal(dict, dict)
    lock_requested = Signal(dict, str)
    unlock_requested = Signal(dict)
    password_requested = Signal(dict, str)

    def __init__(self, model: UserTableModel, can_write: bool, own_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.can_write = can_write
        self.own_id = own_id  # the server refuses to lock one's own account
        self._page: tuple[int, int, int] | None = None
        self.offices: list[Row] = []
        self.roles: list[str] = []
        # Filters first, so that Tab goes filters -> table -> pager -> actions.
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.table = DataTable(model, self)
        self.pager = PagerBar(self)
        self.status = QLabel()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pager)
        layout.addLayout(self._action_bar())
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        model.modelReset.connect(self._update_actions)
        model.dataChanged.connect(self._update_actions)
        self.table.activated.connect(self._activated)
        # Ctrl+N beside the button's own Alt+N mnemonic (a button holds one shortcut only).
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_button.animateClick)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.search_requested)
        self.setFocusProxy(self.text_filter)
        self.retranslate()
        self._update_actions()

    def _filter_bar(self) -> QHBoxLayout:
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMaxLength(40)
        self.office_filter = QComboBox()
        self.office_filter.addItem("", None)
        self.office_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.include_locked = QCheckBox()
        self.include_locked.setChecked(True)
        self.search_button = QPushButton()
        self.find_label = QLabel()
        self.find_label.setBuddy(self.text_filter)
        self.office_label = QLabel()
        self.office_label.setBuddy(self.office_filter)
        bar = QHBoxLayout()
        for widget in (self.find_label, self.text_filter, self.office_label, self.office_filter,
                       self.include_locked, self.search_button):
            bar.addWidget(widget)
        bar.setStretchFactor(self.text_filter, 1)
        # Search as you type, once typing pauses; Enter searches at once.
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self.search_requested)
        self.text_filter.textEdited.connect(lambda _text: self.typing_pause.start())
        self.text_filter.returnPressed.connect(self.typing_pause.stop)
        self.text_filter.returnPressed.connect(self.search_requested)
        self.search_button.clicked.connect(self.search_requested)
        self.office_filter.activated.connect(lambda _i: self.search_requested.emit())
        self.include_locked.toggled.connect(lambda _b: self.search_requested.emit())
        return bar

    def _action_bar(self) -> QHBoxLayout:
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.lock_button = QPushButton()
        self.unlock_button = QPushButton()
        self.password_button = QPushButton()
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.lock_button,
                       self.unlock_button, self.password_button):
            button.setVisible(self.can_write)
            bar.addWidget(button)
        bar.addStretch(1)
        self.new_button.clicked.connect(self.open_create_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.lock_button.clicked.connect(self.open_lock_dialog)
        self.unlock_button.clicked.connect(self.confirm_unlock)
        self.password_button.clicked.connect(self.open_password_dialog)
        return bar

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on a live language switch)."""
        self.text_filter.setPlaceholderText(self.tr("Username or name"))
        self.office_filter.setItemText(0, self.tr("All offices"))
        self.include_locked.setText(self.tr("Include &locked"))
        self.search_button.setText(self.tr("&Search"))
        self.find_label.setText(self.tr("&Find:"))
        self.office_label.setText(self.tr("Offi&ce:"))
        self.new_button.setText(self.tr("&New user…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.lock_button.setText(self.tr("Loc&k…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.password_button.setText(self.tr("Reset pass&word…"))
        self.status.clear()
        self._render_page()

    # -- state the presenter sets -----------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return {"text": self.text_filter.text().strip(),
                "office_id": self.office_filter.currentData(),
                "include_locked": self.include_locked.isChecked()}

    def set_references(self, offices: list[Row], roles: list[str]) -> None:
        self.offices, self.roles = offices, roles
        current = self.office_filter.currentData()
        self.office_filter.clear()
        self.office_filter.addItem(self.tr("All offices"), None)
        for office_id, label in office_choices(offices):
            self.office_filter.addItem(label, office_id)
        self.office_filter.setCurrentIndex(max(0, self.office_filter.findData(current)))
        self._update_actions()

    def set_page_text(self, first: int, last: int, total: int) -> None:
        self._page = (first, last, total)
        self._render_page()

    def _render_page(self) -> None:
        if self._page is None:
            return
        first, last, total = self._page
        text = (self.tr("Users {first}-{last} of {total}")
                .format(first=first, last=last, total=total) if total
                else self.tr("No users match."))
        self.pager.set_state(text, first > 1, last < total)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_conflict(self, current: Row | None) -> QMessageBox:
        """Someone else saved the user first; say what it looks like now."""
        text = self.tr("Someone else changed this user while you were editing. "
                       "Your changes were not saved.")
        if current:
            roles = self.tr(", ").join(AdminTerms.role(r) for r in current.get("roles", []))
            text += "\n\n" + self.tr("The user now reads:\nFull name: {name}\nOffice: {office}"
                                     "\nRoles: {roles}").format(
                name=current.get("full_name", ""), office=current.get("office_name", ""),
                roles=roles)
        text += "\n\n" + self.tr("Open the user again to make your change on the current data.")
        return inform(self, self.tr("Changed by someone else"), text,
                      QMessageBox.Icon.Warning)

    def selected_user(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row["id"] == user_id:
                self.table.selectRow(i)
                return

    # -- dialogs (return the dialog so that tests and tours can fill it in) ------------------
    def open_create_dialog(self) -> UserDialog:
        dialog = UserDialog(self.offices, self.roles, None, self)
        dialog.accepted.connect(lambda: self.create_requested.emit(dialog.values()))
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None or not self.can_write:
            return None
        dialog = UserDialog(self.offices, self.roles, user, self)
        dialog.accepted.connect(lambda: self._emit_edit(user, dialog.changes()))
        dialog.open()
        return dialog

    def _emit_edit(self, user: Row, changes: dict[str, Any]) -> None:
        if changes:
            self.edit_requested.emit(user, changes)
        else:
            self.show_status(self.tr("Nothing was changed."))

    def open_lock_dialog(self) -> LockDialog | None:
        user = self.selected_user()
        if user is None or user["locked"] or user["id"] == self.own_id:
            return None
        dialog = LockDialog(user, self)
        dialog.accepted.connect(
            lambda: self.lock_requested.emit(user, dialog.reason.text().strip()))
        dialog.open()
        return dialog

    def confirm_unlock(self) -> QMessageBox | None:
        user = self.selected_user()
        if user is None or not user["locked"]:
            return None
        text = self.tr("Unlock the account of {name} ({username})? They can sign in again."
                       ).format(name=user["full_name"], username=user["username"])
        return ask(self, self.tr("Unlock user"), text, self.tr("Unlock"),
                   lambda: self.unlock_requested.emit(user))

    def open_password_dialog(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = PasswordDialog(user, self)
        dialog.accepted.connect(
            lambda: self.password_requested.emit(user, dialog.password.text()))
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------------
    def _activated(self, _index: QModelIndex) -> None:
        self.open_edit_dialog()

    def _update_actions(self) -> None:
        user = self.selected_user()
        ready = bool(self.offices and self.roles)
        self.new_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and user is not None)
        self.lock_button.setEnabled(user is not None and not user["locked"]
                                    and user["id"] != self.own_id)
        self.unlock_button.setEnabled(user is not None and bool(user["locked"]))
        self.password_button.setEnabled(user is not None)

"""Dialogs of the Users page. They collect and check input; they never call the server."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from client.admin.office_model import office_choices
from client.admin.table_base import Row
from client.admin.terms import AdminTerms

USERNAME_PATTERN = r"[a-z][a-z0-9_.]{2,39}"  # the server's rule, checked early for the user


def password_strong(password: str) -> bool:
    """Mirrors the server: 8-200 characters with at least one letter and one digit."""
    return (8 <= len(password) <= 200 and any(c.isalpha() for c in password)
            and any(c.isdigit() for c in password))


class FormDialog(QDialog):
    """A form with OK/Cancel whose OK is enabled only while problem() returns ''.

    Its own strings use the explicit context "FormDialog": self.tr() would look them up under
    each subclass's name."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def revalidate(self) -> None:
        text = self.problem()
        self.problem_label.setText(text)
        self.ok_button.setEnabled(not text)

    def accept(self) -> None:
        if not self.problem():  # Enter in a field must not bypass the checks
            super().accept()


class UserDialog(FormDialog):
    """Create a user (user=None) or edit one (name, office, roles)."""

    def __init__(self, offices: list[Row], roles: list[str], user: Row | None = None,
                 parent: QWidget | None = None) -> None:
        creating = user is None
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user") if creating else self.tr("Edit user"))
        self.ok_button.setText(self.tr("Create") if creating else self.tr("Save"))
        self.user = user
        self.username = QLineEdit(user["username"] if user else "")
        self.username.setValidator(QRegularExpressionValidator(
            QRegularExpression("[a-z0-9_.]{0,40}"), self.username))
        self.username.setReadOnly(not creating)
        self.full_name = QLineEdit(user["full_name"] if user else "")
        self.full_name.setMaxLength(80)
        self.office = QComboBox()
        for office_id, label in office_choices(offices):
            self.office.addItem(label, office_id)
        if user:
            self.office.setCurrentIndex(max(0, self.office.findData(user["office_id"])))
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Office:"), self.office)
        self.role_boxes = self._role_group(roles, set(user["roles"]) if user else set())
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        if creating:
            self._add_password_rows()
        for edit in (self.username, self.full_name, self.password, self.repeat):
            edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def _role_group(self, roles: list[str], chosen: set[str]) -> dict[str, QCheckBox]:
        group = QGroupBox(self.tr("Roles"))
        layout = QVBoxLayout(group)
        boxes: dict[str, QCheckBox] = {}
        for code in roles:
            box = QCheckBox(AdminTerms.role(code))
            box.setToolTip(code)
            box.setChecked(code in chosen)
            box.toggled.connect(self.revalidate)
            layout.addWidget(box)
            boxes[code] = box
        self.extra.addWidget(group)
        return boxes

    def _add_password_rows(self) -> None:
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
        self.form.addRow(self.tr("Initial &password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.repeat)
        hint = QLabel(self.tr("At least 8 characters with letters and digits. "
                              "The user must change it at the first sign-in."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def chosen_roles(self) -> list[str]:
        return [code for code, box in self.role_boxes.items() if box.isChecked()]

    def problem(self) -> str:
        if self.user is None and not re.fullmatch(USERNAME_PATTERN, self.username.text()):
            return self.tr("Username: 3 to 40 lower-case letters, digits, '.' or '_', "
                           "starting with a letter.")
        if not self.full_name.text().strip():
            return self.tr("Enter the full name.")
        if self.office.currentIndex() < 0:
            return self.tr("Choose an office.")
        if not self.chosen_roles():
            return self.tr("Choose at least one role.")
        if self.user is None and not password_strong(self.password.text()):
            return self.tr("The password needs at least 8 characters with letters and digits.")
        if self.user is None and self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def values(self) -> dict[str, Any]:
        """The create_user payload."""
        return {"username": self.username.text(), "full_name": self.full_name.text().strip(),
                "office_id": self.office.currentData(), "roles": self.chosen_roles(),
                "password": self.password.text()}

    def changes(self) -> dict[str, Any]:
        """Only what differs from the user as loaded (the update_user payload)."""
        assert self.user is not None
        now = {"full_name": self.full_name.text().strip(),
               "office_id": self.office.currentData(), "roles": self.chosen_roles()}
        before = {"full_name": self.user["full_name"], "office_id": self.user["office_id"],
                  "roles": sorted(self.user["roles"])}
        return {k: v for k, v in now.items()
                if (sorted(v) if k == "roles" else v) != before[k]}


class LockDialog(FormDialog):
    """Locking needs a reason; it is kept on the user and in the audit log."""

    def __init__(self, user: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock user"))
        self.ok_button.setText(self.tr("Lock"))
        text = QLabel(self.tr("Lock the account of {name} ({username})? They can no longer "
                              "sign in until it is unlocked.")
                      .format(name=user["full_name"], username=user["username"]))
        text.setWordWrap(True)
        self.form.addRow(text)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setMinimumWidth(360)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.reason.textChanged.connect(self.revalidate)
        self.revalidate()

    def problem(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Enter the reason for locking.")


class PasswordDialog(FormDialog):
    """An administrator sets a new password; the user must change it at the next sign-in."""

    def __init__(self, user: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.ok_button.setText(self.tr("Set password"))
        intro = QLabel(self.tr("New password for {name} ({username}). They must change it at "
                               "the next sign-in.")
                       .format(name=user["full_name"], username=user["username"]))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
            edit.textChanged.connect(self.revalidate)
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.repeat)
        self.revalidate()

    def problem(self) -> str:
        if not password_strong(self.password.text()):
            return self.tr("The password needs at least 8 characters with letters and digits.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

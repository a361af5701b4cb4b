"""Change one's own password (asked for at once when an administrator set a new one).

No server calls here: the main window listens to ``change_requested`` and answers with
``show_problem`` or ``accept``.

Signals:
    change_requested(str, str): the current and the new password.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class ChangePasswordDialog(QDialog):
    change_requested = Signal(str, str)

    def __init__(self, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.required = required
        self.current, self.new, self.repeat = (QLineEdit(self) for _ in range(3))
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
            edit.setMinimumWidth(260)
        self.captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for caption, edit in zip(self.captions, (self.current, self.new, self.repeat),
                                 strict=True):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("passwordProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(
            self.tr("An administrator has set your password. Please choose your own now.")
            if self.required else self.tr("Choose a new password."))
        for caption, text in zip(self.captions, (self.tr("&Current password:"),
                                                 self.tr("&New password:"),
                                                 self.tr("&Repeat new password:")),
                                 strict=True):
            caption.setText(text)

    def _submit(self) -> None:
        new = self.new.text()
        if len(new) < MIN_LENGTH or not any(c.isalpha() for c in new) \
                or not any(c.isdigit() for c in new):
            self.show_problem(self.tr("Use at least 8 characters with letters and digits."))
            return
        if new != self.repeat.text():
            self.show_problem(self.tr("The two new passwords differ."))
            return
        self.ok_button.setEnabled(False)
        self.change_requested.emit(self.current.text(), new)

    def show_problem(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.problem.setText(message)

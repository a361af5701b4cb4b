"""Small widgets shared by the admin pages: a pager and non-blocking message boxes.

Message boxes are opened with open(), not exec(): the UI keeps running (server results
still arrive) and tests can find and answer them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)


class PagerBar(QWidget):
    """'Previous' / 'Next' with a position text between them.

    Signals:
        previous_requested: the user wants the page before.
        next_requested: the user wants the page after.
    """

    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.set_state("", False, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("< Pre&vious"))
        self.next_button.setText(self.tr("Ne&xt >"))

    def set_state(self, text: str, has_previous: bool, has_next: bool) -> None:
        self.label.setText(text)
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)


def ask(parent: QWidget, title: str, text: str, yes_text: str,
        on_yes: Callable[[], None]) -> QMessageBox:
    """A confirmation whose default answer is Cancel; on_yes runs only on an explicit yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button == yes else None)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str,
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

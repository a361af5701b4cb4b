"""The TOML editor of a tariff draft: monospace text, the server's validation error shown
under it with the cursor put on the offending line.

No server calls: the presenter listens to ``save_requested`` and answers through
``show_problem`` or ``accept``.

Signals:
    save_requested(str): the whole TOML text to save.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_TOKEN_RE = re.compile(r"^([A-Za-z0-9_]+)(?:\[(\d+)\])?$")


def line_of_field(text: str, field: str) -> int | None:
    """The 0-based line where the TOML key named by ``field`` (a path such as
    ``energy.tiers.blocks[1].upto``) is written, as near as the path allows; None if the
    path names no key in the text."""
    lines = text.splitlines()
    position = 0
    found: int | None = None
    for token in field.split("."):
        match = _TOKEN_RE.match(token)
        if match is None:
            return found
        key, index = match.group(1), match.group(2)
        if index is not None:  # the index-th [[...key]] table after the current position
            headers = [i for i in range(position, len(lines))
                       if re.match(rf"^\s*\[\[[^\]]*\b{re.escape(key)}\]\]", lines[i])]
            if int(index) < len(headers):
                position = found = headers[int(index)]
            continue
        for i in range(position, len(lines)):
            if re.match(rf"^\s*(\[+[^\]]*\b)?{re.escape(key)}\b", lines[i]):
                position = found = i
                break
    return found


class TomlEditorDialog(QDialog):
    save_requested = Signal(str)

    def __init__(self, text: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tomlEditor")
        self.heading = heading
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("tomlText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)  # the keyboard leaves the editor with Tab
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.heading)
        self.save_button.setText(self.tr("&Save draft (Ctrl+S)"))
        self.hint.setText(self.tr(
            "One tariff version in the format of resources/tariffs (docs/rating.md). Set "
            "effective_from to the day this version starts: on approval the version before "
            "it ends the day before. The server checks the text when you save."))

    def text(self) -> str:
        return self.editor.toPlainText()

    def _save(self) -> None:
        self.set_busy(True)
        self.save_requested.emit(self.text())

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_problem(self, message: str, field: str | None) -> None:
        self.set_busy(False)
        self.problem.setText(message)
        self.problem.setVisible(True)
        line = line_of_field(self.text(), field) if field else None
        if line is not None:
            block = self.editor.document().findBlockByNumber(line)
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
        self.editor.setFocus()

"""Workstation settings: the ordered server list (primary first) and the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.core import settings as S


def language_combo(parent: QWidget, choice: str) -> QComboBox:
    """System / 简体中文 / English; language names are written in their own language."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("SettingsDialog", "Follow the system"),
                  S.LANGUAGE_SYSTEM)
    combo.addItem("简体中文", "zh_CN")
    combo.addItem("English", "en")
    combo.setCurrentIndex(max(0, combo.findData(choice)))
    return combo


class ServerListEditor(QGroupBox):
    """An ordered list of host:port entries; the first is tried first."""

    def __init__(self, servers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("serverList")
        for server in servers:
            self._add_item(server)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("serverEntry")
        self.add = QPushButton(self)
        self.remove = QPushButton(self)
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        grid = QGridLayout(self)
        grid.addWidget(self.list, 0, 0, 4, 1)
        grid.addWidget(self.up, 0, 1)
        grid.addWidget(self.down, 1, 1)
        grid.addWidget(self.remove, 2, 1)
        grid.addWidget(self.entry, 4, 0)
        grid.addWidget(self.add, 4, 1)
        grid.addWidget(self.problem, 5, 0, 1, 2)
        self.add.clicked.connect(self._add_entry)
        self.entry.returnPressed.connect(self._add_entry)
        self.remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Application servers (tried in this order)"))
        self.entry.setPlaceholderText(self.tr("host:port"))
        self.add.setText(self.tr("&Add"))
        self.remove.setText(self.tr("Re&move"))
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move &down"))

    def _add_item(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

    def _add_entry(self) -> None:
        text = self.entry.text().strip()
        if not S.valid_server(text):
            self.problem.setText(self.tr("Enter a server as host:port, e.g. 10.0.0.5:7610."))
            return
        self.problem.clear()
        self._add_item(text)
        self.entry.clear()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def servers(self) -> list[str]:
        items = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [text for text in items if S.valid_server(text)]


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.servers = ServerListEditor(S.servers(settings), self)
        self.language = language_combo(self, S.language_choice(settings))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.servers)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.note.setText(self.tr("A new server list is used at the next login."))

    def save(self) -> None:
        servers = self.servers.servers()
        if not servers:
            self.servers.problem.setText(self.tr("At least one server is needed."))
            return
        S.set_servers(self.settings, servers)
        S.set_language_choice(self.settings, str(self.language.currentData()))
        self.settings.sync()
        self.accept()

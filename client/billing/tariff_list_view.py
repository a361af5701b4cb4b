"""The "Tariffs" page: every version of every tariff with its status; the selected version's
summary and TOML; the actions the user's rights allow.

No server calls: buttons emit intents; the presenter calls the server and feeds the model
and ``show_version``.

Signals:
    selected(int): the id of the version chosen in the table.
    action(str): "new", "edit", "submit", "withdraw", "approve", "reject", "import",
        "export" or "refresh".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from client.billing.tariff_summary_html import summary_html
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable

EDIT_ACTIONS = ("new", "edit", "submit", "withdraw", "import")
APPROVE_ACTIONS = ("approve", "reject")
ALL_ACTIONS = ("refresh", "new", "edit", "submit", "withdraw", "approve", "reject", "import",
               "export")


class TariffsView(QWidget):
    selected = Signal(int)
    action = Signal(str)

    def __init__(self, model: RowsModel, can_edit: bool, can_approve: bool, my_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tariffsView")
        self.model = model
        self.my_id = my_id
        self.version: dict[str, Any] | None = None
        self.table = DataTable(model, self)
        self.table.setObjectName("tariffVersions")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name in ALL_ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"tariff_{name}")
            button.clicked.connect(lambda _=False, n=name: self.action.emit(n))
            button.setVisible(name not in EDIT_ACTIONS or can_edit)
            if name in APPROVE_ACTIONS:
                button.setVisible(can_approve)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("tariffSummary")
        self.toml = QPlainTextEdit(self)
        self.toml.setObjectName("tariffToml")
        self.toml.setReadOnly(True)
        self.toml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.toml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detail = QTabWidget(self)
        self.detail.addTab(self.summary, "")
        self.detail.addTab(self.toml, "")
        self.state = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.state)
        self.show_version(None)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"refresh": self.tr("&Refresh"), "new": self.tr("&New draft…"),
                 "edit": self.tr("&Edit draft…"), "submit": self.tr("&Submit for approval"),
                 "withdraw": self.tr("&Withdraw"), "approve": self.tr("&Approve"),
                 "reject": self.tr("Re&ject…"), "import": self.tr("&Import file…"),
                 "export": self.tr("E&xport file…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.detail.setTabText(0, self.tr("Summary"))
        self.detail.setTabText(1, self.tr("TOML"))
        if self.version is not None:
            self.summary.setHtml(summary_html(self.version))

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.selected.emit(int(self.model.row_at(indexes[0].row())["id"]))

    def select_id(self, version_id: int | None) -> bool:
        for row, item in enumerate(self.model.rows):
            if item["id"] == version_id:
                self.table.selectRow(row)
                return True
        return False

    def show_version(self, version: dict[str, Any] | None) -> None:
        self.version = version
        self.summary.setHtml(summary_html(version) if version else "")
        self.toml.setPlainText(version["body"] if version else "")
        status = version["status"] if version else None
        mine = version is not None and version.get("drafted_by_id") == self.my_id
        enabled = {"refresh": True, "new": True, "import": True,
                   "edit": status == "draft", "submit": status == "draft",
                   "withdraw": status == "pending",
                   "approve": status == "pending" and not mine,
                   "reject": status == "pending" and not mine,
                   "export": version is not None}
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])
        own = self.tr("You drafted this version: a second person approves it.")
        self.buttons["approve"].setToolTip(own if status == "pending" and mine else "")

    def show_state(self, text: str) -> None:
        self.state.setText(text)

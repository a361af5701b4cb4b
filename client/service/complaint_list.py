"""The complaint list with its filters. No server calls.

Signals:
    filters_changed(): a filter was changed (the presenter reloads the list).
    opened(int): a complaint was chosen (Enter, double click or selection).
    new_requested(): the clerk wants to register a new complaint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.core.widgets.table import DataTable
from client.service.complaint_form import fill
from client.service.complaint_models import ComplaintsModel


class ComplaintListView(QWidget):
    filters_changed = Signal()
    opened = Signal(int)
    new_requested = Signal()

    def __init__(self, can_handle: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: dict[str, Any] = {}
        self.model = ComplaintsModel(self)
        self.table = DataTable(self.model, self)
        self.table.setObjectName("complaintTable")
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.open_only = QCheckBox(self)
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.repeat = QCheckBox(self)
        self.repeat.setObjectName("repeatOnly")
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("overdueOnly")
        self.new = QPushButton(self)
        self.new.setObjectName("newComplaint")
        self.new.setShortcut(QKeySequence("Ctrl+N"))
        self.new.setVisible(can_handle)
        self.reload = QPushButton(self)
        self.reload.setShortcut(QKeySequence("F5"))
        self.state = QLabel(self)
        self.status_caption, self.category_caption = QLabel(self), QLabel(self)
        self.status_caption.setBuddy(self.status)
        self.category_caption.setBuddy(self.category)
        filters = QHBoxLayout()
        for widget in (self.status_caption, self.status, self.category_caption, self.category,
                       self.open_only, self.repeat, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.reload)
        filters.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        for combo in (self.status, self.category):
            combo.currentIndexChanged.connect(self.filters_changed)
        for box in (self.open_only, self.repeat, self.overdue):
            box.toggled.connect(self.filters_changed)
        self.reload.clicked.connect(self.filters_changed)
        self.new.clicked.connect(self.new_requested)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_caption.setText(self.tr("&Status:"))
        self.category_caption.setText(self.tr("Ca&tegory:"))
        self.open_only.setText(self.tr("&Open only"))
        self.repeat.setText(self.tr("Re&peat only"))
        self.overdue.setText(self.tr("O&verdue only"))
        self.new.setText(self.tr("&New…"))
        self.reload.setText(self.tr("&Reload"))
        self.set_codes(self.codes)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def set_codes(self, codes: dict[str, Any]) -> None:
        self.codes = codes
        if codes:
            fill(self.status, codes["statuses"], self.tr("All"))
            fill(self.category, codes["categories"], self.tr("All"))

    def filters(self) -> dict[str, Any]:
        result: dict[str, Any] = {"open_only": self.open_only.isChecked(),
                                  "repeat": self.repeat.isChecked(),
                                  "overdue": self.overdue.isChecked()}
        if self.status.currentData():
            result["status"] = self.status.currentData()
        if self.category.currentData():
            result["category"] = self.category.currentData()
        return result

    def show_rows(self, result: dict[str, Any]) -> None:
        self.model.set_rows(result["rows"])
        self.state.setText(self.tr("%1 of %2 shown").replace("%1", str(len(result["rows"])))
                           .replace("%2", str(result["total"])))

    def select(self, complaint_id: int) -> None:
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(int(self.model.row_at(index.row())["id"]))

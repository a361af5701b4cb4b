"""A read-only table view whose columns fit their contents (no truncated cells)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MAX_COLUMN_PX = 460  # long addresses wrap into the tooltip rather than push others away


class DataTable(QTableView):
    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)  # another language, other widths
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # measure it too, then let it fill the rest
        self.resizeColumnsToContents()
        header.setStretchLastSection(True)
        for section in range(header.count() - 1):  # the last one stretches
            if header.sectionSize(section) > MAX_COLUMN_PX:
                header.resizeSection(section, MAX_COLUMN_PX)
            else:
                header.resizeSection(section, header.sectionSize(section) + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

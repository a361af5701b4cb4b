"""A table of work items that opens the item's record on double-click or Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from client.core.widgets.table import DataTable
from client.work.todo_model import WorkItemsModel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
WIDTH_CAPS = {"title": 220, "work": 270}  # pixels


class ItemTable(DataTable):
    """Signals:
    open_requested(dict): open the record of this work item (its row).
    """

    open_requested = Signal(dict)

    def __init__(self, model: WorkItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.items = model
        self.doubleClicked.connect(self._open)

    def fit_columns(self) -> None:
        """Fit to contents, but long addresses and type names give way, so the time left,
        the status and the deadline stay on screen at 1280 pixels."""
        super().fit_columns()
        header = self.horizontalHeader()
        for number, column in enumerate(getattr(self.model(), "columns", [])):
            cap = WIDTH_CAPS.get(column.key)
            if cap is not None and number < header.count() - 1 and header.sectionSize(number) > cap:
                header.resizeSection(number, cap)

    def current_item(self) -> dict[str, Any] | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return self.items.row_at(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.items.row_at(index.row()))

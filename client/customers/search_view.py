"""Search as you type: a box, a results table and a "more" button. No server calls here.

Keyboard: type in the box (debounced), Enter searches at once, Down moves into the results,
arrows move, Enter opens the customer file, Up from the first row goes back to the box.

Signals:
    search_requested(str): the text settled (or Enter was pressed).
    more_requested(): the next page of the same search is wanted.
    open_requested(dict): the row of the customer to open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable

DEBOUNCE_MS = 250
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchView(QWidget):
    search_requested = Signal(str)
    more_requested = Signal()
    open_requested = Signal(dict)

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setMaxLength(60)
        self.table = DataTable(model, self)
        self.table.setObjectName("searchResults")
        self.more = QPushButton(self)
        self.more.setObjectName("moreButton")
        self.more.setVisible(False)
        self.state = QLabel(self)
        self.state.setObjectName("searchState")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.prompt = QLabel(self)
        self.prompt.setBuddy(self.box)
        top.addWidget(self.prompt)
        top.addWidget(self.box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.box.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self._emit_search)
        self.box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.activated.connect(self._open_index)
        self.more.clicked.connect(self.more_requested)

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("&Search:"))
        self.box.setPlaceholderText(
            self.tr("Name, account no., phone, address or meter serial"))
        self.more.setText(self.tr("&More results"))

    # -- state shown by the presenter ------------------------------------------------------

    def show_busy(self) -> None:
        self.state.setText(self.tr("Searching…"))

    def show_result(self, shown: int, has_more: bool) -> None:
        self.more.setVisible(has_more)
        if shown == 0:
            self.state.setText(self.tr("No customer found."))
        elif has_more:
            self.state.setText(self.tr("%1 customers shown, more available.")
                               .replace("%1", str(shown)))
        else:
            self.state.setText(self.tr("%1 customers found.").replace("%1", str(shown)))

    def show_cleared(self) -> None:
        self.more.setVisible(False)
        self.state.setText(self.tr("Type at least one character to search."))

    # -- keyboard --------------------------------------------------------------------------

    def _emit_search(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.box.text().strip())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.box:
            return self._box_key(event)
        if watched is self.table:
            return self._table_key(event)
        return super().eventFilter(watched, event)

    def _box_key(self, event: QKeyEvent) -> bool:
        if event.key() in _ENTER:
            self._emit_search()
            return True
        if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        current = self.table.currentIndex()
        if event.key() in _ENTER:
            self._open_index(current)
            return True
        if event.key() == Qt.Key.Key_Up and current.row() <= 0:
            self.box.setFocus()
            return True
        return False

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def row_count(self) -> int:
        return self.model.rowCount()

    def selected_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

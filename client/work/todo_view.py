"""The "My work" page: counters that filter, the to-do table, open / take / assign.

Keyboard: F5 refreshes, Enter (or a double-click) opens the item's record, Alt+T takes an
item of the role queue. The view shows what it is given and emits intents; the presenter
talks to the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.work import SOURCES
from client.work import terms
from client.work.item_table import ItemTable
from client.work.todo_model import WorkItemsModel

# (counter key, source text): the counters of the to-do, each a filter button
COUNTERS = (
    ("all", QT_TRANSLATE_NOOP("TodoView", "All my work")),
    ("mine", QT_TRANSLATE_NOOP("TodoView", "Assigned to me")),
    ("role", QT_TRANSLATE_NOOP("TodoView", "My role's queue")),
    ("escalated", QT_TRANSLATE_NOOP("TodoView", "Escalated")),
    ("breached", QT_TRANSLATE_NOOP("TodoView", "Overdue")),
    ("near", QT_TRANSLATE_NOOP("TodoView", "Near breach")),
    ("paused", QT_TRANSLATE_NOOP("TodoView", "Paused")),
)
TILE_STYLE = (
    "QPushButton { padding: 5px 10px; text-align: center; min-width: 76px; }"
    "QPushButton:checked { background: #dbe8f7; border: 1px solid #3d7cc9; }"
)
TICK_MS = 1000  # the live countdown redraws each second; the server is refreshed each minute


def filters_of(counter: str, source: str | None) -> dict[str, Any]:
    """The ``todo`` filters of a counter button and the chosen source."""
    scope = counter if counter in ("mine", "role", "escalated") else "all"
    risk = counter if counter in ("breached", "near", "paused") else None
    return {"scope": scope, "risk": risk, "source": source}


class TodoView(QWidget):
    """Signals:
    filters_changed(dict): show the to-do with these ``todo`` filters.
    refresh_requested(): reload from the server (F5).
    shown(): the page came on screen (a stale list is refreshed).
    more_requested(): the next page of rows.
    open_requested(dict): open the record of this item.
    take_requested(dict): take this item of the role queue.
    assign_requested(dict): give this item to a person (office heads).
    """

    filters_changed = Signal(dict)
    shown = Signal()
    refresh_requested = Signal()
    more_requested = Signal()
    open_requested = Signal(dict)
    take_requested = Signal(dict)
    assign_requested = Signal(dict)

    def __init__(
        self, can_assign: bool, parent: QWidget | None = None, model: WorkItemsModel | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workTodo")
        self.can_assign = can_assign
        self.model = model or WorkItemsModel(self)
        self.counts: dict[str, int] = {}
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.counter_group = QButtonGroup(self)
        self.counter_group.setExclusive(True)
        self.counter_buttons: dict[str, QPushButton] = {}
        for key, _source in COUNTERS:
            button = QPushButton(self)
            button.setObjectName(f"todoCounter_{key}")
            button.setCheckable(True)
            button.setStyleSheet(TILE_STYLE)
            self.counter_group.addButton(button)
            self.counter_buttons[key] = button
        self.counter_buttons["all"].setChecked(True)
        self.source = QComboBox(self)
        self.source.setObjectName("todoSource")
        self.source_label = QLabel(self)
        self.source_label.setBuddy(self.source)
        self.table = ItemTable(self.model, self)
        self.table.setObjectName("todoTable")
        self.open_button = QPushButton(self)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("todoTake")
        self.assign_button = QPushButton(self)
        self.assign_button.setObjectName("todoAssign")
        self.assign_button.setVisible(can_assign)
        self.refresh_button = QPushButton(self)
        self.more_button = QPushButton(self)
        self.more_button.setVisible(False)
        self.state = QLabel(self)
        self.state.setObjectName("todoState")
        self.ticker = QTimer(self)  # display only: counts the server's time left down
        self.ticker.setInterval(TICK_MS)
        self._layout()
        self._connect()
        self.retranslate()
        self._selection_changed()

    def _layout(self) -> None:
        counters = QHBoxLayout()
        for key, _source in COUNTERS:
            counters.addWidget(self.counter_buttons[key])
        counters.addStretch(1)
        counters.addWidget(self.source_label)
        counters.addWidget(self.source)
        actions = QHBoxLayout()
        for button in (self.open_button, self.take_button, self.assign_button, self.refresh_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.state)
        actions.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(counters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.counter_group.buttonClicked.connect(lambda _b: self._emit_filters())
        self.source.activated.connect(lambda _i: self._emit_filters())
        self.table.open_requested.connect(self.open_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.open_button.clicked.connect(self._open_current)
        self.take_button.clicked.connect(lambda: self._emit_current(self.take_requested))
        self.assign_button.clicked.connect(lambda: self._emit_current(self.assign_requested))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.more_button.clicked.connect(self.more_requested)
        QShortcut(QKeySequence("F5"), self, self.refresh_requested.emit)
        self.ticker.timeout.connect(self.model.tick)
        self.ticker.start()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My work"))
        self.source_label.setText(self.tr("&Kind:"))
        current = self.source.currentData()
        self.source.clear()
        self.source.addItem(self.tr("All kinds"), None)
        for code in SOURCES:
            self.source.addItem(terms.source_name(code), code)
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.open_button.setText(self.tr("&Open (Enter)"))
        self.take_button.setText(self.tr("&Take"))
        self.take_button.setToolTip(
            self.tr("Take this item of your role's queue: it becomes yours")
        )
        self.assign_button.setText(self.tr("&Assign…"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.more_button.setText(self.tr("&More"))
        self._counter_texts()

    def _counter_texts(self) -> None:
        for key, source in COUNTERS:
            count = self.counts.get(key)
            label = self.tr(str(source))
            self.counter_buttons[key].setText(label if count is None else f"{count}\n{label}")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    # -- state shown by the presenter ------------------------------------------------------

    def current_filters(self) -> dict[str, Any]:
        checked = next((k for k, b in self.counter_buttons.items() if b.isChecked()), "all")
        return filters_of(checked, self.source.currentData())

    def show_counts(self, counts: dict[str, Any], total_open: int | None = None) -> None:
        everything = self.counts.get("all")  # the whole list's size, known from "all"
        self.counts = {k: int(v) for k, v in counts.items()}
        if everything is not None:
            self.counts["all"] = everything
        if total_open is not None:
            self.counts["all"] = total_open
        self._counter_texts()

    def show_rows(self, rows: list[dict[str, Any]], total: int, append: bool, as_of: str) -> None:
        if append:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
        shown = self.model.rowCount()
        self.more_button.setVisible(shown < total)
        if total == 0:
            self.state.setText(self.tr("Nothing to do here. Updated at %1.").replace("%1", as_of))
        else:
            self.state.setText(
                self.tr("%1 of %2 items · updated at %3")
                .replace("%1", str(shown))
                .replace("%2", str(total))
                .replace("%3", as_of)
            )

    def show_busy(self) -> None:
        self.state.setText(self.tr("Loading…"))

    # -- intents ---------------------------------------------------------------------------

    def _emit_filters(self) -> None:
        self.filters_changed.emit(self.current_filters())

    def _selection_changed(self) -> None:
        item = self.table.current_item()
        self.open_button.setEnabled(item is not None)
        self.take_button.setEnabled(item is not None and not item.get("assigned_user_id"))
        self.assign_button.setEnabled(item is not None)

    def _open_current(self) -> None:
        item = self.table.current_item()
        if item is not None:
            self.open_requested.emit(item)

    def _emit_current(self, signal: Any) -> None:
        item = self.table.current_item()
        if item is not None:
            signal.emit(item)

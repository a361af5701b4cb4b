"""Fast keyboard entry: choose a plan, type readings (Enter moves down), see the last reading
and the expected range beside each, out-of-range values highlighted, save the batch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.core.context import AppContext
from client.metering.common import PeriodBox, call
from client.metering.entry_model import FIXED, EntryModel


class EnterMovesDown(QStyledItemDelegate):
    """Enter in a cell's editor saves the value and moves to the cell below.

    Signals:
        entered(): the value was committed with Enter.
    """

    entered = Signal()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.entered.emit()
            return True
        return super().eventFilter(editor, event)


class EntryTable(QTableView):
    """Typing starts editing; Enter (in or out of the editor) moves down the same column."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.enter_delegate = EnterMovesDown(self)
        self.enter_delegate.entered.connect(self.move_down)
        self.setItemDelegate(self.enter_delegate)
        self.setObjectName("entryTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below: QModelIndex = self.model().index(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def first_entry_cell(self, column: int) -> None:
        self.setCurrentIndex(self.model().index(0, column))
        self.setFocus()


class EntryView(QWidget):
    """Signals:
        plans_requested(str): the plans of this period.
        sheet_requested(int): the entry sheet of this plan.
        save_requested(int, list): the typed rows of this plan.
    """

    plans_requested = Signal(str)
    sheet_requested = Signal(int)
    save_requested = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodBox(self)
        self.plan = QComboBox(self)
        self.plan.setObjectName("planBox")
        self.plan.setMinimumContentsLength(24)
        self.caption = QLabel(self)
        self.plan_caption = QLabel(self)
        self.save = QPushButton(self)
        self.save.setObjectName("saveReadings")
        self.state = QLabel(self)
        self.state.setObjectName("entryState")
        self.model = EntryModel(self)
        self.table = EntryTable(self.model, self)
        top = QHBoxLayout()
        for w in (self.caption, self.period, self.plan_caption, self.plan, self.save):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.state)
        self.period.currentTextChanged.connect(self.plans_requested.emit)
        self.plan.activated.connect(self._plan_chosen)
        self.save.clicked.connect(self._save)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        self.model.dataChanged.connect(self._count)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        self.plan_caption.setText(self.tr("Book:"))
        self.save.setText(self.tr("Save readings"))
        self.save.setToolTip(self.tr("Save every typed reading (Ctrl+S); each gets its "
                                     "verdict in the Result column"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        self._count()

    def show_plans(self, books: list[dict[str, Any]]) -> None:
        self.plan.clear()
        for b in books:
            if b["plan_id"]:
                self.plan.addItem(f"{b['code']} · {b['points']}", b["plan_id"])
        if self.plan.count():
            self._plan_chosen(0)

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan.itemData(index)
        if plan_id:
            self.sheet_requested.emit(int(plan_id))

    def show_sheet(self, sheet: dict[str, Any]) -> None:
        self.model.set_sheet(sheet["rows"])
        self.table.resizeColumnsToContents()
        wide = self.table.fontMetrics().horizontalAdvance("9999999.99") + 24
        for k in range(len(self.model.registers)):
            column = len(FIXED) + k
            self.table.setColumnWidth(column, max(wide, self.table.columnWidth(column)))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.first_entry_cell(6)
        self._count()

    def _save(self) -> None:
        plan_id = self.plan.currentData()
        rows = self.model.entered_rows()
        if plan_id and rows and not self.model.invalid_count():
            self.save_requested.emit(int(plan_id), rows)
        else:
            self._count()

    def _count(self, *_args: Any) -> None:
        typed = len(self.model.entered_rows())
        outside = sum(1 for r in range(self.model.rowCount()) if self.model.out_of_range(r))
        bad = self.model.invalid_count()
        text = (self.tr("Typed: %1").replace("%1", str(typed)) + " · "
                + self.tr("outside the expected range: %1").replace("%1", str(outside)))
        if bad:
            text += " · " + self.tr("not a number: %1").replace("%1", str(bad))
        self.state.setText(text)

    def show_saved(self, result: dict[str, Any]) -> None:
        self.model.set_verdicts(result["rows"])
        self.state.setText(self.tr("Saved: %1 valid, %2 flagged for the supervisor, "
                                   "%3 refused").replace("%1", str(result["accepted"]))
                           .replace("%2", str(result["flagged"]))
                           .replace("%3", str(result["rejected"])))


class EntryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = EntryView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.plans_requested.connect(self.load_plans)
        self.view.sheet_requested.connect(self.load_sheet)
        self.view.save_requested.connect(self.save)

    def retranslate(self) -> None:
        self.view.retranslate()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.view.plan.count() == 0:
            self.load_plans(self.view.period.period())

    def load_plans(self, period: str) -> None:
        call(self.ctx, self, "metering.entry.plans", "list_books", (period,),
             lambda r: self.view.show_plans(r["books"]))

    def load_sheet(self, plan_id: int) -> None:
        call(self.ctx, self, "metering.entry.sheet", "entry_sheet", (plan_id,),
             self.view.show_sheet)

    def save(self, plan_id: int, rows: list[dict[str, Any]]) -> None:
        call(self.ctx, self, "metering.entry.save", "save_readings", (plan_id, rows),
             self.view.show_saved, write=True)

"""The audit log page: filters, one page of records, the selected record's details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontDatabase, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client.admin.models import AuditTableModel, pretty_details
from client.admin.terms import AdminTerms
from client.admin.timezone import day_range_utc, local_today
from client.admin.widgets import PagerBar
from client.core.widgets.table import DataTable

ENTITY_TYPES = ("user", "session", "org_unit", "customer")
OUTCOMES = ("ok", "denied")


class AuditView(QWidget):
    """Signals:
        search_requested: the filters changed (Search button or Enter in a field).
    """

    search_requested = Signal()

    def __init__(self, model: AuditTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._page: tuple[int, int, bool] | None = None
        # Filters first, so that Tab goes filters -> table -> details -> pager.
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid())
        self.table = DataTable(model, self)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.pager = PagerBar(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.pager)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current.row()))
        model.modelReset.connect(lambda: self.details.clear())
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.search_requested)
        self.setFocusProxy(self.user_filter)
        self.retranslate()

    def _filter_grid(self) -> QGridLayout:
        self.user_filter = QLineEdit()
        self.method_filter = QLineEdit()
        self.outcome_filter = QComboBox()
        for code in ("", *OUTCOMES):
            self.outcome_filter.addItem("", code)
        self.entity_filter = QComboBox()
        for code in ("", *ENTITY_TYPES):
            self.entity_filter.addItem("", code)
        self.entity_id_filter = QLineEdit()
        self.entity_id_filter.setValidator(QIntValidator(1, 2**31 - 1, self.entity_id_filter))
        self.date_filter = QCheckBox()
        now = local_today()
        today = QDate(now.year, now.month, now.day)
        self.date_from = self._date_edit(today.addDays(-7))
        self.date_to = self._date_edit(today)
        self.date_from.dateChanged.connect(self.date_to.setMinimumDate)
        self.date_to.setMinimumDate(self.date_from.date())
        self.date_filter.toggled.connect(self.date_from.setEnabled)
        self.date_filter.toggled.connect(self.date_to.setEnabled)
        self.date_filter.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.search_button = QPushButton()
        self.clear_button = QPushButton()
        grid = QGridLayout()
        self.labels = [self._add(grid, 0, 0, self.user_filter),
                       self._add(grid, 0, 2, self.method_filter),
                       self._add(grid, 0, 4, self.outcome_filter),
                       self._add(grid, 1, 0, self.entity_filter),
                       self._add(grid, 1, 2, self.entity_id_filter)]
        self.to_label = QLabel()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.to_label)
        dates.addWidget(self.date_to)
        grid.addWidget(self.date_filter, 1, 4)
        grid.addLayout(dates, 1, 5)
        grid.addWidget(self.search_button, 0, 6)
        grid.addWidget(self.clear_button, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for edit in (self.user_filter, self.method_filter, self.entity_id_filter):
            edit.returnPressed.connect(self.search_requested)
        self.search_button.clicked.connect(self.search_requested)
        self.clear_button.clicked.connect(self.clear_filters)
        return grid

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _add(grid: QGridLayout, row: int, column: int, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        grid.addWidget(label, row, column)
        grid.addWidget(field, row, column + 1)
        return label

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on a live language switch)."""
        texts = (self.tr("&User:"), self.tr("&Method starts with:"), self.tr("&Outcome:"),
                 self.tr("&Record type:"), self.tr("Record &id:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.user_filter.setPlaceholderText(self.tr("user name or its beginning"))
        self.method_filter.setPlaceholderText(self.tr("e.g. admin."))
        for combo, name in ((self.outcome_filter, AdminTerms.outcome),
                            (self.entity_filter, AdminTerms.entity)):
            combo.setItemText(0, self.tr("Any"))
            for i in range(1, combo.count()):
                combo.setItemText(i, name(str(combo.itemData(i))))
        self.date_filter.setText(self.tr("&Dates:"))
        self.to_label.setText(self.tr("to"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear"))
        self.details.setPlaceholderText(self.tr("Select a record to see its details."))
        self._render_page()
        self._show_details(self.table.currentIndex().row())

    def filters(self) -> dict[str, Any]:
        """The search_audit filters; empty ones are left out."""
        out: dict[str, Any] = {
            "username": self.user_filter.text().strip(),
            "method": self.method_filter.text().strip(),
            "outcome": self.outcome_filter.currentData(),
            "entity_type": self.entity_filter.currentData(),
            "entity_id": int(self.entity_id_filter.text()) if self.entity_id_filter.text()
            else None,
        }
        if self.date_filter.isChecked():
            first, last = self.date_from.date(), self.date_to.date()
            out["date_from"], out["date_to"] = day_range_utc(
                date(first.year(), first.month(), first.day()),
                date(last.year(), last.month(), last.day()))
        return {k: v for k, v in out.items() if v not in ("", None)}

    def clear_filters(self) -> None:
        for edit in (self.user_filter, self.method_filter, self.entity_id_filter):
            edit.clear()
        self.outcome_filter.setCurrentIndex(0)
        self.entity_filter.setCurrentIndex(0)
        self.date_filter.setChecked(False)
        self.search_requested.emit()

    def set_page(self, page: int, shown: int, has_more: bool) -> None:
        self._page = (page, shown, has_more)
        self._render_page()

    def _render_page(self) -> None:
        if self._page is None:
            return
        page, shown, has_more = self._page
        text = (self.tr("Page {page}, {count} records").format(page=page, count=shown)
                if shown else self.tr("No records match."))
        self.pager.set_state(text, page > 1, has_more)

    def _show_details(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is None:
            self.details.clear()
            return
        self.details.setPlainText(self.tr("Request id: {0}").format(record["request_id"] or "-")
                                  + "\n" + pretty_details(record.get("details")))

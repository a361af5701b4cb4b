"""The working-day calendar: a year of month grids with holidays (red) and make-up working
days (blue), the working days of each month and the list of exceptions.

A click on a day asks what the day should be (people with calendar.edit); others may look.
The view shows what it is given and emits intents; the presenter talks to the server.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.core.widgets.rows_model import AnyIndex, Column, RowsModel
from client.core.widgets.table import DataTable

translate = QCoreApplication.translate
HOLIDAY_COLOUR, WORKDAY_COLOUR, WEEKEND_COLOUR = "#c62828", "#1565c0", "#8a8a8a"
HOLIDAY_BG, WORKDAY_BG = "#fbe3e1", "#dde9fb"
MONTHS_PER_ROW = 4


def day_format(kind: str | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind is None:
        return fmt
    fmt.setForeground(QBrush(QColor(HOLIDAY_COLOUR if kind == "holiday" else WORKDAY_COLOUR)))
    fmt.setBackground(QBrush(QColor(HOLIDAY_BG if kind == "holiday" else WORKDAY_BG)))
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class MonthGrid(QCalendarWidget):
    """One month of the year, without navigation (the year is chosen above)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        # the chosen day is marked quietly: blue and red are the calendar's own colours
        self.setStyleSheet(
            "QAbstractItemView { selection-background-color: #d9d9d9; selection-color: #202020; }"
        )
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor(WEEKEND_COLOUR)))  # red is for holidays
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def show_month(self, year: int, month: int, exceptions: dict[str, Any]) -> None:
        first = QDate(year, month, 1)
        self.setDateRange(first, first.addMonths(1).addDays(-1))
        self.setCurrentPage(year, month)
        # the selection hides a day's colour: put it on the month's first ordinary day
        plain = next(
            (
                first.addDays(i)
                for i in range(first.daysInMonth())
                if first.addDays(i).toString("yyyy-MM-dd") not in exceptions
            ),
            first,
        )
        self.setSelectedDate(plain)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous year


def kind_name(kind: str) -> str:
    if kind == "holiday":
        return translate("CalendarView", "Holiday")
    return translate("CalendarView", "Make-up working day")


class ExceptionsModel(RowsModel):
    """The year's exceptions: the day with its weekday and the name, coloured by kind
    (red holiday, blue make-up working day; the kind is spelled out in the tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column("day", lambda: translate("CalendarView", "Day"), _day_and_weekday),
                Column("name", lambda: translate("CalendarView", "Name")),
            ],
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        kind = str(self.row_at(index.row())["kind"])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(HOLIDAY_COLOUR if kind == "holiday" else WORKDAY_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{super().data(index, Qt.ItemDataRole.DisplayRole)} · {kind_name(kind)}"
        return super().data(index, role)


def _day_and_weekday(row: dict[str, Any]) -> str:
    day = date.fromisoformat(str(row["day"]))
    return (
        f"{day.isoformat()} {QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}"
    )


class CalendarView(QWidget):
    """Signals:
    year_requested(int): show this year.
    day_clicked(str, object): a day was chosen ("YYYY-MM-DD", its exception row or None).
    """

    year_requested = Signal(int)
    day_clicked = Signal(str, object)

    def __init__(self, today: date, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workCalendar")
        self.editable = editable
        self.data: dict[str, Any] | None = None
        self.exceptions: dict[str, dict[str, Any]] = {}
        self.year = QSpinBox(self)
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2099)
        self.year.setValue(today.year)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        self.show_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("calendarHint")
        self.hint.setWordWrap(True)
        self.legend = QLabel(self)
        self.months: list[MonthGrid] = []
        self.month_boxes: list[QGroupBox] = []
        for month in range(12):
            box = QGroupBox(self)
            grid = MonthGrid(box)
            grid.setObjectName(f"calendarMonth{month + 1}")
            grid.clicked.connect(self._clicked)
            grid.activated.connect(self._clicked)  # Enter on a day
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(grid)
            self.months.append(grid)
            self.month_boxes.append(box)
        self.list_model = ExceptionsModel(self)
        self.list = DataTable(self.list_model, self)
        self.list.setObjectName("calendarExceptions")
        self.list.setMinimumWidth(200)
        self.list.doubleClicked.connect(lambda i: self._list_clicked(i.row()))
        self.list_box = QGroupBox(self)
        self.total = QLabel(self)
        self._layout()
        self.show_button.clicked.connect(lambda: self.year_requested.emit(self.year.value()))
        self.year.editingFinished.connect(lambda: self.year_requested.emit(self.year.value()))
        QShortcut(QKeySequence("F5"), self, lambda: self.year_requested.emit(self.year.value()))
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.year_label, self.year, self.show_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.legend)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(4)
        for month, box in enumerate(self.month_boxes):
            grid.addWidget(box, month // MONTHS_PER_ROW, month % MONTHS_PER_ROW)
        side = QVBoxLayout(self.list_box)
        side.addWidget(self.list, 1)
        side.addWidget(self.total)
        body = QHBoxLayout()
        body.addLayout(grid, 4)
        body.addWidget(self.list_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.show_button.setText(self.tr("&Show (F5)"))
        self.legend.setText(
            self.tr(
                "<span style='color:%1'>■ holiday</span> &nbsp; "
                "<span style='color:%2'>■ make-up working day</span> "
                "&nbsp; <span style='color:%3'>■ weekend</span>",
            )
            .replace("%1", HOLIDAY_COLOUR)
            .replace("%2", WORKDAY_COLOUR)
            .replace("%3", WEEKEND_COLOUR)
        )
        self.hint.setText(
            self.tr(
                "Click a day to make it a holiday, a make-up working day or "
                "a normal day. Deadlines of open work keep their dates; "
                "work opened afterwards follows the new calendar.",
            )
            if self.editable
            else self.tr(
                "The working-day calendar, as the deadlines count it. Only "
                "people allowed to edit the calendar may change it.",
            )
        )
        self.list_box.setTitle(self.tr("Holidays and make-up working days"))
        self._month_titles()

    def _month_titles(self) -> None:
        counts = (self.data or {}).get("working_days") or []
        locale = QLocale()
        for month, box in enumerate(self.month_boxes):
            name = locale.standaloneMonthName(month + 1, QLocale.FormatType.LongFormat)
            if month < len(counts):
                box.setTitle(
                    self.tr("%1 · %2 working days")
                    .replace("%1", name)
                    .replace("%2", str(counts[month]))
                )
            else:
                box.setTitle(name)
        if counts:
            self.total.setText(
                self.tr("%1 working days in %2")
                .replace("%1", str(sum(int(c) for c in counts)))
                .replace("%2", str((self.data or {}).get("year", "")))
            )

    # -- state shown by the presenter ------------------------------------------------------

    def show_year(self, data: dict[str, Any]) -> None:
        self.data = data
        year = int(data["year"])
        self.year.setValue(year)
        self.exceptions = {str(d["day"]): d for d in data["days"]}
        for month, grid in enumerate(self.months):
            grid.show_month(year, month + 1, self.exceptions)
        for row in data["days"]:
            day = date.fromisoformat(str(row["day"]))
            self.months[day.month - 1].setDateTextFormat(
                QDate(day.year, day.month, day.day), day_format(str(row["kind"]))
            )
        self.list_model.set_rows(sorted(data["days"], key=lambda r: str(r["day"])))
        self._month_titles()

    def kind_of(self, day: str) -> str | None:
        row = self.exceptions.get(day)
        return None if row is None else str(row["kind"])

    # -- intents ---------------------------------------------------------------------------

    def _clicked(self, qdate: QDate) -> None:
        day = qdate.toString("yyyy-MM-dd")
        self.day_clicked.emit(day, self.exceptions.get(day))

    def _list_clicked(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            entry = self.list_model.row_at(row)
            self.day_clicked.emit(str(entry["day"]), entry)

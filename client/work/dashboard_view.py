"""The office dashboard: office and date range, key figures, open work by stage, SLA
achievement per type (table and chart), throughput per person, items per day, and a
drill-down list of items that opens their records and can be exported.

Clicking a figure tile, a stage, a type or a person lists its items below. The view shows
what it is given and emits intents; the presenter talks to the server.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.formats import local_time
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.work import dashboard_models as M
from client.work.dashboard_charts import AchievementChart, DailyChart
from client.work.item_table import ItemTable
from client.work.todo_model import WorkItemsModel
from client.work.todo_view import TICK_MS

# (figure key of dashboard["open"], source text, drill-down risk or "" for every open item)
TILES = (
    ("total", QT_TRANSLATE_NOOP("DashboardView", "Open"), ""),
    ("paused", QT_TRANSLATE_NOOP("DashboardView", "Paused"), "paused"),
    ("near", QT_TRANSLATE_NOOP("DashboardView", "Near breach"), "near"),
    ("breached", QT_TRANSLATE_NOOP("DashboardView", "Overdue"), "breached"),
    # escalated items are overdue ones: their list is the overdue list, escalated in bold
    ("escalated", QT_TRANSLATE_NOOP("DashboardView", "Escalated"), "breached"),
    ("predicted", QT_TRANSLATE_NOOP("DashboardView", "Predicted late"), "predicted"),
)
TILE_COLOURS = {
    "near": "#b26a00",
    "breached": "#c62828",
    "escalated": "#c62828",
    "predicted": "#3949ab",
}
FORMATS = ("xlsx", "csv")


def month_start(today: date) -> date:
    return today.replace(day=1)


class DashboardView(QWidget):
    """Signals:
    load_requested(object, str, str): figures of (office id | None, from day, to day).
    drill_requested(dict, str): list the items of these ``list_items`` criteria (title).
    export_requested(str, str): export the listed items as (format, file path).
    open_requested(dict): open the record of this item.
    """

    load_requested = Signal(object, str, str)
    drill_requested = Signal(dict, str)
    export_requested = Signal(str, str)
    open_requested = Signal(dict)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workDashboard")
        self.figures: dict[str, Any] | None = None
        self.office = QComboBox(self)
        self.office.setObjectName("dashboardOffice")
        self.office.setMinimumContentsLength(14)
        self.office_label = QLabel(self)
        self.office_label.setBuddy(self.office)
        self.from_day, self.to_day = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.from_day, month_start(today)), (self.to_day, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_label.setBuddy(self.from_day)
        self.to_label.setBuddy(self.to_day)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("dashboardShow")
        self.show_button.setDefault(True)
        self.state = QLabel(self)
        self.tiles: dict[str, QPushButton] = {}
        self.tiles_box = QGroupBox(self)
        self._build_tiles()
        self.stage_model = M.stage_model(self)
        self.achievement_model = M.achievement_model(self)
        self.throughput_model = M.throughput_model(self)
        self.daily_model = M.daily_model(self)
        self.tables: dict[str, DataTable] = {
            name: DataTable(model, self)
            for name, model in (
                ("stage", self.stage_model),
                ("achievement", self.achievement_model),
                ("throughput", self.throughput_model),
                ("daily", self.daily_model),
            )
        }
        self.achievement_chart = AchievementChart(self)
        self.daily_chart = DailyChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        # the narrow tables share their tab with their chart; the wide ones have it alone
        self.tabs.addTab(self.tables["stage"], "")
        self.tabs.addTab(_beside(self.tables["achievement"], self.achievement_chart), "")
        self.tabs.addTab(self.tables["throughput"], "")
        self.tabs.addTab(_beside(self.tables["daily"], self.daily_chart), "")
        self.drill_title = QLabel(self)
        self.drill_title.setObjectName("drillTitle")
        self.drill_title.setStyleSheet("font-weight: 600;")
        # a long stage name must not widen the window: the label gives way (tooltip: all)
        for label in (self.drill_title, self.state):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.drill_model = WorkItemsModel(self)
        self.drill_table = ItemTable(self.drill_model, self)
        self.drill_table.setObjectName("drillTable")
        self.ticker = QTimer(self)  # display only: the listed items' time left counts down
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.drill_model.tick)
        self.ticker.start()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setEnabled(False)
        self.drill_box = QGroupBox(self)
        self.criteria: dict[str, Any] | None = None
        self._layout()
        self._connect()
        self.retranslate()

    def _build_tiles(self) -> None:
        row = QHBoxLayout(self.tiles_box)
        for key, _source, _risk in TILES:
            tile = QPushButton(self.tiles_box)
            tile.setObjectName(f"dashboardTile_{key}")
            tile.setFlat(True)
            colour = TILE_COLOURS.get(key, "#1f3a5f")
            tile.setStyleSheet(
                f"QPushButton {{ color: {colour}; padding: 4px 10px; min-width: 96px; }}"
            )
            tile.clicked.connect(lambda _=False, k=key: self._tile_clicked(k))
            self.tiles[key] = tile
            row.addWidget(tile)
        row.addStretch(1)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (
            self.office_label,
            self.office,
            self.from_label,
            self.from_day,
            self.to_label,
            self.to_day,
            self.show_button,
        ):
            top.addWidget(widget)
        top.addWidget(self.state, 1)
        drill_head = QHBoxLayout()
        drill_head.addWidget(self.drill_title, 1)
        drill_head.addWidget(self.export_button)
        drill = QVBoxLayout(self.drill_box)
        drill.addLayout(drill_head)
        drill.addWidget(self.drill_table, 1)
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(self.tabs)
        whole.addWidget(self.drill_box)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 2)
        layout = QGridLayout(self)
        layout.addLayout(top, 0, 0)
        layout.addWidget(self.tiles_box, 1, 0)
        layout.addWidget(whole, 2, 0)
        layout.setRowStretch(2, 1)

    def _connect(self) -> None:
        self.show_button.clicked.connect(self._emit_load)
        self.office.activated.connect(lambda _i: self._emit_load())
        QShortcut(QKeySequence("F5"), self, self._emit_load)
        self.tables["stage"].activated.connect(self._stage_clicked)
        self.tables["stage"].clicked.connect(self._stage_clicked)
        self.tables["achievement"].clicked.connect(self._type_clicked)
        self.tables["achievement"].activated.connect(self._type_clicked)
        self.tables["throughput"].clicked.connect(self._person_clicked)
        self.tables["throughput"].activated.connect(self._person_clicked)
        self.drill_table.open_requested.connect(self.open_requested)
        self.export_button.clicked.connect(self.ask_export_file)

    def retranslate(self) -> None:
        self.office_label.setText(self.tr("&Office:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.show_button.setText(self.tr("&Show (F5)"))
        self.tiles_box.setTitle(self.tr("Open work now"))
        for index, title in enumerate(
            (
                self.tr("Pending and overdue by stage"),
                self.tr("SLA achievement per type"),
                self.tr("Throughput per person"),
                self.tr("Opened and finished per day"),
            )
        ):
            self.tabs.setTabText(index, title)
        self.drill_box.setTitle(self.tr("Items"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the items listed here as an Excel workbook or a CSV file")
        )
        if self.office.count() and self.office.itemData(0) is None:
            self.office.setItemText(0, self.tr("All my offices"))
        self._tile_texts()
        if self.figures is not None:
            self._charts(self.figures)

    # -- state shown by the presenter ------------------------------------------------------

    def set_offices(self, offices: list[dict[str, Any]], all_too: bool) -> None:
        self.office.clear()
        if all_too or not offices:
            self.office.addItem(self.tr("All my offices"), None)
        for office in offices:
            self.office.addItem(str(office["name"]), int(office["id"]))

    def selection(self) -> tuple[int | None, str, str]:
        office = self.office.currentData()
        return (
            None if office is None else int(office),
            self.from_day.date().toString("yyyy-MM-dd"),
            self.to_day.date().toString("yyyy-MM-dd"),
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.show_button.setEnabled(not busy)
        self.state.setText(text)

    def show_figures(self, figures: dict[str, Any]) -> None:
        self.figures = figures
        self._tile_texts()
        self.stage_model.set_rows(figures["by_stage"])
        self.achievement_model.set_rows(figures["achievement"])
        self.throughput_model.set_rows(M.throughput_rows(figures["throughput"]))
        self.daily_model.set_rows(figures["daily"])
        self._charts(figures)
        self.state.setText(self.tr("As of %1").replace("%1", local_time(figures.get("as_of"))))

    def show_items(
        self, rows: list[dict[str, Any]], total: int, title: str, criteria: dict[str, Any]
    ) -> None:
        self.criteria = criteria
        self.drill_model.set_rows(rows)
        self.export_button.setEnabled(total > 0)
        if total > len(rows):
            title = (
                self.tr("%1 — %2 of %3 shown; export for all")
                .replace("%1", title)
                .replace("%2", str(len(rows)))
                .replace("%3", str(total))
            )
        else:
            title = self.tr("%1 — %2 items").replace("%1", title).replace("%2", str(total))
        self.drill_title.setText(title)
        self.drill_title.setToolTip(title)

    def _tile_texts(self) -> None:
        counts = (self.figures or {}).get("open", {})
        for key, source, _risk in TILES:
            value = counts.get(key)
            text = self.tr(str(source))
            self.tiles[key].setText(text if value is None else f"{int(value):,}\n{text}")

    def _charts(self, figures: dict[str, Any]) -> None:
        self.achievement_chart.show_rows(
            figures["achievement"],
            self.tr("Lowest on-time rates, per type (%)"),
            self.tr("On time"),
        )
        self.daily_chart.show_rows(
            figures["daily"], self.tr("Items per day"), self.tr("Opened"), self.tr("Finished")
        )

    # -- intents ---------------------------------------------------------------------------

    def _emit_load(self) -> None:
        self.load_requested.emit(*self.selection())

    def _office_criteria(self) -> dict[str, Any]:
        office, first, last = self.selection()
        return {"office_id": office, "from_day": first, "to_day": last}

    def _tile_clicked(self, key: str) -> None:
        risk = next(r for k, _s, r in TILES if k == key)
        # open work now, whatever its age: no date range
        criteria: dict[str, Any] = {"office_id": self.selection()[0], "status": "open"}
        if risk:
            criteria["risk"] = risk
        source = next(s for k, s, _r in TILES if k == key)
        title = self.tr("Open work: %1").replace("%1", self.tr(str(source)))
        if key == "escalated":
            title = self.tr("Open work: overdue, the escalated ones in bold")
        self.drill_requested.emit(criteria, title)

    def _stage_clicked(self, index: QModelIndex) -> None:
        row = self._row(self.stage_model, index)
        if row is None:
            return
        criteria = {
            "office_id": self.selection()[0],
            "status": "open",
            "sla_type": row["sla_type"],
            "step": row["step"],
        }
        self.drill_requested.emit(
            criteria,
            self.tr("Open: %1 · %2")
            .replace("%1", str(row["type_name"]))
            .replace("%2", str(row["step_name"])),
        )

    def _type_clicked(self, index: QModelIndex) -> None:
        row = self._row(self.achievement_model, index)
        if row is not None:
            criteria = {**self._office_criteria(), "status": "done", "sla_type": row["sla_type"]}
            self.drill_requested.emit(
                criteria, self.tr("Finished: %1").replace("%1", str(row["type_name"]))
            )

    def _person_clicked(self, index: QModelIndex) -> None:
        row = self._row(self.throughput_model, index)
        if row is not None and row.get("user_id") is not None:
            criteria = {
                **self._office_criteria(),
                "status": "done",
                "assigned_user_id": row["user_id"],
            }
            self.drill_requested.emit(
                criteria, self.tr("Finished by %1").replace("%1", str(row["name"]))
            )

    @staticmethod
    def _row(model: RowsModel, index: QModelIndex) -> dict[str, Any] | None:
        return model.row_at(index.row()) if index.isValid() else None

    def ask_export_file(self) -> QFileDialog:
        """A save dialog (not exec(): the event loop and the tour go on)."""
        dialog = QFileDialog(self, self.tr("Export the items"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(self.tr("work-items") + ".xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filterSelected.connect(lambda f: _follow_filter(dialog, f))
        dialog.fileSelected.connect(lambda path: self._export_to(path))
        dialog.open()
        return dialog

    def _export_to(self, path: str) -> None:
        file_format = "csv" if path.lower().endswith(".csv") else "xlsx"
        if not path.lower().endswith(f".{file_format}"):
            path += f".{file_format}"
        self.export_requested.emit(file_format, path)


def _beside(table: QWidget, chart: QWidget) -> QSplitter:
    """A table with its chart on the right (the chart takes the spare width)."""
    pair = QSplitter(Qt.Orientation.Horizontal)
    pair.addWidget(table)
    pair.addWidget(chart)
    pair.setStretchFactor(0, 0)
    pair.setStretchFactor(1, 1)
    # Proportions (the splitter scales them): room for the English type names and the rate.
    pair.setSizes([570, 510])
    return pair


def _follow_filter(dialog: QFileDialog, name_filter: str) -> None:
    """Change the suggested file's extension with the chosen type."""
    wanted = "csv" if "*.csv" in name_filter else "xlsx"
    dialog.setDefaultSuffix(wanted)

"""The "Monthly report" page: period and org unit pickers, the key figures, tables of the
figures and an ageing chart; "Print PDF…" asks the server for the printed report.

The view only shows what it is given and emits intents; the presenter talks to the server.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.widgets.table import DataTable
from client.reports import models as M

PERIODS_SHOWN = 36


def last_month(today: date) -> str:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def recent_periods(today: date, count: int = PERIODS_SHOWN) -> list[str]:
    """This month and the ``count - 1`` before it, newest first ("YYYY-MM")."""
    index = today.year * 12 + today.month - 1
    return [f"{(index - i) // 12:04d}-{(index - i) % 12 + 1:02d}" for i in range(count)]


# (figure key, source text) of the key figures, in reading order (three columns)
KEY_FIGURES = (
    ("bills", QT_TRANSLATE_NOOP("ReportColumns", "Bills released")),
    ("energy", QT_TRANSLATE_NOOP("ReportColumns", "Billed energy (kWh)")),
    ("amount", QT_TRANSLATE_NOOP("ReportColumns", "Billed amount (yuan)")),
    ("cash", QT_TRANSLATE_NOOP("ReportColumns", "Cash collected (yuan)")),
    ("settlement_rate", QT_TRANSLATE_NOOP("ReportColumns", "Settlement rate")),
    ("collection_rate", QT_TRANSLATE_NOOP("ReportColumns", "Cash collection rate")),
    ("arrears_customers", QT_TRANSLATE_NOOP("ReportColumns", "Customers in arrears")),
    ("overdue", QT_TRANSLATE_NOOP("ReportColumns", "Overdue arrears (yuan)")),
    ("penalties", QT_TRANSLATE_NOOP("ReportColumns", "Penalties, net (yuan)")),
    ("corrections", QT_TRANSLATE_NOOP("ReportColumns", "Corrections, net (yuan)")),
    ("review", QT_TRANSLATE_NOOP("ReportColumns", "Bills held in review")),
    ("as_of", QT_TRANSLATE_NOOP("ReportColumns", "Report date")),
)


def key_figures(f: dict[str, Any]) -> dict[str, str]:
    billing, rates, ageing = f["billing"]["total"], f["rates"]["total"], f["ageing"]["total"]
    return {
        "bills": M.count(billing["bills"]),
        "energy": M.kwh(billing["energy"]),
        "amount": M.money(billing["amount"]),
        "cash": M.money(f["collection"]["total"]["amount"]),
        "settlement_rate": M.percent(rates["settlement_rate"]),
        "collection_rate": M.percent(rates["collection_rate"]),
        "arrears_customers": M.count(ageing["customers_total"]),
        "overdue": M.money(ageing["amount_total"]),
        "penalties": M.money(f["penalties"]["total"]["net"]),
        "corrections": M.money(f["corrections"]["total"]["amount"]),
        "review": M.count(f["review"]["total"]["bills"]),
        "as_of": f["as_of"],
    }


class MonthlyReportView(QWidget):
    """Signals:
    load_requested(str, int): show the figures of (period "YYYY-MM", org unit id).
    print_requested(str, int): print the PDF of (period, org unit id).
    """

    load_requested = Signal(str, int)
    print_requested = Signal(str, int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyReport")
        self.figures: dict[str, Any] | None = None
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        self.period.addItems(recent_periods(today))
        self.period.setCurrentText(last_month(today))
        self.unit = QComboBox(self)
        self.unit.setObjectName("reportUnit")
        self.unit.setMinimumContentsLength(16)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("reportShow")
        self.show_button.setDefault(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("reportPrint")
        self.period_label, self.unit_label = QLabel(self), QLabel(self)
        self.period_label.setBuddy(self.period)
        self.unit_label.setBuddy(self.unit)
        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        self.heading = QLabel(self)
        self.heading.setObjectName("reportHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary = QGroupBox(self)
        self.summary_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self._build_summary()
        self.models = {
            name: make(self)
            for name, make in (
                ("by_class", M.billing_model),
                ("by_office", M.billing_model),
                ("comparison", M.comparison_model),
                ("channels", M.collection_model),
                ("rates", M.rates_model),
                ("ageing_class", M.ageing_model),
                ("ageing_office", M.ageing_model),
                ("top", M.top_arrears_model),
            )
        }
        self.tables = {name: DataTable(model, self) for name, model in self.models.items()}
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(230)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self._build_tabs()
        self._layout()
        self.show_button.clicked.connect(self._load)
        self.print_button.clicked.connect(self._print)
        QShortcut(QKeySequence("Ctrl+P"), self, self._print)
        QShortcut(QKeySequence("F5"), self, self._load)
        self.set_busy(False)
        self.retranslate()

    # -- construction ------------------------------------------------------------------

    def _build_summary(self) -> None:
        grid = QGridLayout(self.summary)
        for i, (key, _source) in enumerate(KEY_FIGURES):
            name, value = QLabel(self.summary), QLabel("—", self.summary)
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            row, col = divmod(i, 3)
            grid.addWidget(name, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
            self.summary_labels[key] = (name, value)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

    def _pair(self, first: str, second: str) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tables[first])
        splitter.addWidget(self.tables[second])
        return splitter

    def _build_tabs(self) -> None:
        billing = self._pair("by_class", "by_office")
        billing.addWidget(self.tables["comparison"])
        arrears = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.tables["ageing_class"], self.tables["ageing_office"], self.chart_view):
            arrears.addWidget(widget)
        for page in (billing, self._pair("channels", "rates"), arrears, self.tables["top"]):
            self.tabs.addTab(page, "")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.period_label, self.period, self.unit_label, self.unit):
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        bar.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.period, self.unit)
        self.setTabOrder(self.unit, self.show_button)
        self.setTabOrder(self.show_button, self.print_button)
        self.setTabOrder(self.print_button, self.tabs)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.show_button.setText(self.tr("&Show"))
        self.print_button.setText(self.tr("P&rint PDF…"))
        self.print_button.setToolTip(self.tr("The printed monthly report (Ctrl+P)"))
        self.summary.setTitle(self.tr("Key figures"))
        for key, source in KEY_FIGURES:
            self.summary_labels[key][0].setText(M.tr(str(source)) + ":")
        for index, title in enumerate(
            (
                self.tr("Billing"),
                self.tr("Collection"),
                self.tr("Arrears ageing"),
                self.tr("Top arrears"),
            )
        ):
            self.tabs.setTabText(index, title)
        if self.figures is not None:
            self.show_figures(self.figures)  # class names, totals and chart in the new language

    # -- intents -------------------------------------------------------------------------

    def selection(self) -> tuple[str, int] | None:
        unit = self.unit.currentData()
        return None if unit is None else (self.period.currentText(), int(unit))

    def _load(self) -> None:
        chosen = self.selection()
        if chosen is not None:
            self.load_requested.emit(*chosen)

    def _print(self) -> None:
        chosen = self.selection()
        if chosen is not None and self.print_button.isEnabled():
            self.print_requested.emit(*chosen)

    # -- showing -------------------------------------------------------------------------

    def set_units(self, units: list[dict[str, Any]]) -> None:
        self.unit.clear()
        for u in units:
            self.unit.addItem("\u2003" * int(u.get("depth", 0)) + str(u["name"]), int(u["id"]))
        self.set_busy(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        has_unit = self.unit.count() > 0
        self.show_button.setEnabled(has_unit and not busy)
        self.print_button.setEnabled(has_unit and not busy)
        self.state.setText(text)

    def show_figures(self, f: dict[str, Any]) -> None:
        self.figures = f
        self.heading.setText(
            self.tr("{unit} · period {period}").format(unit=f["unit"]["name"], period=f["period"])
        )
        for key, text in key_figures(f).items():
            self.summary_labels[key][1].setText(text)
        offices = M.office_names(f)
        b = f["billing"]
        self.models["by_class"].set_rows(M.named(b["by_class"], b["total"], offices, "class"))
        self.models["by_office"].set_rows(M.named(b["by_office"], b["total"], offices, "office"))
        c = f["comparison"]
        self.models["comparison"].set_rows(M.named(c["by_class"], c["total"], offices, "class"))
        col = f["collection"]
        self.models["channels"].set_rows(
            [*col["by_channel"], {**col["total"], "channel": "", "tender": ""}]
        )
        self.models["rates"].set_rows(
            M.named(f["rates"]["by_office"], f["rates"]["total"], offices, "office")
        )
        a = f["ageing"]
        self.models["ageing_class"].set_rows(M.named(a["by_class"], a["total"], offices, "class"))
        self.models["ageing_office"].set_rows(
            M.named(a["by_office"], a["total"], offices, "office")
        )
        self.models["top"].set_rows(
            [{**r, "office": offices.get(r["office_id"], "")} for r in f["top_arrears"]]
        )
        self._chart(a)

    def _chart(self, ageing: dict[str, Any]) -> None:
        """Overdue amounts by bucket, one bar set per customer class."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        top = Decimal(0)
        for row in ageing["by_class"]:
            bars = QBarSet(M.named([row], row, {}, "class")[0]["name"])
            for amount in row["amounts"]:
                value = Decimal(amount)
                top = max(top, value)
                bars.append(float(value))  # a picture of the exact figures in the table
            series.append(bars)
        self.chart.addSeries(series)
        self.chart.setTitle(self.tr("Overdue arrears by age (yuan)"))
        categories = QBarCategoryAxis()
        categories.append([M.bucket_title(b) for b in ageing["buckets"]])
        values = QValueAxis()
        values.setRange(0, float(top) * 1.1 if top > 0 else 1.0)
        values.setLabelFormat("%.0f")
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

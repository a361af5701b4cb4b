"""The dashboard's charts: SLA achievement per type, items opened and finished per day.

They draw the server's figures (the tables beside them hold the exact numbers)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

ON_TIME_COLOUR = QColor("#43a047")
OPENED_COLOUR, CLOSED_COLOUR = QColor("#5c8fd6"), QColor("#43a047")


CHART_TYPES = 8  # more bars than this do not leave room for their names


def lowest_rates(rows: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """The ``count`` types with the lowest on-time rate (the ones to look at), lowest first."""
    rated = [r for r in rows if r.get("rate") is not None]
    return sorted(rated, key=lambda r: (Decimal(str(r["rate"])), str(r["type_name"])))[:count]


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


class ChartView(QChartView):
    """A chart view with antialiasing and a quiet frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)


class AchievementChart(ChartView):
    """Per type: the share finished in time (percent), one horizontal bar each."""

    def show_rows(self, rows: list[dict[str, Any]], title: str, legend: str) -> None:
        chart = self.chart_
        _clear(chart)
        chart.setTitle(title)
        shown = lowest_rates(rows, CHART_TYPES)
        bars = QBarSet(legend)
        bars.setColor(ON_TIME_COLOUR)
        for row in reversed(shown):  # a horizontal chart draws the first category lowest
            bars.append(float(Decimal(str(row["rate"]))))  # a picture of the exact figure
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        series.setBarWidth(0.7)
        bars.setLabelColor(QColor("white"))
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([str(r["type_name"]) for r in reversed(shown)])
        small = QFont(names.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        names.setLabelsFont(small)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d %%")
        percent.setTickCount(6)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(percent)
        chart.legend().setVisible(False)

    def series(self) -> QHorizontalBarSeries | None:
        found = self.chart_.series()
        return found[0] if found and isinstance(found[0], QHorizontalBarSeries) else None


class DailyChart(ChartView):
    """Per business day: items opened and items finished, side by side."""

    def show_rows(self, rows: list[dict[str, Any]], title: str, opened: str, closed: str) -> None:
        chart = self.chart_
        _clear(chart)
        chart.setTitle(title)
        series = QBarSeries()
        top = 0
        for key, label, colour in (
            ("opened", opened, OPENED_COLOUR),
            ("closed", closed, CLOSED_COLOUR),
        ):
            bars = QBarSet(label)
            bars.setColor(colour)
            for row in rows:
                bars.append(int(row[key]))
                top = max(top, int(row[key]))
            series.append(bars)
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append([str(r["day"])[8:10] for r in rows])  # the day of the month
        days.setLabelsAngle(-90)  # a month of days side by side: upright they would clip
        values = QValueAxis()
        values.setRange(0, max(top, 4))
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(values)
        chart.legend().setVisible(True)

    def series(self) -> QBarSeries | None:
        found = self.chart_.series()
        return found[0] if found and isinstance(found[0], QBarSeries) else None

"""Charts of the printed reports (reportlab.graphics), every label in the embedded CJK font.

Chart values are whole yuan or kWh (``whole``): a bar is a picture of a figure whose exact
amount stands in the table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from appserver.core.pdf import cjk_font

PALETTE = (colors.HexColor("#2f6db5"), colors.HexColor("#e08a2c"), colors.HexColor("#4b9e5f"),
           colors.HexColor("#c2453d"), colors.HexColor("#7d5ba6"), colors.HexColor("#8c6d4f"),
           colors.HexColor("#d16fb0"), colors.HexColor("#7f7f7f"), colors.HexColor("#b5b537"),
           colors.HexColor("#33a4b5"))
TITLE_SIZE = 9
LABEL_SIZE = 7


def whole(value: Decimal) -> int:
    """A chart value: the figure rounded half-up to a whole unit."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _axis_text(value: object) -> str:
    return f"{value:,.0f}"


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - TITLE_SIZE - 2, text, fontName=cjk_font(),
                       fontSize=TITLE_SIZE, textAnchor="middle"))


def _legend(x: float, y: float, names: Sequence[str], columns: int = 1) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = cjk_font(), LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = max(1, (len(names) + columns - 1) // columns)
    legend.dx = legend.dy = 7
    legend.deltay = 10
    legend.colorNamePairs = list(zip(PALETTE, names, strict=False))
    return legend


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Sequence[int]],
              series_names: Sequence[str] = (), width: float = 480,
              height: float = 170) -> Drawing:
    """Vertical bars: one group per category, one bar per series (legend if several)."""
    font = cjk_font()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    legend_h = 14 if len(series) > 1 else 0
    chart.x, chart.y = 58, 30 + legend_h
    chart.width = width - chart.x - 10
    chart.height = height - chart.y - TITLE_SIZE - 14
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(categories)
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = font, LABEL_SIZE
    labels.boxAnchor, labels.dy = "n", -3
    if len(categories) > 6:
        labels.angle, labels.boxAnchor, labels.dx = 25, "ne", 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = _axis_text
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if not any(v for s in series for v in s):
        chart.valueAxis.valueMax = 1  # an empty month still draws an axis
    chart.barSpacing, chart.groupSpacing = 1, 8
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = _legend(chart.x, 8, series_names, columns=len(series_names))
        legend.columnMaximum = 1
        legend.dxTextSpace = 4
        legend.deltax = (chart.width) / max(1, len(series_names))
        drawing.add(legend)
    return drawing


def pie_chart(title: str, names: Sequence[str], values: Sequence[int],
              width: float = 480, height: float = 170) -> Drawing:
    """A pie of shares with a legend (name and share) beside it."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    total = sum(values)
    if total <= 0:
        drawing.add(String(width / 2, height / 2, "—", fontName=cjk_font(),
                           fontSize=TITLE_SIZE, textAnchor="middle"))
        return drawing
    pie = Pie()
    size = height - TITLE_SIZE - 24
    pie.x, pie.y, pie.width, pie.height = 40, 8, size, size
    pie.data = list(values)
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    shares = [f"{name}  {Decimal(v * 100) / Decimal(total):.1f}%"
              for name, v in zip(names, values, strict=True)]
    drawing.add(_legend(pie.x + size + 40, pie.y + size - 4, shares))
    return drawing

"""The "Tariff calculator" page for the counter: pick an approved tariff, type the usage, press
Enter; the bill's lines, the selected line's explanation and the total in large type.

Only the fields the chosen tariff needs are shown (TOU registers, year-to-date kWh for annual
tiers, capacity or demand for two-part tariffs, reactive energy for power factor, the
transformer size where a loss table applies). No server calls: it emits intents.

Signals:
    tariff_changed(str): the code chosen in the combo.
    calculate_requested(): Enter or the Calculate button.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.billing import tariff_labels as labels
from client.billing.tariff_models import LinesModel
from client.core.widgets.table import DataTable

# Input fields in form order: key -> max length. Registers are named as the engine names them.
NUMBER_FIELDS = ("total", "critical_peak", "peak", "flat", "valley", "deep_valley", "ytd",
                 "capacity", "max_demand", "contracted_demand", "reactive")
TOU_PERIODS = ("critical_peak", "peak", "flat", "valley", "deep_valley")


class CalculatorView(QWidget):
    tariff_changed = Signal(str)
    calculate_requested = Signal()

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tariffCalculator")
        self.model = model
        self.tariffs: list[dict[str, Any]] = []
        self.result: dict[str, Any] | None = None  # shown again in another language
        self.combo = QComboBox(self)
        self.combo.setObjectName("calcTariff")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.period = QLineEdit(QDate.currentDate().toString("yyyy-MM"), self)
        self.period.setObjectName("calc_period")
        self.period.setInputMask("9999-99")
        self.days = self._edit("days", 3)
        self.edits: dict[str, QLineEdit] = {key: self._edit(key, 16) for key in NUMBER_FIELDS}
        self.transformer = QComboBox(self)
        self.transformer.setObjectName("calc_transformer")
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self._row("tariff", self.combo)
        self._row("period", self.period)
        self._row("days", self.days)
        for key in NUMBER_FIELDS:
            self._row(key, self.edits[key])
        self._row("transformer", self.transformer)
        self.calculate = QPushButton(self)
        self.calculate.setObjectName("calcButton")
        self.calculate.setDefault(True)
        self.calculate.clicked.connect(self.calculate_requested)
        self.problem = QLabel(self)
        self.problem.setObjectName("calcProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setMaximumWidth(600)
        self.table = DataTable(model, self)
        self.table.setObjectName("calcLines")
        self.table.selectionModel().selectionChanged.connect(self._line_selected)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("calcExplanation")
        self.explanation.setWordWrap(True)
        self.subtotals = QLabel(self)
        self.total = QLabel(self)
        self.total.setObjectName("calcTotal")
        font = QFont(self.total.font())
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.total.setFont(font)
        self._layout()
        self.retranslate()

    def _edit(self, key: str, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"calc_{key}")
        edit.setMaxLength(length)
        edit.returnPressed.connect(self.calculate_requested)
        return edit

    def _row(self, key: str, field: QWidget) -> None:
        caption = QLabel(self)
        caption.setBuddy(field)
        self.captions[key] = caption
        self.form.addRow(caption, field)

    def _layout(self) -> None:
        form_box = QWidget(self)
        form_box.setLayout(self.form)
        form_box.setMaximumWidth(600)
        left = QVBoxLayout()
        left.addWidget(form_box)
        self.calculate.setMaximumWidth(600)
        left.addWidget(self.calculate)
        left.addWidget(self.problem)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.explanation)
        right.addWidget(self.subtotals)
        right.addWidget(self.total)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

    def retranslate(self) -> None:
        captions = {
            "tariff": self.tr("&Tariff:"), "period": self.tr("&Period (YYYY-MM):"),
            "days": self.tr("&Days billed (blank = whole month):"),
            "total": self.tr("&Energy (kWh):"), "critical_peak": self.tr("Critical peak (kWh):"),
            "peak": self.tr("Pea&k (kWh):"), "flat": self.tr("&Flat (kWh):"),
            "valley": self.tr("&Valley (kWh):"), "deep_valley": self.tr("Deep valley (kWh):"),
            "ytd": self.tr("&Year-to-date kWh (tier year):"),
            "capacity": self.tr("&Capacity (kVA):"), "max_demand": self.tr("&Maximum demand (kW):"),
            "contracted_demand": self.tr("Co&ntracted demand (kW):"),
            "reactive": self.tr("&Reactive energy (kvarh):"),
            "transformer": self.tr("Transformer (kVA, low-side metering):")}
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.calculate.setText(self.tr("&Calculate (Enter)"))
        self.edits["flat"].setPlaceholderText(self.tr("blank: energy minus the other periods"))
        self.days.setPlaceholderText(self.tr("whole month"))
        self._fill_combo()
        self._fill_transformer(self._transformer_sizes())
        if self.result is not None:
            self.show_result(self.result)

    # -- tariffs and fields ----------------------------------------------------------------

    def set_tariffs(self, tariffs: list[dict[str, Any]]) -> None:
        """Approved tariffs: [{"code", "name", "name_zh", ...}]."""
        self.tariffs = tariffs
        self._fill_combo()

    def _fill_combo(self) -> None:
        current = self.code()
        self.combo.blockSignals(True)
        self.combo.clear()
        for t in self.tariffs:
            self.combo.addItem(f"{labels.name(t)} ({t['code']})", t["code"])
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0) if self.tariffs else -1)
        self.combo.blockSignals(False)
        if self.code() != current:
            self.tariff_changed.emit(self.code())

    def _combo_changed(self, _index: int) -> None:
        self.tariff_changed.emit(self.code())

    def code(self) -> str:
        data = self.combo.currentData()
        return str(data) if data else ""

    def choose(self, code: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(code))

    def show_fields(self, inputs: dict[str, Any]) -> None:
        """Show only what the tariff version needs (``inputs`` from the server)."""
        tou = inputs.get("tou")
        periods = set(inputs.get("tou_periods") or ())
        visible = {"total": tou != "required", "ytd": bool(inputs.get("annual_tiers")),
                   "capacity": inputs.get("basic") == "capacity",
                   "max_demand": inputs.get("basic") == "demand",
                   "contracted_demand": bool(inputs.get("contracted_demand")),
                   "reactive": bool(inputs.get("power_factor"))}
        for period in TOU_PERIODS:
            visible[period] = tou is not None and period in periods
        for key in NUMBER_FIELDS:
            self.form.setRowVisible(self.edits[key], visible[key])
        sizes = list(inputs.get("loss_kva") or ())
        self._fill_transformer(sizes)
        self.form.setRowVisible(self.transformer, bool(sizes))

    def _transformer_sizes(self) -> list[str]:
        return [str(self.transformer.itemData(i)) for i in range(1, self.transformer.count())]

    def _fill_transformer(self, sizes: list[str]) -> None:
        current = self.transformer.currentData()
        self.transformer.clear()
        self.transformer.addItem(self.tr("none (metered on the high side)"), "")
        for size in sizes:
            self.transformer.addItem(f"{size} kVA", size)
        self.transformer.setCurrentIndex(max(self.transformer.findData(current), 0))

    def values(self) -> dict[str, str]:
        """The visible fields' texts (hidden fields are not part of the request)."""
        out = {"period": self.period.text().strip(), "days": self.days.text().strip()}
        for key, edit in self.edits.items():
            if self.form.isRowVisible(edit):
                out[key] = edit.text().strip()
        if self.form.isRowVisible(self.transformer):
            out["transformer"] = str(self.transformer.currentData() or "")
        return out

    # -- results ---------------------------------------------------------------------------

    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        self.problem.setText("")
        self.model.set_rows(result["lines"])
        segments = result["segments"]
        self.subtotals.setText("  ".join(
            self.tr("Segment %1 (%2, %3 of %4 days): %5 yuan").replace("%1", str(s["segment"]))
            .replace("%2", s["tariff"]).replace("%3", str(s["days"]))
            .replace("%4", str(s["days_in_period"])).replace("%5", s["subtotal"])
            for s in segments))
        self.total.setText(self.tr("Total: %1 yuan").replace("%1", result["total"]))
        self.explanation.setText(self.tr("Select a line to see how it was computed."))
        if self.model.rowCount():
            self.table.selectRow(0)

    def clear_result(self) -> None:
        self.result = None
        self.model.set_rows([])
        self.subtotals.setText("")
        self.total.setText("")
        self.explanation.setText("")

    def show_problem(self, message: str, field: str | None) -> None:
        self.clear_result()
        self.problem.setText(message)
        target = self.field_widget(field or "")
        if target is not None:
            target.setFocus()
            if isinstance(target, QLineEdit):
                target.selectAll()

    def field_widget(self, path: str) -> QWidget | None:
        last = path.rsplit(".", 1)[-1]
        by_path = {"period": self.period, "days": self.days, "ytd_kwh": self.edits["ytd"],
                   "capacity_kva": self.edits["capacity"],
                   "max_demand_kw": self.edits["max_demand"],
                   "contracted_demand_kw": self.edits["contracted_demand"],
                   "transformer_kva": self.transformer, "registers": self.edits["total"],
                   "tariff": self.combo}
        widget = self.edits.get(last) if last in (*TOU_PERIODS, "total", "reactive") else None
        return widget or by_path.get(last)

    def _line_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        line = self.model.row_at(indexes[0].row())
        self.explanation.setText(explanation_html(line))


def explanation_html(line: dict[str, Any]) -> str:
    """A line's explanation under translated headings (the engine writes its parts in
    English: they quote the tariff's rule and figures)."""
    e = line.get("explanation") or {}
    inputs = ", ".join(f"{k} = {v}" for k, v in (e.get("inputs") or {}).items())
    parts = [(QCoreApplication.translate("CalculatorView", "Rule"), e.get("rule", "")),
             (QCoreApplication.translate("CalculatorView", "Inputs"), inputs),
             (QCoreApplication.translate("CalculatorView", "Table row"), e.get("table_row", "")),
             (QCoreApplication.translate("CalculatorView", "Rounding"), e.get("rounding", ""))]
    rows = "".join(f"<tr><td><b>{escape(title)}</b></td><td>{escape(str(text))}</td></tr>"
                   for title, text in parts if text)
    label = escape(labels.name(line, "label", "label_zh"))
    return f"<b>{label}</b><table cellpadding='2'>{rows}</table>"

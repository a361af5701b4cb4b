"""The supervisor's exception queue: flagged and missing reads ranked by money at risk, with
their reasons; approve, correct, estimate, send for re-read, and the meter change dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.core.context import AppContext
from client.core.widgets.rows_model import ROW_ROLE
from client.core.widgets.table import DataTable
from client.metering.common import PeriodBox, call
from client.metering.dialogs import DecisionDialog, MeterChangeDialog
from client.metering.models import queue_model

QUEUE_LIMIT = 500
DECISIONS = ("approve", "correct", "estimate", "reread")


class ExceptionsView(QWidget):
    """Signals:
        reload_requested(str): the queue of this period.
        decide_requested(dict, str): a decision on the item (the dialog asks the rest).
        change_requested(dict): the meter change dialog for the item's point.
    """

    reload_requested = Signal(str)
    decide_requested = Signal(dict, str)
    change_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodBox(self)
        self.caption = QLabel(self)
        self.reload = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        self.model = queue_model(self)
        self.table = DataTable(self.model, self)
        self.table.setObjectName("queueTable")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for decision in DECISIONS:
            button = QPushButton(self)
            button.setObjectName(f"decide_{decision}")
            button.clicked.connect(lambda _c=False, d=decision: self._decide(d))
            self.buttons[decision] = button
            actions.addWidget(button)
        self.change = QPushButton(self)
        self.change.setObjectName("meterChange")
        self.change.clicked.connect(self._change)
        actions.addWidget(self.change)
        actions.addStretch(1)
        top = QHBoxLayout()
        for w in (self.caption, self.period, self.reload):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.period.currentTextChanged.connect(self.reload_requested.emit)
        self.reload.clicked.connect(lambda: self.reload_requested.emit(self.period.period()))
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        self.reload.setText(self.tr("Refresh"))
        self.buttons["approve"].setText(self.tr("Approve"))
        self.buttons["correct"].setText(self.tr("Correct…"))
        self.buttons["estimate"].setText(self.tr("Estimate"))
        self.buttons["reread"].setText(self.tr("Send for re-read"))
        self.change.setText(self.tr("Meter change…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _enable(self, *_args: Any) -> None:
        item = self.current()
        missing = bool(item) and item is not None and item["kind"] == "missing"
        blocked = item is not None and bool({"backwards", "no_previous"} & set(item["reasons"]))
        self.buttons["approve"].setEnabled(item is not None and not missing and not blocked)
        self.buttons["reread"].setEnabled(item is not None and not missing)
        for d in ("correct", "estimate"):
            self.buttons[d].setEnabled(item is not None)
        self.change.setEnabled(item is not None)

    def _decide(self, decision: str) -> None:
        item = self.current()
        if item is not None:
            self.decide_requested.emit(item, decision)

    def _change(self) -> None:
        item = self.current()
        if item is not None:
            self.change_requested.emit(item)

    def show_queue(self, result: dict[str, Any]) -> None:
        items = result["items"]
        self.model.set_rows(items)
        total = sum(fen(i["money_at_risk"]) for i in items)
        self.summary.setText(self.tr("Waiting: %1").replace("%1", str(len(items))) + " · "
                             + self.tr("%1 yuan at risk").replace(
                                 "%1", f"{total // 100}.{total % 100:02d}"))
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._enable()


def fen(money: str | None) -> int:
    """A money string in fen (integer), for adding up without floats."""
    if not money:
        return 0
    whole, _, cents = money.partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int((cents + "00")[:2]))


class ExceptionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = ExceptionsView(self)
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.reload_requested.connect(self.load)
        self.view.decide_requested.connect(self.decide)
        self.view.change_requested.connect(self.change_meter)

    def retranslate(self) -> None:
        self.view.retranslate()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.view.model.rowCount() == 0:
            self.load(self.view.period.period())

    def load(self, period: str) -> None:
        call(self.ctx, self, "metering.queue", "exception_queue", (period, QUEUE_LIMIT),
             self.view.show_queue)

    def decision_dialog(self, item: dict[str, Any], decision: str) -> DecisionDialog:
        self.dialog = DecisionDialog(item, decision, item.get("meter_registers") or ["total"],
                                     self)
        return self.dialog

    def decide(self, item: dict[str, Any], decision: str) -> None:
        dialog = self.decision_dialog(item, decision)
        dialog.accepted.connect(lambda: self._send_decision(item, dialog))
        dialog.open()

    def _send_decision(self, item: dict[str, Any], dialog: DecisionDialog) -> None:
        if item["kind"] == "missing":
            target: dict[str, Any] = {"metering_point_id": item["metering_point_id"],
                                      "period": self.view.period.period()}
        else:
            target = {"reading_id": item["reading_id"]}
        call(self.ctx, self, "metering.decide", "decide",
             (target, dialog.decision, dialog.values(), dialog.note.text().strip()),
             lambda _r: self.load(self.view.period.period()), write=True)

    def change_dialog(self, item: dict[str, Any]) -> MeterChangeDialog:
        self.dialog = MeterChangeDialog(item, item.get("meter_registers") or ["total"], self)
        return self.dialog

    def change_meter(self, item: dict[str, Any]) -> None:
        dialog = self.change_dialog(item)
        dialog.accepted.connect(lambda: call(
            self.ctx, self, "metering.change", "change_meter",
            (item["metering_point_id"], dialog.change()),
            lambda _r: self.load(self.view.period.period()), write=True))
        dialog.open()

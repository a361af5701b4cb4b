"""One repair ticket: its state and clocks, the reports grouped on it, the timeline and the
commitment work items, and the actions its state allows (for dispatchers).

Signals:
    action_requested(str): "dispatch", "arrive", "restore", "close", "cancel", "merge",
        "correct" or "move" (the selected report moves to another ticket).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.formats import local_time
from client.core.widgets.table import DataTable
from client.service import fault_models as fm

ACTIONS = ("dispatch", "arrive", "restore", "close", "merge", "cancel", "correct", "move")
# Which actions each state allows (the server checks again).
ALLOWED = {"open": {"dispatch", "merge", "cancel", "move"},
           "dispatched": {"dispatch", "arrive", "merge", "cancel", "correct", "move"},
           "arrived": {"restore", "merge", "cancel", "correct", "move"},
           "restored": {"close", "correct"}, "closed": {"correct"}, "cancelled": set()}


class TicketDetail(QWidget):
    action_requested = Signal(str)

    def __init__(self, can_dispatch: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultTicketDetail")
        self.can_dispatch = can_dispatch
        self.ticket: dict[str, Any] = {}
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long address must not widen the side panel
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.clock = QLabel(self)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {
            k: (QLabel(self), QLabel(self)) for k in (
                "status", "class", "priority", "area", "crew", "first", "dispatched",
                "arrived", "restored", "cause", "note")}
        self.buttons = {a: QPushButton(self) for a in ACTIONS}
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
            button.setVisible(can_dispatch)
        self.reports = fm.reports_model(self)
        self.timeline = fm.timeline_model(self)
        self.items = fm.items_model(self)
        self.report_table = DataTable(self.reports, self)
        self.timeline_table = DataTable(self.timeline, self)
        self.items_table = DataTable(self.items, self)
        self.tabs = QTabWidget(self)
        for table in (self.report_table, self.timeline_table, self.items_table):
            self.tabs.addTab(table, "")
        self._layout()
        self.retranslate()
        self.show_ticket({})

    def _layout(self) -> None:
        grid = QGridLayout()
        for i, (name, value) in enumerate(self.facts.values()):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        actions = QGridLayout()  # two rows: the side panel stays narrow enough for the board
        for i, button in enumerate(self.buttons.values()):
            actions.addWidget(button, i // 4, i % 4)
        actions.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        names = {"status": self.tr("Status"), "class": self.tr("Area class"),
                 "priority": self.tr("Priority"), "area": self.tr("Transformer area"),
                 "crew": self.tr("Crew"), "first": self.tr("First report"),
                 "dispatched": self.tr("Dispatched"), "arrived": self.tr("Crew arrived"),
                 "restored": self.tr("Supply restored"), "cause": self.tr("Cause"),
                 "note": self.tr("Result")}
        for key, text in names.items():
            self.facts[key][0].setText(text + ":")
        texts = {"dispatch": self.tr("Dispatch…"), "arrive": self.tr("Arrived…"),
                 "restore": self.tr("Restored…"), "close": self.tr("Close…"),
                 "merge": self.tr("Merge…"), "cancel": self.tr("Cancel ticket…"),
                 "correct": self.tr("Correct a time…"), "move": self.tr("Move report…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.tabs.setTabText(0, self.tr("Reports"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("Commitments"))
        for model in (self.reports, self.timeline, self.items):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                         len(model.columns) - 1)
        if self.ticket:
            self.show_ticket(self.ticket)

    def show_ticket(self, ticket: dict[str, Any]) -> None:
        self.ticket = ticket
        if not ticket:
            self.heading.setText(self.tr("Choose a ticket on the board"))
            self.clock.setText("")
            for _name, value in self.facts.values():
                value.setText("")
            for button in self.buttons.values():
                button.setEnabled(False)
            for model in (self.reports, self.timeline, self.items):
                model.set_rows([])
            return
        self.heading.setText(f"{ticket['reference']}  {ticket['title']}")
        self.clock.setText(self._clock_text(ticket))
        values = {"status": fm.statuses().get(ticket["status"], ticket["status"]),
                  "class": fm.area_classes().get(ticket["area_class"], ""),
                  "priority": fm.priorities().get(ticket["priority"], ""),
                  "area": ticket["transformer_area"], "crew": ticket["crew_name"],
                  "first": local_time(ticket["first_reported_at"]),
                  "dispatched": local_time(ticket["dispatched_at"]),
                  "arrived": local_time(ticket["arrived_at"]),
                  "restored": local_time(ticket["restored_at"]),
                  "cause": ticket.get("cause") or "",
                  "note": ticket.get("result_note") or ticket.get("cancel_reason") or ""}
        for key, text in values.items():
            self.facts[key][1].setText(text)
        allowed = ALLOWED.get(ticket["status"], set())
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        self.reports.set_rows(ticket.get("reports") or [])
        self.timeline.set_rows(ticket.get("timeline") or [])
        self.items.set_rows(ticket.get("work_items") or [])
        if self.reports.rowCount():
            self.report_table.selectRow(0)

    def _clock_text(self, ticket: dict[str, Any]) -> str:
        if ticket.get("step") is None or ticket.get("time_left_s") is None:
            return ""
        step = fm.steps().get(ticket["step"], ticket["step"])
        return self.tr("%1: %2 (due %3)").replace("%1", step).replace(
            "%2", fm.duration(int(ticket["time_left_s"]))).replace(
            "%3", local_time(ticket.get("due_at")))

    def selected_report(self) -> dict[str, Any] | None:
        index = self.report_table.currentIndex()
        return self.reports.row_at(index.row()) if index.isValid() else None

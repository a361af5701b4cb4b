"""One complaint: what was said, its clocks, its history and the actions allowed now (the
server says which, in ``actions``). No server calls.

Signals:
    action_requested(str): contact, reply, pause, resume, callback, close, reopen or assign.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.formats import local_time
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.service import complaint_models as models
from client.work import terms

ACTIONS = ("contact", "reply", "pause", "resume", "callback", "close", "reopen", "assign")
SHORTCUTS = {"contact": "Alt+1", "reply": "Alt+2", "pause": "Alt+3", "resume": "Alt+4",
             "callback": "Alt+5", "close": "Alt+6", "reopen": "Alt+7", "assign": "Alt+8"}
FIELDS = ("who", "channel", "registered", "assigned", "subject", "text", "contact", "reply",
          "callback", "repeat_of")


class ComplaintDetailView(QWidget):
    action_requested = Signal(str)

    def __init__(self, can_handle: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaint: dict[str, Any] = {}
        self.can_handle = can_handle
        self.title = QLabel(self)
        self.title.setObjectName("complaintTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("complaintClock")
        self.facts = QGroupBox(self)
        form = QFormLayout(self.facts)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            caption, value = QLabel(self.facts), QLabel(self.facts)
            value.setObjectName(f"complaint_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            form.addRow(caption, value)
        self.items = models.items_model(self)
        self.history = models.history_model(self)
        self.others = models.others_model(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("complaintTabs")
        self.tables: list[tuple[DataTable, RowsModel]] = []
        for model in (self.items, self.history, self.others):
            table = DataTable(model, self)
            self.tables.append((table, model))
            self.tabs.addTab(table, "")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for action in ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"action_{action}")
            button.setShortcut(QKeySequence(SHORTCUTS[action]))
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
            button.setVisible(False)
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.clock)
        layout.addLayout(row)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.facts.setTitle(self.tr("Details"))
        for key, text in (("who", self.tr("Customer / caller")), ("channel", self.tr("Channel")),
                          ("registered", self.tr("Registered")),
                          ("assigned", self.tr("Assigned to")), ("subject", self.tr("Subject")),
                          ("text", self.tr("Content")), ("contact", self.tr("Contact")),
                          ("reply", self.tr("Reply")), ("callback", self.tr("Callback")),
                          ("repeat_of", self.tr("Repeat of"))):
            self.captions[key].setText(self.tr("%1:").replace("%1", text))
        for action, text in (("contact", self.tr("Record &contact…")),
                             ("reply", self.tr("Re&ply…")), ("pause", self.tr("Pa&use…")),
                             ("resume", self.tr("Resu&me")),
                             ("callback", self.tr("Call&back…")),
                             ("close", self.tr("C&lose…")), ("reopen", self.tr("Re&open…")),
                             ("assign", self.tr("Ass&ign…"))):
            self.buttons[action].setText(text)
        self._retitle_tabs()
        if self.complaint:
            self.show_complaint(self.complaint)
        else:
            self.title.setText(self.tr("Choose a complaint in the list."))

    def _retitle_tabs(self) -> None:
        titles = (self.tr("Clocks (%1)"), self.tr("History (%1)"),
                  self.tr("Other complaints of this customer (%1)"))
        for position, (title, (_t, model)) in enumerate(zip(titles, self.tables, strict=True)):
            self.tabs.setTabText(position, title.replace("%1", str(model.rowCount())))

    def show_complaint(self, c: dict[str, Any]) -> None:
        self.complaint = c
        repeat = "  ·  " + self.tr("REPEAT") if c.get("repeat") else ""
        self.title.setText(f"{c['reference']}  ·  {c['kind_name']}  ·  {c['category_name']}  ·  "
                           f"{c['status_name']}{repeat}")
        clock = c.get("clock")
        if clock:
            left = terms.time_left(clock.get("time_left_s"), "working")
            self.clock.setText(self.tr("%1: %2 left, due %3 (%4)")
                               .replace("%1", clock["step_name"]).replace("%2", left)
                               .replace("%3", local_time(clock.get("due_at")) or "—")
                               .replace("%4", terms.risk_name(clock["risk"])))
        else:
            self.clock.setText(self.tr("No clock is running."))
        who = c.get("customer_name") or c.get("contact_name", "")
        if c.get("account_no"):
            who = f"{c['account_no']}  {who}  ·  {c.get('customer_address', '')}"
        satisfaction = c.get("satisfaction_name") or ""
        callback = (f"{local_time(c.get('callback_at'))}  {satisfaction}  {c['callback_note']}"
                    if c.get("callback_at") else "")
        earlier = c.get("repeat_of")
        self._set({
            "who": f"{who}  ☎ {c.get('contact_phone', '')}",
            "channel": c.get("channel_name", ""),
            "registered": local_time(c.get("created_at")),
            "assigned": c.get("assigned_name") or terms.role_name(c.get("assigned_role")),
            "subject": c.get("subject", ""), "text": c.get("text", ""),
            "contact": (f"{local_time(c.get('contacted_at'))}  {c.get('contact_note', '')}"
                        if c.get("contacted_at") else ""),
            "reply": (f"{local_time(c.get('replied_at'))}  {c.get('reply_text', '')}"
                      if c.get("replied_at") else ""),
            "callback": callback,
            "repeat_of": (f"{earlier['reference']}  {local_time(earlier['created_at'])}  "
                          f"{earlier['category_name']} · {earlier['subject']}"
                          if earlier else "")})
        self.items.set_rows(c.get("items", []))
        self.history.set_rows(c.get("history", []))
        self.others.set_rows(c.get("others", []))
        self._retitle_tabs()
        allowed = set(c.get("actions", ())) if self.can_handle else set()
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)

    def _set(self, values: dict[str, str]) -> None:
        for key, label in self.values.items():
            label.setText(values.get(key) or "—")

    def clear(self) -> None:
        self.complaint = {}
        self.retranslate()
        for button in self.buttons.values():
            button.setVisible(False)

"""One application: header, stage path, what the stage still needs, the action buttons, and
tabs for the fields, the documents, the history and the deadlines. No server calls here.

Buttons are enabled from the server's ``actions`` (what this caller may do now); the fields
are editable while the application is active.

Signals:
    reload_requested(): refresh from the server (F5).
    save_requested(dict, str): the edited fields and the note.
    action_requested(str): "advance", "return", "suspend", "resume" or "terminate".
    add_document_requested(): the Add… button.
    view_document_requested(dict): the attachment row to view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.formats import local_time
from client.core.widgets.table import DataTable
from client.service.application_form import FieldForm
from client.service.application_models import (
    RISK_COLOURS,
    attachments_model,
    events_model,
    items_model,
    status_label,
    time_left,
)
from client.service.application_stage_path import StagePath

ACTIONS = ("advance", "return", "suspend", "resume", "terminate")


def _named_event(event: dict[str, Any], names: dict[str, str], labels: dict[str, str],
                 documents: dict[str, str]) -> dict[str, Any]:
    """The event with its stages named and, without a reason, what it did as "details"
    (the document added, the fields changed)."""
    named = {**event, "from_stage_name": names.get(str(event.get("from_stage"))),
             "to_stage_name": names.get(str(event.get("to_stage")))}
    changes = event.get("changes") or {}
    if event.get("reason") or not isinstance(changes, dict):
        return named
    if event.get("action") == "attach" and changes.get("doc_type"):
        doc = documents.get(str(changes["doc_type"]), str(changes["doc_type"]))
        named["reason"] = f"{doc}: {changes.get('filename', '')}"
    elif event.get("action") in ("update", "advance") and changes:
        named["reason"] = ", ".join(labels.get(str(k), str(k)) for k in changes)
    return named


class ApplicationDetail(QWidget):
    reload_requested = Signal()
    save_requested = Signal(dict, str)
    action_requested = Signal(str)
    add_document_requested = Signal()
    view_document_requested = Signal(dict)

    def __init__(self, role_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDetail")
        self.application: dict[str, Any] = {}
        self.type_info: dict[str, Any] = {}
        self.title = QLabel(self)
        self.title.setObjectName("applicationTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("applicationSummary")
        self.summary.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("applicationClock")
        self.path = StagePath(role_name, self)
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b26a00;")
        self.buttons: dict[str, QPushButton] = {a: QPushButton(self) for a in ACTIONS}
        for action, button in self.buttons.items():
            button.setObjectName(f"{action}Button")
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload_requested)
        self._build_tabs()
        self._layout()
        QShortcut(QKeySequence("F5"), self).activated.connect(self.reload_requested)
        self.retranslate()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.form = FieldForm(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("applicationNote")
        self.note.setMaxLength(500)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveFieldsButton")
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.form.values(), self.note.text().strip()))
        fields_page = QWidget(self)
        scroll = QScrollArea(fields_page)
        scroll.setWidgetResizable(True)
        self.form.setMaximumWidth(820)  # long lines are hard to read across a wide screen
        scroll.setWidget(self.form)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_button)
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.addWidget(scroll, 1)
        fields_layout.addLayout(note_row)

        self.attachments = attachments_model(self)
        self.attachment_table = DataTable(self.attachments, self)
        self.attachment_table.setObjectName("attachments")
        self.attachment_table.activated.connect(self._view_index)
        self.add_button, self.view_button = QPushButton(self), QPushButton(self)
        self.add_button.setObjectName("addDocumentButton")
        self.add_button.clicked.connect(self.add_document_requested)
        self.view_button.clicked.connect(
            lambda: self._view_index(self.attachment_table.currentIndex()))
        docs_page = QWidget(self)
        docs_bar = QHBoxLayout()
        docs_bar.addWidget(self.add_button)
        docs_bar.addWidget(self.view_button)
        docs_bar.addStretch(1)
        docs_layout = QVBoxLayout(docs_page)
        docs_layout.addLayout(docs_bar)
        docs_layout.addWidget(self.attachment_table, 1)

        self.events = events_model(self)
        self.event_table = DataTable(self.events, self)
        self.event_table.setObjectName("history")
        self.items = items_model(self)
        self.item_table = DataTable(self.items, self)
        self.item_table.setObjectName("clocks")
        for page in (fields_page, docs_page, self.event_table, self.item_table):
            self.tabs.addTab(page, "")

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for action in ACTIONS:
            actions.addWidget(self.buttons[action])
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.clock)
        layout.addWidget(self.path)
        layout.addWidget(self.missing)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        texts = {"advance": self.tr("&Complete stage…"), "return": self.tr("Re&turn to…"),
                 "suspend": self.tr("S&uspend…"), "resume": self.tr("Resu&me…"),
                 "terminate": self.tr("Te&rminate…")}
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Load the application again (F5)"))
        self.note_label.setText(self.tr("&Note:"))
        self.save_button.setText(self.tr("&Save fields"))
        self.add_button.setText(self.tr("&Add document…"))
        self.view_button.setText(self.tr("&View"))
        for index, title in enumerate((self.tr("Fields"), self.tr("Documents"),
                                       self.tr("History"), self.tr("Deadlines"))):
            self.tabs.setTabText(index, title)
        self.path.retranslate()
        if self.application:
            self._show_header()

    # -- state shown by the presenter ----------------------------------------------------------

    def show_loading(self) -> None:
        if not self.application:
            self.title.setText(self.tr("Loading…"))

    def show_application(self, application: dict[str, Any], type_info: dict[str, Any]) -> None:
        self.application, self.type_info = application, type_info
        stages = application.get("stages") or type_info.get("stages") or []
        self.path.show_path(stages, application)
        self.form.set_fields(type_info.get("fields") or [], application.get("fields") or {})
        self.note.setText(str(application.get("note") or ""))
        # Only the current stage's role changes the fields (the server's "update" action).
        editable = bool((application.get("actions") or {}).get("update"))
        self.form.set_read_only(not editable)
        self.note.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.add_button.setEnabled(application.get("status") in ("active", "suspended"))
        names = {str(st["code"]): str(st.get("name") or st["code"]) for st in stages}
        labels = {str(f["name"]): str(f.get("label") or f["name"])
                  for f in type_info.get("fields") or ()}
        self.attachments.set_rows([{**r, "stage_name": names.get(str(r.get("stage")))}
                                   for r in application.get("attachments") or ()])
        documents = {str(d["code"]): str(d.get("name") or d["code"])
                     for d in type_info.get("documents") or ()}
        self.events.set_rows([_named_event(e, names, labels, documents)  # newest first
                              for e in reversed(application.get("events") or [])])
        self.items.set_rows(application.get("items") or [])
        actions = application.get("actions") or {}
        self.buttons["advance"].setEnabled(bool(actions.get("advance") or actions.get("complete")))
        self.buttons["return"].setEnabled(bool(actions.get("return")))
        for action in ("suspend", "resume", "terminate"):
            self.buttons[action].setEnabled(bool(actions.get(action)))
        self.buttons["suspend"].setVisible(application.get("status") != "suspended")
        self.buttons["resume"].setVisible(application.get("status") == "suspended")
        self._show_header()

    def _show_header(self) -> None:
        a = self.application
        self.title.setText(f"{a.get('app_no', '')}  {a.get('type_name', '')}")
        who = str(a.get("applicant") or "")
        if a.get("account_no"):
            who = self.tr("%1 (account %2)").replace("%1", who).replace("%2", str(a["account_no"]))
        summary = self.tr("%1 · %2 · stage: %3 · opened %4").replace("%1", who)
        summary = summary.replace("%2", status_label(str(a.get("status", ""))))
        summary = summary.replace("%3", str(a.get("stage_name") or a.get("stage") or "—"))
        self.summary.setText(summary.replace("%4", local_time(a.get("opened_at"))))
        self._show_clock()
        self._show_missing()

    def _show_clock(self) -> None:
        a = self.application
        total = self.type_info.get("total_days")
        if a.get("status") == "completed":
            text = self.tr("Completed %1; effective %2").replace(
                "%1", local_time(a.get("completed_at"))).replace("%2", str(a.get("effective_on")
                                                                           or "—"))
            account = (a.get("result") or {}).get("account_no")
            if account:  # the customer file the completion created or changed
                text += " · " + self.tr("customer account %1").replace("%1", str(account))
            colour = None
        else:
            current = self._current_item()
            left = time_left(current) if current else ""
            text = self.tr("Whole process (%1 working days) due %2 · this stage due %3 · "
                           "time left: %4")
            text = text.replace("%1", str(total or "—"))
            text = text.replace("%2", local_time(a.get("due_at")) or "—")
            text = text.replace("%3", local_time((current or a).get("due_at")) or "—")
            text = text.replace("%4", left or "—")
            colour = RISK_COLOURS.get(str((current or a).get("risk")))
        self.clock.setText(text)
        self.clock.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")

    def _current_item(self) -> dict[str, Any] | None:
        open_items = [i for i in self.application.get("items") or ()
                      if i.get("status") in ("open", "paused")]
        return open_items[-1] if open_items else None

    def _show_missing(self) -> None:
        missing = self.application.get("missing") or {}
        names = {str(f["name"]): str(f.get("label") or f["name"])
                 for f in self.type_info.get("fields") or ()}
        docs = {str(d["code"]): str(d.get("name") or d["code"])
                for d in self.type_info.get("documents") or ()}
        parts = []
        if missing.get("fields"):
            parts.append(self.tr("fields: %1").replace(
                "%1", ", ".join(names.get(str(n), str(n)) for n in missing["fields"])))
        if missing.get("documents"):
            parts.append(self.tr("documents: %1").replace(
                "%1", ", ".join(docs.get(str(c), str(c)) for c in missing["documents"])))
        active = self.application.get("status") in ("active", "suspended")
        self.missing.setVisible(bool(parts) and active)
        self.missing.setText(self.tr("Still needed to complete this stage — %1")
                             .replace("%1", "; ".join(parts)))

    def _view_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view_document_requested.emit(self.attachments.row_at(index.row()))

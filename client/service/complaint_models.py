"""Table models of the complaint and consultation pages. Deadlines, time left and risk come
from the server (``complaint_row.clock``); the list colours the row by that risk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from client.core.formats import local_time
from client.core.widgets.rows_model import AnyIndex, Column, Row, RowsModel
from client.work import terms

BREACHED_BG = QColor("#f6d3d1")
NEAR_BG = QColor("#fde5b4")
PAUSED_FG = QColor("#808080")
REPEAT_FG = QColor("#b71c1c")


def _t(text: str) -> str:
    return QCoreApplication.translate("ComplaintModels", text)


def clock_left(row: Row) -> str:
    clock = row.get("clock")
    if not clock:
        return ""
    return terms.time_left(clock.get("time_left_s"), "working")


def clock_risk(row: Row) -> str:
    clock = row.get("clock")
    return terms.risk_name(clock["risk"]) if clock else ""


def who(row: Row) -> str:
    if row.get("account_no"):
        return f"{row['account_no']}  {row.get('contact_name', '')}"
    return f"{row.get('contact_name', '')}  {row.get('contact_phone', '')}"


def repeat_mark(row: Row) -> str:
    return _t("Repeat") if row.get("repeat") else ""


def status_text(row: Row) -> str:
    text = str(row.get("status_name", ""))
    return f"{text} · {_t('paused')}" if row.get("paused") else text


class ComplaintsModel(RowsModel):
    """The complaint list, coloured by the most urgent open clock of each complaint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("reference", lambda: _t("No.")),
            Column("created_at", lambda: _t("Registered"), lambda r: local_time(r["created_at"])),
            Column("kind_name", lambda: _t("Kind")),
            Column("category_name", lambda: _t("Category")),
            Column("who", lambda: _t("Customer / caller"), who),
            Column("subject", lambda: _t("Subject")),
            Column("status", lambda: _t("Status"), status_text),
            Column("repeat", lambda: _t("Repeat"), repeat_mark),
            Column("step", lambda: _t("Next step"),
                   lambda r: (r.get("clock") or {}).get("step_name", "")),
            Column("left", lambda: _t("Time left"), clock_left, align_right=True),
            Column("risk", lambda: _t("Risk"), clock_risk),
            Column("assigned", lambda: _t("Assigned to"), lambda r: r.get("assigned_name")
                   or terms.role_name(r.get("assigned_role"))),
        ], parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            risk = (row.get("clock") or {}).get("risk")
            if role == Qt.ItemDataRole.BackgroundRole:
                if risk == "breached":
                    return QBrush(BREACHED_BG)
                if risk == "near":
                    return QBrush(NEAR_BG)
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                if self.columns[index.column()].key == "repeat" and row.get("repeat"):
                    return QBrush(REPEAT_FG)
                if risk == "paused":
                    return QBrush(PAUSED_FG)
                return None
        return super().data(index, role)

    def row_of(self, complaint_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == complaint_id), -1)


def items_model(parent: QObject | None = None) -> RowsModel:
    """The service-level clocks of one complaint (WorkItem rows)."""
    return RowsModel([
        Column("step_name", lambda: _t("Step")),
        Column("opened_at", lambda: _t("Opened"), lambda r: local_time(r["opened_at"])),
        Column("due_at", lambda: _t("Due"), lambda r: local_time(r.get("due_at"))),
        Column("left", lambda: _t("Time left"),
               lambda r: terms.time_left(r.get("time_left_s"), r.get("clock", "working")),
               align_right=True),
        Column("risk", lambda: _t("Risk"), lambda r: terms.risk_name(r["risk"])),
        Column("closed_at", lambda: _t("Finished"), lambda r: local_time(r.get("closed_at"))),
        Column("breached", lambda: _t("In time"), lambda r: "" if r.get("breached") is None
               else (_t("late") if r["breached"] else _t("yes"))),
    ], parent)


def history_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("at", lambda: _t("When"), lambda r: local_time(r["at"])),
        Column("action_name", lambda: _t("What")),
        Column("user", lambda: _t("By")),
        Column("note", lambda: _t("Note")),
    ], parent)


def others_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("reference", lambda: _t("No.")),
        Column("created_at", lambda: _t("Registered"), lambda r: local_time(r["created_at"])),
        Column("kind_name", lambda: _t("Kind")),
        Column("category_name", lambda: _t("Category")),
        Column("subject", lambda: _t("Subject")),
        Column("status_name", lambda: _t("Status")),
    ], parent)


def minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def consultations_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("created_at", lambda: _t("Time"), lambda r: local_time(r["created_at"])[11:]),
        Column("channel_name", lambda: _t("Channel")),
        Column("topic_name", lambda: _t("Topic")),
        Column("who", lambda: _t("Customer / caller"),
               lambda r: f"{r.get('account_no', '')}  {r.get('caller_name', '')}".strip()
               or r.get("caller_phone", "")),
        Column("question", lambda: _t("Question")),
        Column("answer", lambda: _t("Answer given")),
        Column("duration_s", lambda: _t("Duration"), lambda r: minutes(r["duration_s"]),
               align_right=True),
        Column("clerk", lambda: _t("Clerk")),
    ], parent)

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


translate = QCoreApplication.translate  # literal contexts: pyside6-lupdate extracts them


def clock_left(row: Row) -> str:
    clock = row.get("clock")
    if not clock:
        return ""
    return terms.time_left(clock.get("time_left_s"), "working")


def clock_risk(row: Row) -> str:
    clock = row.get("clock")
    return terms.risk_name(clock["risk"]) if clock else ""


def next_step(row: Row) -> str:
    """The running clock's step; without one, what the clerk does next."""
    clock = row.get("clock")
    if clock:
        return str(clock.get("step_name", ""))
    if row.get("status") == "replied":
        return translate("ComplaintModels", "Call back")
    if row.get("status") != "closed":
        return translate("ComplaintModels", "Close")
    return ""


def who(row: Row) -> str:
    if row.get("account_no"):
        return f"{row['account_no']}  {row.get('contact_name', '')}"
    return f"{row.get('contact_name', '')}  {row.get('contact_phone', '')}"


def repeat_mark(row: Row) -> str:
    return translate("ComplaintModels", "Repeat") if row.get("repeat") else ""


def status_text(row: Row) -> str:
    text = str(row.get("status_name", ""))
    if row.get("paused"):
        return text + " · " + translate("ComplaintModels", "paused")
    return text


class ComplaintsModel(RowsModel):
    """The complaint list, coloured by the most urgent open clock of each complaint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column("reference", lambda: translate("ComplaintModels", "No.")),
                Column(
                    "step",
                    lambda: translate("ComplaintModels", "Next step"),
                    next_step,
                ),
                Column(
                    "left",
                    lambda: translate("ComplaintModels", "Time left"),
                    clock_left,
                    align_right=True,
                ),
                Column("risk", lambda: translate("ComplaintModels", "Risk"), clock_risk),
                Column(
                    "created_at",
                    lambda: translate("ComplaintModels", "Registered"),
                    lambda r: local_time(r["created_at"]),
                ),
                Column("kind_name", lambda: translate("ComplaintModels", "Kind")),
                Column("category_name", lambda: translate("ComplaintModels", "Category")),
                Column("who", lambda: translate("ComplaintModels", "Customer / caller"), who),
                Column("subject", lambda: translate("ComplaintModels", "Subject")),
                Column("status", lambda: translate("ComplaintModels", "Status"), status_text),
                Column("repeat", lambda: translate("ComplaintModels", "Repeat"), repeat_mark),
                Column(
                    "assigned",
                    lambda: translate("ComplaintModels", "Assigned to"),
                    lambda r: r.get("assigned_name") or terms.role_name(r.get("assigned_role")),
                ),
            ],
            parent,
        )

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
    return RowsModel(
        [
            Column("step_name", lambda: translate("ComplaintModels", "Step")),
            Column(
                "opened_at",
                lambda: translate("ComplaintModels", "Opened"),
                lambda r: local_time(r["opened_at"]),
            ),
            Column(
                "due_at",
                lambda: translate("ComplaintModels", "Due"),
                lambda r: local_time(r.get("due_at")),
            ),
            Column(
                "left",
                lambda: translate("ComplaintModels", "Time left"),
                lambda r: terms.time_left(r.get("time_left_s"), r.get("clock", "working")),
                align_right=True,
            ),
            Column(
                "risk",
                lambda: translate("ComplaintModels", "Risk"),
                lambda r: terms.risk_name(r["risk"]),
            ),
            Column(
                "closed_at",
                lambda: translate("ComplaintModels", "Finished"),
                lambda r: local_time(r.get("closed_at")),
            ),
            Column(
                "breached",
                lambda: translate("ComplaintModels", "In time"),
                lambda r: (
                    ""
                    if r.get("breached") is None
                    else (
                        translate("ComplaintModels", "late")
                        if r["breached"]
                        else translate("ComplaintModels", "yes")
                    )
                ),
            ),
        ],
        parent,
    )


def history_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "at", lambda: translate("ComplaintModels", "When"), lambda r: local_time(r["at"])
            ),
            Column("action_name", lambda: translate("ComplaintModels", "What")),
            Column("user", lambda: translate("ComplaintModels", "By")),
            Column("note", lambda: translate("ComplaintModels", "Note")),
        ],
        parent,
    )


def others_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("reference", lambda: translate("ComplaintModels", "No.")),
            Column(
                "created_at",
                lambda: translate("ComplaintModels", "Registered"),
                lambda r: local_time(r["created_at"]),
            ),
            Column("kind_name", lambda: translate("ComplaintModels", "Kind")),
            Column("category_name", lambda: translate("ComplaintModels", "Category")),
            Column("subject", lambda: translate("ComplaintModels", "Subject")),
            Column("status_name", lambda: translate("ComplaintModels", "Status")),
        ],
        parent,
    )


def minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def consultations_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "created_at",
                lambda: translate("ComplaintModels", "Time"),
                lambda r: local_time(r["created_at"])[11:],
            ),
            Column("channel_name", lambda: translate("ComplaintModels", "Channel")),
            Column("topic_name", lambda: translate("ComplaintModels", "Topic")),
            Column(
                "who",
                lambda: translate("ComplaintModels", "Customer / caller"),
                lambda r: (
                    f"{r.get('account_no', '')}  {r.get('caller_name', '')}".strip()
                    or r.get("caller_phone", "")
                ),
            ),
            Column("question", lambda: translate("ComplaintModels", "Question")),
            Column("answer", lambda: translate("ComplaintModels", "Answer given")),
            Column(
                "duration_s",
                lambda: translate("ComplaintModels", "Duration"),
                lambda r: minutes(r["duration_s"]),
                align_right=True,
            ),
            Column("clerk", lambda: translate("ComplaintModels", "Clerk")),
        ],
        parent,
    )

"""Qt models and translated words of the application screens (no server calls here).

The server computes every deadline and how much time is left (contract work.WorkItem); these
models only show ``time_left_s`` and ``risk`` and colour them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from client.core.formats import local_time
from client.core.widgets.rows_model import AnyIndex, Column, Row, RowsModel

CONTEXT = "ApplicationModels"
DAY_S = 86_400  # a working day is a whole local day (appserver/work/calendar.py)

# Risk colours: breached red, near (or predicted to breach) amber, paused grey.
RISK_COLOURS = {"breached": QColor("#c62828"), "near": QColor("#b26a00"),
                "predicted": QColor("#b26a00"), "paused": QColor("#757575")}
RISK_BACKGROUNDS = {"breached": QColor("#fdecea"), "near": QColor("#fff4e0"),
                    "predicted": QColor("#fff4e0"), "paused": QColor("#f0f0f0")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _t(text: str) -> Any:
    return lambda: QCoreApplication.translate(CONTEXT, text)


# -- words for the server's codes ------------------------------------------------------------

def status_label(code: str) -> str:
    return {"active": _tr("Active"), "suspended": _tr("Suspended"),
            "completed": _tr("Completed"), "terminated": _tr("Terminated")}.get(code, code)


def risk_label(code: str) -> str:
    return {"paused": _tr("Paused"), "breached": _tr("Overdue"), "near": _tr("Due soon"),
            "predicted": _tr("Likely late"), "ok": _tr("On time")}.get(code, code)


def action_label(code: str) -> str:
    return {"register": _tr("Registered"), "advance": _tr("Stage completed"),
            "return": _tr("Returned"), "suspend": _tr("Suspended"), "resume": _tr("Resumed"),
            "terminate": _tr("Terminated"), "complete": _tr("Completed"),
            "attach": _tr("Document added"), "update": _tr("Fields updated")}.get(code, code)


def item_status_label(code: str) -> str:
    return {"open": _tr("Open"), "paused": _tr("Paused"), "done": _tr("Done"),
            "cancelled": _tr("Cancelled")}.get(code, code)


def workflow_status_label(code: str) -> str:
    return {"draft": _tr("Draft"), "approved": _tr("Approved"),
            "retired": _tr("Retired")}.get(code, code)


def duration(seconds: int) -> str:
    """Clock seconds as '2 d 3 h' or '3 h 20 min' (working days are whole days)."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, DAY_S)
    hours, rest = divmod(rest, 3600)
    if days:
        return _tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest // 60))


def time_left(row: Row) -> str:
    """What the server said is left: 'overdue 1 d 2 h', '3 d 4 h', 'paused' or the risk."""
    risk = str(row.get("risk") or "")
    if row.get("status") in ("completed", "terminated", "done", "cancelled"):
        return ""
    if risk == "paused" or row.get("status") in ("paused", "suspended"):
        return _tr("Paused")
    seconds = row.get("time_left_s")
    if seconds is None:
        return risk_label(risk) if risk else ""
    if int(seconds) < 0:
        return _tr("overdue %1").replace("%1", duration(int(seconds)))
    return duration(int(seconds))


def _yes(value: Any) -> str:
    return _tr("Yes") if value else ""


class RiskRowsModel(RowsModel):
    """Rows whose risk colours the cells of the risk columns (and the tooltip says why)."""

    def __init__(self, columns: list[Column], risk_columns: tuple[str, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.risk_columns = risk_columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and role in (Qt.ItemDataRole.ForegroundRole,
                                         Qt.ItemDataRole.BackgroundRole)
                and 0 <= index.row() < self.rowCount()
                and self.columns[index.column()].key in self.risk_columns):
            row = self.row_at(index.row())
            risk = "paused" if row.get("status") in ("paused", "suspended") else row.get("risk")
            table = RISK_COLOURS if role == Qt.ItemDataRole.ForegroundRole else RISK_BACKGROUNDS
            colour = table.get(str(risk))
            return QBrush(colour) if colour is not None else None
        if (index.isValid() and role == Qt.ItemDataRole.ToolTipRole
                and self.columns[index.column()].key in self.risk_columns):
            return risk_label(str(self.row_at(index.row()).get("risk") or ""))
        return super().data(index, role)


def applications_model(parent: QObject | None = None) -> RiskRowsModel:
    return RiskRowsModel([
        Column("app_no", _t("Number")),
        Column("type_name", _t("Type")),
        Column("applicant", _t("Applicant")),
        Column("account_no", _t("Account no.")),
        Column("stage_name", _t("Stage")),
        Column("status", _t("Status"), lambda r: status_label(str(r.get("status", "")))),
        Column("opened_at", _t("Opened"), lambda r: local_time(r.get("opened_at"))),
        Column("due_at", _t("Deadline"), lambda r: local_time(r.get("due_at"))),
        Column("time_left", _t("Time left"), time_left),
    ], ("time_left", "due_at"), parent)


def events_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("at", _t("When"), lambda r: local_time(r.get("at"))),
        Column("by", _t("By")),
        Column("action", _t("Action"), lambda r: action_label(str(r.get("action", "")))),
        Column("from_stage", _t("From stage"), lambda r: str(r.get("from_stage_name")
                                                            or r.get("from_stage") or "")),
        Column("to_stage", _t("To stage"), lambda r: str(r.get("to_stage_name")
                                                        or r.get("to_stage") or "")),
        Column("reason", _t("Reason")),
    ], parent)


def attachments_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("doc_name", _t("Document"), lambda r: str(r.get("doc_name")
                                                        or r.get("doc_type") or "")),
        Column("filename", _t("File")),
        Column("size", _t("Size (KB)"), lambda r: f"{(int(r.get('size') or 0) + 1023) // 1024}",
               align_right=True),
        Column("stage", _t("Stage"), lambda r: str(r.get("stage_name") or r.get("stage") or "")),
        Column("uploaded_by", _t("Added by")),
        Column("uploaded_at", _t("Added"), lambda r: local_time(r.get("uploaded_at"))),
    ], parent)


def items_model(parent: QObject | None = None) -> RiskRowsModel:
    return RiskRowsModel([
        Column("step_name", _t("Stage"), lambda r: str(r.get("step_name") or r.get("step"))),
        Column("status", _t("Status"), lambda r: item_status_label(str(r.get("status", "")))),
        Column("opened_at", _t("Opened"), lambda r: local_time(r.get("opened_at"))),
        Column("due_at", _t("Deadline"), lambda r: local_time(r.get("due_at"))),
        Column("time_left", _t("Time left"), time_left),
        Column("closed_at", _t("Closed"), lambda r: local_time(r.get("closed_at"))),
        Column("breached", _t("Breached"), lambda r: _yes(r.get("breached"))),
    ], ("time_left", "due_at", "breached"), parent)


def workflow_versions_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("name", _t("Business type")),
        Column("version", _t("Version"), align_right=True),
        Column("status", _t("Status"), lambda r: workflow_status_label(str(r.get("status")))),
        Column("created_by", _t("Author")),
        Column("created_at", _t("Drafted"), lambda r: local_time(r.get("created_at"))),
        Column("approved_by", _t("Approved by")),
        Column("approved_at", _t("Approved"), lambda r: local_time(r.get("approved_at"))),
    ], parent)


def stages_model(role_name: Any, parent: QObject | None = None) -> RowsModel:
    """The stages of a definition; ``role_name(code)`` names a role in the language shown."""
    return RowsModel([
        Column("code", _t("Code")),
        Column("name", _t("Stage")),
        Column("role", _t("Role"), lambda r: role_name(str(r.get("role", "")))),
        Column("days", _t("Working days"), align_right=True),
        Column("fields", _t("Required fields"), lambda r: ", ".join(r.get("fields") or ())),
        Column("documents", _t("Required documents"),
               lambda r: ", ".join(r.get("documents") or ())),
        Column("next", _t("Next"), lambda r: ", ".join(r.get("next") or ())),
    ], parent)

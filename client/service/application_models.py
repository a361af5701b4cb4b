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

DAY_S = 86_400  # a working day is a whole local day (appserver/work/calendar.py)

# Risk colours: breached red, near (or predicted to breach) amber, paused grey.
RISK_COLOURS = {
    "breached": QColor("#c62828"),
    "near": QColor("#b26a00"),
    "predicted": QColor("#b26a00"),
    "paused": QColor("#757575"),
}
RISK_BACKGROUNDS = {
    "breached": QColor("#fdecea"),
    "near": QColor("#fff4e0"),
    "predicted": QColor("#fff4e0"),
    "paused": QColor("#f0f0f0"),
}


translate = QCoreApplication.translate  # literal contexts and texts: lupdate reads them


# -- words for the server's codes ------------------------------------------------------------


def status_label(code: str) -> str:
    return {
        "active": translate("ApplicationModels", "Active"),
        "suspended": translate("ApplicationModels", "Suspended"),
        "completed": translate("ApplicationModels", "Completed"),
        "terminated": translate("ApplicationModels", "Terminated"),
    }.get(code, code)


def risk_label(code: str) -> str:
    return {
        "paused": translate("ApplicationModels", "Paused"),
        "breached": translate("ApplicationModels", "Overdue"),
        "near": translate("ApplicationModels", "Due soon"),
        "predicted": translate("ApplicationModels", "Likely late"),
        "ok": translate("ApplicationModels", "On time"),
    }.get(code, code)


def action_label(code: str) -> str:
    return {
        "register": translate("ApplicationModels", "Registered"),
        "advance": translate("ApplicationModels", "Stage completed"),
        "return": translate("ApplicationModels", "Returned"),
        "suspend": translate("ApplicationModels", "Suspended"),
        "resume": translate("ApplicationModels", "Resumed"),
        "terminate": translate("ApplicationModels", "Terminated"),
        "complete": translate("ApplicationModels", "Completed"),
        "attach": translate("ApplicationModels", "Document added"),
        "update": translate("ApplicationModels", "Fields updated"),
    }.get(code, code)


def role_label(code: str) -> str:
    """The role that works a stage (the roles stages are given to; others as their code)."""
    return {
        "counter_clerk": translate("ApplicationModels", "Counter clerk"),
        "service_engineer": translate("ApplicationModels", "Service engineer"),
        "metering_technician": translate("ApplicationModels", "Metering technician"),
        "office_head": translate("ApplicationModels", "Office head"),
        "reading_supervisor": translate("ApplicationModels", "Meter reading supervisor"),
        "manager": translate("ApplicationModels", "Manager"),
        "admin": translate("ApplicationModels", "Administrator"),
    }.get(code, code)


def item_status_label(code: str) -> str:
    return {
        "open": translate("ApplicationModels", "Open"),
        "paused": translate("ApplicationModels", "Paused"),
        "done": translate("ApplicationModels", "Done"),
        "cancelled": translate("ApplicationModels", "Cancelled"),
    }.get(code, code)


def workflow_status_label(code: str) -> str:
    return {
        "draft": translate("ApplicationModels", "Draft"),
        "approved": translate("ApplicationModels", "Approved"),
        "retired": translate("ApplicationModels", "Retired"),
    }.get(code, code)


def duration(seconds: int) -> str:
    """Clock seconds as '2 d 3 h' or '3 h 20 min' (working days are whole days)."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, DAY_S)
    hours, rest = divmod(rest, 3600)
    if days:
        return (
            translate("ApplicationModels", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    return (
        translate("ApplicationModels", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(rest // 60))
    )


def time_left(row: Row) -> str:
    """What the server said is left: 'overdue 1 d 2 h', '3 d 4 h', 'paused' or the risk."""
    risk = str(row.get("risk") or "")
    if row.get("status") in ("completed", "terminated", "done", "cancelled"):
        return ""
    if risk == "paused" or row.get("status") in ("paused", "suspended"):
        return translate("ApplicationModels", "Paused")
    seconds = row.get("time_left_s")
    if seconds is None:
        return risk_label(risk) if risk else ""
    if int(seconds) < 0:
        return translate("ApplicationModels", "overdue %1").replace("%1", duration(int(seconds)))
    return duration(int(seconds))


def _yes(value: Any) -> str:
    return translate("ApplicationModels", "Yes") if value else ""


class RiskRowsModel(RowsModel):
    """Rows whose risk colours the cells of the risk columns (and the tooltip says why)."""

    def __init__(
        self, columns: list[Column], risk_columns: tuple[str, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self.risk_columns = risk_columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)
            and 0 <= index.row() < self.rowCount()
            and self.columns[index.column()].key in self.risk_columns
        ):
            row = self.row_at(index.row())
            risk = "paused" if row.get("status") in ("paused", "suspended") else row.get("risk")
            table = RISK_COLOURS if role == Qt.ItemDataRole.ForegroundRole else RISK_BACKGROUNDS
            colour = table.get(str(risk))
            return QBrush(colour) if colour is not None else None
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ToolTipRole
            and self.columns[index.column()].key in self.risk_columns
        ):
            return risk_label(str(self.row_at(index.row()).get("risk") or ""))
        return super().data(index, role)


def applications_model(parent: QObject | None = None) -> RiskRowsModel:
    return RiskRowsModel(
        [
            Column("app_no", lambda: translate("ApplicationModels", "Number")),
            Column("type_name", lambda: translate("ApplicationModels", "Type")),
            Column("applicant", lambda: translate("ApplicationModels", "Applicant")),
            Column("stage_name", lambda: translate("ApplicationModels", "Stage")),
            Column(
                "status",
                lambda: translate("ApplicationModels", "Status"),
                lambda r: status_label(str(r.get("status", ""))),
            ),
            Column(
                "opened_at",
                lambda: translate("ApplicationModels", "Opened"),
                lambda r: local_time(r.get("opened_at"))[:10],  # the day is enough here
            ),
            Column(
                "due_at",
                lambda: translate("ApplicationModels", "Whole process due"),
                lambda r: local_time(r.get("due_at")),
            ),
            # The risk is the current stage's clock (the whole-process date is not coloured).
            Column("time_left", lambda: translate("ApplicationModels", "This stage"), time_left),
        ],
        ("time_left",),
        parent,
    )


def events_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "at",
                lambda: translate("ApplicationModels", "When"),
                lambda r: local_time(r.get("at")),
            ),
            Column("by", lambda: translate("ApplicationModels", "By")),
            Column(
                "action",
                lambda: translate("ApplicationModels", "Action"),
                lambda r: action_label(str(r.get("action", ""))),
            ),
            Column(
                "from_stage",
                lambda: translate("ApplicationModels", "From stage"),
                lambda r: str(r.get("from_stage_name") or r.get("from_stage") or ""),
            ),
            Column(
                "to_stage",
                lambda: translate("ApplicationModels", "To stage"),
                lambda r: str(r.get("to_stage_name") or r.get("to_stage") or ""),
            ),
            Column("reason", lambda: translate("ApplicationModels", "Reason or details")),
        ],
        parent,
    )


def attachments_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "doc_name",
                lambda: translate("ApplicationModels", "Document"),
                lambda r: str(r.get("doc_name") or r.get("doc_type") or ""),
            ),
            Column("filename", lambda: translate("ApplicationModels", "File")),
            Column(
                "size",
                lambda: translate("ApplicationModels", "Size (KB)"),
                lambda r: f"{(int(r.get('size') or 0) + 1023) // 1024}",
                align_right=True,
            ),
            Column(
                "stage",
                lambda: translate("ApplicationModels", "Stage"),
                lambda r: str(r.get("stage_name") or r.get("stage") or ""),
            ),
            Column("uploaded_by", lambda: translate("ApplicationModels", "Added by")),
            Column(
                "uploaded_at",
                lambda: translate("ApplicationModels", "Added"),
                lambda r: local_time(r.get("uploaded_at")),
            ),
        ],
        parent,
    )


def items_model(parent: QObject | None = None) -> RiskRowsModel:
    return RiskRowsModel(
        [
            Column(
                "step_name",
                lambda: translate("ApplicationModels", "Stage"),
                lambda r: str(r.get("step_name") or r.get("step")),
            ),
            Column(
                "status",
                lambda: translate("ApplicationModels", "Status"),
                lambda r: item_status_label(str(r.get("status", ""))),
            ),
            Column(
                "opened_at",
                lambda: translate("ApplicationModels", "Opened"),
                lambda r: local_time(r.get("opened_at")),
            ),
            Column(
                "due_at",
                lambda: translate("ApplicationModels", "Deadline"),
                lambda r: local_time(r.get("due_at")),
            ),
            Column("time_left", lambda: translate("ApplicationModels", "Time left"), time_left),
            Column(
                "closed_at",
                lambda: translate("ApplicationModels", "Closed"),
                lambda r: local_time(r.get("closed_at")),
            ),
            Column(
                "breached",
                lambda: translate("ApplicationModels", "Breached"),
                lambda r: _yes(r.get("breached")),
            ),
        ],
        ("time_left", "due_at"),
        parent,
    )


def workflow_versions_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("name", lambda: translate("ApplicationModels", "Business type")),
            Column("version", lambda: translate("ApplicationModels", "Version"), align_right=True),
            Column(
                "status",
                lambda: translate("ApplicationModels", "Status"),
                lambda r: workflow_status_label(str(r.get("status"))),
            ),
            Column(
                "created_by",
                lambda: translate("ApplicationModels", "Author"),
                lambda r: str(r.get("created_by") or translate("ApplicationModels", "shipped")),
            ),
            Column(
                "created_at",
                lambda: translate("ApplicationModels", "Drafted"),
                lambda r: local_time(r.get("created_at")),
            ),
            Column(
                "approved_by",
                lambda: translate("ApplicationModels", "Approved by"),
                lambda r: str(r.get("approved_by") or (
                    translate("ApplicationModels", "shipped") if r.get("approved_at") else "")),
            ),
            Column(
                "approved_at",
                lambda: translate("ApplicationModels", "Approved on"),
                lambda r: local_time(r.get("approved_at")),
            ),
        ],
        parent,
    )


def stages_model(parent: QObject | None = None) -> RowsModel:
    """The stages of a definition; "next", "documents" and "fields" name what they list
    (``*_names`` keys set by the page, else the codes). Fields come last: the column that
    stretches and wraps."""

    def names(key: str) -> Any:
        return lambda r: ", ".join(r.get(f"{key}_names") or r.get(key) or ())

    return RowsModel(
        [
            Column("code", lambda: translate("ApplicationModels", "Code")),
            Column("name", lambda: translate("ApplicationModels", "Stage")),
            Column(
                "role",
                lambda: translate("ApplicationModels", "Role"),
                lambda r: role_label(str(r.get("role", ""))),
            ),
            Column(
                "days", lambda: translate("ApplicationModels", "Working days"), align_right=True
            ),
            Column("next", lambda: translate("ApplicationModels", "Next"), names("next")),
            Column(
                "documents",
                lambda: translate("ApplicationModels", "Required documents"),
                names("documents"),
            ),
            Column(
                "fields", lambda: translate("ApplicationModels", "Required fields"), names("fields")
            ),
        ],
        parent,
    )

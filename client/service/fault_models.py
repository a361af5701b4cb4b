"""Fault repair's translated labels and table models: the board (with a live countdown between
server refreshes, coloured by risk), a ticket's reports, its timeline, its work items, crews.

The countdown only subtracts the seconds since the rows arrived from the server's
``time_left_s``; deadlines and risk are the server's (refreshed every 30 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from client.core.formats import local_time
from client.core.widgets.rows_model import AnyIndex, Column, Row, RowsModel

translate = QCoreApplication.translate  # lupdate reads translate("FaultTerms", "…")


def area_classes() -> dict[str, str]:
    return {
        "urban": translate("FaultTerms", "Urban"),
        "rural": translate("FaultTerms", "Rural"),
        "remote": translate("FaultTerms", "Remote"),
    }


def fault_kinds() -> dict[str, str]:
    return {
        "no_power": translate("FaultTerms", "No power"),
        "partial_power": translate("FaultTerms", "Partial power"),
        "voltage_quality": translate("FaultTerms", "Voltage quality"),
        "dangerous": translate("FaultTerms", "Dangerous situation"),
        "meter_fault": translate("FaultTerms", "Meter fault"),
        "other": translate("FaultTerms", "Other"),
    }


def priorities() -> dict[str, str]:
    return {
        "normal": translate("FaultTerms", "Normal"),
        "high": translate("FaultTerms", "High"),
        "urgent": translate("FaultTerms", "Urgent"),
    }


def channels() -> dict[str, str]:
    return {
        "counter": translate("FaultTerms", "Counter"),
        "phone": translate("FaultTerms", "Phone"),
    }


def statuses() -> dict[str, str]:
    return {
        "open": translate("FaultTerms", "Waiting for dispatch"),
        "dispatched": translate("FaultTerms", "Dispatched"),
        "arrived": translate("FaultTerms", "Crew on site"),
        "restored": translate("FaultTerms", "Restored"),
        "closed": translate("FaultTerms", "Closed"),
        "cancelled": translate("FaultTerms", "Cancelled"),
    }


def report_statuses() -> dict[str, str]:
    return {
        "open": translate("FaultTerms", "Open"),
        "closed": translate("FaultTerms", "Closed"),
        "cancelled": translate("FaultTerms", "Cancelled"),
    }


def steps() -> dict[str, str]:
    return {
        "arrival": translate("FaultTerms", "Arrival"),
        "restoration": translate("FaultTerms", "Restoration"),
    }


def risks() -> dict[str, str]:
    return {
        "breached": translate("FaultTerms", "Breached"),
        "near": translate("FaultTerms", "Near breach"),
        "predicted": translate("FaultTerms", "Predicted late"),
        "ok": translate("FaultTerms", "On time"),
        "paused": translate("FaultTerms", "Paused"),
    }


def events() -> dict[str, str]:
    return {
        "opened": translate("FaultTerms", "Ticket opened"),
        "joined": translate("FaultTerms", "Report joined"),
        "dispatched": translate("FaultTerms", "Crew dispatched"),
        "arrived": translate("FaultTerms", "Crew arrived"),
        "restored": translate("FaultTerms", "Supply restored"),
        "closed": translate("FaultTerms", "Ticket closed"),
        "moved_in": translate("FaultTerms", "Report moved in"),
        "moved_out": translate("FaultTerms", "Report moved out"),
        "merged": translate("FaultTerms", "Ticket merged in"),
        "cancelled": translate("FaultTerms", "Ticket cancelled"),
        "corrected": translate("FaultTerms", "Time corrected"),
    }


def cancel_reasons() -> dict[str, str]:
    return {
        "duplicate": translate("FaultTerms", "Duplicate report"),
        "false_report": translate("FaultTerms", "False report"),
        "other": translate("FaultTerms", "Other"),
    }


def label(table: Callable[[], dict[str, str]], key: str) -> Callable[[Row], str]:
    return lambda row: table().get(str(row.get(key) or ""), str(row.get(key) or ""))


def duration(seconds: int) -> str:
    """A time left as '38 min' / '2 h 05 min'; overdue as 'overdue 12 min'."""
    minutes = abs(seconds) // 60
    text = (
        translate("FaultTerms", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
        if minutes >= 60
        else translate("FaultTerms", "%1 min").replace("%1", str(minutes))
    )
    return text if seconds >= 0 else translate("FaultTerms", "overdue %1").replace("%1", text)


RISK_COLOURS = {
    "breached": QColor("#f4c7c3"),
    "near": QColor("#fde3b0"),
    "predicted": QColor("#fff4c2"),
}


class BoardModel(RowsModel):
    """The open tickets: time left counts down locally between server refreshes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column("reference", lambda: translate("FaultTerms", "Ticket")),
                Column(
                    "time_left_s",
                    lambda: translate("FaultTerms", "Time left"),
                    self._left,
                    align_right=True,
                ),
                Column("step", lambda: translate("FaultTerms", "Clock"), label(steps, "step")),
                Column(
                    "status", lambda: translate("FaultTerms", "Status"), label(statuses, "status")
                ),
                Column(
                    "area_class",
                    lambda: translate("FaultTerms", "Area"),
                    label(area_classes, "area_class"),
                ),
                Column(
                    "priority",
                    lambda: translate("FaultTerms", "Priority"),
                    label(priorities, "priority"),
                ),
                Column(
                    "report_count", lambda: translate("FaultTerms", "Reports"), align_right=True
                ),
                Column("transformer_area", lambda: translate("FaultTerms", "Transformer area")),
                Column("crew_name", lambda: translate("FaultTerms", "Crew")),
                Column(
                    "first_reported_at",
                    lambda: translate("FaultTerms", "First report"),
                    lambda r: local_time(r.get("first_reported_at")),
                ),
                Column("title", lambda: translate("FaultTerms", "Place")),
            ],
            parent,
        )
        self._fetched = time.monotonic()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._fetched = time.monotonic()
        super().set_rows(rows)

    def seconds_left(self, row: Row) -> int | None:
        left = row.get("time_left_s")
        if left is None:
            return None
        return int(left) - int(time.monotonic() - self._fetched)

    def _left(self, row: Row) -> str:
        left = self.seconds_left(row)
        return "" if left is None else duration(left)

    def tick(self) -> None:
        """Repaint the countdown column (once a second)."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 1), self.index(self.rowCount() - 1, 1), [Qt.ItemDataRole.DisplayRole]
            )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            left = self.seconds_left(row)
            risk = "breached" if left is not None and left < 0 else row.get("risk")
            colour = RISK_COLOURS.get(str(risk))
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


def reports_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("reference", lambda: translate("FaultTerms", "Report")),
            Column(
                "reported_at",
                lambda: translate("FaultTerms", "Reported at"),
                lambda r: local_time(r.get("reported_at")),
            ),
            Column(
                "channel", lambda: translate("FaultTerms", "Channel"), label(channels, "channel")
            ),
            Column(
                "kind", lambda: translate("FaultTerms", "Fault type"), label(fault_kinds, "kind")
            ),
            Column("caller_name", lambda: translate("FaultTerms", "Caller")),
            Column("caller_phone", lambda: translate("FaultTerms", "Phone")),
            Column("account_no", lambda: translate("FaultTerms", "Account")),
            Column(
                "status",
                lambda: translate("FaultTerms", "Status"),
                label(report_statuses, "status"),
            ),
            Column("description", lambda: translate("FaultTerms", "Description")),
        ],
        parent,
    )


def timeline_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "at", lambda: translate("FaultTerms", "Time"), lambda r: local_time(r.get("at"))
            ),
            Column("kind", lambda: translate("FaultTerms", "Event"), label(events, "kind")),
            Column("user_name", lambda: translate("FaultTerms", "By")),
            Column(
                "recorded_at",
                lambda: translate("FaultTerms", "Recorded at"),
                lambda r: local_time(r.get("recorded_at")),
            ),
            Column("detail", lambda: translate("FaultTerms", "Detail"), _detail),
        ],
        parent,
    )


def _detail(row: Row) -> str:
    detail = str(row.get("detail") or "")
    return fault_kinds().get(detail, detail)


def items_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("step_name", lambda: translate("FaultTerms", "Commitment")),
            Column(
                "budget_s",
                lambda: translate("FaultTerms", "Allowed"),
                lambda r: duration(int(r["budget_s"])),
            ),
            Column(
                "opened_at",
                lambda: translate("FaultTerms", "Started"),
                lambda r: local_time(r.get("opened_at")),
            ),
            Column(
                "due_at",
                lambda: translate("FaultTerms", "Due"),
                lambda r: local_time(r.get("due_at")),
            ),
            Column(
                "closed_at",
                lambda: translate("FaultTerms", "Ended"),
                lambda r: local_time(r.get("closed_at")),
            ),
            Column("risk", lambda: translate("FaultTerms", "Result"), _verdict),
        ],
        parent,
    )


def _verdict(row: Row) -> str:
    if row.get("status") == "cancelled":
        return statuses()["cancelled"]
    if row.get("status") == "done":
        return (
            translate("FaultTerms", "Late")
            if row.get("breached")
            else translate("FaultTerms", "Kept")
        )
    left = row.get("time_left_s")
    prefix = risks().get(str(row.get("risk")), "")
    return f"{prefix} · {duration(int(left))}" if left is not None else prefix


def crews_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("name", lambda: translate("FaultTerms", "Crew")),
            Column("phone", lambda: translate("FaultTerms", "Phone")),
            Column("members", lambda: translate("FaultTerms", "Members")),
            Column("area_served", lambda: translate("FaultTerms", "Area served")),
            Column(
                "active",
                lambda: translate("FaultTerms", "Active"),
                lambda r: (
                    translate("FaultTerms", "Yes")
                    if r.get("active")
                    else translate("FaultTerms", "No")
                ),
            ),
        ],
        parent,
    )

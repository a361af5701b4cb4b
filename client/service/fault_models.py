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


def _t(text: str) -> str:
    return QCoreApplication.translate("FaultTerms", text)


def area_classes() -> dict[str, str]:
    return {"urban": _t("Urban"), "rural": _t("Rural"), "remote": _t("Remote")}


def fault_kinds() -> dict[str, str]:
    return {"no_power": _t("No power"), "partial_power": _t("Partial power"),
            "voltage_quality": _t("Voltage quality"),
            "dangerous": _t("Dangerous situation"), "meter_fault": _t("Meter fault"),
            "other": _t("Other")}


def priorities() -> dict[str, str]:
    return {"normal": _t("Normal"), "high": _t("High"), "urgent": _t("Urgent")}


def channels() -> dict[str, str]:
    return {"counter": _t("Counter"), "phone": _t("Phone")}


def statuses() -> dict[str, str]:
    return {"open": _t("Waiting for dispatch"), "dispatched": _t("Dispatched"),
            "arrived": _t("Crew on site"), "restored": _t("Restored"), "closed": _t("Closed"),
            "cancelled": _t("Cancelled")}


def report_statuses() -> dict[str, str]:
    return {"open": _t("Open"), "closed": _t("Closed"), "cancelled": _t("Cancelled")}


def steps() -> dict[str, str]:
    return {"arrival": _t("Arrival"), "restoration": _t("Restoration")}


def risks() -> dict[str, str]:
    return {"breached": _t("Breached"), "near": _t("Near breach"),
            "predicted": _t("Predicted late"), "ok": _t("On time"), "paused": _t("Paused")}


def events() -> dict[str, str]:
    return {"opened": _t("Ticket opened"), "joined": _t("Report joined"),
            "dispatched": _t("Crew dispatched"), "arrived": _t("Crew arrived"),
            "restored": _t("Supply restored"), "closed": _t("Ticket closed"),
            "moved_in": _t("Report moved in"), "moved_out": _t("Report moved out"),
            "merged": _t("Ticket merged in"), "cancelled": _t("Ticket cancelled"),
            "corrected": _t("Time corrected")}


def cancel_reasons() -> dict[str, str]:
    return {"duplicate": _t("Duplicate report"), "false_report": _t("False report"),
            "other": _t("Other")}


def label(table: Callable[[], dict[str, str]], key: str) -> Callable[[Row], str]:
    return lambda row: table().get(str(row.get(key) or ""), str(row.get(key) or ""))


def duration(seconds: int) -> str:
    """A time left as '38 min' / '2 h 05 min'; overdue as 'overdue 12 min'."""
    minutes = abs(seconds) // 60
    text = (_t("%1 h %2 min").replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}") if minutes >= 60
            else _t("%1 min").replace("%1", str(minutes)))
    return text if seconds >= 0 else _t("overdue %1").replace("%1", text)


RISK_COLOURS = {"breached": QColor("#f4c7c3"), "near": QColor("#fde3b0"),
                "predicted": QColor("#fff4c2")}


class BoardModel(RowsModel):
    """The open tickets: time left counts down locally between server refreshes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("reference", lambda: _t("Ticket")),
            Column("time_left_s", lambda: _t("Time left"), self._left, align_right=True),
            Column("step", lambda: _t("Clock"), label(steps, "step")),
            Column("status", lambda: _t("Status"), label(statuses, "status")),
            Column("area_class", lambda: _t("Area"), label(area_classes, "area_class")),
            Column("priority", lambda: _t("Priority"), label(priorities, "priority")),
            Column("report_count", lambda: _t("Reports"), align_right=True),
            Column("transformer_area", lambda: _t("Transformer area")),
            Column("crew_name", lambda: _t("Crew")),
            Column("first_reported_at", lambda: _t("First report"),
                   lambda r: local_time(r.get("first_reported_at"))),
            Column("title", lambda: _t("Place")),
        ], parent)
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
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            left = self.seconds_left(row)
            risk = "breached" if left is not None and left < 0 else row.get("risk")
            colour = RISK_COLOURS.get(str(risk))
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


def reports_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("reference", lambda: _t("Report")),
        Column("reported_at", lambda: _t("Reported at"),
               lambda r: local_time(r.get("reported_at"))),
        Column("channel", lambda: _t("Channel"), label(channels, "channel")),
        Column("kind", lambda: _t("Fault type"), label(fault_kinds, "kind")),
        Column("caller_name", lambda: _t("Caller")),
        Column("caller_phone", lambda: _t("Phone")),
        Column("account_no", lambda: _t("Account")),
        Column("status", lambda: _t("Status"), label(report_statuses, "status")),
        Column("description", lambda: _t("Description")),
    ], parent)


def timeline_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("at", lambda: _t("Time"), lambda r: local_time(r.get("at"))),
        Column("kind", lambda: _t("Event"), label(events, "kind")),
        Column("user_name", lambda: _t("By")),
        Column("recorded_at", lambda: _t("Recorded at"),
               lambda r: local_time(r.get("recorded_at"))),
        Column("detail", lambda: _t("Detail"), _detail),
    ], parent)


def _detail(row: Row) -> str:
    detail = str(row.get("detail") or "")
    return fault_kinds().get(detail, detail)


def items_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("step_name", lambda: _t("Commitment")),
        Column("budget_s", lambda: _t("Allowed"), lambda r: duration(int(r["budget_s"]))),
        Column("opened_at", lambda: _t("Started"), lambda r: local_time(r.get("opened_at"))),
        Column("due_at", lambda: _t("Due"), lambda r: local_time(r.get("due_at"))),
        Column("closed_at", lambda: _t("Ended"), lambda r: local_time(r.get("closed_at"))),
        Column("risk", lambda: _t("Result"), _verdict),
    ], parent)


def _verdict(row: Row) -> str:
    if row.get("status") == "cancelled":
        return statuses()["cancelled"]
    if row.get("status") == "done":
        return _t("Late") if row.get("breached") else _t("Kept")
    left = row.get("time_left_s")
    prefix = risks().get(str(row.get("risk")), "")
    return f"{prefix} · {duration(int(left))}" if left is not None else prefix


def crews_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("name", lambda: _t("Crew")),
        Column("phone", lambda: _t("Phone")),
        Column("members", lambda: _t("Members")),
        Column("area_served", lambda: _t("Area served")),
        Column("active", lambda: _t("Active"),
               lambda r: _t("Yes") if r.get("active") else _t("No")),
    ], parent)


"""The to-do table: work items coloured by risk, with the time left counted down live.

The server is the authority on deadlines and risk: ``time_left_s`` is computed there on the
working-day calendar. Between two refreshes (every minute, or F5) the model only counts the
server's figure down for the eye — every second for round-the-clock clocks, every whole minute
for working-day clocks (and not at all on a day off, when a working clock stands still).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPixmap

from client.core.formats import local_time
from client.core.widgets.rows_model import AnyIndex, Column, Row, RowsModel
from client.work import terms

CONTEXT = "WorkColumns"

BREACHED_BG = QColor("#f6d3d1")
NEAR_BG = QColor("#fde5b4")
PAUSED_FG = QColor("#808080")
MARKERS = {
    "breached": "#c62828",
    "near": "#ef8f00",
    "predicted": "#5c6bc0",
    "paused": "#9e9e9e",
    "ok": "#43a047",
}

TimeSource = Callable[[], float]

translate = QCoreApplication.translate


def assignee(row: Row) -> str:
    return str(row.get("assigned_user_name") or "") or terms.role_name(row.get("assigned_role"))


def work_name(row: Row) -> str:
    return f"{row.get('type_name') or ''} · {row.get('step_name') or ''}"


def deadline(row: Row) -> str:
    return local_time(row.get("due_at")) if row.get("status") == "open" else ""


def item_columns(live_left: Callable[[Row], str], live_risk: Callable[[Row], str]) -> list[Column]:
    """The columns of a work item list (to-do and the dashboard's drill-down)."""
    return [
        Column("reference", lambda: translate("WorkColumns", "Reference")),
        # who or what it is about comes second: a long address is cut (the tooltip has it all)
        Column("title", lambda: translate("WorkColumns", "Customer / subject")),
        Column("work", lambda: translate("WorkColumns", "Type · step"), work_name),
        Column("due_at", lambda: translate("WorkColumns", "Deadline"), deadline),
        Column(
            "time_left_s",
            lambda: translate("WorkColumns", "Time left"),
            live_left,
            align_right=True,
        ),
        Column("risk", lambda: translate("WorkColumns", "Status"), live_risk),
        Column("assigned", lambda: translate("WorkColumns", "Assigned to"), assignee),
    ]


def risk_text(row: Row, risk: str) -> str:
    text = terms.risk_name(risk)
    if risk == "paused" and row.get("pause_reason"):
        text = f"{text} · {row['pause_reason']}"
    if row.get("escalated_at"):
        text = translate("WorkColumns", "{risk} · escalated").format(risk=text)
    if row.get("status") in ("done", "cancelled"):
        text = terms.risk_name("breached" if row.get("breached") else "ok")
    return text


def _warning_reserve(row: Row) -> int:
    """Clock seconds between the warning and the deadline of a round-the-clock item (-1: not
    known; a working-day clock's reserve depends on the calendar, the next refresh shows it)."""
    if row.get("clock") != "continuous" or not row.get("warn_at") or not row.get("due_at"):
        return -1
    due = datetime.fromisoformat(str(row["due_at"]))
    warn = datetime.fromisoformat(str(row["warn_at"]))
    return int((due - warn).total_seconds())


class WorkItemsModel(RowsModel):
    """Rows: WorkItem dicts of ``appserver.contract.work``.

    ``now`` is the time source of the live countdown (monotonic seconds; tests pass a fake).
    """

    def __init__(self, parent: QObject | None = None, now: TimeSource = time.monotonic) -> None:
        super().__init__(item_columns(self._left_text, self._risk_text), parent)
        self.now = now
        self.working_today = True  # set from the calendar: a working clock stands still else
        self._fetched_at = now()
        self._shown: list[str] = []
        self._markers: dict[str, QPixmap] = {}
        self.left_column = next(i for i, c in enumerate(self.columns) if c.key == "time_left_s")

    def set_rows(self, rows: Any) -> None:
        self._fetched_at = self.now()
        super().set_rows(rows)
        self._shown = [self._left_text(r) for r in self.rows]

    def append_rows(self, rows: Any) -> None:
        super().append_rows(rows)
        self._shown = [self._left_text(r) for r in self.rows]

    # -- the live countdown (display only: the server is the authority) -------------------

    def live_left(self, row: Row) -> int | None:
        left = row.get("time_left_s")
        if left is None or row.get("status") != "open":
            return left  # paused clocks stand still; finished items have none
        elapsed = max(0.0, self.now() - self._fetched_at)
        if row.get("clock") == "continuous":
            return int(left) - int(elapsed)
        if not self.working_today:
            return int(left)
        return int(left) - int(elapsed // 60) * 60

    def live_risk(self, row: Row) -> str:
        left = self.live_left(row)
        risk = str(row.get("risk") or "ok")
        if row.get("status") != "open" or left is None:
            return risk
        if left < 0:
            return "breached"  # crossed its deadline since the last refresh
        if risk in ("ok", "predicted") and left <= _warning_reserve(row):
            return "near"  # a repair crew's minutes: amber as soon as the warning is due
        return risk

    def _left_text(self, row: Row) -> str:
        return terms.time_left(self.live_left(row), str(row.get("clock") or "working"))

    def _risk_text(self, row: Row) -> str:
        return risk_text(row, self.live_risk(row))

    def tick(self) -> None:
        """Redraw the rows whose shown time left changed since the last tick."""
        changed = []
        for index, row in enumerate(self.rows):
            text = self._left_text(row)
            if index < len(self._shown) and self._shown[index] != text:
                self._shown[index] = text
                changed.append(index)
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1)
            )

    # -- colours ----------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(self.row_at(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.row_at(index.row()).get("status") == "paused":
                return QBrush(PAUSED_FG)
            return None
        if role == Qt.ItemDataRole.DecorationRole and self.columns[index.column()].key == "risk":
            return self._marker(self.live_risk(self.row_at(index.row())))
        if role == Qt.ItemDataRole.FontRole and self.columns[index.column()].key == "reference":
            if self.row_at(index.row()).get("escalated_at"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)

    def _background(self, row: Row) -> QBrush | None:
        risk = self.live_risk(row)
        if row.get("status") != "open":
            return None
        if risk == "breached":
            return QBrush(BREACHED_BG)
        if risk == "near":
            return QBrush(NEAR_BG)
        return None

    def _marker(self, risk: str) -> QPixmap:
        """A small dot in the status column: the subtle mark of a predicted breach."""
        if risk not in self._markers:
            pixmap = QPixmap(10, 10)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MARKERS.get(risk, MARKERS["ok"])))
            painter.drawEllipse(1, 1, 8, 8)
            painter.end()
            self._markers[risk] = pixmap
        return self._markers[risk]

    def row_index(self, item_id: int) -> QModelIndex:
        for number, row in enumerate(self.rows):
            if row.get("id") == item_id:
                return self.index(number, 0)
        return QModelIndex()

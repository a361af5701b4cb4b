"""The keyboard-entry grid: the plan's points with their last reading and expected range, and
one editable column per register; a typed total outside the expected range is highlighted
before anything is saved."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from client.metering import labels as M

AnyIndex = QModelIndex | QPersistentModelIndex
REGISTER_ORDER = (
    "total",
    "peak",
    "flat",
    "valley",
    "critical_peak",
    "deep_valley",
    "reactive",
    "max_demand",
)
NUMBER_RE = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,2})?$")
FIXED = ("sequence", "account_no", "customer_name", "serial", "last", "range")
OUT_OF_RANGE = QColor("#f8d7da")
SAVED_FLAGGED = QColor("#fff3cd")
SAVED_OK = QColor("#d1e7dd")


class EntryModel(QAbstractTableModel):
    """Rows are the entry sheet's points; ``typed`` holds what the user typed per register."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.registers: list[str] = ["total"]
        self.typed: list[dict[str, str]] = []
        self.verdicts: dict[int, dict[str, Any]] = {}

    # -- feeding ------------------------------------------------------------------------

    def set_sheet(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        present = {r for row in rows for r in row["registers"]}
        self.registers = [r for r in REGISTER_ORDER if r in present] or ["total"]
        self.typed = [{} for _ in rows]
        self.verdicts = {}
        self.endResetModel()

    def set_verdicts(self, verdicts: list[dict[str, Any]]) -> None:
        for v in verdicts:
            self.verdicts[int(v["metering_point_id"])] = v
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    def entered_rows(self) -> list[dict[str, Any]]:
        """What to save: rows with a typed total, values as typed."""
        out = []
        for row, typed in zip(self.rows, self.typed, strict=True):
            values = {k: v for k, v in typed.items() if v}
            if values.get("total"):
                out.append({"metering_point_id": row["metering_point_id"], "registers": values})
        return out

    def invalid_count(self) -> int:
        return sum(
            1 for typed in self.typed for v in typed.values() if v and not NUMBER_RE.match(v)
        )

    def out_of_range(self, row: int) -> bool:
        text = self.typed[row].get("total", "")
        low, high = self.rows[row].get("expected_low"), self.rows[row].get("expected_high")
        if not text or not NUMBER_RE.match(text) or not low or not high:
            return False
        return not Decimal(low) <= Decimal(text) <= Decimal(high)

    def register_of(self, column: int) -> str | None:
        k = column - len(FIXED)
        return self.registers[k] if 0 <= k < len(self.registers) else None

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.registers) + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        register = self.register_of(index.column())
        if register and register in self.rows[index.row()]["registers"]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        register = self.register_of(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if register:
                return self.typed[row].get(register, "")
            return self._fixed_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, register)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, register)
        if role == Qt.ItemDataRole.TextAlignmentRole and (register or column in (0, 4)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        register = self.register_of(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or register is None:
            return False
        self.typed[index.row()][register] = str(value).strip()
        self.verdicts.pop(int(self.rows[index.row()]["metering_point_id"]), None)
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [
            QCoreApplication.translate("MeteringEntry", "Seq."),
            QCoreApplication.translate("MeteringEntry", "Account"),
            QCoreApplication.translate("MeteringEntry", "Name"),
            QCoreApplication.translate("MeteringEntry", "Meter"),
            QCoreApplication.translate("MeteringEntry", "Last total"),
            QCoreApplication.translate("MeteringEntry", "Expected range"),
        ]
        titles += [M.register(r) for r in self.registers] + [
            QCoreApplication.translate("MeteringEntry", "Result")
        ]
        return titles[section] if 0 <= section < len(titles) else None

    # -- cells ----------------------------------------------------------------------------

    def _fixed_text(self, row: int, column: int) -> str:
        r = self.rows[row]
        if column == len(FIXED) + len(self.registers):
            return self._verdict_text(row)
        key = FIXED[column]
        if key == "last":
            last = r.get("last") or {}
            return (
                f"{(last.get('registers') or {}).get('total', '')} {M.estimated_mark(last)}".strip()
            )
        if key == "range":
            return f"{r['expected_low']} – {r['expected_high']}" if r.get("expected_low") else ""
        return str(r.get(key, ""))

    def _verdict_text(self, row: int) -> str:
        v = self.verdicts.get(int(self.rows[row]["metering_point_id"]))
        if v is None:
            return ""
        if v.get("rejected"):
            return M.reject_reason(str(v["rejected"]))
        text = M.reading_status(v.get("status"))
        return f"{text} ({M.flags(v['flags'])})" if v.get("flags") else text

    def _background(self, row: int, register: str | None) -> Any:
        if register:
            text = self.typed[row].get(register, "")
            if text and not NUMBER_RE.match(text):
                return QBrush(OUT_OF_RANGE)
            if register == "total" and self.out_of_range(row):
                return QBrush(OUT_OF_RANGE)
            return None
        v = self.verdicts.get(int(self.rows[row]["metering_point_id"]))
        if v is None:
            return None
        return QBrush(SAVED_OK if v.get("status") == "valid" else SAVED_FLAGGED)

    def _tooltip(self, row: int, register: str | None) -> str | None:
        if register == "total" and self.out_of_range(row):
            return QCoreApplication.translate(
                "MeteringEntry", "Outside the expected range for this read"
            )
        if (
            register
            and self.typed[row].get(register)
            and not NUMBER_RE.match(self.typed[row][register])
        ):
            return QCoreApplication.translate(
                "MeteringEntry", "Type a number with at most two decimals"
            )
        return None

"""Qt models of the tariff screens, fed with the server's plain rows.

- ``versions_model``: one row per tariff version (code, version, name, class, status, dates);
- ``lines_model``: the calculator's bill lines (label, quantity, unit price, amount), with the
  line's explanation as its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from client.billing import tariff_labels as labels
from client.core.widgets.rows_model import AnyIndex, Column, Row, RowsModel

CONTEXT = "TariffModels"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _dates(row: Row) -> str:
    until = row.get("effective_to") or _t("open-ended")
    return f"{row.get('effective_from', '')} – {until}"


def versions_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("code", lambda: _t("Code")),
        Column("version", lambda: _t("Version"), align_right=True),
        Column("name", lambda: _t("Name"), lambda r: labels.name(r)),
        Column("customer_class", lambda: _t("Class"),
               lambda r: labels.customer_class(str(r.get("customer_class", "")))),
        Column("status", lambda: _t("Status"), lambda r: labels.status(str(r.get("status")))),
        Column("effective_from", lambda: _t("Effective"), _dates),
        Column("drafted_by", lambda: _t("Drafted by")),
        Column("approved_by", lambda: _t("Approved by")),
    ], parent)


def flatten(tariffs: list[dict[str, Any]]) -> list[Row]:
    """``list_tariffs`` -> one row per version, codes in order, newest version first."""
    return [v for entry in tariffs for v in reversed(entry["versions"])]


def _quantity(row: Row) -> str:
    return f"{row.get('quantity', '')} {labels.unit(str(row.get('unit', '')))}"


class LinesModel(RowsModel):
    """Bill lines; the tooltip of any cell is the line's explanation."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() \
                and 0 <= index.row() < self.rowCount():
            explanation = self.row_at(index.row()).get("explanation") or {}
            return str(explanation.get("text", ""))
        return super().data(index, role)


def lines_model(parent: QObject | None = None) -> LinesModel:
    return LinesModel([
        Column("segment", lambda: _t("Seg."), align_right=True),
        Column("label", lambda: _t("Item"), lambda r: labels.name(r, "label", "label_zh")),
        Column("quantity", lambda: _t("Quantity"), _quantity, align_right=True),
        Column("unit_price", lambda: _t("Unit price"), align_right=True),
        Column("amount", lambda: _t("Amount (yuan)"), align_right=True),
    ], parent)

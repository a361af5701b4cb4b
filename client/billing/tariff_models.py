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


translate = QCoreApplication.translate


def _dates(row: Row) -> str:
    until = row.get("effective_to") or translate("TariffModels", "open-ended")
    return f"{row.get('effective_from', '')} – {until}"


def versions_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("code", lambda: translate("TariffModels", "Code")),
            Column("version", lambda: translate("TariffModels", "Version"), align_right=True),
            Column(
                "customer_class",
                lambda: translate("TariffModels", "Class"),
                lambda r: labels.customer_class(str(r.get("customer_class", ""))),
            ),
            Column(
                "status",
                lambda: translate("TariffModels", "Status"),
                lambda r: labels.status(str(r.get("status"))),
            ),
            Column("effective_from", lambda: translate("TariffModels", "Effective"), _dates),
            Column("drafted_by", lambda: translate("TariffModels", "Drafted by")),
            Column("approved_by", lambda: translate("TariffModels", "Approved by")),
            Column("name", lambda: translate("TariffModels", "Name"), lambda r: labels.name(r)),
        ],
        parent,
    )


def flatten(tariffs: list[dict[str, Any]]) -> list[Row]:
    """``list_tariffs`` -> one row per version, codes in order, newest version first."""
    return [v for entry in tariffs for v in reversed(entry["versions"])]


def _quantity(row: Row) -> str:
    return f"{row.get('quantity', '')} {labels.unit(str(row.get('unit', '')))}"


class LinesModel(RowsModel):
    """Bill lines; the tooltip of any cell is the line's explanation."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            explanation = self.row_at(index.row()).get("explanation") or {}
            return str(explanation.get("text", ""))
        return super().data(index, role)


def lines_model(parent: QObject | None = None) -> LinesModel:
    return LinesModel(
        [
            Column("segment", lambda: translate("TariffModels", "Seg."), align_right=True),
            Column(
                "label",
                lambda: translate("TariffModels", "Item"),
                lambda r: labels.name(r, "label", "label_zh"),
            ),
            Column(
                "quantity",
                lambda: translate("TariffModels", "Quantity"),
                _quantity,
                align_right=True,
            ),
            Column("unit_price", lambda: translate("TariffModels", "Unit price"), align_right=True),
            Column("amount", lambda: translate("TariffModels", "Amount (yuan)"), align_right=True),
        ],
        parent,
    )

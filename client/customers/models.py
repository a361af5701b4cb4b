"""Qt models of the customer screens: column definitions over the server's plain rows."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels
from client.core.formats import local_time
from client.core.widgets.rows_model import Column, Row, RowsModel

translate = QCoreApplication.translate


def search_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("account_no", lambda: translate("CustomerModels", "Account no.")),
            Column("name", lambda: translate("CustomerModels", "Name")),
            Column(
                "customer_class",
                lambda: translate("CustomerModels", "Class"),
                lambda r: labels.customer_class(r.get("customer_class", "")),
            ),
            Column("phone_mobile", lambda: translate("CustomerModels", "Mobile")),
            Column("address", lambda: translate("CustomerModels", "Address")),
            Column("office_name", lambda: translate("CustomerModels", "Office")),
            Column(
                "status",
                lambda: translate("CustomerModels", "Status"),
                lambda r: labels.status(r.get("status", "")),
            ),
            Column(
                "matched",
                lambda: translate("CustomerModels", "Matched by"),
                lambda r: labels.matched_by(r.get("matched", "")),
            ),
        ],
        parent,
    )


def service_points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("code", lambda: translate("CustomerModels", "Service point")),
            Column("address", lambda: translate("CustomerModels", "Address")),
            Column("supply_voltage", lambda: translate("CustomerModels", "Supply voltage")),
            Column(
                "capacity_kva",
                lambda: translate("CustomerModels", "Capacity (kVA)"),
                align_right=True,
            ),
            Column("transformer_area", lambda: translate("CustomerModels", "Transformer area")),
            Column(
                "status",
                lambda: translate("CustomerModels", "Status"),
                lambda r: labels.status(r.get("status", "")),
            ),
        ],
        parent,
    )


def metering_points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("code", lambda: translate("CustomerModels", "Metering point")),
            Column(
                "metering_mode",
                lambda: translate("CustomerModels", "Metering mode"),
                lambda r: labels.metering_mode(r.get("metering_mode", "")),
            ),
            Column("ct_ratio", lambda: translate("CustomerModels", "CT ratio"), align_right=True),
            Column("pt_ratio", lambda: translate("CustomerModels", "PT ratio"), align_right=True),
            Column(
                "multiplier", lambda: translate("CustomerModels", "Multiplier"), align_right=True
            ),
            Column(
                "purpose",
                lambda: translate("CustomerModels", "Purpose"),
                lambda r: labels.purpose(r.get("purpose", "")),
            ),
        ],
        parent,
    )


def _registers(row: Row) -> str:
    return ", ".join(labels.register(str(code)) for code in row.get("registers") or ())


def meters_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("serial", lambda: translate("CustomerModels", "Serial no.")),
            Column(
                "meter_type",
                lambda: translate("CustomerModels", "Type"),
                lambda r: labels.meter_type(r.get("meter_type", "")),
            ),
            Column("registers", lambda: translate("CustomerModels", "Registers"), _registers),
            Column("digits", lambda: translate("CustomerModels", "Digits"), align_right=True),
            Column("installed_on", lambda: translate("CustomerModels", "Installed")),
            Column("removed_on", lambda: translate("CustomerModels", "Removed")),
        ],
        parent,
    )


def _shown(value: Any) -> str:
    return str(value) if value not in (None, "") else translate("CustomerModels", "(empty)")


def history_changes(row: Row) -> str:
    """ "Mobile: 137… → 139…" from the audit record's JSON details."""
    details: Any = row.get("details") or {}
    if isinstance(details, str):
        try:
            details = json.loads(details)
        except ValueError:
            return str(details)
    if not isinstance(details, dict):
        return str(details)
    before = details.get("before") or {}
    after = details.get("after") or {}
    parts = [
        translate("CustomerModels", "%1: %2 → %3")
        .replace("%1", labels.contact_field(key))
        .replace("%2", _shown(before.get(key)))
        .replace("%3", _shown(value))
        for key, value in after.items()
    ]
    return "; ".join(parts)


def history_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "at", lambda: translate("CustomerModels", "When"), lambda r: local_time(r.get("at"))
            ),
            Column("username", lambda: translate("CustomerModels", "By")),
            Column(
                "method",
                lambda: translate("CustomerModels", "Action"),
                lambda r: labels.history_action(r.get("method", "")),
            ),
            Column("details", lambda: translate("CustomerModels", "Changes"), history_changes),
        ],
        parent,
    )

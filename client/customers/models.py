"""Qt models of the customer screens: column definitions over the server's plain rows."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels
from client.core.formats import local_time
from client.core.widgets.rows_model import Column, Row, RowsModel


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomerModels", text)


def search_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("account_no", lambda: _t("Account no.")),
        Column("name", lambda: _t("Name")),
        Column("customer_class", lambda: _t("Class"),
               lambda r: labels.customer_class(r.get("customer_class", ""))),
        Column("phone_mobile", lambda: _t("Mobile")),
        Column("address", lambda: _t("Address")),
        Column("office_name", lambda: _t("Office")),
        Column("status", lambda: _t("Status"), lambda r: labels.status(r.get("status", ""))),
        Column("matched", lambda: _t("Matched by"),
               lambda r: labels.matched_by(r.get("matched", ""))),
    ], parent)


def service_points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("code", lambda: _t("Service point")),
        Column("address", lambda: _t("Address")),
        Column("supply_voltage", lambda: _t("Supply voltage")),
        Column("capacity_kva", lambda: _t("Capacity (kVA)"), align_right=True),
        Column("transformer_area", lambda: _t("Transformer area")),
        Column("status", lambda: _t("Status"), lambda r: labels.status(r.get("status", ""))),
    ], parent)


def metering_points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("code", lambda: _t("Metering point")),
        Column("metering_mode", lambda: _t("Metering mode"),
               lambda r: labels.metering_mode(r.get("metering_mode", ""))),
        Column("ct_ratio", lambda: _t("CT ratio"), align_right=True),
        Column("pt_ratio", lambda: _t("PT ratio"), align_right=True),
        Column("multiplier", lambda: _t("Multiplier"), align_right=True),
        Column("purpose", lambda: _t("Purpose"), lambda r: labels.purpose(r.get("purpose", ""))),
    ], parent)


def _registers(row: Row) -> str:
    return ", ".join(labels.register(str(code)) for code in row.get("registers") or ())


def meters_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("serial", lambda: _t("Serial no.")),
        Column("meter_type", lambda: _t("Type")),
        Column("registers", lambda: _t("Registers"), _registers),
        Column("digits", lambda: _t("Digits"), align_right=True),
        Column("installed_on", lambda: _t("Installed")),
        Column("removed_on", lambda: _t("Removed")),
    ], parent)


def history_changes(row: Row) -> str:
    """"Mobile: 137… → 139…" from the audit record's JSON details."""
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
    parts = [f"{labels.contact_field(key)}: {before.get(key, '')} → {value}"
             for key, value in after.items()]
    return "; ".join(parts)


def history_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("at", lambda: _t("When"), lambda r: local_time(r.get("at"))),
        Column("username", lambda: _t("By")),
        Column("method", lambda: _t("Action"),
               lambda r: labels.history_action(r.get("method", ""))),
        Column("details", lambda: _t("Changes"), history_changes),
    ], parent)

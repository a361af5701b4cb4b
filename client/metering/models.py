"""Table models of the metering screens: plain rows in, no server calls in ``data()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels as L
from client.core.widgets.rows_model import Column, Row, RowsModel
from client.metering import labels as M

translate = QCoreApplication.translate


def _t(text: str) -> Any:
    return lambda: translate("MeteringColumns", text)


def _last_total(row: Row) -> str:
    last = row.get("last") or {}
    value = (last.get("registers") or {}).get("total", "")
    return f"{value} {M.estimated_mark(last)}".strip()


def _range(row: Row) -> str:
    if not row.get("expected_low"):
        return ""
    return f"{row['expected_low']} – {row['expected_high']}"


def _this(row: Row) -> str:
    this = row.get("this")
    if not this:
        return ""
    total = (this.get("registers") or {}).get("total", "")
    return f"{total} {M.estimated_mark(this)}".strip()


def _this_status(row: Row) -> str:
    this = row.get("this")
    if not this:
        return ""
    text = M.reading_status(this.get("status"))
    if this.get("flags"):
        text += f" ({M.flags(this['flags'])})"
    return text


def books_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("code", _t("Book")),
        Column("office_name", _t("Office")),
        Column("reading_day", _t("Reading day"), align_right=True),
        Column("reader_name", _t("Reader")),
        Column("points", _t("Points"), align_right=True),
        Column("plan_status", _t("Plan"), lambda r: M.plan_status(r.get("plan_status"))),
        Column("planned_on", _t("Planned on")),
        Column("read", _t("Read"), align_right=True),
        Column("flagged", _t("Flagged"), align_right=True),
        Column("estimated", _t("Estimated"), align_right=True),
        Column("route", _t("Route")),
    ], parent)


def points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("sequence", _t("Seq."), align_right=True),
        Column("account_no", _t("Account")),
        Column("customer_name", _t("Name")),
        Column("customer_class", _t("Class"), lambda r: L.customer_class(r["customer_class"])),
        Column("serial", _t("Meter")),
        Column("multiplier", _t("Multiplier"), align_right=True),
        Column("last", _t("Last reading"), _last_total, align_right=True),
        Column("expected", _t("Expected range"), _range),
        Column("this", _t("This reading"), _this, align_right=True),
        Column("status", _t("Status"), _this_status),
    ], parent)


def queue_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("money_at_risk", _t("Money at risk (yuan)"), align_right=True),
        Column("reasons", _t("Reasons"), lambda r: M.flags(r["reasons"])),
        Column("book_code", _t("Book")),
        Column("account_no", _t("Account")),
        Column("customer_name", _t("Name")),
        Column("serial", _t("Meter")),
        Column("last", _t("Last total"),
               lambda r: ((r.get("last") or {}).get("registers") or {}).get("total", ""),
               align_right=True),
        Column("registers", _t("Read total"),
               lambda r: (r.get("registers") or {}).get("total", ""), align_right=True),
        Column("consumption_kwh", _t("Consumption (kWh)"), align_right=True),
        Column("expected_kwh", _t("Expected (kWh)"), align_right=True),
    ], parent)


def flagged_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("reason", _t("Reason"), lambda r: M.flag(r["reason"])),
        Column("count", _t("Readings"), align_right=True),
    ], parent)


def rejected_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("line", _t("Line"), align_right=True),
        Column("reason", _t("Reason"), lambda r: M.reject_reason(r["reason"])),
    ], parent)

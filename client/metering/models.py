"""Table models of the metering screens: plain rows in, no server calls in ``data()``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels as L
from client.core.widgets.rows_model import Column, Row, RowsModel
from client.metering import labels as M

translate = QCoreApplication.translate


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
    return RowsModel(
        [
            Column("code", lambda: translate("MeteringColumns", "Book")),
            Column("office_name", lambda: translate("MeteringColumns", "Office")),
            Column(
                "reading_day", lambda: translate("MeteringColumns", "Reading day"), align_right=True
            ),
            Column("reader_name", lambda: translate("MeteringColumns", "Reader")),
            Column("points", lambda: translate("MeteringColumns", "Points"), align_right=True),
            Column(
                "plan_status",
                lambda: translate("MeteringColumns", "Plan"),
                lambda r: M.plan_status(r.get("plan_status")),
            ),
            Column("planned_on", lambda: translate("MeteringColumns", "Planned on")),
            Column("read", lambda: translate("MeteringColumns", "Read"), align_right=True),
            Column("flagged", lambda: translate("MeteringColumns", "Flagged"), align_right=True),
            Column(
                "estimated", lambda: translate("MeteringColumns", "Estimated"), align_right=True
            ),
            Column("route", lambda: translate("MeteringColumns", "Route")),
        ],
        parent,
    )


def points_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("sequence", lambda: translate("MeteringColumns", "Seq."), align_right=True),
            Column("account_no", lambda: translate("MeteringColumns", "Account")),
            Column("customer_name", lambda: translate("MeteringColumns", "Name")),
            Column(
                "customer_class",
                lambda: translate("MeteringColumns", "Class"),
                lambda r: L.customer_class(r["customer_class"]),
            ),
            Column("serial", lambda: translate("MeteringColumns", "Meter")),
            Column(
                "multiplier", lambda: translate("MeteringColumns", "Multiplier"), align_right=True
            ),
            Column(
                "last",
                lambda: translate("MeteringColumns", "Last reading"),
                _last_total,
                align_right=True,
            ),
            Column("expected", lambda: translate("MeteringColumns", "Expected range"), _range),
            Column(
                "this",
                lambda: translate("MeteringColumns", "This reading"),
                _this,
                align_right=True,
            ),
            Column("status", lambda: translate("MeteringColumns", "Status"), _this_status),
        ],
        parent,
    )


def queue_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "money_at_risk",
                lambda: translate("MeteringColumns", "Money at risk (yuan)"),
                align_right=True,
            ),
            Column(
                "reasons",
                lambda: translate("MeteringColumns", "Reasons"),
                lambda r: M.flags(r["reasons"]),
            ),
            Column("book_code", lambda: translate("MeteringColumns", "Book")),
            Column("account_no", lambda: translate("MeteringColumns", "Account")),
            Column("customer_name", lambda: translate("MeteringColumns", "Name")),
            Column("serial", lambda: translate("MeteringColumns", "Meter")),
            Column(
                "last",
                lambda: translate("MeteringColumns", "Last total"),
                lambda r: ((r.get("last") or {}).get("registers") or {}).get("total", ""),
                align_right=True,
            ),
            Column(
                "registers",
                lambda: translate("MeteringColumns", "Read total"),
                lambda r: (r.get("registers") or {}).get("total", ""),
                align_right=True,
            ),
            Column(
                "consumption_kwh",
                lambda: translate("MeteringColumns", "Consumption (kWh)"),
                align_right=True,
            ),
            Column(
                "expected_kwh",
                lambda: translate("MeteringColumns", "Expected (kWh)"),
                align_right=True,
            ),
        ],
        parent,
    )


def flagged_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(
                "reason",
                lambda: translate("MeteringColumns", "Reason"),
                lambda r: M.flag(r["reason"]),
            ),
            Column("count", lambda: translate("MeteringColumns", "Readings"), align_right=True),
        ],
        parent,
    )


def rejected_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("line", lambda: translate("MeteringColumns", "Line"), align_right=True),
            Column(
                "reason",
                lambda: translate("MeteringColumns", "Reason"),
                lambda r: M.reject_reason(r["reason"]),
            ),
        ],
        parent,
    )

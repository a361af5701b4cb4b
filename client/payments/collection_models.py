"""Table models and labels of the collection screens (arrears, bank files): plain rows from
the server, shown with translated titles and codes; nothing is fetched here."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels
from client.core.formats import local_time
from client.core.widgets.rows_model import Column, Row, RowsModel

translate = QCoreApplication.translate


def money(value: object) -> str:
    """ "1234.5" -> "1,234.50" (the wire carries plain decimal strings)."""
    if value is None or value == "":
        return ""
    try:
        return f"{Decimal(str(value)):,.2f}"
    except InvalidOperation:
        return str(value)


def action_label(code: str) -> str:
    return {
        "reminder": translate("CollectionLabels", "Reminder due"),
        "notice": translate("CollectionLabels", "Disconnection notice due"),
        "disconnect": translate("CollectionLabels", "Disconnection order due"),
        "reconnect": translate("CollectionLabels", "Reconnection due"),
        "": "",
    }.get(code, code)


def kind_label(code: str) -> str:
    return {
        "reminder": translate("CollectionLabels", "reminders"),
        "disconnection": translate("CollectionLabels", "disconnection notices"),
        "disconnect_order": translate("CollectionLabels", "disconnection orders"),
        "reconnection": translate("CollectionLabels", "reconnections"),
    }.get(code, code)


def stage(row: Row) -> str:
    """Where the customer stands when no step is due: waiting for what."""
    if row.get("action"):
        return action_label(str(row["action"]))
    if row.get("order_at"):
        return translate("CollectionLabels", "Ordered disconnected")
    if row.get("notice_at"):
        return translate("CollectionLabels", "Notice running")
    if row.get("last_reminder_at"):
        return translate("CollectionLabels", "Reminded")
    return ""


def _yes_no(value: object) -> str:
    return translate("CollectionLabels", "yes") if value else translate("CollectionLabels", "no")


def local_day(iso: str | None) -> str:
    return local_time(iso)[:10]


def arrears_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("account_no", lambda: translate("CollectionColumns", "Account no.")),
            Column("name", lambda: translate("CollectionColumns", "Customer")),
            Column(
                "customer_class",
                lambda: translate("CollectionColumns", "Class"),
                lambda r: labels.customer_class(str(r["customer_class"])),
            ),
            Column(
                "overdue",
                lambda: translate("CollectionColumns", "Overdue"),
                lambda r: money(r["overdue"]),
                align_right=True,
            ),
            Column(
                "penalty",
                lambda: translate("CollectionColumns", "Penalty"),
                lambda r: money(r["penalty"]),
                align_right=True,
            ),
            Column(
                "total",
                lambda: translate("CollectionColumns", "Total owed"),
                lambda r: money(r["total"]),
                align_right=True,
            ),
            Column("oldest_due_on", lambda: translate("CollectionColumns", "Oldest due")),
            Column(
                "days_overdue",
                lambda: translate("CollectionColumns", "Days"),
                lambda r: str(r["days_overdue"]) if r.get("oldest_due_on") else "",
                align_right=True,
            ),
            Column(
                "last_reminder_at",
                lambda: translate("CollectionColumns", "Reminded"),
                lambda r: local_day(r.get("last_reminder_at")),
            ),
            Column(
                "notice_at",
                lambda: translate("CollectionColumns", "Notice"),
                lambda r: local_day(r.get("notice_at")),
            ),
            Column("action", lambda: translate("CollectionColumns", "Step"), stage),
            Column(
                "action_deadline",
                lambda: translate("CollectionColumns", "Deadline"),
                lambda r: local_time(r.get("action_deadline")),
            ),
            Column("office_name", lambda: translate("CollectionColumns", "Office")),
        ],
        parent,
    )


def penalty_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("due_on", lambda: translate("CollectionColumns", "Due date")),
            Column(
                "amount",
                lambda: translate("CollectionColumns", "Debt"),
                lambda r: money(r["amount"]),
                align_right=True,
            ),
            Column(
                "overdue_days",
                lambda: translate("CollectionColumns", "Days overdue"),
                align_right=True,
            ),
            Column(
                "due",
                lambda: translate("CollectionColumns", "Penalty due"),
                lambda r: money(r["due"]),
                align_right=True,
            ),
            Column(
                "posted",
                lambda: translate("CollectionColumns", "Posted"),
                lambda r: money(r["posted"]),
                align_right=True,
            ),
            Column("explanation", lambda: translate("CollectionColumns", "How it was computed")),
        ],
        parent,
    )


def batches_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("batch_no", lambda: translate("CollectionColumns", "Batch")),
            Column("bank_name", lambda: translate("CollectionColumns", "Bank")),
            Column("business_date", lambda: translate("CollectionColumns", "Date")),
            Column("line_count", lambda: translate("CollectionColumns", "Lines"), align_right=True),
            Column(
                "total",
                lambda: translate("CollectionColumns", "Amount asked"),
                lambda r: money(r["total"]),
                align_right=True,
            ),
            Column("paid_count", lambda: translate("CollectionColumns", "Paid"), align_right=True),
            Column(
                "paid_total",
                lambda: translate("CollectionColumns", "Paid amount"),
                lambda r: money(r["paid_total"]),
                align_right=True,
            ),
            Column(
                "failed_count", lambda: translate("CollectionColumns", "Failed"), align_right=True
            ),
            Column(
                "unanswered_count",
                lambda: translate("CollectionColumns", "No answer yet"),
                align_right=True,
            ),
            Column(
                "posted_total",
                lambda: translate("CollectionColumns", "Posted"),
                lambda r: money(r["posted_total"]),
                align_right=True,
            ),
            Column(
                "balanced",
                lambda: translate("CollectionColumns", "Balanced"),
                lambda r: _yes_no(r["balanced"]),
            ),
        ],
        parent,
    )


def failures_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("line_no", lambda: translate("CollectionColumns", "Line"), align_right=True),
            Column("account_no", lambda: translate("CollectionColumns", "Account no.")),
            Column("name", lambda: translate("CollectionColumns", "Customer")),
            Column(
                "amount",
                lambda: translate("CollectionColumns", "Amount"),
                lambda r: money(r["amount"]),
                align_right=True,
            ),
            Column("reason_code", lambda: translate("CollectionColumns", "Reason code")),
            Column("reason", lambda: translate("CollectionColumns", "Reason")),
        ],
        parent,
    )


def agreements_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("account_no", lambda: translate("CollectionColumns", "Account no.")),
            Column("name", lambda: translate("CollectionColumns", "Customer")),
            Column("bank_account", lambda: translate("CollectionColumns", "Bank account")),
            Column("account_name", lambda: translate("CollectionColumns", "Account holder")),
            Column("signed_on", lambda: translate("CollectionColumns", "Signed on")),
            Column(
                "active",
                lambda: translate("CollectionColumns", "Active"),
                lambda r: _yes_no(r["active"]),
            ),
        ],
        parent,
    )

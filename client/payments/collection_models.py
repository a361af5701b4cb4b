"""Table models and labels of the collection screens (arrears, bank files): plain rows from
the server, shown with translated titles and codes; nothing is fetched here."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels
from client.core.formats import local_time
from client.core.widgets.rows_model import Column, Row, RowsModel

translate = QCoreApplication.translate
CTX = "CollectionColumns"


def money(value: object) -> str:
    """"1234.5" -> "1,234.50" (the wire carries plain decimal strings)."""
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
    return translate("CollectionLabels", "yes") if value else \
        translate("CollectionLabels", "NO")


def arrears_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("account_no", lambda: translate(CTX, "Account no.")),
        Column("name", lambda: translate(CTX, "Customer")),
        Column("customer_class", lambda: translate(CTX, "Class"),
               lambda r: labels.customer_class(str(r["customer_class"]))),
        Column("office_name", lambda: translate(CTX, "Office")),
        Column("overdue", lambda: translate(CTX, "Overdue"), lambda r: money(r["overdue"]),
               align_right=True),
        Column("penalty", lambda: translate(CTX, "Penalty"), lambda r: money(r["penalty"]),
               align_right=True),
        Column("total", lambda: translate(CTX, "Total owed"), lambda r: money(r["total"]),
               align_right=True),
        Column("oldest_due_on", lambda: translate(CTX, "Oldest due date")),
        Column("days_overdue", lambda: translate(CTX, "Days overdue"),
               lambda r: str(r["days_overdue"]) if r.get("oldest_due_on") else "",
               align_right=True),
        Column("last_reminder_at", lambda: translate(CTX, "Reminded"),
               lambda r: local_time(r.get("last_reminder_at"))),
        Column("notice_at", lambda: translate(CTX, "Notice issued"),
               lambda r: local_time(r.get("notice_at"))),
        Column("action", lambda: translate(CTX, "Step"), stage),
        Column("action_deadline", lambda: translate(CTX, "Deadline"),
               lambda r: local_time(r.get("action_deadline"))),
    ], parent)


def penalty_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("due_on", lambda: translate(CTX, "Due date")),
        Column("amount", lambda: translate(CTX, "Debt"), lambda r: money(r["amount"]),
               align_right=True),
        Column("overdue_days", lambda: translate(CTX, "Days overdue"), align_right=True),
        Column("due", lambda: translate(CTX, "Penalty due"), lambda r: money(r["due"]),
               align_right=True),
        Column("posted", lambda: translate(CTX, "Posted"), lambda r: money(r["posted"]),
               align_right=True),
        Column("explanation", lambda: translate(CTX, "How it was computed")),
    ], parent)


def batches_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("batch_no", lambda: translate(CTX, "Batch")),
        Column("bank_name", lambda: translate(CTX, "Bank")),
        Column("business_date", lambda: translate(CTX, "Date")),
        Column("line_count", lambda: translate(CTX, "Lines"), align_right=True),
        Column("total", lambda: translate(CTX, "Amount asked"), lambda r: money(r["total"]),
               align_right=True),
        Column("paid_count", lambda: translate(CTX, "Paid"), align_right=True),
        Column("paid_total", lambda: translate(CTX, "Paid amount"),
               lambda r: money(r["paid_total"]), align_right=True),
        Column("failed_count", lambda: translate(CTX, "Failed"), align_right=True),
        Column("unanswered_count", lambda: translate(CTX, "No answer yet"), align_right=True),
        Column("posted_total", lambda: translate(CTX, "Posted"),
               lambda r: money(r["posted_total"]), align_right=True),
        Column("balanced", lambda: translate(CTX, "Balanced"),
               lambda r: _yes_no(r["balanced"])),
    ], parent)


def failures_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("line_no", lambda: translate(CTX, "Line"), align_right=True),
        Column("account_no", lambda: translate(CTX, "Account no.")),
        Column("name", lambda: translate(CTX, "Customer")),
        Column("amount", lambda: translate(CTX, "Amount"), lambda r: money(r["amount"]),
               align_right=True),
        Column("reason_code", lambda: translate(CTX, "Reason code")),
        Column("reason", lambda: translate(CTX, "Reason")),
    ], parent)


def agreements_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("account_no", lambda: translate(CTX, "Account no.")),
        Column("name", lambda: translate(CTX, "Customer")),
        Column("bank_account", lambda: translate(CTX, "Bank account")),
        Column("account_name", lambda: translate(CTX, "Account holder")),
        Column("signed_on", lambda: translate(CTX, "Signed on")),
        Column("active", lambda: translate(CTX, "Active"), lambda r: _yes_no(r["active"])),
    ], parent)

"""Qt models and labels of the counter screens: columns over the server's plain rows, money
arithmetic for the live change (Decimal, never float)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QObject

from client.core.formats import local_time
from client.core.widgets.rows_model import Column, Row, RowsModel

translate = QCoreApplication.translate
_MONEY_RE = re.compile(r"^[0-9]{1,10}(\.[0-9]{1,2})?$")
TENDERS = ("cash", "card", "mobile", "transfer", "cheque")


def parse_money(text: str) -> Decimal | None:
    """What the clerk typed as a positive amount with at most two decimals, else None."""
    text = text.strip()
    if not _MONEY_RE.match(text):
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value > 0 else None


def change_due(amount: str, tendered: str) -> Decimal | None:
    """Change for cash: tendered − amount, or None while either is not a valid amount or the
    cash does not cover the amount."""
    a, t = parse_money(amount), parse_money(tendered)
    if a is None or t is None or t < a:
        return None
    return t - a


def tender_label(code: str) -> str:
    return {
        "cash": translate("CounterLabels", "Cash"),
        "card": translate("CounterLabels", "Bank card"),
        "mobile": translate("CounterLabels", "Mobile payment"),
        "transfer": translate("CounterLabels", "Bank transfer"),
        "cheque": translate("CounterLabels", "Cheque"),
        "withholding": translate("CounterLabels", "Bank withholding"),
        "all": translate("CounterLabels", "Total"),
    }.get(code, code)


def entry_label(code: str) -> str:
    return {
        "bill": translate("CounterLabels", "Electricity bill"),
        "penalty": translate("CounterLabels", "Late-payment penalty"),
        "refund": translate("CounterLabels", "Refund"),
        "adjustment": translate("CounterLabels", "Adjustment"),
        "reversal": translate("CounterLabels", "Reversed payment"),
    }.get(code, code)


def state_label(code: str) -> str:
    return {
        "posted": translate("CounterLabels", "Posted"),
        "reversal_pending": translate("CounterLabels", "Reversal requested"),
        "reversed": translate("CounterLabels", "Reversed"),
        "pending": translate("CounterLabels", "Waiting for approval"),
        "approved": translate("CounterLabels", "Approved"),
        "rejected": translate("CounterLabels", "Rejected"),
        "closed": translate("CounterLabels", "Closed"),
        "open": translate("CounterLabels", "Not closed"),
    }.get(code, code)


def channel_label(code: str) -> str:
    return {
        "counter": translate("CounterLabels", "Counter"),
        "bank_withholding": translate("CounterLabels", "Bank withholding"),
        "bank_agent": translate("CounterLabels", "Bank agent"),
        "visit": translate("CounterLabels", "Collection visit"),
        "prepay": translate("CounterLabels", "Prepay"),
    }.get(code, code)


def _money(key: str, title: Callable[[], str]) -> Column:
    return Column(key, title, align_right=True)


def debts_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("period", lambda: translate("CounterModels", "Period"),
               lambda r: r.get("period") or ""),
        Column("entry_type", lambda: translate("CounterModels", "Item"),
               lambda r: entry_label(r.get("entry_type", ""))),
        Column("due_on", lambda: translate("CounterModels", "Due date")),
        _money("amount", lambda: translate("CounterModels", "Amount")),
        _money("open_amount", lambda: translate("CounterModels", "Open")),
        Column("overdue_days", lambda: translate("CounterModels", "Days overdue"),
               lambda r: str(r.get("overdue_days") or ""), align_right=True),
        _money("penalty_today", lambda: translate("CounterModels", "Penalty today")),
    ], parent)


def payments_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("receipt_no", lambda: translate("CounterModels", "Receipt no.")),
        Column("received_at", lambda: translate("CounterModels", "Time"),
               lambda r: local_time(r.get("received_at"))),
        _money("amount", lambda: translate("CounterModels", "Amount")),
        Column("tender_type", lambda: translate("CounterModels", "Tender"),
               lambda r: tender_label(r.get("tender_type", ""))),
        Column("channel", lambda: translate("CounterModels", "Channel"),
               lambda r: channel_label(r.get("channel", ""))),
        Column("clerk", lambda: translate("CounterModels", "Clerk")),
        Column("state", lambda: translate("CounterModels", "State"),
               lambda r: state_label(r.get("state", ""))),
    ], parent)


def till_payments_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("receipt_no", lambda: translate("CounterModels", "Receipt no.")),
        Column("received_at", lambda: translate("CounterModels", "Time"),
               lambda r: local_time(r.get("received_at"))),
        Column("customer_name", lambda: translate("CounterModels", "Customer"),
               lambda r: f"{r.get('account_no', '')} {r.get('customer_name', '')}"),
        Column("tender_type", lambda: translate("CounterModels", "Tender"),
               lambda r: tender_label(r.get("tender_type", ""))),
        _money("amount", lambda: translate("CounterModels", "Amount")),
        Column("state", lambda: translate("CounterModels", "State"),
               lambda r: state_label(r.get("state", ""))),
    ], parent)


def reversals_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("requested_at", lambda: translate("CounterModels", "Requested"),
               lambda r: local_time(r.get("requested_at"))),
        Column("requested_by", lambda: translate("CounterModels", "Requested by")),
        Column("receipt_no", lambda: translate("CounterModels", "Receipt no.")),
        Column("customer_name", lambda: translate("CounterModels", "Customer"),
               lambda r: f"{r.get('account_no', '')} {r.get('customer_name', '')}"),
        _money("amount", lambda: translate("CounterModels", "Amount")),
        Column("tender_type", lambda: translate("CounterModels", "Tender"),
               lambda r: tender_label(r.get("tender_type", ""))),
        Column("paid_on", lambda: translate("CounterModels", "Paid on")),
        Column("reason", lambda: translate("CounterModels", "Reason")),
        Column("status", lambda: translate("CounterModels", "Status"),
               lambda r: state_label(r.get("status", ""))),
        Column("decided_by", lambda: translate("CounterModels", "Decided by"),
               lambda r: r.get("decided_by") or ""),
        Column("decision_note", lambda: translate("CounterModels", "Note")),
    ], parent)


def tenders_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("tender_type", lambda: translate("CounterModels", "Tender"),
               lambda r: tender_label(r.get("tender_type", ""))),
        Column("payment_count", lambda: translate("CounterModels", "Payments"),
               align_right=True),
        _money("payments_total", lambda: translate("CounterModels", "Taken")),
        Column("reversal_count", lambda: translate("CounterModels", "Reversals"),
               align_right=True),
        _money("reversals_total", lambda: translate("CounterModels", "Reversed")),
        _money("net_total", lambda: translate("CounterModels", "Net")),
    ], parent)


def closes_model(parent: QObject | None = None) -> RowsModel:
    def optional(key: str, title: Callable[[], str]) -> Column:
        return Column(key, title, lambda r: r.get(key) or "", align_right=True)

    return RowsModel([
        Column("office_name", lambda: translate("CounterModels", "Hall")),
        Column("clerk", lambda: translate("CounterModels", "Clerk")),
        Column("status", lambda: translate("CounterModels", "Status"),
               lambda r: state_label(r.get("status", ""))),
        Column("payment_count", lambda: translate("CounterModels", "Payments"),
               align_right=True),
        _money("net_total", lambda: translate("CounterModels", "Net")),
        _money("expected_cash", lambda: translate("CounterModels", "Expected cash")),
        optional("counted_cash", lambda: translate("CounterModels", "Counted")),
        optional("difference", lambda: translate("CounterModels", "Difference")),
        Column("closed_at", lambda: translate("CounterModels", "Closed at"),
               lambda r: local_time(r.get("closed_at"))),
    ], parent)


__all__ = ["Row", "change_due", "closes_model", "debts_model", "parse_money",
           "payments_model", "reversals_model", "tenders_model", "till_payments_model"]

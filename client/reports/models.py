"""Table models of the monthly report preview, fed with the figures the server computed
(``pmis.reports.monthly_revenue_figures``); nothing is added up on the client."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from client.core import labels
from client.core.widgets.rows_model import Column, Row, RowsModel

CONTEXT = "ReportColumns"
BUCKETS = ("1-30", "31-60", "61-90", "91-180", "181+")


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def money(value: Any) -> str:
    """"41220.00" -> "41,220.00"."""
    return "" if value is None else f"{Decimal(str(value)):,.2f}"


def kwh(value: Any) -> str:
    if value is None:
        return ""
    number = Decimal(str(value))
    return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"


def percent(value: Any) -> str:
    return "—" if value is None else f"{Decimal(str(value)):.2f} %"


def count(value: Any) -> str:
    return "" if value is None else f"{int(value):,}"


def bucket_title(code: str) -> str:
    return {
        "1-30": tr("1–30 days"), "31-60": tr("31–60 days"), "61-90": tr("61–90 days"),
        "91-180": tr("91–180 days"), "181+": tr("over 180 days"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "counter": tr("Counter"), "visit": tr("Collection visit"),
        "bank_withholding": tr("Bank withholding"), "bank_agent": tr("Bank / agent"),
        "prepay": tr("Prepayment"),
    }.get(code, code)


def tender(code: str) -> str:
    return {
        "cash": tr("Cash"), "card": tr("Card"), "cheque": tr("Cheque"),
        "transfer": tr("Transfer"), "withholding": tr("Withholding"),
        "mobile": tr("Mobile payment"),
    }.get(code, code)


def _money_col(key: str, title: str) -> Column:
    return Column(key, lambda: tr(title), lambda r: money(r.get(key)), align_right=True)


def _count_col(key: str, title: str) -> Column:
    return Column(key, lambda: tr(title), lambda r: count(r.get(key)), align_right=True)


def _name_col() -> Column:
    return Column("name", lambda: tr("Class / office"))


def billing_model(parent: QObject | None = None) -> RowsModel:
    """Rows: {"name", "bills", "energy", "amount"} — classes, offices or the total."""
    return RowsModel([
        _name_col(), _count_col("bills", "Bills"),
        Column("energy", lambda: tr("Energy (kWh)"), lambda r: kwh(r.get("energy")),
               align_right=True),
        _money_col("amount", "Amount (yuan)"),
    ], parent)


def comparison_model(parent: QObject | None = None) -> RowsModel:
    """Rows: a comparison row of the figures with its name."""
    def amount(i: int) -> Any:
        return lambda r: money(r["amount"][i])

    return RowsModel([
        _name_col(),
        Column("a0", lambda: tr("This month (yuan)"), amount(0), align_right=True),
        Column("a1", lambda: tr("Previous month (yuan)"), amount(1), align_right=True),
        Column("a2", lambda: tr("Same month last year (yuan)"), amount(2), align_right=True),
        Column("p", lambda: tr("vs. previous"), lambda r: percent(r.get("amount_vs_prev")),
               align_right=True),
        Column("y", lambda: tr("vs. last year"),
               lambda r: percent(r.get("amount_vs_last_year")), align_right=True),
    ], parent)


def collection_model(parent: QObject | None = None) -> RowsModel:
    """Rows: {"channel", "tender", "payments", "amount"} (the total has channel "")."""
    return RowsModel([
        Column("channel", lambda: tr("Channel"),
               lambda r: channel(r["channel"]) if r["channel"] else tr("Total")),
        Column("tender", lambda: tr("Tender"), lambda r: tender(r["tender"])),
        _count_col("payments", "Payments"), _money_col("amount", "Amount (yuan)"),
    ], parent)


def rates_model(parent: QObject | None = None) -> RowsModel:
    """Rows: rate rows of the figures with a "name"."""
    return RowsModel([
        _name_col(), _money_col("billed", "Billed"), _money_col("settled", "Settled"),
        Column("settlement_rate", lambda: tr("Settlement rate"),
               lambda r: percent(r.get("settlement_rate")), align_right=True),
        _money_col("receivables_due", "Receivables due"),
        _money_col("cash", "Cash collected"),
        Column("collection_rate", lambda: tr("Cash collection rate"),
               lambda r: percent(r.get("collection_rate")), align_right=True),
    ], parent)


def ageing_model(parent: QObject | None = None) -> RowsModel:
    """Rows: ageing rows of the figures with a "name": amounts per bucket and totals."""
    def bucket_amount(i: int) -> Column:
        return Column(f"b{i}", lambda: bucket_title(BUCKETS[i]),
                      lambda r: money(r["amounts"][i]), align_right=True)

    return RowsModel([
        _name_col(), *[bucket_amount(i) for i in range(len(BUCKETS))],
        _money_col("amount_total", "Overdue total"),
        _count_col("customers_total", "Customers"),
        _money_col("not_due", "Not yet due"),
    ], parent)


def top_arrears_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("account_no", lambda: tr("Account")),
        Column("name", lambda: tr("Customer")),
        Column("customer_class", lambda: tr("Class"),
               lambda r: labels.customer_class(r["customer_class"])),
        Column("office", lambda: tr("Office")),
        _money_col("overdue", "Overdue (yuan)"),
        Column("oldest_due", lambda: tr("Oldest due date")),
        _count_col("days_overdue", "Days overdue"),
    ], parent)


# -- figures -> rows ---------------------------------------------------------------------

def named(rows: list[Row], total: Row, offices: dict[int, str], by: str) -> list[Row]:
    """The rows with a display name (class label or office name) and a total row last."""
    out = []
    for row in rows:
        key = row["key"]
        name = labels.customer_class(key) if by == "class" else offices.get(key, str(key))
        out.append({**row, "name": name})
    return [*out, {**total, "name": tr("Total")}]


def office_names(figures: dict[str, Any]) -> dict[int, str]:
    return {o["id"]: o["name"] for o in figures["offices"]}

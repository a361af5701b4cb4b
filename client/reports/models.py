"""Table models of the monthly report preview, fed with the figures the server computed
(``pmis.reports.monthly_revenue_figures``); nothing is added up on the client."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from client.core import labels
from client.core.widgets.rows_model import Column, Row, RowsModel

CONTEXT = "ReportColumns"
BUCKETS = ("1-30", "31-60", "61-90", "91-180", "181+")


translate = QCoreApplication.translate


def tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP("ReportColumns", …), translated now."""
    return translate(CONTEXT, source)


def money(value: Any) -> str:
    """ "41220.00" -> "41,220.00"."""
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
        "1-30": translate("ReportColumns", "1–30 days"),
        "31-60": translate("ReportColumns", "31–60 days"),
        "61-90": translate("ReportColumns", "61–90 days"),
        "91-180": translate("ReportColumns", "91–180 days"),
        "181+": translate("ReportColumns", "over 180 days"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "counter": translate("ReportColumns", "Counter"),
        "visit": translate("ReportColumns", "Collection visit"),
        "bank_withholding": translate("ReportColumns", "Bank withholding"),
        "bank_agent": translate("ReportColumns", "Bank / agent"),
        "prepay": translate("ReportColumns", "Prepayment"),
    }.get(code, code)


def tender(code: str) -> str:
    return {
        "cash": translate("ReportColumns", "Cash"),
        "card": translate("ReportColumns", "Card"),
        "cheque": translate("ReportColumns", "Cheque"),
        "transfer": translate("ReportColumns", "Transfer"),
        "withholding": translate("ReportColumns", "Withholding"),
        "mobile": translate("ReportColumns", "Mobile payment"),
    }.get(code, code)


def _money_col(key: str, title: object) -> Column:
    return Column(key, lambda: tr(str(title)), lambda r: money(r.get(key)), align_right=True)


def _count_col(key: str, title: object) -> Column:
    return Column(key, lambda: tr(str(title)), lambda r: count(r.get(key)), align_right=True)


def _filler() -> Column:
    """An empty last column takes the spare width, so numbers stay beside their names."""
    return Column("", lambda: "")


def _name_col() -> Column:
    return Column("name", lambda: translate("ReportColumns", "Class / office"))


def billing_model(parent: QObject | None = None) -> RowsModel:
    """Rows: {"name", "bills", "energy", "amount"} — classes, offices or the total."""
    return RowsModel(
        [
            _name_col(),
            _count_col("bills", QT_TRANSLATE_NOOP("ReportColumns", "Bills")),
            Column(
                "energy",
                lambda: translate("ReportColumns", "Energy (kWh)"),
                lambda r: kwh(r.get("energy")),
                align_right=True,
            ),
            _money_col("amount", QT_TRANSLATE_NOOP("ReportColumns", "Amount (yuan)")),
            _filler(),
        ],
        parent,
    )


def comparison_model(parent: QObject | None = None) -> RowsModel:
    """Rows: a comparison row of the figures with its name."""

    def amount(i: int) -> Any:
        return lambda r: money(r["amount"][i])

    return RowsModel(
        [
            _name_col(),
            Column(
                "a0",
                lambda: translate("ReportColumns", "This month (yuan)"),
                amount(0),
                align_right=True,
            ),
            Column(
                "a1",
                lambda: translate("ReportColumns", "Previous month (yuan)"),
                amount(1),
                align_right=True,
            ),
            Column(
                "a2",
                lambda: translate("ReportColumns", "Same month last year (yuan)"),
                amount(2),
                align_right=True,
            ),
            Column(
                "p",
                lambda: translate("ReportColumns", "vs. previous"),
                lambda r: percent(r.get("amount_vs_prev")),
                align_right=True,
            ),
            Column(
                "y",
                lambda: translate("ReportColumns", "vs. last year"),
                lambda r: percent(r.get("amount_vs_last_year")),
                align_right=True,
            ),
            _filler(),
        ],
        parent,
    )


def collection_model(parent: QObject | None = None) -> RowsModel:
    """Rows: {"channel", "tender", "payments", "amount"} (the total has channel "")."""
    return RowsModel(
        [
            Column(
                "channel",
                lambda: translate("ReportColumns", "Channel"),
                lambda r: (
                    channel(r["channel"]) if r["channel"] else translate("ReportColumns", "Total")
                ),
            ),
            Column(
                "tender",
                lambda: translate("ReportColumns", "Tender"),
                lambda r: tender(r["tender"]),
            ),
            _count_col("payments", QT_TRANSLATE_NOOP("ReportColumns", "Payments")),
            _money_col("amount", QT_TRANSLATE_NOOP("ReportColumns", "Amount (yuan)")),
            _filler(),
        ],
        parent,
    )


def rates_model(parent: QObject | None = None) -> RowsModel:
    """Rows: rate rows of the figures with a "name"."""
    return RowsModel(
        [
            _name_col(),
            _money_col("billed", QT_TRANSLATE_NOOP("ReportColumns", "Billed")),
            _money_col("settled", QT_TRANSLATE_NOOP("ReportColumns", "Settled")),
            Column(
                "settlement_rate",
                lambda: translate("ReportColumns", "Settlement rate"),
                lambda r: percent(r.get("settlement_rate")),
                align_right=True,
            ),
            _money_col("receivables_due", QT_TRANSLATE_NOOP("ReportColumns", "Receivables due")),
            _money_col("cash", QT_TRANSLATE_NOOP("ReportColumns", "Cash collected")),
            Column(
                "collection_rate",
                lambda: translate("ReportColumns", "Cash collection rate"),
                lambda r: percent(r.get("collection_rate")),
                align_right=True,
            ),
            _filler(),
        ],
        parent,
    )


def ageing_model(parent: QObject | None = None) -> RowsModel:
    """Rows: ageing rows of the figures with a "name": amounts per bucket and totals."""

    def bucket_amount(i: int) -> Column:
        return Column(
            f"b{i}",
            lambda: bucket_title(BUCKETS[i]),
            lambda r: money(r["amounts"][i]),
            align_right=True,
        )

    return RowsModel(
        [
            _name_col(),
            *[bucket_amount(i) for i in range(len(BUCKETS))],
            _money_col("amount_total", QT_TRANSLATE_NOOP("ReportColumns", "Overdue total")),
            _count_col("customers_total", QT_TRANSLATE_NOOP("ReportColumns", "Customers")),
            _money_col("not_due", QT_TRANSLATE_NOOP("ReportColumns", "Not yet due")),
            _filler(),
        ],
        parent,
    )


def top_arrears_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        [
            Column("account_no", lambda: translate("ReportColumns", "Account")),
            Column("name", lambda: translate("ReportColumns", "Customer")),
            Column(
                "customer_class",
                lambda: translate("ReportColumns", "Class"),
                lambda r: labels.customer_class(r["customer_class"]),
            ),
            Column("office", lambda: translate("ReportColumns", "Office")),
            _money_col("overdue", QT_TRANSLATE_NOOP("ReportColumns", "Overdue (yuan)")),
            Column("oldest_due", lambda: translate("ReportColumns", "Oldest due date")),
            _count_col("days_overdue", QT_TRANSLATE_NOOP("ReportColumns", "Days overdue")),
            _filler(),
        ],
        parent,
    )


# -- figures -> rows ---------------------------------------------------------------------


def named(rows: list[Row], total: Row, offices: dict[int, str], by: str) -> list[Row]:
    """The rows with a display name (class label or office name) and a total row last."""
    out = []
    for row in rows:
        key = row["key"]
        name = labels.customer_class(key) if by == "class" else offices.get(key, str(key))
        out.append({**row, "name": name})
    return [*out, {**total, "name": translate("ReportColumns", "Total")}]


def office_names(figures: dict[str, Any]) -> dict[int, str]:
    return {o["id"]: o["name"] for o in figures["offices"]}

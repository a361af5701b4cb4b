"""Qt models and labels of the "Billing runs" page, fed with the server's plain rows.

- ``books_model``: the reading books of the user's offices for one period, with the reading
  plan's status and the billing run's status, counts, total and progress;
- ``errors_model``: the points a run could not bill, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from client.core.widgets.rows_model import Column, Row, RowsModel

CONTEXT = "BillingRunModels"
translate = QCoreApplication.translate


def plan_status(status: str | None) -> str:
    labels = {None: translate("BillingRunModels", "no plan"),
              "open": translate("BillingRunModels", "not read"),
              "imported": translate("BillingRunModels", "imported"),
              "validated": translate("BillingRunModels", "validated"),
              "billing": translate("BillingRunModels", "billing"),
              "billed": translate("BillingRunModels", "billed")}
    return labels.get(status, status or "")


def run_status(status: str | None) -> str:
    labels = {None: translate("BillingRunModels", "not run"),
              "queued": translate("BillingRunModels", "queued"),
              "running": translate("BillingRunModels", "running"),
              "done": translate("BillingRunModels", "done"),
              "failed": translate("BillingRunModels", "failed")}
    return labels.get(status, status or "")


def error_reason(reason: str) -> str:
    labels = {"no_reading": translate("BillingRunModels", "no billable reading"),
              "no_tariff": translate("BillingRunModels", "no tariff"),
              "rating": translate("BillingRunModels", "tariff cannot rate it"),
              "reading": translate("BillingRunModels", "reading unusable")}
    return labels.get(reason, reason)


def _run(row: Row, key: str) -> str:
    run = row.get("run")
    return "" if not run else str(run.get(key, ""))


def _progress(row: Row) -> str:
    run = row.get("run") or {}
    job = run.get("job") or {}
    if run.get("status") not in ("queued", "running") or not job.get("total"):
        return ""
    return f"{100 * int(job.get('done', 0)) // int(job['total'])} %"


def books_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("book_code", lambda: translate("BillingRunModels", "Book")),
        Column("book_name", lambda: translate("BillingRunModels", "Name")),
        Column("points", lambda: translate("BillingRunModels", "Points"), align_right=True),
        Column("plan_status", lambda: translate("BillingRunModels", "Readings"),
               lambda r: plan_status(r.get("plan_status"))),
        Column("run", lambda: translate("BillingRunModels", "Run"),
               lambda r: run_status((r.get("run") or {}).get("status"))),
        Column("progress", lambda: translate("BillingRunModels", "Progress"), _progress,
               align_right=True),
        Column("bills", lambda: translate("BillingRunModels", "Bills"),
               lambda r: _run(r, "bills"), align_right=True),
        Column("review", lambda: translate("BillingRunModels", "For review"),
               lambda r: _run(r, "review"), align_right=True),
        Column("errors", lambda: translate("BillingRunModels", "Not billed"),
               lambda r: _run(r, "errors"), align_right=True),
        Column("total", lambda: translate("BillingRunModels", "Total (yuan)"),
               lambda r: _run(r, "total"), align_right=True),
    ], parent)


def errors_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column("account_no", lambda: translate("BillingRunModels", "Account")),
        Column("customer_name", lambda: translate("BillingRunModels", "Customer")),
        Column("metering_point_code", lambda: translate("BillingRunModels", "Metering point")),
        Column("reason", lambda: translate("BillingRunModels", "Reason"),
               lambda r: error_reason(str(r.get("reason", "")))),
        Column("detail", lambda: translate("BillingRunModels", "Detail")),
    ], parent)

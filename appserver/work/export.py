"""The work item list as a file for Excel: CSV (UTF-8 with a byte-order mark, which Excel
needs to read Chinese) or XLSX; headings and values in the caller's language."""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl import Workbook

from appserver.contract import work as contract
from appserver.contract.codec import datetime_from_wire
from appserver.contract.errors import UserError
from appserver.core.dates import OFFICE_ZONE, business_date
from appserver.core.rpc import Call
from appserver.work import listing

FORMATS = ("csv", "xlsx")
# (heading message, value of a wire row) in the file's column order.
Column = tuple[str, Callable[[Call, dict[str, Any]], Any]]


def _local(value: str | None) -> str:
    if value is None:
        return ""
    return datetime_from_wire(value).astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")


def _hours(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return str((Decimal(seconds) / 3600).quantize(Decimal("0.1"), ROUND_HALF_UP))


def _flag(call: Call, value: bool | None) -> str:
    return "" if value is None else call.msg("work_yes" if value else "work_no")


COLUMNS: tuple[Column, ...] = (
    ("work_col_reference", lambda c, r: r["reference"]),
    ("work_col_source", lambda c, r: c.msg(f"work_source_{r['source']}")),
    ("work_col_type", lambda c, r: r["type_name"]),
    ("work_col_step", lambda c, r: r["step_name"]),
    ("work_col_title", lambda c, r: r["title"]),
    ("work_col_status", lambda c, r: c.msg(f"work_status_{r['status']}")),
    ("work_col_risk", lambda c, r: c.msg(f"work_risk_{r['risk']}")),
    ("work_col_role", lambda c, r: r["assigned_role"] or ""),
    ("work_col_assignee", lambda c, r: r["assigned_user_name"] or ""),
    ("work_col_opened", lambda c, r: _local(r["opened_at"])),
    ("work_col_due", lambda c, r: _local(r["due_at"])),
    ("work_col_left", lambda c, r: _hours(r["time_left_s"])),
    ("work_col_closed", lambda c, r: _local(r["closed_at"])),
    ("work_col_breached", lambda c, r: _flag(c, r["breached"])),
    ("work_col_outcome", lambda c, r: r["outcome"]),
)


def export_items(call: Call, criteria_value: Any, file_format: Any) -> dict[str, Any]:
    crit = listing.criteria(call, criteria_value)
    kind = call.v.choice(file_format, "file_format", FORMATS)
    total = listing.count(call, crit)
    if total > contract.EXPORT_MAX:
        raise UserError(call.msg("work_export_too_many", count=total,
                                 limit=contract.EXPORT_MAX))
    headings = [call.msg(key) for key, _ in COLUMNS]
    rows = ([value(call, r) for _, value in COLUMNS]
            for r in listing.wire_rows(call, crit, 0, contract.EXPORT_MAX))
    content = _csv(headings, rows) if kind == "csv" else _xlsx(call, headings, rows)
    encoded = base64.b64encode(content).decode("ascii")
    if len(encoded) > contract.EXPORT_MAX_BYTES:
        raise UserError(call.msg("work_export_too_large", count=total))
    stamp = business_date(call.now).strftime("%Y%m%d")
    return {"filename": f"work-items-{stamp}.{kind}", "content_base64": encoded,
            "rows": total}


def _csv(headings: list[str], rows: Iterable[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headings)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _xlsx(call: Call, headings: list[str], rows: Iterable[list[Any]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(call.msg("work_export_sheet"))
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


"""The monthly revenue and collection report: input, office scope, figures, the PDF.

The report covers one billing period (yyyymm) and one org unit (the company, a bureau or an
office) that the user can see. Its ledger figures are as of the report date: the last day of
the period, or today while the period is not over (docs on the PDF's last page).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import OFFICE_ZONE, add_months, business_date, month_days
from appserver.core.pdf import pdf_result
from appserver.core.rpc import Call
from appserver.reports import figures as F
from appserver.reports import queries as q
from appserver.reports.monthly_pdf import render_monthly

REPORT_KINDS = ("company", "bureau", "office")


def _midnight(day: date) -> datetime:
    """00:00 of a business date at the office, as a UTC timestamp."""
    return datetime.combine(day, time(0), OFFICE_ZONE).astimezone(UTC)


def make_scope(period: int, office_ids: tuple[int, ...], today: date) -> q.Scope:
    start = date(period // 100, period % 100, 1)
    end = start + timedelta(days=month_days(period) - 1)
    as_of = min(end, today)
    following_end = end + timedelta(days=month_days(add_months(period, 1)))
    settled_as_of = min(following_end, today)
    return q.Scope(office_ids, start, as_of, _midnight(start),
                   _midnight(as_of + timedelta(days=1)), settled_as_of,
                   _midnight(settled_as_of + timedelta(days=1)))


def _unit_and_offices(call: Call, org_unit_id: Any) -> tuple[Any, list[Any]]:
    unit_id = call.v.integer(org_unit_id, "org_unit_id", 1, 2**31 - 1)
    unit = q.unit(call.db, unit_id)
    if unit is None:
        raise NotFound(call.msg("not_found", what=call.msg("rep_what_unit")))
    call.require_office(unit.id)
    if unit.kind not in REPORT_KINDS:
        raise UserError(call.msg("rep_unit_kind"), {"field": "org_unit_id"})
    return unit, q.offices_under(call.db, unit.path)


def _period(call: Call, period: Any) -> int:
    value = call.v.period(period)
    if date(value // 100, value % 100, 1) > business_date(call.now):
        raise UserError(call.msg("rep_period_future"), {"field": "period"})
    return value


def build(call: Call, period: Any, org_unit_id: Any) -> dict[str, Any]:
    """All figures of the report (Decimals and dates; ``figures.to_wire`` for the client)."""
    p = _period(call, period)
    unit, offices = _unit_and_offices(call, org_unit_id)
    office_ids = tuple(o.id for o in offices)
    scope = make_scope(p, office_ids, business_date(call.now))
    db = call.db
    bill_rows = q.billing(db, scope, F.comparison_periods(p))
    arrears = q.arrears(db, scope, F.TOP_ARREARS)
    names = q.customer_names(db, [row[0] for row in arrears.top])
    collection = F.collection_section(q.collection(db, scope),
                                      q.payment_reversals(db, scope), office_ids)
    cash = [collection["total"]["amount"]]
    for earlier in F.comparison_periods(p)[1:]:
        earlier_scope = make_scope(earlier, office_ids, business_date(call.now))
        cash.append(q.cash_total(db, earlier_scope))
    return {
        "period": p, "as_of": scope.as_of, "settled_as_of": scope.settled_as_of,
        "unit": {"id": unit.id, "code": unit.code, "name": unit.name, "kind": unit.kind},
        "company": q.company_name(db, unit.path),
        "offices": [{"id": o.id, "code": o.code, "name": o.name} for o in offices],
        "billing": F.billing_section(bill_rows, p, office_ids),
        "review": F.review_section(bill_rows, p, office_ids, q.review_reasons(db, scope, p)),
        "comparison": F.comparison_section(bill_rows, p, cash),
        "collection": collection,
        "rates": F.rates_section(q.settlement(db, scope, p), q.receivables_due(db, scope),
                                 collection["by_office"], office_ids),
        "ageing": F.ageing_section(arrears.ageing, office_ids),
        "top_arrears": F.top_arrears_section(arrears.top, names, scope.as_of),
        "penalties": F.penalties_section(q.penalties(db, scope), office_ids),
        "corrections": F.corrections_section(q.corrections(db, scope), office_ids),
    }


def monthly_figures(call: Call, period: Any, org_unit_id: Any) -> dict[str, Any]:
    data = build(call, period, org_unit_id)
    wire: dict[str, Any] = F.to_wire(data)
    wire["period"] = F.wire_period(data["period"])
    wire["comparison"]["periods"] = [F.wire_period(p) for p in data["comparison"]["periods"]]
    return wire


def monthly_pdf(call: Call, period: Any, org_unit_id: Any) -> dict[str, str]:
    data = build(call, period, org_unit_id)
    printed_by = call.user.full_name or call.user.username
    pdf = render_monthly(data, call.locale, call.now, printed_by)
    name = f"revenue-{F.wire_period(data['period'])}-{data['unit']['code']}.pdf"
    return pdf_result(name, pdf)


def units(call: Call) -> list[dict[str, Any]]:
    """The org units the user may report on, in tree order with their depth."""
    rows = q.report_units(call.db, call.user.visible_office_ids)
    return [{"id": r.id, "code": r.code, "name": r.name, "kind": r.kind,
             "depth": r.path.count("/") - 2} for r in rows]

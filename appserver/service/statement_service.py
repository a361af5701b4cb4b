"""The printed customer statement: checks, the period range, rendering in the caller's
language."""

from __future__ import annotations

from typing import Any

from appserver.contract.codec import decimal_to_wire, period_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import OFFICE_ZONE, add_months, business_date
from appserver.core.i18n import caller_reads_chinese
from appserver.core.pdf import pdf_result
from appserver.core.rpc import Call
from appserver.service import statement_data
from appserver.service import statement_pdf as pdf
from dbschema.models import Customer
from dbschema.models.payments import CHANNELS

MAX_MONTHS = 36


def periods(call: Call, from_period: Any, to_period: Any) -> tuple[int, int]:
    """The range asked for; by default the last 12 months up to this one."""
    current = int(business_date(call.now).strftime("%Y%m"))
    last = call.v.period(to_period, "statement_to") if to_period is not None else current
    first = (call.v.period(from_period, "statement_from") if from_period is not None
             else add_months(last, -11))
    if last > current:
        raise UserError(call.msg("cmp_statement_future"), {"field": "statement_to"})
    if first > last or add_months(first, MAX_MONTHS - 1) < last:
        raise UserError(call.msg("cmp_statement_range"), {"field": "statement_from"})
    return first, last


def statement_pdf(call: Call, customer_id: Any, from_period: Any,
                  to_period: Any) -> dict[str, Any]:
    cid = call.v.integer(customer_id, "customer_id", 1, 2**31)
    first, last = periods(call, from_period, to_period)
    customer = call.db.get(Customer, cid)
    if customer is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    call.require_office(customer.office_id)
    s = statement_data.gather(call.db, customer, first, last, call.now)
    data = pdf.render(
        s, chinese=caller_reads_chinese(),
        printed_at=call.now.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M"),
        printed_by=call.user.full_name,
        class_name=call.msg(f"rep_class_{customer.customer_class}"),
        channel_names={c: call.msg(f"rep_channel_{c}") for c in CHANNELS})
    result = pdf_result(f"statement-{customer.account_no}-{period_to_wire(first)}-"
                        f"{period_to_wire(last)}.pdf", data)
    result.update(from_period=period_to_wire(first), to_period=period_to_wire(last),
                  balance=decimal_to_wire(s.balance), arrears=decimal_to_wire(s.arrears),
                  penalty_due=decimal_to_wire(s.penalty_due))
    return result

"""The daily cash close per clerk (日结): the day's totals per tender type, the cash that should
be in the till, what the clerk counted, the difference. Final: one per clerk and date.

The totals are computed from the payments and reversals themselves (never kept as running
sums), while the till row is locked — posting locks it too — so what is closed is exactly
what was taken: Σ payments − Σ reversals of the day = the close's net total, to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.contract.errors import Conflict, NotFound
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.payments import close_pdf, posting
from appserver.payments import counter_repository as repo
from appserver.payments.counter_service import money, payment_row
from appserver.payments.reversal import reversal_row
from dbschema.models import CashClose, CashCloseTender

ZERO = Decimal("0.00")
NOTE_MAX = 200


@dataclass
class TenderTotals:
    tender_type: str
    payment_count: int = 0
    payments_total: Decimal = ZERO
    reversal_count: int = 0
    reversals_total: Decimal = ZERO

    @property
    def net_total(self) -> Decimal:
        return self.payments_total - self.reversals_total

    def wire(self) -> dict[str, Any]:
        return {"tender_type": self.tender_type, "payment_count": self.payment_count,
                "payments_total": money(self.payments_total),
                "reversal_count": self.reversal_count,
                "reversals_total": money(self.reversals_total),
                "net_total": money(self.net_total)}


@dataclass
class Day:
    clerk_id: int
    clerk: str
    office_name: str
    business_date: date
    payments: list[Any] = field(default_factory=list)
    reversals: list[Any] = field(default_factory=list)
    tenders: dict[str, TenderTotals] = field(default_factory=dict)

    def tender(self, name: str) -> TenderTotals:
        return self.tenders.setdefault(name, TenderTotals(name))

    @property
    def totals(self) -> TenderTotals:
        t = TenderTotals("all")
        for x in self.tenders.values():
            t.payment_count += x.payment_count
            t.payments_total += x.payments_total
            t.reversal_count += x.reversal_count
            t.reversals_total += x.reversals_total
        return t

    @property
    def expected_cash(self) -> Decimal:
        return self.tenders["cash"].net_total if "cash" in self.tenders else ZERO


def compute_day(call: Call, clerk_id: int, day: date) -> Day:
    db = call.db
    office = repo.user_office(db, clerk_id)
    result = Day(clerk_id, repo.user_name(db, clerk_id),
                 repo.office_name(db, office) if office else "", day)
    result.payments = list(repo.till_payments(db, clerk_id, day))
    for r in result.payments:
        t = result.tender(r[0].tender_type)
        t.payment_count += 1
        t.payments_total += r[0].amount
    result.reversals = list(repo.till_reversals(db, clerk_id, day))
    for r in result.reversals:
        t = result.tender(r[1].tender_type)
        t.reversal_count += 1
        t.reversals_total += r[1].amount
    return result


def _day_wire(d: Day, closed: CashClose | None) -> dict[str, Any]:
    return {"business_date": date_to_wire(d.business_date), "clerk": d.clerk,
            "office_name": d.office_name,
            "tenders": [t.wire() for _k, t in sorted(d.tenders.items())],
            "totals": d.totals.wire(), "expected_cash": money(d.expected_cash),
            "payments": [payment_row(r) for r in d.payments],
            "reversals": [reversal_row(r) for r in d.reversals],
            "closed": close_row(closed, d.clerk, d.office_name) if closed else None}


def close_row(c: CashClose, clerk: str, office_name: str) -> dict[str, Any]:
    return {"close_id": c.id, "clerk": clerk, "clerk_id": c.clerk_id,
            "office_name": office_name, "business_date": date_to_wire(c.business_date),
            "status": "closed", "payment_count": c.payment_count,
            "reversal_count": c.reversal_count, "payments_total": money(c.payments_total),
            "reversals_total": money(c.reversals_total), "net_total": money(c.net_total),
            "expected_cash": money(c.expected_cash), "counted_cash": money(c.counted_cash),
            "difference": money(c.difference), "note": c.note,
            "closed_at": datetime_to_wire(c.closed_at)}


def _day_arg(call: Call, value: Any) -> date:
    today = business_date(call.now)
    if value is None:
        return today
    day = call.v.day(value, "business_date")
    if day > today:
        raise call.v.fail("business_date", "pay_future_date")
    return day


def till(call: Call, day_value: Any) -> dict[str, Any]:
    day = _day_arg(call, day_value)
    me = call.user.user_id
    return _day_wire(compute_day(call, me, day), repo.close_of(call.db, me, day))


def close_till(call: Call, counted_cash: Any, note: Any) -> dict[str, Any]:
    v = call.v
    counted = v.money(counted_cash, "counted_cash", ZERO, Decimal("99999999.99"))
    text = v.text(note, "note", NOTE_MAX, required=False)
    me, today = call.user, business_date(call.now)
    if posting.lock_till(call.db, me.user_id, today, me.office_id, call.now) is not None:
        raise Conflict(call.msg("pay_already_closed", day=date_to_wire(today)))
    d = compute_day(call, me.user_id, today)
    totals = d.totals
    close = CashClose(clerk_id=me.user_id, office_id=me.office_id, business_date=today,
                      payment_count=totals.payment_count,
                      reversal_count=totals.reversal_count,
                      payments_total=totals.payments_total,
                      reversals_total=totals.reversals_total, net_total=totals.net_total,
                      expected_cash=d.expected_cash, counted_cash=counted,
                      difference=counted - d.expected_cash, note=text, closed_at=call.now)
    call.db.add(close)
    call.db.flush()
    call.db.add_all(CashCloseTender(close_id=close.id, tender_type=t.tender_type,
                                    payment_count=t.payment_count,
                                    reversal_count=t.reversal_count,
                                    payments_total=t.payments_total,
                                    reversals_total=t.reversals_total,
                                    net_total=t.net_total) for t in d.tenders.values())
    till_row = repo.till(call.db, me.user_id, today)
    assert till_row is not None
    till_row.closed_at = call.now
    call.db.flush()
    call.audit("cash_close", close.id, business_date=date_to_wire(today),
               net_total=money(close.net_total), counted_cash=money(counted),
               difference=money(close.difference))
    return close_row(close, d.clerk, d.office_name)


def till_report(call: Call, day_value: Any) -> dict[str, str]:
    day = _day_arg(call, day_value)
    me = call.user.user_id
    return close_pdf.render(compute_day(call, me, day), repo.close_of(call.db, me, day))


def closes(call: Call, day_value: Any) -> dict[str, Any]:
    if day_value is None:
        raise call.v.fail("business_date", "required")
    day = _day_arg(call, day_value)
    rows = []
    for till_row, clerk, office, close in repo.till_days(call.db, call.user.visible_office_ids,
                                                          day):
        if close is not None:
            rows.append(close_row(close, clerk, office))
        else:
            rows.append(_open_row(call, till_row.clerk_id, clerk, office, day))
    return {"rows": rows}


def _open_row(call: Call, clerk_id: int, clerk: str, office: str, day: date) -> dict[str, Any]:
    d = compute_day(call, clerk_id, day)
    t = d.totals
    return {"close_id": None, "clerk": clerk, "clerk_id": clerk_id, "office_name": office,
            "business_date": date_to_wire(day), "status": "open",
            "payment_count": t.payment_count, "reversal_count": t.reversal_count,
            "payments_total": money(t.payments_total),
            "reversals_total": money(t.reversals_total), "net_total": money(t.net_total),
            "expected_cash": money(d.expected_cash), "counted_cash": None,
            "difference": None, "note": "", "closed_at": None}


def close_report(call: Call, close_id: Any) -> dict[str, str]:
    cid = call.v.integer(close_id, "close_id", 1, 2**62)
    close = repo.close(call.db, cid)
    if close is None:
        raise NotFound(call.msg("not_found", what=call.msg("pay_what_close")))
    call.require_office(close.office_id)
    return close_pdf.render(compute_day(call, close.clerk_id, close.business_date), close)



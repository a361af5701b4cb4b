"""Business rules of bills: history, one bill, explanations recomputed from the stored request,
the abnormal-bill review queue, release to the ledger and rejection.

A bill keeps the rating request it was computed from; explaining it rates that request again
with explanations and says whether every amount came out the same. They must: a mismatch is
reported to the caller (and logged), never smoothed over.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from appserver.billing import bill_repository as repo
from appserver.billing.rating import (
    RatingRequest,
    RatingResult,
    TariffCatalog,
    difference,
    rate,
    request_from_data,
)
from appserver.billing.rating.lines import BillLine as RatedLine
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.registers import advance
from appserver.billing.rating.usage import Reading
from appserver.billing.tariff_store import approved_catalog
from appserver.contract.codec import (
    date_to_wire,
    datetime_to_wire,
    decimal_to_wire,
    period_to_wire,
)
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.core.settings import setting
from appserver.payments import ledger
from dbschema.models import Bill, LedgerEntry

log = logging.getLogger("pmis.billing.bills")
PAGE_MAX = 200
RELEASE_MAX = 500
ACCOUNT_RE_MAX = 10
QUANTITY = Decimal("0.0001")  # bill_line.quantity: NUMERIC(16,4)
UNIT_PRICE = Decimal("0.000001")  # bill_line.unit_price: NUMERIC(16,6)


class RecomputeMismatch(Exception):
    """A stored bill does not rate again to its own amounts (see ``recompute``)."""

    def __init__(self, bill_id: int) -> None:
        super().__init__(f"bill {bill_id} does not recompute to its stored amounts")
        self.bill_id = bill_id


# -- paging and lookups --------------------------------------------------------------------

def page_args(call: Call, page: Any, default_limit: int = 50) -> tuple[int, int]:
    p = call.v.mapping(page or {}, "page", ("offset", "limit"))
    return (call.v.integer(p.get("offset", 0), "offset", 0, 1_000_000),
            call.v.integer(p.get("limit", default_limit), "limit", 1, PAGE_MAX))


def load_bill(call: Call, bill_id: Any, *, lock: bool = False) -> Bill:
    bid = call.v.integer(bill_id, "bill_id", 1, 2**62)
    found = repo.bill(call.db, bid, lock=lock)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_bill")))
    call.require_office(found.office_id)
    return found


def request_of(bill: Bill) -> RatingRequest:
    return request_from_data(json.loads(bill.request))


# -- what travels ----------------------------------------------------------------------------

def bill_row(b: Bill) -> dict[str, Any]:
    return {"id": b.id, "customer_id": b.customer_id, "metering_point_id": b.metering_point_id,
            "office_id": b.office_id, "period": period_to_wire(b.period), "kind": b.kind,
            "status": b.status, "run_id": b.run_id, "corrects_bill_id": b.corrects_bill_id,
            "review_reason": b.review_reason, "energy_kwh": trimmed(b.energy_kwh),
            "amount": decimal_to_wire(b.amount), "due_on": date_to_wire(b.due_on),
            "tariff_keys": b.tariff_keys, "created_at": datetime_to_wire(b.created_at),
            "released_at": datetime_to_wire(b.released_at) if b.released_at else None}


def party_dto(p: repo.BillParty) -> dict[str, Any]:
    return {"customer_id": p.customer_id, "account_no": p.account_no, "name": p.name,
            "customer_class": p.customer_class, "address": p.address,
            "metering_point": p.point_code, "multiplier": plain(p.multiplier),
            "meter_serial": p.meter_serial, "office_name": p.office_name,
            "company_name": p.company_name}


def stored_line_dto(line: repo.StoredLine) -> dict[str, Any]:
    return {"seq": line.seq, "segment": line.segment, "code": line.code,
            "quantity": None if line.quantity is None else plain(line.quantity),
            "unit_price": None if line.unit_price is None else plain(line.unit_price),
            "amount": decimal_to_wire(line.amount)}


def readings(request: RatingRequest) -> list[dict[str, Any]]:
    """Meter readings, multiplier and energy per register of every segment (what the bill
    was computed from, as the customer's meter showed it)."""
    found = []
    for index, segment in enumerate(request.segments, start=1):
        for name, value in segment.registers.items():
            energy = advance(value, segment.multiplier, name)
            found.append({"segment": index, "register": name,
                          "previous": plain(value.previous) if isinstance(value, Reading)
                          else None,
                          "current": plain(value.current) if isinstance(value, Reading)
                          else None,
                          "multiplier": trimmed(segment.multiplier),
                          "energy": trimmed(energy)})
    return found


# -- reading a bill ----------------------------------------------------------------------------

def customer_bills(call: Call, account_no: Any, page: Any) -> dict[str, Any]:
    account = call.v.text(account_no, "account_no", ACCOUNT_RE_MAX)
    offset, limit = page_args(call, page)
    customer = repo.customer_by_account(call.db, account)
    if customer is None:
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_customer")))
    call.require_office(customer.office_id)
    found = repo.customer_bills(call.db, customer.id, offset, limit + 1)
    return {"customer": {"id": customer.id, "account_no": customer.account_no,
                         "name": customer.name, "address": customer.address,
                         "customer_class": customer.customer_class},
            "rows": [bill_row(b) for b in found[:limit]], "has_more": len(found) > limit}


def run_bills(call: Call, run_id: Any, page: Any) -> dict[str, Any]:
    run, _office = load_run(call, run_id)
    offset, limit = page_args(call, page)
    found = repo.run_bills(call.db, run.id, offset, limit + 1)
    names = repo.parties(call.db, found[:limit])
    return {"run_id": run.id, "period": period_to_wire(run.period),
            "rows": [bill_row(b) | {"account_no": names[b.id].account_no,
                                    "name": names[b.id].name} for b in found[:limit]],
            "has_more": len(found) > limit}


def load_run(call: Call, run_id: Any) -> tuple[Any, int]:
    rid = call.v.integer(run_id, "run_id", 1, 2**31)
    found = repo.run(call.db, rid)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_run")))
    call.require_office(found[1])
    return found


def get_bill(call: Call, bill_id: Any) -> dict[str, Any]:
    b = load_bill(call, bill_id)
    party = repo.parties(call.db, [b])[b.id]
    previous = repo.previous_balances(call.db, [b])[b.id]
    names = repo.user_names(call.db, [b.released_by])
    correction = repo.correcting_bill(call.db, b.id)
    return {"bill": bill_row(b) | {"released_by": names.get(b.released_by or 0, "")},
            "party": party_dto(party),
            "readings": readings(request_of(b)),
            "lines": [stored_line_dto(line) for line in repo.lines(call.db, [b.id])[b.id]],
            "previous_balance": decimal_to_wire(previous),
            "amount_due": decimal_to_wire(previous + b.amount),
            "corrected_by_bill_id": correction.id if correction else None}


# -- explanations ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Explained:
    """A bill rated again from its stored request: the lines as they come out now and
    whether each equals what was stored."""

    request: RatingRequest  # as stored
    result: RatingResult  # the full rating (for a correction: of the corrected request)
    lines: list[dict[str, Any]]
    matches: bool
    total: Decimal


def recompute(db: Session, bill: Bill, stored: list[repo.StoredLine],
              catalog: TariffCatalog | None = None) -> Explained:
    """``catalog``: the approved tariffs, when the caller recomputes many bills at once."""
    catalog = catalog or approved_catalog(db)
    request = request_of(bill)
    result = rate(request, catalog, explain=True)
    if bill.corrects_bill_id is None:
        rows = [_regular_line(line, stored[i] if i < len(stored) else None)
                for i, line in enumerate(result.lines)]
        total = result.total
    else:
        base = repo.bill(db, bill.corrects_bill_id)
        assert base is not None  # a foreign key
        before = rate(request_of(base), catalog, explain=True)
        rows = _difference_lines(before, result, stored)
        total = sum((Decimal(r["amount"]) for r in rows), Decimal("0.00"))
    matches = (len(rows) == len(stored) and all(r["matches"] for r in rows)
               and total == bill.amount)
    if not matches:
        log.error("bill %s does not recompute to its stored amounts (stored %s, now %s)",
                  bill.id, bill.amount, total)
    return Explained(request, result, rows, matches, total)


def _regular_line(line: RatedLine, stored: repo.StoredLine | None) -> dict[str, Any]:
    same = (stored is not None and stored.segment == line.segment
            and stored.code == line.code and stored.amount == line.amount
            and _same(stored.quantity, line.quantity, QUANTITY)
            and _same(stored.unit_price, line.unit_price, UNIT_PRICE))
    return line_dto(line) | {"stored_amount": None if stored is None
                              else decimal_to_wire(stored.amount), "matches": same}


def _same(stored: Decimal | None, now: Decimal, places: Decimal) -> bool:
    return stored is not None and stored == now.quantize(places)


def line_dto(line: RatedLine) -> dict[str, Any]:
    e = line.explanation
    return {"segment": line.segment, "code": line.code, "kind": line.kind,
            "label": line.label, "label_zh": line.label_zh, "quantity": plain(line.quantity),
            "unit": line.unit, "unit_price": plain(line.unit_price),
            "amount": decimal_to_wire(line.amount),
            "proration": None if line.proration is None else list(line.proration),
            "short": short_explanation(line),
            "explanation": None if e is None else e.localized(caller_reads_chinese())}


def _difference_lines(before: RatingResult, after: RatingResult,
                      stored: list[repo.StoredLine]) -> list[dict[str, Any]]:
    """A correction bill's lines: only what changed (rating.difference), each explained by
    the corrected line (or, for a line that went away, the line it takes back)."""
    old = {(x.segment, x.code): x for x in before.lines}
    new = {(x.segment, x.code): x for x in after.lines}
    rows = []
    for i, d in enumerate(difference(before, after).lines):
        shown = new.get((d.segment, d.code)) or old[(d.segment, d.code)]
        s = stored[i] if i < len(stored) else None
        same = (s is not None and s.segment == d.segment and s.code == d.code
                and s.amount == d.amount)
        rows.append(line_dto(shown) | {
            "amount": decimal_to_wire(d.amount), "old_amount": decimal_to_wire(d.old_amount),
            "new_amount": decimal_to_wire(d.new_amount),
            "short": f"{decimal_to_wire(d.new_amount)} − {decimal_to_wire(d.old_amount)}",
            "stored_amount": None if s is None else decimal_to_wire(s.amount),
            "matches": same})
    return rows


def trimmed(number: Decimal) -> str:
    """120.0000 -> "120", 0.5800 -> "0.58": quantities as people write them."""
    return plain(number.normalize())


def short_explanation(line: RatedLine) -> str:
    """One line of arithmetic for the printed bill: quantity × price (× days) = amount."""
    if line.unit == "yuan":  # percentage and power factor lines: a share of a base
        text = f"{trimmed(line.quantity)} × {trimmed(line.unit_price * 100)}%"
    else:
        text = f"{trimmed(line.quantity)} {line.unit} × {plain(line.unit_price)}"
    if line.proration is not None:
        text += f" × {line.proration[0]}/{line.proration[1]}"
    return f"{text} = {decimal_to_wire(line.amount)}"


def explain_bill(call: Call, bill_id: Any) -> dict[str, Any]:
    b = load_bill(call, bill_id)
    stored = repo.lines(call.db, [b.id])[b.id]
    explained = recompute(call.db, b, stored)
    return {"bill_id": b.id, "kind": b.kind, "matches": explained.matches,
            "total": decimal_to_wire(explained.total),
            "stored_total": decimal_to_wire(b.amount),
            "problem": "" if explained.matches else call.msg("bills_recompute_mismatch",
                                                             bill=b.id),
            "lines": explained.lines,
            "segments": [{"segment": s.index, "tariff": s.tariff_key, "days": s.days,
                          "days_in_period": s.period_days, "energy_kwh": plain(s.energy_kwh),
                          "subtotal": decimal_to_wire(s.subtotal)}
                         for s in explained.result.segments]}


# -- the review queue --------------------------------------------------------------------------

def amount_at_risk(amount: Decimal, history: list[repo.HistoryBill]) -> Decimal:
    """How far the bill is from what the point usually pays: |amount − average of the last
    three bills|, or the whole amount without history."""
    if not history:
        return abs(amount)
    usual = sum((h.amount for h in history), Decimal(0)) / len(history)
    return abs(amount - usual).quantize(Decimal("0.01"))


def review_queue(call: Call, page: Any) -> dict[str, Any]:
    offset, limit = page_args(call, page)
    waiting = repo.review_bills(call.db, call.user.visible_office_ids)
    history = repo.history(call.db, [(b.metering_point_id, b.period) for b in waiting])
    risks = {b.id: amount_at_risk(b.amount, history[(b.metering_point_id, b.period)])
             for b in waiting}
    waiting.sort(key=lambda b: (-risks[b.id], b.id))
    shown = waiting[offset:offset + limit]
    names = repo.parties(call.db, shown)
    rows = [bill_row(b) | {
        "account_no": names[b.id].account_no, "name": names[b.id].name,
        "amount_at_risk": decimal_to_wire(risks[b.id]),
        "history": [{"period": period_to_wire(h.period), "energy_kwh": trimmed(h.energy_kwh),
                     "amount": decimal_to_wire(h.amount)}
                    for h in history[(b.metering_point_id, b.period)]]} for b in shown]
    return {"rows": rows, "total": len(waiting), "has_more": offset + limit < len(waiting)}


# -- release and rejection ---------------------------------------------------------------------

def due_date(db: Session, today: date) -> date:
    return today + timedelta(days=int(setting(db, "billing.due_days", today)))


def post_bill(db: Session, bill: Bill, today: date, now: datetime,
              user_id: int | None) -> LedgerEntry | None:
    """A released bill's one ledger entry, then settle the customer's open credit (a prepaid
    balance pays the new bill at once). A negative bill is a credit (an adjustment); a zero
    bill posts nothing."""
    ledger.lock_customer(db, bill.customer_id)
    entry = None
    if bill.amount != 0:
        entry = ledger.post(db, LedgerEntry(
            customer_id=bill.customer_id, office_id=bill.office_id,
            entry_type="bill" if bill.amount > 0 else "adjustment", amount=bill.amount,
            posted_on=today, posted_at=now, period=bill.period,
            due_on=bill.due_on if bill.amount > 0 else None, bill_id=bill.id,
            created_by=user_id, note="" if bill.amount > 0 else f"negative bill {bill.id}"))
    ledger.settle(db, bill.customer_id, now, today)
    return entry


def release_bills(call: Call, bill_ids: Any) -> dict[str, Any]:
    ids = sorted(set(call.v.id_list(bill_ids, "bill_ids", RELEASE_MAX)))
    found = repo.bills(call.db, ids, lock=True)
    if len(found) != len(ids):
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_bill")))
    for b in found:
        call.require_office(b.office_id)
    void = [b.id for b in found if b.status in ("rejected", "cancelled")]
    if void:
        raise UserError(call.msg("bills_not_releasable", bills=", ".join(map(str, void))),
                        {"field": "bill_ids", "bill_ids": void})
    today = business_date(call.now)
    due = due_date(call.db, today)
    released, already = [], []
    for b in sorted(found, key=lambda x: (x.customer_id, x.id)):
        if b.status == "released":  # released meanwhile or by an earlier call: harmless
            already.append(b.id)
            continue
        b.status, b.released_at, b.released_by = "released", call.now, call.user.user_id
        b.due_on = max(b.due_on, due)  # held in review: the customer still gets full time
        call.db.flush()
        entry = post_bill(call.db, b, today, call.now, call.user.user_id)
        call.audit("bill", b.id, action="released", amount=decimal_to_wire(b.amount),
                   ledger_entry_id=entry.id if entry else None,
                   review_reason=b.review_reason)
        released.append(b.id)
    return {"released": released, "already_released": already}


def reject_bill(call: Call, bill_id: Any, reason: Any) -> dict[str, Any]:
    b = load_bill(call, bill_id, lock=True)
    why = call.v.text(reason, "reason", 100)
    if b.status == "rejected":
        return {"bill": bill_row(b), "already_rejected": True}
    if b.status != "review":
        raise UserError(call.msg("bills_reject_only_review", status=b.status),
                        {"field": "bill_id"})
    old_reason = b.review_reason
    b.status, b.review_reason = "rejected", f"rejected: {why}"[:120]
    call.db.flush()
    call.audit("bill", b.id, action="rejected", reason=why, review_reason=old_reason,
               period=period_to_wire(b.period), metering_point_id=b.metering_point_id)
    return {"bill": bill_row(b), "already_rejected": False}

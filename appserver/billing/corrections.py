"""Bill corrections with approval (退补): cancel/rebill, back-billing and refunds.

A correction never rewrites an issued bill. It rates a corrected copy of the bill's stored
request and keeps only the difference (``rating.difference``): on a second person's approval
that difference becomes a bill of kind rebill/backbill (its lines: what changed) and ONE
ledger entry of type ``adjustment`` (positive: a charge, negative: a credit). A rebill
cancels the bill it corrects; back-billing and refunds leave it standing beside them.

- rebill: corrected readings, energies, multiplier, tariff version or demand of a segment;
- backbill: kWh that were used but not billed (a stopped meter, theft), added to the segment;
- refund: kWh billed too much (a fast meter), taken off the segment — a credit.

Corrections go along a chain: a bill that was corrected is corrected again through its
latest correction, so every correction's base is the whole bill as it stands.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from appserver.billing import bill_repository as repo
from appserver.billing import bill_service as bills
from appserver.billing.rating import (
    Difference,
    RatingError,
    RatingResult,
    difference,
    rate,
    request_from_data,
)
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.registers import metered
from appserver.billing.rating.tariff_io import CODE_RE
from appserver.billing.rating.usage import REGISTERS
from appserver.billing.tariff_store import approved_catalog
from appserver.contract.codec import datetime_to_wire, decimal_to_wire, period_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.core.validation import Validator
from appserver.payments import ledger
from dbschema.models import Bill, BillLine, CorrectionRequest, LedgerEntry
from dbschema.models.corrections import CORRECTION_KINDS, CORRECTION_STATUSES

REBILL_KEYS = ("segment", "readings", "energies", "multiplier", "tariff", "capacity_kva",
               "contracted_demand_kw", "max_demand_kw", "power_factor")
ENERGY_KEYS = ("segment", "energy_kwh")
SEGMENT_QUANTITIES = ("capacity_kva", "contracted_demand_kw", "max_demand_kw")
BIG = Decimal("999999999999")


@dataclass(frozen=True)
class Computed:
    """A corrected request and what it changes against the bill it corrects."""

    request: dict[str, Any]
    before: RatingResult
    after: RatingResult
    diff: Difference

    @property
    def energy_difference(self) -> Decimal:
        return (sum((s.energy_kwh for s in self.after.segments), Decimal(0))
                - sum((s.energy_kwh for s in self.before.segments), Decimal(0)))


# -- the requested change --------------------------------------------------------------------

def parse_changes(v: Validator, kind: Any, changes: Any) -> tuple[str, dict[str, Any]]:
    """Validate the kind and its changes; returns them in their wire form (strings)."""
    k = v.choice(kind, "correction_kind", CORRECTION_KINDS)
    c = v.mapping(changes, "correction_changes", REBILL_KEYS if k == "rebill" else ENERGY_KEYS)
    clean: dict[str, Any] = {}
    if "segment" in c:
        clean["segment"] = v.integer(c["segment"], "correction_segment", 1, 31)
    if k != "rebill":
        clean["energy_kwh"] = plain(v.decimal(c.get("energy_kwh"), "correction_energy_kwh",
                                              Decimal("0.0001"), BIG, 4))
        return k, clean
    if "readings" in c:
        readings = v.mapping(c["readings"], "correction_readings", REGISTERS)
        clean["readings"] = {name: _reading(v, value) for name, value in readings.items()}
    if "energies" in c:
        energies = v.mapping(c["energies"], "correction_energies", REGISTERS)
        clean["energies"] = {
            name: plain(v.decimal(value, "correction_energies", Decimal(0), BIG, 4))
            for name, value in energies.items()}
    if "multiplier" in c:
        clean["multiplier"] = plain(v.decimal(c["multiplier"], "correction_multiplier",
                                              Decimal("0.0001"), Decimal(1_000_000), 4))
    if "tariff" in c:
        t = v.mapping(c["tariff"], "correction_tariff", ("code", "version"))
        clean["tariff"] = {"code": v.text(t.get("code"), "correction_tariff_code", 40,
                                           pattern=CODE_RE),
                           "version": v.integer(t.get("version"), "correction_tariff_version",
                                                1, 9999)}
    for key in SEGMENT_QUANTITIES:
        if key in c:
            clean[key] = plain(v.decimal(c[key], f"correction_{key}", Decimal(0), BIG, 4))
    if "power_factor" in c:
        clean["power_factor"] = plain(v.decimal(c["power_factor"], "correction_power_factor",
                                                Decimal(0), Decimal(1), 2))
    if not set(clean) - {"segment"}:
        raise v.fail("correction_changes", "required")
    return k, clean


def _reading(v: Validator, value: Any) -> dict[str, str]:
    r = v.mapping(value, "correction_readings", ("previous", "current"))
    return {"previous": plain(v.decimal(r.get("previous"), "correction_previous", Decimal(0),
                                        BIG, 4)),
            "current": plain(v.decimal(r.get("current"), "correction_current", Decimal(0),
                                       BIG, 4))}


def corrected_request(base: Bill, kind: str, clean: dict[str, Any]) -> dict[str, Any]:
    """The base bill's stored request with the change applied (still to be validated by the
    engine: a wrong combination is a RatingError naming the field)."""
    data: dict[str, Any] = json.loads(base.request)
    segments = data["segments"]
    index = clean.get("segment", len(segments)) - 1
    if index >= len(segments):
        raise RatingError("segment", f"the bill has {len(segments)} segment(s)")
    segment = segments[index]
    if kind == "rebill":
        _apply_rebill(segment, clean)
    else:
        energy = Decimal(clean["energy_kwh"])
        parsed = request_from_data(data).segments[index]
        segment["registers"] = _shifted(parsed, energy if kind == "backbill" else -energy,
                                        f"segments[{index}]")
    return data


def _apply_rebill(segment: dict[str, Any], clean: dict[str, Any]) -> None:
    registers = segment.setdefault("registers", {})
    for name, reading in clean.get("readings", {}).items():
        old = registers.get(name)
        digits = old.get("digits") if isinstance(old, dict) else None
        registers[name] = dict(reading) | ({} if digits is None else {"digits": digits})
    for name, energy in clean.get("energies", {}).items():
        registers[name] = energy
    for key in ("multiplier", "tariff", "power_factor", *SEGMENT_QUANTITIES):
        if key in clean:
            segment[key] = copy.deepcopy(clean[key])


def _shifted(segment: Any, kwh: Decimal, where: str) -> dict[str, str]:
    """The segment's registers as energies, with ``kwh`` added to the total (and to the
    flat period when the segment is billed by time of use), so the TOU split still adds up
    and the extra energy lands in the tier where it belongs."""
    m = metered(segment, where)
    total = m.total + kwh
    flat = m.periods.get("flat", Decimal(0)) + kwh if m.has_tou else Decimal(0)
    if total < 0 or flat < 0:
        raise RatingError(f"{where}.registers", "the refund is more energy than was billed "
                                                "(in the flat period, for a TOU bill)")
    registers = {"total": plain(total)}
    if m.has_tou:
        registers |= {p: plain(e) for p, e in m.periods.items()} | {"flat": plain(flat)}
    if m.reactive is not None:
        registers["reactive"] = plain(m.reactive)
    return registers


def compute(db: Session, base: Bill, kind: str, clean: dict[str, Any]) -> Computed:
    catalog = approved_catalog(db)
    data = corrected_request(base, kind, clean)
    before = rate(bills.request_of(base), catalog, explain=True)
    after = rate(request_from_data(data), catalog, explain=True)
    return Computed(data, before, after, difference(before, after))


# -- rules -----------------------------------------------------------------------------------

def _correctable(call: Call, bill_id: Any) -> Bill:
    b = bills.load_bill(call, bill_id, lock=True)
    if b.status != "released":
        raise UserError(call.msg("bills_correct_only_released", status=b.status),
                        {"field": "bill_id"})
    later = repo.correcting_bill(call.db, b.id)
    if later is not None:
        raise UserError(call.msg("bills_correct_latest", bill=later.id), {"field": "bill_id"})
    return b


def _computed(call: Call, base: Bill, kind: str, clean: dict[str, Any]) -> Computed:
    try:
        found = compute(call.db, base, kind, clean)
    except RatingError as exc:
        raise UserError(call.msg("bills_correction_unrateable", problem=exc.message),
                        exc.details) from None
    if found.diff.total == 0:
        raise UserError(call.msg("bills_nothing_to_correct"), {"field": "correction_changes"})
    return found


def preview_dto(base: Bill, kind: str, found: Computed) -> dict[str, Any]:
    before, after = found.before, found.after
    old = {(x.segment, x.code): x for x in before.lines}
    new = {(x.segment, x.code): x for x in after.lines}
    lines = []
    for d in found.diff.lines:
        shown = new.get((d.segment, d.code)) or old[(d.segment, d.code)]
        e = shown.explanation
        lines.append({"segment": d.segment, "code": d.code, "label": d.label,
                      "label_zh": d.label_zh, "old_amount": decimal_to_wire(d.old_amount),
                      "new_amount": decimal_to_wire(d.new_amount),
                      "amount": decimal_to_wire(d.amount),
                      "explanation": "" if e is None else e.text(caller_reads_chinese())})
    return {"bill_id": base.id, "kind": kind, "period": period_to_wire(base.period),
            "old_total": decimal_to_wire(before.total),
            "new_total": decimal_to_wire(after.total),
            "difference": decimal_to_wire(found.diff.total),
            "energy_difference": plain(found.energy_difference), "lines": lines}


def preview(call: Call, bill_id: Any, kind: Any, changes: Any) -> dict[str, Any]:
    k, clean = parse_changes(call.v, kind, changes)
    base = _correctable(call, bill_id)
    return preview_dto(base, k, _computed(call, base, k, clean))


def request(call: Call, bill_id: Any, kind: Any, changes: Any, reason: Any) -> dict[str, Any]:
    k, clean = parse_changes(call.v, kind, changes)
    why = call.v.text(reason, "reason", 200)
    base = _correctable(call, bill_id)
    if repo.pending_correction(call.db, base.id) is not None:
        raise UserError(call.msg("bills_correction_pending"), {"field": "bill_id"})
    found = _computed(call, base, k, clean)
    row = CorrectionRequest(
        bill_id=base.id, customer_id=base.customer_id, office_id=base.office_id, kind=k,
        status="pending", reason=why, changes=json.dumps(clean, sort_keys=True),
        request=json.dumps(found.request, sort_keys=True), difference=found.diff.total,
        energy_difference=found.energy_difference, requested_by=call.user.user_id,
        requested_at=call.now, decision_reason="")
    call.db.add(row)
    call.db.flush()
    call.audit("correction_request", row.id, action="requested", bill_id=base.id, kind=k,
               difference=decimal_to_wire(found.diff.total), changes=clean, reason=why)
    return correction_dto(row, base, None) | {"preview": preview_dto(base, k, found)}


def _pending(call: Call, correction_id: Any) -> tuple[CorrectionRequest, Bill]:
    cid = call.v.integer(correction_id, "correction_id", 1, 2**31)
    row = repo.correction(call.db, cid, lock=True)
    if row is None:
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_correction")))
    call.require_office(row.office_id)
    if row.status != "pending":
        raise UserError(call.msg("bills_correction_decided", status=row.status))
    base = repo.bill(call.db, row.bill_id, lock=True)
    assert base is not None  # a foreign key
    return row, base


def approve(call: Call, correction_id: Any) -> dict[str, Any]:
    row, base = _pending(call, correction_id)
    if row.requested_by == call.user.user_id:
        raise UserError(call.msg("bills_correction_four_eyes"))
    _correctable(call, base.id)
    # Rated again now: the approver posts what the requester saw, or nothing.
    found = _computed(call, base, row.kind, json.loads(row.changes))
    if found.diff.total != row.difference:
        raise Conflict(call.msg("bills_correction_changed",
                                then=decimal_to_wire(row.difference),
                                now=decimal_to_wire(found.diff.total)))
    made = _post_correction(call, row, base, found)
    row.status, row.decided_by, row.decided_at = "approved", call.user.user_id, call.now
    row.result_bill_id = made.id
    call.db.flush()
    call.audit("correction_request", row.id, action="approved", bill_id=base.id,
               new_bill_id=made.id, difference=decimal_to_wire(made.amount))
    return correction_dto(row, base, made)


def _post_correction(call: Call, row: CorrectionRequest, base: Bill, found: Computed) -> Bill:
    today = business_date(call.now)
    amount = found.diff.total
    made = Bill(customer_id=base.customer_id, metering_point_id=base.metering_point_id,
                office_id=base.office_id, period=base.period,
                kind="rebill" if row.kind == "rebill" else "backbill", status="released",
                run_id=None, corrects_bill_id=base.id, review_reason="",
                energy_kwh=found.energy_difference, amount=amount,
                due_on=bills.due_date(call.db, today) if amount > 0 else today,
                tariff_keys=",".join(s.tariff_key for s in found.after.segments)[:120],
                request=json.dumps(found.request, sort_keys=True),
                engine_version=base.engine_version, created_at=call.now,
                released_at=call.now, released_by=call.user.user_id)
    call.db.add(made)
    call.db.flush()
    call.db.add_all(BillLine(bill_id=made.id, seq=i, segment=d.segment, code=d.code,
                             quantity=None, unit_price=None, amount=d.amount)
                    for i, d in enumerate(found.diff.lines, start=1))
    if row.kind == "rebill":
        base.status = "cancelled"
    ledger.lock_customer(call.db, base.customer_id)
    entry = ledger.post(call.db, LedgerEntry(
        customer_id=base.customer_id, office_id=base.office_id, entry_type="adjustment",
        amount=amount, posted_on=today, posted_at=call.now, period=base.period,
        due_on=made.due_on if amount > 0 else None, bill_id=made.id,
        created_by=call.user.user_id, note=f"{row.kind} of bill {base.id}: {row.reason}"[:200]))
    ledger.settle(call.db, base.customer_id, call.now, today)
    call.audit("bill", made.id, action="correction_posted", corrects_bill_id=base.id,
               kind=made.kind, amount=decimal_to_wire(amount), ledger_entry_id=entry.id)
    return made


def reject(call: Call, correction_id: Any, reason: Any) -> dict[str, Any]:
    why = call.v.text(reason, "reason", 200)
    row, base = _pending(call, correction_id)
    if row.requested_by == call.user.user_id:
        raise UserError(call.msg("bills_correction_four_eyes"))
    row.status, row.decided_by, row.decided_at = "rejected", call.user.user_id, call.now
    row.decision_reason = why
    call.db.flush()
    call.audit("correction_request", row.id, action="rejected", bill_id=base.id, reason=why)
    return correction_dto(row, base, None)


# -- reading ---------------------------------------------------------------------------------

def correction_dto(row: CorrectionRequest, base: Bill, made: Bill | None,
                   names: dict[int, str] | None = None) -> dict[str, Any]:
    names = names or {}
    return {"id": row.id, "bill_id": row.bill_id, "customer_id": row.customer_id,
            "office_id": row.office_id, "kind": row.kind, "status": row.status,
            "period": period_to_wire(base.period), "reason": row.reason,
            "changes": json.loads(row.changes), "difference": decimal_to_wire(row.difference),
            "energy_difference": plain(row.energy_difference),
            "requested_by": row.requested_by,
            "requested_by_name": names.get(row.requested_by, ""),
            "requested_at": datetime_to_wire(row.requested_at),
            "decided_by": row.decided_by,
            "decided_by_name": names.get(row.decided_by or 0, ""),
            "decided_at": datetime_to_wire(row.decided_at) if row.decided_at else None,
            "decision_reason": row.decision_reason,
            "result_bill_id": made.id if made is not None else row.result_bill_id}


def list_corrections(call: Call, criteria: Any, page: Any) -> dict[str, Any]:
    c = call.v.mapping(criteria or {}, "criteria", ("status",))
    status = (call.v.choice(c["status"], "correction_status", CORRECTION_STATUSES)
              if c.get("status") is not None else None)
    offset, limit = bills.page_args(call, page)
    found = repo.corrections(call.db, call.user.visible_office_ids, status, offset, limit + 1)
    names = repo.user_names(call.db, [r.requested_by for r, _b, _c in found]
                            + [r.decided_by for r, _b, _c in found])
    return {"rows": [correction_dto(r, b, None, names)
                     | {"account_no": cust.account_no, "name": cust.name,
                        "bill_amount": decimal_to_wire(b.amount)}
                     for r, b, cust in found[:limit]],
            "has_more": len(found) > limit}


def get_correction(call: Call, correction_id: Any) -> dict[str, Any]:
    cid = call.v.integer(correction_id, "correction_id", 1, 2**31)
    row = repo.correction(call.db, cid)
    if row is None:
        raise NotFound(call.msg("not_found", what=call.msg("bills_what_correction")))
    call.require_office(row.office_id)
    base = repo.bill(call.db, row.bill_id)
    assert base is not None
    names = repo.user_names(call.db, [row.requested_by, row.decided_by])
    dto = correction_dto(row, base, None, names)
    try:
        found = compute(call.db, base, row.kind, json.loads(row.changes))
        dto["preview"] = preview_dto(base, row.kind, found)
    except RatingError as exc:  # e.g. a tariff version retired since: say so, show the rest
        dto["preview"] = None
        dto["problem"] = call.msg("bills_correction_unrateable", problem=exc.message)
    return dto

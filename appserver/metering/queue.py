"""The supervisor's exception queue: flagged and missing reads ranked by money at risk, and
the decisions on them (approve, correct, estimate, send for re-read), each audited with a
note."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text

from appserver.contract.codec import period_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.metering import estimate as est
from appserver.metering import plans
from appserver.metering import repository as repo
from appserver.metering.dto import dec, meter_registers, reading_dto, register_values, wire
from appserver.metering.entry import registers_arg
from appserver.metering.pipeline import Outcome
from appserver.metering.rules import flag_list, thresholds
from appserver.metering.service import current_period, ingest_call, period_arg
from appserver.metering.stage import StagedRead

DECISIONS = ("approve", "correct", "estimate", "reread")
QUEUE_MAX = 500
CENT = Decimal("0.01")
# Approving needs a consumption: a backwards read or one without a previous read has none.
NOT_APPROVABLE = frozenset({"backwards", "no_previous"})


def exception_queue(call: Call, period: Any, limit: Any) -> dict[str, Any]:
    p = period_arg(call, period) if period is not None else current_period(call)
    n = call.v.integer(limit, "limit", 1, QUEUE_MAX)
    offices = call.user.visible_office_ids
    flagged = repo.flagged(call.db, offices, p, n)
    missing = repo.missing(call.db, offices, p, n)
    point_ids = [int(r["metering_point_id"]) for r in [*flagged, *missing]]
    refs = repo.history_refs(call.db, point_ids, p)
    limits = thresholds(call.db, business_date(call.now))
    items = [_flagged_item(call, r, refs.get(int(r["metering_point_id"]))) for r in flagged]
    for m in missing:
        expected = est.expected_kwh(refs.get(int(m["metering_point_id"])), None)
        money = ((expected or Decimal(0)) * limits.price(str(m["customer_class"])))
        items.append({**_common(m), "kind": "missing", "reading_id": None,
                      "reasons": ["missing"], "status": "missing", "registers": {},
                      "read_on": None, "consumption_kwh": None, "expected_kwh": wire(expected),
                      "money_at_risk": wire(money.quantize(CENT, ROUND_HALF_UP))})
    items.sort(key=lambda i: (-(dec(i["money_at_risk"]) or Decimal(0)),
                              i["metering_point_id"]))
    return {"period": period_to_wire(p), "items": items[:n],
            "more": len(flagged) == n or len(missing) == n}


def _common(r: Mapping[Any, Any]) -> dict[str, Any]:
    return {"metering_point_id": r["metering_point_id"], "plan_id": r["plan_id"],
            "book_code": r["book_code"], "account_no": r["account_no"],
            "customer_name": r["customer_name"], "customer_class": r["customer_class"],
            "serial": r["serial"], "meter_id": r["meter_id"],
            "meter_registers": meter_registers(str(r["meter_registers"])),
            "multiplier": wire(r["multiplier"], 0)}


def _flagged_item(call: Call, r: Mapping[Any, Any],
                  refs: tuple[Decimal | None, Decimal | None] | None) -> dict[str, Any]:
    history = repo.last_billable(call.db, int(r["meter_id"]), int(r["period"]), 1)
    return {**_common(r), "kind": "reading", "reading_id": r["id"],
            "reasons": flag_list(str(r["flags"])), "status": r["status"],
            "registers": register_values(r), "read_on": str(r["read_on"])[:10],
            "consumption_kwh": wire(r["consumption_kwh"]),
            "expected_kwh": wire(est.expected_kwh(refs, history[0] if history else None)),
            "money_at_risk": wire(r["money_at_risk"]),
            "last": {"registers": register_values(history[0]),
                     "period": period_to_wire(int(history[0]["period"]))} if history else None}


# -- decisions --------------------------------------------------------------------------------

def decide(call: Call, target: Any, decision: Any, values: Any, note: Any) -> dict[str, Any]:
    v = call.v
    t = v.mapping(target, "target", ("reading_id", "metering_point_id", "period"))
    what = v.choice(decision, "decision", DECISIONS)
    why = v.text(note, "note", 200)
    if "reading_id" in t:
        return _decide_reading(call, v.integer(t["reading_id"], "reading_id", 1, 2**62),
                               what, values, why)
    point_id = v.integer(t.get("metering_point_id"), "metering_point_id", 1, 2**31)
    return _decide_missing(call, point_id, period_arg(call, t.get("period")), what, values, why)


def _decide_reading(call: Call, reading_id: int, what: str, values: Any,
                    note: str) -> dict[str, Any]:
    r = repo.reading_scope(call.db, reading_id)
    if r is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_reading")))
    call.require_office(int(r["office_id"]))
    if r["status"] != "flagged":
        raise Conflict(call.msg("metering_not_flagged"), {"status": r["status"]})
    if r["plan_status"] in ("billing", "billed"):
        raise UserError(call.msg("metering_plan_billed"))
    if what in ("approve", "reread"):
        if what == "approve" and NOT_APPROVABLE & set(flag_list(str(r["flags"]))):
            raise UserError(call.msg("metering_cannot_approve"))
        status = "approved" if what == "approve" else "reread"
        call.db.execute(text("UPDATE meter_reading SET status = :s, note = :n WHERE id = :id"),
                        {"s": status, "n": note, "id": reading_id})
        plans.refresh(call.db, [int(r["plan_id"])])
        call.audit("meter_reading", reading_id, action=what, flags=r["flags"], note=note)
        return {"reading": reading_dto(repo.readings(call.db, [reading_id])[reading_id])}
    scope = repo.point_scope(call.db, int(r["metering_point_id"]))
    assert scope is not None
    return _replace(call, scope, int(r["period"]), str(r["kind"]), str(r["serial"]), what,
                    values, note, reading_id)


def _decide_missing(call: Call, point_id: int, period: int, what: str, values: Any,
                    note: str) -> dict[str, Any]:
    scope = repo.point_scope(call.db, point_id)
    if scope is None or scope["meter_id"] is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_point")))
    call.require_office(int(scope["office_id"]))
    if what not in ("correct", "estimate"):
        raise UserError(call.msg("metering_missing_needs_value"))
    return _replace(call, scope, period, "regular", str(scope["serial"]), what, values, note,
                    None)


def _replace(call: Call, scope: Mapping[Any, Any], period: int, kind: str, serial: str,
             what: str, values: Any, note: str, replaced: int | None) -> dict[str, Any]:
    """A correction or an estimate: a new live row through the validation pipeline; the row
    it replaces becomes 'superseded' (kept)."""
    registers = meter_registers(str(scope["registers"]))
    if what == "correct":
        new_values = registers_arg(call, values, registers, "values")
        forced, source = "approved", "manual"
    else:
        new_values = _estimated(call, scope, period, registers)
        forced, source = "estimated", "estimated"
    read = StagedRead(1, serial, kind, business_date(call.now), dict(new_values), source,
                      forced, note)
    outcome = ingest_call(call, period, [read.values()])
    new_id = live_id(call, serial, period, kind)
    refuse_unusable(call, outcome, new_id)
    call.audit("meter_reading", new_id, action=what, replaces=replaced, note=note,
               registers={k: str(x) for k, x in new_values.items()})
    return {"reading": reading_dto(repo.readings(call.db, [new_id])[new_id])}


def _estimated(call: Call, scope: Mapping[Any, Any], period: int,
               registers: list[str]) -> dict[str, Decimal]:
    history = repo.last_billable(call.db, int(scope["meter_id"]), period, 2)
    if not history:
        raise UserError(call.msg("metering_cannot_estimate"))
    refs = repo.history_refs(call.db, [int(scope["id"])], period).get(int(scope["id"]))
    expected = est.expected_kwh(refs, history[0]) or Decimal(0)
    return est.estimate(history, registers, int(scope["digits"]),
                        dec(scope["multiplier"]) or Decimal(1), expected)


def live_id(call: Call, serial: str, period: int, kind: str) -> int:
    found = call.db.scalar(text(
        "SELECT r.id FROM meter_reading r JOIN meter m ON m.id = r.meter_id "
        "WHERE m.serial = :serial AND r.period = :p AND r.kind = :k "
        "AND r.status <> 'superseded'"), {"serial": serial, "p": period, "k": kind})
    return int(found) if found is not None else 0


def refuse_unusable(call: Call, outcome: Outcome, new_id: int) -> None:
    if outcome.rejected:
        raise UserError(call.msg(f"metering_reject_{outcome.rejected[0][1]}"))
    status = call.db.scalar(text("SELECT status FROM meter_reading WHERE id = :id"),
                            {"id": new_id})
    if status == "flagged":  # backwards or no previous read: the value cannot be billed
        raise UserError(call.msg("metering_value_unusable"))

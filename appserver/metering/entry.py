"""Fast keyboard entry: the sheet of a plan and saving a batch of typed readings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from appserver.contract.codec import period_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.metering import repository as repo
from appserver.metering.books import point_rows
from appserver.metering.dto import meter_registers, wire
from appserver.metering.service import ingest_call
from appserver.metering.stage import StagedRead
from dbschema.models.metering import REGISTERS

MAX_BATCH = 500
MAX_REGISTER = Decimal("999999999.99")
ROW_KEYS = ("metering_point_id", "registers", "read_on", "note")


def plan_for(call: Call, plan_id: Any, writable: bool = False) -> Mapping[Any, Any]:
    pid = call.v.integer(plan_id, "plan_id", 1, 2**31)
    found = repo.plan(call.db, pid)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_plan")))
    call.require_office(int(found["office_id"]))
    if writable and found["status"] in ("billing", "billed"):
        raise UserError(call.msg("metering_plan_billed"))
    return found


def entry_sheet(call: Call, plan_id: Any) -> dict[str, Any]:
    plan = plan_for(call, plan_id)
    return {"plan": {"id": plan["id"], "book_id": plan["book_id"], "code": plan["code"],
                     "name": plan["name"], "period": period_to_wire(int(plan["period"])),
                     "status": plan["status"]},
            "rows": point_rows(call, int(plan["book_id"]), int(plan["period"]))}


def registers_arg(call: Call, value: Any, allowed: list[str], field: str) -> dict[str, Decimal]:
    """Typed register values: plain decimals with up to two places, only the meter's own
    registers, and a total."""
    given = call.v.mapping(value, field, REGISTERS)
    unknown = [r for r in given if r not in allowed]
    if unknown:
        raise call.v.fail(field, "metering_register_not_on_meter", names=", ".join(unknown))
    values = {r: call.v.decimal(v, r, Decimal(0), MAX_REGISTER, 2)
              for r, v in given.items() if v not in (None, "")}
    if "total" not in values:
        raise call.v.fail("total", "required")
    return values


def save_readings(call: Call, plan_id: Any, rows: Any) -> dict[str, Any]:
    plan = plan_for(call, plan_id, writable=True)
    if not isinstance(rows, list) or not rows or len(rows) > MAX_BATCH:
        raise call.v.fail("rows", "bad_list", limit=MAX_BATCH)
    period, today = int(plan["period"]), business_date(call.now)
    sheet = {int(p["metering_point_id"]): p
             for p in repo.points(call.db, int(plan["book_id"]), period)}
    reads: list[StagedRead] = []
    for n, raw in enumerate(rows, start=1):
        row = call.v.mapping(raw, "rows", ROW_KEYS)
        pid = call.v.integer(row.get("metering_point_id"), "metering_point_id", 1, 2**31)
        point = sheet.get(pid)
        if point is None:
            raise UserError(call.msg("metering_point_not_in_book", row=n),
                            {"row": n, "field": "metering_point_id"})
        values = registers_arg(call, row.get("registers"), meter_registers(point["registers"]),
                               "registers")
        read_on = call.v.day(row["read_on"], "read_on") if row.get("read_on") else today
        note = call.v.text(row.get("note"), "note", 200, required=False)
        reads.append(StagedRead(n, str(point["serial"]), "regular", read_on,
                                dict(values), "manual", None, note))
    outcome = ingest_call(call, period, (r.values() for r in reads))
    return {"accepted": outcome.accepted, "flagged": outcome.flagged_count,
            "rejected": outcome.rejected_count,
            "rows": _verdicts(call, plan, reads, dict(outcome.rejected))}


def _verdicts(call: Call, plan: Mapping[Any, Any], reads: list[StagedRead],
              rejected: dict[int, str]) -> list[dict[str, Any]]:
    """Per typed row: the reading it became (status, flags, consumption) or why not."""
    after = {str(p["serial"]): p for p in repo.points(call.db, int(plan["book_id"]),
                                                       int(plan["period"]))}
    saved = repo.readings(call.db, [p["this_id"] for p in after.values() if p["this_id"]])
    verdicts: list[dict[str, Any]] = []
    for read in reads:
        point = after[read.serial]
        base = {"row": read.line_no, "metering_point_id": point["metering_point_id"]}
        reading = saved.get(point["this_id"]) if point["this_id"] else None
        if read.line_no in rejected or reading is None:
            verdicts.append({**base, "rejected": rejected.get(read.line_no, "unknown_meter")})
            continue
        call.audit("meter_reading", int(reading["id"]), action="entered",
                   status=reading["status"], flags=reading["flags"])
        verdicts.append({**base, "reading_id": reading["id"], "status": reading["status"],
                         "flags": [f for f in str(reading["flags"]).split(",") if f],
                         "consumption_kwh": wire(reading["consumption_kwh"])})
    return verdicts

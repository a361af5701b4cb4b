"""A meter replaced in mid-period: the old meter's final reading closes its consumption, the
new meter's initial reading opens its own; both are billed in the same period with their
own multipliers (the point's), and the next regular read of the point is flagged
``meter_changed`` for a look."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text

from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.metering import repository as repo
from appserver.metering.dto import REGISTER_ALIASES, meter_registers, reading_dto
from appserver.metering.entry import registers_arg
from appserver.metering.queue import live_id, refuse_unusable
from appserver.metering.service import ingest_call, read_window
from appserver.metering.stage import StagedRead
from dbschema.models.metering import REGISTERS

CHANGE_KEYS = ("date", "old_final", "new_serial", "new_digits", "new_registers", "new_initial",
               "note")
SERIAL_RE = re.compile(r"^[A-Za-z0-9]{6,24}$")  # stored upper-case
_METER_NAMES = {v: k for k, v in REGISTER_ALIASES.items()}  # max_demand -> demand


def change_meter(call: Call, metering_point_id: Any, change: Any) -> dict[str, Any]:
    v = call.v
    point_id = v.integer(metering_point_id, "metering_point_id", 1, 2**31)
    c = v.mapping(change, "change", CHANGE_KEYS)
    scope = repo.point_scope(call.db, point_id)
    if scope is None or scope["meter_id"] is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_point")))
    call.require_office(int(scope["office_id"]))
    on = v.day(c.get("date"), "change_date")
    period = on.year * 100 + on.month
    earliest, latest = read_window(period, business_date(call.now))
    if not earliest <= on <= latest:
        raise v.fail("change_date", "metering_date_out_of_range")
    serial = v.text(c.get("new_serial"), "new_serial", 24, pattern=SERIAL_RE).upper()
    digits = v.integer(c.get("new_digits"), "new_digits", 4, 9)
    names = v.string_list(c.get("new_registers"), "new_registers", len(REGISTERS), 20)
    if "total" not in names or any(n not in REGISTERS for n in names):
        raise v.fail("new_registers", "bad_format")
    old_final = registers_arg(call, c.get("old_final"), meter_registers(str(scope["registers"])),
                              "old_final")
    new_initial = registers_arg(call, c.get("new_initial"), names, "new_initial")
    note = v.text(c.get("note"), "note", 200)
    if call.db.scalar(text("SELECT 1 FROM meter WHERE serial = :s"), {"s": serial}):
        raise Conflict(call.msg("metering_serial_exists", serial=serial), {"field": "new_serial"})
    new_meter = _swap_meters(call, scope, on, serial, digits, names)
    reads = [StagedRead(1, str(scope["serial"]), "final", on, dict(old_final), "manual", None,
                        note),
             StagedRead(2, serial, "initial", on, dict(new_initial), "manual", None, note)]
    outcome = ingest_call(call, period, [r.values() for r in reads])
    final_id = live_id(call, str(scope["serial"]), period, "final")
    refuse_unusable(call, outcome, final_id)
    initial_id = live_id(call, serial, period, "initial")
    call.audit("meter", int(scope["meter_id"]), action="meter_changed", point=point_id,
               date=on.isoformat(), new_meter=new_meter, new_serial=serial, note=note)
    found = repo.readings(call.db, [final_id, initial_id])
    return {"old_meter_id": scope["meter_id"], "new_meter_id": new_meter,
            "final": reading_dto(found.get(final_id)),
            "initial": reading_dto(found.get(initial_id))}


def _swap_meters(call: Call, scope: Any, on: Any, serial: str, digits: int,
                 names: list[str]) -> int:
    installed = call.db.scalar(text("SELECT installed_on FROM meter WHERE id = :id"),
                               {"id": scope["meter_id"]})
    if installed is not None and str(installed)[:10] > on.isoformat():
        raise UserError(call.msg("metering_date_before_install"))
    call.db.execute(text("UPDATE meter SET removed_on = :d WHERE id = :id"),
                    {"d": on.isoformat(), "id": scope["meter_id"]})
    registers = ",".join(_METER_NAMES.get(n, n) for n in REGISTERS if n in names)
    call.db.execute(text(
        "INSERT INTO meter (metering_point_id, serial, meter_type, digits, registers, "
        "installed_on) VALUES (:p, :s, :t, :d, :r, :on)"),
        {"p": scope["id"], "s": serial, "t": scope["meter_type"], "d": digits, "r": registers,
         "on": on.isoformat()})
    new_id = call.db.scalar(text("SELECT id FROM meter WHERE serial = :s"), {"s": serial})
    assert new_id is not None
    return int(new_id)

"""Repair crews of an office: listed for dispatch, created and edited by dispatchers."""

from __future__ import annotations

from typing import Any

from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.rpc import Call
from appserver.service import fault_repository as repo
from appserver.service.fault_board import office_of, own_office
from dbschema.models import RepairCrew

CREW_FIELDS = ("name", "phone", "members", "area_served", "active")


def crew_to_wire(c: RepairCrew) -> dict[str, Any]:
    return {"id": c.id, "office_id": c.office_id, "name": c.name, "phone": c.phone,
            "members": c.members, "area_served": c.area_served, "active": c.active,
            "version": c.version}


def _fields(call: Call, data: Any, partial: bool) -> dict[str, Any]:
    v = call.v
    d = v.mapping(data, "crew", CREW_FIELDS)
    out: dict[str, Any] = {}
    if not partial or "name" in d:
        out["name"] = v.text(d.get("name"), "crew_name", 60)
    if not partial or "phone" in d:
        out["phone"] = v.text(d.get("phone"), "crew_phone", 20)
    for key, limit in (("members", 200), ("area_served", 200)):
        if not partial or key in d:
            out[key] = v.text(d.get(key), f"crew_{key}", limit, required=False)
    if not partial or "active" in d:
        out["active"] = v.boolean(d.get("active", True), "crew_active")
    return out


def list_crews(call: Call, office_id: Any) -> list[dict[str, Any]]:
    oid = own_office(call, office_id)
    return [crew_to_wire(c) for c in repo.crews(call.db, oid)] if oid is not None else []


def create_crew(call: Call, office_id: Any, crew: Any) -> dict[str, Any]:
    oid = office_of(call, office_id)
    fields = _fields(call, crew, partial=False)
    if repo.crew_name_taken(call.db, oid, fields["name"], None):
        raise UserError(call.msg("fault_crew_name_taken", name=fields["name"]),
                        {"field": "crew_name"})
    row = RepairCrew(office_id=oid, version=1, updated_at=call.now, **fields)
    call.db.add(row)
    call.db.flush()
    call.audit("repair_crew", row.id, action="created", **fields)
    return crew_to_wire(row)


def update_crew(call: Call, crew_id: Any, version: Any, changes: Any) -> dict[str, Any]:
    row = call.db.get(RepairCrew, call.v.integer(crew_id, "crew_id", 1, 2**31))
    if row is None:
        raise NotFound(call.msg("not_found", what=call.msg("fault_what_crew")))
    call.require_office(row.office_id)
    expected = call.v.integer(version, "version", 1, 2**31)
    fields = _fields(call, changes, partial=True)
    changed = {k: val for k, val in fields.items() if getattr(row, k) != val}
    if not changed:
        raise UserError(call.msg("nothing_to_change"))
    if "name" in changed and repo.crew_name_taken(call.db, row.office_id, changed["name"],
                                                  row.id):
        raise UserError(call.msg("fault_crew_name_taken", name=changed["name"]),
                        {"field": "crew_name"})
    before = {k: getattr(row, k) for k in changed}
    if not repo.bump_version(call.db, RepairCrew, row.id, expected,
                             {**changed, "updated_at": call.now}):
        call.db.refresh(row)
        raise Conflict(call.msg("conflict_changed"), {"current": crew_to_wire(row)})
    call.db.refresh(row)
    call.audit("repair_crew", row.id, action="changed", before=before, after=changed)
    return crew_to_wire(row)

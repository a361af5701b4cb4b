"""Business rules of the customer file: search, the customer 360 view, contact corrections."""

from __future__ import annotations

import re
from typing import Any

from appserver.contract.codec import date_to_wire, datetime_to_wire, decimal_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.rpc import Call
from appserver.customers import repository as repo
from dbschema.models import Customer

SEARCH_MAX_LEN = 60
SEARCH_PAGE_MAX = 50
ADDRESS_MIN_LEN = 3
_ALNUM_RE = re.compile(r"^[A-Za-z0-9]+$")
_DIGITS_RE = re.compile(r"^[0-9]+$")
CONTACT_FIELDS = ("phone_mobile", "phone_landline", "contact_person", "mail_address")


def classify(text: str) -> list[tuple[str, str]]:
    """Which patterns a search text can mean, most specific first."""
    if _DIGITS_RE.match(text):  # ASCII digits only: str.isdigit() accepts '²' too
        patterns = [("account", text)] if len(text) <= 10 else []
        if len(text) >= 4:
            patterns += [("mobile", text), ("landline", text)]
        if len(text) >= 4:
            patterns.append(("meter", text))
        return patterns
    if _ALNUM_RE.match(text):
        return [("meter", text.upper())]
    patterns = [("name", text)]
    # A substring needs a whole trigram to use the trigram index; with fewer characters the
    # database reads every row of the clerk's offices (measured: 650 ms over 1e6 customers).
    if len(text) >= ADDRESS_MIN_LEN:
        patterns.append(("address", text))
    return patterns


def search(call: Call, text: Any, page: Any) -> dict[str, Any]:
    v = call.v
    query = v.text(text, "text", SEARCH_MAX_LEN, required=False).replace("-", "")
    p = v.mapping(page or {}, "page", ("offset", "limit"))
    offset = v.integer(p.get("offset", 0), "offset", 0, 10_000)
    limit = v.integer(p.get("limit", 20), "limit", 1, SEARCH_PAGE_MAX)
    if not query:
        return {"rows": [], "has_more": False}
    hits = repo.search_ids(call.db, call.user.visible_office_ids, classify(query),
                           offset + limit + 1)
    window = hits[offset:offset + limit]
    kinds = {cid: kind for cid, _acc, kind in window}
    rows = repo.search_rows(call.db, [cid for cid, _acc, _k in window])
    return {"rows": [search_row(r, r.office_name, kinds[r.id]) for r in rows],
            "has_more": len(hits) > offset + limit}


def search_row(c: Any, office_name: str, matched: str) -> dict[str, Any]:
    """``c``: a customer or a row with the same column names (repository.search_rows)."""
    return {"id": c.id, "account_no": c.account_no, "name": c.name,
            "customer_class": c.customer_class, "phone_mobile": c.phone_mobile,
            "address": c.address, "office_name": office_name, "status": c.status,
            "matched": matched}


def _customer(call: Call, customer_id: Any) -> tuple[Customer, str]:
    cid = call.v.integer(customer_id, "customer_id", 1, 2**31)
    found = repo.customers_with_office(call.db, [cid])
    if not found:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    customer, office = found[0]
    call.require_office(customer.office_id)
    return customer, office


def customer_dto(c: Customer, office_name: str) -> dict[str, Any]:
    return {"id": c.id, "account_no": c.account_no, "name": c.name,
            "customer_class": c.customer_class, "industry": c.industry,
            "voltage_level": c.voltage_level, "id_doc_type": c.id_doc_type,
            "id_doc_no": c.id_doc_no, "phone_mobile": c.phone_mobile,
            "phone_landline": c.phone_landline, "contact_person": c.contact_person,
            "address": c.address, "mail_address": c.mail_address, "office_id": c.office_id,
            "office_name": office_name, "status": c.status,
            "opened_on": date_to_wire(c.opened_on), "version": c.version,
            "updated_at": datetime_to_wire(c.updated_at)}


def get_file(call: Call, customer_id: Any) -> dict[str, Any]:
    customer, office = _customer(call, customer_id)
    sps = repo.service_points(call.db, customer.id)
    mps = repo.metering_points(call.db, [s.id for s in sps])
    meters = repo.meters(call.db, [m.id for m in mps])
    return {
        "customer": customer_dto(customer, office),
        "service_points": [{"id": s.id, "code": s.code, "address": s.address,
                            "supply_voltage": s.supply_voltage,
                            "capacity_kva": decimal_to_wire(s.capacity_kva, 0),
                            "transformer_area": s.transformer_area, "status": s.status}
                           for s in sps],
        "metering_points": [{"id": m.id, "service_point_id": m.service_point_id,
                             "code": m.code, "metering_mode": m.metering_mode,
                             "ct_ratio": f"{m.ct_primary}/{m.ct_secondary}",
                             "pt_ratio": f"{m.pt_primary}/{m.pt_secondary}",
                             "multiplier": decimal_to_wire(m.multiplier, 0),
                             "purpose": m.purpose} for m in mps],
        "meters": [{"id": m.id, "metering_point_id": m.metering_point_id, "serial": m.serial,
                    "meter_type": m.meter_type, "digits": m.digits,
                    "registers": m.registers.split(","),
                    "installed_on": date_to_wire(m.installed_on),
                    "removed_on": date_to_wire(m.removed_on) if m.removed_on else None}
                   for m in meters],
        "history": [{"seq": h.seq, "at": datetime_to_wire(h.at), "username": h.username,
                     "method": h.method, "details": h.details}
                    for h in repo.history(call.db, customer.id)],
    }


def update_contact(call: Call, customer_id: Any, version: Any, changes: Any) -> dict[str, Any]:
    v = call.v
    customer, office = _customer(call, customer_id)
    expected = v.integer(version, "version", 1, 2**31)
    c = v.mapping(changes, "changes", CONTACT_FIELDS)
    values: dict[str, Any] = {}
    if "phone_mobile" in c:
        values["phone_mobile"] = v.mobile(c["phone_mobile"], "phone_mobile")
        values["phone_mobile_rev"] = values["phone_mobile"][::-1]
    if "phone_landline" in c:
        landline = v.landline(c["phone_landline"], "phone_landline")
        values["phone_landline"] = landline
        values["phone_landline_rev"] = landline.replace("-", "")[::-1]
    if "contact_person" in c:
        values["contact_person"] = v.text(c["contact_person"], "contact_person", 50,
                                          required=False)
    if "mail_address" in c:
        values["mail_address"] = v.text(c["mail_address"], "mail_address", 200, required=False)
    mobile = values.get("phone_mobile", customer.phone_mobile)
    landline = values.get("phone_landline", customer.phone_landline)
    if not mobile and not landline:  # the counter must always be able to call back
        raise UserError(call.msg("contact_needs_a_phone"), {"field": "phone_mobile"})
    before = {k: getattr(customer, k) for k in values if not k.endswith("_rev")}
    changed = {k: val for k, val in values.items() if getattr(customer, k) != val}
    if not changed:
        raise UserError(call.msg("nothing_to_change"))
    if not repo.update_if_version(call.db, customer.id, expected,
                                  {**changed, "updated_at": call.now}):
        call.db.refresh(customer)
        raise Conflict(call.msg("conflict_changed"),
                       {"current": customer_dto(customer, office)})
    call.db.refresh(customer)
    call.audit("customer", customer.id, action="contact_changed",
               before={k: before[k] for k in changed if k in before},
               after={k: changed[k] for k in changed if not k.endswith("_rev")})
    return customer_dto(customer, office)

"""Fault report intake: a caller reports by customer, by address or by transformer area; the
server proposes an active ticket of the same area or address (one outage, many reports) and
the clerk joins it or opens a new ticket, whose arrival clock starts at this report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from appserver.contract.errors import NeedsConfirmation, UserError
from appserver.contract.faults import (
    ACTIVE_STATUSES,
    AREA_CLASSES,
    CHANNELS,
    FAULT_KINDS,
    PRIORITIES,
)
from appserver.core.rpc import Call
from appserver.service import fault_repository as repo
from appserver.service import fault_rules as rules
from appserver.service.fault_board import (
    office_of,
    reference,
    rows_of,
    ticket_detail,
    ticket_for,
)
from appserver.work.items import open_item
from dbschema.models import Customer, FaultEvent, FaultReport, RepairTicket

REPORT_FIELDS = ("office_id", "channel", "customer_id", "address", "transformer_area",
                 "caller_name", "caller_phone", "description", "kind", "area_class",
                 "priority", "ticket_id", "new_ticket")
WHERE_FIELDS = ("office_id", "customer_id", "address", "transformer_area")
PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}


@dataclass
class Where:
    office_id: int
    customer_id: int | None
    address: str
    transformer_area: str


def _where(call: Call, data: dict[str, Any]) -> Where:
    """Where the fault is: the customer's supply, or an address and/or transformer area."""
    v = call.v
    address = v.text(data.get("address"), "fault_address", 200, required=False)
    area = v.text(data.get("transformer_area"), "transformer_area", 40, required=False)
    customer_id = None
    if data.get("customer_id") is not None:
        customer_id = v.integer(data["customer_id"], "customer_id", 1, 2**31)
        customer = call.db.get(Customer, customer_id)
        if customer is None:
            raise v.fail("customer_id", "fault_unknown_customer")
        call.require_office(customer.office_id)
        office_id = customer.office_id
        supply = repo.supply_of(call.db, customer_id)
        address = address or (supply[0] if supply else customer.address)
        area = area or (supply[1] if supply else "")
    else:
        office_id = office_of(call, data.get("office_id"))
    if not (customer_id or address or area):
        raise UserError(call.msg("fault_where_required"), {"field": "fault_address"})
    if area and not repo.area_known(call.db, office_id, area):
        raise v.fail("transformer_area", "fault_unknown_area", area=area)
    return Where(office_id, customer_id, address, area)


def candidates(call: Call, where: Any) -> dict[str, Any]:
    """Active tickets the report may belong to, and the area class its place has."""
    w = _where(call, call.v.mapping(where, "where", WHERE_FIELDS))
    found = repo.candidates(call.db, w.office_id, w.transformer_area, w.address,
                            rules.grouping_since(call.db, call.now))
    return {"office_id": w.office_id, "address": w.address,
            "transformer_area": w.transformer_area,
            "area_class": rules.area_class_of(call.db, w.transformer_area, call.now),
            "candidates": rows_of(call, found)}


def intake(call: Call, report: Any) -> dict[str, Any]:
    v = call.v
    data = v.mapping(report, "report", REPORT_FIELDS)
    w = _where(call, data)
    fields = {
        "channel": v.choice(data.get("channel", "counter"), "fault_channel", CHANNELS),
        "caller_name": v.text(data.get("caller_name"), "caller_name", 50, required=False),
        "caller_phone": v.text(data.get("caller_phone"), "caller_phone", 20, required=False),
        "description": v.text(data.get("description"), "fault_description", 500),
        "kind": v.choice(data.get("kind"), "fault_kind", FAULT_KINDS),
        "priority": v.choice(data.get("priority", "normal"), "fault_priority", PRIORITIES),
        "area_class": (v.choice(data["area_class"], "area_class", AREA_CLASSES)
                       if data.get("area_class") is not None
                       else rules.area_class_of(call.db, w.transformer_area, call.now)),
    }
    new_ticket = v.boolean(data.get("new_ticket", False), "new_ticket")
    if fields["kind"] == "dangerous":  # a live wire on the ground is never "normal"
        fields["priority"] = "urgent"
    if data.get("ticket_id") is not None:
        ticket = _joinable(call, data["ticket_id"], w.office_id)
    elif new_ticket:
        ticket = _open_ticket(call, w, fields)
    else:
        found = repo.candidates(call.db, w.office_id, w.transformer_area, w.address,
                                rules.grouping_since(call.db, call.now))
        if found:  # the clerk decides: join one of these or open a new ticket
            raise NeedsConfirmation(call.msg("fault_same_outage", count=len(found)),
                                    {"candidates": rows_of(call, found)})
        ticket = _open_ticket(call, w, fields)
    row = FaultReport(ticket_id=ticket.id, office_id=w.office_id, reported_at=call.now,
                      received_by=call.user.user_id, customer_id=w.customer_id,
                      address=w.address, transformer_area=w.transformer_area,
                      status="open", **fields)
    call.db.add(row)
    call.db.flush()
    joined = data.get("ticket_id") is not None
    if joined:
        _raise_priority(ticket, fields["priority"])
        call.db.add(FaultEvent(ticket_id=ticket.id, kind="joined", at=call.now,
                               recorded_at=call.now, user_id=call.user.user_id,
                               detail=f"{row.id}"))
    call.audit("fault_report", row.id, ticket_id=ticket.id, joined=joined,
               kind=row.kind, customer_id=w.customer_id, transformer_area=w.transformer_area)
    call.db.flush()
    return {"report_id": row.id, "ticket": ticket_detail(call, ticket)}


def _joinable(call: Call, ticket_id: Any, office_id: int) -> RepairTicket:
    """The ticket to join, locked and read afresh: a ticket being cancelled, restored or
    merged meanwhile is seen as such (the report then cannot join it)."""
    ticket = ticket_for(call, ticket_id)
    repo.lock_tickets(call.db, [ticket.id])
    if ticket.status not in ACTIVE_STATUSES or ticket.office_id != office_id:
        raise UserError(call.msg("fault_cannot_join", ticket=reference(ticket.id)),
                        {"field": "ticket_id"})
    return ticket


def _raise_priority(ticket: RepairTicket, priority: str) -> None:
    if PRIORITY_RANK[priority] > PRIORITY_RANK[ticket.priority]:
        ticket.priority = priority


def _open_ticket(call: Call, w: Where, fields: dict[str, Any]) -> RepairTicket:
    title = w.address or f"台区 {w.transformer_area}"
    if w.customer_id is not None:
        customer = call.db.get(Customer, w.customer_id)
        assert customer is not None
        title = f"{customer.name} {w.address}"
    ticket = RepairTicket(office_id=w.office_id, status="open",
                          area_class=fields["area_class"], priority=fields["priority"],
                          kind=fields["kind"], transformer_area=w.transformer_area,
                          address=w.address, title=title[:200], first_reported_at=call.now,
                          opened_by=call.user.user_id, version=1, cause="", result_note="",
                          cancel_reason="")
    call.db.add(ticket)
    call.db.flush()
    open_item(call.db, office_id=w.office_id, source=rules.SOURCE, source_id=ticket.id,
              sla_type=rules.sla_type(ticket.area_class), step=rules.STEP_ARRIVAL,
              reference=reference(ticket.id), title=ticket.title,
              clock=rules.arrival_clock(call.db, ticket.area_class, call.now), now=call.now,
              customer_id=w.customer_id, assigned_role=rules.DISPATCH_ROLE,
              opened_by=call.user.user_id)
    call.db.add(FaultEvent(ticket_id=ticket.id, kind="opened", at=call.now, recorded_at=call.now,
                           user_id=call.user.user_id, detail=fields["kind"]))
    call.audit("repair_ticket", ticket.id, action="opened", area_class=ticket.area_class)
    return ticket


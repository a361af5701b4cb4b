"""Reading fault repair: the open tickets board, one ticket with its reports, timeline and work
items, the office's transformer areas (wire shapes in appserver/contract/faults.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from appserver.contract.codec import CodecError, datetime_from_wire, datetime_to_wire
from appserver.contract.errors import NotFound
from appserver.contract.faults import ACTIVE_STATUSES, AREA_CLASSES, TICKET_STATUSES
from appserver.core.dates import OFFICE_ZONE
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.service import fault_repository as repo
from appserver.service import fault_rules as rules
from appserver.work.calendar import WorkCalendar
from appserver.work.items import home_office_id, item_to_wire, items_of, load_calendar, risk
from appserver.work.items import time_left_s as left_of
from dbschema.models import FaultReport, OrgUnit, RepairTicket, WorkItem

BOARD_STATES = {"active": ACTIVE_STATUSES, "restored": ("restored",), "closed": ("closed",),
                "cancelled": ("cancelled",), "all": TICKET_STATUSES}
BOARD_CRITERIA = ("office_id", "state", "area_class", "risk", "crew_id", "text", "limit")
RISK_ORDER = {"breached": 0, "near": 1, "predicted": 2, "ok": 3, "paused": 4}


def reference(ticket_id: int) -> str:
    return f"QX{ticket_id:08d}"


def report_reference(report_id: int) -> str:
    return f"BX{report_id:08d}"


def when(value: datetime | None) -> str | None:
    return datetime_to_wire(value) if value is not None else None


def ticket_for(call: Call, ticket_id: Any) -> RepairTicket:
    """The ticket, refused if it is another office's."""
    tid = call.v.integer(ticket_id, "ticket_id", 1, 2**62)
    ticket = call.db.get(RepairTicket, tid)
    if ticket is None:
        raise NotFound(call.msg("not_found", what=call.msg("fault_what_ticket")))
    call.require_office(ticket.office_id)
    return ticket


def report_for(call: Call, report_id: Any) -> FaultReport:
    rid = call.v.integer(report_id, "report_id", 1, 2**62)
    report = call.db.get(FaultReport, rid)
    if report is None:
        raise NotFound(call.msg("not_found", what=call.msg("fault_what_report")))
    call.require_office(report.office_id)
    return report


def office_of(call: Call, office_id: Any) -> int:
    """The office named (visible to the caller) or the caller's own; crews and tickets
    belong to a business office, not to a bureau or the company."""
    if office_id is None:
        oid = home_office_id(call.db, call.user)
    else:
        oid = call.v.integer(office_id, "office_id", 1, 2**31)
        call.require_office(oid)
    if call.db.scalar(select(OrgUnit.kind).where(OrgUnit.id == oid)) != "office":
        raise call.v.fail("office_id", "fault_not_an_office")
    return oid


def moment(call: Call, value: Any, field: str, not_before: datetime) -> datetime:
    """A recorded time: None means now; a given time may be neither in the future nor
    before ``not_before`` (the report, the arrival …)."""
    if value is None:
        at = call.now
    else:
        try:
            at = datetime_from_wire(value)
        except CodecError:
            raise call.v.fail(field, "fault_bad_time") from None
        if at > call.now:
            raise call.v.fail(field, "fault_time_in_future")
    if at < not_before:
        raise call.v.fail(field, "fault_time_too_early", earliest=local_time(not_before))
    return at


def local_time(value: datetime) -> str:
    return value.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")


# -- wire shapes --------------------------------------------------------------------------
def _clock(item: WorkItem | None, now: datetime, calendar: WorkCalendar) -> dict[str, Any]:
    if item is None:
        return {"step": None, "due_at": None, "time_left_s": None, "risk": None}
    return {"step": item.step, "due_at": when(item.due_at),
            "time_left_s": left_of(item, now, calendar), "risk": risk(item, now)}


def ticket_row(t: RepairTicket, item: WorkItem | None, reports: int, crew: str | None,
               call: Call, calendar: WorkCalendar) -> dict[str, Any]:
    """One board row; ``calendar``: loaded once per request (each load reads its stamp)."""
    return {"id": t.id, "reference": reference(t.id), "office_id": t.office_id,
            "status": t.status, "area_class": t.area_class, "priority": t.priority,
            "kind": t.kind, "transformer_area": t.transformer_area, "address": t.address,
            "title": t.title, "first_reported_at": when(t.first_reported_at),
            "report_count": reports, "crew_id": t.crew_id, "crew_name": crew or "",
            "dispatched_at": when(t.dispatched_at), "arrived_at": when(t.arrived_at),
            "restored_at": when(t.restored_at), "closed_at": when(t.closed_at),
            "version": t.version, **_clock(item, call.now, calendar)}


def report_to_wire(r: FaultReport, customers: dict[int, tuple[str, str]],
                   users: dict[int, str]) -> dict[str, Any]:
    account, name = customers.get(r.customer_id or 0, ("", ""))
    return {"id": r.id, "reference": report_reference(r.id), "ticket_id": r.ticket_id,
            "reported_at": when(r.reported_at), "channel": r.channel,
            "customer_id": r.customer_id, "account_no": account, "customer_name": name,
            "address": r.address, "transformer_area": r.transformer_area,
            "caller_name": r.caller_name, "caller_phone": r.caller_phone,
            "description": r.description, "kind": r.kind, "area_class": r.area_class,
            "priority": r.priority, "status": r.status,
            "received_by_name": users.get(r.received_by or 0, "")}


def ticket_detail(call: Call, t: RepairTicket) -> dict[str, Any]:
    db = call.db
    reports = repo.reports_of(db, t.id)
    events = repo.events_of(db, t.id)
    customers = repo.customers_of(db, (r.customer_id for r in reports))
    users = repo.user_names(db, [r.received_by for r in reports] + [e.user_id for e in events])
    item = repo.open_items(db, [t.id]).get(t.id)
    crew = repo.crew_names(db, [t.crew_id]).get(t.crew_id or 0)
    calendar, chinese = load_calendar(db), caller_reads_chinese()
    return {**ticket_row(t, item, len(reports), crew, call, calendar), "cause": t.cause,
            "result_note": t.result_note, "cancel_reason": t.cancel_reason,
            "merged_into_id": t.merged_into_id,
            "merged_into": reference(t.merged_into_id) if t.merged_into_id else None,
            "reports": [report_to_wire(r, customers, users) for r in reports],
            "timeline": [{"kind": e.kind, "at": when(e.at), "recorded_at": when(e.recorded_at),
                          "user_name": users.get(e.user_id or 0, ""), "detail": e.detail}
                         for e in events],
            "work_items": [item_to_wire(db, i, call.now, calendar, chinese)
                           for i in items_of(db, rules.SOURCE, t.id)]}


def rows_of(call: Call, found: list[RepairTicket]) -> list[dict[str, Any]]:
    ids = [t.id for t in found]
    items = repo.open_items(call.db, ids)
    counts = repo.report_counts(call.db, ids)
    crews = repo.crew_names(call.db, (t.crew_id for t in found))
    calendar = load_calendar(call.db)
    return [ticket_row(t, items.get(t.id), counts.get(t.id, 0), crews.get(t.crew_id or 0), call,
                       calendar) for t in found]


# -- methods ------------------------------------------------------------------------------
def list_tickets(call: Call, criteria: Any) -> dict[str, Any]:
    v = call.v
    c = v.mapping(criteria or {}, "criteria", BOARD_CRITERIA)
    office_ids = ([office_of(call, c["office_id"])] if c.get("office_id") is not None
                  else _default_offices(call))
    state = v.choice(c.get("state", "active"), "fault_state", tuple(BOARD_STATES))
    wanted = {"area_class": v.choice(c["area_class"], "area_class", AREA_CLASSES)
              if c.get("area_class") else None,
              "crew_id": v.integer(c["crew_id"], "crew_id", 1, 2**31)
              if c.get("crew_id") is not None else None,
              "text": v.text(c.get("text"), "text", 40, required=False),
              # In SQL, so that the limit and the total count the same tickets.
              "risk": v.choice(c["risk"], "fault_risk", tuple(RISK_ORDER))
              if c.get("risk") else None}
    limit = v.integer(c.get("limit", 200), "limit", 1, 1000)
    q = repo.board_query(office_ids, BOARD_STATES[state], wanted, call.now)
    rows = rows_of(call, repo.tickets(call.db, q, limit))
    # The most urgent first: breached, then near breach, then by time left.
    rows.sort(key=lambda r: (r["risk"] is None, RISK_ORDER.get(r["risk"] or "", 9),
                             r["time_left_s"] if r["time_left_s"] is not None else 0))
    return {"rows": rows, "total": repo.count(call.db, q), "as_of": datetime_to_wire(call.now),
            "commitments": rules.commitments(call.db, call.now)}


def _default_offices(call: Call) -> list[int]:
    """Office staff see their office's board; bureau and company staff every office below."""
    home = home_office_id(call.db, call.user)
    if call.db.scalar(select(OrgUnit.kind).where(OrgUnit.id == home)) == "office":
        return [home]
    return sorted(call.user.visible_office_ids)


def own_office(call: Call, office_id: Any) -> int | None:
    """For lists: the office named, else the caller's own if it is a business office (a
    company or bureau user has no crews or areas of their own)."""
    if office_id is None:
        home = home_office_id(call.db, call.user)
        if call.db.scalar(select(OrgUnit.kind).where(OrgUnit.id == home)) != "office":
            return None
    return office_of(call, office_id)


def get_ticket(call: Call, ticket_id: Any) -> dict[str, Any]:
    return ticket_detail(call, ticket_for(call, ticket_id))


def list_areas(call: Call, office_id: Any) -> dict[str, Any]:
    oid = own_office(call, office_id)
    return {"office_id": oid, "default_class": rules.area_class_of(call.db, "", call.now),
            "areas": [{"transformer_area": a, "area_class": c}
                      for a, c in (repo.areas(call.db, oid) if oid is not None else [])]}


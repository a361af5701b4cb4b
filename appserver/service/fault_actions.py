"""A ticket's life after intake: dispatch a crew, arrival, restoration, close, cancel, time
corrections, and regrouping reports (move one, merge two tickets).

Every change of a ticket claims its version first (two dispatchers on one ticket: one wins,
the other gets Conflict). Regrouping spans tickets: it locks them (id order) and the moved
report, checks their state again under the lock, then claims the versions.

The clocks are work items: arrival runs from the first report, restoration from the crew's
arrival; a recorded time closes them at that time, so the verdict (kept or breached) is the
work platform's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from appserver.contract.errors import Conflict, UserError
from appserver.contract.faults import ACTIVE_STATUSES
from appserver.core.rpc import Call
from appserver.service import fault_repository as repo
from appserver.service import fault_rules as rules
from appserver.service.fault_board import (
    local_time,
    moment,
    reference,
    report_for,
    report_reference,
    ticket_detail,
    ticket_for,
    when,
)
from appserver.work.items import (
    cancel_item,
    close_item,
    items_of,
    open_item,
    open_items_of,
    reclose,
    void,
)
from dbschema.models import FaultEvent, RepairCrew, RepairTicket, WorkItem

CANCEL_REASONS = ("duplicate", "false_report", "other")
CORRECTABLE = ("dispatched", "arrived", "restored")


def _claim(call: Call, ticket: RepairTicket, version: Any, allowed: tuple[str, ...]) -> None:
    """Check the state, then take the ticket's version (one writer wins)."""
    expected = _version(call, version)
    _in_state(call, ticket, allowed)
    _take(call, ticket, expected)


def _version(call: Call, version: Any) -> int:
    return call.v.integer(version, "version", 1, 2**31)


def _in_state(call: Call, ticket: RepairTicket, allowed: tuple[str, ...]) -> None:
    if ticket.status not in allowed:
        raise UserError(call.msg("fault_wrong_state", ticket=reference(ticket.id),
                                 status=call.msg(f"fault_status_{ticket.status}")))


def _take(call: Call, ticket: RepairTicket, expected: int) -> None:
    """Take the ticket's version if it is still ``expected``; else Conflict with the current
    ticket."""
    if not repo.bump_version(call.db, RepairTicket, ticket.id, expected, {}):
        call.db.refresh(ticket)
        raise Conflict(call.msg("conflict_changed"), {"current": ticket_detail(call, ticket)})
    call.db.refresh(ticket)


def _event(call: Call, ticket: RepairTicket, kind: str, at: datetime, detail: str = "") -> None:
    call.db.add(FaultEvent(ticket_id=ticket.id, kind=kind, at=at, recorded_at=call.now,
                           user_id=call.user.user_id, detail=detail[:300]))


def _running(call: Call, ticket: RepairTicket, step: str) -> WorkItem | None:
    return next((i for i in open_items_of(call.db, rules.SOURCE, ticket.id) if i.step == step),
                None)


def _done(call: Call, ticket: RepairTicket, step: str) -> WorkItem | None:
    done = [i for i in items_of(call.db, rules.SOURCE, ticket.id)
            if i.step == step and i.status == "done"]
    return done[-1] if done else None


def _finish(call: Call, ticket: RepairTicket) -> dict[str, Any]:
    call.db.flush()
    call.db.refresh(ticket)
    return ticket_detail(call, ticket)


def _crew(call: Call, crew_id: Any, office_id: int) -> RepairCrew:
    crew = call.db.get(RepairCrew, call.v.integer(crew_id, "crew_id", 1, 2**31))
    if crew is None or crew.office_id != office_id or not crew.active:
        raise call.v.fail("crew_id", "fault_crew_unavailable")
    return crew


def dispatch(call: Call, ticket_id: Any, version: Any, crew_id: Any,
             at: Any) -> dict[str, Any]:
    """Send a crew (or send another crew instead, before it arrives)."""
    ticket = ticket_for(call, ticket_id)
    crew = _crew(call, crew_id, ticket.office_id)
    when_sent = moment(call, at, "dispatched_at", ticket.first_reported_at)
    _claim(call, ticket, version, ("open", "dispatched"))
    crew_before = ticket.crew_id
    ticket.status, ticket.crew_id, ticket.dispatched_at = "dispatched", crew.id, when_sent
    _event(call, ticket, "dispatched", when_sent, crew.name)
    call.audit("repair_ticket", ticket.id, action="dispatched", crew_id=crew.id,
               previous_crew_id=crew_before, at=when(when_sent))
    return _finish(call, ticket)


def arrive(call: Call, ticket_id: Any, version: Any, at: Any) -> dict[str, Any]:
    """The crew is on site: the arrival clock stops, the restoration clock starts."""
    ticket = ticket_for(call, ticket_id)
    arrived = moment(call, at, "arrived_at", ticket.dispatched_at or ticket.first_reported_at)
    _claim(call, ticket, version, ("dispatched",))
    _stop(call, ticket, rules.STEP_ARRIVAL, arrived, "arrived")
    _start_restoration(call, ticket, arrived)
    ticket.status, ticket.arrived_at = "arrived", arrived
    _event(call, ticket, "arrived", arrived)
    call.audit("repair_ticket", ticket.id, action="arrived", at=when(arrived))
    return _finish(call, ticket)


def restore(call: Call, ticket_id: Any, version: Any, at: Any, note: Any) -> dict[str, Any]:
    """Supply is back: the restoration clock stops; the reports close with the ticket."""
    ticket = ticket_for(call, ticket_id)
    text = call.v.text(note, "result_note", 500, required=False)
    restored = moment(call, at, "restored_at", ticket.arrived_at or ticket.first_reported_at)
    _claim(call, ticket, version, ("arrived",))
    _stop(call, ticket, rules.STEP_RESTORATION, restored, "restored")
    ticket.status, ticket.restored_at = "restored", restored
    ticket.result_note = text or ticket.result_note
    repo.set_reports(call.db, ticket.id, "closed")
    _event(call, ticket, "restored", restored, text)
    call.audit("repair_ticket", ticket.id, action="restored", at=when(restored), note=text)
    return _finish(call, ticket)


def close(call: Call, ticket_id: Any, version: Any, cause: Any, note: Any) -> dict[str, Any]:
    """Record the cause and the result of a restored ticket and file it."""
    ticket = ticket_for(call, ticket_id)
    cause_text = call.v.text(cause, "fault_cause", 200)
    note_text = call.v.text(note, "result_note", 500, required=False)
    _claim(call, ticket, version, ("restored",))
    ticket.status, ticket.closed_at, ticket.cause = "closed", call.now, cause_text
    ticket.result_note = note_text or ticket.result_note
    _event(call, ticket, "closed", call.now, cause_text)
    call.audit("repair_ticket", ticket.id, action="closed", cause=cause_text, note=note_text)
    return _finish(call, ticket)


def cancel(call: Call, ticket_id: Any, version: Any, reason_kind: Any,
           reason: Any) -> dict[str, Any]:
    """A duplicate or false report: the ticket and its reports end without an SLA verdict."""
    ticket = ticket_for(call, ticket_id)
    kind = call.v.choice(reason_kind, "cancel_kind", CANCEL_REASONS)
    text = call.v.text(reason, "reason", 200)
    _claim(call, ticket, version, ACTIVE_STATUSES)
    _end(call, ticket, "cancelled", f"{call.msg(f'fault_cancel_{kind}')}: {text}")
    call.audit("repair_ticket", ticket.id, action="cancelled", kind=kind, reason=text)
    return _finish(call, ticket)


def _end(call: Call, ticket: RepairTicket, outcome: str, reason: str) -> None:
    for item in open_items_of(call.db, rules.SOURCE, ticket.id):
        cancel_item(call.db, item, call.now, call.user.user_id, outcome)
    repo.set_reports(call.db, ticket.id, "cancelled")
    ticket.status, ticket.cancel_reason = "cancelled", reason[:200]
    _event(call, ticket, "cancelled", call.now, reason)


def _stop(call: Call, ticket: RepairTicket, step: str, at: datetime, outcome: str) -> None:
    item = _running(call, ticket, step)
    if item is not None:
        close_item(call.db, item, at, call.user.user_id, outcome)


def _start_restoration(call: Call, ticket: RepairTicket, arrived: datetime) -> WorkItem:
    return open_item(call.db, office_id=ticket.office_id, source=rules.SOURCE,
                     source_id=ticket.id, sla_type=rules.sla_type(ticket.area_class),
                     step=rules.STEP_RESTORATION, reference=reference(ticket.id),
                     title=ticket.title,
                     clock=rules.restoration_clock(call.db, ticket.area_class, arrived),
                     now=arrived, assigned_role=rules.DISPATCH_ROLE,
                     opened_by=call.user.user_id)


# -- corrections --------------------------------------------------------------------------
def correct_time(call: Call, ticket_id: Any, version: Any, which: Any, at: Any,
                 reason: Any) -> dict[str, Any]:
    """Correct a recorded time (entered wrongly): audited with the old and the new time."""
    ticket = ticket_for(call, ticket_id)
    step = call.v.choice(which, "fault_time_kind", CORRECTABLE)
    text = call.v.text(reason, "reason", 200)
    old: datetime | None = getattr(ticket, f"{step}_at")
    if old is None:
        raise UserError(call.msg("fault_nothing_recorded"), {"field": "fault_time_kind"})
    earliest = {"dispatched": ticket.first_reported_at,
                "arrived": ticket.dispatched_at or ticket.first_reported_at,
                "restored": ticket.arrived_at or ticket.first_reported_at}[step]
    new = moment(call, at, f"{step}_at", earliest)
    latest = {"dispatched": ticket.arrived_at, "arrived": ticket.restored_at,
              "restored": None}[step]
    if latest is not None and new > latest:
        raise call.v.fail(f"{step}_at", "fault_time_too_late")
    _claim(call, ticket, version, ("dispatched", "arrived", "restored", "closed"))
    setattr(ticket, f"{step}_at", new)
    if step == "arrived":
        _recorrect(call, _done(call, ticket, rules.STEP_ARRIVAL), new)
        _restart_restoration(call, ticket, new)
    elif step == "restored":
        _recorrect(call, _done(call, ticket, rules.STEP_RESTORATION), new)
    _event(call, ticket, "corrected", call.now,
           f"{step}: {local_time(old)} → {local_time(new)} ({text})")
    call.audit("repair_ticket", ticket.id, action="time_corrected", which=step,
               before=when(old), after=when(new), reason=text)
    return _finish(call, ticket)


def _recorrect(call: Call, item: WorkItem | None, at: datetime) -> None:
    """A finished clock whose end time was entered wrongly ends at the corrected time; the
    deadline stays as the work platform set it, verdict and clock time used follow."""
    if item is not None:
        reclose(call.db, item, at)


def _restart_restoration(call: Call, ticket: RepairTicket, arrived: datetime) -> None:
    """Restoration runs from the (corrected) arrival: a new clock replaces the old one."""
    running = _running(call, ticket, rules.STEP_RESTORATION)
    done = _done(call, ticket, rules.STEP_RESTORATION)
    if running is not None:
        cancel_item(call.db, running, call.now, call.user.user_id, "corrected")
    if done is not None:  # it no longer counts: neither its verdict nor its time used
        void(call.db, done, call.now, call.user.user_id, "corrected")
    item = _start_restoration(call, ticket, arrived)
    if ticket.restored_at is not None:
        close_item(call.db, item, ticket.restored_at, call.user.user_id, "restored")


# -- regrouping ---------------------------------------------------------------------------
def _lock(call: Call, *tickets: RepairTicket) -> None:
    """Lock the tickets a regrouping spans (id order) and read them afresh: whatever another
    dispatcher did to them meanwhile is seen before anything is checked or written."""
    repo.lock_tickets(call.db, (t.id for t in tickets))


def _joinable(call: Call, target: RepairTicket, office_id: int) -> None:
    if target.status not in ACTIVE_STATUSES or target.office_id != office_id:
        raise UserError(call.msg("fault_cannot_join", ticket=reference(target.id)),
                        {"field": "target_id"})


def move_report(call: Call, report_id: Any, version: Any, target_id: Any) -> dict[str, Any]:
    """Move one report to another active ticket of the office (a different outage, or the
    same one). ``version``: of the report's ticket. A ticket left without reports is
    cancelled as merged."""
    report = report_for(call, report_id)
    expected = _version(call, version)
    target = ticket_for(call, target_id)
    source = call.db.get(RepairTicket, report.ticket_id)
    assert source is not None
    _lock(call, source, target)
    locked = repo.lock_report(call.db, report.id)
    assert locked is report
    if report.ticket_id != source.id:  # moved away meanwhile
        raise Conflict(call.msg("conflict_changed"), {"current": ticket_detail(call, source)})
    _joinable(call, target, report.office_id)
    if report.status != "open" or source.status not in ACTIVE_STATUSES or target.id == source.id:
        raise UserError(call.msg("fault_cannot_move", report=report_reference(report.id)))
    if target.first_reported_at > report.reported_at:
        raise UserError(call.msg("fault_target_later", ticket=reference(target.id)))
    _take(call, source, expected)
    _take(call, target, target.version)
    report.ticket_id = target.id
    _event(call, source, "moved_out", call.now, f"{report_reference(report.id)} → "
                                                f"{reference(target.id)}")
    _event(call, target, "moved_in", call.now, f"{report_reference(report.id)} ← "
                                               f"{reference(source.id)}")
    call.db.flush()
    if repo.open_reports_left(call.db, source.id) == 0:
        source.merged_into_id = target.id
        _end(call, source, "merged", call.msg("fault_merged_into", ticket=reference(target.id)))
    call.audit("fault_report", report.id, action="moved", from_ticket=source.id,
               to_ticket=target.id)
    return _finish(call, target)


def merge(call: Call, source_id: Any, version: Any, target_id: Any) -> dict[str, Any]:
    """All reports of one ticket join another (the earlier) ticket of the same outage.
    ``version``: of the source."""
    source = ticket_for(call, source_id)
    expected = _version(call, version)
    target = ticket_for(call, target_id)
    _lock(call, source, target)
    _in_state(call, source, ACTIVE_STATUSES)
    _joinable(call, target, source.office_id)
    if target.id == source.id:
        raise UserError(call.msg("fault_merge_self"), {"field": "target_id"})
    if target.first_reported_at > source.first_reported_at:
        raise UserError(call.msg("fault_target_later", ticket=reference(target.id)))
    _take(call, source, expected)
    _take(call, target, target.version)
    moved = repo.move_reports(call.db, source.id, target.id)
    source.merged_into_id = target.id
    _end(call, source, "merged", call.msg("fault_merged_into", ticket=reference(target.id)))
    _event(call, target, "merged", call.now, f"{reference(source.id)} ({moved})")
    call.audit("repair_ticket", source.id, action="merged", into=target.id, reports=moved)
    return _finish(call, target)

"""Wire contract of pmis.service fault repair (故障报修): crews, report intake with the
grouping of one outage's reports into one repair ticket, the open tickets board, dispatch,
arrival, restoration, close, cancel, time corrections and regrouping.

The commitments (settings ``fault.arrival_minutes_<class>`` / ``fault.restoration_minutes_
<class>``, DOMAIN.md): the crew arrives within 45 / 90 / 120 minutes of the ticket's FIRST
report (urban / rural / remote) and restores supply within 3 / 4 / 4 hours of arriving. They
run as work items (source "fault", sla_type "fault_<class>", steps "arrival" and
"restoration", continuous clock); ``time_left_s`` and ``risk`` come from the server.

Times: a recorded time ``at`` is None (now, the server clock) or a timestamp string
(ISO 8601) not in the future and not before the event it follows (report, dispatch, arrival).

Crew = {"id", "office_id", "name", "phone", "members", "area_served", "active", "version"}.
TicketRow = {"id", "reference" ("QX00000012"), "office_id", "status" (TICKET_STATUSES),
    "area_class" (AREA_CLASSES), "priority" (PRIORITIES), "kind" (FAULT_KINDS, of the first
    report), "transformer_area", "address", "title", "first_reported_at", "report_count",
    "crew_id", "crew_name", "dispatched_at", "arrived_at", "restored_at", "closed_at",
    "version", "step" ("arrival" | "restoration" | None: the clock running now), "due_at",
    "time_left_s" (negative = overdue), "risk" (RISKS of appserver.contract.work | None)}.
Report = {"id", "reference" ("BX00000031"), "ticket_id", "reported_at", "channel",
    "customer_id", "account_no", "customer_name", "address", "transformer_area",
    "caller_name", "caller_phone", "description", "kind", "area_class", "priority",
    "status" (open, closed, cancelled), "received_by_name"}.
Ticket = TicketRow + {"cause", "result_note", "cancel_reason", "merged_into_id",
    "merged_into" (reference | None), "reports": [Report], "timeline": [{"kind"
    (EVENT_KINDS), "at", "recorded_at", "user_name", "detail"}], "work_items": [WorkItem of
    appserver.contract.work]}.

fault_crews(office_id | None) -> [Crew]: the office's crews (None: the caller's office; none
    for company and bureau staff). Crews and tickets belong to business offices.
create_crew(office_id | None, {"name", "phone", "members", "area_served", "active"}) -> Crew
    (write, fault.dispatch). update_crew(crew_id, version, changes) -> Crew (write; Conflict on
    a stale version; changes: any of the create keys).
fault_areas(office_id | None) -> {"office_id", "default_class", "areas": [{"transformer_area",
    "area_class"}]}: the office's transformer areas and their class.
fault_candidates(where) -> {"office_id", "address", "transformer_area", "area_class",
    "candidates": [TicketRow]}: where = {"customer_id" | "address" | "transformer_area",
    "office_id"}; active tickets of the same transformer area or address opened within
    ``fault.grouping_window_minutes`` (the grouping proposal), and the class of the place.
report_fault(report) -> {"report_id", "ticket": Ticket} (write, fault.handle): report =
    {"office_id" (without a customer; None: the caller's office), "channel" (counter, phone),
    "customer_id" | None, "address", "transformer_area" (at least one of the three; a
    customer's supply fills the others), "caller_name", "caller_phone", "description",
    "kind", "area_class" (None: from the transformer area's class), "priority",
    "ticket_id" (join this active ticket) | None, "new_ticket" (bool)}. Neither ticket_id nor
    new_ticket while candidates exist: NeedsConfirmation with details {"candidates":
    [TicketRow]} — the clerk joins one or opens a new ticket. A dangerous situation is
    always "urgent".
repair_tickets(criteria) -> {"rows": [TicketRow], "total", "as_of", "commitments": {class:
    {"arrival", "restoration"} minutes}}: criteria = {"office_id" (None: the caller's office;
    company and bureau staff: every office they see), "state" (active | restored
    | closed | cancelled | all), "area_class", "risk", "crew_id", "text", "limit"}; most
    urgent first (breached, near, then time left).
repair_ticket(ticket_id) -> Ticket.
dispatch_crew(ticket_id, version, crew_id, at) -> Ticket (write, fault.dispatch): an open or
    dispatched ticket (another crew instead); two dispatchers with one version: one Conflict.
crew_arrived(ticket_id, version, at) -> Ticket: stops the arrival clock at ``at``, starts the
    restoration clock from it.
supply_restored(ticket_id, version, at, note) -> Ticket: stops the restoration clock; the
    ticket's reports close with it.
close_repair(ticket_id, version, cause, note) -> Ticket: a restored ticket is filed.
cancel_repair(ticket_id, version, reason_kind (CANCEL_REASONS), reason) -> Ticket: an active
    ticket, its reports and clocks end without an SLA verdict.
correct_repair_time(ticket_id, version, which ("dispatched" | "arrived" | "restored"), at,
    reason) -> Ticket: a time entered wrongly; audited with before/after; the clocks follow.
move_fault_report(report_id, version, target_id) -> Ticket (the target): an open report moves
    to another active ticket of its office that started no later than the report; a ticket
    left without reports is cancelled as merged. ``version``: of the report's ticket
    (Conflict when stale).
merge_repairs(source_id, version, target_id) -> Ticket (the target): every report of the
    source joins the target (which must have started first and still be active); the source
    is cancelled as merged. ``version``: of the source (Conflict when stale).
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("fault_crews", False),
    ("create_crew", True),
    ("update_crew", True),
    ("fault_areas", False),
    ("fault_candidates", False),
    ("report_fault", True),
    ("repair_tickets", False),
    ("repair_ticket", False),
    ("dispatch_crew", True),
    ("crew_arrived", True),
    ("supply_restored", True),
    ("close_repair", True),
    ("cancel_repair", True),
    ("correct_repair_time", True),
    ("move_fault_report", True),
    ("merge_repairs", True),
)

AREA_CLASSES = ("urban", "rural", "remote")
FAULT_KINDS = ("no_power", "partial_power", "voltage_quality", "dangerous", "meter_fault",
               "other")
PRIORITIES = ("normal", "high", "urgent")
CHANNELS = ("counter", "phone")
TICKET_STATUSES = ("open", "dispatched", "arrived", "restored", "closed", "cancelled")
ACTIVE_STATUSES = ("open", "dispatched", "arrived")
CANCEL_REASONS = ("duplicate", "false_report", "other")
EVENT_KINDS = ("opened", "joined", "dispatched", "arrived", "restored", "closed", "moved_in",
               "moved_out", "merged", "cancelled", "corrected")
BOARD_STATES = ("active", "restored", "closed", "cancelled", "all")

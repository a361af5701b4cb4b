"""Wire contract of pmis.service complaints, suggestions and praise (owned by the complaints
work). Shapes: datetimes ISO-8601 UTC, codes as below with their names in the caller's language.

Kinds: complaint (contact within 1 working day + reply within 7: two work items, source
"complaint", sla_type "complaint", steps "contact" and "reply"), suggestion (reply within 7
only: sla_type "suggestion"), praise (no clock; recorded and closed).
Channels: counter, phone, online, letter. Categories: billing, meter, supply_quality, outage,
service_attitude, business_handling, other. Statuses: registered -> contacted -> replied ->
closed (reopen: back to contacted / registered with a new reply item). Satisfaction:
satisfied, neutral, unsatisfied. A complaint is a repeat when the same customer (or, for a
walk-in, the same phone) complained in the 90 days before in an office the registering caller
sees (complaints of other offices are never looked at): ``repeat`` and ``repeat_of``.
``repeat_of`` and ``others`` only ever show complaints of offices the reading caller sees.

complaint_codes() -> {kinds, channels, categories, statuses, satisfaction,
    consultation_channels, topics: [{code, name}], roles: [{code, name}],
    users: [{id, username, full_name}]}  # people of the caller's office (and its halls)
                                         # holding complaint.handle
register_complaint({kind, channel, category, customer_id?, contact_name?, contact_phone?,
    subject, text, assigned_user_id? | assigned_role?}) -> complaint_detail
    without customer_id both contact_name and contact_phone are required;
    default assignment: role counter_clerk of the office.
list_complaints({status?, kind?, category?, repeat?: bool, overdue?: bool, open_only?: bool,
    customer_id?}, {offset?, limit? <= 200}) -> {rows: [complaint_row], total, has_more}
    newest first; overdue: an open clock past its deadline.
get_complaint(complaint_id) -> complaint_detail
Writes, each with the version the caller saw (Conflict with {"current": detail} otherwise):
assign_complaint(id, version, {user_id? | role?})
    (also register_complaint's assigned_user_id) a person must be unlocked, work for the
    complaint's office (a service hall's people work for its parent office) and hold
    complaint.handle; otherwise UserError (field cmp_assigned_user) and nothing changes.
record_complaint_contact(id, version, note)        closes the "contact" item
pause_complaint(id, version, reason) / resume_complaint(id, version)   customer-side waiting
reply_complaint(id, version, text)   closes "reply" (and "contact" if still open)
record_complaint_callback(id, version, satisfaction, note)   after the reply
close_complaint(id, version, note)   complaints need a callback first; praise closes directly
reopen_complaint(id, version, reason)   replied or closed -> a new reply item
each -> complaint_detail.

complaint_row = {id, reference ("TS00000042"), office_id, kind, kind_name, channel,
    channel_name, category, category_name, customer_id|None, account_no, contact_name,
    contact_phone, subject, status, status_name, paused, repeat, created_at,
    assigned_user_id|None, assigned_name, assigned_role|None,
    clock: {step, step_name, due_at|None, time_left_s|None, risk}|None,   # most urgent open
    version}
complaint_detail = complaint_row + {text, contacted_at, contact_note, replied_at, reply_text,
    callback_at, satisfaction|None, satisfaction_name, callback_note, reopen_count,
    closed_at, closed_by, customer_name, customer_address,
    repeat_of: {id, reference, created_at, category_name, subject}|None,
    items: [WorkItem (appserver.contract.work)], history: [{at, user, action, action_name,
    note}], others: [{id, reference, kind, kind_name, category_name, subject, status,
    status_name, created_at}], actions: [allowed action codes: assign, contact, pause,
    resume, reply, callback, close, reopen]}
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("complaint_codes", False),
    ("list_complaints", False),
    ("get_complaint", False),
    ("register_complaint", True),
    ("assign_complaint", True),
    ("record_complaint_contact", True),
    ("pause_complaint", True),
    ("resume_complaint", True),
    ("reply_complaint", True),
    ("record_complaint_callback", True),
    ("close_complaint", True),
    ("reopen_complaint", True),
)

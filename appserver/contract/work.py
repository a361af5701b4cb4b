"""Wire contract of pmis.work, the work platform: to-do lists, the office dashboard, the list
export, the working-day calendar. Owned by the work platform server work; the client reads it.

Every deadline is computed on the server (``appserver/work/items.py``, docs/sla.md): clients
show ``time_left_s`` and ``risk`` and never compute deadlines themselves.

WorkItem = {"id", "office_id", "source" (application, complaint, fault), "source_id" (the
    record to open), "sla_type" (application type code, "complaint", "fault" …), "type_name",
    "step", "step_name", "reference" (the record's number), "title", "customer_id",
    "assigned_role", "assigned_user_id", "assigned_user_name" (todo/list_items only),
    "clock" (working, continuous), "budget_s", "opened_at", "due_at" (None while paused),
    "status" (open, paused, done, cancelled), "time_left_s" (clock seconds: working seconds on
    the working calendar; negative = overdue; None when finished), "risk" (RISKS), "paused_at",
    "pause_reason", "escalated_at", "closed_at", "breached", "outcome",
    added: "warn_at" (near breach from here), "predicted_at" (typical finish of this step in
    this office, None without enough history; docs/sla.md), "used_s" (clock seconds worked,
    pauses excluded; finished items)}.

todo(filters, page) -> {"rows": [WorkItem], "total", "counts": {"mine", "role", "escalated",
    "breached", "near", "paused"}}: the caller's open work — assigned to the caller, or to one
    of the caller's roles in the caller's home office and not taken by a person, and (office
    heads) items of their offices escalated after a breach. filters = {"scope": "all" | "mine"
    | "role" | "escalated", "risk": one of RISKS | None, "source": one of SOURCES | None}.
    Ordered by urgency: breached first, then by deadline; paused last. "total" counts the
    rows matching scope and filters; "counts" cover the caller's whole list (every scope, no
    filter), so tabs can show them. page = {"offset", "limit" (1..200, default 50)}.
    Escalated items: those of the offices the caller sees, for holders of work.dashboard.
take_item(item_id) -> WorkItem (write): take an item of one's role queue (assigned to me);
    refused (PermissionDenied) for another role or office, Conflict when someone has it.
assign_item(item_id, user_id | None) -> WorkItem (write, work.dashboard): an office head gives
    an item to a person of the office (None: back to the role queue). The person must work
    for the item's office (a hall counts as its office) and hold the item's role.
list_items(criteria, page) -> {"rows": [WorkItem], "total"}: the office's work items for the
    dashboard's drill-down and export; criteria = {"office_id" | None (all visible), "status":
    "open" | "done" | "all", "sla_type", "step", "risk", "assigned_user_id", "from_day",
    "to_day" (closed or opened in, for finished items)}.
    Added criteria key "source". status "open" (default): open and paused items; "done":
    finished in [from_day, to_day] when given; "all": open ones plus finished or cancelled in
    the range. risk "breached"/"ok" also match finished items late / on time. Permission
    work.dashboard (a person's own work is ``todo``).
dashboard(office_id | None, from_day, to_day) -> {"as_of", "office_id", "open": {"total",
    "paused", "near", "breached", "predicted", "escalated"}, "by_stage": [{"sla_type",
    "type_name", "step", "step_name", "open", "paused", "near", "breached"}],
    "achievement": [{"sla_type", "type_name", "closed", "on_time", "rate" (decimal string,
    percent, 1 place) | None}], "throughput": [{"user_id", "name", "closed", "on_time",
    "rate", "avg_hours" (decimal string, clock hours per item)}], "daily": [{"day", "opened",
    "closed"}]}: closed figures over [from_day, to_day] (business dates, at most 366 days).
    office_id: that office with its halls; None: every office the caller sees. Added fields:
    "source" in by_stage and achievement rows, "predicted" and "escalated" in by_stage rows.
    "open" counts are now (as_of); on_time = done not after its deadline.
export_items(criteria, file_format) -> {"filename", "content_base64", "rows"}: list_items'
    rows (up to EXPORT_MAX) as "csv" (UTF-8 with BOM, for Excel) or "xlsx"; a file whose
    encoded size would pass EXPORT_MAX_BYTES is refused (narrow the filter): the answer must
    fit in one message (api.MAX_MESSAGE_SIZE).
calendar(year) -> {"year", "days": [{"day", "kind" (holiday, workday), "name"}],
    "working_days": [12 counts, one per month]}. Any signed-in user may read it (system.ping:
    the holiday calendar is public); year 2000..2100.
set_calendar_day(day, kind | None, name) -> calendar(year of day) (write, calendar.edit):
    mark a day holiday or make-up working day, or clear it (None). Open items keep the
    deadlines they have; items opened or resumed afterwards use the new calendar. A holiday
    must be a weekday and a make-up working day a Saturday or Sunday (anything else changes
    nothing and is refused); a name is required when setting. The calendar is company-wide.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("todo", False),
    ("take_item", True),
    ("assign_item", True),
    ("list_items", False),
    ("dashboard", False),
    ("export_items", False),
    ("calendar", False),
    ("set_calendar_day", True),
)

SOURCES = ("application", "complaint", "fault")
RISKS = ("paused", "breached", "near", "predicted", "ok")
# About 280 encoded bytes per CSV row: 10,000 rows stay well inside the 4 MiB message limit.
EXPORT_MAX = 10_000
EXPORT_MAX_BYTES = 3_500_000
LIST_OFFSET_MAX = 1_000_000  # paging through list_items

"""Wire contract of pmis.metering: the exposed methods (name, is_write) and their shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.
Register names: total, peak, flat, valley, critical_peak, deep_valley, reactive, max_demand.

- list_books(period) -> {"period", "books": [{"id", "code", "name", "office_id",
  "office_name", "reading_day", "reader_id", "reader_name", "route", "points", "plan_id",
  "plan_status" (open|imported|validated|billing|billed|None), "planned_on", "read",
  "flagged", "estimated", "reread", "pending"}]}
- book_points(book_id, period) -> {"book": {...}, "period", "plan_id", "plan_status",
  "points": [POINT]}
  POINT = {"sequence", "metering_point_id", "point_code", "customer_id", "account_no",
  "customer_name", "customer_class", "address", "active", "meter_id", "serial", "digits",
  "registers": [names], "multiplier", "last": READING|None, "expected_low", "expected_high"
  (register values of the total for this read, None without history), "typical_kwh",
  "this": READING|None}
  READING = {"id", "period", "kind" (regular|initial|final), "read_on", "registers":
  {name: value}, "source", "status", "flags": [codes], "consumption_kwh", "money_at_risk",
  "estimated": bool, "note"}
- point_history(metering_point_id) -> {"metering_point_id", "account_no", "name",
  "readings": [READING + {"serial", "replaces_id"}]}  (newest first, superseded included)
- readers() -> [{"id", "username", "full_name", "office_id"}]
- assign_reader(book_id, user_id) -> {"book_id", "reader_id"}
- move_points(point_ids, target_book_id) -> {"moved", "book_id"}
- create_plans(period) -> {"period", "created"}
- entry_sheet(plan_id) -> {"plan": {"id", "book_id", "code", "name", "period", "status"},
  "rows": [POINT]}
- save_readings(plan_id, rows) -> {"accepted", "flagged", "rejected", "rows": [VERDICT]}
  rows: [{"metering_point_id", "registers": {name: "decimal"}, "read_on"?, "note"?}] (≤ 500)
  VERDICT = {"row", "metering_point_id", "reading_id", "status", "flags", "consumption_kwh"}
  or {"row", "metering_point_id", "rejected": reason}
- import_readings(period, text, first_line) -> {"period", "lines", "accepted",
  "flagged": {code: count}, "flagged_count", "rejected": [{"line", "reason"}] (first 1,000),
  "rejected_count"}; text = whole lines of the CSV (docs/reading-import.md), at most
  3,500,000 characters, first_line = its first line's number in the file (1 = with header)
- exception_queue(period|None, limit) -> {"period", "items": [ITEM], "more"}
  ITEM = {"kind" (reading|missing), "reading_id", "metering_point_id", "plan_id",
  "book_code", "account_no", "customer_name", "customer_class", "serial", "meter_id",
  "meter_registers": [names],
  "multiplier", "reasons": [codes], "status", "registers", "read_on", "consumption_kwh",
  "expected_kwh", "money_at_risk", "last": {"registers", "period"}|None}
- decide(target, decision, values, note) -> {"reading": READING}
  target = {"reading_id"} or {"metering_point_id", "period"} (a missing read);
  decision = approve|correct|estimate|reread; values = {name: "decimal"} for correct
- change_meter(metering_point_id, change) -> {"old_meter_id", "new_meter_id", "final",
  "initial"}; change = {"date", "old_final": {registers}, "new_serial", "new_digits",
  "new_registers": [names], "new_initial": {registers}, "note"}
"""

from __future__ import annotations

FLAG_CODES = ("backwards", "rollover", "no_previous", "zero", "high", "low", "tou_sum",
              "meter_changed", "missing")
REJECT_REASONS = ("bad_header", "column_count", "bad_serial", "bad_date", "total_missing",
                  "bad_number", "bad_format", "unknown_meter", "duplicate", "no_plan",
                  "plan_billed", "meter_removed")
REGISTERS = ("total", "peak", "flat", "valley", "critical_peak", "deep_valley", "reactive",
             "max_demand")
IMPORT_CHUNK_CHARS = 3_000_000  # what the client sends per call (the server takes 3,500,000)
IMPORT_MAX_BYTES = 200 * 1024 * 1024

METHODS: tuple[tuple[str, bool], ...] = (
    ("list_books", False),
    ("book_points", False),
    ("point_history", False),
    ("readers", False),
    ("assign_reader", True),
    ("move_points", True),
    ("create_plans", True),
    ("entry_sheet", False),
    ("save_readings", True),
    ("import_readings", True),
    ("exception_queue", False),
    ("decide", True),
    ("change_meter", True),
)

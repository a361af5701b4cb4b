"""Wire contract of pmis.billing runs: the exposed methods (name, is_write) and their shapes.

``METHODS`` of the pmis.billing object is tariffs + runs + bills (``OBJECT_METHODS``).

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.

list_runs(period) -> [BookRun]: the reading books of the caller's offices with the reading
    plan's status for that period and the run, if any. BookRun = {"book_id", "book_code",
    "book_name", "office_id", "points", "plan_status" (None: no plan; else open, imported,
    validated, billing, billed), "run": Run | None}.
start_run(book_id, period) -> {"run_id", "job_id"}: queue the billing run of one book for one
    period (permission billing.run). Refused unless the book's plan is validated (or billed
    before: a second run bills only what is not billed yet, e.g. bills rejected in review).
get_run(run_id) -> Run with "errors": [{"metering_point_id", "metering_point_code",
    "customer_id", "account_no", "customer_name", "reason", "detail"}] (the first 500).
restart_run(run_id) -> {"run_id", "job_id"}: queue a failed run again (the same job).

Run = {"id", "book_id", "period", "status" (queued, running, done, failed), "bills" (bills of
    the run), "released", "review" (held for review), "total" (amount of the run's bills),
    "errors" (count of points not billed, unless the full list above), "job": Job (as
    system.get_job) | None, "created_at", "finished_at"}.

A bill held for review carries ``review_reason``: reason codes of REVIEW_REASONS joined by
", ". A point the run could not bill has one of ERROR_REASONS.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("list_runs", False),
    ("start_run", True),
    ("get_run", False),
    ("restart_run", True),
)

# above_history / below_history: the amount is more than billing.review_high_ratio times, or
# less than billing.review_low_ratio times, the average of the point's last three bills.
REVIEW_REASONS = ("above_history", "below_history", "negative", "zero", "estimated")
# no_reading: no billable reading of the period (or no earlier reading to measure from);
# no_tariff: no tariff assignment or no approved version in the period; rating: the rating
# engine refused the inputs (detail says why); reading: the readings cannot be used (e.g. a
# register went backwards).
ERROR_REASONS = ("no_reading", "no_tariff", "rating", "reading")
RUN_STATUSES = ("queued", "running", "done", "failed")


def object_methods() -> tuple[tuple[str, bool], ...]:
    from appserver.contract import bills, tariffs

    return tariffs.METHODS + METHODS + bills.METHODS

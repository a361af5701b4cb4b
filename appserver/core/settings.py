"""Named, effective-dated business conventions (the ``setting`` table).

Where sources disagree (how a penalty crosses a year boundary, what a partial payment settles
first) the rule is a named value with versions by date, never a constant in code. A key not
in the table has its default below; ``ALLOWED`` lists what a person may set.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dbschema.models import Setting

DEFAULTS: dict[str, str] = {
    # collection
    "payments.allocation_order": "penalty_first",  # or principal_first (oldest debt first)
    "payments.penalty_year_boundary": "split_at_year_end",  # or whole_debt_by_due_year
    "payments.penalty_minimum": "1.00",  # yuan: a smaller total is charged as this
    "payments.notice_days_residential": "7",
    "payments.notice_hours_other": "73",  # 3 days plus 1 hour
    "payments.disconnect_after_overdue_days": "30",
    "payments.reconnect_within_hours": "24",  # after the arrears are paid in full
    # billing
    "billing.due_days": "15",  # days from release to due date
    "billing.review_high_ratio": "3",  # a bill above 3x history waits for review
    "billing.review_low_ratio": "0.3",
    # meter reading
    "metering.history_high_ratio": "3",
    "metering.history_low_ratio": "0.3",
    # TOU registers may differ from the total register by display rounding: kWh per read,
    # before the multiplier (docs/reading-import.md)
    "metering.tou_tolerance_kwh": "0.05",
    # yuan/kWh used only to rank the exception queue by money at risk (not to bill)
    "metering.average_price_residential": "0.62",
    "metering.average_price_commercial": "0.78",
    "metering.average_price_large_industry": "0.72",
    "metering.average_price_agriculture": "0.54",
    # work platform: an open item is "near breach" once this share of its time is used
    "work.warn_share": "0.8",
    # fault repair commitments (DOMAIN.md): crew arrival from the first report, restoration
    # from the crew's arrival, in minutes per area class; reports of one outage within the
    # grouping window are proposed for the same ticket; unlisted transformer areas' class
    "fault.arrival_minutes_urban": "45",
    "fault.arrival_minutes_rural": "90",
    "fault.arrival_minutes_remote": "120",
    "fault.restoration_minutes_urban": "180",
    "fault.restoration_minutes_rural": "240",
    "fault.restoration_minutes_remote": "240",
    "fault.grouping_window_minutes": "240",
    "fault.default_area_class": "urban",
}

ALLOWED: dict[str, tuple[str, ...]] = {
    "payments.allocation_order": ("penalty_first", "principal_first"),
    "payments.penalty_year_boundary": ("split_at_year_end", "whole_debt_by_due_year"),
}


def setting(db: Session, key: str, on: date) -> str:
    """The value of ``key`` effective on ``on`` (the latest version from on or before it)."""
    value = db.scalar(select(Setting.value).where(Setting.key == key,
                                                  Setting.effective_from <= on)
                      .order_by(Setting.effective_from.desc()).limit(1))
    return value if value is not None else DEFAULTS[key]

"""Day counts and proration by days.

A usage segment says how many days it covers and, optionally, how many days its billing
period has. When the period length is not given it comes from the tariff's day-count
convention and the billing month of the request.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from decimal import Decimal

from appserver.billing.rating.errors import RatingError


@dataclass(frozen=True)
class DayCount:
    name: str
    description: str

    def days_in_period(self, year: int, month: int) -> int:
        if self.name == "thirty":
            return 30
        return calendar.monthrange(year, month)[1]


DAY_COUNTS: dict[str, DayCount] = {
    "actual": DayCount("actual", "actual calendar days of the billing month"),
    "thirty": DayCount("thirty", "every billing month counts as 30 days"),
}


@dataclass(frozen=True)
class Proration:
    """``days`` out of ``period_days``; the whole period when they are equal."""

    days: int
    period_days: int

    def __post_init__(self) -> None:
        if not 0 < self.period_days <= 366:
            raise RatingError("days_in_period", "must be between 1 and 366")
        if not 1 <= self.days <= self.period_days:
            raise RatingError("days", f"must be between 1 and {self.period_days} "
                                      "(the days in the period)")

    @property
    def whole(self) -> bool:
        return self.days == self.period_days

    def apply(self, value: Decimal) -> Decimal:
        """The exact prorated value; the caller rounds it by its own convention."""
        if self.whole:
            return value
        return value * self.days / self.period_days

    def text(self) -> str:
        return "whole period" if self.whole else f"{self.days}/{self.period_days} days"

    def text_zh(self) -> str:
        return "整个账期" if self.whole else f"{self.days}/{self.period_days} 天"

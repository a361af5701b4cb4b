"""The working-day calendar and clock arithmetic of the service-level commitments.

A working day is a whole local day (Asia/Shanghai) that is Monday–Friday and not a holiday,
or a weekend day declared a make-up working day (调休上班). A clock on the working calendar
runs only during working days, so "5 working days" is 5 × 24 hours of working days: an
application accepted on Friday at 10:00 with one working day is due on Monday at 10:00.
The office zone has no daylight saving, so every local day is 86,400 seconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from appserver.core.dates import OFFICE_ZONE

DAY_S = 86_400
MAX_SPAN_DAYS = 3_660  # no commitment is ten years long: a larger span is a caller's bug


@dataclass(frozen=True)
class WorkCalendar:
    """Weekends off, except ``workdays``; weekdays on, except ``holidays``."""

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    _exceptions: tuple[date, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def of(cls, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> WorkCalendar:
        off, on = frozenset(holidays), frozenset(workdays)
        if off & on:
            raise ValueError(f"days both holiday and working day: {sorted(off & on)}")
        return cls(off, on, tuple(sorted(off | on)))

    def is_working(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def working_days_between(self, first: date, last: date) -> int:
        """Working days in [first, last) — week arithmetic plus the exceptions in range."""
        if last <= first:
            return 0
        days = (last - first).days
        weeks, rest = divmod(days, 7)
        count = weeks * 5 + sum((first + timedelta(days=i)).weekday() < 5 for i in range(rest))
        lo = bisect.bisect_left(self._exceptions, first)
        hi = bisect.bisect_left(self._exceptions, last)
        for day in self._exceptions[lo:hi]:
            plain = day.weekday() < 5
            count += self.is_working(day) - plain
        return count

    # -- clock arithmetic on instants (UTC-aware datetimes) -----------------------------
    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Working seconds from ``start`` to ``end``; negative when ``end`` is earlier."""
        if end < start:
            return -self.working_seconds(end, start)
        a, b = start.astimezone(OFFICE_ZONE), end.astimezone(OFFICE_ZONE)
        if a.date() == b.date():
            return _seconds(b - a) if self.is_working(a.date()) else 0
        total = 0
        if self.is_working(a.date()):
            total += DAY_S - _seconds_into_day(a)
        total += DAY_S * self.working_days_between(a.date() + timedelta(days=1), b.date())
        if self.is_working(b.date()):
            total += _seconds_into_day(b)
        return total

    def advance(self, start: datetime, seconds: int) -> datetime:
        """The instant at which ``seconds`` working seconds have passed since ``start``
        (before ``start`` when negative). Zero working time left on a non-working day
        stays where it is."""
        if seconds == 0:
            return start
        if seconds < 0:
            return self._retreat(start, -seconds)
        local = start.astimezone(OFFICE_ZONE)
        day, offset = local.date(), _seconds_into_day(local)
        for _ in range(MAX_SPAN_DAYS):
            if self.is_working(day):
                room = DAY_S - offset
                if seconds <= room:
                    return _instant(day, offset + seconds)
                seconds -= room
            day, offset = day + timedelta(days=1), 0
        raise ValueError("working-time span too long")

    def _retreat(self, start: datetime, seconds: int) -> datetime:
        local = start.astimezone(OFFICE_ZONE)
        day, offset = local.date(), _seconds_into_day(local)
        for _ in range(MAX_SPAN_DAYS):
            if self.is_working(day):
                if seconds <= offset:
                    return _instant(day, offset - seconds)
                seconds -= offset
            day, offset = day - timedelta(days=1), DAY_S
        raise ValueError("working-time span too long")


def _seconds(delta: timedelta) -> int:
    return delta.days * DAY_S + delta.seconds


def _seconds_into_day(local: datetime) -> int:
    return local.hour * 3600 + local.minute * 60 + local.second


def _instant(day: date, offset_s: int) -> datetime:
    midnight = datetime.combine(day, time(), tzinfo=OFFICE_ZONE)
    return (midnight + timedelta(seconds=offset_s)).astimezone(UTC)

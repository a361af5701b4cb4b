"""The working-day calendar: weekends, holidays, make-up working days, clock arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appserver.core.dates import OFFICE_ZONE
from appserver.work.calendar import DAY_S, WorkCalendar

# 2026 National Day: Oct 1-7 off (Thu 1, Fri 2, Mon 5 - Wed 7 are weekdays), Sat Oct 10 worked.
NATIONAL_DAY = WorkCalendar.of(
    holidays=[date(2026, 10, d) for d in (1, 2, 5, 6, 7)],
    workdays=[date(2026, 9, 20), date(2026, 10, 10)])


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=OFFICE_ZONE).astimezone(UTC)


def test_weekdays_work_weekends_do_not() -> None:
    plain = WorkCalendar.of()
    assert plain.is_working(date(2026, 11, 27))  # Friday
    assert not plain.is_working(date(2026, 11, 28))  # Saturday
    assert not NATIONAL_DAY.is_working(date(2026, 10, 5))  # Monday, holiday
    assert NATIONAL_DAY.is_working(date(2026, 10, 10))  # Saturday, make-up day


def test_friday_morning_plus_one_working_day_is_monday_morning() -> None:
    due = WorkCalendar.of().advance(local(2026, 11, 27, 10), DAY_S)
    assert due == local(2026, 11, 30, 10)


def test_five_working_days_across_national_day() -> None:
    # Accepted Wed Sep 30 at 09:00: Sep 30 (15 h), Oct 8, 9, 10 (Sat, worked), 12, then 9 h of 13.
    due = NATIONAL_DAY.advance(local(2026, 9, 30, 9), 5 * DAY_S)
    assert due == local(2026, 10, 13, 9)
    assert NATIONAL_DAY.working_seconds(local(2026, 9, 30, 9), due) == 5 * DAY_S


def test_started_on_a_holiday_counts_from_the_next_working_day() -> None:
    due = NATIONAL_DAY.advance(local(2026, 10, 3, 15), DAY_S)
    assert due == local(2026, 10, 9)  # all of Thursday Oct 8, i.e. Friday 00:00


def test_deadline_on_the_end_of_friday_is_not_moved_to_monday() -> None:
    due = WorkCalendar.of().advance(local(2026, 11, 23), 5 * DAY_S)
    assert due == local(2026, 11, 28)  # Friday 24:00


def test_overdue_time_is_negative_and_counts_only_working_time() -> None:
    cal = WorkCalendar.of()
    assert cal.working_seconds(local(2026, 11, 30), local(2026, 11, 27, 12)) == -DAY_S // 2
    assert cal.advance(local(2026, 11, 30, 6), -DAY_S // 2) == local(2026, 11, 27, 18)


def test_a_day_cannot_be_both() -> None:
    with pytest.raises(ValueError):
        WorkCalendar.of(holidays=[date(2026, 1, 1)], workdays=[date(2026, 1, 1)])


@given(start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
       seconds=st.integers(min_value=0, max_value=40 * DAY_S))
def test_advance_and_working_seconds_agree(start: datetime, seconds: int) -> None:
    begin = start.replace(microsecond=0, tzinfo=UTC)
    end = NATIONAL_DAY.advance(begin, seconds)
    assert NATIONAL_DAY.working_seconds(begin, end) == seconds
    back = NATIONAL_DAY.advance(end, -seconds)
    # begin may sit on a holiday: going back stops where working time starts after it
    assert back >= begin and NATIONAL_DAY.working_seconds(begin, back) == 0
    assert NATIONAL_DAY.working_seconds(back, end) == seconds


@given(first=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)),
       span=st.integers(min_value=0, max_value=400))
def test_working_day_count_matches_day_by_day(first: date, span: int) -> None:
    last = first + timedelta(days=span)
    slow = sum(NATIONAL_DAY.is_working(first + timedelta(days=i)) for i in range(span))
    assert NATIONAL_DAY.working_days_between(first, last) == slow

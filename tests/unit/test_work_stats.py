"""The dashboard's pure parts: which days come from the rollups, percentages and hours."""

from __future__ import annotations

from datetime import date

from appserver.work.dashboard import hours, percent
from appserver.work.stats import split

D = date


def test_days_before_the_build_come_from_the_rollups_the_rest_live() -> None:
    days = (D(2026, 11, 1), D(2026, 11, 30))
    assert split(days, None) == (None, days)
    assert split(days, D(2026, 11, 1)) == (None, days)
    assert split(days, D(2026, 11, 15)) == ((D(2026, 11, 1), D(2026, 11, 14)),
                                            (D(2026, 11, 15), D(2026, 11, 30)))
    assert split(days, D(2026, 12, 1)) == (days, None)
    assert split(days, D(2027, 1, 1)) == (days, None)


def test_rates_and_hours_are_exact_decimals_with_one_place() -> None:
    assert percent(2, 3) == "66.7"
    assert percent(3, 3) == "100.0"
    assert percent(0, 0) is None
    assert hours(23 * 3600 + 2 * 1800, 3) == "8.0"
    assert hours(1, 0) is None

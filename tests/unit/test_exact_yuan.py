"""Money read back from SQL: SQLite's floating-point sums come back to the exact cent."""

from __future__ import annotations

from decimal import Decimal

from appserver.core.sql import exact_yuan


def test_floating_point_sums_return_to_the_cent() -> None:
    assert exact_yuan(167.919999999998) == Decimal("167.92")
    assert exact_yuan(0.1 + 0.2) == Decimal("0.30")
    assert exact_yuan(-248.39999999999998) == Decimal("-248.40")


def test_decimals_and_nothing() -> None:
    assert exact_yuan(Decimal("12.5")) == Decimal("12.50")
    assert exact_yuan(None) == Decimal("0.00")
    assert str(exact_yuan(0)) == "0.00"

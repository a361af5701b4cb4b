"""The wire codec is strict: plain decimal strings only, dates and times in ISO-8601."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appserver.contract.codec import (
    CodecError,
    date_from_wire,
    date_to_wire,
    datetime_from_wire,
    datetime_to_wire,
    decimal_from_wire,
    decimal_to_wire,
)


@pytest.mark.parametrize("text, expected", [("0", Decimal("0")), ("0.00", Decimal("0.00")),
                                            ("-12.5", Decimal("-12.5")),
                                            ("1234.50", Decimal("1234.50")),
                                            ("999999999999.99", Decimal("999999999999.99"))])
def test_plain_decimals_are_accepted(text: str, expected: Decimal) -> None:
    value = decimal_from_wire(text)
    assert value == expected and isinstance(value, Decimal)


@pytest.mark.parametrize("bad", ["NaN", "nan", "sNaN", "Infinity", "-Infinity", "inf", "1e5",
                                 "1E5", "1.5e-2", "1.234", "0.001", "", " 1.00", "1.00 ", "1.00\n",
                                 "+1", "1.", ".5", "1,000.00", "１２", "0x10", "1_000",
                                 "1234567890123", "--1", "1.0.0"])
def test_malformed_decimals_are_refused(bad: str) -> None:
    with pytest.raises(CodecError):
        decimal_from_wire(bad)


@pytest.mark.parametrize("bad", [1.5, 0.1, 2, True, None, Decimal("1.00"), b"1.00", ["1"]])
def test_non_strings_including_floats_are_refused(bad: Any) -> None:
    with pytest.raises(CodecError):
        decimal_from_wire(bad)


def test_quantities_allow_four_places() -> None:
    assert decimal_from_wire("12.3456", places=4) == Decimal("12.3456")
    with pytest.raises(CodecError):
        decimal_from_wire("12.34567", places=4)
    assert decimal_to_wire(Decimal("3"), places=4) == "3.0000"


def test_to_wire_rounds_to_the_places() -> None:
    assert decimal_to_wire(Decimal("1")) == "1.00"
    assert decimal_to_wire(Decimal("-0.5")) == "-0.50"


MONEY = st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"),
                    places=2, allow_nan=False, allow_infinity=False)


@given(MONEY)
def test_money_round_trips_exactly(value: Decimal) -> None:
    wire = decimal_to_wire(value)
    assert isinstance(wire, str) and "e" not in wire.lower()
    assert decimal_from_wire(wire) == value


@given(st.decimals(min_value=Decimal("-99999999.9999"), max_value=Decimal("99999999.9999"),
                   places=4, allow_nan=False, allow_infinity=False))
def test_quantities_round_trip_exactly(value: Decimal) -> None:
    assert decimal_from_wire(decimal_to_wire(value, 4), 4) == value


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_no_float_is_ever_accepted(value: float) -> None:
    with pytest.raises(CodecError):
        decimal_from_wire(value)


@given(st.dates())
def test_dates_round_trip(value: date) -> None:
    assert date_from_wire(date_to_wire(value)) == value


@given(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1),
                    timezones=st.sampled_from([UTC, timezone(timedelta(hours=8))])))
def test_timestamps_round_trip_to_the_second_in_utc(value: datetime) -> None:
    back = datetime_from_wire(datetime_to_wire(value))
    assert back.utcoffset() == timedelta(0)
    assert back == value.replace(microsecond=0)


def test_naive_timestamps_are_taken_as_utc() -> None:
    assert datetime_to_wire(datetime(2026, 11, 28, 9, 30)) == "2026-11-28T09:30:00+00:00"
    assert datetime_from_wire("2026-11-28T09:30:00").tzinfo is not None


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "", 20261128, None])
def test_bad_dates_are_refused(bad: Any) -> None:
    with pytest.raises(CodecError):
        date_from_wire(bad)
    with pytest.raises(CodecError):
        datetime_from_wire(bad)

"""Codecs for values that serpent cannot carry exactly: money, quantities, dates, times.

Money travels as a decimal string with at most two places ("1234.50"), quantities with at most
four; no NaN, no infinity, no exponent. Parsing is strict so that bad input never reaches a
database column.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal

# ASCII digits only and nothing after them (``$`` would let a trailing newline through).
_DECIMAL_RE = re.compile(r"-?[0-9]{1,12}(\.[0-9]{1,6})?")


class CodecError(ValueError):
    """A value is not in the wire format."""


def decimal_to_wire(value: Decimal, places: int = 2) -> str:
    quantum = Decimal(1).scaleb(-places)
    return str(value.quantize(quantum))


def decimal_from_wire(text: object, places: int = 2) -> Decimal:
    """Parse a plain decimal string; refuse floats, NaN, exponents and excess places."""
    if not isinstance(text, str) or not _DECIMAL_RE.fullmatch(text):
        raise CodecError(f"not a plain decimal number: {text!r}")
    value = Decimal(text)
    if -value.as_tuple().exponent > places:  # type: ignore[operator]
        raise CodecError(f"more than {places} decimal places: {text!r}")
    return value


def date_to_wire(value: date) -> str:
    return value.isoformat()


def date_from_wire(text: object) -> date:
    if not isinstance(text, str):
        raise CodecError(f"not a date: {text!r}")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CodecError(f"not a date: {text!r}") from exc


def datetime_to_wire(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def datetime_from_wire(text: object) -> datetime:
    if not isinstance(text, str):
        raise CodecError(f"not a timestamp: {text!r}")
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CodecError(f"not a timestamp: {text!r}") from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def period_to_wire(period: int) -> str:
    """202611 -> "2026-11" (billing periods are stored as yyyymm integers)."""
    return f"{period // 100:04d}-{period % 100:02d}"


def period_from_wire(text: object) -> int:
    """"2026-11" -> 202611; anything else raises ValueError."""
    if not isinstance(text, str) or len(text) != 7 or text[4] != "-":
        raise ValueError("period must be YYYY-MM")
    year, month = text[:4], text[5:]
    if not (year.isascii() and year.isdigit() and month.isascii() and month.isdigit()):
        raise ValueError("period must be YYYY-MM")
    y, m = int(year), int(month)
    if not (2000 <= y <= 2999 and 1 <= m <= 12):
        raise ValueError("period out of range")
    return y * 100 + m

"""Exact numbers at the engine's edge: every quantity, price and amount is a ``Decimal``.

Inputs arrive as strings, ints or Decimals; floats are refused because they cannot carry an
exact price or reading. The engine runs in its own decimal context so a bill recomputes
bit-identically whatever the caller's context is.
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from appserver.billing.rating.errors import RatingError

# Plain positional notation only: no exponent, no NaN/Infinity, no spaces, ASCII digits.
_DECIMAL_RE = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,12})?$")
MAX_INTEGER_DIGITS = 12

# 28 significant digits, half-even for intermediate results, traps on invalid operations,
# division by zero and overflow: Python's defaults, but fixed here so that nothing the caller
# does to its own context can change a bill.
ENGINE_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[InvalidOperation, DivisionByZero, Overflow])

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)


def parse_decimal(value: object, field: str, *, places: int, allow_negative: bool = False,
                  maximum: Decimal | None = None) -> Decimal:
    """Turn ``value`` into a finite Decimal with at most ``places`` decimal places."""
    number = _to_decimal(value, field)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int):
        raise RatingError(field, "must be a finite number")
    if -exponent > places:
        raise RatingError(field, f"has too many decimal places (at most {places})")
    if number.adjusted() >= MAX_INTEGER_DIGITS:
        raise RatingError(field, f"is too large (at most {MAX_INTEGER_DIGITS} integer digits)")
    if number < 0 and not allow_negative:
        raise RatingError(field, "must not be negative")
    if maximum is not None and number > maximum:
        raise RatingError(field, f"must be at most {maximum}")
    return number


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool):
        raise RatingError(field, "must be a decimal number, not true/false")
    if isinstance(value, float):
        raise RatingError(field, "must be an exact decimal written as a string, not a float")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise RatingError(field, "must be a finite number")
        return value
    if isinstance(value, str):
        if not _DECIMAL_RE.match(value):
            raise RatingError(field, f"is not a plain decimal number: {value[:40]!r}")
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # unreachable after the pattern, kept for safety
            raise RatingError(field, "is not a number") from exc
    raise RatingError(field, f"must be a decimal number, not {type(value).__name__}")


def plain(number: Decimal) -> str:
    """Positional text of a Decimal (never exponent notation), as the wire format wants."""
    return format(abs(number) if number.is_zero() else number, "f")

"""Small SQL helpers shared by the repositories."""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")


def escape_like(text: str) -> str:
    """Make user text literal inside a LIKE pattern (use with ``escape="\\\\"``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def exact_yuan(value: object) -> Decimal:
    """A money value from a plain query or an aggregate, as exact yuan (None -> 0.00).

    PostgreSQL returns Decimal; SQLite stores NUMERIC with REAL affinity and returns sums as
    binary floating point (248.39999999999998), which the decimal text of the float rounds
    back to the cent it was written as."""
    return Decimal(str(value or 0)).quantize(CENT)

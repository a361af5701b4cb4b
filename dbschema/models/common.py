"""Small helpers shared by the model modules."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Integer

# Billing periods are stored as the integer yyyymm (202611) and travel as "2026-11".
PERIOD_CHECK = "{col} BETWEEN 200001 AND 299912 AND {col} % 100 BETWEEN 1 AND 12"


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def period_check(column: str = "period", name: str = "period_valid") -> CheckConstraint:
    return CheckConstraint(PERIOD_CHECK.format(col=column), name)


def big_id() -> BigInteger:
    """A 64-bit key on PostgreSQL; SQLite auto-increments only an INTEGER PRIMARY KEY."""
    return BigInteger().with_variant(Integer(), "sqlite")

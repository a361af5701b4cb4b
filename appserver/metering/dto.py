"""Wire shapes of readings and points (contract/metering.py documents them)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from appserver.contract.codec import decimal_to_wire, period_to_wire
from dbschema.models.metering import REGISTERS

FOUR = Decimal("0.0001")
# Meter.registers names the demand register "demand"; the reading column is max_demand.
REGISTER_ALIASES = {"demand": "max_demand"}


def dec(value: Any) -> Decimal | None:
    """A database number as an exact Decimal (SQLite hands back its own numbers)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value)).quantize(FOUR)


def wire(value: Any, places: int = 2) -> str | None:
    number = dec(value)
    return None if number is None else decimal_to_wire(number.quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), places)


def day(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def meter_registers(registers: str) -> list[str]:
    """The reading columns a meter has, in the order of REGISTERS."""
    names = {REGISTER_ALIASES.get(r.strip(), r.strip()) for r in registers.split(",")}
    return [r for r in REGISTERS if r in names]


def register_values(row: Mapping[Any, Any] | None) -> dict[str, str | None]:
    if row is None:
        return {}
    return {r: wire(row[r]) for r in REGISTERS if row.get(r) is not None}


def reading_dto(row: Mapping[Any, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"id": int(row["id"]), "period": period_to_wire(int(row["period"])),
            "kind": row["kind"], "read_on": day(row["read_on"]),
            "registers": register_values(row), "source": row.get("source"),
            "status": row.get("status"), "flags": _flags(row.get("flags")),
            "consumption_kwh": wire(row.get("consumption_kwh")),
            "money_at_risk": wire(row.get("money_at_risk")),
            "estimated": row.get("status") == "estimated" or row.get("source") == "estimated",
            "note": row.get("note") or ""}


def _flags(value: Any) -> list[str]:
    return [f for f in str(value or "").split(",") if f]

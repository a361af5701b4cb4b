"""Energy per register between two reads of one meter: rollover and multiplier.

Pure Decimal, shared by validation (consumption, expected range) and the billing run (the
usage segments it rates), so both see the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

ENERGY_REGISTERS = ("total", "peak", "flat", "valley", "critical_peak", "deep_valley",
                    "reactive")
ZERO = Decimal(0)


class ReadingBackwards(ValueError):
    """This read is lower than the last and cannot be a rollover (see ``advance``)."""


def advance(previous: Decimal, current: Decimal, digits: int,
            rollover_allowed: bool = True) -> Decimal:
    """How far a register moved: ``current - previous``, or across the wrap at 10**digits
    (a 6-digit register goes 999999 -> 000000; 99999.9 -> 00012.3 is a rollover of a 5+1
    digit display, counted on the integer digits). A backwards move that would mean more than
    half a wrap is not a rollover but an error (or a meter change)."""
    if current >= previous:
        return current - previous
    wrap = Decimal(10) ** digits
    moved = current + wrap - previous
    if not rollover_allowed or moved > wrap / 2:
        raise ReadingBackwards(f"{current} is lower than the last reading {previous}")
    return moved


def register_usage(previous: Mapping[str, Decimal | None], current: Mapping[str, Decimal | None],
                   digits: int, multiplier: Decimal) -> dict[str, Decimal]:
    """Energy per register (kWh / kvarh) times the multiplier; ``max_demand`` is not a
    difference but the read value times the multiplier. Registers missing on either read are
    left out."""
    usage: dict[str, Decimal] = {}
    for register in ENERGY_REGISTERS:
        before, now = previous.get(register), current.get(register)
        if before is None or now is None:
            continue
        usage[register] = advance(before, now, digits) * multiplier
    demand = current.get("max_demand")
    if demand is not None:
        usage["max_demand"] = demand * multiplier
    return usage

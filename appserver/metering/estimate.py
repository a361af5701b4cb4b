"""Estimated reads: the register values a meter would show had it advanced by the expected
consumption (the same month last year, else the three-month average, else the last month).

TOU registers advance in the shares of the meter's last month (peak 30 % / valley 30 % when
unknown), flat takes the remainder so the periods add up to the total exactly; a register
that passes its digit count wraps, as the meter would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from appserver.metering.dto import dec

CENT = Decimal("0.01")
DEFAULT_SHARES = {"peak": Decimal("0.3"), "valley": Decimal("0.3")}
DEFAULT_REACTIVE_RATIO = Decimal("0.4")
_SHARED = ("peak", "valley", "critical_peak", "deep_valley")


def expected_kwh(refs: tuple[Decimal | None, Decimal | None] | None,
                 last: Mapping[Any, Any] | None) -> Decimal | None:
    ly, avg = refs or (None, None)
    for candidate in (ly, avg, dec(last["consumption_kwh"]) if last else None):
        if candidate:
            return candidate
    return None


def estimate(history: Sequence[Mapping[Any, Any]], registers: Sequence[str], digits: int,
             multiplier: Decimal, consumption: Decimal) -> dict[str, Decimal]:
    """Register values after ``consumption`` kWh, from the newest reading in ``history``
    (newest first; the one before it gives the TOU shares)."""
    last = history[0]
    advance = (consumption / multiplier).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = _shares(history, registers)
    wrap = Decimal(10) ** digits
    values: dict[str, Decimal] = {"total": _wrapped(dec(last["total"]), advance, wrap)}
    spent = Decimal(0)
    for register in _SHARED:
        if register in registers and last.get(register) is not None:
            step = (advance * shares.get(register, Decimal(0))).quantize(CENT, ROUND_HALF_UP)
            spent += step
            values[register] = _wrapped(dec(last[register]), step, wrap)
    if "flat" in registers and last.get("flat") is not None:
        values["flat"] = _wrapped(dec(last["flat"]), advance - spent, wrap)
    if "reactive" in registers and last.get("reactive") is not None:
        ratio = shares.get("reactive", DEFAULT_REACTIVE_RATIO)
        values["reactive"] = _wrapped(dec(last["reactive"]),
                                      (advance * ratio).quantize(CENT, ROUND_HALF_UP), wrap)
    if "max_demand" in registers and last.get("max_demand") is not None:
        values["max_demand"] = dec(last["max_demand"]) or Decimal(0)
    return values


def _wrapped(start: Decimal | None, step: Decimal, wrap: Decimal) -> Decimal:
    value = (start or Decimal(0)) + step
    return value - wrap if value >= wrap else value


def _shares(history: Sequence[Mapping[Any, Any]], registers: Sequence[str]) -> dict[str, Decimal]:
    """Each register's advance over the total's advance in the last known month."""
    if len(history) < 2:
        return dict(DEFAULT_SHARES)
    new, old = history[0], history[1]
    total = _diff(new, old, "total")
    if not total:
        return dict(DEFAULT_SHARES)
    shares = {}
    for register in (*_SHARED, "reactive"):
        step = _diff(new, old, register) if register in registers else None
        if step is not None and step >= 0:
            shares[register] = step / total
    return shares or dict(DEFAULT_SHARES)


def _diff(new: Mapping[Any, Any], old: Mapping[Any, Any], register: str) -> Decimal | None:
    a, b = dec(new.get(register)), dec(old.get(register))
    if a is None or b is None:
        return None
    return a - b

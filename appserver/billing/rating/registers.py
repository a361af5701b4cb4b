"""From register readings to metered energy per register, with the TOU consistency rules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import TOU_PERIODS
from appserver.billing.rating.numbers import ZERO, plain
from appserver.billing.rating.usage import Reading, RegisterValue, UsageSegment


@dataclass(frozen=True)
class Metered:
    total: Decimal
    periods: dict[str, Decimal]  # complete TOU split (flat derived) when has_tou
    has_tou: bool
    reactive: Decimal | None


def advance(value: RegisterValue, multiplier: Decimal, field: str) -> Decimal:
    """Energy of one register: an energy as given, or (current − previous) × multiplier."""
    if not isinstance(value, Reading):
        return value
    if value.digits is not None and max(value.previous, value.current) >= 10 ** value.digits:
        raise RatingError(field, f"a reading does not fit in {value.digits} digits")
    diff = value.current - value.previous
    if diff < 0:
        if value.digits is None:
            raise RatingError(field, f"current reading {plain(value.current)} is below the "
                                     f"previous {plain(value.previous)} (give 'digits' if the "
                                     "register rolled over)")
        diff += Decimal(10) ** value.digits
    return diff * multiplier


def metered(segment: UsageSegment, where: str) -> Metered:
    values = {name: advance(v, segment.multiplier, f"{where}.registers.{name}")
              for name, v in segment.registers.items()}
    tou = {p: values[p] for p in TOU_PERIODS if p in values}
    total = values.get("total")
    if total is None:
        if not tou:
            raise RatingError(f"{where}.registers", "give a total register or TOU registers")
        total = sum(tou.values(), ZERO)
    if tou:
        _complete_split(tou, total, where)
    return Metered(total, tou, bool(tou), values.get("reactive"))


def _complete_split(tou: dict[str, Decimal], total: Decimal, where: str) -> None:
    """Flat = total − the other periods when no flat register exists; otherwise the periods
    must add up to the total exactly."""
    given = sum(tou.values(), ZERO)
    if "flat" in tou:
        if given != total:
            raise RatingError(f"{where}.registers", f"TOU registers add up to {plain(given)} "
                                                    f"kWh, not the total {plain(total)} kWh")
        return
    if given > total:
        raise RatingError(f"{where}.registers", f"TOU registers add up to {plain(given)} kWh, "
                                                f"more than the total {plain(total)} kWh")
    tou["flat"] = total - given

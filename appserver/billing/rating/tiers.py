"""Tiered blocks (阶梯电价): which part of the energy falls in which block.

Monthly blocks apply per billing month; in a partial period their bounds are prorated by
days (rounded to the tariff's quantity places). Annual blocks are cumulative over the tier
year: the segment's energy is placed after the year-to-date energy, and bounds are never
prorated.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from appserver.billing.rating.days import Proration
from appserver.billing.rating.model import Block, Tiers
from appserver.billing.rating.numbers import ZERO, plain
from appserver.billing.rating.rounding import round_places


@dataclass(frozen=True)
class TierSlice:
    number: int  # 1-based
    block: Block
    lower: Decimal
    upper: Decimal | None
    kwh: Decimal

    def row(self, unit_value: Decimal) -> tuple[str, str]:
        top = "no upper bound" if self.upper is None else f"≤ {plain(self.upper)} kWh"
        top_zh = "无上限" if self.upper is None else f"≤ {plain(self.upper)} kWh"
        return (f"tier {self.number}: > {plain(self.lower)} kWh, {top} at {plain(unit_value)}",
                f"第{self.number}档：> {plain(self.lower)} kWh，{top_zh}，单价 "
                f"{plain(unit_value)}")


def bounds(tiers: Tiers, proration: Proration, places: int) -> list[Decimal | None]:
    """Upper bound of each block for this segment (prorated for monthly blocks)."""
    result: list[Decimal | None] = []
    for block in tiers.blocks:
        if block.upto is None or tiers.basis == "annual" or proration.whole:
            result.append(block.upto)
        else:
            result.append(round_places(proration.apply(block.upto), places))
    return result


def split(tiers: Tiers, energy: Decimal, ytd: Decimal, proration: Proration,
          places: int) -> list[TierSlice]:
    """Every block with its share of ``energy``; zero shares included."""
    start = ytd if tiers.basis == "annual" else ZERO
    end = start + energy
    lower = ZERO
    slices = []
    for number, (block, upper) in enumerate(
            zip(tiers.blocks, bounds(tiers, proration, places), strict=True), start=1):
        top = end if upper is None else min(end, upper)
        share = max(ZERO, top - max(start, lower))
        slices.append(TierSlice(number, block, lower, upper, share))
        if upper is not None:
            lower = upper
    return slices


def describe_position(tiers: Tiers, energy: Decimal, ytd: Decimal, proration: Proration,
                      places: int) -> tuple[tuple[str, str], ...]:
    """Inputs of a tier line: where the tier year stands, or the prorated monthly bounds."""
    if tiers.basis == "annual":
        return (("tier_year_kwh_before", plain(ytd)),
                ("tier_year_kwh_after", plain(ytd + energy)))
    if proration.whole:
        return ()
    shown = ", ".join("none" if b is None else plain(b)
                      for b in bounds(tiers, proration, places))
    return (("prorated_bounds_kwh", shown),)

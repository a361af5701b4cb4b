"""Transformer loss (变损) for customers metered on the low side of their own transformer."""

from __future__ import annotations

from decimal import Decimal

from appserver.billing.rating.days import Proration
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import TOU_PERIODS, LossTable
from appserver.billing.rating.numbers import ZERO, plain
from appserver.billing.rating.rounding import round_places


def loss_kwh(table: LossTable | None, kva: Decimal, proration: Proration, places: int,
             where: str) -> tuple[Decimal, str]:
    """The loss of the segment and how it was found, prorated by days."""
    if table is None:
        raise RatingError(f"{where}.transformer_kva", "the tariff has no transformer loss table")
    row = next((r for r in table.rows if r.kva == kva), None)
    if row is None:
        sizes = ", ".join(plain(r.kva) for r in table.rows)
        raise RatingError(f"{where}.transformer_kva",
                          f"{plain(kva)} kVA is not in the loss table ({sizes})")
    exact = proration.apply(row.kwh_per_month)
    loss = round_places(exact, places)
    note = (f"loss table row {plain(row.kva)} kVA: {plain(row.kwh_per_month)} kWh/month "
            f"× {proration.text()} = {plain(loss)} kWh")
    return loss, note


def allocate(loss: Decimal, periods: dict[str, Decimal], allocation: str,
             places: int) -> dict[str, Decimal]:
    """Add the loss to the TOU split: all to flat, or in proportion to the metered periods
    (each share rounded half-up, the last period taking the remainder so nothing is lost)."""
    result = dict(periods)
    metered_total = sum(periods.values(), ZERO)
    if allocation == "flat" or metered_total == 0:
        result["flat"] = result.get("flat", ZERO) + loss
        return result
    carrying = [p for p in TOU_PERIODS if periods.get(p, ZERO) > 0]
    left = loss
    for period in carrying[:-1]:
        share = round_places(loss * periods[period] / metered_total, places)
        result[period] += share
        left -= share
    result[carrying[-1]] += left
    return result

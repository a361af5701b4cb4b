"""Per-kWh charges (government funds and surcharges 代征基金及附加, energy-cost lines),
fixed monthly charges, minimum charges and percentage charges (e.g. a tax)."""

from __future__ import annotations

from decimal import Decimal

from appserver.billing.rating.context import SegmentContext
from appserver.billing.rating.lines import LINE_KINDS
from appserver.billing.rating.model import (
    FixedCharge,
    MinimumCharge,
    PercentageCharge,
    PerKwhCharge,
)
from appserver.billing.rating.numbers import HUNDRED, plain


def per_kwh_lines(ctx: SegmentContext, charges: tuple[PerKwhCharge, ...]) -> None:
    kwh = ctx.energy.total
    for charge in charges:
        if ctx.customer_class in charge.exempt_classes:
            continue
        exempt = ", ".join(charge.exempt_classes) or "none"
        ctx.add(f"{charge.kind}.{charge.code}", charge.kind, (charge.label, charge.label_zh),
                kwh, "kWh", charge.rate, kwh * charge.rate,
                f"all billed energy × {plain(charge.rate)} yuan/kWh",
                (("energy_kwh", plain(kwh)), ("customer_class", ctx.customer_class),
                 ("exempt_classes", exempt)))


def fixed_lines(ctx: SegmentContext, charges: tuple[FixedCharge, ...]) -> None:
    for charge in charges:
        ctx.add(f"fixed.{charge.code}", "fixed", (charge.label, charge.label_zh),
                Decimal(1), "month", charge.amount, ctx.proration.apply(charge.amount),
                f"{plain(charge.amount)} yuan per month × {ctx.proration.text()}",
                prorated=True)


def minimum_line(ctx: SegmentContext, minimum: MinimumCharge) -> None:
    """Top the segment up to its (prorated) minimum charge; no line when it is reached."""
    floor = ctx.rounding.money(ctx.proration.apply(minimum.amount))
    subtotal = ctx.sum_of(LINE_KINDS)
    if subtotal >= floor:
        return
    ctx.add("minimum", "minimum", ("Minimum charge top-up", "最低消费补足"),
            Decimal(1), "yuan", floor - subtotal, floor - subtotal,
            f"minimum {plain(minimum.amount)} yuan per month × {ctx.proration.text()} = "
            f"{plain(floor)} (rounded) minus the lines so far {plain(subtotal)}",
            (("minimum_yuan", plain(floor)), ("subtotal_yuan", plain(subtotal))),
            prorated=True)


def percentage_lines(ctx: SegmentContext, charges: tuple[PercentageCharge, ...]) -> None:
    for charge in charges:
        base = ctx.sum_of(LINE_KINDS)
        ctx.add(f"percentage.{charge.code}", "percentage", (charge.label, charge.label_zh),
                base, "yuan", charge.rate, base * charge.rate,
                f"{plain(charge.rate * HUNDRED)}% of every line before it",
                (("base_yuan", plain(base)),))

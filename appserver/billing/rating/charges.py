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
    for charge in charges:
        if ctx.customer_class not in charge.exempt_classes:
            _per_kwh_line(ctx, charge)


def _per_kwh_line(ctx: SegmentContext, charge: PerKwhCharge) -> None:
    kwh = ctx.energy.total
    ctx.add(f"{charge.kind}.{charge.code}", charge.kind, (charge.label, charge.label_zh),
            kwh, "kWh", charge.rate, kwh * charge.rate,
            lambda: ((f"all billed energy × {plain(charge.rate)} yuan/kWh",
                      f"全部计费电量 × {plain(charge.rate)} 元/kWh"),
                     (("energy_kwh", plain(kwh)), ("customer_class", ctx.customer_class),
                      ("exempt_classes", ", ".join(charge.exempt_classes) or "none")), ""))


def fixed_lines(ctx: SegmentContext, charges: tuple[FixedCharge, ...]) -> None:
    for charge in charges:
        _fixed_line(ctx, charge)


def _fixed_line(ctx: SegmentContext, charge: FixedCharge) -> None:
    ctx.add(f"fixed.{charge.code}", "fixed", (charge.label, charge.label_zh),
            Decimal(1), "month", charge.amount, ctx.proration.apply(charge.amount),
            lambda: ((f"{plain(charge.amount)} yuan per month × {ctx.proration.text()}",
                      f"每月 {plain(charge.amount)} 元 × {ctx.proration.text_zh()}"), (), ""),
            prorated=True)


def minimum_line(ctx: SegmentContext, minimum: MinimumCharge) -> None:
    """Top the segment up to its (prorated) minimum charge; no line when it is reached."""
    floor = ctx.rounding.money(ctx.proration.apply(minimum.amount))
    subtotal = ctx.sum_of(LINE_KINDS)
    if subtotal >= floor:
        return
    ctx.add("minimum", "minimum", ("Minimum charge top-up", "最低消费补足"),
            Decimal(1), "yuan", floor - subtotal, floor - subtotal,
            lambda: ((f"minimum {plain(minimum.amount)} yuan per month × "
                      f"{ctx.proration.text()} = {plain(floor)} (rounded) minus the lines so "
                      f"far {plain(subtotal)}",
                      f"最低消费每月 {plain(minimum.amount)} 元 × {ctx.proration.text_zh()} = "
                      f"{plain(floor)}（已舍入），减去前面各项合计 {plain(subtotal)}"),
                     (("minimum_yuan", plain(floor)), ("subtotal_yuan", plain(subtotal))), ""),
            prorated=True)


def percentage_lines(ctx: SegmentContext, charges: tuple[PercentageCharge, ...]) -> None:
    for charge in charges:
        _percentage_line(ctx, charge, ctx.sum_of(LINE_KINDS))


def _percentage_line(ctx: SegmentContext, charge: PercentageCharge, base: Decimal) -> None:
    ctx.add(f"percentage.{charge.code}", "percentage", (charge.label, charge.label_zh),
            base, "yuan", charge.rate, base * charge.rate,
            lambda: ((f"{plain(charge.rate * HUNDRED)}% of every line before it",
                      f"前面各项合计的 {plain(charge.rate * HUNDRED)}%"),
                     (("base_yuan", plain(base)),), ""))

"""Energy charge lines (电度电费): single price, tiered blocks, TOU, or tiers combined with TOU.

Tiers combined with TOU follow the Zhejiang rule: a tier's surcharge (its ``adder``) is added
to every TOU price for the energy in that tier. The engine bills that as one line per TOU
period at the base TOU price plus one line per tier with a non-zero adder, which is the same
money without splitting each register across tiers.
"""

from __future__ import annotations

from decimal import Decimal

from appserver.billing.rating import tiers as tiering
from appserver.billing.rating.context import SegmentContext
from appserver.billing.rating.model import Tiers, Tou
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.tou import PERIOD_LABELS, PeriodPrice, period_prices


def energy_lines(ctx: SegmentContext) -> None:
    charge = ctx.tariff.energy
    if ctx.energy.periods:
        assert charge.tou is not None  # the engine only splits by period for TOU tariffs
        _tou_lines(ctx, charge.tou)
        if charge.tiers is not None:
            _adder_lines(ctx, charge.tiers)
    elif charge.tiers is not None:
        _tier_lines(ctx, charge.tiers)
    else:
        assert charge.price is not None  # the loader requires a price, tiers or TOU
        _single_price_line(ctx, charge.price)


def _energy_inputs(ctx: SegmentContext) -> tuple[tuple[str, str], ...]:
    e = ctx.energy
    if e.loss == 0:
        return (("energy_kwh", plain(e.total)),)
    return (("metered_kwh", plain(e.metered)), ("transformer_loss_kwh", plain(e.loss)),
            ("transformer_loss_rule", e.loss_note), ("energy_kwh", plain(e.total)))


def _single_price_line(ctx: SegmentContext, price: Decimal) -> None:
    qty = ctx.energy.total
    ctx.add("energy", "energy", ("Energy charge", "电度电费"), qty, "kWh", price, qty * price,
            lambda: ((f"energy × single price {plain(price)} yuan/kWh",
                      f"电量 × 单一电价 {plain(price)} 元/kWh"), _energy_inputs(ctx), ""))


def _tier_lines(ctx: SegmentContext, tiers: Tiers) -> None:
    slices = _slices(ctx, tiers)
    for s in [s for s in slices if s.kwh > 0] or slices[:1]:
        _tier_line(ctx, tiers, s)


def _tier_line(ctx: SegmentContext, tiers: Tiers, s: tiering.TierSlice) -> None:
    ctx.add(f"energy.tier{s.number}", "energy",
            (f"Energy charge, tier {s.number}", f"电度电费（第{s.number}档）"),
            s.kwh, "kWh", s.block.price, s.kwh * s.block.price,
            lambda: (_tier_rule(ctx, tiers, s.number), _tier_inputs(ctx, tiers),
                     s.row(s.block.price)))


def _tou_lines(ctx: SegmentContext, tou: Tou) -> None:
    prices = period_prices(tou, ctx.tariff.conventions.price_places)
    for period, price in prices.items():
        qty = ctx.energy.periods.get(period, Decimal(0))
        if qty > 0:
            _period_line(ctx, price, qty)
    if not any(ctx.energy.periods.get(p, 0) for p in prices):
        ctx.add("energy", "energy", ("Energy charge", "电度电费"), Decimal(0), "kWh",
                Decimal(0), Decimal(0),
                lambda: (("no energy in any TOU period", "各时段均无电量"),
                         _energy_inputs(ctx), ""))


def _period_line(ctx: SegmentContext, price: PeriodPrice, qty: Decimal) -> None:
    en, zh = PERIOD_LABELS[price.period]
    ctx.add(f"energy.{price.period}", "energy", (f"Energy charge, {en}", f"电度电费（{zh}）"),
            qty, "kWh", price.price, qty * price.price,
            lambda: ((f"{en} energy × {en} price; {price.how}",
                      f"{zh}电量 × {zh}电价；{price.how_zh or price.how}"),
                     (*_energy_inputs(ctx), (f"{price.period}_kwh", plain(qty))), ""))


def _adder_lines(ctx: SegmentContext, tiers: Tiers) -> None:
    for s in _slices(ctx, tiers):
        if s.kwh > 0 and s.block.adder != 0:
            _adder_line(ctx, tiers, s)


def _adder_line(ctx: SegmentContext, tiers: Tiers, s: tiering.TierSlice) -> None:
    ctx.add(f"energy.tier{s.number}_adder", "energy",
            (f"Tier {s.number} surcharge on TOU prices", f"第{s.number}档加价（分时）"),
            s.kwh, "kWh", s.block.adder, s.kwh * s.block.adder,
            lambda: (("energy in this tier × the tier's addition to every TOU price; "
                      + _tier_rule(ctx, tiers, s.number)[0],
                      "本档电量 × 本档对各时段电价的加价；" + _tier_rule(ctx, tiers, s.number)[1]),
                     _tier_inputs(ctx, tiers),
                     s.row(s.block.adder)))


def _tier_inputs(ctx: SegmentContext, tiers: Tiers) -> tuple[tuple[str, str], ...]:
    return _energy_inputs(ctx) + tiering.describe_position(
        tiers, ctx.energy.total, ctx.ytd_kwh, ctx.proration, ctx.tariff.conventions.quantity_places)


def _slices(ctx: SegmentContext, tiers: Tiers) -> list[tiering.TierSlice]:
    return tiering.split(tiers, ctx.energy.total, ctx.ytd_kwh, ctx.proration,
                         ctx.tariff.conventions.quantity_places)


def _tier_rule(ctx: SegmentContext, tiers: Tiers, number: int) -> tuple[str, str]:
    if tiers.basis == "annual":
        return (f"annual tiers, cumulative over the tier year: the part of this segment's "
                f"energy that falls in tier {number} after the year-to-date energy",
                f"年度阶梯，按阶梯年度累计：本段电量在年度累计电量之后落入第{number}档的部分")
    if ctx.proration.whole:
        return (f"monthly tiers: the part of the month's energy in tier {number}",
                f"月度阶梯：本月电量落入第{number}档的部分")
    places = ctx.tariff.conventions.quantity_places
    return (f"monthly tiers with bounds prorated by {ctx.proration.text()} (rounded half-up "
            f"to {places} places): the part in tier {number}",
            f"月度阶梯，档位按 {ctx.proration.text_zh()} 折算（四舍五入到 {places} 位小数）："
            f"落入第{number}档的部分")

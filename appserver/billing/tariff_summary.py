"""A tariff version as a readable summary (plain data; the client lays it out in its language)
and the inputs the calculator must ask for.

Every figure comes from the parsed version (never from the TOML text), so the summary shows
what the engine will bill, including defaults the file left out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from appserver.billing.rating.model import Tariff, Tiers, Tou
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.tou import period_prices


def _num(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def summary(t: Tariff) -> dict[str, Any]:
    return {
        "energy": _energy(t),
        "basic": None if t.basic is None else {
            "basis": t.basic.basis, "price": _num(t.basic.price),
            "unit": "yuan/kVA·month" if t.basic.basis == "capacity" else "yuan/kW·month",
            "demand_rule": None if t.basic.demand_rule is None else {
                "name": t.basic.demand_rule.name,
                "floor_ratio": _num(t.basic.demand_rule.floor_ratio),
                "excess_threshold_ratio": _num(t.basic.demand_rule.excess_threshold_ratio),
                "excess_multiplier": _num(t.basic.demand_rule.excess_multiplier)}},
        "power_factor": None if t.power_factor is None else {
            "standard": t.power_factor.standard, "base": t.power_factor.base},
        "per_kwh": [{"code": c.code, "label": c.label, "label_zh": c.label_zh,
                     "rate": _num(c.rate), "kind": c.kind,
                     "exempt_classes": list(c.exempt_classes)} for c in t.per_kwh],
        "fixed": [{"code": c.code, "label": c.label, "label_zh": c.label_zh,
                   "amount": _num(c.amount)} for c in t.fixed],
        "minimum": None if t.minimum is None else {"amount": _num(t.minimum.amount)},
        "percentage": [{"code": c.code, "label": c.label, "label_zh": c.label_zh,
                        "rate": _num(c.rate)} for c in t.percentage],
        "loss": None if t.loss is None else {
            "allocation": t.loss.allocation,
            "rows": [{"kva": _num(r.kva), "kwh_per_month": _num(r.kwh_per_month)}
                     for r in t.loss.rows]},
        "conventions": {"day_count": t.conventions.day_count,
                        "rounding": t.conventions.rounding,
                        "quantity_places": t.conventions.quantity_places,
                        "price_places": t.conventions.price_places},
        "notes": t.notes,
    }


def _energy(t: Tariff) -> dict[str, Any]:
    e = t.energy
    return {"price": _num(e.price),
            "tiers": None if e.tiers is None else _tiers(e.tiers),
            "tou": None if e.tou is None else _tou(e.tou, t.conventions.price_places)}


def _tiers(tiers: Tiers) -> dict[str, Any]:
    blocks, low = [], Decimal(0)
    for b in tiers.blocks:
        blocks.append({"from": plain(low), "upto": _num(b.upto), "price": plain(b.price),
                       "adder": plain(b.adder)})
        low = b.upto if b.upto is not None else low
    return {"basis": tiers.basis, "blocks": blocks}


def _tou(tou: Tou, price_places: int) -> dict[str, Any]:
    ratios = {p.period: p.ratio for p in tou.periods}
    return {"required": tou.required, "flat_price": _num(tou.flat_price),
            "periods": [{"period": period, "price": plain(p.price),
                         "ratio": _num(ratios.get(period))}
                        for period, p in period_prices(tou, price_places).items()]}


def calculator_inputs(t: Tariff) -> dict[str, Any]:
    """What the calculator form shows for this version (fields a tariff does not use stay
    hidden)."""
    tou = t.energy.tou
    periods = [] if tou is None else list(period_prices(tou, t.conventions.price_places))
    return {
        "tou": None if tou is None else ("required" if tou.required else "optional"),
        "tou_periods": periods,
        "annual_tiers": t.energy.tiers is not None and t.energy.tiers.basis == "annual",
        "monthly_tiers": t.energy.tiers is not None and t.energy.tiers.basis == "monthly",
        "basic": None if t.basic is None else t.basic.basis,
        "contracted_demand": (t.basic is not None and t.basic.demand_rule is not None
                              and (t.basic.demand_rule.floor_ratio > 0
                                   or t.basic.demand_rule.excess_threshold_ratio is not None)),
        "power_factor": t.power_factor is not None,
        "loss_kva": [] if t.loss is None else [plain(r.kva) for r in t.loss.rows],
    }

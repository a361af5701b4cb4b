"""A tariff version as plain data (the TOML/JSON shape) and back, with validation.

``tariff_from_data`` refuses anything the engine could not rate, with the path of the
offending field; ``tariff_to_data`` gives the same shape back, so a tariff survives a trip
through a file or a database column unchanged.
"""

from __future__ import annotations

import re
from decimal import Decimal

from appserver.billing.rating.days import DAY_COUNTS
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import (
    CUSTOMER_CLASSES,
    TOU_PERIODS,
    BasicCharge,
    Block,
    Conventions,
    DemandRule,
    EnergyCharge,
    FixedCharge,
    LossRow,
    LossTable,
    MinimumCharge,
    PercentageCharge,
    PerKwhCharge,
    PowerFactorRule,
    Tariff,
    Tiers,
    Tou,
    TouPrice,
)
from appserver.billing.rating.numbers import ONE
from appserver.billing.rating.power_factor import PF_BASES, STANDARDS
from appserver.billing.rating.rounding import ROUNDING_CONVENTIONS
from appserver.billing.rating.schema import Fields

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,39}$")
LINE_CODE_RE = re.compile(r"^[a-z0-9_]{1,40}$")
PRICE_PLACES = 6  # yuan/kWh as published, e.g. 0.0062
RATIO_PLACES = 4
MONEY_PLACES = 2
KWH_PLACES = 4
TOP = ("code", "version", "name", "name_zh", "customer_class", "effective_from",
       "effective_to", "notes", "conventions", "energy", "per_kwh", "basic", "fixed",
       "power_factor", "minimum", "percentage", "loss")
LABELLED = ("code", "label", "label_zh")


def tariff_from_data(data: object, where: str = "") -> Tariff:
    f = Fields(data, where, TOP)
    effective_from = f.day("effective_from")
    if effective_from is None:
        raise RatingError(f.path("effective_from"), "is required")
    effective_to = f.day("effective_to")
    if effective_to is not None and effective_to < effective_from:
        raise RatingError(f.path("effective_to"), "is before effective_from")
    tariff = Tariff(
        code=f.text("code", pattern=CODE_RE), version=f.integer("version", 1, 9999),
        name=f.text("name"), name_zh=f.text("name_zh"),
        customer_class=f.choice("customer_class", CUSTOMER_CLASSES),
        effective_from=effective_from, effective_to=effective_to,
        energy=_energy(f), per_kwh=_per_kwh(f), basic=_basic(f), fixed=_fixed(f),
        power_factor=_power_factor(f), minimum=_minimum(f), percentage=_percentage(f),
        loss=_loss(f), conventions=_conventions(f), notes=f.text("notes", max_len=2000,
                                                                default=""))
    _check_loss_allocation(tariff, f)
    return tariff


def _conventions(f: Fields) -> Conventions:
    c = f.table("conventions", ("day_count", "rounding", "quantity_places", "price_places"))
    if c is None:
        return Conventions()
    return Conventions(day_count=c.choice("day_count", list(DAY_COUNTS), "actual"),
                       rounding=c.choice("rounding", list(ROUNDING_CONVENTIONS), "line_half_up"),
                       quantity_places=c.integer("quantity_places", 0, 4, 2),
                       price_places=c.integer("price_places", 2, 8, 5))


def _energy(f: Fields) -> EnergyCharge:
    e = f.table("energy", ("price", "tiers", "tou"))
    if e is None:
        raise RatingError(f.path("energy"), "is required")
    charge = EnergyCharge(price=e.optional_decimal("price", PRICE_PLACES), tiers=_tiers(e),
                          tou=_tou(e))
    if charge.price is not None and charge.tiers is not None:
        raise RatingError(e.where, "give either a single price or tiers, not both")
    if charge.price is None and charge.tiers is None and (charge.tou is None
                                                          or not charge.tou.required):
        raise RatingError(e.where, "give a price, tiers, or a TOU schedule that is required")
    return charge


def _tiers(e: Fields) -> Tiers | None:
    t = e.table("tiers", ("basis", "blocks"))
    if t is None:
        return None
    blocks = []
    for b in t.tables("blocks", ("upto", "price", "adder")):
        blocks.append(Block(upto=b.optional_decimal("upto", KWH_PLACES),
                            price=b.decimal("price", PRICE_PLACES),
                            adder=b.decimal_or("adder", PRICE_PLACES, Decimal(0))))
    if not blocks:
        raise RatingError(t.path("blocks"), "give at least one block")
    uptos = [b.upto for b in blocks]
    if uptos[-1] is not None or None in uptos[:-1]:
        raise RatingError(t.path("blocks"), "only the last block, and it alone, has no 'upto'")
    bounded = [u for u in uptos if u is not None]
    if any(b <= a for a, b in zip([Decimal(0), *bounded], bounded, strict=False)):
        raise RatingError(t.path("blocks"), "'upto' bounds must be positive and increasing")
    return Tiers(basis=t.choice("basis", ("monthly", "annual")), blocks=tuple(blocks))


def _tou(e: Fields) -> Tou | None:
    t = e.table("tou", ("flat_price", "required", "prices", "ratios"))
    if t is None:
        return None
    flat = t.optional_decimal("flat_price", PRICE_PLACES)
    prices = t.table("prices", TOU_PERIODS)
    ratios = t.table("ratios", TOU_PERIODS)
    periods = []
    for period in TOU_PERIODS:
        price = prices.optional_decimal(period, PRICE_PLACES) if prices else None
        ratio = ratios.optional_decimal(period, RATIO_PLACES) if ratios else None
        if price is not None and ratio is not None:
            raise RatingError(t.where, f"{period} has both a price and a ratio")
        if ratio is not None and flat is None:
            raise RatingError(t.path("flat_price"), "is required when prices are ratios")
        if period == "flat" and flat is not None and (price is not None or ratio is not None):
            raise RatingError(t.where, "flat is priced by flat_price; do not list it again")
        if price is not None or ratio is not None:
            periods.append(TouPrice(period, price, ratio))
    if not periods and flat is None:
        raise RatingError(t.where, "give the price or the ratio of at least one period")
    return Tou(periods=tuple(periods), flat_price=flat, required=t.boolean("required", True))


def _labelled(g: Fields) -> tuple[str, str, str]:
    return (g.text("code", pattern=LINE_CODE_RE), g.text("label"), g.text("label_zh"))


def _unique(items: list[tuple[str, Fields]], where: str) -> None:
    codes = [code for code, _ in items]
    if len(set(codes)) != len(codes):
        raise RatingError(where, "line codes must be unique")


def _per_kwh(f: Fields) -> tuple[PerKwhCharge, ...]:
    rows = f.tables("per_kwh", (*LABELLED, "rate", "kind", "exempt_classes"))
    charges = [PerKwhCharge(*_labelled(g), rate=g.decimal("rate", PRICE_PLACES),
                            kind=g.choice("kind", ("surcharge", "energy"), "surcharge"),
                            exempt_classes=g.strings("exempt_classes", CUSTOMER_CLASSES))
               for g in rows]
    _unique([(c.code, g) for c, g in zip(charges, rows, strict=True)], f.path("per_kwh"))
    return tuple(charges)


def _basic(f: Fields) -> BasicCharge | None:
    b = f.table("basic", ("basis", "price", "demand_rule"))
    if b is None:
        return None
    basis = b.choice("basis", ("capacity", "demand"))
    rule = _demand_rule(b)
    if (basis == "demand") != (rule is not None):
        raise RatingError(b.path("demand_rule"), "is required for demand billing and only "
                                                 "for it")
    return BasicCharge(basis=basis, price=b.decimal("price", PRICE_PLACES), demand_rule=rule)


def _demand_rule(b: Fields) -> DemandRule | None:
    r = b.table("demand_rule", ("name", "floor_ratio", "excess_threshold_ratio",
                                "excess_multiplier"))
    if r is None:
        return None
    threshold = r.optional_decimal("excess_threshold_ratio", RATIO_PLACES)
    if threshold is not None and threshold < ONE:
        raise RatingError(r.path("excess_threshold_ratio"), "must be at least 1")
    multiplier = r.decimal_or("excess_multiplier", RATIO_PLACES, ONE)
    if multiplier < ONE:
        raise RatingError(r.path("excess_multiplier"), "must be at least 1")
    return DemandRule(name=r.text("name", pattern=LINE_CODE_RE),
                      floor_ratio=r.decimal_or("floor_ratio", RATIO_PLACES, Decimal(0),
                                               maximum=ONE),
                      excess_threshold_ratio=threshold, excess_multiplier=multiplier)


def _fixed(f: Fields) -> tuple[FixedCharge, ...]:
    rows = f.tables("fixed", (*LABELLED, "amount"))
    charges = [FixedCharge(*_labelled(g), amount=g.decimal("amount", MONEY_PLACES))
               for g in rows]
    _unique([(c.code, g) for c, g in zip(charges, rows, strict=True)], f.path("fixed"))
    return tuple(charges)


def _power_factor(f: Fields) -> PowerFactorRule | None:
    p = f.table("power_factor", ("standard", "base"))
    if p is None:
        return None
    return PowerFactorRule(standard=p.choice("standard", list(STANDARDS)),
                           base=p.choice("base", list(PF_BASES), "basic_energy"))


def _minimum(f: Fields) -> MinimumCharge | None:
    m = f.table("minimum", ("amount",))
    return None if m is None else MinimumCharge(m.decimal("amount", MONEY_PLACES))


def _percentage(f: Fields) -> tuple[PercentageCharge, ...]:
    rows = f.tables("percentage", (*LABELLED, "rate"))
    charges = [PercentageCharge(*_labelled(g), rate=g.decimal("rate", RATIO_PLACES,
                                                              maximum=ONE))
               for g in rows]
    _unique([(c.code, g) for c, g in zip(charges, rows, strict=True)], f.path("percentage"))
    return tuple(charges)


def _loss(f: Fields) -> LossTable | None:
    t = f.table("loss", ("allocation", "rows"))
    if t is None:
        return None
    rows = tuple(LossRow(kva=r.decimal("kva", KWH_PLACES),
                         kwh_per_month=r.decimal("kwh_per_month", KWH_PLACES))
                 for r in t.tables("rows", ("kva", "kwh_per_month")))
    if not rows or len({r.kva for r in rows}) != len(rows):
        raise RatingError(t.path("rows"), "give one row per transformer size")
    return LossTable(rows=rows, allocation=t.choice("allocation", ("flat", "pro_rata"), "flat"))


def _check_loss_allocation(tariff: Tariff, f: Fields) -> None:
    tou = tariff.energy.tou
    if tariff.loss is None or tou is None:
        return
    has_flat = tou.flat_price is not None or any(p.period == "flat" for p in tou.periods)
    if not has_flat:
        raise RatingError(f.path("loss.allocation"), "a TOU tariff with a loss table needs a "
                                                     "flat price (the loss may go to flat)")


"""Generated tariffs survive model → TOML → model and model → JSON data → model unchanged:
the hand-written TOML emitter covers every shape and every text the loader accepts."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from appserver.billing.rating import (
    tariff_from_data,
    tariff_from_toml,
    tariff_to_plain,
    tariff_to_toml,
)
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

# Printable text with the escapes TOML and JSON must agree on (quotes, backslashes, tabs,
# newlines, CJK); other control characters are refused by the loader.
text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x9FFF,
                             blacklist_categories=("Cs", "Cc"))
               | st.sampled_from('"\\\t\n电'), min_size=1, max_size=20)


def fixed_point(high: int, places: int, low: int = 0) -> st.SearchStrategy[Decimal]:
    """Decimals with exactly ``places`` places between ``low`` and ``high`` (fast to draw)."""
    scale = 10 ** places
    return st.integers(low * scale, high * scale).map(lambda i: Decimal(i).scaleb(-places))


price = fixed_point(999, 6)
ratio = fixed_point(5, 4)
money = fixed_point(9999, 2)
code = st.text("abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12)
tariff_code = st.tuples(st.sampled_from("ABCXYZ019"),
                        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", max_size=10)
                        ).map("".join)


@st.composite
def tiers(draw: st.DrawFn) -> Tiers:
    bounds = sorted(set(draw(st.lists(st.integers(1, 99999), max_size=4))))
    uptos: list[Decimal | None] = [Decimal(b) for b in bounds]
    return Tiers(draw(st.sampled_from(("monthly", "annual"))), tuple(
        Block(u, draw(price), draw(price)) for u in [*uptos, None]))


@st.composite
def tou(draw: st.DrawFn) -> Tou:
    flat = draw(st.none() | price)
    periods = []
    for period in TOU_PERIODS:
        if period == "flat" and flat is not None:
            continue
        kind = draw(st.sampled_from(("none", "price", "ratio" if flat is not None else "price")))
        if kind == "price":
            periods.append(TouPrice(period, price=draw(price)))
        elif kind == "ratio":
            periods.append(TouPrice(period, ratio=draw(ratio)))
    if not periods and flat is None:
        periods.append(TouPrice("peak", price=draw(price)))
    return Tou(tuple(periods), flat, draw(st.booleans()))


@st.composite
def energy(draw: st.DrawFn) -> EnergyCharge:
    schedule = draw(st.none() | tou())
    base = draw(st.sampled_from(("price", "tiers") if schedule is None or not schedule.required
                                else ("price", "tiers", "none")))
    return EnergyCharge(price=draw(price) if base == "price" else None,
                        tiers=draw(tiers()) if base == "tiers" else None, tou=schedule)


PER_KWH = st.lists(st.builds(PerKwhCharge, code, text, text, price,
                             st.sampled_from(("surcharge", "energy")),
                             st.lists(st.sampled_from(CUSTOMER_CLASSES), max_size=2).map(tuple)),
                   max_size=3, unique_by=lambda c: c.code).map(tuple)
FIXED = st.lists(st.builds(FixedCharge, code, text, text, money), max_size=2,
                 unique_by=lambda c: c.code).map(tuple)
PERCENTAGE = st.lists(st.builds(PercentageCharge, code, text, text, fixed_point(1, 4)),
                      max_size=2, unique_by=lambda c: c.code).map(tuple)
POWER_FACTOR = st.none() | st.builds(PowerFactorRule, st.sampled_from(("0.90", "0.85", "0.80")),
                                     st.sampled_from(("basic_energy",
                                                      "basic_energy_surcharges")))
DEMAND_RULE = st.builds(DemandRule, code, fixed_point(1, 4), st.none() | fixed_point(3, 4, low=1),
                        fixed_point(5, 4, low=1))
BASIC = st.none() | st.builds(BasicCharge, st.just("capacity"), price) | st.builds(
    BasicCharge, st.just("demand"), price, DEMAND_RULE)
LOSS = st.none() | st.builds(LossTable, st.lists(st.builds(LossRow, fixed_point(5000, 0, low=1),
                                                           money),
                                                 min_size=1, max_size=4,
                                                 unique_by=lambda r: r.kva).map(tuple),
                             st.sampled_from(("flat", "pro_rata")))
CONVENTIONS = st.builds(Conventions, st.sampled_from(("actual", "thirty")),
                        st.sampled_from(("line_half_up", "line_half_even")),
                        st.integers(0, 4), st.integers(2, 8))
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1))
END_OFFSET = st.none() | st.integers(0, 3000)
ENERGY = energy()


@st.composite
def tariffs(draw: st.DrawFn) -> Tariff:
    start = draw(DATES)
    offset = draw(END_OFFSET)
    e = draw(ENERGY)
    has_flat = e.tou is None or e.tou.flat_price is not None or any(
        p.period == "flat" for p in e.tou.periods)
    return Tariff(
        code=draw(tariff_code), version=draw(st.integers(1, 9999)), name=draw(text),
        name_zh=draw(text), customer_class=draw(st.sampled_from(CUSTOMER_CLASSES)),
        effective_from=start,
        effective_to=None if offset is None else start + timedelta(days=offset),
        energy=e, per_kwh=draw(PER_KWH), basic=draw(BASIC), fixed=draw(FIXED),
        power_factor=draw(POWER_FACTOR), minimum=draw(st.none() | st.builds(MinimumCharge,
                                                                          money)),
        percentage=draw(PERCENTAGE), loss=draw(LOSS) if has_flat else None,
        conventions=draw(CONVENTIONS), notes=draw(st.just("") | text))


TARIFFS = tariffs()


@settings(max_examples=100, deadline=None)
@given(TARIFFS)
def test_toml_round_trip(tariff: Tariff) -> None:
    text_form = tariff_to_toml(tariff)
    assert tariff_from_toml(text_form) == tariff
    assert tariff_to_toml(tariff_from_toml(text_form)) == text_form


@settings(max_examples=100, deadline=None)
@given(TARIFFS)
def test_plain_json_round_trip(tariff: Tariff) -> None:
    assert tariff_from_data(json.loads(json.dumps(tariff_to_plain(tariff)))) == tariff

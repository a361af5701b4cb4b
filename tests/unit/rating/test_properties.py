"""Properties of the engine over generated usage on every shipped tariff:
more energy never costs less; splitting a period into segments by days gives the whole
period's total within the rounding bound (exactly where every line is exact); an identical
rebill gives a zero difference; the total is the sum of the lines."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal, localcontext
from itertools import pairwise
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from appserver.billing.rating import RatingResult, difference
from tests.unit.rating.helpers import rate_data

PERIOD_DAYS = 30  # June 2024
TOU_TARIFFS = {"CI-TOU": ("critical_peak", "peak", "valley", "deep_valley"),
               "LI-CAP": ("critical_peak", "peak", "valley"),
               "LI-DEMAND": ("critical_peak", "peak", "valley"),
               "ZJ-RES-ANNUAL": ("peak",)}  # ZJ: peak + valley, no flat register
TOTAL_TARIFFS = ("JX-RES-ANNUAL", "JX-RES-SHARED", "EX-MONTHLY-2BLOCK", "EX-INCLINE-WINTER",
                 "EX-INCLINE-SUMMER", "AG-PROD", "ZJ-RES-ANNUAL")
ALL_TARIFFS = sorted({*TOU_TARIFFS, *TOTAL_TARIFFS})
MINIMUM_TARIFF = {"code": "P-MIN", "version": 1, "name": "p", "name_zh": "p",
                  "customer_class": "commercial_industrial", "effective_from": "2024-01-01",
                  "energy": {"price": "0.6"}, "minimum": {"amount": "30.00"},
                  "percentage": [{"code": "tax", "label": "t", "label_zh": "t",
                                  "rate": "0.01"}]}

kwh = st.decimals(min_value=0, max_value=200_000, places=2)
pf = st.decimals(min_value=Decimal("0.60"), max_value=1, places=2)


def registers(tariff: str, parts: list[Decimal], by_tou: bool) -> dict[str, str]:
    """Energy per register: ``parts`` are the TOU periods' energies then the rest (flat or,
    for Zhejiang, valley)."""
    if not by_tou:
        return {"total": str(sum(parts, Decimal(0)))}
    names = TOU_TARIFFS[tariff]
    regs = {name: str(value) for name, value in zip(names, parts, strict=False)}
    regs["valley" if tariff == "ZJ-RES-ANNUAL" else "flat"] = str(parts[len(names)])
    return regs


def segment(tariff: str, regs: dict[str, str], factor: Decimal, days: int) -> dict[str, Any]:
    seg: dict[str, Any] = {"registers": regs, "days": days}
    if tariff in ("LI-CAP", "LI-DEMAND", "AG-PROD"):
        seg["power_factor"] = str(factor)
    if tariff == "LI-CAP":
        seg["capacity_kva"] = "630"
    if tariff == "LI-DEMAND":
        seg |= {"max_demand_kw": "900", "contracted_demand_kw": "1000"}
    if tariff == "CI-TOU":
        seg["transformer_kva"] = "315"
    return seg


def bill(tariff: str | dict[str, Any], segments: list[dict[str, Any]],
         ytd: Decimal) -> RatingResult:
    return rate_data({"tariff": tariff, "period": "2024-06", "ytd_kwh": str(ytd),
                      "segments": segments})


def by_tou_for(tariff: str, total_only: bool) -> bool:
    return tariff in TOU_TARIFFS and not (total_only and tariff == "ZJ-RES-ANNUAL")


def assert_sum_of_lines(result: RatingResult) -> None:
    assert result.total == sum((ln.amount for ln in result.lines), Decimal(0))
    assert all(ln.amount == ln.amount.quantize(Decimal("0.01")) for ln in result.lines)


@settings(max_examples=300, deadline=None)
@given(tariff=st.sampled_from(ALL_TARIFFS), parts=st.lists(kwh, min_size=5, max_size=5),
       extra=kwh, where=st.integers(0, 4), ytd=kwh, factor=pf, days=st.integers(1, 30),
       total_only=st.booleans())
def test_more_energy_never_costs_less(tariff: str, parts: list[Decimal], extra: Decimal,
                                      where: int, ytd: Decimal, factor: Decimal, days: int,
                                      total_only: bool) -> None:
    by_tou = by_tou_for(tariff, total_only)
    more = list(parts)
    more[where] += extra
    base = bill(tariff, [segment(tariff, registers(tariff, parts, by_tou), factor, days)], ytd)
    bigger = bill(tariff, [segment(tariff, registers(tariff, more, by_tou), factor, days)],
                  ytd)
    assert_sum_of_lines(base)
    assert_sum_of_lines(bigger)
    assert bigger.total >= base.total


@settings(max_examples=60, deadline=None)
@given(extra=st.decimals(min_value=0, max_value=100, places=2),
       total=st.decimals(min_value=0, max_value=100, places=2), days=st.integers(1, 30))
def test_minimum_and_percentage_charges_are_monotone(extra: Decimal, total: Decimal,
                                                     days: int) -> None:
    def seg(value: Decimal) -> list[dict[str, Any]]:
        return [{"registers": {"total": str(value)}, "days": days}]

    base = bill(MINIMUM_TARIFF, seg(total), Decimal(0))
    assert bill(MINIMUM_TARIFF, seg(total + extra), Decimal(0)).total >= base.total
    assert base.total >= (Decimal(30) * days / PERIOD_DAYS).quantize(Decimal("0.01"))


def split_days(cuts: list[int]) -> list[int]:
    points = sorted({c for c in cuts if 0 < c < PERIOD_DAYS})
    edges = [0, *points, PERIOD_DAYS]
    return [b - a for a, b in pairwise(edges)]


@settings(max_examples=200, deadline=None)
@given(tariff=st.sampled_from(ALL_TARIFFS),
       per_day=st.lists(st.decimals(min_value=0, max_value=5000, places=2), min_size=5,
                        max_size=5),
       cuts=st.lists(st.integers(1, 29), min_size=1, max_size=4), ytd=kwh, factor=pf,
       total_only=st.booleans())
def test_segments_sum_to_the_whole(tariff: str, per_day: list[Decimal], cuts: list[int],
                                   ytd: Decimal, factor: Decimal, total_only: bool) -> None:
    """Energy proportional to days (a constant daily profile), so every rule that prorates
    (monthly tier bounds, fixed and basic charges, losses, minimums) splits exactly; the
    only difference is rounding: at most 0.01 yuan per line of the split bill and per
    segment (prorated tier bounds and losses are rounded per segment)."""
    by_tou = by_tou_for(tariff, total_only)
    days = split_days(cuts)
    whole = bill(tariff, [segment(tariff, registers(
        tariff, [p * PERIOD_DAYS for p in per_day], by_tou), factor, PERIOD_DAYS)], ytd)
    split = bill(tariff, [segment(tariff, registers(tariff, [p * d for p in per_day], by_tou),
                                  factor, d) for d in days], ytd)
    assert_sum_of_lines(split)
    bound = Decimal("0.01") * (len(split.lines) + len(days))
    assert abs(split.total - whole.total) <= bound


@settings(max_examples=100, deadline=None)
@given(energies=st.lists(st.integers(0, 3000), min_size=1, max_size=6),
       ytd=st.integers(0, 6000))
def test_annual_tiers_split_exactly(energies: list[int], ytd: int) -> None:
    """Annual tiers with whole kWh: every line is exact, so any split by segments, with any
    energy per segment, gives exactly the whole period's total."""
    days = [1] * (len(energies) - 1) + [PERIOD_DAYS - len(energies) + 1]
    whole = bill("JX-RES-ANNUAL", [{"registers": {"total": str(sum(energies))}}], Decimal(ytd))
    split = bill("JX-RES-ANNUAL", [{"registers": {"total": str(e)}, "days": d}
                                   for e, d in zip(energies, days, strict=True)], Decimal(ytd))
    assert split.total == whole.total


@settings(max_examples=100, deadline=None)
@given(tariff=st.sampled_from(ALL_TARIFFS), parts=st.lists(kwh, min_size=5, max_size=5),
       ytd=kwh, factor=pf, days=st.integers(1, 30), total_only=st.booleans())
def test_identical_rebill_gives_zero_difference(tariff: str, parts: list[Decimal],
                                                ytd: Decimal, factor: Decimal, days: int,
                                                total_only: bool) -> None:
    by_tou = by_tou_for(tariff, total_only)
    request = [segment(tariff, registers(tariff, parts, by_tou), factor, days)]
    first = bill(tariff, request, ytd)
    with localcontext() as ctx:  # the caller's decimal context must not matter
        ctx.prec = 6
        ctx.rounding = ROUND_FLOOR
        again = bill(tariff, request, ytd)
    assert again == first
    rebill = difference(first, again)
    assert rebill.lines == ()
    assert rebill.total == 0


@settings(max_examples=100, deadline=None)
@given(tariff=st.sampled_from(ALL_TARIFFS), parts=st.lists(kwh, min_size=5, max_size=5),
       other=st.lists(kwh, min_size=5, max_size=5), ytd=kwh, factor=pf,
       days=st.integers(1, 30), total_only=st.booleans())
def test_a_rebill_difference_is_new_minus_old(tariff: str, parts: list[Decimal],
                                              other: list[Decimal], ytd: Decimal,
                                              factor: Decimal, days: int,
                                              total_only: bool) -> None:
    by_tou = by_tou_for(tariff, total_only)
    old = bill(tariff, [segment(tariff, registers(tariff, parts, by_tou), factor, days)], ytd)
    new = bill(tariff, [segment(tariff, registers(tariff, other, by_tou), factor, days)], ytd)
    change = difference(old, new)
    assert change.total == new.total - old.total
    assert all(line.amount != 0 for line in change.lines)

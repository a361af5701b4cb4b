"""Two-part tariffs (capacity and demand), transformer loss, minimum and fixed charges."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from appserver.billing.rating import RatingError, RatingRequest, UsageSegment, rate
from appserver.billing.rating.demand import billed_demand
from appserver.billing.rating.model import DemandRule
from tests.unit.rating.helpers import D, amounts, catalog, example, rate_data, why

RULE = DemandRule("contract_95_105_double", D("0.95"), D("1.05"), D(2))


def test_capacity_change_mid_period_is_prorated_by_days() -> None:
    result = rate_data(example("li-capacity-change.json"))
    basic = [ln for ln in result.lines if ln.code == "basic.capacity"]
    # June has 30 days: 400 kVA × 23.30 × 10/30 and 630 kVA × 23.30 × 20/30
    assert [(ln.quantity, ln.proration, ln.amount) for ln in basic] == [
        (D(400), (10, 30), D("3106.67")), (D(630), (20, 30), D("9786.00"))]
    assert result.total == sum((ln.amount for ln in result.lines), Decimal(0))


@pytest.mark.parametrize(("max_kw", "contracted", "normal", "excess"), [
    ("500", "1000", "950", "0"),      # below the contract: 95% of it
    ("980", "1000", "980", "0"),      # between 95% and 105%: the maximum
    ("1050", "1000", "1050", "0"),
    ("1200", "1000", "1050", "150"),  # above 105%: the excess billed double
    ("700", None, "700", "0"),        # no contract: the maximum
])
def test_demand_rule(max_kw: str, contracted: str | None, normal: str, excess: str) -> None:
    assert billed_demand(RULE, D(max_kw), None if contracted is None else D(contracted)) == (
        D(normal), D(excess))


def test_demand_basic_charge_lines() -> None:
    lines = amounts(rate_data(example("li-demand-excess.json")))
    assert lines["basic.demand"] == D("39165.00")         # 1050 × 37.30
    assert lines["basic.demand_excess"] == D("11190.00")  # 150 × 74.60
    # PF from 300000 kWh / 180000 kvarh = 0.857… → 0.86 → +2% of basic + energy
    base = sum((lines[k] for k in ("energy.peak", "energy.flat", "energy.valley",
                                   "basic.demand", "basic.demand_excess")), Decimal(0))
    assert lines["power_factor"] == (base * D("0.02")).quantize(D("0.01"))


def test_transformer_loss_from_the_table_goes_to_flat() -> None:
    result = rate_data(example("ci-tou-transformer-loss.json"))
    lines = {ln.code: ln for ln in result.lines}
    # metered flat = (500 − 40 − 150 − 150) × 20 = 3200; loss 315 kVA = 1750 kWh
    assert lines["energy.flat"].quantity == D(4950)
    assert dict(why(lines["energy.flat"]).inputs)["transformer_loss_kwh"] == "1750.00"
    assert lines["surcharge.rural_grid"].quantity == D(11750)


def test_transformer_loss_is_prorated_by_days() -> None:
    data = example("ci-tou-transformer-loss.json")
    data["segments"][0]["days"] = 12
    result = rate_data(data)
    flat = next(ln for ln in result.lines if ln.code == "energy.flat")
    assert flat.quantity == D(3200) + D(700)  # 1750 × 12/30


def test_transformer_loss_pro_rata_allocation() -> None:
    ci = catalog().find("CI-TOU", None, None, "")
    assert ci.loss is not None
    pro_rata = replace(ci, loss=replace(ci.loss, allocation="pro_rata"))
    segment = UsageSegment(registers={"total": D(1000), "peak": D(300), "valley": D(200)},
                           transformer_kva=D(100))
    result = rate(RatingRequest(segments=(segment,), tariff=pro_rata, period=(2024, 6)))
    quantities = {ln.code: ln.quantity for ln in result.lines if ln.kind == "energy"}
    # 720 kWh of loss split 30% / 50% / 20% over peak / flat / valley
    assert quantities == {"energy.peak": D(516), "energy.flat": D(860),
                          "energy.valley": D(344)}


def test_transformer_size_not_in_the_table_is_refused() -> None:
    data = example("ci-tou-transformer-loss.json")
    data["segments"][0]["transformer_kva"] = "333"
    with pytest.raises(RatingError, match="not in the loss table"):
        rate_data(data)


def test_minimum_charge_tops_up() -> None:
    result = rate_data(example("inline-minimum-charge.json"))
    assert amounts(result) == {"energy": D("12.00"), "minimum": D("18.00")}
    assert result.total == D("30.00")


def test_minimum_charge_is_prorated_and_not_applied_when_reached() -> None:
    data = example("inline-minimum-charge.json")
    data["segments"][0]["days"] = 10  # February 2024 has 29 days: 30 × 10/29 = 10.34
    assert rate_data(data).total == D("12.00")
    data["segments"][0]["registers"]["total"] = "10"
    assert amounts(rate_data(data))["minimum"] == D("4.34")


def test_fixed_charge_is_prorated_by_days() -> None:
    result = rate_data({"tariff": "EX-INCLINE-WINTER", "period": "2024-01",
                        "segments": [{"days": 10, "registers": {"total": "0"}}]})
    assert amounts(result)["fixed.customer"] == D("2.42")  # 7.50 × 10/31 = 2.419…


def test_surcharge_class_exemption() -> None:
    ag = amounts(rate_data({"tariff": "AG-PROD", "period": "2024-06", "segments": [
        {"registers": {"total": "1000"}, "power_factor": "0.80"}]}))
    assert "surcharge.renewable" not in ag
    assert ag["surcharge.rural_grid"] == D("20.00")
    ci_as_agri = amounts(rate_data({
        "tariff": "CI-TOU", "period": "2024-06", "customer_class": "agricultural",
        "segments": [{"registers": {"total": "100", "peak": "50"}}]}))
    assert "surcharge.renewable" not in ci_as_agri


def test_tariff_change_mid_month_bills_each_segment() -> None:
    result = rate_data(example("tariff-change-mid-month.json"))
    assert [s.tariff_key for s in result.segments] == ["JX-RES-SHARED@1", "JX-RES-ANNUAL@1"]
    assert [(s.days, s.period_days) for s in result.segments] == [(12, 30), (18, 30)]
    assert amounts(result) == {"1:energy": D("49.60"), "2:energy.tier2": D("78.00")}


def test_segments_may_not_cover_more_days_than_the_period() -> None:
    with pytest.raises(RatingError, match="more days"):
        rate_data({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": [
            {"days": 20, "registers": {"total": "1"}},
            {"days": 20, "registers": {"total": "1"}}]})


def test_meter_change_mid_period_bills_each_meter_with_its_multiplier() -> None:
    result = rate_data({"tariff": {"code": "LI-CAP", "version": 1}, "period": "2024-06",
                        "segments": [
        {"days": 12, "capacity_kva": "400", "multiplier": "20", "power_factor": "0.90",
         "registers": {"total": {"previous": "100", "current": "600"},
                       "peak": {"previous": "10", "current": "110"},
                       "valley": {"previous": "20", "current": "220"}}},
        {"days": 18, "capacity_kva": "400", "multiplier": "40", "power_factor": "0.90",
         "registers": {"total": {"previous": "0", "current": "400"},
                       "peak": {"previous": "0", "current": "100"},
                       "valley": {"previous": "0", "current": "100"}}}]})
    assert [s.energy_kwh for s in result.segments] == [D(10000), D(16000)]
    basic = [ln.amount for ln in result.lines if ln.code == "basic.capacity"]
    assert basic == [D("3728.00"), D("5592.00")]
    assert sum(basic, Decimal(0)) == D(400) * D("23.30")  # the whole month, exactly

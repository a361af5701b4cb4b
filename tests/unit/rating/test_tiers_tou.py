"""Tiered blocks (monthly and annual), TOU prices and ratios, tiers combined with TOU."""

from __future__ import annotations

import pytest

from appserver.billing.rating import RatingError
from tests.unit.rating.helpers import D, amounts, example, rate_data, simple, why


def test_annual_tiers_cross_a_boundary_with_year_to_date_energy() -> None:
    result = rate_data(example("jx-annual-tier-crossing.json"))
    # 2000 kWh already billed this tier year; 300 more: 160 at 0.60, 140 at 0.65
    assert [(ln.quantity, ln.amount) for ln in result.lines] == [
        (D(160), D("96.00")), (D(140), D("91.00"))]
    tier2 = result.lines[1]
    assert dict(why(tier2).inputs)["tier_year_kwh_before"] == "2000"
    assert dict(why(tier2).inputs)["tier_year_kwh_after"] == "2300.0"


def test_annual_tiers_cross_two_boundaries() -> None:
    result = rate_data({**simple("JX-RES-ANNUAL", "3000"), "ytd_kwh": "2000"})
    assert amounts(result) == {"energy.tier1": D("96.00"),       # 160 × 0.60
                               "energy.tier2": D("1326.00"),     # 2040 × 0.65
                               "energy.tier3": D("720.00")}      # 800 × 0.90


def test_annual_tiers_are_not_prorated_by_days() -> None:
    whole = rate_data({**simple("JX-RES-ANNUAL", "300"), "ytd_kwh": "2000"})
    part = rate_data({**simple("JX-RES-ANNUAL", "300", days=10), "ytd_kwh": "2000"})
    assert whole.total == part.total == D("187.00")


def test_year_to_date_carries_from_segment_to_segment() -> None:
    result = rate_data({"tariff": "JX-RES-ANNUAL", "period": "2024-06", "ytd_kwh": "2100",
                        "segments": [{"days": 15, "registers": {"total": "100"}},
                                     {"days": 15, "registers": {"total": "100"}}]})
    assert amounts(result) == {"1:energy.tier1": D("36.00"), "1:energy.tier2": D("26.00"),
                               "2:energy.tier2": D("65.00")}


def test_monthly_blocks_are_prorated_by_days() -> None:
    # 15 of 30 days: the 50 kWh block becomes 25 kWh
    result = rate_data(simple("EX-MONTHLY-2BLOCK", "40", days=15))
    assert [(ln.quantity, ln.amount) for ln in result.lines] == [
        (D(25), D("13.25")), (D(15), D("8.70"))]
    assert "prorated by 15/30 days" in why(result.lines[0]).rule


def test_monthly_blocks_prorated_bound_rounds_to_quantity_places() -> None:
    # 50 × 10/31 = 16.129… → 16.13 kWh
    result = rate_data({"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-07",
                        "segments": [{"days": 10, "registers": {"total": "20"}}]})
    assert result.lines[0].quantity == D("16.13")
    assert result.lines[1].quantity == D("3.87")


def test_tou_prices_from_ratios_to_flat() -> None:
    result = rate_data({"tariff": "CI-TOU", "period": "2024-06", "segments": [{"registers": {
        "total": "1000", "critical_peak": "50", "peak": "300", "valley": "250",
        "deep_valley": "100"}}]})
    prices = {ln.code: ln.unit_price for ln in result.lines if ln.kind == "energy"}
    assert prices == {"energy.critical_peak": D("1.152"), "energy.peak": D("0.96"),
                      "energy.flat": D("0.60"), "energy.valley": D("0.24"),
                      "energy.deep_valley": D("0.18")}
    flat = next(ln for ln in result.lines if ln.code == "energy.flat")
    assert flat.quantity == D(300)  # total − the other periods


def test_tiers_combined_with_tou_add_the_tier_adder() -> None:
    result = rate_data(example("zj-tou-tier-crossing.json"))
    # 2700 before: 60 kWh still in tier 1, 90 kWh in tier 2 (adder 0.05 on each TOU price)
    assert amounts(result) == {"energy.peak": D("56.80"), "energy.valley": D("14.40"),
                               "energy.tier2_adder": D("4.50")}
    assert result.total == D("75.70")


def test_tou_with_tiers_equals_the_published_combined_prices() -> None:
    # all energy in tier 2: 0.618 peak / 0.338 valley as published
    result = rate_data({"tariff": "ZJ-RES-ANNUAL", "period": "2024-06", "ytd_kwh": "3000",
                        "segments": [{"registers": {"peak": "100", "valley": "100"}}]})
    assert result.total == D("61.80") + D("33.80")


def test_optional_tou_bills_total_only_usage_by_tiers() -> None:
    result = rate_data(simple("ZJ-RES-ANNUAL", "100"))
    assert amounts(result) == {"energy.tier1": D("53.80")}


def test_required_tou_refuses_total_only_usage() -> None:
    with pytest.raises(RatingError, match="time of use"):
        rate_data(simple("CI-TOU", "100"))


def test_tou_registers_must_add_up_to_the_total() -> None:
    with pytest.raises(RatingError, match="not the total"):
        rate_data({"tariff": "CI-TOU", "period": "2024-06", "segments": [{"registers": {
            "total": "100", "peak": "30", "flat": "30", "valley": "30"}}]})
    with pytest.raises(RatingError, match="more than the total"):
        rate_data({"tariff": "CI-TOU", "period": "2024-06", "segments": [{"registers": {
            "total": "100", "peak": "80", "valley": "30"}}]})


def test_energy_in_a_period_without_price_is_refused() -> None:
    with pytest.raises(RatingError, match="no price for the flat period"):
        rate_data({"tariff": "ZJ-RES-ANNUAL", "period": "2024-06", "segments": [
            {"registers": {"total": "100", "peak": "30", "valley": "30"}}]})


def test_readings_times_multiplier_and_rollover() -> None:
    result = rate_data({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": [
        {"multiplier": "20", "registers": {"total": {
            "previous": "99990.5", "current": "00002.5", "digits": 5}}}]})
    assert result.lines[0].quantity == D(240)  # (100000 − 99990.5 + 2.5) × 20
    with pytest.raises(RatingError, match="below the previous"):
        rate_data({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": [
            {"registers": {"total": {"previous": "99990.5", "current": "2.5"}}}]})


def test_a_reading_too_long_for_its_register_is_refused() -> None:
    with pytest.raises(RatingError, match="does not fit in 5 digits"):
        rate_data({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": [
            {"registers": {"total": {"previous": "123456", "current": "12", "digits": 5}}}]})


def test_tou_tariff_with_no_energy_gives_one_zero_line() -> None:
    result = rate_data({"tariff": "CI-TOU", "period": "2024-06", "segments": [
        {"registers": {"total": "0", "peak": "0"}}]})
    energy = [ln for ln in result.lines if ln.kind == "energy"]
    assert [(ln.code, ln.amount) for ln in energy] == [("energy", D("0.00"))]

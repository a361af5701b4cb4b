"""Every worked example of DOMAIN.md, with its exact figures."""

from __future__ import annotations

from tests.unit.rating.helpers import D, amounts, example, rate_data, why


def test_two_monthly_blocks_10_kwh() -> None:
    result = rate_data(example("monthly-2block-10kwh.json"))
    assert amounts(result) == {"energy.tier1": D("5.30")}
    assert result.total == D("5.30")


def test_two_monthly_blocks_100_kwh() -> None:
    result = rate_data(example("monthly-2block-100kwh.json"))
    assert amounts(result) == {"energy.tier1": D("26.50"), "energy.tier2": D("29.00")}
    assert result.total == D("55.50")


def test_inclining_blocks_winter_1200_kwh() -> None:
    result = rate_data(example("incline-winter-1200kwh.json"))
    assert [(ln.quantity, ln.unit_price, ln.amount) for ln in result.lines] == [
        (D(250), D("0.064"), D("16.00")),
        (D(450), D("0.049"), D("22.05")),
        (D(500), D("0.0446"), D("22.30")),
        (D(1200), D("0.085"), D("102.00")),
        (D(1), D("7.50"), D("7.50")),
        (D("169.85"), D("0.01"), D("1.70")),
    ]
    assert result.total == D("171.55")


def test_inclining_blocks_summer_2000_kwh() -> None:
    result = rate_data(example("incline-summer-2000kwh.json"))
    lines = {ln.code: ln for ln in result.lines}
    assert [ln.amount for ln in result.lines] == [
        D("16.00"), D("22.05"), D("26.13"), D("33.45"), D("170.00"), D("7.50"), D("2.75")]
    # 550 × 0.0475 = 26.125, rounded half-up
    assert lines["energy.tier3"].quantity == D(550)
    assert "26.125" in why(lines["energy.tier3"]).rounding
    assert lines["percentage.tax"].quantity == D("275.13")
    assert result.total == D("277.88")


def test_every_line_explains_itself() -> None:
    result = rate_data(example("incline-summer-2000kwh.json"))
    for line in result.lines:
        assert why(line).rule
        assert why(line).rounding
        assert why(line).text()
    tier3 = next(ln for ln in result.lines if ln.code == "energy.tier3")
    assert why(tier3).table_row == "tier 3: > 700 kWh, ≤ 1250 kWh at 0.0475"

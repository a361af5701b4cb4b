"""Named conventions: day count (actual / thirty) and line rounding (half-up / half-even)."""

from __future__ import annotations

from typing import Any

from tests.unit.rating.helpers import D, amounts, rate_data, why


def tariff(**conventions: Any) -> dict[str, Any]:
    return {"code": "T-CONV", "version": 1, "name": "t", "name_zh": "t",
            "customer_class": "commercial_industrial", "effective_from": "2024-01-01",
            "conventions": conventions, "energy": {"price": "0.0475"},
            "fixed": [{"code": "meter", "label": "Meter rent", "label_zh": "表计租费",
                       "amount": "9.00"}]}


def bill(period: str, days: int, kwh: str, **conventions: Any) -> dict[str, Any]:
    return {"tariff": tariff(**conventions), "period": period,
            "segments": [{"days": days, "registers": {"total": kwh}}]}


def test_actual_day_count_uses_the_calendar_month() -> None:
    result = rate_data(bill("2024-02", 10, "0", day_count="actual"))
    assert result.segments[0].period_days == 29
    assert amounts(result)["fixed.meter"] == D("3.10")  # 9 × 10/29 = 3.1034…


def test_thirty_day_count_uses_30_days_every_month() -> None:
    for period in ("2024-02", "2024-07"):
        result = rate_data(bill(period, 10, "0", day_count="thirty"))
        assert result.segments[0].period_days == 30
        assert amounts(result)["fixed.meter"] == D("3.00")
    assert result.lines[-1].proration == (10, 30)


def test_explicit_days_in_period_wins_over_the_convention() -> None:
    data = bill("2024-02", 10, "0", day_count="thirty")
    data["segments"][0]["days_in_period"] = 20
    assert amounts(rate_data(data))["fixed.meter"] == D("4.50")


def test_half_up_and_half_even_line_rounding() -> None:
    # 550 × 0.0475 = 26.125: a tie
    up = rate_data(bill("2024-06", 30, "550", rounding="line_half_up"))
    even = rate_data(bill("2024-06", 30, "550", rounding="line_half_even"))
    assert amounts(up)["energy"] == D("26.13")
    assert amounts(even)["energy"] == D("26.12")
    assert "half-even" in why(even.lines[0]).rounding


def test_price_places_round_prices_derived_from_ratios() -> None:
    def tou_bill(places: int) -> dict[str, Any]:
        t = {"code": "T-TOU", "version": 1, "name": "t", "name_zh": "t",
             "customer_class": "commercial_industrial", "effective_from": "2024-01-01",
             "conventions": {"price_places": places},
             "energy": {"tou": {"flat_price": "0.6123", "ratios": {"peak": "1.55"}}}}
        return {"tariff": t, "period": "2024-06",
                "segments": [{"registers": {"total": "1000", "peak": "1000"}}]}

    # 0.6123 × 1.55 = 0.949065
    assert rate_data(tou_bill(5)).lines[0].unit_price == D("0.94907")
    assert rate_data(tou_bill(4)).lines[0].unit_price == D("0.9491")
    assert rate_data(tou_bill(4)).lines[0].amount == D("949.10")

"""Power factor: the computed PF, the three standard tables with their boundaries, and the
adjustment line with its base setting."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from appserver.billing.rating import RatingError, RatingRequest, UsageSegment, rate
from appserver.billing.rating.power_factor import STANDARDS, power_factor
from tests.unit.rating.helpers import D, amounts, catalog, rate_data, simple, why


def pct(standard: str, pf: str) -> Decimal:
    return STANDARDS[standard].percent(D(pf))[0]


@pytest.mark.parametrize(("pf", "expected"), [
    # DOMAIN.md worked examples
    ("0.60", "25"), ("0.86", "2"), ("0.91", "-0.15"), ("0.71", "9.5"),
    # the table rows and band boundaries
    ("1.00", "-0.75"), ("0.95", "-0.75"), ("0.94", "-0.60"), ("0.93", "-0.45"),
    ("0.92", "-0.30"), ("0.90", "0"), ("0.89", "0.5"), ("0.70", "10"), ("0.69", "11"),
    ("0.65", "15"), ("0.64", "17"), ("0.00", "145"),
])
def test_standard_090(pf: str, expected: str) -> None:
    assert pct("0.90", pf) == D(expected)


@pytest.mark.parametrize(("pf", "expected"), [
    ("0.99", "-1.10"), ("0.94", "-1.10"), ("0.93", "-0.95"), ("0.92", "-0.80"),
    ("0.91", "-0.65"), ("0.90", "-0.50"), ("0.89", "-0.40"), ("0.88", "-0.30"),
    ("0.87", "-0.20"), ("0.86", "-0.10"), ("0.85", "0"), ("0.84", "0.5"), ("0.65", "10"),
    ("0.64", "11"), ("0.60", "15"), ("0.59", "17"), ("0.55", "25"),
])
def test_standard_085(pf: str, expected: str) -> None:
    assert pct("0.85", pf) == D(expected)


@pytest.mark.parametrize(("pf", "expected"), [
    ("0.97", "-1.30"), ("0.92", "-1.30"), ("0.91", "-1.15"), ("0.90", "-1.00"),
    ("0.89", "-0.90"), ("0.85", "-0.50"), ("0.81", "-0.10"), ("0.80", "0"),
    ("0.79", "0.5"), ("0.60", "10"), ("0.59", "11"), ("0.55", "15"), ("0.54", "17"),
    ("0.50", "25"),
])
def test_standard_080(pf: str, expected: str) -> None:
    assert pct("0.80", pf) == D(expected)


@pytest.mark.parametrize(("kwh", "kvarh", "expected"), [
    ("3", "4", "0.60"),       # 3/5 exactly
    ("100", "0", "1.00"),
    ("1000", "484.3", "0.90"),   # 0.90001…
    ("1000", "620", "0.85"),     # 0.84988… rounds up to 0.85
    ("8000", "7200", "0.74"),
])
def test_power_factor_from_energies(kwh: str, kvarh: str, expected: str) -> None:
    assert power_factor(D(kwh), D(kvarh)) == D(expected)


def test_power_factor_rounds_half_up_at_the_boundary() -> None:
    # kWh/kvarh chosen so the exact PF is just above and just below 0.895
    assert power_factor(D("895"), D("446.0")) == D("0.90")
    assert power_factor(D("895"), D("446.6")) == D("0.89")


def test_adjustment_line_on_basic_and_energy() -> None:
    result = rate_data(simple("AG-PROD", "8000", registers={"total": "8000",
                                                           "reactive": "7200"}))
    lines = amounts(result)
    assert lines["energy"] == D("4000.00")
    assert lines["power_factor"] == D("120.00")  # PF 0.74 at 0.80: +3% of 4000.00
    pf_line = next(ln for ln in result.lines if ln.code == "power_factor")
    assert dict(why(pf_line).inputs)["power_factor"] == "0.74"
    assert "+3" in why(pf_line).table_row


def test_base_including_surcharges_is_a_setting() -> None:
    ag = catalog().find("AG-PROD", None, None, "")
    assert ag.power_factor is not None and ag.power_factor.base == "basic_energy"
    wider = replace(ag, power_factor=replace(ag.power_factor, base="basic_energy_surcharges"))
    segment = UsageSegment(registers={"total": D(8000)}, power_factor=D("0.60"))
    narrow_result = rate(RatingRequest(segments=(segment,), tariff=ag, period=(2024, 6)))
    wide_result = rate(RatingRequest(segments=(segment,), tariff=wider, period=(2024, 6)))
    # 0.60 at the 0.80 standard: +10% of 4000.00, or of 4000.00 + 160.00 + 49.60
    assert amounts(narrow_result)["power_factor"] == D("400.00")
    assert amounts(wide_result)["power_factor"] == D("420.96")


def test_missing_reactive_energy_is_refused() -> None:
    with pytest.raises(RatingError, match="reactive"):
        rate_data(simple("AG-PROD", "8000"))


def test_no_adjustment_without_consumption() -> None:
    result = rate_data(simple("AG-PROD", "0", registers={"total": "0", "reactive": "5"}))
    assert "power_factor" not in amounts(result)

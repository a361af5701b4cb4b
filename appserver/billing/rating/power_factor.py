"""Power factor adjustment (功率因数调整电费) with the 0.90 / 0.85 / 0.80 standard tables.

PF = cos(atan(kvarh / kWh)) = kWh / √(kWh² + kvarh²), rounded half-up to 0.01. The table gives
a percentage (negative = credit) applied to the sum of the basic and energy charge lines, and
of the surcharge lines too when the tariff's setting says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from appserver.billing.rating.context import SegmentContext
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import PowerFactorRule
from appserver.billing.rating.numbers import ENGINE_CONTEXT, HUNDRED, ZERO, plain

STEP = Decimal("0.01")
PF_BASES: dict[str, tuple[str, ...]] = {
    "basic_energy": ("basic", "energy"),
    "basic_energy_surcharges": ("basic", "energy", "surcharge"),
}
BASE_NAMES_ZH = {"basic_energy": "基本电费 + 电度电费",
                 "basic_energy_surcharges": "基本电费 + 电度电费 + 代征基金及附加"}


def _d(text: str) -> Decimal:
    return Decimal(text)


@dataclass(frozen=True)
class PowerFactorStandard:
    """``credits``: (PF at or above, percent), highest first; ``bands``: below the reference,
    (lowest PF of the band, percent added per 0.01), from the reference downwards."""

    name: str
    reference: Decimal
    credits: tuple[tuple[Decimal, Decimal], ...]
    bands: tuple[tuple[Decimal, Decimal], ...]

    def percent(self, pf: Decimal, chinese: bool = False) -> tuple[Decimal, str]:
        """The adjustment in percent and the table row that gives it (in Chinese if asked)."""
        if pf >= self.reference:
            for threshold, pct in self.credits:
                if pf >= threshold:
                    return pct, f"PF ≥ {threshold}: {pct}%"
            if chinese:
                return ZERO, f"功率因数 {pf} = 标准 {self.reference}：0%"
            return ZERO, f"PF {pf} = standard {self.reference}: 0%"
        return self._penalty(pf, chinese)

    def _penalty(self, pf: Decimal, chinese: bool) -> tuple[Decimal, str]:
        pct, upper, steps = ZERO, self.reference, []
        for low, per_step in self.bands:
            bottom = max(low, pf)
            count = (upper - bottom) / STEP
            pct += count * per_step
            steps.append(f"{plain(count)} × {plain(per_step)}% ({upper}…{bottom})")
            if pf >= low:
                break
            upper = low
        head = (f"功率因数 {pf} 低于 {self.reference}：" if chinese
                else f"PF {pf} below {self.reference}: ")
        return pct, head + " + ".join(steps) + f" = +{pct}%"


def _credits(*pairs: tuple[str, str]) -> tuple[tuple[Decimal, Decimal], ...]:
    return tuple((_d(pf), _d(pct)) for pf, pct in pairs)


STANDARDS: dict[str, PowerFactorStandard] = {
    "0.90": PowerFactorStandard(
        "0.90", _d("0.90"),
        _credits(("0.95", "-0.75"), ("0.94", "-0.60"), ("0.93", "-0.45"), ("0.92", "-0.30"),
                 ("0.91", "-0.15")),
        _credits(("0.70", "0.5"), ("0.65", "1"), ("0", "2"))),
    "0.85": PowerFactorStandard(
        "0.85", _d("0.85"),
        _credits(("0.94", "-1.10"), ("0.93", "-0.95"), ("0.92", "-0.80"), ("0.91", "-0.65"),
                 ("0.90", "-0.50"), ("0.89", "-0.40"), ("0.88", "-0.30"), ("0.87", "-0.20"),
                 ("0.86", "-0.10")),
        _credits(("0.65", "0.5"), ("0.60", "1"), ("0", "2"))),
    "0.80": PowerFactorStandard(
        "0.80", _d("0.80"),
        _credits(("0.92", "-1.30"), ("0.91", "-1.15"), ("0.90", "-1.00"), ("0.89", "-0.90"),
                 ("0.88", "-0.80"), ("0.87", "-0.70"), ("0.86", "-0.60"), ("0.85", "-0.50"),
                 ("0.84", "-0.40"), ("0.83", "-0.30"), ("0.82", "-0.20"), ("0.81", "-0.10")),
        _credits(("0.60", "0.5"), ("0.55", "1"), ("0", "2"))),
}


def power_factor(kwh: Decimal, kvarh: Decimal) -> Decimal:
    """cos(atan(kvarh/kWh)) rounded half-up to 0.01, computed without floats."""
    if kwh <= 0:
        raise RatingError("registers.total", "power factor needs a positive active energy")
    exact = kwh / ENGINE_CONTEXT.sqrt(kwh * kwh + kvarh * kvarh)
    return exact.quantize(STEP, rounding=ROUND_HALF_UP)


def power_factor_line(ctx: SegmentContext, rule: PowerFactorRule, kvarh: Decimal | None,
                      given_pf: Decimal | None, where: str) -> None:
    kwh = ctx.energy.metered
    if given_pf is not None:
        pf = given_pf
    elif kvarh is not None:
        if kwh == 0:  # nothing consumed: there is no energy charge to adjust
            return
        pf = power_factor(kwh, kvarh)
    else:
        raise RatingError(f"{where}.registers.reactive",
                          "the tariff adjusts for power factor: give the reactive register "
                          "or the power factor")
    standard = STANDARDS[rule.standard]
    pct, row = standard.percent(pf)
    base_zh = BASE_NAMES_ZH[rule.base]
    base = ctx.sum_of(PF_BASES[rule.base])
    ctx.add("power_factor", "power_factor", ("Power factor adjustment", "功率因数调整电费"),
            base, "yuan", pct / HUNDRED, base * pct / HUNDRED,
            lambda: ((f"standard {standard.name}: {pct}% of the "
                      f"{rule.base.replace('_', ' + ')} lines (PF = kWh / √(kWh² + kvarh²), "
                      "rounded half-up to 0.01)",
                      f"考核标准 {standard.name}：{base_zh}的 {pct}%（功率因数 = kWh / "
                      "√(kWh² + kvarh²)，四舍五入到 0.01）"),
                     (*_pf_inputs(kwh, kvarh, given_pf, pf), ("base_yuan", plain(base))),
                     (row, standard.percent(pf, chinese=True)[1])))


def _pf_inputs(kwh: Decimal, kvarh: Decimal | None, given_pf: Decimal | None,
               pf: Decimal) -> tuple[tuple[str, str], ...]:
    if given_pf is not None or kvarh is None:
        return (("power_factor", plain(pf)), ("given", "yes"))
    return (("active_kwh", plain(kwh)), ("reactive_kvarh", plain(kvarh)),
            ("power_factor", plain(pf)))

"""Named rounding conventions. A tariff names one; the engine never rounds any other way.

Money is rounded line by line to 0.01 yuan and the bill total is the sum of the rounded lines
(DESIGN.md, "Money and time"). Quantities that the engine derives (prorated tier bounds,
transformer loss) and unit prices derived from ratios are rounded half-up to the number of
places the tariff's conventions give.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class RoundingConvention:
    name: str
    mode: str
    description: str
    description_zh: str

    def money(self, amount: Decimal) -> Decimal:
        return amount.quantize(CENT, rounding=self.mode)

    def describe(self, exact: Decimal, rounded: Decimal) -> str:
        if exact == rounded:
            return f"{rounded} (exact, no rounding needed)"
        return f"{exact.normalize():f} rounded {self.description} to {rounded}"

    def describe_zh(self, exact: Decimal, rounded: Decimal) -> str:
        if exact == rounded:
            return f"{rounded}（恰好，无需舍入）"
        return f"{exact.normalize():f} 按{self.description_zh}为 {rounded}"


ROUNDING_CONVENTIONS: dict[str, RoundingConvention] = {
    "line_half_up": RoundingConvention("line_half_up", ROUND_HALF_UP,
                                       "half-up to 0.01 yuan", "四舍五入到 0.01 元"),
    "line_half_even": RoundingConvention("line_half_even", ROUND_HALF_EVEN,
                                         "half-even (banker's) to 0.01 yuan",
                                         "四舍六入五成双到 0.01 元"),
}


def round_places(value: Decimal, places: int) -> Decimal:
    """Half-up to ``places`` decimals: used for derived quantities and derived unit prices."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def tidy(value: Decimal) -> Decimal:
    """The same value without trailing zeros, but with at least two decimals (0.88000 → 0.88,
    1.15200 → 1.152): how a derived unit price is shown."""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        return normal.quantize(CENT)
    return normal

"""Bill lines and their explanations: every amount says how it was computed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# What a line is; the power factor base and the minimum charge select lines by kind.
LINE_KINDS = ("energy", "loss", "surcharge", "basic", "fixed", "power_factor", "minimum",
              "percentage")


@dataclass(frozen=True)
class Explanation:
    rule: str
    inputs: tuple[tuple[str, str], ...]
    rounding: str
    table_row: str = ""

    def text(self) -> str:
        parts = [self.rule]
        if self.inputs:
            parts.append("inputs: " + ", ".join(f"{k}={v}" for k, v in self.inputs))
        if self.table_row:
            parts.append("table: " + self.table_row)
        parts.append("rounding: " + self.rounding)
        return "; ".join(parts)


@dataclass(frozen=True)
class BillLine:
    segment: int  # 1-based
    code: str
    kind: str
    label: str
    label_zh: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    explanation: Explanation | None  # None when rated without explanations
    proration: tuple[int, int] | None = None  # (days, days in period) when prorated


@dataclass(frozen=True)
class SegmentResult:
    index: int
    tariff_key: str
    days: int
    period_days: int
    energy_kwh: Decimal
    lines: tuple[BillLine, ...]

    @property
    def subtotal(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class RatingResult:
    segments: tuple[SegmentResult, ...]

    @property
    def lines(self) -> tuple[BillLine, ...]:
        return tuple(line for s in self.segments for line in s.lines)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

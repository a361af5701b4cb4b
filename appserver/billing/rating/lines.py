"""Bill lines and their explanations: every amount says how it was computed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# What a line is; the power factor base and the minimum charge select lines by kind.
LINE_KINDS = ("energy", "loss", "surcharge", "basic", "fixed", "power_factor", "minimum",
              "percentage")


@dataclass(frozen=True)
class Explanation:
    """How a line was computed, in English and Chinese (inputs are named by key; the keys'
    Chinese names are in ``explain_zh.INPUT_NAMES``)."""

    rule: str
    inputs: tuple[tuple[str, str], ...]
    rounding: str
    table_row: str = ""
    rule_zh: str = ""
    rounding_zh: str = ""
    table_row_zh: str = ""

    def localized(self, chinese: bool) -> dict[str, object]:
        """rule, inputs ({name: value}), table_row, rounding and text in one language."""
        if not chinese:
            return {"rule": self.rule, "inputs": dict(self.inputs),
                    "table_row": self.table_row, "rounding": self.rounding,
                    "text": self.text()}
        from appserver.billing.rating.explain_zh import input_name, input_value

        inputs = {input_name(k): input_value(v) for k, v in self.inputs}
        return {"rule": self.rule_zh or self.rule, "inputs": inputs,
                "table_row": self.table_row_zh or self.table_row,
                "rounding": self.rounding_zh or self.rounding, "text": self.text(True)}

    def text(self, chinese: bool = False) -> str:
        if chinese:
            from appserver.billing.rating.explain_zh import input_name, input_value

            parts = [self.rule_zh or self.rule]
            if self.inputs:
                parts.append("输入：" + "，".join(f"{input_name(k)}={input_value(v)}"
                                                for k, v in self.inputs))
            if self.table_row:
                parts.append("表格：" + (self.table_row_zh or self.table_row))
            parts.append("舍入：" + (self.rounding_zh or self.rounding))
            return "；".join(parts)
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

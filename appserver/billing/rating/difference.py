"""The difference between an issued bill and its rebill: only what changed, as new lines.

A correction never rewrites an issued bill (DESIGN.md): the billing layer posts the
difference. Lines are matched by (segment, code); a line only in the old bill comes back
negated, a line only in the new bill as it is, a changed line as new − old, an unchanged
line not at all. So an identical rebill gives no lines and a zero total.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from appserver.billing.rating.lines import BillLine, RatingResult


@dataclass(frozen=True)
class DifferenceLine:
    segment: int
    code: str
    label: str
    label_zh: str
    old_amount: Decimal
    new_amount: Decimal

    @property
    def amount(self) -> Decimal:
        return self.new_amount - self.old_amount


@dataclass(frozen=True)
class Difference:
    lines: tuple[DifferenceLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def difference(old: RatingResult, new: RatingResult) -> Difference:
    old_lines = _by_key(old.lines)
    new_lines = _by_key(new.lines)
    keys = list(old_lines) + [k for k in new_lines if k not in old_lines]
    result = []
    for key in keys:
        before, after = old_lines.get(key), new_lines.get(key)
        old_amount = before.amount if before else Decimal("0.00")
        new_amount = after.amount if after else Decimal("0.00")
        if old_amount != new_amount:
            shown = after or before
            assert shown is not None  # every key comes from one of the two bills
            result.append(DifferenceLine(key[0], key[1], shown.label, shown.label_zh,
                                         old_amount, new_amount))
    return Difference(tuple(result))


def _by_key(lines: tuple[BillLine, ...]) -> dict[tuple[int, str], BillLine]:
    keyed: dict[tuple[int, str], BillLine] = {}
    for line in lines:
        key = (line.segment, line.code)
        if key in keyed:  # line codes are unique within a segment; keep the engine honest
            raise ValueError(f"two lines {line.code} in segment {line.segment}")
        keyed[key] = line
    return keyed

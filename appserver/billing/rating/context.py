"""What every component needs while rating one usage segment, and the one way to make a line."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from appserver.billing.rating.days import Proration
from appserver.billing.rating.lines import BillLine, Explanation
from appserver.billing.rating.model import Tariff
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.rounding import ROUNDING_CONVENTIONS, RoundingConvention


@dataclass(frozen=True)
class BilledEnergy:
    """The segment's energy after multiplier and transformer loss.

    ``periods`` holds the TOU split when the segment is billed by time of use (empty when
    it is billed on the total only)."""

    total: Decimal
    periods: dict[str, Decimal]
    metered: Decimal
    loss: Decimal
    loss_note: str = ""


@dataclass
class SegmentContext:
    index: int
    tariff: Tariff
    proration: Proration
    customer_class: str
    ytd_kwh: Decimal  # tier-year energy before this segment
    energy: BilledEnergy
    lines: list[BillLine] = field(default_factory=list)

    @property
    def rounding(self) -> RoundingConvention:
        return ROUNDING_CONVENTIONS[self.tariff.conventions.rounding]

    def add(self, code: str, kind: str, labels: tuple[str, str], quantity: Decimal, unit: str,
            unit_price: Decimal, exact: Decimal, rule: str,
            inputs: tuple[tuple[str, str], ...] = (), table_row: str = "",
            prorated: bool = False) -> BillLine:
        """Round ``exact`` by the tariff's convention and append the line."""
        amount = self.rounding.money(exact)
        line = BillLine(
            segment=self.index, code=code, kind=kind, label=labels[0], label_zh=labels[1],
            quantity=quantity, unit=unit, unit_price=unit_price, amount=amount,
            explanation=Explanation(rule=rule, inputs=inputs, table_row=table_row,
                                    rounding=self.rounding.describe(exact, amount)),
            proration=((self.proration.days, self.proration.period_days)
                       if prorated and not self.proration.whole else None))
        self.lines.append(line)
        return line

    def sum_of(self, kinds: tuple[str, ...]) -> Decimal:
        return sum((ln.amount for ln in self.lines if ln.kind in kinds), Decimal("0.00"))


def fmt(value: Decimal) -> str:
    return plain(value)

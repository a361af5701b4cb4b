"""What every component needs while rating one usage segment, and the one way to make a line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from appserver.billing.rating.days import Proration
from appserver.billing.rating.lines import BillLine, Explanation
from appserver.billing.rating.model import Tariff
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


# (rule, inputs, table row) of a line; built only when explanations are asked for.
Why = tuple[str, tuple[tuple[str, str], ...], str]


@dataclass
class SegmentContext:
    index: int
    tariff: Tariff
    proration: Proration
    customer_class: str
    ytd_kwh: Decimal  # tier-year energy before this segment
    energy: BilledEnergy
    explain: bool = True
    lines: list[BillLine] = field(default_factory=list)

    @property
    def rounding(self) -> RoundingConvention:
        return ROUNDING_CONVENTIONS[self.tariff.conventions.rounding]

    def add(self, code: str, kind: str, labels: tuple[str, str], quantity: Decimal, unit: str,
            unit_price: Decimal, exact: Decimal, why: Callable[[], Why],
            prorated: bool = False) -> BillLine:
        """Round ``exact`` by the tariff's convention and append the line; ``why`` is called
        for the explanation only when explanations are asked for (bulk runs skip them and
        re-rate the stored inputs to show one)."""
        amount = self.rounding.money(exact)
        explanation = None
        if self.explain:
            rule, inputs, table_row = why()
            explanation = Explanation(rule=rule, inputs=inputs, table_row=table_row,
                                      rounding=self.rounding.describe(exact, amount))
        line = BillLine(
            segment=self.index, code=code, kind=kind, label=labels[0], label_zh=labels[1],
            quantity=quantity, unit=unit, unit_price=unit_price, amount=amount,
            explanation=explanation,
            proration=((self.proration.days, self.proration.period_days)
                       if prorated and not self.proration.whole else None))
        self.lines.append(line)
        return line

    def sum_of(self, kinds: tuple[str, ...]) -> Decimal:
        return sum((ln.amount for ln in self.lines if ln.kind in kinds), Decimal("0.00"))

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


# Text of an explanation: English alone, or (English, Chinese).
Text = str | tuple[str, str]
# (rule, inputs, table row) of a line; built only when explanations are asked for.
Why = tuple[Text, tuple[tuple[str, str], ...], Text]


def _both(text: Text) -> tuple[str, str]:
    return (text, "") if isinstance(text, str) else text


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
            (rule_en, rule_zh), (row_en, row_zh) = _both(rule), _both(table_row)
            explanation = Explanation(rule=rule_en, inputs=inputs, table_row=row_en,
                                      rounding=self.rounding.describe(exact, amount),
                                      rule_zh=rule_zh, table_row_zh=row_zh,
                                      rounding_zh=self.rounding.describe_zh(exact, amount))
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

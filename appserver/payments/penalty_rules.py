"""The late-payment penalty (违约金) of one overdue debt: pure Decimal, no database.

供电营业规则 art. 98: residential customers pay 1‰ per day of the overdue amount; other
customers 2‰ per day on arrears of the current year and 3‰ per day on arrears of earlier
years; days are counted from the day after the due date up to and including the payment date;
a total below the minimum (1 yuan) is charged as the minimum. docs/penalties.md has the
conventions with worked examples.

Days: day ``d`` is overdue when ``due_on < d <= on``. The principal of day ``d`` is the debt
less what was settled on days before ``d``: money paid on day ``p`` still counts on day ``p``
(the payment date is the last day counted) and stops counting from ``p + 1``.

Year boundary (setting ``payments.penalty_year_boundary``), non-residential customers only:
- ``split_at_year_end``: the days of the due date's calendar year are charged 2‰, every day
  from the following 1 January on 3‰ (from then on the debt is of an earlier year).
- ``whole_debt_by_due_year``: every day is charged 2‰ while the evaluation date ``on`` is in
  the due date's year and 3‰ (all days, from the due date on) once ``on`` is in a later year.

The exact sum of the stretches is rounded half-up to the fen once, then the minimum applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
ZERO = Decimal("0")
PER_MILLE = Decimal("0.001")
SPLIT_AT_YEAR_END = "split_at_year_end"
WHOLE_DEBT_BY_DUE_YEAR = "whole_debt_by_due_year"
BOUNDARIES = (SPLIT_AT_YEAR_END, WHOLE_DEBT_BY_DUE_YEAR)
RESIDENTIAL = "residential"
RATE_RESIDENTIAL = Decimal("0.001")
RATE_CURRENT_YEAR = Decimal("0.002")
RATE_EARLIER_YEARS = Decimal("0.003")


@dataclass(frozen=True)
class Settled:
    """Money applied to the debt on a business date (negative: an allocation undone)."""

    on: date
    amount: Decimal


@dataclass(frozen=True)
class Debt:
    amount: Decimal
    due_on: date
    settled: tuple[Settled, ...] = ()


@dataclass(frozen=True)
class Terms:
    customer_class: str
    boundary: str = SPLIT_AT_YEAR_END
    minimum: Decimal = Decimal("1.00")

    @property
    def rule(self) -> str:
        """A short name of the rule applied (stored with each posting)."""
        if self.customer_class == RESIDENTIAL:
            return "residential_1"
        return f"other_2_3:{self.boundary}"


@dataclass(frozen=True)
class Stretch:
    """Consecutive overdue days with the same principal and daily rate."""

    first: date
    last: date
    principal: Decimal
    rate: Decimal
    amount: Decimal  # exact, not rounded

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class Penalty:
    amount: Decimal  # what is due: the rounded total, at least the minimum when overdue
    computed: Decimal  # the rounded total before the minimum
    overdue_days: int
    stretches: tuple[Stretch, ...]
    debt: Debt
    terms: Terms

    @property
    def explanation(self) -> str:
        """Made on demand: the daily accrual of many debts never needs the text."""
        exact = sum((s.amount for s in self.stretches), ZERO)
        return explain(self.debt, self.terms, list(self.stretches), exact, self.computed,
                       self.amount)


def daily_rate(customer_class: str, boundary: str, due_on: date, day: date,
               on: date) -> Decimal:
    """The rate charged for overdue day ``day`` of a debt due on ``due_on``, seen on ``on``."""
    if customer_class == RESIDENTIAL:
        return RATE_RESIDENTIAL
    if boundary == SPLIT_AT_YEAR_END:
        return RATE_CURRENT_YEAR if day.year == due_on.year else RATE_EARLIER_YEARS
    if boundary == WHOLE_DEBT_BY_DUE_YEAR:
        return RATE_CURRENT_YEAR if on.year == due_on.year else RATE_EARLIER_YEARS
    raise ValueError(f"unknown penalty year boundary {boundary!r}")


def _breaks(debt: Debt, terms: Terms, on: date) -> list[date]:
    """First days of the stretches: the day after the due date, the day after each
    settlement, and each 1 January when the rate changes there."""
    first = debt.due_on + timedelta(days=1)
    days = {first}
    days.update(s.on + timedelta(days=1) for s in debt.settled)
    if terms.customer_class != RESIDENTIAL and terms.boundary == SPLIT_AT_YEAR_END:
        days.update(date(y, 1, 1) for y in range(first.year + 1, on.year + 1))
    return sorted(d for d in days if first <= d <= on)


def compute(debt: Debt, terms: Terms, on: date) -> Penalty:
    """The penalty due for ``debt`` for every overdue day up to and including ``on``."""
    if terms.boundary not in BOUNDARIES:
        raise ValueError(f"unknown penalty year boundary {terms.boundary!r}")
    starts = _breaks(debt, terms, on)
    stretches: list[Stretch] = []
    for i, start in enumerate(starts):
        last = starts[i + 1] - timedelta(days=1) if i + 1 < len(starts) else on
        principal = debt.amount - sum((s.amount for s in debt.settled if s.on < start), ZERO)
        if principal <= 0:
            continue
        rate = daily_rate(terms.customer_class, terms.boundary, debt.due_on, start, on)
        amount = principal * rate * ((last - start).days + 1)
        stretches.append(Stretch(start, last, principal, rate, amount))
    exact = sum((s.amount for s in stretches), ZERO)
    computed = exact.quantize(FEN, rounding=ROUND_HALF_UP)
    days = sum(s.days for s in stretches)
    due = max(computed, terms.minimum) if days > 0 else Decimal("0.00")
    return Penalty(due, computed, days, tuple(stretches), debt, terms)


def explain(debt: Debt, terms: Terms, stretches: list[Stretch], exact: Decimal,
            computed: Decimal, due: Decimal) -> str:
    """One line per stretch, then the rounding and the minimum: language-neutral figures."""
    if not stretches:
        return f"due {debt.due_on.isoformat()}: no overdue day -> 0.00"
    lines = [f"{s.first.isoformat()}..{s.last.isoformat()}: {s.principal:.2f} × "
             f"{_per_mille(s.rate)}‰ × {s.days} d = {_plain(s.amount)}" for s in stretches]
    total = f"Σ {_plain(exact)} -> {computed:.2f} (half-up)"
    if due != computed:
        total += f" < {terms.minimum:.2f} minimum -> {due:.2f}"
    return "; ".join([*lines, total])


def _per_mille(rate: Decimal) -> str:
    return f"{(rate / PER_MILLE).normalize():f}"


def _plain(value: Decimal) -> str:
    """Exact amount with at least three places, no exponent."""
    text = f"{value.normalize():f}"
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(3, '0')}"

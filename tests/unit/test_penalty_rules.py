"""The late-payment penalty rules (appserver/payments/penalty_rules.py): DOMAIN.md's example,
the class rates, partial payments, both year-boundary conventions, properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appserver.payments.penalty_rules import (
    SPLIT_AT_YEAR_END,
    WHOLE_DEBT_BY_DUE_YEAR,
    Debt,
    Settled,
    Terms,
    compute,
    daily_rate,
)

D = Decimal
RES = Terms("residential")
COM = Terms("commercial")


def test_domain_example_100_yuan_5_days_residential_is_the_minimum() -> None:
    p = compute(Debt(D("100.00"), date(2026, 11, 15)), RES, date(2026, 11, 20))
    assert (p.computed, p.amount, p.overdue_days) == (D("0.50"), D("1.00"), 5)
    assert "100.00 × 1‰ × 5 d = 0.500" in p.explanation
    assert "minimum -> 1.00" in p.explanation


def test_nothing_is_due_on_or_before_the_due_date() -> None:
    debt = Debt(D("100.00"), date(2026, 11, 15))
    assert compute(debt, RES, date(2026, 11, 15)).amount == D("0.00")
    assert compute(debt, RES, date(2026, 11, 1)).overdue_days == 0


def test_the_day_after_the_due_date_is_the_first_day() -> None:
    p = compute(Debt(D("5000.00"), date(2026, 11, 15)), RES, date(2026, 11, 16))
    assert (p.overdue_days, p.amount) == (1, D("5.00"))


def test_other_classes_pay_two_per_mille_in_the_current_year() -> None:
    p = compute(Debt(D("1000.00"), date(2026, 10, 15)), COM, date(2026, 11, 14))
    assert (p.overdue_days, p.amount) == (30, D("60.00"))  # 1000 × 2‰ × 30


def test_rounding_is_half_up_to_the_fen() -> None:
    # 12.25 × 1‰ × 100 days = 1.225 -> 1.23 (half-up), above the minimum
    p = compute(Debt(D("12.25"), date(2026, 1, 1)), RES, date(2026, 4, 11))
    assert p.overdue_days == 100 and p.computed == D("1.23") and p.amount == D("1.23")


def test_a_partial_payment_reduces_the_principal_from_the_next_day() -> None:
    # 1000 due 11-01; 600 paid on 11-11: days 11-02..11-11 on 1000, 11-12..11-21 on 400
    debt = Debt(D("1000.00"), date(2026, 11, 1), (Settled(date(2026, 11, 11), D("600.00")),))
    p = compute(debt, RES, date(2026, 11, 21))
    assert [(s.principal, s.days) for s in p.stretches] == [(D("1000.00"), 10),
                                                             (D("400.00"), 10)]
    assert p.amount == D("14.00")


def test_paid_in_full_the_penalty_stops_at_the_payment_date() -> None:
    debt = Debt(D("1000.00"), date(2026, 11, 1), (Settled(date(2026, 11, 11), D("1000.00")),))
    later = compute(debt, RES, date(2026, 12, 31))
    assert later.overdue_days == 10 and later.amount == D("10.00")


def test_an_undone_payment_restores_the_principal() -> None:
    debt = Debt(D("1000.00"), date(2026, 11, 1),
                (Settled(date(2026, 11, 5), D("1000.00")),
                 Settled(date(2026, 11, 8), D("-1000.00"))))
    p = compute(debt, RES, date(2026, 11, 10))
    assert p.overdue_days == 4 + 2 and p.amount == D("6.00")


def test_split_at_year_end_charges_three_per_mille_from_january() -> None:
    # due 2025-12-21: 10 days in 2025 at 2‰, 10 days in 2026 at 3‰
    debt = Debt(D("1000.00"), date(2025, 12, 21))
    p = compute(debt, Terms("commercial", SPLIT_AT_YEAR_END), date(2026, 1, 10))
    assert [(s.rate, s.days) for s in p.stretches] == [(D("0.002"), 10), (D("0.003"), 10)]
    assert p.amount == D("50.00")


def test_whole_debt_by_due_year_charges_every_day_at_the_later_rate() -> None:
    debt = Debt(D("1000.00"), date(2025, 12, 21))
    terms = Terms("commercial", WHOLE_DEBT_BY_DUE_YEAR)
    assert compute(debt, terms, date(2025, 12, 31)).amount == D("20.00")  # 10 d × 2‰
    assert compute(debt, terms, date(2026, 1, 10)).amount == D("60.00")  # 20 d × 3‰


def test_residential_customers_have_no_year_boundary() -> None:
    for boundary in (SPLIT_AT_YEAR_END, WHOLE_DEBT_BY_DUE_YEAR):
        assert daily_rate("residential", boundary, date(2024, 5, 1), date(2026, 5, 1),
                          date(2026, 5, 1)) == D("0.001")


def test_an_unknown_convention_is_refused() -> None:
    with pytest.raises(ValueError):
        compute(Debt(D("1"), date(2026, 1, 1)), Terms("commercial", "by_moon"), date(2026, 2, 1))


classes = st.sampled_from(["residential", "commercial", "large_industry", "agriculture"])
boundaries = st.sampled_from([SPLIT_AT_YEAR_END, WHOLE_DEBT_BY_DUE_YEAR])
amounts = st.decimals(min_value=D("0.01"), max_value=D("1000000.00"), places=2)
due_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31))
spans = st.integers(min_value=0, max_value=900)


@given(classes, boundaries, amounts, due_days, spans, spans)
def test_monotone_in_days(cls: str, boundary: str, amount: Decimal, due: date, a: int,
                          b: int) -> None:
    terms, debt = Terms(cls, boundary), Debt(amount, due)
    early, late = sorted((a, b))
    assert (compute(debt, terms, due + timedelta(days=early)).amount
            <= compute(debt, terms, due + timedelta(days=late)).amount)


@given(classes, boundaries, amounts, amounts, due_days, spans)
def test_monotone_in_amount(cls: str, boundary: str, a: Decimal, b: Decimal, due: date,
                            days: int) -> None:
    terms, on = Terms(cls, boundary), due + timedelta(days=days)
    small, large = sorted((a, b))
    assert compute(Debt(small, due), terms, on).amount <= compute(Debt(large, due), terms,
                                                                 on).amount


@given(classes, boundaries, amounts, due_days, st.integers(min_value=1, max_value=900))
def test_at_least_the_minimum_once_a_day_is_overdue(cls: str, boundary: str, amount: Decimal,
                                                    due: date, days: int) -> None:
    p = compute(Debt(amount, due), Terms(cls, boundary), due + timedelta(days=days))
    assert p.amount >= D("1.00") and p.overdue_days == days
    assert p.amount == p.amount.quantize(D("0.01"))
    assert p.amount == max(p.computed, D("1.00"))


@given(classes, boundaries, amounts, due_days, spans,
       st.lists(st.tuples(st.integers(0, 900), st.decimals(D("0.01"), D("1000"), places=2)),
                max_size=4))
def test_stretches_cover_each_overdue_day_once(cls: str, boundary: str, amount: Decimal,
                                               due: date, days: int,
                                               paid: list[tuple[int, Decimal]]) -> None:
    settled = tuple(Settled(due + timedelta(days=d), x) for d, x in paid)
    p = compute(Debt(amount, due, settled), Terms(cls, boundary), due + timedelta(days=days))
    covered = [s.first + timedelta(days=i) for s in p.stretches for i in range(s.days)]
    assert len(covered) == len(set(covered)) == p.overdue_days
    assert all(due < day <= due + timedelta(days=days) for day in covered)

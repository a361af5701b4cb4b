"""A fast exact path for the common bill: the engine's own Decimal steps, without its
per-line objects and explanations.

The rating engine is written to explain itself: every line is an object with labels, a
closure for its explanation, a proration and a context. A billing run rates a million
bills and keeps only (code, quantity, unit price, amount) per line, so for the shapes a run
meets nearly always — one segment over the whole period, a tariff by code and version,
single price, tiers (monthly or annual), TOU with or without tier adders, a basic charge by
capacity or demand, per-kWh charges, power factor, fixed, minimum and percentage charges,
transformer loss added to flat — this module performs the same Decimal operations in the
same order in the engine's decimal context, and rounds with the same convention. Anything
else (several segments, partial periods, pro-rata loss, an input the engine would refuse)
goes to ``rate()`` itself, which also produces the error message.

Bit-identity with ``rate()`` is a property test (tests/appserver/test_billing_run_fast.py)
and the benchmark compares a sample of every run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, Overflow, localcontext

from appserver.billing.bulk_rating import LineRow, Rater, engine_rater
from appserver.billing.rating import RatingError, RatingRequest, TariffCatalog, TariffRef
from appserver.billing.rating.demand import billed_demand
from appserver.billing.rating.model import TOU_PERIODS, Block, Tariff
from appserver.billing.rating.numbers import ENGINE_CONTEXT, HUNDRED
from appserver.billing.rating.power_factor import PF_BASES, STANDARDS, power_factor
from appserver.billing.rating.rounding import CENT, ROUNDING_CONVENTIONS, round_places
from appserver.billing.rating.tou import period_prices
from appserver.billing.rating.usage import Reading, RegisterValue, UsageSegment

ZERO = Decimal(0)
ZERO_CENTS = Decimal("0.00")
ONE = Decimal(1)
Result = tuple[list[LineRow], Decimal, str]


@dataclass(frozen=True)
class TariffPlan:
    """What the fast path needs of one tariff version, worked out once."""

    tariff: Tariff
    mode: str  # rounding mode of the tariff's convention
    tou: tuple[tuple[str, Decimal], ...]  # (period, unit price), TOU_PERIODS order
    tou_required: bool
    loss: dict[Decimal, Decimal]  # transformer kVA -> kWh per month


def fast_rater(catalog: TariffCatalog) -> Rater:
    """The fast path where it applies, ``rate()`` everywhere else."""
    plans: dict[tuple[str, int], TariffPlan | None] = {}
    slow = engine_rater(catalog)

    def plan_of(code: str, version: int) -> TariffPlan | None:
        key = (code, version)
        if key not in plans:
            plans[key] = _plan(catalog, code, version)
        return plans[key]

    def rate_one(request: RatingRequest) -> Result:
        result = fast_rate(request, plan_of)
        return slow(request) if result is None else result

    return rate_one


def _plan(catalog: TariffCatalog, code: str, version: int) -> TariffPlan | None:
    try:
        tariff = catalog.find(code, version, None, "tariff")
    except RatingError:
        return None
    if tariff.loss is not None and tariff.loss.allocation != "flat":
        return None
    tou = tariff.energy.tou
    prices = () if tou is None else tuple(
        (p.period, p.price) for p in period_prices(tou, tariff.conventions.price_places).values())
    return TariffPlan(tariff, ROUNDING_CONVENTIONS[tariff.conventions.rounding].mode, prices,
                      tou is not None and tou.required,
                      {} if tariff.loss is None else {r.kva: r.kwh_per_month
                                                      for r in tariff.loss.rows})


def fast_rate(request: RatingRequest,
              plan_of: Callable[[str, int], TariffPlan | None]) -> Result | None:
    if len(request.segments) != 1:
        return None
    segment = request.segments[0]
    spec = segment.tariff or request.tariff
    if (segment.days is not None or segment.days_in_period is not None
            or request.period is None or not isinstance(spec, TariffRef)
            or spec.version is None):
        return None
    plan = plan_of(spec.code, spec.version)
    if plan is None:
        return None
    with localcontext(ENGINE_CONTEXT):
        try:
            return _Segment(plan, request, segment).rate()
        except (InvalidOperation, Overflow):  # the engine refuses it with its own message
            return None


class _Segment:
    def __init__(self, plan: TariffPlan, request: RatingRequest,
                 segment: UsageSegment) -> None:
        self.plan = plan
        self.tariff = plan.tariff
        self.request = request
        self.segment = segment
        self.lines: list[LineRow] = []
        self.kinds: list[str] = []

    def money(self, value: Decimal) -> Decimal:
        return value.quantize(CENT, rounding=self.plan.mode)

    def add(self, code: str, kind: str, quantity: Decimal, price: Decimal,
            exact: Decimal) -> None:
        self.lines.append((1, code, quantity, price, self.money(exact)))
        self.kinds.append(kind)

    def sum_of(self, kinds: tuple[str, ...]) -> Decimal:
        return sum((ln[4] for ln, k in zip(self.lines, self.kinds, strict=True) if k in kinds),
                   ZERO_CENTS)

    def total(self) -> Decimal:
        return sum((ln[4] for ln in self.lines), ZERO_CENTS)

    def rate(self) -> Result | None:
        segment = self.segment
        registers = segment.registers
        if any(isinstance(v, Reading) for v in registers.values()):
            return None
        metered = self._metered(registers)
        if metered is None:
            return None
        total, periods, reactive = metered
        energy = self._billed(segment, total, periods)
        if energy is None:
            return None
        billed, periods = energy
        t = self.tariff
        if not self._energy_lines(billed, periods):
            return None
        if t.basic is not None and not self._basic(segment):
            return None
        cls = self.request.customer_class or t.customer_class
        for charge in t.per_kwh:
            if cls not in charge.exempt_classes:
                self.add(f"{charge.kind}.{charge.code}", charge.kind, billed, charge.rate,
                         billed * charge.rate)
        if t.power_factor is not None and not self._power_factor(segment, total, reactive):
            return None
        for fixed in t.fixed:
            self.add(f"fixed.{fixed.code}", "fixed", ONE, fixed.amount, fixed.amount)
        if t.minimum is not None:
            floor, subtotal = self.money(t.minimum.amount), self.total()
            if subtotal < floor:
                self.add("minimum", "minimum", ONE, floor - subtotal, floor - subtotal)
        for share in t.percentage:
            base = self.total()
            self.add(f"percentage.{share.code}", "percentage", base, share.rate,
                     base * share.rate)
        return self.lines, billed, t.key

    @staticmethod
    def _metered(registers: Mapping[str, RegisterValue]) -> tuple[
            Decimal, dict[str, Decimal], Decimal | None] | None:
        values = {k: v for k, v in registers.items() if isinstance(v, Decimal)}
        tou = {p: values[p] for p in TOU_PERIODS if p in values}
        total = values.get("total")
        if total is None:
            if not tou:
                return None
            total = sum(tou.values(), ZERO)
        if tou:
            given = sum(tou.values(), ZERO)
            if "flat" in tou:
                if given != total:
                    return None
            elif given > total:
                return None
            else:
                tou["flat"] = total - given
        return total, tou, values.get("reactive")

    def _billed(self, segment: UsageSegment, metered: Decimal,
                tou: dict[str, Decimal]) -> tuple[Decimal, dict[str, Decimal]] | None:
        kva = segment.transformer_kva
        by_tou = bool(self.plan.tou) and (bool(tou) or self.plan.tou_required)
        if by_tou and not tou:
            return None
        periods = dict(tou) if by_tou else {}
        loss = ZERO
        if kva is not None:
            per_month = self.plan.loss.get(kva)
            if per_month is None:
                return None
            loss = round_places(per_month, self.tariff.conventions.quantity_places)
            if by_tou:
                periods["flat"] = periods.get("flat", ZERO) + loss
        if by_tou:
            priced = {p for p, _ in self.plan.tou}
            if any(kwh > 0 and p not in priced for p, kwh in periods.items()):
                return None
        return metered + loss, periods

    def _energy_lines(self, billed: Decimal, periods: dict[str, Decimal]) -> bool:
        charge = self.tariff.energy
        if periods:
            for period, price in self.plan.tou:
                qty = periods.get(period, ZERO)
                if qty > 0:
                    self.add(f"energy.{period}", "energy", qty, price, qty * price)
            if not any(periods.get(p, 0) for p, _ in self.plan.tou):
                self.add("energy", "energy", ZERO, ZERO, ZERO)
            if charge.tiers is not None:
                for number, block, kwh in self._slices(billed):
                    if kwh > 0 and block.adder != 0:
                        self.add(f"energy.tier{number}_adder", "energy", kwh, block.adder,
                                 kwh * block.adder)
        elif charge.tiers is not None:
            slices = self._slices(billed)
            for number, block, kwh in [s for s in slices if s[2] > 0] or slices[:1]:
                self.add(f"energy.tier{number}", "energy", kwh, block.price, kwh * block.price)
        elif charge.price is not None:
            self.add("energy", "energy", billed, charge.price, billed * charge.price)
        else:
            return False
        return True

    def _slices(self, energy: Decimal) -> list[tuple[int, Block, Decimal]]:
        tiers = self.tariff.energy.tiers
        assert tiers is not None
        start = self.request.ytd_kwh if tiers.basis == "annual" else ZERO
        end = start + energy
        lower = ZERO
        result: list[tuple[int, Block, Decimal]] = []
        for number, block in enumerate(tiers.blocks, start=1):
            upper = block.upto
            top = end if upper is None else min(end, upper)
            result.append((number, block, max(ZERO, top - max(start, lower))))
            if upper is not None:
                lower = upper
        return result

    def _basic(self, segment: UsageSegment) -> bool:
        basic = self.tariff.basic
        assert basic is not None
        if basic.basis == "capacity":
            kva = segment.capacity_kva
            if kva is None:
                return False
            self.add("basic.capacity", "basic", kva, basic.price, kva * basic.price)
            return True
        max_kw = segment.max_demand_kw
        rule = basic.demand_rule
        if max_kw is None or rule is None:
            return False
        normal, excess = billed_demand(rule, max_kw, segment.contracted_demand_kw)
        self.add("basic.demand", "basic", normal, basic.price, normal * basic.price)
        if excess > 0:
            price = basic.price * rule.excess_multiplier
            self.add("basic.demand_excess", "basic", excess, price, excess * price)
        return True

    def _power_factor(self, segment: UsageSegment, kwh: Decimal,
                      kvarh: Decimal | None) -> bool:
        rule = self.tariff.power_factor
        assert rule is not None
        given = segment.power_factor
        if given is not None:
            pf = given
        elif kvarh is not None:
            if kwh == 0:
                return True
            if kwh < 0:
                return False
            pf = power_factor(kwh, kvarh)
        else:
            return False
        pct, _ = STANDARDS[rule.standard].percent(pf)
        base = self.sum_of(PF_BASES[rule.base])
        self.add("power_factor", "power_factor", base, pct / HUNDRED, base * pct / HUNDRED)
        return True

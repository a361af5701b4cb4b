"""Basic charge (基本电费) of two-part tariffs: by capacity (kVA) or by maximum demand (kW)."""

from __future__ import annotations

from decimal import Decimal

from appserver.billing.rating.context import SegmentContext
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import BasicCharge, DemandRule
from appserver.billing.rating.numbers import ZERO, plain
from appserver.billing.rating.usage import UsageSegment


def basic_lines(ctx: SegmentContext, basic: BasicCharge, segment: UsageSegment,
                where: str) -> None:
    if basic.basis == "capacity":
        _capacity_line(ctx, basic, segment, where)
    else:
        assert basic.demand_rule is not None  # the loader requires a rule for demand billing
        _demand_lines(ctx, basic, basic.demand_rule, segment, where)


def _capacity_line(ctx: SegmentContext, basic: BasicCharge, segment: UsageSegment,
                   where: str) -> None:
    kva = segment.capacity_kva
    if kva is None:
        raise RatingError(f"{where}.capacity_kva", "is required by a capacity basic charge")
    ctx.add("basic.capacity", "basic", ("Basic charge (capacity)", "基本电费（按容量）"),
            kva, "kVA·month", basic.price, ctx.proration.apply(kva * basic.price),
            lambda: ((f"capacity × {plain(basic.price)} yuan/kVA·month × "
                      f"{ctx.proration.text()}",
                      f"容量 × {plain(basic.price)} 元/kVA·月 × {ctx.proration.text_zh()}"),
                     (("capacity_kva", plain(kva)),), ""),
            prorated=True)


def billed_demand(rule: DemandRule, max_kw: Decimal,
                  contracted_kw: Decimal | None) -> tuple[Decimal, Decimal]:
    """(normal kW, excess kW) under the rule; without a contract the maximum is billed."""
    if contracted_kw is None:
        return max_kw, ZERO
    normal = max_kw
    excess = ZERO
    if rule.excess_threshold_ratio is not None:
        threshold = rule.excess_threshold_ratio * contracted_kw
        excess = max(ZERO, max_kw - threshold)
        normal = min(max_kw, threshold)
    return max(normal, rule.floor_ratio * contracted_kw), excess


def _demand_lines(ctx: SegmentContext, basic: BasicCharge, rule: DemandRule,
                  segment: UsageSegment, where: str) -> None:
    max_kw = segment.max_demand_kw
    if max_kw is None:
        raise RatingError(f"{where}.max_demand_kw", "is required by a demand basic charge")
    contracted = segment.contracted_demand_kw
    normal, excess = billed_demand(rule, max_kw, contracted)

    def inputs() -> tuple[tuple[str, str], ...]:
        return (("max_demand_kw", plain(max_kw)),
                ("contracted_demand_kw", "none" if contracted is None else plain(contracted)))

    ctx.add("basic.demand", "basic", ("Basic charge (maximum demand)", "基本电费（按需量）"),
            normal, "kW·month", basic.price, ctx.proration.apply(normal * basic.price),
            lambda: ((f"billed demand × {plain(basic.price)} yuan/kW·month × "
                      f"{ctx.proration.text()}",
                      f"计费需量 × {plain(basic.price)} 元/kW·月 × {ctx.proration.text_zh()}"),
                     inputs(), _rule_row(rule)),
            prorated=True)
    if excess > 0:
        price = basic.price * rule.excess_multiplier
        ctx.add("basic.demand_excess", "basic",
                ("Basic charge, demand above the contract", "基本电费（超需量部分）"),
                excess, "kW·month", price, ctx.proration.apply(excess * price),
                lambda: ((f"maximum demand above "
                          f"{plain(rule.excess_threshold_ratio or ZERO)} × contracted demand, at "
                          f"{plain(rule.excess_multiplier)} × the demand price × "
                          f"{ctx.proration.text()}",
                          f"最大需量超过合同需量 × {plain(rule.excess_threshold_ratio or ZERO)} "
                          f"的部分，按需量电价 × {plain(rule.excess_multiplier)} × "
                          f"{ctx.proration.text_zh()}"), inputs(), _rule_row(rule)),
                prorated=True)


def _rule_row(rule: DemandRule) -> tuple[str, str]:
    en, zh = [f"rule {rule.name}"], [f"规则 {rule.name}"]
    if rule.floor_ratio:
        en.append(f"at least {plain(rule.floor_ratio)} × contracted demand")
        zh.append(f"不低于合同需量 × {plain(rule.floor_ratio)}")
    if rule.excess_threshold_ratio is not None:
        en.append(f"above {plain(rule.excess_threshold_ratio)} × contracted demand at "
                  f"{plain(rule.excess_multiplier)} × price")
        zh.append(f"超过合同需量 × {plain(rule.excess_threshold_ratio)} 的部分按 "
                  f"{plain(rule.excess_multiplier)} 倍电价")
    return "; ".join(en), "；".join(zh)

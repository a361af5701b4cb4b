"""Chinese names of the explanation inputs and of the words their values use.

Input keys stay technical in the data (``energy_kwh``) so that programs can read them; people
reading Chinese see these names instead.
"""

from __future__ import annotations

import re

INPUT_NAMES: dict[str, str] = {
    "energy_kwh": "计费电量 kWh",
    "metered_kwh": "抄见电量 kWh",
    "transformer_loss_kwh": "变损电量 kWh",
    "transformer_loss_rule": "变损计算",
    "customer_class": "用户类别",
    "exempt_classes": "免征类别",
    "minimum_yuan": "最低消费 元",
    "subtotal_yuan": "此前合计 元",
    "base_yuan": "计算基数 元",
    "capacity_kva": "容量 kVA",
    "max_demand_kw": "最大需量 kW",
    "contracted_demand_kw": "合同需量 kW",
    "tier_year_kwh_before": "阶梯年度此前累计 kWh",
    "tier_year_kwh_after": "阶梯年度累计至本段 kWh",
    "prorated_bounds_kwh": "折算后档位上限 kWh",
    "active_kwh": "有功电量 kWh",
    "reactive_kvarh": "无功电量 kvarh",
    "power_factor": "功率因数",
    "given": "直接给定",
    "critical_peak_kwh": "尖峰电量 kWh",
    "peak_kwh": "高峰电量 kWh",
    "flat_kwh": "平段电量 kWh",
    "valley_kwh": "低谷电量 kWh",
    "deep_valley_kwh": "深谷电量 kWh",
}

VALUE_WORDS: dict[str, str] = {
    "none": "无",
    "yes": "是",
    "residential": "居民生活",
    "commercial_industrial": "一般工商业",
    "commercial": "一般工商业",
    "large_industry": "大工业",
    "agricultural": "农业生产",
    "agriculture": "农业生产",
}

_LOSS_NOTE = re.compile(r"loss table row (\S+) kVA: (\S+) kWh/month × (.+) = (\S+) kWh")


def input_name(key: str) -> str:
    return INPUT_NAMES.get(key, key)


def input_value(value: str) -> str:
    """Translate the words a value is made of (class lists, none/yes, the loss note)."""
    loss = _LOSS_NOTE.fullmatch(value)
    if loss:
        kva, per_month, days, kwh = loss.groups()
        days = "整个账期" if days == "whole period" else days.replace(" days", " 天")
        return f"损耗表 {kva} kVA 档：每月 {per_month} kWh × {days} = {kwh} kWh"
    return ", ".join(VALUE_WORDS.get(part, part) for part in value.split(", "))

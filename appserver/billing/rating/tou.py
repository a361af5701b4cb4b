"""Time-of-use prices (分时电价) for up to five periods, given as prices or ratios to flat."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache
from types import MappingProxyType

from appserver.billing.rating.model import TOU_PERIODS, Tou, TouPrice
from appserver.billing.rating.numbers import ENGINE_CONTEXT, plain
from appserver.billing.rating.rounding import round_places, tidy

PERIOD_LABELS: dict[str, tuple[str, str]] = {
    "critical_peak": ("critical peak", "尖峰"),
    "peak": ("peak", "高峰"),
    "flat": ("flat", "平段"),
    "valley": ("valley", "低谷"),
    "deep_valley": ("deep valley", "深谷"),
}


@dataclass(frozen=True)
class PeriodPrice:
    period: str
    price: Decimal
    how: str  # the rule, for the explanation
    how_zh: str = ""


@lru_cache(maxsize=256)  # bounded: inline tariffs in requests must not grow it forever
def period_prices(tou: Tou, price_places: int) -> Mapping[str, PeriodPrice]:
    """The unit price of each period the tariff defines, in TOU_PERIODS order (cached, and
    read-only: a tariff version's schedule is immutable)."""
    prices: dict[str, PeriodPrice] = {}
    defined = {p.period: p for p in tou.periods}
    if tou.flat_price is not None:
        defined["flat"] = TouPrice("flat", price=tou.flat_price)
    for period in TOU_PERIODS:
        entry = defined.get(period)
        if entry is None:
            continue
        if entry.price is not None:
            prices[period] = PeriodPrice(period, entry.price, f"{period} price from the tariff",
                                         f"{PERIOD_LABELS[period][1]}电价取自电价表")
            continue
        assert entry.ratio is not None and tou.flat_price is not None  # checked by the loader
        with localcontext(ENGINE_CONTEXT):  # cached: never depend on the caller's context
            exact = tou.flat_price * entry.ratio
        price = tidy(round_places(exact, price_places))
        prices[period] = PeriodPrice(
            period, price, f"{plain(entry.ratio)} × flat price {plain(tou.flat_price)} = "
                           f"{plain(exact)}, rounded half-up to {price_places} places",
            f"{plain(entry.ratio)} × 平段电价 {plain(tou.flat_price)} = {plain(exact)}，"
            f"四舍五入到 {price_places} 位小数")
    return MappingProxyType(prices)

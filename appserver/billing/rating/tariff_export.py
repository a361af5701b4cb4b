"""A tariff version back to its plain-data (file) shape; the inverse of ``tariff_from_data``.

Every value the model holds is written out, defaults included, so an exported file says
everything without the reader knowing the defaults.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from appserver.billing.rating.model import BasicCharge, EnergyCharge, LossTable, Tariff, Tou


def export_data(tariff: Tariff) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": tariff.code, "version": tariff.version, "name": tariff.name,
        "name_zh": tariff.name_zh, "customer_class": tariff.customer_class,
        "effective_from": tariff.effective_from,
    }
    if tariff.effective_to is not None:
        data["effective_to"] = tariff.effective_to
    if tariff.notes:
        data["notes"] = tariff.notes
    data["conventions"] = asdict(tariff.conventions)
    data["energy"] = _energy(tariff.energy)
    _put_list(data, "per_kwh", [{**asdict(c), "exempt_classes": list(c.exempt_classes)}
                                for c in tariff.per_kwh])
    if tariff.basic is not None:
        data["basic"] = _basic(tariff.basic)
    _put_list(data, "fixed", [asdict(c) for c in tariff.fixed])
    if tariff.power_factor is not None:
        data["power_factor"] = asdict(tariff.power_factor)
    if tariff.minimum is not None:
        data["minimum"] = asdict(tariff.minimum)
    _put_list(data, "percentage", [asdict(c) for c in tariff.percentage])
    if tariff.loss is not None:
        data["loss"] = _loss(tariff.loss)
    return data


def _put_list(data: dict[str, Any], key: str, items: list[dict[str, Any]]) -> None:
    if items:
        data[key] = items


def _energy(energy: EnergyCharge) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if energy.price is not None:
        data["price"] = energy.price
    if energy.tiers is not None:
        data["tiers"] = {"basis": energy.tiers.basis,
                         "blocks": [_without_none(asdict(b)) for b in energy.tiers.blocks]}
    if energy.tou is not None:
        data["tou"] = _tou(energy.tou)
    return data


def _tou(tou: Tou) -> dict[str, Any]:
    data: dict[str, Any] = {"required": tou.required}
    if tou.flat_price is not None:
        data["flat_price"] = tou.flat_price
    prices = {p.period: p.price for p in tou.periods if p.price is not None}
    ratios = {p.period: p.ratio for p in tou.periods if p.ratio is not None}
    if prices:
        data["prices"] = prices
    if ratios:
        data["ratios"] = ratios
    return data


def _basic(basic: BasicCharge) -> dict[str, Any]:
    data: dict[str, Any] = {"basis": basic.basis, "price": basic.price}
    if basic.demand_rule is not None:
        data["demand_rule"] = _without_none(asdict(basic.demand_rule))
    return data


def _loss(loss: LossTable) -> dict[str, Any]:
    return {"allocation": loss.allocation, "rows": [asdict(r) for r in loss.rows]}


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def export_plain(tariff: Tariff) -> dict[str, Any]:
    """The same shape with only JSON/serpent types: decimals as strings, dates as ISO text.
    This is what a database JSON column or a server method carries."""
    plain_data: dict[str, Any] = _plain(export_data(tariff))
    return plain_data


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return value

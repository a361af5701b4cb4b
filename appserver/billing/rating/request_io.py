"""The JSON shapes of a rating request and its result (money and quantities as strings)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.lines import BillLine, RatingResult
from appserver.billing.rating.model import CUSTOMER_CLASSES
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.schema import Fields
from appserver.billing.rating.tariff_export import export_plain
from appserver.billing.rating.tariff_io import CODE_RE, tariff_from_data
from appserver.billing.rating.usage import (
    REGISTERS,
    RatingRequest,
    Reading,
    RegisterValue,
    TariffRef,
    TariffSpec,
    UsageSegment,
)

PERIOD_RE = re.compile(r"^((?:19|20|21)[0-9]{2})-(0[1-9]|1[0-2])$")  # years 1900-2199
ENERGY_PLACES = 4
REQUEST_KEYS = ("tariff", "period", "customer_class", "ytd_kwh", "segments")
SEGMENT_KEYS = ("tariff", "days", "days_in_period", "multiplier", "registers", "capacity_kva",
                "contracted_demand_kw", "max_demand_kw", "transformer_kva", "power_factor")


def request_from_data(data: object) -> RatingRequest:
    f = Fields(data, "", REQUEST_KEYS)
    period = None
    if f.has("period"):
        match = PERIOD_RE.match(f.text("period", max_len=7))
        if match is None:
            raise RatingError("period", "must be YYYY-MM")
        period = (int(match.group(1)), int(match.group(2)))
    customer_class = (f.choice("customer_class", CUSTOMER_CLASSES)
                      if f.has("customer_class") else None)
    return RatingRequest(
        segments=tuple(_segment(item, f"segments[{i}]")
                       for i, item in enumerate(f.items("segments"))),
        tariff=_tariff_spec(f.raw("tariff"), "tariff"), period=period,
        customer_class=customer_class,
        ytd_kwh=f.decimal_or("ytd_kwh", ENERGY_PLACES, Decimal(0)))


def _tariff_spec(value: object, where: str) -> TariffSpec | None:
    """A code ("JX-RES-ANNUAL"), a reference {"code", "version"} or a whole inline tariff."""
    if value is None:
        return None
    if isinstance(value, str):
        if not CODE_RE.match(value):
            raise RatingError(where, f"{value[:40]!r} is not a tariff code")
        return TariffRef(value)
    if isinstance(value, dict) and set(value) <= {"code", "version"}:
        ref = Fields(value, where, ("code", "version"))
        return TariffRef(ref.text("code", pattern=CODE_RE),
                         ref.optional_integer("version", 1, 9999))
    return tariff_from_data(value, where)


def _segment(data: object, where: str) -> UsageSegment:
    s = Fields(data, where, SEGMENT_KEYS)
    registers = s.table("registers", REGISTERS)

    def quantity(key: str) -> Decimal | None:
        return s.optional_decimal(key, ENERGY_PLACES)

    pf = s.optional_decimal("power_factor", 2, maximum=Decimal(1))
    multiplier = s.optional_decimal("multiplier", ENERGY_PLACES)
    if multiplier is None:
        multiplier = Decimal(1)
    elif multiplier <= 0:
        raise RatingError(s.path("multiplier"), "must be positive")
    return UsageSegment(
        registers={} if registers is None else {
            name: _register(registers, name) for name in REGISTERS if registers.has(name)},
        days=s.optional_integer("days", 1, 366),
        days_in_period=s.optional_integer("days_in_period", 1, 366),
        multiplier=multiplier, capacity_kva=quantity("capacity_kva"),
        contracted_demand_kw=quantity("contracted_demand_kw"),
        max_demand_kw=quantity("max_demand_kw"), transformer_kva=quantity("transformer_kva"),
        power_factor=pf, tariff=_tariff_spec(s.raw("tariff"), s.path("tariff")))


def _register(registers: Fields, name: str) -> RegisterValue:
    value = registers.raw(name)
    if isinstance(value, dict):
        r = Fields(value, registers.path(name), ("previous", "current", "digits"))
        return Reading(previous=r.decimal("previous", ENERGY_PLACES),
                       current=r.decimal("current", ENERGY_PLACES),
                       digits=r.optional_integer("digits", 1, 12))
    return registers.decimal(name, ENERGY_PLACES)


def request_to_data(request: RatingRequest) -> dict[str, Any]:
    """The JSON shape of ``request`` (the inverse of ``request_from_data``): what a bill
    keeps so it can be recomputed bit-identically."""
    data: dict[str, Any] = {}
    if request.tariff is not None:
        data["tariff"] = _spec_to_data(request.tariff)
    if request.period is not None:
        data["period"] = f"{request.period[0]:04d}-{request.period[1]:02d}"
    if request.customer_class is not None:
        data["customer_class"] = request.customer_class
    data["ytd_kwh"] = plain(request.ytd_kwh)
    data["segments"] = [_segment_to_data(s) for s in request.segments]
    return data


def _spec_to_data(spec: TariffSpec) -> object:
    if isinstance(spec, TariffRef):
        return spec.code if spec.version is None else {"code": spec.code,
                                                       "version": spec.version}
    return export_plain(spec)


def _segment_to_data(segment: UsageSegment) -> dict[str, Any]:
    data: dict[str, Any] = {"registers": {
        name: ({"previous": plain(v.previous), "current": plain(v.current)}
               | ({} if v.digits is None else {"digits": v.digits}))
        if isinstance(v, Reading) else plain(v) for name, v in segment.registers.items()}}
    for key in ("days", "days_in_period"):
        if getattr(segment, key) is not None:
            data[key] = getattr(segment, key)
    data["multiplier"] = plain(segment.multiplier)
    for key in ("capacity_kva", "contracted_demand_kw", "max_demand_kw", "transformer_kva",
                "power_factor"):
        value = getattr(segment, key)
        if value is not None:
            data[key] = plain(value)
    if segment.tariff is not None:
        data["tariff"] = _spec_to_data(segment.tariff)
    return data


def result_to_data(result: RatingResult) -> dict[str, Any]:
    return {
        "segments": [{"segment": s.index, "tariff": s.tariff_key, "days": s.days,
                      "days_in_period": s.period_days, "energy_kwh": plain(s.energy_kwh),
                      "subtotal": plain(s.subtotal)} for s in result.segments],
        "lines": [line_to_data(line) for line in result.lines],
        "total": plain(result.total),
    }


def line_to_data(line: BillLine) -> dict[str, Any]:
    e = line.explanation
    return {
        "segment": line.segment, "code": line.code, "kind": line.kind, "label": line.label,
        "label_zh": line.label_zh, "quantity": plain(line.quantity), "unit": line.unit,
        "unit_price": plain(line.unit_price), "amount": plain(line.amount),
        "proration": None if line.proration is None else list(line.proration),
        "explanation": None if e is None else e.localized(False) | {"text_zh": e.text(True)},
    }

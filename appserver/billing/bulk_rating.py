"""From a point's readings and tariffs to a rated bill, without the database.

``bill_point`` builds the rating request of one metering point (usage per register from
``metering.usage.register_usage``, one segment per meter and tariff version in the period,
each prorated by its days), rates it, and decides whether the bill is released at once or
held for review. A point that cannot be billed comes back as an error with its reason.
Pure functions on plain values: worker processes run them on chunks of points.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from appserver.billing.rating import (
    RatingError,
    RatingRequest,
    RatingResult,
    TariffCatalog,
    TariffRef,
    UsageSegment,
    rate,
    request_to_data,
)
from appserver.billing.rating.numbers import plain
from appserver.billing.rating.usage import REGISTERS as ENGINE_REGISTERS
from appserver.billing.run_inputs import MeterSpan, PointInput, RunSettings, TariffSpan
from appserver.core.dates import month_days
from appserver.metering.usage import ReadingBackwards, register_usage

ONE = Decimal(1)
ZERO = Decimal(0)
QUANTITY_STEP = Decimal("0.0001")
TOU = ("critical_peak", "peak", "valley", "deep_valley")
# The customer file's classes and the rating engine's names for them.
ENGINE_CLASSES = {"residential": "residential", "commercial": "commercial_industrial",
                  "large_industry": "large_industry", "agriculture": "agricultural"}
TARIFF_KEYS_MAX = 120

# (segment, code, quantity, unit_price, amount): one bill line as the bill_line row needs it
LineRow = tuple[int, str, Decimal, Decimal, Decimal]
Rater = Callable[[RatingRequest], tuple[list[LineRow], Decimal, str]]


@dataclass(frozen=True)
class RatedBill:
    point_id: int
    customer_id: int
    office_id: int
    energy_kwh: Decimal
    amount: Decimal
    review_reason: str  # "" = released at once
    tariff_keys: str
    request_json: str
    lines: list[LineRow]


@dataclass(frozen=True)
class PointError:
    point_id: int
    reason: str  # contract.billing.ERROR_REASONS
    detail: str


class PointFailed(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def engine_rater(catalog: TariffCatalog) -> Rater:
    """Rate with the Decimal engine (no explanations: the bill keeps its request)."""
    def rate_one(request: RatingRequest) -> tuple[list[LineRow], Decimal, str]:
        return result_rows(rate(request, catalog, explain=False))
    return rate_one


def result_rows(result: RatingResult) -> tuple[list[LineRow], Decimal, str]:
    """(lines, energy, tariff keys) of a rating result."""
    lines = [(ln.segment, ln.code, ln.quantity, ln.unit_price, ln.amount) for ln in result.lines]
    energy = sum((s.energy_kwh for s in result.segments), ZERO)
    keys = ",".join(dict.fromkeys(s.tariff_key for s in result.segments))
    return lines, energy, keys


def bill_point(point: PointInput, settings: RunSettings,
               rater: Rater) -> RatedBill | PointError:
    try:
        if point.error is not None:
            raise PointFailed(*point.error)
        request = build_request(point, settings.period)
        try:
            lines, energy, keys = rater(request)
        except RatingError as exc:
            raise PointFailed("rating", str(exc)) from None
    except PointFailed as failed:
        return PointError(point.point_id, failed.reason, failed.detail[:300])
    amount = sum((line[4] for line in lines), Decimal("0.00"))
    return RatedBill(point.point_id, point.customer_id, point.office_id, energy, amount,
                     review_reason(point, amount, settings), keys[:TARIFF_KEYS_MAX],
                     request_json(request), lines)


def request_json(request: RatingRequest) -> str:
    """The stored request: ``request_to_data`` as compact JSON. A run writes a million of
    them, so the usual shape (tariffs by reference, registers as energies) is written
    directly; the property test checks it is the same text as the general form."""
    fast = _fast_json(request)
    if fast is not None:
        return fast
    return json.dumps(request_to_data(request), separators=(",", ":"), ensure_ascii=False)


def _ref_json(spec: object) -> str | None:
    if not isinstance(spec, TariffRef) or not _CODE_SAFE.issuperset(spec.code):
        return None
    if spec.version is None:
        return f'"{spec.code}"'
    return f'{{"code":"{spec.code}","version":{spec.version}}}'


def _fast_json(request: RatingRequest) -> str | None:
    head = []
    if request.tariff is not None:
        ref = _ref_json(request.tariff)
        if ref is None:
            return None
        head.append(f'"tariff":{ref}')
    if request.period is not None:
        head.append(f'"period":"{request.period[0]:04d}-{request.period[1]:02d}"')
    if request.customer_class is not None:
        head.append(f'"customer_class":"{request.customer_class}"')
    head.append(f'"ytd_kwh":"{plain(request.ytd_kwh)}"')
    segments = []
    for segment in request.segments:
        text = _segment_json(segment)
        if text is None:
            return None
        segments.append(text)
    return "{" + ",".join(head) + ',"segments":[' + ",".join(segments) + "]}"


def _segment_json(segment: UsageSegment) -> str | None:
    registers = []
    for name, value in segment.registers.items():
        if not isinstance(value, Decimal):
            return None
        registers.append(f'"{name}":"{plain(value)}"')
    parts = ['"registers":{' + ",".join(registers) + "}"]
    if segment.days is not None:
        parts.append(f'"days":{segment.days}')
    if segment.days_in_period is not None:
        parts.append(f'"days_in_period":{segment.days_in_period}')
    parts.append(f'"multiplier":"{plain(segment.multiplier)}"')
    for key in ("capacity_kva", "contracted_demand_kw", "max_demand_kw", "transformer_kva",
                "power_factor"):
        value = getattr(segment, key)
        if value is not None:
            parts.append(f'"{key}":"{plain(value)}"')
    if segment.tariff is not None:
        ref = _ref_json(segment.tariff)
        if ref is None:
            return None
        parts.append(f'"tariff":{ref}')
    return "{" + ",".join(parts) + "}"


_CODE_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def review_reason(point: PointInput, amount: Decimal, settings: RunSettings) -> str:
    """Why an abnormal bill waits for a person (contract.billing.REVIEW_REASONS)."""
    reasons = []
    if amount < 0:
        reasons.append("negative")
    elif amount == 0 and point.active:
        reasons.append("zero")
    history = point.history_amount
    if history is not None and history > 0 and amount > 0:
        if amount > settings.high_ratio * history:
            reasons.append("above_history")
        elif amount < settings.low_ratio * history:
            reasons.append("below_history")
    if any(m.estimated for m in point.meters):
        reasons.append("estimated")
    return ", ".join(reasons)


# -- the request ---------------------------------------------------------------------------

def build_request(point: PointInput, period: int) -> RatingRequest:
    if not point.meters:
        raise PointFailed("no_reading", "no billable reading in the period")
    if not point.tariffs:
        raise PointFailed("no_tariff", "no tariff assigned in the period")
    year, month = divmod(period, 100)
    pieces = [piece for meter in point.meters for piece in _meter_pieces(point, meter)]
    whole = len(pieces) == 1 and pieces[0][2] == month_days(period)
    segments = tuple(_segment(point, usage, None if whole else days,
                              None if len(point.tariffs) == 1 else _ref(tariff), capacity)
                     for _, usage, days, tariff, capacity in pieces)
    return RatingRequest(segments=segments,
                         tariff=_ref(point.tariffs[0]) if len(point.tariffs) == 1 else None,
                         period=(year, month),
                         customer_class=ENGINE_CLASSES.get(point.customer_class),
                         ytd_kwh=point.ytd_kwh)


def _ref(span: TariffSpan) -> TariffRef:
    return TariffRef(span.code, span.version)


# (meter, usage of the piece, its days, the tariff version billing them, the billed kVA)
Piece = tuple[MeterSpan, dict[str, Decimal], int, TariffSpan, Decimal]


def _meter_pieces(point: PointInput, meter: MeterSpan) -> list[Piece]:
    """The meter's usage split over the tariff versions (and the supply spans of a capacity
    change, suspension or disconnection) that bill its days, by days.

    Usage is kept to 0.0001 kWh, as readings and multipliers are (their product is exact
    there unless a multiplier has more decimals than a CT/PT ratio gives)."""
    try:
        usage = {r: _tidy(v.quantize(QUANTITY_STEP, rounding=ROUND_HALF_UP)) for r, v in
                 register_usage(meter.previous, meter.current, meter.digits,
                                point.multiplier).items()}
    except ReadingBackwards as exc:
        raise PointFailed("reading", f"meter {meter.meter_id}: {exc}") from None
    overlaps = _billed_days(point, meter)
    if not overlaps:
        raise PointFailed("no_tariff", f"no tariff for the days {meter.first}..{meter.last}")
    total_days = sum(d for _, d, _ in overlaps)
    shares = split_usage(usage, [d for _, d, _ in overlaps], total_days)
    return [(meter, share, days, tariff, capacity)
            for (tariff, days, capacity), share in zip(overlaps, shares, strict=True)]


def _billed_days(point: PointInput, meter: MeterSpan) -> list[tuple[TariffSpan, int, Decimal]]:
    """(tariff version, days, kVA) of each part of the meter's days, in date order: days
    out of service (suspended, disconnected) are not billed, their energy falls on the days
    in service. Energy read on a point out of service all the period is billed as if the
    file's values held (whole days, today's capacity) rather than lost."""
    whole = [(meter.first, meter.last, point.capacity_kva)]
    supply = [(s.first, s.last, s.capacity_kva) for s in point.supply if s.in_service]
    parts = []
    for spans in (supply, whole) if point.supply else (whole,):
        for tariff in point.tariffs:
            for first, last, kva in spans:
                start = max(meter.first, tariff.first, first)
                end = min(meter.last, tariff.last, last)
                if end >= start:
                    parts.append((start, tariff, (end - start).days + 1, kva))
        if parts:
            break
    parts.sort(key=lambda p: p[0])
    return [(tariff, days, kva) for _, tariff, days, kva in parts]


def _tidy(value: Decimal) -> Decimal:
    """4000.0000 -> 4000: the stored request reads as a person would write it."""
    return value.normalize() if value else ZERO


def split_usage(usage: dict[str, Decimal], days: list[int],
                total_days: int) -> list[dict[str, Decimal]]:
    """Each register's energy in proportion to days (half-up to 0.0001; the last part takes
    the remainder, so the parts add up exactly). Flat follows from total minus the other TOU
    registers, so every part's registers stay consistent. The maximum demand is not split."""
    if len(days) == 1:
        return [dict(usage)]
    parts: list[dict[str, Decimal]] = []
    energies = {r: v for r, v in usage.items() if r != "max_demand"}
    left = dict(energies)
    for d in days[:-1]:
        part = {r: (v * d / total_days).quantize(QUANTITY_STEP, rounding=ROUND_HALF_UP)
                for r, v in energies.items()}
        if "flat" in part and "total" in part:
            others = sum((part[r] for r in TOU if r in part), ZERO)
            part["flat"] = max(ZERO, part["total"] - others)
            part["total"] = max(part["total"], others)
        part = {r: _tidy(v) for r, v in part.items()}
        for r, v in part.items():
            left[r] -= v
        parts.append(part)
    parts.append({r: _tidy(v) for r, v in left.items()})
    if "max_demand" in usage:  # a maximum, not an energy: every part saw it
        for part in parts:
            part["max_demand"] = usage["max_demand"]
    return parts


def _segment(point: PointInput, usage: dict[str, Decimal], days: int | None,
             tariff: TariffRef | None, capacity: Decimal) -> UsageSegment:
    """Registers as energies (the multiplier already applied by ``register_usage``)."""
    return UsageSegment(
        registers={r: usage[r] for r in ENGINE_REGISTERS if r in usage},
        days=days, capacity_kva=capacity, max_demand_kw=usage.get("max_demand"),
        transformer_kva=capacity if point.metering_mode == "hv_lv" else None,
        tariff=tariff)


# -- meter spans from the period's readings ----------------------------------------------

@dataclass(frozen=True)
class ReadRow:
    """One billable reading: the loader's view of a meter_reading row."""

    meter_id: int
    digits: int
    kind: str
    read_on: date
    status: str
    registers: dict[str, Decimal | None]


def meter_spans(period_first: date, period_last: date, current: list[ReadRow],
                previous: dict[int, ReadRow]) -> list[MeterSpan]:
    """One span per meter billed in the period: its final (meter removed) or regular reading
    against its initial reading in the period (meter installed) or its last earlier reading.
    A meter change splits the period's days at the new meter's initial reading."""
    by_meter: dict[int, dict[str, ReadRow]] = {}
    for row in current:
        by_meter.setdefault(row.meter_id, {})[row.kind] = row
    starts: list[tuple[date, int, ReadRow, ReadRow]] = []
    for meter_id, kinds in by_meter.items():
        end = kinds.get("final") or kinds.get("regular")
        if end is None:
            continue  # installed this period, first regular reading next period
        start = kinds.get("initial")
        begin = period_first
        if start is None:
            start = previous.get(meter_id)
            if start is None:
                raise PointFailed("no_reading", f"meter {meter_id}: no earlier reading")
        else:
            begin = min(max(start.read_on, period_first + _DAY), period_last)
        starts.append((begin, meter_id, start, end))
    starts.sort(key=lambda s: (s[0], s[1]))
    spans = []
    for i, (begin, meter_id, start, end) in enumerate(starts):
        first = period_first if i == 0 else begin
        last = period_last if i == len(starts) - 1 else max(first, starts[i + 1][0] - _DAY)
        spans.append(MeterSpan(meter_id, end.digits, start.registers, end.registers, first,
                               last, estimated=end.status == "estimated"))
    return spans


_DAY = timedelta(days=1)

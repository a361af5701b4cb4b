"""The rating engine: a request (tariff + usage segments) in, bill lines out.

Each segment is rated by its own tariff version alone and the bill is the concatenation of
the segments' lines; annual tiers carry the tier-year energy from one segment to the next.
Lines are computed in this order: energy, basic charge, per-kWh charges, power factor
adjustment (its base is the lines before it), fixed charges, minimum charge top-up,
percentage charges (their base is every line before them).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation, Overflow, localcontext

from appserver.billing.rating.catalog import TariffCatalog
from appserver.billing.rating.charges import (
    fixed_lines,
    minimum_line,
    per_kwh_lines,
    percentage_lines,
)
from appserver.billing.rating.context import BilledEnergy, SegmentContext
from appserver.billing.rating.days import DAY_COUNTS, Proration
from appserver.billing.rating.demand import basic_lines
from appserver.billing.rating.energy import energy_lines
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.lines import RatingResult, SegmentResult
from appserver.billing.rating.loss import allocate, loss_kwh
from appserver.billing.rating.model import Tariff
from appserver.billing.rating.numbers import ENGINE_CONTEXT, ZERO
from appserver.billing.rating.power_factor import power_factor_line
from appserver.billing.rating.registers import Metered, metered
from appserver.billing.rating.tou import period_prices
from appserver.billing.rating.usage import RatingRequest, TariffRef, TariffSpec, UsageSegment

MAX_SEGMENTS = 31


def rate(request: RatingRequest, catalog: TariffCatalog | None = None, *,
         explain: bool = True) -> RatingResult:
    """Rate every segment of ``request``; tariffs by code are looked up in ``catalog``.

    With ``explain=False`` the lines carry no explanation (a bulk billing run is faster
    that way); the amounts are identical, so rating the stored request again with
    ``explain=True`` shows how any line was computed."""
    if not request.segments:
        raise RatingError("segments", "give at least one usage segment")
    if len(request.segments) > MAX_SEGMENTS:
        raise RatingError("segments", f"at most {MAX_SEGMENTS} segments")
    with localcontext(ENGINE_CONTEXT):
        ytd = request.ytd_kwh
        results = []
        for index, segment in enumerate(request.segments, start=1):
            where = f"segments[{index - 1}]"
            tariff = _resolve(segment.tariff or request.tariff, request, catalog, where)
            try:
                result = _rate_segment(index, segment, tariff, request, ytd, where, explain)
            except (InvalidOperation, Overflow):  # beyond 28 digits: refuse, never round away
                raise RatingError(where, "the quantities and prices are too large to bill "
                                         "exactly") from None
            ytd += result.energy_kwh
            results.append(result)
    _check_days(results)
    return RatingResult(tuple(results))


def _resolve(spec: TariffSpec | None, request: RatingRequest, catalog: TariffCatalog | None,
             where: str) -> Tariff:
    if spec is None:
        raise RatingError(f"{where}.tariff", "no tariff given for this segment or the request")
    if isinstance(spec, Tariff):
        return spec
    if catalog is None:
        raise RatingError(f"{where}.tariff", f"tariff {spec.code!r} given by code, but no "
                                             "tariff catalogue is loaded")
    on = date(*request.period, 1) if request.period else None
    return catalog.find(spec.code, spec.version, on, f"{where}.tariff")


def _check_days(results: list[SegmentResult]) -> None:
    period_days = {r.period_days for r in results}
    if len(period_days) == 1 and sum(r.days for r in results) > period_days.pop():
        raise RatingError("segments", "the segments cover more days than the period has")


def _proration(segment: UsageSegment, tariff: Tariff, request: RatingRequest,
               where: str) -> Proration:
    period_days = segment.days_in_period
    if period_days is None:
        if request.period is None:
            raise RatingError(f"{where}.days_in_period",
                              "give days_in_period or the request's period (YYYY-MM)")
        period_days = DAY_COUNTS[tariff.conventions.day_count].days_in_period(*request.period)
    days = period_days if segment.days is None else segment.days
    try:
        return Proration(days, period_days)
    except RatingError as exc:
        raise RatingError(f"{where}.{exc.field}", exc.problem) from None


def _rate_segment(index: int, segment: UsageSegment, tariff: Tariff, request: RatingRequest,
                  ytd: Decimal, where: str, explain: bool) -> SegmentResult:
    proration = _proration(segment, tariff, request, where)
    meter = metered(segment, where)
    energy = _billed_energy(segment, tariff, proration, meter, where)
    ctx = SegmentContext(index, tariff, proration, request.customer_class
                         or tariff.customer_class, ytd, energy, explain)
    energy_lines(ctx)
    if tariff.basic is not None:
        basic_lines(ctx, tariff.basic, segment, where)
    per_kwh_lines(ctx, tariff.per_kwh)
    if tariff.power_factor is not None:
        power_factor_line(ctx, tariff.power_factor, meter.reactive, segment.power_factor,
                          where)
    fixed_lines(ctx, tariff.fixed)
    if tariff.minimum is not None:
        minimum_line(ctx, tariff.minimum)
    percentage_lines(ctx, tariff.percentage)
    return SegmentResult(index, tariff.key, proration.days, proration.period_days,
                         energy.total, tuple(ctx.lines))


def _billed_energy(segment: UsageSegment, tariff: Tariff, proration: Proration,
                   meter: Metered, where: str) -> BilledEnergy:
    tou = tariff.energy.tou
    by_tou = tou is not None and (meter.has_tou or tou.required)
    if by_tou and not meter.has_tou:
        raise RatingError(f"{where}.registers", f"tariff {tariff.key} bills by time of use: "
                                                "give the TOU registers")
    periods = dict(meter.periods) if by_tou else {}
    loss, note = ZERO, ""
    places = tariff.conventions.quantity_places
    if segment.transformer_kva is not None:
        loss, note = loss_kwh(tariff.loss, segment.transformer_kva, proration, places, where)
        if by_tou and tariff.loss is not None:
            periods = allocate(loss, periods, tariff.loss.allocation, places)
    if tou is not None and by_tou:
        priced = period_prices(tou, tariff.conventions.price_places)
        unpriced = [p for p, kwh in periods.items() if kwh > 0 and p not in priced]
        if unpriced:
            raise RatingError(f"{where}.registers", f"tariff {tariff.key} has no price for "
                                                    f"the {', '.join(unpriced)} period")
    return BilledEnergy(meter.total + loss, periods, meter.total, loss, note)


__all__ = ["MAX_SEGMENTS", "TariffRef", "rate"]

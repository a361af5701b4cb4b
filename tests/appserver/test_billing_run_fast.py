"""The billing run's fast rating path is bit-identical to the engine, and the run's usage
splitting keeps every kWh (no database: these are properties of pure functions)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appserver.billing.bulk_rating import (
    PointFailed,
    ReadRow,
    engine_rater,
    meter_spans,
    request_json,
    split_usage,
)
from appserver.billing.fast_rating import fast_rate, fast_rater
from appserver.billing.rating import (
    RatingError,
    RatingRequest,
    TariffRef,
    UsageSegment,
    load_catalog,
    request_from_data,
    request_to_data,
)

CATALOG = load_catalog()
TARIFFS = [t for t in CATALOG.all()]
CLASSES = (None, "residential", "commercial_industrial", "large_industry", "agricultural")
LOSS_SIZES = sorted({row.kva for t in TARIFFS if t.loss for row in t.loss.rows})


def kwh(high: int = 500_000) -> st.SearchStrategy[Decimal]:
    return st.integers(0, high * 10_000).map(lambda n: Decimal(n).scaleb(-4))


@st.composite
def requests(draw: st.DrawFn) -> RatingRequest:
    tariff = draw(st.sampled_from(TARIFFS))
    registers: dict[str, Decimal] = {}
    periods = draw(st.lists(st.sampled_from(("critical_peak", "peak", "flat", "valley",
                                             "deep_valley")), unique=True, max_size=4))
    for p in periods:
        registers[p] = draw(kwh(50_000))
    shape = draw(st.sampled_from(("sum", "sum", "sum_no_flat", "total_only", "mismatch")))
    if shape == "sum":
        registers["total"] = sum(registers.values(), Decimal(0))
    elif shape == "sum_no_flat":
        registers.pop("flat", None)
        registers["total"] = sum(registers.values(), Decimal(0)) + draw(kwh(5_000))
    elif shape == "total_only" or not registers:
        registers = {"total": draw(kwh())}
    else:
        registers["total"] = draw(kwh())
    if draw(st.booleans()):
        registers["reactive"] = draw(kwh(400_000))
    segment = UsageSegment(
        registers=registers,
        capacity_kva=draw(st.one_of(st.none(), st.sampled_from((Decimal(8), Decimal(400),
                                                                Decimal("630.5"))))),
        max_demand_kw=draw(st.one_of(st.none(), kwh(3_000))),
        contracted_demand_kw=draw(st.one_of(st.none(), kwh(3_000))),
        transformer_kva=draw(st.one_of(st.none(), st.none(), st.none(),
                                       st.sampled_from(LOSS_SIZES), st.just(Decimal(1250)))),
        power_factor=draw(st.one_of(st.none(), st.none(), st.integers(40, 100).map(
            lambda n: Decimal(n).scaleb(-2)))))
    return RatingRequest(segments=(segment,), tariff=TariffRef(tariff.code, tariff.version),
                         period=(2026, draw(st.integers(1, 12))),
                         customer_class=draw(st.sampled_from(CLASSES)),
                         ytd_kwh=draw(kwh(6_000)))


def plan_of(code: str, version: int) -> object:
    from appserver.billing.fast_rating import _plan

    return _plan(CATALOG, code, version)


@settings(max_examples=200)
@given(requests())
def test_the_fast_path_equals_the_engine_line_by_line(request: RatingRequest) -> None:
    fast = fast_rate(request, plan_of)  # type: ignore[arg-type]
    try:
        expected = engine_rater(CATALOG)(request)
    except RatingError:
        assert fast is None  # the engine refuses it: the run gets the engine's message
        return
    assert fast is not None  # every shape the engine accepts here is on the fast path
    lines, energy, keys = fast
    assert (energy, keys) == (expected[1], expected[2])
    assert [(s, c, q, p, a) for s, c, q, p, a in lines] == expected[0]
    assert [str(ln[4]) for ln in lines] == [str(ln[4]) for ln in expected[0]]


def test_the_rater_falls_back_to_the_engine_for_what_it_does_not_cover() -> None:
    two = RatingRequest(segments=(UsageSegment({"total": Decimal(100)}, days=10),
                                  UsageSegment({"total": Decimal(200)}, days=20)),
                        tariff=TariffRef("JX-RES-ANNUAL", 1), period=(2026, 11))
    assert fast_rate(two, plan_of) is None  # type: ignore[arg-type]
    assert fast_rater(CATALOG)(two) == engine_rater(CATALOG)(two)
    with pytest.raises(RatingError):
        fast_rater(CATALOG)(RatingRequest(segments=(UsageSegment({"total": Decimal(1)}),),
                                          tariff=TariffRef("LI-CAP", 1), period=(2026, 11)))


@given(requests(), st.sampled_from((None, 10)))
def test_the_stored_request_text_is_the_general_json(request: RatingRequest,
                                                     days: int | None) -> None:
    if days is not None:
        request = RatingRequest(segments=(replace(request.segments[0], days=days,
                                                  tariff=request.tariff),),
                                period=request.period, ytd_kwh=request.ytd_kwh)
    general = json.dumps(request_to_data(request), separators=(",", ":"), ensure_ascii=False)
    assert request_json(request) == general
    assert request_from_data(json.loads(request_json(request))) == request


@given(st.dictionaries(st.sampled_from(("total", "peak", "valley", "reactive")), kwh(),
                       min_size=1),
       st.lists(st.integers(1, 31), min_size=1, max_size=4))
def test_a_split_keeps_every_kwh(usage: dict[str, Decimal], days: list[int]) -> None:
    parts = split_usage(usage, days, sum(days))
    for register, value in usage.items():
        assert sum((p[register] for p in parts), Decimal(0)) == value


def test_flat_follows_total_in_every_part() -> None:
    usage = {"total": Decimal("100.0001"), "peak": Decimal("30.0003"),
             "valley": Decimal("20.0001"), "flat": Decimal("49.9997")}
    parts = split_usage(usage, [10, 11, 10], 31)
    for part in parts:
        assert part["peak"] + part["valley"] + part["flat"] == part["total"]


def _read(meter: int, kind: str, day: int, total: str, status: str = "valid") -> ReadRow:
    return ReadRow(meter, 6, kind, date(2026, 11, day), status, {"total": Decimal(total)})


def test_a_meter_change_splits_the_period_at_the_new_meters_first_reading() -> None:
    first, last = date(2026, 11, 1), date(2026, 11, 30)
    spans = meter_spans(first, last, [_read(1, "final", 11, "140"), _read(2, "initial", 11, "0"),
                                      _read(2, "regular", 20, "90", "estimated")],
                        {1: _read(1, "regular", 20, "100")})
    assert [(s.meter_id, s.first.day, s.last.day, s.estimated) for s in spans] == [
        (1, 1, 10, False), (2, 11, 30, True)]
    assert spans[0].previous["total"] == Decimal(100)
    with pytest.raises(PointFailed, match="no earlier reading"):
        meter_spans(first, last, [_read(3, "regular", 20, "5")], {})

"""Whatever a client sends, the engine answers with bill lines or a RatingError — never
another exception (which would reach the user as an internal error)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appserver.billing.rating import RatingError, tariff_from_data
from appserver.billing.rating.request_io import REQUEST_KEYS, SEGMENT_KEYS
from appserver.billing.rating.usage import REGISTERS
from tests.unit.rating.helpers import EXAMPLES, example, rate_data

scalars = (st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats()
           | st.sampled_from(["", "0", "1", "-1", "12.5", "0.00001", "1e3", "NaN", "2024-06",
                              "2024-13", "0000-01", "2024-02-30", "JX-RES-ANNUAL", "CI-TOU",
                              "LI-DEMAND", "x" * 300, "99999999999999", "１２"])
           | st.text(max_size=8))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


def keyed(keys: tuple[str, ...], value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.dictionaries(st.sampled_from(keys), value, max_size=len(keys))


reading = keyed(("previous", "current", "digits"), scalars)
registers = keyed(REGISTERS, scalars | reading)
segment = keyed(SEGMENT_KEYS, scalars) | st.builds(
    lambda base, regs: {**base, "registers": regs}, keyed(SEGMENT_KEYS, scalars), registers)
request = st.builds(lambda base, segs: {**base, "segments": segs},
                    keyed(REQUEST_KEYS, scalars | values), st.lists(segment, max_size=3)) | values


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request)
def test_any_request_is_rated_or_refused_with_a_rating_error(data: Any) -> None:
    rated_or_refused(data)


def rated_or_refused(data: Any) -> None:
    try:
        result = rate_data(data)
    except RatingError as exc:
        assert exc.field is not None and exc.message
    else:
        assert result.total == sum(ln.amount for ln in result.lines)


tariff_keys = ("code", "version", "name", "name_zh", "customer_class", "effective_from",
               "energy", "per_kwh", "basic", "power_factor", "loss", "conventions")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(keyed(tariff_keys, scalars | values))
def test_any_tariff_data_is_loaded_or_refused_with_a_rating_error(data: Any) -> None:
    try:
        tariff_from_data(data)
    except RatingError as exc:
        assert exc.message


EXAMPLE_REQUESTS = [example(p.name) for p in sorted(EXAMPLES.glob("*.json"))]


@st.composite
def mutated_examples(draw: st.DrawFn) -> Any:
    """A shipped example request with one to three fields replaced by anything: reaches the
    engine's deeper checks, which random requests rarely pass the parser to."""
    data = copy.deepcopy(draw(st.sampled_from(EXAMPLE_REQUESTS)))
    for _ in range(draw(st.integers(1, 3))):
        segments = data.get("segments")
        seg = (draw(st.sampled_from(segments)) if isinstance(segments, list) and segments
               else {})
        target = draw(st.sampled_from(("request", "segment", "register")))
        if target == "request":
            data[draw(st.sampled_from(REQUEST_KEYS))] = draw(scalars | values)
        elif target == "segment" and isinstance(seg, dict):
            seg[draw(st.sampled_from(SEGMENT_KEYS))] = draw(scalars | values)
        elif isinstance(seg, dict) and isinstance(seg.get("registers"), dict):
            seg["registers"][draw(st.sampled_from(REGISTERS))] = draw(scalars | reading)
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_examples())
def test_any_mutated_example_is_rated_or_refused_with_a_rating_error(data: Any) -> None:
    rated_or_refused(data)

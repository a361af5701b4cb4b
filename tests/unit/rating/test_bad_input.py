"""Bad requests are refused with a clear error that names the field; nothing is rated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from appserver.billing.rating import RatingError, RatingRequest, rate, request_from_data
from tests.unit.rating.helpers import rate_data


def request(total: object = "100", **segment: Any) -> dict[str, Any]:
    return {"tariff": "JX-RES-SHARED", "period": "2024-06",
            "segments": [{"registers": {"total": total}, **segment}]}


@pytest.mark.parametrize(("data", "field", "message"), [
    (request("-5"), "segments[0].registers.total", "must not be negative"),
    (request("NaN"), "segments[0].registers.total", "not a plain decimal"),
    (request(Decimal("NaN")), "segments[0].registers.total", "finite"),
    (request("Infinity"), "segments[0].registers.total", "not a plain decimal"),
    (request("1e3"), "segments[0].registers.total", "not a plain decimal"),
    (request(100.5), "segments[0].registers.total", "not a float"),
    (request(True), "segments[0].registers.total", "must be a decimal number"),
    (request("1.23456"), "segments[0].registers.total", "too many decimal places"),
    (request("1" * 13), "segments[0].registers.total", "too large"),
    (request(" 12"), "segments[0].registers.total", "not a plain decimal"),
    (request("１２"), "segments[0].registers.total", "not a plain decimal"),
    (request("x" * 10_000), "segments[0].registers.total", "not a plain decimal"),
    ({"tariff": "JX-RES-SHARED", "period": "2024-06",
      "segments": [{"registers": {"total": "1", "reverse": "2"}}]},
     "segments[0].registers", "unknown field(s) reverse"),
    ({"tariff": "NO-SUCH", "period": "2024-06", "segments": [{"registers": {"total": "1"}}]},
     "segments[0].tariff", "unknown tariff 'NO-SUCH'"),
    ({"tariff": "JX-RES-SHARED", "period": "2024-13", "segments": []}, "period", "YYYY-MM"),
    ({"tariff": "JX-RES-SHARED", "period": "0000-01", "segments": []}, "period", "YYYY-MM"),
    ({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": []}, "segments",
     "at least one"),
    ({"tariff": "JX-RES-SHARED", "segments": [{"registers": {"total": "1"}}]},
     "segments[0].days_in_period", "give days_in_period or the request's period"),
    (request(days=31), "segments[0].days", "between 1 and 30"),
    (request(days=0), "segments[0].days", "between 1 and 366"),
    (request(multiplier="0"), "segments[0].multiplier", "must be positive"),
    (request(power_factor="1.2"), "segments[0].power_factor", "at most 1"),
    ({"tariff": "JX-RES-SHARED", "period": "2024-06", "segments": [{"registers": {}}]},
     "segments[0].registers", "give a total register or TOU registers"),
    ({"tariff": "JX-RES-SHARED", "period": "2024-06", "colour": "red", "segments": []},
     "", "unknown field(s) colour"),
    ({"tariff": "LI-CAP", "period": "2024-06",
      "segments": [{"registers": {"total": "10", "peak": "5"}, "power_factor": "0.9"}]},
     "segments[0].capacity_kva", "is required by a capacity basic charge"),
    ({"tariff": "LI-DEMAND", "period": "2024-06",
      "segments": [{"registers": {"total": "10", "peak": "5"}, "power_factor": "0.9"}]},
     "segments[0].max_demand_kw", "is required by a demand basic charge"),
])
def test_refused(data: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(RatingError) as caught:
        rate_data(data)
    assert caught.value.field == field
    assert message in caught.value.message
    assert caught.value.details == {"field": field}


def test_the_error_is_a_user_error_for_the_wire() -> None:
    from appserver.contract.errors import UserError

    assert issubclass(RatingError, UserError)


def test_a_request_without_catalogue_needs_an_inline_tariff() -> None:
    parsed = request_from_data(request())
    with pytest.raises(RatingError, match="no tariff catalogue"):
        rate(parsed)
    with pytest.raises(RatingError, match="no tariff given"):
        rate(RatingRequest(segments=parsed.segments, period=(2024, 6)))


def test_amounts_beyond_exact_precision_are_refused() -> None:
    tariff = {"code": "T-HUGE", "version": 1, "name": "t", "name_zh": "t",
              "customer_class": "residential", "effective_from": "2024-01-01",
              "energy": {"price": "999999999999"}}
    with pytest.raises(RatingError, match="too large to bill exactly") as caught:
        rate_data({"tariff": tariff, "period": "2024-06", "segments": [
            {"multiplier": "999999999999",
             "registers": {"total": {"previous": "0", "current": "999999999999"}}}]})
    assert caught.value.field == "segments[0]"

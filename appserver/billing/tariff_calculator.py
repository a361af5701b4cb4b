"""The tariff calculator: "what would my bill be at 350 kWh?" answered by the rating engine.

The request is the JSON shape of ``python -m appserver.billing.rating REQUEST.json``
(docs/rating.md); tariffs named by code come from the approved catalogue, so the counter
quotes exactly what a billing run would bill. Before the engine sees it, the request's size
is bounded (values, nesting, text lengths): the engine checks every field, but it should not
have to walk an arbitrarily large structure to do so.
"""

from __future__ import annotations

from typing import Any

from appserver.billing.rating import RatingError, rate, request_from_data, result_to_data
from appserver.billing.tariff_errors import translated
from appserver.billing.tariff_store import approved_catalog
from appserver.contract.errors import UserError
from appserver.core.rpc import Call

MAX_VALUES = 2_000  # an inline tariff with many rows and 31 segments fits comfortably
MAX_DEPTH = 8
MAX_TEXT = 2_000  # an inline tariff's notes


def calculate(call: Call, request: Any) -> dict[str, Any]:
    _bounded(call, request)
    catalog = approved_catalog(call.db)
    try:
        result = rate(request_from_data(request), catalog, explain=True)
    except RatingError as exc:
        raise translated(exc, call.locale, form=True) from None
    data = result_to_data(result)
    chinese = call.locale == "zh_CN"
    for line, shown in zip(result.lines, data["lines"], strict=True):
        if line.explanation is not None:
            shown["explanation"] = line.explanation.localized(chinese)
    used = {s.tariff_key for s in result.segments}
    data["tariffs"] = [{"key": t.key, "code": t.code, "version": t.version, "name": t.name,
                        "name_zh": t.name_zh, "customer_class": t.customer_class}
                       for t in catalog.all() if t.key in used]
    return data


def _bounded(call: Call, request: Any) -> None:
    """Refuse a request that is too big or too deep before walking it field by field."""
    count = 0
    stack: list[tuple[Any, int]] = [(request, 1)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_VALUES or depth > MAX_DEPTH or (isinstance(value, str)
                                                        and len(value) > MAX_TEXT):
            raise UserError(call.msg("tariff_request_too_large", limit=MAX_VALUES,
                                     depth=MAX_DEPTH, length=MAX_TEXT), {"field": "request"})
        if isinstance(value, dict):
            stack.extend((k, depth + 1) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list | tuple):
            stack.extend((v, depth + 1) for v in value)
    if not isinstance(request, dict):
        raise call.v.fail("request", "bad_format")

"""Shared helpers of the rating tests: the shipped catalogue and a JSON-shaped rate call."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from appserver.billing.rating import (
    BillLine,
    Explanation,
    RatingResult,
    TariffCatalog,
    load_catalog,
    rate,
    request_from_data,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "tariffs" / "examples"


@cache
def catalog() -> TariffCatalog:
    return load_catalog()


def rate_data(data: dict[str, Any]) -> RatingResult:
    return rate(request_from_data(data), catalog())


def example(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return loaded


def amounts(result: RatingResult) -> dict[str, Decimal]:
    """Line code → amount (one segment), or "n:code" when there are several segments."""
    several = len(result.segments) > 1
    return {(f"{ln.segment}:{ln.code}" if several else ln.code): ln.amount
            for ln in result.lines}


def simple(tariff: str, total: str, **segment: Any) -> dict[str, Any]:
    return {"tariff": tariff, "period": "2024-06",
            "segments": [{"registers": {"total": total}, **segment}]}


D = Decimal


def why(line: BillLine) -> Explanation:
    """The explanation of a line rated with explanations (the default)."""
    assert line.explanation is not None
    return line.explanation

"""The shapes the later tiers store and send: a tariff as plain JSON data, a request that a
bill keeps to be recomputed bit-identically, and a bulk rating without explanations."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from appserver.billing.rating import (
    difference,
    load_catalog,
    rate,
    request_from_data,
    request_to_data,
    result_to_data,
    tariff_from_data,
    tariff_to_plain,
)
from tests.unit.rating.helpers import EXAMPLES, catalog, example

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def test_tariff_plain_data_is_json_and_round_trips() -> None:
    for tariff in load_catalog().all():
        text = json.dumps(tariff_to_plain(tariff))  # only str/int/bool/list/dict
        assert tariff_from_data(json.loads(text)) == tariff


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_request_round_trip_rates_identically(path: Path) -> None:
    request = request_from_data(example(path.name))
    stored = json.loads(json.dumps(request_to_data(request)))
    again = request_from_data(stored)
    assert again == request
    assert rate(again, catalog()) == rate(request, catalog())


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_rating_without_explanations_gives_the_same_amounts(path: Path) -> None:
    request = request_from_data(example(path.name))
    full = rate(request, catalog())
    bulk = rate(request, catalog(), explain=False)
    assert [(ln.code, ln.quantity, ln.unit_price, ln.amount) for ln in bulk.lines] == [
        (ln.code, ln.quantity, ln.unit_price, ln.amount) for ln in full.lines]
    assert all(ln.explanation is None for ln in bulk.lines)
    assert all(ln.explanation is not None for ln in full.lines)
    assert bulk.total == full.total
    assert all(line["explanation"] is None for line in result_to_data(bulk)["lines"])
    assert Decimal(result_to_data(bulk)["total"]) == full.total


def test_rebill_difference_lists_only_what_changed() -> None:
    old = rate(request_from_data(example("jx-annual-tier-crossing.json")), catalog())
    data = example("jx-annual-tier-crossing.json")
    data["segments"][0]["registers"]["total"]["current"] = "10434.5"  # 200 kWh, not 300
    new = rate(request_from_data(data), catalog())
    change = difference(old, new)
    assert [(ln.code, ln.old_amount, ln.new_amount, ln.amount) for ln in change.lines] == [
        ("energy.tier2", Decimal("91.00"), Decimal("26.00"), Decimal("-65.00"))]
    assert change.total == new.total - old.total == Decimal("-65.00")

"""Tariff files: every shipped file loads, survives a round trip, and bad data is refused
with the path of the offending field."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from appserver.billing.rating import (
    RatingError,
    TariffCatalog,
    load_catalog,
    tariff_from_data,
    tariff_from_toml,
    tariff_to_data,
    tariff_to_toml,
)
from appserver.billing.rating.toml_io import DEFAULT_DIR, load_tariff_file, write_tariff

SHIPPED = sorted(DEFAULT_DIR.glob("*.toml"))
EXPECTED_CODES = {"AG-PROD", "CI-TOU", "EX-INCLINE-SUMMER", "EX-INCLINE-WINTER",
                  "EX-MONTHLY-2BLOCK", "JX-RES-ANNUAL", "JX-RES-SHARED", "LI-CAP",
                  "LI-DEMAND", "ZJ-RES-ANNUAL"}
MINIMAL = """
code = "T-1"
version = 1
name = "t"
name_zh = "t"
customer_class = "residential"
effective_from = 2024-01-01
[energy]
price = 0.5
"""


def test_the_tariffs_of_domain_md_are_shipped() -> None:
    assert set(load_catalog().codes()) == EXPECTED_CODES


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_round_trip_file_model_file(path: Path, tmp_path: Path) -> None:
    tariff = load_tariff_file(path)
    text = tariff_to_toml(tariff)
    assert tariff_from_toml(text) == tariff
    assert tariff_to_toml(tariff_from_toml(text)) == text  # the emitter is deterministic
    written = write_tariff(tariff, tmp_path)
    assert written.name == path.name
    assert load_tariff_file(written) == tariff
    # the written file is plain TOML any reader understands
    assert tomllib.loads(text)["code"] == tariff.code


def test_prices_are_read_as_exact_decimals() -> None:
    zj = load_catalog().find("ZJ-RES-ANNUAL", 1, None, "")
    assert zj.energy.tiers is not None
    assert [b.price for b in zj.energy.tiers.blocks] == [
        Decimal("0.538"), Decimal("0.588"), Decimal("0.838")]


def test_plain_data_round_trip_for_a_database_column() -> None:
    for tariff in load_catalog().all():
        assert tariff_from_data(tariff_to_data(tariff)) == tariff


def test_file_name_must_match_code_and_version(tmp_path: Path) -> None:
    path = tmp_path / "wrong.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(RatingError, match=r"must be named T-1\.v1\.toml"):
        load_tariff_file(path)


@pytest.mark.parametrize(("change", "message"), [
    ('customer_class = "residential"', "customer_class"),
    ("price = 0.5", "energy: give a price, tiers"),
    ("price = 0.5", "has too many decimal places"),
    ("price = 0.5", "must not be negative"),
    ("price = 0.5", "unknown field"),
    ("price = 0.5", "upto' bounds must be positive and increasing"),
    ("price = 0.5", "only the last block"),
    ("price = 0.5", "flat_price: is required when prices are ratios"),
    ("price = 0.5", "demand_rule: is required"),
    ("price = 0.5", "standard: '0.95' is not one of"),
    ("price = 0.5", "not valid TOML"),
])
def test_bad_tariff_data_is_refused_with_a_clear_error(change: str, message: str) -> None:
    replacements = {
        "customer_class": 'customer_class = "martian"',
        "energy: give a price, tiers": "",
        "has too many decimal places": "price = 0.12345678",
        "must not be negative": "price = -0.5",
        "unknown field": "price = 0.5\ncolour = 1",
        "upto' bounds must be positive and increasing":
            "[energy.tiers]\nbasis = 'monthly'\n[[energy.tiers.blocks]]\nupto = 50\n"
            "price = 1\n[[energy.tiers.blocks]]\nupto = 40\nprice = 1\n"
            "[[energy.tiers.blocks]]\nprice = 1",
        "only the last block": "[energy.tiers]\nbasis = 'monthly'\n"
                               "[[energy.tiers.blocks]]\nupto = 50\nprice = 1",
        "flat_price: is required when prices are ratios":
            "[energy.tou]\n[energy.tou.ratios]\npeak = 1.5",
        "demand_rule: is required": "price = 0.5\n[basic]\nbasis = 'demand'\nprice = 30",
        "standard: '0.95' is not one of": "price = 0.5\n[power_factor]\nstandard = '0.95'",
        "not valid TOML": "price = = 0.5",
    }
    text = MINIMAL.replace(change, replacements[message])
    with pytest.raises(RatingError, match=message.replace("(", r"\(")):
        tariff_from_toml(text)


def test_catalogue_finds_the_version_effective_in_the_period() -> None:
    v1 = tariff_from_toml(MINIMAL.replace("effective_from = 2024-01-01",
                                          "effective_from = 2023-01-01\n"
                                          "effective_to = 2023-12-31"))
    v2 = tariff_from_toml(MINIMAL.replace("version = 1", "version = 2"))
    catalog = TariffCatalog([v2, v1])
    assert catalog.find("T-1", None, date(2023, 6, 1), "") is v1
    assert catalog.find("T-1", None, date(2024, 6, 1), "") is v2
    assert catalog.find("T-1", None, None, "") is v2
    assert catalog.find("T-1", 1, None, "") is v1
    with pytest.raises(RatingError, match="no version effective on 2022-06-01"):
        catalog.find("T-1", None, date(2022, 6, 1), "")
    with pytest.raises(RatingError, match="unknown tariff 'NOPE'"):
        catalog.find("NOPE", None, None, "tariff")


def test_overlapping_versions_are_refused() -> None:
    v1 = tariff_from_toml(MINIMAL)
    v2 = tariff_from_toml(MINIMAL.replace("version = 1", "version = 2"))
    with pytest.raises(RatingError, match="overlap"):
        TariffCatalog([v1, v2])


def test_a_bad_file_in_the_directory_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "T-1.v1.toml").write_text(MINIMAL.replace("price = 0.5", "price = -0.5"),
                                          encoding="utf-8")
    with pytest.raises(RatingError) as caught:
        load_catalog(tmp_path)
    assert caught.value.message == "T-1.v1.toml: energy.price: must not be negative"


def test_an_empty_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RatingError, match="holds no tariff files"):
        load_catalog(tmp_path)


def test_a_date_time_is_not_an_effective_date() -> None:
    with pytest.raises(RatingError, match="effective_from: must be a date"):
        tariff_from_toml(MINIMAL.replace("effective_from = 2024-01-01",
                                         "effective_from = 2024-01-01T08:00:00"))

"""No float anywhere near money or energy: no Float/REAL columns, Numeric columns return
Decimal, and no ``float(`` in the server or the data layer."""

from __future__ import annotations

import ast

import pytest
from sqlalchemy import Float, Numeric

import dbschema.models  # noqa: F401  (fills Base.metadata)
from dbschema.base import Base
from tests.helpers.imports import python_files, relative

COLUMNS = [(t.name, c) for t in Base.metadata.tables.values() for c in t.columns]
MONEY_OR_ENERGY_WORDS = ("amount", "balance", "price", "kwh", "kvarh", "capacity",
                         "multiplier", "charge", "fee", "tariff", "reading", "quantity")


def test_there_are_columns_to_check() -> None:
    assert len(COLUMNS) > 50


def test_no_float_columns() -> None:
    bad = [f"{t}.{c.name}" for t, c in COLUMNS
           if isinstance(c.type, Float) or type(c.type).__name__.upper() in ("REAL", "DOUBLE",
                                                                               "FLOAT")]
    assert bad == []


def test_numeric_columns_return_decimal() -> None:
    numeric = [(t, c.name, c.type) for t, c in COLUMNS if isinstance(c.type, Numeric)]
    assert numeric
    assert [f"{t}.{name}" for t, name, kind in numeric if not kind.asdecimal] == []


# Columns whose names contain one of the words but hold no quantity.
NOT_QUANTITIES = {"tariff_assignment.tariff_code", "reading_book.reading_day",
                  "bill.tariff_keys"}


def test_money_and_energy_columns_are_numeric() -> None:
    named = [(t, c) for t, c in COLUMNS
             if any(w in c.name for w in MONEY_OR_ENERGY_WORDS) and not c.name.endswith("_id")
             and f"{t}.{c.name}" not in NOT_QUANTITIES]
    assert named
    assert [f"{t}.{c.name}" for t, c in named if not isinstance(c.type, Numeric)] == []


def _float_calls(source: str) -> list[int]:
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "float"]


def test_the_scanner_sees_float_calls() -> None:
    assert _float_calls("x = float('1.5')\ny = Decimal('1')") == [1]


@pytest.mark.parametrize("folder", ["appserver", "dbschema"])
def test_no_float_conversions_in_server_code(folder: str) -> None:
    bad = [f"{relative(p)}:{line}" for p in python_files(folder)
           for line in _float_calls(p.read_text(encoding="utf-8"))]
    assert bad == []


def test_migrations_declare_no_float_types() -> None:
    bad = [relative(p) for p in python_files("dbschema/migrations")
           if any(t in p.read_text(encoding="utf-8") for t in ("sa.Float", "sa.REAL",
                                                               "sa.DOUBLE"))]
    assert bad == []

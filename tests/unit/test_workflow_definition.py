"""Workflow definitions as data: the shipped files, and every rule that refuses a bad one."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from appserver.contract.applications import TYPES
from appserver.contract.permissions import DEFAULT_ROLES
from appserver.core.i18n import MESSAGES
from appserver.service import workflow_engine as engine
from appserver.service.workflow_definition import (
    DefinitionError,
    parse_definition,
    path_days,
)
from appserver.service.workflow_store import SHIPPED_DIR

SHIPPED = {p.stem: p.read_text(encoding="utf-8") for p in SHIPPED_DIR.glob("*.toml")}
# Whole-process commitments (DOMAIN.md, service commitments) and node limits.
TOTALS = {"new_lv_residential": 5, "new_lv_nonresidential": 6, "new_hv_single": 22,
          "new_hv_dual": 32, "meter_test": 5}
NODES = {("new_hv_single", "supply_plan"): 15, ("new_hv_dual", "supply_plan"): 30,
         ("new_hv_single", "design_review"): 10, ("new_hv_dual", "design_review"): 10,
         ("new_hv_single", "mid_check"): 5, ("new_hv_single", "completion_check"): 5,
         ("new_hv_single", "meter_install"): 5}


def test_one_shipped_definition_per_type() -> None:
    assert sorted(SHIPPED) == sorted(TYPES)


@pytest.mark.parametrize("code", TYPES)
def test_shipped_definitions_parse_and_keep_the_commitments(code: str) -> None:
    d = parse_definition(SHIPPED[code])
    assert d.code == code and d.version == 1 and d.name and d.name_zh
    assert all(s.role in DEFAULT_ROLES and s.name_zh for s in d.stages)
    assert d.first.code == "acceptance" and d.first.role == "counter_clerk"
    assert d.stages[-1].code == "archive" and d.stages[-1].is_end
    if code in TOTALS:
        assert d.total_days == TOTALS[code]
    if code in ("new_lv_residential", "new_lv_nonresidential", "meter_test"):
        assert path_days(d) <= d.total_days  # low-voltage stage limits fit the whole
    for (type_code, stage), days in NODES.items():
        if type_code == code:
            assert d.stage(stage).days == days


def _replace(body: str, old: str, new: str) -> str:
    assert old in body, old
    return body.replace(old, new, 1)


RES = SHIPPED["new_lv_residential"]
BAD = [
    (_replace(RES, 'code = "site_survey"', 'code = "acceptance"'), "app_def_duplicate"),
    (_replace(RES, 'next = ["site_survey"]', 'next = ["nowhere"]'), "app_def_bad_next"),
    (_replace(RES, 'role = "service_engineer"', 'role = "wizard"'), "app_def_bad_role"),
    (_replace(RES, "days = 0.5", "days = 0"), "app_def_bad_days"),
    (_replace(RES, "days = 0.5", "days = -1"), "app_def_bad_days"),
    (_replace(RES, 'fields = ["transformer_area"]', 'fields = ["colour"]'),
     "app_def_unknown_field"),
    (_replace(RES, 'documents = ["id_card", "property_cert"]', 'documents = ["passport"]'),
     "app_def_unknown_document"),
    (_replace(RES, 'next = []', 'next = ["acceptance"]'), "app_def_no_end"),
    (_replace(RES, 'code = "new_lv_residential"', 'code = "teleport"'),
     "app_def_unknown_type"),
    (_replace(RES, 'kind = "mobile"', 'kind = "colour"'), "app_def_bad_kind"),
    (_replace(RES, "total_days = 5", ""), "app_def_missing_key"),
    (_replace(RES, "needs_customer = false", 'needs_customer = "no"'), "app_def_bad_value"),
    ("code = [", "app_def_toml"),
]


@pytest.mark.parametrize(("body", "key"), BAD, ids=[k for _b, k in BAD])
def test_bad_definitions_are_refused_with_the_reason(body: str, key: str) -> None:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(body)
    assert caught.value.key == key
    en, zh = MESSAGES[key]
    assert en.format(**caught.value.params) and zh.format(**caught.value.params)


def test_engine_paths_returns_and_actions() -> None:
    d = parse_definition(RES)
    moves = [("advance", "acceptance", "site_survey"), ("advance", "site_survey", "supply_plan"),
             ("return", "supply_plan", "acceptance"), ("advance", "acceptance", "site_survey")]
    assert engine.path(d, moves) == ["acceptance", "site_survey"]
    assert engine.earlier(["acceptance", "site_survey"]) == ["acceptance"]
    assert engine.next_stage(d.stage("acceptance"), None) == "site_survey"
    assert engine.next_stage(d.stage("archive"), None) is None
    with pytest.raises(engine.Refusal):
        engine.next_stage(d.stage("acceptance"), "archive")
    clerk = engine.actions(d, "active", "acceptance", ["acceptance"], ["counter_clerk"],
                           True, False)
    assert clerk.advance == ("site_survey",) and clerk.suspend and not clerk.terminate
    engineer = engine.actions(d, "active", "acceptance", ["acceptance"], ["service_engineer"],
                              True, False)
    assert engineer.advance == () and not engineer.suspend
    admin = engine.actions(d, "suspended", "site_survey", ["acceptance", "site_survey"],
                           ["admin"], True, True)
    assert admin.resume and admin.terminate and not admin.advance
    end = engine.actions(d, "active", "archive", ["acceptance", "archive"], ["counter_clerk"],
                         True, False)
    assert end.complete and end.advance == ()
    need = engine.missing(d.stage("meter_install"), {"meter_serial": "X1"}, [])
    assert need.fields == ("meter_type", "meter_digits", "meter_registers", "initial_reading")


def test_decimal_days_without_float() -> None:
    d = parse_definition(RES)
    assert d.first.days == Decimal("0.5") and isinstance(d.first.days, Decimal)
    assert not re.search(r"\bfloat\(", Path(engine.__file__).read_text())

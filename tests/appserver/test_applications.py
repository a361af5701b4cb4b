"""Business applications through the API: every type along its happy path, suspend and
resume with the whole-process clock paused, return to an earlier stage, terminate."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.applications import TYPES
from appserver.core.clock import FixedClock
from appserver.work import items
from dbschema.models import AuditLog, WorkItem
from tests.appserver.applications_support import (
    call,
    customer,
    last_total,
    ready,
    register,
    step,
)
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _workflows(db: Session, clock: FixedClock) -> None:
    ready(db, clock.now())


def walk(api: Clients, app: dict[str, Any]) -> dict[str, Any]:
    for _ in range(12):
        if app["status"] != "active":
            return app
        app = step(api, app)
    raise AssertionError("the application never completed")


@pytest.mark.parametrize("type_code", TYPES)
def test_every_type_completes_along_its_happy_path(api: Clients, db: Session,
                                                   clock: FixedClock, type_code: str) -> None:
    extra: dict[str, str] = {}
    cid = None
    if type_code in ("disconnection", "reconnection"):
        cid = customer(db, cls="residential").id
        reading = str((last_total(db, cid) + 5).quantize(Decimal("0.01")))
        extra = {"final_reading": reading}
        if type_code == "reconnection":
            removed = walk(api, register(api, db, "disconnection", cid, **extra))
            assert removed["status"] == "completed"
            extra = {"initial_reading": reading}
            clock.advance(timedelta(days=4))  # reconnected in the next month (Dec 2nd)
    if type_code == "resumption":
        suspended = walk(api, register(api, db, "suspension", effective_on="2026-11-26"))
        assert suspended["status"] == "completed"
        cid = suspended["customer_id"]
    app = register(api, db, type_code, cid, **extra)
    assert (app["status"], app["stage"], app["path"]) == ("active", "acceptance", ["acceptance"])
    done = walk(api, app)
    assert done["status"] == "completed" and done["completed_at"] and done["effective_on"]
    assert done["result"] is not None
    assert [e["action"] for e in done["events"]][-1] == "complete"
    # One work item per stage, all closed; none open.
    stage_items = db.scalars(select(WorkItem).where(
        WorkItem.source == "application", WorkItem.source_id == done["id"])
        .order_by(WorkItem.id)).all()
    assert [i.status for i in stage_items] == ["done"] * len(stage_items)
    assert [i.step for i in stage_items] == done["path"]
    if type_code.startswith("new_"):
        assert done["customer_id"] and done["result"]["customer_id"] == done["customer_id"]


def test_stage_work_items_follow_the_application(api: Clients, db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    item = db.scalars(select(WorkItem).where(WorkItem.source == "application",
                                             WorkItem.source_id == app["id"])).one()
    assert (item.step, item.assigned_role, item.sla_type, item.reference) == (
        "acceptance", "counter_clerk", "new_lv_residential", app["app_no"])
    assert item.budget_s == 43_200 and item.title.startswith("测试申请人 · ")
    assert app["items"][0]["type_name"] == "New connection, low-voltage residential"
    app = step(api, app)
    assert app["stage"] == "site_survey" and app["version"] >= 2
    db.expire_all()
    rows = db.scalars(select(WorkItem).where(WorkItem.source == "application",
                                             WorkItem.source_id == app["id"])
                      .order_by(WorkItem.id)).all()
    assert [(r.step, r.status) for r in rows] == [("acceptance", "done"),
                                                  ("site_survey", "open")]
    assert rows[1].assigned_role == "service_engineer"
    audits = db.scalars(select(AuditLog.method).where(AuditLog.entity_type == "application",
                                                      AuditLog.entity_id == app["id"])).all()
    assert "service.register_application" in audits and "service.advance_application" in audits


def test_suspend_pauses_the_stage_and_the_whole_process_clock(
        api: Clients, db: Session, clock: FixedClock) -> None:
    app = register(api, db, "new_lv_residential")
    app = step(api, app)  # at the site survey
    due_before = app["due_at"]
    engineer = api.as_user("dh.engineer")
    app = call(engineer, "suspend_application", app["id"], app["version"], "客户不在家",
               write=True)
    assert app["status"] == "suspended" and app["due_at"] is None
    assert app["actions"]["resume"] and not app["actions"]["advance"]
    assert app["items"][-1]["status"] == "paused"
    clock.advance(timedelta(days=7))  # a whole week away: five working days
    engineer = api.as_user("dh.engineer")
    app = call(engineer, "resume_application", app["id"], app["version"], "客户已回",
               write=True)
    assert app["status"] == "active" and app["items"][-1]["status"] == "open"
    db.expire_all()
    calendar = items.load_calendar(db)
    from appserver.contract.codec import datetime_from_wire
    moved = calendar.working_seconds(datetime_from_wire(due_before),
                                     datetime_from_wire(app["due_at"]))
    assert moved == 5 * 86_400  # the deadline moved by exactly the paused working time
    assert [e["action"] for e in app["events"]][-2:] == ["suspend", "resume"]
    assert app["events"][-2]["reason"] == "客户不在家"


def test_return_to_an_earlier_stage_and_come_back(api: Clients, db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    app = step(api, step(api, app))  # acceptance, site survey done: at the supply plan
    assert app["stage"] == "supply_plan"
    engineer = api.as_user("dh.engineer")
    seen = call(engineer, "get_application", app["id"])
    assert seen["actions"]["return"] == ["acceptance", "site_survey"]
    app = call(engineer, "return_application", app["id"], app["version"], "site_survey",
               "台区信息有误", write=True)
    assert app["stage"] == "site_survey" and app["path"] == ["acceptance", "site_survey"]
    assert app["events"][-1]["action"] == "return"
    assert app["items"][-2]["outcome"] == "returned" and app["items"][-1]["status"] == "open"
    app = step(api, app)
    assert app["stage"] == "supply_plan"


def test_terminate_cancels_the_open_item(api: Clients, db: Session) -> None:
    app = register(api, db, "capacity_increase")
    head = api.as_user("dh.head")
    app = call(head, "terminate_application", app["id"], app["version"], "客户撤回申请",
               write=True)
    assert app["status"] == "terminated" and app["items"][-1]["status"] == "cancelled"
    assert not any(app["actions"][k] for k in ("suspend", "resume", "terminate"))
    assert app["actions"]["advance"] == []


def test_search_finds_by_number_name_and_phone_in_own_offices(api: Clients,
                                                              db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    clerk = api.as_user("dh.clerk1")
    for text in (app["app_no"], "测试申请", "13800001111"):
        rows = call(clerk, "search_applications", {"text": text}, {"limit": 20})["rows"]
        assert app["id"] in [r["id"] for r in rows], text
    mine = call(clerk, "search_applications", {"mine": True, "status": "active"}, None)
    assert app["id"] in [r["id"] for r in mine["rows"]]
    engineer_rows = call(api.as_user("dh.engineer"), "search_applications",
                         {"mine": True, "text": app["app_no"]}, None)["rows"]
    assert engineer_rows == []  # acceptance is the clerk's
    other = call(api.as_user("xh.clerk1"), "search_applications", {"text": app["app_no"]},
                 None)
    assert other["rows"] == [] and other["total"] == 0


def test_every_type_suspends_resumes_returns_and_terminates(api: Clients,
                                                            db: Session) -> None:
    head = api.as_user("dh.head")
    for type_code in TYPES:
        app = register(api, db, type_code)
        clerk = api.as_user("dh.clerk1")
        app = call(clerk, "suspend_application", app["id"], app["version"], "等资料",
                   write=True)
        app = call(clerk, "resume_application", app["id"], app["version"], "资料已到",
                   write=True)
        app = step(api, app)  # past acceptance: a stage to return from
        worker = api.as_user(
            {"service_engineer": "dh.engineer", "metering_technician": "dh.metertech",
             "office_head": "dh.head", "counter_clerk": "dh.clerk1"}[app["stage_role"]])
        app = call(worker, "return_application", app["id"], app["version"], "acceptance",
                   "资料不全", write=True)
        assert (app["stage"], app["status"]) == ("acceptance", "active"), type_code
        app = call(head, "terminate_application", app["id"], app["version"], "客户撤回",
                   write=True)
        assert [e["action"] for e in app["events"]] == [
            "register", "suspend", "resume", *["attach"] * len(
                [e for e in app["events"] if e["action"] == "attach"]),
            "advance", "return", "terminate"], type_code
        assert {i["status"] for i in app["items"]} == {"done", "cancelled"}, type_code

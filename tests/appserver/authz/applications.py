"""Authorization-matrix arguments for the business-application methods (see __init__.py).

A stage is worked only by its role, so each target application is made (straight in the
database) at a stage of the caller's own role: the arguments then succeed for every role
that holds the method's permission. Workflow drafts are written by the matrix's own-office
target user, so an approver in the matrix is never the drafter.
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from appserver.service import workflow_store as store
from appserver.service.applications_demo import tiny_png
from appserver.work import items
from dbschema.models import (
    Application,
    ApplicationAttachment,
    ApplicationEvent,
    Role,
    User,
    UserRole,
    WorkflowDefinition,
)
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {f"service.{m}" for m in (
    "register_application", "search_applications", "get_application", "update_application",
    "advance_application", "return_application", "suspend_application", "resume_application",
    "terminate_application", "add_attachment", "get_attachment")}

Args = dict[str, Callable[[], tuple[Any, ...]]]
_numbers = itertools.count(1)
PNG = tiny_png()
# Every field any stage of the types used here asks for.
FIELDS = {"applicant_name": "矩阵测试", "id_doc_type": "id_card", "id_doc_no": "1234",
          "phone_mobile": "13800001111", "address": "测试路 1 号",
          "customer_class": "residential", "voltage_level": "220V", "capacity_kva": "8",
          "transformer_area": "T001", "tariff_code": "JX-RES-ANNUAL", "metering_mode": "lv_lv",
          "meter_serial": "MX0001", "meter_type": "单相智能电能表", "meter_digits": "6",
          "meter_registers": "total", "initial_reading": "0"}
# (type, stage to advance from, stage to return from) per role; others: a clerk's stages.
STAGES = {"counter_clerk": ("new_lv_residential", "acceptance", "archive"),
          "service_engineer": ("new_lv_residential", "site_survey", "supply_plan"),
          "metering_technician": ("new_lv_residential", "meter_install", "meter_install"),
          "office_head": ("name_transfer", "review", "review"),
          "admin": ("new_lv_residential", "acceptance", "archive")}


def _roles(w: World, username: str) -> list[str]:
    return list(w.db.scalars(select(Role.name).join(UserRole, UserRole.role_id == Role.id)
                             .join(User, User.id == UserRole.user_id)
                             .where(User.username == username)))


def _stage_for(w: World, username: str, returning: bool) -> tuple[str, str]:
    for role in _roles(w, username):
        if role in STAGES:
            code, advance, back = STAGES[role]
            return code, back if returning else advance
    return "new_lv_residential", "acceptance"


def _application(w: World, side: str, code: str, stage: str, status: str = "active") -> int:
    store.install_shipped_workflows(w.db, w.now)
    found = store.approved(w.db, code)
    assert found is not None
    vid, d = found
    customer = w.customer[side] if d.needs_customer else None
    fields = {**FIELDS, "new_name": "新户名"} if d.needs_customer else FIELDS
    values = {k: v for k, v in fields.items() if d.field(k) is not None}
    office = w.office[side]
    app = Application(app_no=f"MX{next(_numbers):010d}", type_code=code, definition_id=vid,
                      office_id=office,
                      customer_id=customer.id if customer else None, applicant="矩阵测试",
                      phone="13800001111", address="测试路 1 号", status="active",
                      stage=stage, fields=json.dumps(values, ensure_ascii=False), note="",
                      version=1, opened_at=w.now, historical=False,
                      due_at=items.advance(items.load_calendar(w.db), "working", w.now,
                                           items.Clock.working_days(d.total_days).budget_s))
    w.db.add(app)
    w.db.flush()
    for earlier, later in zip(d.stages, d.stages[1:], strict=False):
        if earlier.code == stage:
            break
        w.db.add(ApplicationEvent(application_id=app.id, action="advance",
                                  from_stage=earlier.code, to_stage=later.code, reason="",
                                  changes="{}", at=w.now))
    for doc in d.documents:
        w.db.add(ApplicationAttachment(application_id=app.id, doc_type=doc.code,
                                       filename=f"{doc.code}.png", mime="image/png",
                                       size=len(PNG), sha256="0" * 64, content=PNG,
                                       stage=d.first.code, uploaded_at=w.now))
    s = d.stage(stage)
    item = items.open_item(w.db, office_id=office, source="application", source_id=app.id,
                           sla_type=code, step=stage, reference=app.app_no, title="矩阵测试",
                           clock=items.Clock.working_days(s.days), now=w.now,
                           assigned_role=s.role)
    if status == "suspended":
        items.pause_item(w.db, item, w.now, "矩阵")
        app.status, app.suspended_at, app.remaining_s, app.due_at = ("suspended", w.now,
                                                                     3600, None)
    w.db.flush()
    return app.id


def _installed(w: World, code: str) -> str:
    store.install_shipped_workflows(w.db, w.now)
    return code


def _attachment(w: World, side: str) -> int:
    app_id = _application(w, side, "new_lv_residential", "acceptance")
    return w.db.scalars(select(ApplicationAttachment.id)
                        .where(ApplicationAttachment.application_id == app_id)).first() or 0


def _draft(w: World, n: int) -> int:
    store.install_shipped_workflows(w.db, w.now)
    body = store.SHIPPED_DIR.joinpath("meter_test.toml").read_text("utf-8")
    row = WorkflowDefinition(code="meter_test", version=1000 + n, status="draft",
                             body=body.replace("version = 1", f"version = {1000 + n}", 1),
                             created_by=w.user["own"].id, created_at=w.now)
    w.db.add(row)
    w.db.flush()
    return row.id


def builders(w: World, side: str, username: str, n: int) -> Args:
    def app(returning: bool = False, status: str = "active") -> tuple[int, int]:
        code, stage = _stage_for(w, username, returning)
        return _application(w, side, code, stage, status), 1

    def approved_id() -> int:
        store.install_shipped_workflows(w.db, w.now)
        return store.approved_ids(w.db)["meter_test"]

    body = store.SHIPPED_DIR.joinpath("meter_test.toml").read_text("utf-8").replace(
        "version = 1", f"version = {2000 + n}", 1)
    png = base64.b64encode(PNG).decode("ascii")
    return {
        "service.application_types": lambda: (),
        "service.register_application": lambda: (_installed(w, "meter_test"),
                                                 w.customer[side].id, {}, ""),
        "service.search_applications": lambda: ({"office_id": w.office[side]}, None),
        "service.get_application": lambda: (app()[0],),
        "service.update_application": lambda: (*app(), {}, f"备注{n}"),
        "service.advance_application": lambda: (*app(), None, {}, None),
        "service.return_application": lambda: (*app(returning=True), "acceptance", "退回"),
        "service.suspend_application": lambda: (*app(), "等客户"),
        "service.resume_application": lambda: (*app(status="suspended"), "客户已到"),
        "service.terminate_application": lambda: (*app(), "撤回"),
        "service.add_attachment": lambda: (app()[0], "id_card", "a.png", png),
        "service.get_attachment": lambda: (_attachment(w, side),),
        "service.list_workflows": lambda: (),
        "service.get_workflow": lambda: (approved_id(),),
        "service.save_workflow_draft": lambda: ("meter_test", body),
        "service.approve_workflow": lambda: (_draft(w, n),),
    }

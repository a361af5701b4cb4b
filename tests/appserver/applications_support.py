"""Helpers of the business-application tests: callers, the data every type needs, and
walking an application through its stages with the right person for each."""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.api import OBJECT_SERVICE
from appserver.service.applications_demo import tiny_pdf, tiny_png
from appserver.service.workflow_store import install_shipped_workflows
from dbschema.models import (
    ApplicationEvent,
    Customer,
    Meter,
    MeteringPoint,
    MeterReading,
    ServicePoint,
    WorkflowDefinition,
)
from tests.helpers.api import ApiClient, Clients, office_id

STAGE_USERS = {"counter_clerk": "dh.clerk1", "service_engineer": "dh.engineer",
               "metering_technician": "dh.metertech", "office_head": "dh.head"}
PNG = base64.b64encode(tiny_png()).decode("ascii")
PDF = base64.b64encode(tiny_pdf()).decode("ascii")

NEW_LV = {"applicant_name": "测试申请人", "id_doc_type": "id_card",
          "id_doc_no": "360102199001011234", "phone_mobile": "13800001111",
          "address": "东湖区测试路 1 号", "customer_class": "residential",
          "voltage_level": "220V", "capacity_kva": "8"}
NEW_HV = {**NEW_LV, "customer_class": "large_industry", "voltage_level": "10kV",
          "capacity_kva": "630", "id_doc_type": "business_license", "industry": "制造业"}
# What later stages ask for, by stage.
STAGE_FIELDS: dict[str, dict[str, str]] = {
    "site_survey": {"transformer_area": "DH-T001"},
    "meter_install": {"meter_serial": "TEST000001", "meter_type": "单相智能电能表",
                      "meter_digits": "6", "meter_registers": "total,peak,valley",
                      "initial_reading": "0"},
    "meter_test": {"test_result": "pass", "error_percent": "0.35"},
    "meter_removal": {"final_reading": "0"},
    "reconnect": {"initial_reading": "0"},
}
SUPPLY_PLAN = {"new_lv_residential": {"tariff_code": "JX-RES-ANNUAL", "metering_mode": "lv_lv"},
               "new_lv_nonresidential": {"tariff_code": "CI-TOU", "metering_mode": "lv_lv"},
               "new_hv_single": {"tariff_code": "LI-CAP", "metering_mode": "hv_hv",
                                 "ct_ratio": "100/5", "pt_ratio": "10000/100"},
               "new_hv_dual": {"tariff_code": "LI-CAP", "metering_mode": "hv_hv",
                               "ct_ratio": "100/5", "pt_ratio": "10000/100"}}


def call(client: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return client.call(OBJECT_SERVICE, method, *args, write=write)


def ready(db: Session, clock_now: Any) -> None:
    install_shipped_workflows(db, clock_now)
    db.flush()


def customer(db: Session, office: str = "DH", cls: str | None = None) -> Customer:
    q = select(Customer).where(Customer.office_id == office_id(db, office),
                               Customer.status == "active")
    if cls:
        q = q.where(Customer.customer_class == cls)
    return db.scalars(q.order_by(Customer.id).limit(1)).one()


def registration(type_code: str, db: Session) -> tuple[int | None, dict[str, str]]:
    """(customer id, fields) that register an application of this type at DH."""
    if type_code.startswith("new_"):
        if type_code == "new_lv_nonresidential":
            return None, {**NEW_LV, "customer_class": "commercial", "voltage_level": "380V",
                          "capacity_kva": "50", "id_doc_type": "business_license"}
        return None, dict(NEW_HV if "hv" in type_code else NEW_LV)
    target = customer(db, cls="residential")
    capacity = db.scalars(select(ServicePoint.capacity_kva)
                          .where(ServicePoint.customer_id == target.id)).first()
    assert capacity is not None
    cents = Decimal("0.01")
    fields = {"capacity_increase": {"capacity_kva": str((capacity * 2).quantize(cents))},
              "capacity_decrease": {"capacity_kva": str((capacity / 2).quantize(cents))},
              "name_transfer": {"new_name": "新户主", "id_doc_type": "id_card",
                                "id_doc_no": "360102198001015678",
                                "phone_mobile": "13900002222"},
              "tariff_change": {"tariff_code": "JX-RES-SHARED"}}.get(type_code, {})
    return target.id, fields


def register(api: Clients, db: Session, type_code: str, customer_id: int | None = None,
             **extra: str) -> dict[str, Any]:
    cid, fields = registration(type_code, db)
    cid = customer_id or cid
    clerk = api.as_user("dh.clerk1")
    app: dict[str, Any] = call(clerk, "register_application", type_code, cid,
                               {**fields, **extra}, "", write=True)
    return app


def attach_all(api: Clients, app: dict[str, Any]) -> dict[str, Any]:
    """Every document the current stage needs, uploaded by the clerk."""
    clerk = api.as_user("dh.clerk1")
    for code in app["missing"]["documents"]:
        call(clerk, "add_attachment", app["id"], code, f"{code}.png", PNG, write=True)
    fresh: dict[str, Any] = call(clerk, "get_application", app["id"])
    return fresh


def stage_user(api: Clients, app: dict[str, Any]) -> ApiClient:
    return api.as_user(STAGE_USERS[app["stage_role"]])


def step(api: Clients, app: dict[str, Any]) -> dict[str, Any]:
    """Complete the current stage with what it needs."""
    app = attach_all(api, app)
    fields = dict(STAGE_FIELDS.get(app["stage"], {}))
    if app["stage"] == "supply_plan":
        fields.update(SUPPLY_PLAN.get(app["type_code"], {}))
    if app["stage"] == "meter_install" and "hv" in app["type_code"]:
        fields["meter_type"] = "三相智能电能表"
    if app["type_code"] in ("capacity_increase", "capacity_decrease", "tariff_change",
                            "suspension", "resumption", "meter_test", "name_transfer",
                            "disconnection", "reconnection") and app["stage"] != "acceptance":
        fields = {k: v for k, v in fields.items() if k in app["missing"]["fields"]}
    moved: dict[str, Any] = call(stage_user(api, app), "advance_application", app["id"],
                                 app["version"], None, fields, None, write=True)
    return moved


def last_total(db: Session, customer_id: int) -> Decimal:
    """The customer's meter's highest total reading so far (a final reading must not be
    lower)."""
    value = db.scalar(select(func.max(MeterReading.total))
                      .join(Meter, Meter.id == MeterReading.meter_id)
                      .join(MeteringPoint, MeteringPoint.id == Meter.metering_point_id)
                      .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
                      .where(ServicePoint.customer_id == customer_id))
    return Decimal(value or 0)


def events(db: Session, application_id: int) -> int:
    return db.scalar(select(func.count()).select_from(ApplicationEvent)
                     .where(ApplicationEvent.application_id == application_id)) or 0


def approved_version(db: Session, code: str) -> WorkflowDefinition:
    return db.scalars(select(WorkflowDefinition).where(
        WorkflowDefinition.code == code, WorkflowDefinition.status == "approved")).one()

"""The code lists of complaints and consultations with their names in both languages, and
the work platform's names of the complaint clocks (registered with ``register_namer``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from appserver.work.items import register_namer
from dbschema.models.complaints import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CHANNELS,
    COMPLAINT_KINDS,
    COMPLAINT_STATUSES,
    CONSULTATION_CHANNELS,
    CONSULTATION_TOPICS,
    SATISFACTION,
)

SOURCE = "complaint"
SLA_TYPE = "complaint"
CONTACT, REPLY = "contact", "reply"

# code -> (English, 简体中文)
KIND_NAMES = {"complaint": ("Complaint", "投诉"), "suggestion": ("Suggestion", "建议"),
              "praise": ("Praise", "表扬")}
CHANNEL_NAMES = {"counter": ("Counter", "柜台"), "phone": ("Phone", "电话"),
                 "online": ("Online", "网上"), "letter": ("Letter", "信函")}
CATEGORY_NAMES = {"billing": ("Billing", "电费电价"), "meter": ("Meter", "电能计量"),
                  "supply_quality": ("Supply quality", "供电质量"),
                  "outage": ("Outage", "停电"),
                  "service_attitude": ("Service attitude", "服务态度"),
                  "business_handling": ("Business handling", "业务办理"),
                  "other": ("Other", "其他")}
STATUS_NAMES = {"registered": ("Registered", "已受理"), "contacted": ("Contacted", "已联系"),
                "replied": ("Replied", "已答复"), "closed": ("Closed", "已办结")}
SATISFACTION_NAMES = {"satisfied": ("Satisfied", "满意"), "neutral": ("Neutral", "一般"),
                      "unsatisfied": ("Unsatisfied", "不满意")}
TOPIC_NAMES = {"bills": ("Bills", "电费账单"), "payments": ("Payments", "缴费"),
               "consumption": ("Consumption", "用电量"), "arrears": ("Arrears", "欠费"),
               "tariffs": ("Tariffs", "电价"),
               "business_procedure": ("Business procedure", "业务办理流程"),
               "outage": ("Outage", "停电信息"), "statement": ("Statement", "客户对账单"),
               "other": ("Other", "其他")}
STEP_NAMES = {CONTACT: ("Contact the customer", "联系客户"), REPLY: ("Reply", "答复客户")}
EVENT_NAMES = {"registered": ("Registered", "受理"), "assigned": ("Assigned", "指派"),
               "contacted": ("Customer contacted", "联系客户"), "paused": ("Paused", "暂停计时"),
               "resumed": ("Resumed", "恢复计时"), "replied": ("Replied", "答复"),
               "callback": ("Callback", "回访"), "closed": ("Closed", "办结"),
               "reopened": ("Reopened", "重新处理")}

for _codes, _names in ((COMPLAINT_KINDS, KIND_NAMES), (COMPLAINT_CHANNELS, CHANNEL_NAMES),
                       (COMPLAINT_CATEGORIES, CATEGORY_NAMES),
                       (COMPLAINT_STATUSES, STATUS_NAMES), (SATISFACTION, SATISFACTION_NAMES),
                       (CONSULTATION_TOPICS, TOPIC_NAMES)):
    assert set(_codes) == set(_names), _codes
assert set(CONSULTATION_CHANNELS) <= set(CHANNEL_NAMES)


def name(table: dict[str, tuple[str, str]], code: str | None, chinese: bool) -> str:
    if code is None:
        return ""
    pair = table.get(code)
    return (pair[1] if chinese else pair[0]) if pair else code


def code_list(table: dict[str, tuple[str, str]], codes: tuple[str, ...],
              chinese: bool) -> list[dict[str, str]]:
    return [{"code": c, "name": name(table, c, chinese)} for c in codes]


def all_codes(chinese: bool) -> dict[str, Any]:
    return {"kinds": code_list(KIND_NAMES, COMPLAINT_KINDS, chinese),
            "channels": code_list(CHANNEL_NAMES, COMPLAINT_CHANNELS, chinese),
            "categories": code_list(CATEGORY_NAMES, COMPLAINT_CATEGORIES, chinese),
            "statuses": code_list(STATUS_NAMES, COMPLAINT_STATUSES, chinese),
            "satisfaction": code_list(SATISFACTION_NAMES, SATISFACTION, chinese),
            "consultation_channels": code_list(CHANNEL_NAMES, CONSULTATION_CHANNELS, chinese),
            "topics": code_list(TOPIC_NAMES, CONSULTATION_TOPICS, chinese)}


def _namer(db: Session, sla_type: str, step: str, chinese: bool) -> tuple[str, str]:
    # sla_type "complaint" or "suggestion": the kind names the service-level type.
    return name(KIND_NAMES, sla_type, chinese), name(STEP_NAMES, step, chinese)


register_namer(SOURCE, _namer)

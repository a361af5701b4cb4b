"""Fault repair rules that are data: the commitments per area class (settings), the class of a
transformer area, the grouping window, and the names of the work items' types and steps.

The commitments (DOMAIN.md, 供电服务"十项承诺"): the crew arrives within 45 / 90 / 120 minutes
of the first report (urban / rural / remote) and restores supply within 3 / 4 / 4 hours of
arriving. They are settings (``fault.arrival_minutes_<class>``,
``fault.restoration_minutes_<class>``) so a new commitment is a new setting version.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.faults import AREA_CLASSES
from appserver.core.dates import business_date
from appserver.core.settings import setting
from appserver.work.items import Clock, register_namer
from dbschema.models import FaultAreaClass

SOURCE = "fault"
STEP_ARRIVAL = "arrival"
STEP_RESTORATION = "restoration"
# The arrival step waits for a dispatcher (an engineer or the office head) to send a crew.
DISPATCH_ROLE = "service_engineer"

_CLASS_NAMES = {"urban": ("urban", "城区"), "rural": ("rural", "农村"),
                "remote": ("remote", "边远地区")}
_STEP_NAMES = {STEP_ARRIVAL: ("Crew arrival", "抢修到达"),
               STEP_RESTORATION: ("Restoration", "恢复供电")}


def sla_type(area_class: str) -> str:
    return f"fault_{area_class}"


def arrival_clock(db: Session, area_class: str, now: datetime) -> Clock:
    return Clock.minutes(int(setting(db, f"fault.arrival_minutes_{area_class}",
                                     business_date(now))))


def restoration_clock(db: Session, area_class: str, now: datetime) -> Clock:
    return Clock.minutes(int(setting(db, f"fault.restoration_minutes_{area_class}",
                                     business_date(now))))


def commitments(db: Session, now: datetime) -> dict[str, dict[str, int]]:
    """Minutes per class, for the client's legend: {"urban": {"arrival", "restoration"}}."""
    day = business_date(now)
    return {c: {"arrival": int(setting(db, f"fault.arrival_minutes_{c}", day)),
                "restoration": int(setting(db, f"fault.restoration_minutes_{c}", day))}
            for c in AREA_CLASSES}


def grouping_since(db: Session, now: datetime) -> datetime:
    """Reports of tickets opened after this are proposed as the same outage."""
    minutes = int(setting(db, "fault.grouping_window_minutes", business_date(now)))
    return now - timedelta(minutes=minutes)


def area_class_of(db: Session, transformer_area: str, now: datetime) -> str:
    """The class listed for the transformer area, else the setting's default."""
    listed = db.scalar(select(FaultAreaClass.area_class)
                       .where(FaultAreaClass.transformer_area == transformer_area)) \
        if transformer_area else None
    return listed or setting(db, "fault.default_area_class", business_date(now))


def _name(db: Session, sla: str, step: str, chinese: bool) -> tuple[str, str]:
    area = sla.removeprefix("fault_")
    en_class, zh_class = _CLASS_NAMES.get(area, (area, area))
    en_step, zh_step = _STEP_NAMES.get(step, (step, step))
    if chinese:
        return f"故障抢修（{zh_class}）", zh_step
    return f"Fault repair ({en_class})", en_step


register_namer(SOURCE, _name)

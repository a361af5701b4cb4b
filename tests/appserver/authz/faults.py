"""Authorization-matrix arguments for the fault repair methods (see __init__.py): a crew and
tickets in each state, made straight in the database in the caller's office (own: DH) or in
another office (other: XH)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from dbschema.models import FaultReport, RepairCrew, RepairTicket
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {
    "service.fault_crews", "service.create_crew", "service.update_crew", "service.fault_areas",
    "service.fault_candidates", "service.report_fault", "service.repair_tickets",
    "service.repair_ticket", "service.dispatch_crew", "service.crew_arrived",
    "service.supply_restored", "service.close_repair", "service.cancel_repair",
    "service.correct_repair_time", "service.move_fault_report", "service.merge_repairs",
}

Args = dict[str, Callable[[], tuple[Any, ...]]]


def _crew(w: World, side: str) -> int:
    crew = RepairCrew(office_id=w.office[side], name=f"矩阵抢修班{side}", phone="0791-8000000",
                      members="", area_served="", active=True, version=1, updated_at=w.now)
    w.db.add(crew)
    w.db.flush()
    return crew.id


def _ticket(w: World, side: str, status: str, minutes_ago: int = 60) -> RepairTicket:
    """A ticket of ``side`` in ``status`` with one open report, reported ``minutes_ago``."""
    first = w.now - timedelta(minutes=minutes_ago)
    crew = w.once("fault_crew", side, lambda: _crew(w, side)) if status != "open" else None
    ticket = RepairTicket(
        office_id=w.office[side], status=status, area_class="urban", priority="normal",
        kind="no_power", transformer_area="", address=f"矩阵路{minutes_ago}号",
        title="矩阵测试", first_reported_at=first, crew_id=crew,
        dispatched_at=first + timedelta(minutes=5) if crew else None,
        arrived_at=first + timedelta(minutes=20) if status in ("arrived", "restored") else None,
        restored_at=first + timedelta(minutes=40) if status == "restored" else None,
        version=1, cause="", result_note="", cancel_reason="")
    w.db.add(ticket)
    w.db.flush()
    w.db.add(FaultReport(ticket_id=ticket.id, office_id=w.office[side], reported_at=first,
                         channel="phone", address=ticket.address, description="停电",
                         kind="no_power", area_class="urban", priority="normal",
                         status="closed" if status == "restored" else "open"))
    w.db.flush()
    return ticket


def _id(w: World, side: str, status: str, minutes_ago: int = 60) -> int:
    return int(w.once(f"fault_{status}_{minutes_ago}", side,
                      lambda: _ticket(w, side, status, minutes_ago).id))


def _report_of(w: World, side: str) -> int:
    """A report of a later open ticket, to move into the earlier one."""
    def make() -> int:
        later = _ticket(w, side, "open", 30)
        report = w.db.query(FaultReport).filter(FaultReport.ticket_id == later.id).one()
        return report.id

    return int(w.once("fault_report_later", side, make))


def builders(w: World, side: str, username: str, n: int) -> Args:
    office = w.office[side]
    return {
        "service.fault_crews": lambda: (office,),
        "service.create_crew": lambda: (office, {"name": f"新抢修班{n}", "phone": "0791-1"}),
        "service.update_crew": lambda: (w.once("fault_crew", side, lambda: _crew(w, side)), 1,
                                        {"phone": f"0791-{n}"}),
        "service.fault_areas": lambda: (office,),
        "service.fault_candidates": lambda: ({"office_id": office, "address": "矩阵路60号"},),
        "service.report_fault": lambda: ({"office_id": office, "address": f"矩阵路{n}号",
                                          "description": "停电", "kind": "no_power",
                                          "new_ticket": True},),
        "service.repair_tickets": lambda: ({"office_id": office},),
        "service.repair_ticket": lambda: (_id(w, side, "open"),),
        "service.dispatch_crew": lambda: (_id(w, side, "open"), 1,
                                          w.once("fault_crew", side, lambda: _crew(w, side)),
                                          None),
        "service.crew_arrived": lambda: (_id(w, side, "dispatched"), 1, None),
        "service.supply_restored": lambda: (_id(w, side, "arrived"), 1, None, "已恢复"),
        "service.close_repair": lambda: (_id(w, side, "restored"), 1, "树障碰线", ""),
        "service.cancel_repair": lambda: (_id(w, side, "open"), 1, "duplicate", "重复报修"),
        "service.correct_repair_time": lambda: (_id(w, side, "arrived"), 1, "arrived", None,
                                                "录入错误"),
        "service.move_fault_report": lambda: (_report_of(w, side), 1, _id(w, side, "open")),
        "service.merge_repairs": lambda: (_id(w, side, "open", 30), 1, _id(w, side, "open")),
    }

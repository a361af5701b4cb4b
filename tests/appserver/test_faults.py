"""Fault repair on PostgreSQL with a fixed clock: the 45/90/120-minute arrival and 3/4-hour
restoration commitments, grouping of one outage's reports, two dispatchers at once, bad input
refused with nothing written, office scope, corrections, regrouping and the demo history."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import Conflict, NeedsConfirmation, PermissionDenied, UserError
from appserver.core.clock import FixedClock
from dbschema.models import (
    AuditLog,
    FaultAreaClass,
    FaultEvent,
    FaultReport,
    RepairTicket,
    WorkItem,
)
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg


class _Caller:
    """A user who logs in afresh for every call: the fixed clock jumps hours ahead, past
    the session idle limit."""

    def __init__(self, api: Clients, username: str, locale: str = "en") -> None:
        self.api, self.username, self.locale = api, username, locale

    def call(self, obj: str, method: str, *args: Any, write: bool = False) -> Any:
        client: ApiClient = self.api.as_user(self.username, locale=self.locale)
        return client.call(obj, method, *args, write=write)


def _svc(client: _Caller, method: str, *args: Any, write: bool = False) -> Any:
    return client.call(OBJECT_SERVICE, method, *args, write=write)


def _free_area(db: Session, office: str, area_class: str = "urban", skip: int = 0) -> str:
    """A transformer area of the office with no active ticket (the demo board has some)."""
    busy = select(RepairTicket.transformer_area).where(
        RepairTicket.status.in_(("open", "dispatched", "arrived")))
    areas = db.scalars(select(FaultAreaClass.transformer_area).where(
        FaultAreaClass.office_id == office_id(db, office), FaultAreaClass.area_class == area_class,
        FaultAreaClass.transformer_area.not_in(busy)).order_by(FaultAreaClass.transformer_area)
        .offset(skip).limit(1)).all()
    return areas[0]


def _report(area: str, **extra: Any) -> dict[str, Any]:
    return {"channel": "phone", "transformer_area": area, "caller_name": "张先生",
            "caller_phone": "13900001111", "description": "整栋楼停电", "kind": "no_power",
            "priority": "normal", "new_ticket": True, **extra}


def _counts(db: Session) -> tuple[int, ...]:
    db.expire_all()
    return tuple(db.scalar(select(func.count()).select_from(m)) or 0
                 for m in (RepairTicket, FaultReport, FaultEvent, WorkItem))


def _items(db: Session, ticket_id: int) -> list[WorkItem]:
    db.expire_all()
    return list(db.scalars(select(WorkItem).where(WorkItem.source == "fault",
                                                  WorkItem.source_id == ticket_id)
                           .order_by(WorkItem.id)))


@pytest.mark.parametrize("area_class, arrival, restoration",
                         [("urban", 45, 180), ("rural", 90, 240), ("remote", 120, 240)])
def test_commitments_run_from_the_first_report_and_from_arrival(
        api: Clients, db: Session, clock: FixedClock, area_class: str, arrival: int,
        restoration: int) -> None:
    head = _Caller(api, "dh.head")
    reported = clock.now()
    ticket = _svc(head, "report_fault", _report(_free_area(db, "DH", area_class)),
                  write=True)["ticket"]
    assert ticket["area_class"] == area_class and ticket["step"] == "arrival"
    assert ticket["time_left_s"] == arrival * 60
    [item] = _items(db, ticket["id"])
    assert (item.sla_type, item.budget_s) == (f"fault_{area_class}", arrival * 60)
    assert item.due_at == reported + timedelta(minutes=arrival)
    crew = _svc(head, "fault_crews", None)[0]
    clock.advance(timedelta(minutes=5))
    ticket = _svc(head, "dispatch_crew", ticket["id"], ticket["version"], crew["id"], None,
                  write=True)
    clock.advance(timedelta(minutes=arrival))  # arrival recorded one minute late …
    ticket = _svc(head, "crew_arrived", ticket["id"], ticket["version"], None, write=True)
    assert ticket["step"] == "restoration" and ticket["time_left_s"] == restoration * 60
    arrived = clock.now()
    clock.advance(timedelta(minutes=restoration))  # … restoration exactly on the deadline
    ticket = _svc(head, "supply_restored", ticket["id"], ticket["version"], None, "换熔丝",
                  write=True)
    first, second = _items(db, ticket["id"])
    assert (first.step, first.status, first.breached) == ("arrival", "done", True)
    assert second.opened_at == arrived and second.budget_s == restoration * 60
    assert (second.step, second.status, second.breached) == ("restoration", "done", False)
    assert ticket["status"] == "restored" and ticket["step"] is None
    assert {r["status"] for r in ticket["reports"]} == {"closed"}


def test_a_given_time_stops_the_clock_at_that_time(api: Clients, db: Session,
                                                   clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    ticket = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    crew = _svc(head, "fault_crews", None)[0]
    ticket = _svc(head, "dispatch_crew", ticket["id"], 1, crew["id"], None, write=True)
    clock.advance(timedelta(hours=2))  # recorded late, but the crew was there at 40 minutes
    at = datetime_to_wire(clock.now() - timedelta(minutes=80))
    ticket = _svc(head, "crew_arrived", ticket["id"], ticket["version"], at, write=True)
    arrival, restoration = _items(db, ticket["id"])
    assert arrival.breached is False and arrival.closed_at == clock.now() - timedelta(minutes=80)
    assert restoration.opened_at == arrival.closed_at


def test_reports_of_one_outage_are_grouped(api: Clients, db: Session,
                                           clock: FixedClock) -> None:
    clerk = _Caller(api, "dh.clerk1")
    area = _free_area(db, "DH")
    first = _svc(clerk, "report_fault", _report(area, new_ticket=False), write=True)["ticket"]
    clock.advance(timedelta(minutes=10))
    undecided = _report(area, new_ticket=False, kind="dangerous")
    with pytest.raises(NeedsConfirmation) as proposal:
        _svc(clerk, "report_fault", undecided, write=True)
    assert [c["id"] for c in proposal.value.details["candidates"]] == [first["id"]]
    proposed = _svc(clerk, "fault_candidates", {"transformer_area": area})
    assert [c["id"] for c in proposed["candidates"]] == [first["id"]]
    joined = _svc(clerk, "report_fault", {**undecided, "ticket_id": first["id"]},
                  write=True)["ticket"]
    assert joined["id"] == first["id"] and joined["report_count"] == 2
    assert joined["priority"] == "urgent"  # a dangerous report raises the whole ticket
    assert [e["kind"] for e in joined["timeline"]] == ["opened", "joined"]
    # The SLA stays the ticket's: one arrival clock, from the first report.
    assert len(_items(db, first["id"])) == 1
    clock.advance(timedelta(hours=5))  # outside the grouping window: no proposal
    later = _svc(clerk, "report_fault", _report(area, new_ticket=False), write=True)["ticket"]
    assert later["id"] != first["id"]


def test_a_customer_report_takes_the_supply_address_and_area(api: Clients, db: Session) -> None:
    clerk = _Caller(api, "dh.clerk1")
    customer = _svc(clerk, "report_fault", {
        "customer_id": _dh_customer(db), "description": "家中停电", "kind": "no_power",
        "new_ticket": True}, write=True)["ticket"]
    report = customer["reports"][0]
    assert report["customer_id"] == _dh_customer(db) and report["transformer_area"]
    assert report["account_no"] and customer["transformer_area"] == report["transformer_area"]


def _dh_customer(db: Session) -> int:
    from dbschema.models import Customer

    return db.scalars(select(Customer.id).where(Customer.office_id == office_id(db, "DH"))
                      .order_by(Customer.id).limit(1)).one()


def test_two_dispatchers_one_wins(api: Clients, db: Session) -> None:
    head, engineer = _Caller(api, "dh.head"), _Caller(api, "dh.engineer")
    ticket = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    crews = _svc(head, "fault_crews", None)
    _svc(head, "dispatch_crew", ticket["id"], ticket["version"], crews[0]["id"], None,
         write=True)
    with pytest.raises(Conflict) as lost:
        _svc(engineer, "dispatch_crew", ticket["id"], ticket["version"], crews[1]["id"], None,
             write=True)
    assert lost.value.details["current"]["crew_id"] == crews[0]["id"]
    events = _svc(head, "repair_ticket", ticket["id"])["timeline"]
    assert [e["kind"] for e in events].count("dispatched") == 1


@pytest.mark.parametrize("method, build", [
    ("dispatch_crew", lambda t, crew, now: (t["id"], 1, crew, datetime_to_wire(
        now + timedelta(minutes=5)))),
    ("dispatch_crew", lambda t, crew, now: (t["id"], 1, crew, datetime_to_wire(
        now - timedelta(minutes=5)))),
    ("dispatch_crew", lambda t, crew, now: (t["id"], 1, crew, "yesterday")),
    ("dispatch_crew", lambda t, crew, now: (t["id"], 1, 999999, None)),
    ("crew_arrived", lambda t, crew, now: (t["id"], 1, None)),
    ("close_repair", lambda t, crew, now: (t["id"], 1, "树障", "")),
    ("cancel_repair", lambda t, crew, now: (t["id"], 1, "duplicate", "")),
    ("cancel_repair", lambda t, crew, now: (t["id"], 1, "boredom", "重复")),
    ("merge_repairs", lambda t, crew, now: (t["id"], 1, t["id"])),
    ("correct_repair_time", lambda t, crew, now: (t["id"], 1, "arrived", None, "录入错误")),
])
def test_bad_input_is_refused_and_nothing_is_written(api: Clients, db: Session,
                                                     clock: FixedClock, method: str,
                                                     build: Any) -> None:
    head = _Caller(api, "dh.head")
    ticket = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    crew = _svc(head, "fault_crews", None)[0]["id"]
    before = _counts(db)
    with pytest.raises(UserError) as refused:
        _svc(head, method, *build(ticket, crew, clock.now()), write=True)
    assert refused.value.message
    assert _counts(db) == before
    assert _svc(head, "repair_ticket", ticket["id"])["version"] == 1


def test_intake_without_a_place_or_with_another_office_area_is_refused(api: Clients,
                                                                      db: Session) -> None:
    clerk = _Caller(api, "dh.clerk1", locale="zh_CN")
    before = _counts(db)
    with pytest.raises(UserError, match="客户、地址或台区"):
        _svc(clerk, "report_fault", {"description": "停电", "kind": "no_power",
                                     "new_ticket": True}, write=True)
    with pytest.raises(UserError, match="台区"):
        _svc(clerk, "report_fault", _report(_free_area(db, "XH")), write=True)
    assert _counts(db) == before


def test_other_office_and_missing_rights_are_refused(api: Clients, db: Session) -> None:
    head, clerk = _Caller(api, "dh.head"), _Caller(api, "dh.clerk1")
    ticket = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    other = _Caller(api, "xh.head")
    with pytest.raises(PermissionDenied):
        _svc(other, "repair_ticket", ticket["id"])
    crew = _svc(head, "fault_crews", None)[0]["id"]
    with pytest.raises(PermissionDenied):
        _svc(other, "dispatch_crew", ticket["id"], 1, crew, None, write=True)
    with pytest.raises(PermissionDenied):
        _svc(clerk, "dispatch_crew", ticket["id"], 1, crew, None, write=True)
    board = _svc(other, "repair_tickets", {})["rows"]
    assert ticket["id"] not in {r["id"] for r in board}
    assert ticket["id"] in {r["id"] for r in _svc(clerk, "repair_tickets", {})["rows"]}


def test_close_cancel_and_the_audit_trail(api: Clients, db: Session,
                                          clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    crew = _svc(head, "fault_crews", None)[0]["id"]
    t = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    t = _svc(head, "dispatch_crew", t["id"], t["version"], crew, None, write=True)
    clock.advance(timedelta(minutes=20))
    t = _svc(head, "crew_arrived", t["id"], t["version"], None, write=True)
    clock.advance(timedelta(minutes=50))
    t = _svc(head, "supply_restored", t["id"], t["version"], None, "", write=True)
    t = _svc(head, "close_repair", t["id"], t["version"], "树障碰线", "已修剪树枝", write=True)
    assert (t["status"], t["cause"], t["result_note"]) == ("closed", "树障碰线", "已修剪树枝")
    assert [e["kind"] for e in t["timeline"]] == ["opened", "dispatched", "arrived",
                                                  "restored", "closed"]
    dup = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=1)), write=True)["ticket"]
    dup = _svc(head, "cancel_repair", dup["id"], dup["version"], "duplicate", "同一停电",
               write=True)
    assert dup["status"] == "cancelled" and dup["reports"] and \
        dup["reports"][0]["status"] == "cancelled"
    [item] = _items(db, dup["id"])
    assert (item.status, item.breached) == ("cancelled", None)
    methods = set(db.scalars(select(AuditLog.method).where(AuditLog.entity_type.in_(
        ("repair_ticket", "fault_report")))))
    assert {"service.report_fault", "service.dispatch_crew", "service.crew_arrived",
            "service.supply_restored", "service.close_repair",
            "service.cancel_repair"} <= methods


def test_correcting_the_arrival_time_restarts_restoration(api: Clients, db: Session,
                                                          clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    crew = _svc(head, "fault_crews", None)[0]["id"]
    t = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    t = _svc(head, "dispatch_crew", t["id"], t["version"], crew, None, write=True)
    clock.advance(timedelta(minutes=60))
    t = _svc(head, "crew_arrived", t["id"], t["version"], None, write=True)
    assert _items(db, t["id"])[0].breached is True
    corrected = clock.now() - timedelta(minutes=30)
    t = _svc(head, "correct_repair_time", t["id"], t["version"], "arrived",
             datetime_to_wire(corrected), "班组实际 30 分钟到达", write=True)
    arrival, old, new = _items(db, t["id"])
    assert arrival.closed_at == corrected and arrival.breached is False
    assert old.status == "cancelled" and new.opened_at == corrected and new.status == "open"
    assert t["timeline"][-1]["kind"] == "corrected"
    row = db.scalars(select(AuditLog).where(AuditLog.method == "service.correct_repair_time")
                     ).one()
    assert "班组实际" in str(row.details)


def test_moving_and_merging_reports(api: Clients, db: Session, clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    a = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    clock.advance(timedelta(minutes=5))
    b = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=1)), write=True)["ticket"]
    with pytest.raises(UserError):  # b started later: a cannot join it
        _svc(head, "merge_repairs", a["id"], a["version"], b["id"], write=True)
    moved = _svc(head, "move_fault_report", b["reports"][0]["id"], b["version"], a["id"],
                 write=True)
    assert moved["report_count"] == 2
    b = _svc(head, "repair_ticket", b["id"])
    assert b["status"] == "cancelled" and b["merged_into_id"] == a["id"]
    c = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=2)), write=True)["ticket"]
    merged = _svc(head, "merge_repairs", c["id"], c["version"], a["id"], write=True)
    assert merged["report_count"] == 3 and [i.status for i in _items(db, c["id"])] == ["cancelled"]


def test_crews_are_kept_by_dispatchers(api: Clients, db: Session) -> None:
    head, clerk = _Caller(api, "dh.head"), _Caller(api, "dh.clerk1")
    crew = _svc(head, "create_crew", None, {"name": "测试班", "phone": "0791-1234567",
                                            "members": "甲、乙", "area_served": "全所",
                                            "active": True}, write=True)
    with pytest.raises(UserError):
        _svc(head, "create_crew", None, {"name": "测试班", "phone": "1"}, write=True)
    changed = _svc(head, "update_crew", crew["id"], crew["version"], {"active": False},
                   write=True)
    assert changed["active"] is False and changed["version"] == 2
    with pytest.raises(Conflict):
        _svc(head, "update_crew", crew["id"], crew["version"], {"phone": "2"}, write=True)
    with pytest.raises(PermissionDenied):
        _svc(clerk, "create_crew", None, {"name": "x", "phone": "1"}, write=True)
    names = [c["name"] for c in _svc(clerk, "fault_crews", None)]
    assert "测试班" in names


def test_the_demo_history_feeds_the_dashboard(db: Session) -> None:
    closed = db.scalar(select(func.count()).select_from(RepairTicket)
                       .where(RepairTicket.status == "closed")) or 0
    items = db.execute(select(func.count(), func.count().filter(WorkItem.breached.is_(True)))
                       .where(WorkItem.source == "fault", WorkItem.status == "done")).one()
    assert closed >= 490
    assert 0.04 < items[1] / items[0] < 0.13
    grouped = db.scalar(select(func.max(select(func.count()).where(
        FaultReport.ticket_id == RepairTicket.id).scalar_subquery()))
        .where(RepairTicket.status == "open"))
    assert grouped == 3


def test_company_staff_see_every_office_and_report_into_an_office(api: Clients,
                                                                  db: Session) -> None:
    dh = _svc(_Caller(api, "dh.head"), "report_fault", _report(_free_area(db, "DH")),
              write=True)["ticket"]
    xh = _svc(_Caller(api, "xh.head"), "report_fault", _report(_free_area(db, "XH")),
              write=True)["ticket"]
    manager = _Caller(api, "manager")
    board = {r["id"] for r in _svc(manager, "repair_tickets", {})["rows"]}
    assert {dh["id"], xh["id"]} <= board
    assert _svc(manager, "fault_crews", None) == []
    admin = _Caller(api, "admin")
    with pytest.raises(UserError, match="business office"):
        _svc(admin, "report_fault", {"address": "某路1号", "description": "停电",
                                     "kind": "no_power", "new_ticket": True}, write=True)


def test_the_contract_and_the_server_name_the_same_codes() -> None:
    # (the schema's CHECKs take their code lists from the contract itself)
    from appserver.contract import faults as wire
    from appserver.service import fault_actions, fault_board

    assert wire.CANCEL_REASONS == fault_actions.CANCEL_REASONS
    assert tuple(fault_board.BOARD_STATES) == wire.BOARD_STATES

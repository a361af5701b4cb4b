"""Fault repair review fixes on PostgreSQL: regrouping claims versions and refuses tickets no
longer active, time corrections keep the clock time used (``used_s``) as a fresh close would,
and the board's risk filter agrees with its total."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import Conflict, UserError
from appserver.core.clock import FixedClock
from dbschema.models import FaultReport, RepairTicket, WorkItem
from tests.appserver.test_faults import _Caller, _counts, _free_area, _items, _report, _svc
from tests.helpers.api import Clients, office_id

pytestmark = pytest.mark.pg


def _state(db: Session, *ticket_ids: int) -> list[tuple[Any, ...]]:
    """Everything a regrouping could change about the tickets: status, version, reports,
    clocks."""
    db.expire_all()
    out: list[tuple[Any, ...]] = []
    for tid in ticket_ids:
        t = db.get(RepairTicket, tid)
        assert t is not None
        reports = db.scalars(select(FaultReport.id).where(FaultReport.ticket_id == tid)
                             .order_by(FaultReport.id)).all()
        items = [(i.id, i.status, i.breached, i.closed_at, i.used_s) for i in _items(db, tid)]
        out.append((t.status, t.version, t.merged_into_id, tuple(reports), tuple(items)))
    return out


def _fresh_used_s(item: WorkItem, at: datetime) -> int:
    """What close_item records for a continuous clock closed ``at``."""
    return max(0, int((at - item.opened_at).total_seconds()) - item.paused_s)


def test_merge_with_a_stale_version_is_a_conflict_and_changes_nothing(
        api: Clients, db: Session, clock: FixedClock) -> None:
    """Dispatcher 1 opens the later ticket; dispatcher 2 records the crew's arrival on it;
    dispatcher 1's merge (with the version it saw) must not cancel the finished arrival."""
    head, engineer = _Caller(api, "dh.head"), _Caller(api, "dh.engineer")
    crew = _svc(head, "fault_crews", None)[0]["id"]
    a = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    clock.advance(timedelta(minutes=5))
    b = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=1)), write=True)["ticket"]
    b = _svc(head, "dispatch_crew", b["id"], b["version"], crew, None, write=True)
    seen = b["version"]
    clock.advance(timedelta(minutes=10))
    _svc(engineer, "crew_arrived", b["id"], b["version"], None, write=True)
    before, counts = _state(db, a["id"], b["id"]), _counts(db)
    with pytest.raises(Conflict) as lost:
        _svc(head, "merge_repairs", b["id"], seen, a["id"], write=True)
    assert lost.value.details["current"]["status"] == "arrived"
    assert _state(db, a["id"], b["id"]) == before and _counts(db) == counts
    arrival = _items(db, b["id"])[0]
    assert (arrival.step, arrival.status, arrival.breached) == ("arrival", "done", False)


def test_move_with_a_stale_version_is_a_conflict_and_changes_nothing(
        api: Clients, db: Session, clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    a = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    clock.advance(timedelta(minutes=5))
    area = _free_area(db, "DH", skip=1)
    b = _svc(head, "report_fault", _report(area), write=True)["ticket"]
    b2 = _svc(head, "report_fault", {**_report(area), "new_ticket": False,
                                     "ticket_id": b["id"]}, write=True)["ticket"]
    first, second = (r["id"] for r in b2["reports"])
    # Two dispatchers each move one of b's two reports, both seeing b's same version: the
    # second is refused, so b cannot end up active without reports.
    _svc(head, "move_fault_report", first, b2["version"], a["id"], write=True)
    before, counts = _state(db, a["id"], b["id"]), _counts(db)
    with pytest.raises(Conflict):
        _svc(head, "move_fault_report", second, b2["version"], a["id"], write=True)
    assert _state(db, a["id"], b["id"]) == before and _counts(db) == counts
    b_now = _svc(head, "repair_ticket", b["id"])
    assert b_now["status"] == "open" and b_now["report_count"] == 1
    # With the current version the last report moves and b is cancelled as merged.
    _svc(head, "move_fault_report", second, b_now["version"], a["id"], write=True)
    b_now = _svc(head, "repair_ticket", b["id"])
    assert b_now["status"] == "cancelled" and b_now["merged_into_id"] == a["id"]


def _closed(head: _Caller, crew: int, ticket: dict[str, Any], clock: FixedClock
            ) -> dict[str, Any]:
    t = _svc(head, "dispatch_crew", ticket["id"], ticket["version"], crew, None, write=True)
    t = _svc(head, "crew_arrived", t["id"], t["version"], None, write=True)
    t = _svc(head, "supply_restored", t["id"], t["version"], None, "", write=True)
    return dict(_svc(head, "close_repair", t["id"], t["version"], "树障", "", write=True))


def test_merging_into_or_from_a_closed_ticket_is_refused(api: Clients, db: Session,
                                                         clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    crew = _svc(head, "fault_crews", None)[0]["id"]
    early = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    clock.advance(timedelta(minutes=5))
    late = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=1)),
                write=True)["ticket"]
    early = _closed(head, crew, early, clock)
    before, counts = _state(db, early["id"], late["id"]), _counts(db)
    with pytest.raises(UserError):  # into a closed ticket
        _svc(head, "merge_repairs", late["id"], late["version"], early["id"], write=True)
    with pytest.raises(UserError):  # a report into a closed ticket
        _svc(head, "move_fault_report", late["reports"][0]["id"], late["version"],
             early["id"], write=True)
    with pytest.raises(UserError):  # a new report joining a closed ticket
        _svc(head, "report_fault", {**_report(early["transformer_area"]), "new_ticket": False,
                                    "ticket_id": early["id"]}, write=True)
    assert _state(db, early["id"], late["id"]) == before and _counts(db) == counts

    clock.advance(timedelta(minutes=5))
    active = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=2)),
                  write=True)["ticket"]
    late = _closed(head, crew, _svc(head, "repair_ticket", late["id"]), clock)
    before, counts = _state(db, active["id"], late["id"]), _counts(db)
    # from a closed ticket (the target here started later: state is checked first)
    with pytest.raises(UserError, match="closed"):
        _svc(head, "merge_repairs", late["id"], late["version"], active["id"], write=True)
    assert _state(db, active["id"], late["id"]) == before and _counts(db) == counts


def test_a_corrected_arrival_keeps_used_s_as_a_fresh_close(api: Clients, db: Session,
                                                           clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    crew = _svc(head, "fault_crews", None)[0]["id"]
    t = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    t = _svc(head, "dispatch_crew", t["id"], t["version"], crew, None, write=True)
    clock.advance(timedelta(minutes=60))
    t = _svc(head, "crew_arrived", t["id"], t["version"], None, write=True)
    clock.advance(timedelta(minutes=60))
    t = _svc(head, "supply_restored", t["id"], t["version"], None, "", write=True)
    arrival, restoration = _items(db, t["id"])
    assert arrival.breached is True and arrival.used_s == 3600
    assert restoration.used_s == 3600

    corrected = clock.now() - timedelta(minutes=100)  # 20 minutes after the report
    t = _svc(head, "correct_repair_time", t["id"], t["version"], "arrived",
             datetime_to_wire(corrected), "班组实际 20 分钟到达", write=True)
    arrival, old, new = _items(db, t["id"])
    assert arrival.closed_at == corrected and arrival.due_at is not None
    assert arrival.breached is (corrected > arrival.due_at) is False
    assert arrival.used_s == _fresh_used_s(arrival, corrected) == 20 * 60
    # The restoration clock measured from the wrong arrival no longer counts at all …
    assert (old.status, old.breached, old.used_s) == ("cancelled", None, None)
    # … the new one runs from the corrected arrival to the recorded restoration.
    assert new.status == "done" and new.opened_at == corrected
    assert new.used_s == _fresh_used_s(new, clock.now()) == 100 * 60

    restored = clock.now() - timedelta(minutes=30)
    _svc(head, "correct_repair_time", t["id"], t["version"], "restored",
         datetime_to_wire(restored), "实际提前恢复", write=True)
    new = _items(db, t["id"])[2]
    assert new.due_at is not None
    assert new.closed_at == restored and new.breached is (restored > new.due_at)
    assert new.used_s == _fresh_used_s(new, restored) == 70 * 60


def test_the_risk_filter_agrees_with_the_total(api: Clients, db: Session,
                                               clock: FixedClock) -> None:
    head = _Caller(api, "dh.head")
    dh = office_id(db, "DH")
    late = _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)["ticket"]
    clock.advance(timedelta(minutes=50))  # past the 45-minute urban arrival commitment
    fresh = _svc(head, "report_fault", _report(_free_area(db, "DH", skip=1)),
                 write=True)["ticket"]
    everything = _svc(head, "repair_tickets", {"office_id": dh, "limit": 1000})
    breached = _svc(head, "repair_tickets", {"office_id": dh, "risk": "breached",
                                             "limit": 1000})
    assert {r["risk"] for r in breached["rows"]} == {"breached"}
    assert breached["total"] == len(breached["rows"])
    assert breached["total"] == sum(r["risk"] == "breached" for r in everything["rows"])
    assert late["id"] in {r["id"] for r in breached["rows"]}
    assert fresh["id"] not in {r["id"] for r in breached["rows"]}
    # A small limit takes the first matching tickets, not the first tickets then filtered
    # (the newest ticket, ``fresh``, is not breached).
    one = _svc(head, "repair_tickets", {"office_id": dh, "risk": "breached", "limit": 1})
    assert [r["risk"] for r in one["rows"]] == ["breached"]
    assert one["total"] == breached["total"]
    ok = _svc(head, "repair_tickets", {"office_id": dh, "risk": "ok", "limit": 1000})
    assert fresh["id"] in {r["id"] for r in ok["rows"]} and ok["total"] == len(ok["rows"])


def test_the_board_loads_the_calendar_once(api: Clients, db: Session,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from appserver.service import fault_board
    from appserver.work import items

    loads: list[object] = []
    real = items.load_calendar

    def counting(session: Session) -> Any:
        loads.append(session)
        return real(session)

    monkeypatch.setattr(fault_board, "load_calendar", counting)
    head = _Caller(api, "dh.head")
    _svc(head, "report_fault", _report(_free_area(db, "DH")), write=True)
    loads.clear()
    rows = _svc(head, "repair_tickets", {"state": "all", "limit": 50})["rows"]
    assert len(rows) > 1 and len(loads) == 1

"""The work platform's API on PostgreSQL: to-do scopes, taking and assigning, the dashboard's
figures on a small known data set, the export files, and the calendar edit."""

from __future__ import annotations

import base64
import csv
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import work as work_contract
from appserver.contract.errors import Conflict, PermissionDenied, UserError
from appserver.core.clock import FixedClock
from appserver.core.dates import OFFICE_ZONE
from appserver.work import stats
from appserver.work.items import Clock, close_item, pause_item
from dbschema.models import AuditLog, CalendarDay, OrgUnit
from tests.appserver.authz.work import new_item
from tests.helpers.api import ApiClient, Clients, make_user, office_id, open_session

pytestmark = pytest.mark.pg
WORK = "pmis.work"


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=OFFICE_ZONE).astimezone(UTC)


@dataclass
class Office:
    """A new office ZW (with hall ZW1) of its own, so figures are exact."""

    id: int
    hall: int
    users: dict[str, int]
    callers: dict[str, ApiClient]


def _unit(db: Session, parent: OrgUnit, kind: str, code: str) -> OrgUnit:
    unit = OrgUnit(parent_id=parent.id, kind=kind, code=code, name=code, path="",
                   timezone="Asia/Shanghai")
    db.add(unit)
    db.flush()
    unit.path = f"{parent.path}{unit.id}/"
    db.flush()
    return unit


@pytest.fixture
def zw(api: Clients, db: Session, clock: FixedClock) -> Iterator[Office]:
    dh = db.get(OrgUnit, office_id(db, "DH"))
    assert dh is not None and dh.parent_id is not None
    bureau = db.get(OrgUnit, dh.parent_id)
    assert bureau is not None
    office = _unit(db, bureau, "office", "ZW")
    hall = _unit(db, office, "hall", "ZW1")
    people = {"head": ("ZW", "office_head"), "clerk1": ("ZW1", "counter_clerk"),
              "clerk2": ("ZW1", "counter_clerk"), "engineer": ("ZW", "service_engineer")}
    users, callers = {}, {}
    for name, (code, role) in people.items():
        user = make_user(db, f"zw.{name}", code, [role], clock.now())
        user.full_name = f"ZW {name}"
        db.flush()
        users[name] = user.id
        token = open_session(db, user, clock.now(), timedelta(hours=12))
        callers[name] = ApiClient(api.runtime, token=token, locale="en")
    yield Office(office.id, hall.id, users, callers)


def _todo(caller: ApiClient, **filters: Any) -> dict[str, Any]:
    result: dict[str, Any] = caller.call(WORK, "todo", filters, {"limit": 200})
    return result


def _ids(result: dict[str, Any]) -> list[int]:
    return [r["id"] for r in result["rows"]]


def test_todo_scopes_mine_role_and_not_another_office(zw: Office, db: Session,
                                                      clock: FixedClock) -> None:
    now = clock.now()
    mine = new_item(db, zw.id, now, user_id=zw.users["clerk1"])
    queue = new_item(db, zw.id, now - timedelta(days=3))  # overdue, role queue
    engineer = new_item(db, zw.id, now, role="service_engineer")
    elsewhere = new_item(db, office_id(db, "DH"), now)
    paused = new_item(db, zw.id, now, user_id=zw.users["clerk1"])
    pause_item(db, paused, now, "customer away")

    clerk1 = _todo(zw.callers["clerk1"])
    assert _ids(clerk1) == [queue.id, mine.id, paused.id]  # overdue first, paused last
    assert clerk1["total"] == 3
    assert clerk1["counts"] == {"mine": 2, "role": 1, "escalated": 0, "breached": 1,
                                "near": 0, "paused": 1}
    row = clerk1["rows"][1]
    assert row["assigned_user_name"] == "ZW clerk1" and row["risk"] == "ok"
    assert _ids(_todo(zw.callers["clerk1"], scope="mine")) == [mine.id, paused.id]
    assert _ids(_todo(zw.callers["clerk1"], scope="role")) == [queue.id]
    assert _ids(_todo(zw.callers["clerk1"], risk="breached")) == [queue.id]
    assert _ids(_todo(zw.callers["clerk1"], source="fault")) == []
    assert _ids(_todo(zw.callers["clerk2"])) == [queue.id]
    assert _ids(_todo(zw.callers["engineer"])) == [engineer.id]
    assert elsewhere.id not in _ids(_todo(zw.callers["head"]))
    with pytest.raises(UserError):
        zw.callers["clerk1"].call(WORK, "todo", {"scope": "everyone"}, None)


def test_todo_leaves_out_an_item_assigned_across_office_lines(zw: Office, db: Session,
                                                               clock: FixedClock) -> None:
    """Review finding (defence in depth): an item of another office assigned to a person is not
    on their list, where every action on it would be refused."""
    now = clock.now()
    mine = new_item(db, zw.id, now, user_id=zw.users["clerk1"])
    astray = new_item(db, office_id(db, "DH"), now, user_id=zw.users["clerk1"])
    astray_no_role = new_item(db, office_id(db, "DH"), now, role=None,
                              user_id=zw.users["clerk1"])
    listed = _todo(zw.callers["clerk1"])
    assert _ids(listed) == [mine.id]
    assert listed["counts"]["mine"] == 1 and listed["total"] == 1
    assert _ids(_todo(zw.callers["clerk1"], scope="mine")) == [mine.id]
    assert astray.id not in _ids(_todo(zw.callers["head"]))
    assert astray_no_role.id not in _ids(_todo(zw.callers["head"]))


def test_take_from_the_role_queue(zw: Office, db: Session, clock: FixedClock) -> None:
    item = new_item(db, zw.id, clock.now())
    clerk2, clerk1 = zw.callers["clerk2"], zw.callers["clerk1"]
    rid = str(uuid.uuid4())
    taken = clerk2.call(WORK, "take_item", item.id, write=True, request_id=rid)
    assert (taken["assigned_user_id"], taken["assigned_user_name"]) == (zw.users["clerk2"],
                                                                        "ZW clerk2")
    again = clerk2.call(WORK, "take_item", item.id, write=True, request_id=rid)
    assert again == taken  # a resend is replayed
    with pytest.raises(Conflict, match="ZW clerk2"):
        clerk1.call(WORK, "take_item", item.id, write=True)
    with pytest.raises(PermissionDenied):  # another role
        zw.callers["engineer"].call(WORK, "take_item", new_item(db, zw.id, clock.now()).id,
                                    write=True)
    with pytest.raises(PermissionDenied):  # another office
        clerk1.call(WORK, "take_item", new_item(db, office_id(db, "DH"), clock.now()).id,
                    write=True)
    done = new_item(db, zw.id, clock.now())
    close_item(db, done, clock.now(), None)
    with pytest.raises(UserError):
        clerk1.call(WORK, "take_item", done.id, write=True)
    audit = db.scalars(select(AuditLog).where(AuditLog.method == "work.take_item",
                                              AuditLog.entity_id == item.id)).all()
    assert len(audit) == 1 and audit[0].outcome == "ok"


def test_the_head_assigns_only_to_a_person_of_the_role_and_office(
        api: Clients, zw: Office, db: Session, clock: FixedClock) -> None:
    item = new_item(db, zw.id, clock.now())
    head = zw.callers["head"]
    given = head.call(WORK, "assign_item", item.id, zw.users["clerk1"], write=True)
    assert given["assigned_user_id"] == zw.users["clerk1"]  # a hall clerk works for ZW
    assert item.id in _ids(_todo(zw.callers["clerk1"], scope="mine"))
    with pytest.raises(UserError, match="counter_clerk"):
        head.call(WORK, "assign_item", item.id, zw.users["engineer"], write=True)
    other = make_user(db, "dh.someone", "DH1", ["counter_clerk"], clock.now())
    with pytest.raises(UserError):
        head.call(WORK, "assign_item", item.id, other.id, write=True)
    with pytest.raises(UserError):
        head.call(WORK, "assign_item", item.id, 2**30, write=True)
    back = head.call(WORK, "assign_item", item.id, None, write=True)
    assert back["assigned_user_id"] is None
    assert item.id in _ids(_todo(zw.callers["clerk2"], scope="role"))
    with pytest.raises(PermissionDenied):  # clerks do not assign
        zw.callers["clerk1"].call(WORK, "assign_item", item.id, zw.users["clerk1"],
                                  write=True)
    with pytest.raises(PermissionDenied):  # another office's head
        api.as_user("xh.head").call(WORK, "assign_item", item.id, None, write=True)


def _known_data_set(zw: Office, db: Session, clock: FixedClock) -> None:
    """Closed in Nov 16-20: complaints 3 on time + 1 late, faults 2 on time; open now: one
    overdue, one near its deadline, one paused, one fine."""
    clerk1, clerk2 = zw.users["clerk1"], zw.users["clerk2"]
    for day, late, by in ((16, False, clerk1), (17, False, clerk1), (17, False, clerk2),
                          (18, True, clerk1)):
        item = new_item(db, zw.id, local(2026, 11, day, 9), clock=Clock.working_days(1))
        close_item(db, item, local(2026, 11, day + 1, 11 if late else 8), by)
    for day in (19, 20):
        item = new_item(db, zw.id, local(2026, 11, day, 9), clock=Clock.minutes(45),
                        sla_type="fault_urban", step="arrival", source="fault")
        close_item(db, item, local(2026, 11, day, 9, 30), clerk2)
    now = clock.now()  # Sat 2026-11-28 17:00 local
    new_item(db, zw.id, now - timedelta(hours=3), clock=Clock.minutes(60))  # overdue
    new_item(db, zw.id, now - timedelta(minutes=50), clock=Clock.minutes(60))  # near
    paused = new_item(db, zw.id, now, clock=Clock.working_days(1))
    pause_item(db, paused, now, "waiting")
    new_item(db, zw.id, now, clock=Clock.working_days(5), sla_type="new_lv_residential",
             step="survey", source="application", role="service_engineer")


def test_dashboard_figures_on_a_known_data_set(zw: Office, db: Session,
                                               clock: FixedClock) -> None:
    _known_data_set(zw, db, clock)
    board = zw.callers["head"].call(WORK, "dashboard", zw.id, "2026-11-16", "2026-11-22")
    assert board["open"] == {"total": 4, "paused": 1, "near": 1, "breached": 1,
                             "predicted": 0, "escalated": 0}
    stages = {(s["sla_type"], s["step"]): s for s in board["by_stage"]}
    assert stages[("complaint", "contact")]["open"] == 3
    assert stages[("complaint", "contact")]["breached"] == 1
    assert stages[("new_lv_residential", "survey")]["open"] == 1
    rates = {a["sla_type"]: (a["closed"], a["on_time"], a["rate"]) for a in board["achievement"]}
    assert rates == {"complaint": (4, 3, "75.0"), "fault_urban": (2, 2, "100.0")}
    people = {t["name"]: t for t in board["throughput"]}
    assert (people["ZW clerk1"]["closed"], people["ZW clerk1"]["rate"]) == (3, "66.7")
    assert (people["ZW clerk2"]["closed"], people["ZW clerk2"]["rate"]) == (3, "100.0")
    # clerk2: 23 h (Tue 09:00 - Wed 08:00) and two 30-minute arrivals -> 8.0 h on average
    assert people["ZW clerk2"]["avg_hours"] == "8.0"
    daily = {d["day"]: (d["opened"], d["closed"]) for d in board["daily"]}
    assert len(daily) == 7
    assert daily["2026-11-16"] == (1, 0)
    assert daily["2026-11-17"] == (2, 1)
    assert daily["2026-11-18"] == (1, 2)
    assert daily["2026-11-19"] == (1, 2)  # the late complaint (Thu 11:00) and a fault
    assert daily["2026-11-22"] == (0, 0)
    # the whole visible scope includes ZW too; a clerk may not see the dashboard
    assert zw.callers["head"].call(WORK, "dashboard", None, "2026-11-16",
                                   "2026-11-22")["open"]["total"] >= 4
    with pytest.raises(PermissionDenied):
        zw.callers["clerk1"].call(WORK, "dashboard", zw.id, "2026-11-16", "2026-11-22")
    with pytest.raises(UserError, match="after the last day"):
        zw.callers["head"].call(WORK, "dashboard", zw.id, "2026-11-22", "2026-11-16")


def test_list_items_drill_down(zw: Office, db: Session, clock: FixedClock) -> None:
    _known_data_set(zw, db, clock)
    head = zw.callers["head"]
    late = head.call(WORK, "list_items", {"office_id": zw.id, "status": "done",
                                          "risk": "breached", "from_day": "2026-11-16",
                                          "to_day": "2026-11-22"}, None)
    assert late["total"] == 1 and late["rows"][0]["breached"] is True
    opened = head.call(WORK, "list_items", {"office_id": zw.id}, {"limit": 2})
    assert opened["total"] == 4 and len(opened["rows"]) == 2
    assert opened["rows"][0]["risk"] == "breached"
    faults = head.call(WORK, "list_items", {"office_id": zw.id, "status": "all",
                                            "source": "fault", "from_day": "2026-11-01",
                                            "to_day": "2026-11-30"}, None)
    assert faults["total"] == 2


def test_export_csv_and_xlsx(api: Clients, zw: Office, db: Session, clock: FixedClock) -> None:
    _known_data_set(zw, db, clock)
    head_zh = ApiClient(api.runtime, token=zw.callers["head"].token, locale="zh_CN")
    criteria = {"office_id": zw.id, "status": "all", "from_day": "2026-11-16",
                "to_day": "2026-11-22"}
    result = head_zh.call(WORK, "export_items", criteria, "csv")
    raw = base64.b64decode(result["content_base64"])
    assert raw.startswith(b"\xef\xbb\xbf") and result["filename"].endswith(".csv")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "类别", "业务类型"]
    assert result["rows"] == 10 and len(rows) == 11
    assert sum(1 for r in rows[1:] if r[13] == "是") == 1  # one late complaint

    book = head_zh.call(WORK, "export_items", criteria, "xlsx")
    sheet = load_workbook(io.BytesIO(base64.b64decode(book["content_base64"]))).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "编号" and len(values) == 11
    assert sorted(str(v[6]) for v in values[1:])[:2] == ["临近超时", "已超时"]
    with pytest.raises(UserError):
        head_zh.call(WORK, "export_items", criteria, "pdf")


def test_an_export_too_large_for_one_message_is_refused(
        api: Clients, zw: Office, db: Session, clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _known_data_set(zw, db, clock)
    criteria = {"office_id": zw.id, "status": "all", "from_day": "2026-11-16",
                "to_day": "2026-11-22"}
    monkeypatch.setattr(work_contract, "EXPORT_MAX_BYTES", 200)  # ten rows are more
    with pytest.raises(UserError, match="too large"):
        zw.callers["head"].call(WORK, "export_items", criteria, "csv")


def test_calendar_edit_changes_only_items_opened_afterwards(
        zw: Office, db: Session, clock: FixedClock) -> None:
    head = zw.callers["head"]
    before = head.call(WORK, "calendar", 2026)
    assert before["working_days"][9] == 18  # October 2026: 22 weekdays - 5 holidays + Sat 10
    assert {"day": "2026-10-10", "kind": "workday", "name": "国庆节调休上班"} in before["days"]
    now = clock.now()  # Saturday Nov 28
    early = new_item(db, zw.id, now, clock=Clock.working_days(1))
    assert early.due_at == local(2026, 12, 1)  # all of Monday Nov 30
    after = head.call(WORK, "set_calendar_day", "2026-11-30", "holiday", "检修停工",
                      write=True)
    assert {"day": "2026-11-30", "kind": "holiday", "name": "检修停工"} in after["days"]
    assert after["working_days"][10] == before["working_days"][10] - 1
    db.refresh(early)
    assert early.due_at == local(2026, 12, 1)  # kept
    late = new_item(db, zw.id, now, clock=Clock.working_days(1))
    assert late.due_at == local(2026, 12, 2)  # Tuesday: Monday is off now
    audit = db.scalars(select(AuditLog).where(AuditLog.method == "work.set_calendar_day")
                       .order_by(AuditLog.seq.desc())).first()
    assert audit is not None and audit.entity_id == 20261130

    cleared = head.call(WORK, "set_calendar_day", "2026-11-30", None, "", write=True)
    assert all(d["day"] != "2026-11-30" for d in cleared["days"])
    assert new_item(db, zw.id, now, clock=Clock.working_days(1)).due_at == local(2026, 12, 1)
    assert db.get(CalendarDay, local(2026, 11, 30).astimezone(OFFICE_ZONE).date()) is None


@pytest.mark.parametrize("day, kind, name, problem", [
    ("2026-11-28", "holiday", "x", "weekend day"),
    ("2026-11-27", "workday", "x", "weekday"),
    ("2026-11-27", "holiday", "", "name"),
    ("2026-11-27", "vacation", "x", "Day type"),
    ("1999-12-31", "holiday", "x", "Day"),
])
def test_pointless_or_bad_calendar_edits_are_refused(zw: Office, db: Session, day: str,
                                                     kind: str, name: str,
                                                     problem: str) -> None:
    rows = db.scalar(select(func.count()).select_from(CalendarDay))
    with pytest.raises(UserError, match=problem):
        zw.callers["head"].call(WORK, "set_calendar_day", day, kind, name, write=True)
    assert db.scalar(select(func.count()).select_from(CalendarDay)) == rows
    with pytest.raises(PermissionDenied):
        zw.callers["clerk1"].call(WORK, "set_calendar_day", "2026-11-27", "holiday", "x",
                                  write=True)


def test_an_escalated_item_of_the_head_is_listed_once(zw: Office, db: Session,
                                                      clock: FixedClock) -> None:
    now = clock.now()
    own = new_item(db, zw.id, now - timedelta(hours=2), clock=Clock.minutes(30),
                   user_id=zw.users["head"])
    queue = new_item(db, zw.id, now - timedelta(hours=2), clock=Clock.minutes(30))
    for item in (own, queue):
        item.escalated_at = now
    db.flush()
    head = _todo(zw.callers["head"])
    assert sorted(_ids(head)) == sorted([own.id, queue.id])  # own, and the clerks' queue
    assert head["counts"]["mine"] == 1 and head["counts"]["escalated"] == 2
    assert sorted(_ids(_todo(zw.callers["head"], scope="escalated"))) == sorted(
        [own.id, queue.id])
    assert _ids(_todo(zw.callers["head"], scope="mine")) == [own.id]
    empty = zw.callers["head"].call(WORK, "todo", {}, {"offset": 50, "limit": 10})
    assert empty["rows"] == [] and empty["counts"]["escalated"] == 2 and empty["total"] == 2


@pytest.mark.parametrize("built_on", [date(2026, 11, 19), date(2026, 11, 28)])
def test_dashboard_reads_the_daily_rollups_with_the_same_figures(
        zw: Office, db: Session, clock: FixedClock, built_on: date) -> None:
    _known_data_set(zw, db, clock)
    head = zw.callers["head"]
    live = head.call(WORK, "dashboard", zw.id, "2026-11-16", "2026-11-22")
    stats.rebuild(db, built_on)  # what the daily job does: days before built_on rolled up
    assert stats.built_on(db) == built_on
    rolled = head.call(WORK, "dashboard", zw.id, "2026-11-16", "2026-11-22")
    assert {k: v for k, v in rolled.items() if k != "as_of"} == {
        k: v for k, v in live.items() if k != "as_of"}

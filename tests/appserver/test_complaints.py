"""Complaints, suggestions and praise on PostgreSQL: intake, both service-level clocks on the
working calendar with a fixed clock (across a weekend), pause and resume, contact and reply
closing their items with the breached verdict, repeat detection, callback, close and reopen,
office scope, bad input and exactly-once writes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import Conflict, PermissionDenied, UserError
from dbschema.models import AuditLog, Complaint, ComplaintEvent, Customer, User, WorkItem
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg
# TEST_START is Saturday 2026-11-28 17:00 in Shanghai: the clocks start on Monday.
MONDAY_END = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 2026-12-01 00:00 +08:00
SEVENTH_DAY_END = datetime(2026, 12, 8, 16, 0, tzinfo=UTC)  # Tue 8 Dec, end of day


def svc(client: ApiClient, method: str, *args: Any, write: bool = False,
        request_id: str | None = None) -> Any:
    return client.call(OBJECT_SERVICE, method, *args, write=write, request_id=request_id)


def customer_of(db: Session, code: str, skip: int = 0) -> Customer:
    """A customer of the office without complaints in the demo history (no repeat flag)."""
    return db.scalars(select(Customer).where(Customer.office_id == office_id(db, code),
                                             Customer.id.not_in(select(Complaint.customer_id)
                                                                .where(Complaint.customer_id
                                                                       .is_not(None))))
                      .order_by(Customer.id).offset(skip).limit(1)).one()


def intake(client: ApiClient, **over: Any) -> dict[str, Any]:
    data = {"kind": "complaint", "channel": "counter", "category": "billing",
            "subject": "电费偏高", "text": "本月电费比上月高出一倍，要求核查。", **over}
    result: dict[str, Any] = svc(client, "register_complaint", data, write=True)
    return result


def items(db: Session, complaint_id: int) -> dict[str, WorkItem]:
    db.expire_all()
    return {i.step: i for i in db.scalars(select(WorkItem).where(
        WorkItem.source == "complaint", WorkItem.source_id == complaint_id,
        WorkItem.status.in_(("open", "paused"))))}


def later(api: Clients, delta: timedelta, username: str = "dh.clerk1") -> ApiClient:
    """Move the clock (sessions idle out meanwhile) and log in again."""
    api.clock.advance(delta)
    return api.as_user(username)


def act(client: ApiClient, method: str, c: dict[str, Any], *args: Any) -> dict[str, Any]:
    result: dict[str, Any] = svc(client, method, c["id"], c["version"], *args, write=True)
    return result


def test_intake_opens_contact_and_reply_clocks_from_the_next_working_day(
        api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    customer = customer_of(db, "DH")
    c = intake(clerk, customer_id=customer.id)
    assert c["reference"] == f"TS{c['id']:08d}" and c["status"] == "registered"
    assert c["contact_name"] == customer.name and not c["repeat"]
    assert c["office_id"] == customer.office_id and c["assigned_role"] == "counter_clerk"
    open_ = items(db, c["id"])
    assert set(open_) == {"contact", "reply"}
    assert open_["contact"].due_at == MONDAY_END
    assert open_["reply"].due_at == SEVENTH_DAY_END
    assert open_["contact"].sla_type == "complaint" and open_["contact"].customer_id == customer.id
    assert c["clock"]["step"] == "contact" and c["clock"]["risk"] == "ok"
    assert [h["action"] for h in c["history"]] == ["registered"]
    assert c["actions"] == ["assign", "contact", "pause", "reply"]
    audit = db.scalars(select(AuditLog).where(AuditLog.method == "service.register_complaint",
                                              AuditLog.entity_id == c["id"])).one()
    assert audit.outcome == "ok" and audit.entity_type == "complaint"


def test_contact_in_time_and_a_late_reply_are_judged(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    c = intake(clerk, customer_id=customer_of(db, "DH").id)
    clerk = later(api, timedelta(days=2))  # Monday 17:00 local: contact still in time
    c = act(clerk, "record_complaint_contact", c, "已电话联系客户，约定上门核表。")
    contact = db.scalars(select(WorkItem).where(WorkItem.source_id == c["id"],
                                                WorkItem.step == "contact")).one()
    assert contact.status == "done" and contact.breached is False
    assert c["status"] == "contacted" and "contact" not in c["actions"]
    clerk = later(api, timedelta(days=12))  # past the seventh working day
    listed = svc(clerk, "list_complaints", {"overdue": True}, {"limit": 200})
    assert c["id"] in [r["id"] for r in listed["rows"]]
    row = next(r for r in listed["rows"] if r["id"] == c["id"])
    assert row["clock"]["risk"] == "breached" and row["clock"]["time_left_s"] < 0
    c = act(clerk, "reply_complaint", c, "经核查表计正常，电量属实，已向客户解释。")
    db.expire_all()
    reply = db.scalars(select(WorkItem).where(WorkItem.source_id == c["id"],
                                              WorkItem.step == "reply")).one()
    assert reply.status == "done" and reply.breached is True
    assert c["status"] == "replied" and c["clock"] is None


def test_pause_keeps_the_time_left_and_resume_moves_the_deadline(api: Clients,
                                                                 db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    c = intake(clerk, customer_id=customer_of(db, "DH").id)
    clerk = later(api, timedelta(days=2))  # Monday 17:00 local
    c = act(clerk, "record_complaint_contact", c, "联系上了")
    c = act(clerk, "pause_complaint", c, "等待客户提供缴费凭证")
    reply = items(db, c["id"])["reply"]
    assert reply.status == "paused" and reply.due_at is None
    left = reply.remaining_s
    assert left is not None and 6 * 86400 < left < 7 * 86400
    assert c["paused"] and c["clock"]["risk"] == "paused"
    with pytest.raises(UserError):
        act(clerk, "pause_complaint", c, "again")
    clerk = later(api, timedelta(days=2))  # Wednesday 17:00 local: two working days waited
    c = act(clerk, "resume_complaint", c)
    reply = items(db, c["id"])["reply"]
    assert reply.status == "open" and reply.paused_s > 0
    assert reply.due_at == SEVENTH_DAY_END + timedelta(days=2)
    assert [h["action"] for h in c["history"]][-2:] == ["paused", "resumed"]


def test_repeat_complaints_are_flagged_by_customer_and_by_phone(api: Clients,
                                                                db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    customer = customer_of(db, "DH", 3)
    first = intake(clerk, customer_id=customer.id)
    clerk = later(api, timedelta(days=30))
    second = intake(clerk, customer_id=customer.id, category="meter")
    assert second["repeat"] and second["repeat_of"]["id"] == first["id"]
    assert [o["id"] for o in second["others"]] == [first["id"]]
    walk_in = {"contact_name": "王先生", "contact_phone": "13900001111"}
    intake(clerk, **walk_in)
    assert intake(clerk, **walk_in)["repeat"]
    suggestion = intake(clerk, kind="suggestion", customer_id=customer.id)
    assert not suggestion["repeat"]  # only complaints count
    listed = svc(clerk, "list_complaints", {"repeat": True}, {"limit": 200})["rows"]
    assert {second["id"]} <= {r["id"] for r in listed}
    assert all(r["repeat"] for r in listed)
    clerk = later(api, timedelta(days=91))
    assert not intake(clerk, customer_id=customer.id)["repeat"]


def test_suggestion_owes_only_a_reply_and_praise_nothing(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    s = intake(clerk, kind="suggestion", category="business_handling",
               contact_name="李女士", contact_phone="0791-8888666")
    assert set(items(db, s["id"])) == {"reply"}
    assert items(db, s["id"])["reply"].sla_type == "suggestion"
    assert [(i["type_name"], i["step_name"]) for i in s["items"]] == [("Suggestion", "Reply")]
    with pytest.raises(UserError):
        act(clerk, "record_complaint_contact", s, "x")
    s = act(clerk, "reply_complaint", s, "感谢建议，已转交业务部门。")
    s = act(clerk, "close_complaint", s, "")
    assert s["status"] == "closed"
    p = intake(clerk, kind="praise", category="service_attitude", contact_name="张先生",
               contact_phone="13800002222")
    assert items(db, p["id"]) == {}
    with pytest.raises(UserError):
        act(clerk, "reply_complaint", p, "x")
    assert act(clerk, "close_complaint", p, "已转告营业厅")["status"] == "closed"


def test_callback_close_and_reopen_when_unsatisfied(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    c = intake(clerk, customer_id=customer_of(db, "DH", 1).id)
    c = act(clerk, "reply_complaint", c, "已答复")
    assert c["contacted_at"] is not None  # the reply was also the contact
    with pytest.raises(UserError):
        act(clerk, "close_complaint", c, "")  # a complaint needs its callback first
    c = act(clerk, "record_complaint_callback", c, "unsatisfied", "客户认为解释不充分")
    assert c["satisfaction"] == "unsatisfied" and "reopen" in c["actions"]
    c = act(clerk, "reopen_complaint", c, "客户不满意，重新核查")
    assert c["status"] == "contacted" and c["reopen_count"] == 1
    assert set(items(db, c["id"])) == {"reply"}
    c = act(clerk, "reply_complaint", c, "现场复核完毕")
    c = act(clerk, "record_complaint_callback", c, "satisfied", "")
    c = act(clerk, "close_complaint", c, "办结")
    assert c["status"] == "closed" and c["closed_at"] is not None
    assert [h["action"] for h in c["history"]] == [
        "registered", "replied", "callback", "reopened", "replied", "callback", "closed"]
    with pytest.raises(UserError):
        act(clerk, "reply_complaint", c, "x")


def test_assignment_moves_the_open_items(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    codes = svc(clerk, "complaint_codes")
    assert {c["code"] for c in codes["categories"]} >= {"billing", "outage"}
    clerk2 = next(u for u in codes["users"] if u["username"] == "dh.clerk2")
    c = intake(clerk, customer_id=customer_of(db, "DH").id)
    c = act(clerk, "assign_complaint", c, {"user_id": clerk2["id"]})
    assert c["assigned_name"] and c["assigned_role"] is None
    assert {i.assigned_user_id for i in items(db, c["id"]).values()} == {clerk2["id"]}
    xh_user = db.scalar(select(func.min(Customer.id)))  # any id: refused below unless visible
    assert xh_user is not None
    with pytest.raises(UserError):
        act(clerk, "assign_complaint", c, {"user_id": clerk2["id"], "role": "office_head"})


def test_office_scope(api: Clients, db: Session) -> None:
    dh, xh = api.as_user("dh.clerk1"), api.as_user("xh.clerk1")
    c = intake(xh, customer_id=customer_of(db, "XH").id)
    with pytest.raises(PermissionDenied):
        svc(dh, "get_complaint", c["id"])
    with pytest.raises(PermissionDenied):
        act(dh, "record_complaint_contact", c, "x")
    with pytest.raises(PermissionDenied):
        intake(dh, customer_id=customer_of(db, "XH").id)
    assert c["id"] not in {r["id"] for r in svc(dh, "list_complaints", {}, {})["rows"]}
    assert c["id"] in {r["id"] for r in svc(api.as_user("manager"), "list_complaints",
                                             {}, {})["rows"]}


def test_bad_input_writes_nothing_and_stale_versions_conflict(api: Clients,
                                                               db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    before = db.scalar(select(func.count()).select_from(Complaint))
    for bad in ({"subject": ""}, {"category": "weather"}, {"kind": "threat"},
                {"contact_name": "王", "contact_phone": ""}, {"contact_phone": "abc"},
                {"customer_id": 10**9}, {"unknown": 1}):
        with pytest.raises((UserError, Exception)) as exc:
            intake(clerk, **bad)
        assert type(exc.value).__name__ in ("UserError", "NotFound"), bad
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Complaint)) == before
    c = intake(clerk, customer_id=customer_of(db, "DH").id)
    act(clerk, "record_complaint_contact", c, "联系")
    with pytest.raises(Conflict):
        act(clerk, "pause_complaint", c, "stale version")
    events = db.scalar(select(func.count()).select_from(ComplaintEvent)
                       .where(ComplaintEvent.complaint_id == c["id"]))
    assert events == 2


def test_a_resent_intake_is_recorded_once(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    rid = str(uuid.uuid4())
    data = {"kind": "complaint", "channel": "phone", "category": "outage", "subject": "停电",
            "text": "小区停电三小时", "contact_name": "赵", "contact_phone": "13700003333"}
    first = svc(clerk, "register_complaint", data, write=True, request_id=rid)
    again = svc(clerk, "register_complaint", data, write=True, request_id=rid)
    assert first["id"] == again["id"]
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Complaint)
                     .where(Complaint.contact_phone == "13700003333")) == 1


def test_chinese_names_for_a_chinese_caller(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1", locale="zh_CN")
    c = intake(clerk, customer_id=customer_of(db, "DH").id)
    assert c["kind_name"] == "投诉" and c["category_name"] == "电费电价"
    assert c["items"][0]["step_name"] == "联系客户" and c["items"][0]["type_name"] == "投诉"


def test_repeats_and_the_customer_history_stay_within_the_visible_offices(
        api: Clients, db: Session) -> None:
    """Review finding: a DH complaint from a phone that complained at XH showed XH's complaint
    (id, subject, category, status) and was flagged as a repeat of it."""
    dh, xh = api.as_user("dh.clerk1"), api.as_user("xh.clerk1")
    phone = "13800001111"
    theirs = intake(xh, contact_name="钱先生", contact_phone=phone, subject="西湖所的投诉主题",
                    category="meter")
    ours = intake(dh, contact_name="钱先生", contact_phone=phone)
    assert not ours["repeat"] and ours["repeat_of"] is None
    assert theirs["id"] not in [o["id"] for o in ours["others"]]
    assert "西湖所的投诉主题" not in repr(ours)
    again = intake(dh, contact_name="钱先生", contact_phone=phone)  # a repeat within DH
    assert again["repeat"] and again["repeat_of"]["id"] == ours["id"]
    assert theirs["id"] not in [o["id"] for o in again["others"]]
    read = svc(dh, "get_complaint", ours["id"])
    assert theirs["id"] not in [o["id"] for o in read["others"]]
    db.expire_all()
    assert db.get(Complaint, ours["id"]).repeat_of_id is None  # type: ignore[union-attr]
    # whoever sees both offices sees both complaints in the history
    both = svc(api.as_user("manager"), "get_complaint", ours["id"])
    assert theirs["id"] in [o["id"] for o in both["others"]]
    # a link to another office's complaint (recorded by someone who sees both) is not shown
    stored = db.get(Complaint, again["id"])
    assert stored is not None
    stored.repeat_of_id = theirs["id"]
    db.flush()
    assert svc(dh, "get_complaint", again["id"])["repeat_of"] is None


def test_a_complaint_goes_only_to_a_handler_of_its_own_office(api: Clients,
                                                               db: Session) -> None:
    """Review finding: cq.head (sees DH and XH) could give a DH complaint to xh.clerk1, whose
    to-do then listed the DH items while every action on them was refused."""
    other_customer = customer_of(db, "DH", 5)
    c = intake(api.as_user("dh.clerk1"), customer_id=customer_of(db, "DH", 4).id)
    user_ids = {name: uid for name, uid in db.execute(select(User.username, User.id))}
    for locale, needle in (("en", "another office"), ("zh_CN", "不属于该投诉所属单位")):
        head = api.as_user("cq.head", locale=locale)
        with pytest.raises(UserError, match=needle) as refused:
            act(head, "assign_complaint", c, {"user_id": user_ids["xh.clerk1"]})
        assert refused.value.details == {"field": "cmp_assigned_user"}
    head = api.as_user("cq.head")
    with pytest.raises(UserError, match="not allowed to handle complaints"):
        act(head, "assign_complaint", c, {"user_id": user_ids["dh.reader"]})
    with pytest.raises(UserError, match="another office"):  # at intake too
        intake(head, customer_id=other_customer.id,
               assigned_user_id=user_ids["xh.clerk1"])
    db.expire_all()
    stored = db.get(Complaint, c["id"])
    assert stored is not None and stored.version == c["version"]
    assert (stored.assigned_user_id, stored.assigned_role) == (None, "counter_clerk")
    assert {i.assigned_user_id for i in items(db, c["id"]).values()} == {None}
    assert db.scalar(select(func.count()).select_from(Complaint)
                     .where(Complaint.customer_id == other_customer.id)) == 0
    assert [e.action for e in db.scalars(select(ComplaintEvent).where(
        ComplaintEvent.complaint_id == c["id"]))] == ["registered"]
    xh_todo = api.as_user("xh.clerk1").call("pmis.work", "todo", {"scope": "mine"},
                                            {"limit": 200})
    assert not {i.id for i in items(db, c["id"]).values()} & {r["id"] for r in xh_todo["rows"]}
    # a hall clerk works for the hall's office: dh.clerk2 (of DH1) takes a DH complaint
    c = act(head, "assign_complaint", c, {"user_id": user_ids["dh.clerk2"]})
    assert c["assigned_user_id"] == user_ids["dh.clerk2"]
    codes = svc(api.as_user("dh.clerk1"), "complaint_codes")
    offered = {u["username"] for u in codes["users"]}
    assert {"dh.clerk1", "dh.clerk2", "dh.head"} <= offered
    assert not offered & {"dh.reader", "dh.metertech", "xh.clerk1"}

"""Demo complaints and consultations: ~300 closed complaints and suggestions over the last 90
days (their contact and reply items closed, about 10% late, for the work platform's
dashboard), ~30 open ones at DH and XH in every state (fresh, contacted, paused, replied and
awaiting the callback, near breach, breached, one repeat), and ~200 consultations of the
last days.

The closed history is written in bulk (Core inserts) with deadlines from the work items' own
clock arithmetic (``appserver.work.items.advance``); the open complaints go through
``open_item`` / ``pause_item`` / ``close_item`` like live work, relative to the moment of
seeding (the server's clock), so their countdowns run in the client.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from appserver.core.clock import SystemClock
from appserver.core.dates import OFFICE_ZONE
from appserver.service import complaint_codes as codes
from appserver.service.complaint_service import CONTACT_DAYS, REPLY_DAYS, reference
from appserver.work.calendar import DAY_S
from appserver.work.items import (
    Clock,
    advance,
    close_item,
    load_calendar,
    open_item,
    pause_item,
)
from dbschema.models import (
    Complaint,
    ComplaintEvent,
    Consultation,
    Customer,
    OrgUnit,
    User,
    WorkItem,
)

HISTORY = 300
HISTORY_DAYS = 90
LATE_SHARE = 0.10
CONSULTATIONS = 200
SEED = 20261129

TOPICS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # category: (subject, what the customer said, the reply given)
    "billing": (("电费突然偏高", "本月电费比上月高出一倍，怀疑抄错表。",
                 "经核对抄表数据无误，本月用电量增加，已向客户解释阶梯电价。"),
                ("重复扣费", "银行代扣扣了两次电费。", "经核查系银行重复扣款，已办理退费。")),
    "meter": (("电表走字快", "家里没人时电表也在走。", "已上门校验电能表，误差在允许范围内。"),
              ("电表黑屏", "电能表显示屏不亮。", "已更换电能表，底度已与客户确认。")),
    "supply_quality": (("电压偏低", "晚上灯光昏暗，空调无法启动。",
                        "已调整台区变压器分接头，电压恢复正常。"),
                       ("频繁闪断", "一周内停电闪断多次。", "已处理线路接头松动问题。")),
    "outage": (("停电未通知", "小区计划停电没有提前通知。",
                "已核实公告张贴情况，今后将短信提前通知。"),
               ("停电时间过长", "停电超过六小时仍未恢复。", "故障已抢修完毕，已向客户致歉。")),
    "service_attitude": (("营业员态度差", "柜台人员办理业务时态度生硬。",
                          "已对相关人员进行批评教育，并向客户道歉。"),),
    "business_handling": (("过户手续繁琐", "办理过户要求提供的材料太多。",
                           "已向客户说明所需材料并协助一次办结。"),
                          ("新装进度慢", "申请新装两周仍未装表。", "已督办，三日内完成装表接电。")),
    "other": (("噪声扰民", "配电房变压器噪声大。", "已加装减振垫，噪声明显降低。"),),
}
SUGGESTIONS = (("business_handling", "建议开通网上过户", "希望过户业务可以在网上办理。",
                "感谢建议，网上国网App已支持部分业务线上办理。"),
               ("billing", "建议电费短信提醒", "希望每月出账后短信提醒。",
                "已为您开通电费短信提醒服务。"))
QUESTIONS = {
    "bills": ("这个月电费为什么这么高？", "本月用电量增加，且进入第二档阶梯电价。"),
    "payments": ("可以用手机缴电费吗？", "可以通过网上国网App、微信或支付宝缴费。"),
    "consumption": ("去年同期用了多少电？", "已查询并告知客户去年同期用电量。"),
    "arrears": ("欠费多久会停电？", "逾期后按规定催缴，停电前会提前通知。"),
    "tariffs": ("峰谷电价怎么申请？", "居民客户可在营业厅或网上申请峰谷分时电价。"),
    "business_procedure": ("新装要带什么材料？", "身份证、房产证明，已给客户业务须知单。"),
    "outage": ("明天会停电吗？", "已查询计划停电信息并告知客户。"),
    "other": ("营业厅几点下班？", "工作日 8:30–17:30，周六上午营业。"),
}
CHANNEL_WEIGHTS = (("counter", 5), ("phone", 4), ("online", 1))


def seed_complaint_demo(engine: Engine, today: date) -> None:
    with Session(engine) as db, db.begin():
        if db.scalar(select(Complaint.id).limit(1)) is not None:
            return
        rng = random.Random(SEED)
        offices = dict(db.execute(select(OrgUnit.code, OrgUnit.id)
                                  .where(OrgUnit.code.in_(("DH", "XH")))).all())
        if len(offices) < 2:
            return
        staff = {code: _staff(db, office) for code, office in offices.items()}
        people = {code: _customers(db, office) for code, office in offices.items()}
        if not all(people.values()) or not all(staff.values()):
            return
        _history(db, today, offices, staff, people, rng)
        _open(db, offices, staff, people, rng)
        _consultations(db, today, offices, staff, people, rng)


def _staff(db: Session, office_id: int) -> list[int]:
    hall_or_office = select(OrgUnit.id).where(
        (OrgUnit.id == office_id) | (OrgUnit.parent_id == office_id))
    return list(db.scalars(select(User.id).where(User.office_id.in_(hall_or_office),
                                                 User.username.like("%clerk%"))
                           .order_by(User.id)))


def _customers(db: Session, office_id: int) -> list[tuple[int, str, str]]:
    return [(i, n, p) for i, n, p in db.execute(
        select(Customer.id, Customer.name, Customer.phone_mobile)
        .where(Customer.office_id == office_id).order_by(Customer.id).limit(400))]


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), OFFICE_ZONE)


def _pick_category(rng: random.Random) -> str:
    return rng.choices(list(TOPICS), weights=(30, 20, 12, 14, 8, 12, 4))[0]


# -- the closed history -------------------------------------------------------------------
def _history(db: Session, today: date, offices: dict[str, int], staff: dict[str, list[int]],
             people: dict[str, list[tuple[int, str, str]]], rng: random.Random) -> None:
    calendar = load_calendar(db)
    rows: list[dict[str, Any]] = []
    plans: list[Any] = []
    for n in range(HISTORY):
        code = "DH" if n % 3 else "XH"
        days_ago = rng.randint(9, HISTORY_DAYS)
        opened = _local(today - timedelta(days=days_ago), rng.randint(8, 16), rng.randint(0, 59))
        customer_id, name, phone = rng.choice(people[code])
        clerk = rng.choice(staff[code])
        suggestion = rng.random() < 0.12
        if suggestion:
            category, subject, text, answer = rng.choice(SUGGESTIONS)
        else:
            category = _pick_category(rng)
            subject, text, answer = rng.choice(TOPICS[category])
        steps = [] if suggestion else [(codes.CONTACT, CONTACT_DAYS)]
        steps.append((codes.REPLY, REPLY_DAYS))
        done: dict[str, tuple[datetime, datetime]] = {}  # step -> (due, closed)
        start = opened
        for step, days in steps:
            due = advance(calendar, "working", opened, days * DAY_S)
            late = rng.random() < LATE_SHARE
            if late:
                closed = due + timedelta(hours=rng.randint(2, 40))
            else:
                span = (due - start).total_seconds()
                closed = start + timedelta(seconds=span * rng.uniform(0.15, 0.9))
            done[step] = (due, closed)
            start = closed
        replied = done[codes.REPLY][1]
        callback = replied + timedelta(hours=rng.randint(4, 48))
        satisfaction = rng.choices(("satisfied", "neutral", "unsatisfied"), (80, 15, 5))[0]
        rows.append({"office_id": offices[code], "kind": "suggestion" if suggestion else
                     "complaint", "channel": rng.choice(("counter", "phone", "phone",
                                                         "online")),
                     "category": category, "customer_id": customer_id,
                     "contact_name": name[:50], "contact_phone": phone, "subject": subject,
                     "text": text, "assigned_user_id": None, "assigned_role": "counter_clerk",
                     "status": "closed", "paused": False, "repeat": False,
                     "repeat_of_id": None,
                     "contacted_at": done[codes.CONTACT][1] if not suggestion else None,
                     "contact_note": "已电话联系客户" if not suggestion else "",
                     "replied_at": replied, "reply_text": answer,
                     "callback_at": callback, "satisfaction": satisfaction,
                     "callback_note": ("客户仍有意见，已做解释" if satisfaction == "unsatisfied"
                                       else "回访客户，对处理结果表示认可"),
                     "reopen_count": 0, "closed_at": callback, "closed_by": clerk,
                     "created_at": opened, "created_by": clerk, "updated_at": callback,
                     "version": 5})
        plans.append((code, clerk, done, opened, callback, satisfaction))
    # ids in the order things happened
    paired = sorted(zip(rows, plans, strict=True), key=lambda pair: pair[0]["created_at"])
    rows, plans = [r for r, _ in paired], [p for _, p in paired]
    ids = list(db.scalars(insert(Complaint).returning(Complaint.id,
                                                      sort_by_parameter_order=True), rows))
    items, events = [], []
    for cid, row, (_code, clerk, done, opened, callback, satisfaction) in zip(
            ids, rows, plans, strict=True):
        sla_type = "complaint" if row["kind"] == "complaint" else "suggestion"
        events.append(_event(cid, opened, clerk, "registered", row["subject"]))
        for step, (due, closed) in done.items():
            items.append({"office_id": row["office_id"], "source": codes.SOURCE,
                          "source_id": cid, "sla_type": sla_type, "step": step,
                          "reference": reference(cid),
                          "title": f"{row['contact_name']} · {row['subject']}"[:200],
                          "customer_id": row["customer_id"], "assigned_role": "counter_clerk",
                          "assigned_user_id": None, "clock": "working",
                          "budget_s": (CONTACT_DAYS if step == codes.CONTACT else REPLY_DAYS)
                          * DAY_S, "opened_at": opened, "opened_by": clerk, "due_at": due,
                          "warn_at": None, "predicted_at": None, "status": "done",
                          "paused_at": None, "remaining_s": None, "paused_s": 0,
                          "pause_reason": "", "escalated_at": None, "closed_at": closed,
                          "closed_by": clerk, "breached": closed > due,
                          "outcome": "contacted" if step == codes.CONTACT else "replied"})
            events.append(_event(cid, closed, clerk, "contacted" if step == codes.CONTACT
                                 else "replied", row["reply_text"] if step == codes.REPLY
                                 else row["contact_note"]))
        events.append(_event(cid, callback, clerk, "callback",
                             codes.name(codes.SATISFACTION_NAMES, satisfaction, True)))
        events.append(_event(cid, callback, clerk, "closed", ""))
    db.execute(insert(WorkItem), items)
    db.execute(insert(ComplaintEvent), events)


def _event(cid: int, at: datetime, user: int, action: str, note: str) -> dict[str, Any]:
    return {"complaint_id": cid, "at": at, "user_id": user, "action": action, "note": note}


# -- open complaints, as live work --------------------------------------------------------
# (office, hours before now it was registered, state, category index)
OPEN_PLAN = (
    ("DH", 2, "registered"), ("DH", 5, "registered"), ("DH", 20, "registered"),
    ("DH", 30, "registered"), ("DH", 75, "registered"), ("DH", 70, "contacted"),
    ("DH", 100, "contacted"), ("DH", 130, "contacted"), ("DH", 150, "contacted"),
    ("DH", 190, "contacted"), ("DH", 250, "contacted"), ("DH", 60, "paused"),
    ("DH", 120, "paused"), ("DH", 80, "replied"), ("DH", 140, "replied"),
    ("DH", 26, "suggestion"), ("DH", 200, "suggestion"), ("DH", 3, "repeat"),
    ("XH", 4, "registered"), ("XH", 28, "registered"), ("XH", 75, "contacted"),
    ("XH", 160, "contacted"), ("XH", 210, "contacted"), ("XH", 90, "paused"),
    ("XH", 110, "replied"), ("XH", 40, "suggestion"), ("DH", 1, "praise"),
    ("XH", 240, "registered"), ("DH", 300, "contacted"), ("XH", 12, "registered"),
)


def _open(db: Session, offices: dict[str, int], staff: dict[str, list[int]],
          people: dict[str, list[tuple[int, str, str]]], rng: random.Random) -> None:
    now = SystemClock().now()
    for n, (code, hours, state) in enumerate(OPEN_PLAN):
        opened = now - timedelta(hours=hours)
        clerk = staff[code][n % len(staff[code])]
        customer_id: int | None
        if n % 7 == 3:  # a walk-in who is not a customer
            customer_id, name, phone = None, rng.choice(("王先生", "刘女士", "陈师傅")), \
                f"139{rng.randint(10_000_000, 99_999_999)}"
        else:
            customer_id, name, phone = people[code][(n * 11) % len(people[code])]
        kind = {"suggestion": "suggestion", "praise": "praise"}.get(state, "complaint")
        if kind == "suggestion":
            category, subject, text, answer = SUGGESTIONS[n % len(SUGGESTIONS)]
        elif kind == "praise":
            category, subject, text, answer = ("service_attitude", "表扬柜台服务",
                                               "营业员耐心细致，帮助我一次办好业务。", "")
        else:
            category = list(TOPICS)[n % len(TOPICS)]
            subject, text, answer = TOPICS[category][n % len(TOPICS[category])]
        earlier = None
        if state == "repeat":
            # The same customer complained about the same thing five weeks ago.
            customer_id, name, phone = people[code][5]
            category, (subject, text, answer) = "billing", TOPICS["billing"][0]
            earlier = _complaint(db, offices[code], "complaint", category, customer_id, name,
                                 phone, subject, text, clerk, now - timedelta(days=35))
            earlier.status, earlier.closed_at, earlier.closed_by = "closed", \
                now - timedelta(days=30), clerk
            earlier.replied_at, earlier.reply_text = now - timedelta(days=31), answer
            earlier.satisfaction, earlier.callback_at = "neutral", now - timedelta(days=30)
        c = _complaint(db, offices[code], kind, category, customer_id, name, phone, subject,
                       text, clerk, opened)
        if earlier is not None:
            c.repeat, c.repeat_of_id = True, earlier.id
        db.add(ComplaintEvent(complaint_id=c.id, at=opened, user_id=clerk,
                              action="registered", note=subject))
        made = {}
        for step, days in ((codes.CONTACT, CONTACT_DAYS), (codes.REPLY, REPLY_DAYS)):
            if kind == "praise" or (kind == "suggestion" and step == codes.CONTACT):
                continue
            made[step] = open_item(
                db, office_id=c.office_id, source=codes.SOURCE, source_id=c.id,
                sla_type="complaint" if kind == "complaint" else kind, step=step,
                reference=reference(c.id), title=f"{name} · {subject}",
                clock=Clock.working_days(days), now=opened, customer_id=customer_id,
                assigned_role="counter_clerk", opened_by=clerk)
        if state in ("contacted", "paused", "replied"):
            at = opened + timedelta(hours=min(6, hours / 4))
            close_item(db, made[codes.CONTACT], at, clerk, "contacted")
            c.status, c.contacted_at, c.contact_note = "contacted", at, "已电话联系客户，正在核查"
            db.add(ComplaintEvent(complaint_id=c.id, at=at, user_id=clerk, action="contacted",
                                  note=c.contact_note))
        if state == "paused":
            at = opened + timedelta(hours=hours / 2)
            pause_item(db, made[codes.REPLY], at, "等待客户提供缴费凭证")
            c.paused = True
            db.add(ComplaintEvent(complaint_id=c.id, at=at, user_id=clerk, action="paused",
                                  note="等待客户提供缴费凭证"))
        if state == "replied":
            at = now - timedelta(hours=3)
            close_item(db, made[codes.REPLY], at, clerk, "replied")
            c.status, c.replied_at, c.reply_text = "replied", at, answer
            db.add(ComplaintEvent(complaint_id=c.id, at=at, user_id=clerk, action="replied",
                                  note=answer))
    db.flush()


def _complaint(db: Session, office_id: int, kind: str, category: str, customer_id: int | None,
               name: str, phone: str, subject: str, text: str, clerk: int,
               at: datetime) -> Complaint:
    c = Complaint(office_id=office_id, kind=kind, channel="counter" if clerk % 2 else "phone",
                  category=category, customer_id=customer_id, contact_name=name[:50],
                  contact_phone=phone, subject=subject, text=text, assigned_role="counter_clerk",
                  status="registered", paused=False, repeat=False, contact_note="",
                  reply_text="", callback_note="", reopen_count=0, created_at=at,
                  created_by=clerk, updated_at=at, version=1)
    db.add(c)
    db.flush()
    return c


# -- the consultation log -----------------------------------------------------------------
def _consultations(db: Session, today: date, offices: dict[str, int],
                   staff: dict[str, list[int]], people: dict[str, list[tuple[int, str, str]]],
                   rng: random.Random) -> None:
    now = SystemClock().now()
    rows: list[dict[str, Any]] = []
    topics = list(QUESTIONS)
    for n in range(CONSULTATIONS):
        code = "DH" if n % 4 else "XH"
        # a fifth today (before now), the rest over the last week
        if n % 5 == 0:
            at = now - timedelta(minutes=rng.randint(5, 8 * 60))
        else:
            at = _local(today - timedelta(days=rng.randint(1, 7)), rng.randint(8, 17),
                        rng.randint(0, 59))
        topic = rng.choices(topics, weights=(30, 18, 10, 12, 10, 12, 5, 3))[0]
        question, answer = QUESTIONS[topic]
        channel = rng.choices([c for c, _ in CHANNEL_WEIGHTS],
                              weights=[w for _, w in CHANNEL_WEIGHTS])[0]
        known = rng.random() < 0.6
        customer_id, name, phone = rng.choice(people[code]) if known else (None, "", "")
        rows.append({"office_id": offices[code], "channel": channel, "topic": topic,
                     "customer_id": customer_id, "caller_name": name[:50],
                     "caller_phone": phone if channel == "phone" else "",
                     "question": question, "answer": answer,
                     "duration_s": rng.randint(40, 600), "created_at": at,
                     "created_by": rng.choice(staff[code])})
    rows.sort(key=lambda r: r["created_at"])
    db.execute(insert(Consultation), rows)

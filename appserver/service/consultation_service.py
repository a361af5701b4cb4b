"""The consultation log: a question answered at the counter or on the phone, entered in a few
seconds, and the day's list of an office."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.contract.errors import NotFound
from appserver.core.dates import OFFICE_ZONE, business_date
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.service import complaint_codes as codes
from appserver.service.complaint_service import PHONE_RE
from appserver.work.items import home_office_id
from dbschema.models import Consultation, Customer, User
from dbschema.models.complaints import CONSULTATION_CHANNELS, CONSULTATION_TOPICS

LOG_FIELDS = ("channel", "topic", "customer_id", "caller_name", "caller_phone", "question",
              "answer", "duration_s")
FILTER_FIELDS = ("day", "topic", "channel", "customer_id", "mine")
PAGE_MAX = 500


def log(call: Call, data: Any) -> dict[str, Any]:
    v, db = call.v, call.db
    d = v.mapping(data, "consultation", LOG_FIELDS)
    channel = v.choice(d.get("channel", "counter"), "cmp_channel", CONSULTATION_CHANNELS)
    topic = v.choice(d.get("topic"), "con_topic", CONSULTATION_TOPICS)
    question = v.text(d.get("question"), "con_question", 1000)
    answer = v.text(d.get("answer"), "con_answer", 2000, required=False)
    name = v.text(d.get("caller_name"), "cmp_contact_name", 50, required=False)
    phone = v.text(d.get("caller_phone"), "cmp_contact_phone", 20, required=False,
                   pattern=PHONE_RE)
    duration = v.integer(d.get("duration_s", 0), "con_duration", 0, 4 * 3600)
    customer_id = v.optional_integer(d.get("customer_id"), "cmp_customer", 1, 2**31)
    if customer_id is not None:
        customer = db.get(Customer, customer_id)
        if customer is None:
            raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
        call.require_office(customer.office_id)
        office_id = customer.office_id
        name = name or customer.name[:50]
    else:
        office_id = home_office_id(db, call.user)
    row = Consultation(office_id=office_id, channel=channel, topic=topic,
                       customer_id=customer_id, caller_name=name, caller_phone=phone,
                       question=question, answer=answer, duration_s=duration,
                       created_at=call.now, created_by=call.user.user_id)
    db.add(row)
    db.flush()
    call.audit("consultation", row.id, action="logged", topic=topic, channel=channel,
               customer_id=customer_id)
    return _rows(call, [row])[0]


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), OFFICE_ZONE)
    return start, start + timedelta(days=1)


def list_consultations(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    v, db = call.v, call.db
    f = v.mapping(filters or {}, "consultation_filters", FILTER_FIELDS)
    p = v.mapping(page or {}, "page", ("offset", "limit"))
    offset = v.integer(p.get("offset", 0), "offset", 0, 1_000_000)
    limit = v.integer(p.get("limit", 100), "limit", 1, PAGE_MAX)
    day = v.day(f["day"], "cmp_day") if f.get("day") is not None else business_date(call.now)
    start, end = _day_bounds(day)
    q = select(Consultation).where(Consultation.office_id.in_(call.user.visible_office_ids),
                                   Consultation.created_at >= start,
                                   Consultation.created_at < end)
    if f.get("topic"):
        q = q.where(Consultation.topic == v.choice(f["topic"], "con_topic",
                                                   CONSULTATION_TOPICS))
    if f.get("channel"):
        q = q.where(Consultation.channel == v.choice(f["channel"], "cmp_channel",
                                                     CONSULTATION_CHANNELS))
    customer_id = v.optional_integer(f.get("customer_id"), "customer_id", 1, 2**31)
    if customer_id is not None:
        q = q.where(Consultation.customer_id == customer_id)
    if v.boolean(f.get("mine", False), "consultation_filters"):
        q = q.where(Consultation.created_by == call.user.user_id)
    chosen = q.subquery()
    by_topic: dict[str, int] = {topic: count for topic, count in db.execute(
        select(chosen.c.topic, func.count()).group_by(chosen.c.topic))}
    total = sum(by_topic.values())
    rows = list(db.scalars(q.order_by(Consultation.created_at.desc(), Consultation.id.desc())
                           .offset(offset).limit(limit)))
    zh = caller_reads_chinese()
    return {"day": date_to_wire(day), "rows": _rows(call, rows), "total": total,
            "has_more": offset + len(rows) < total,
            "by_topic": [{"topic": t, "name": codes.name(codes.TOPIC_NAMES, t, zh),
                          "count": by_topic[t]} for t in CONSULTATION_TOPICS if t in by_topic]}


def _rows(call: Call, rows: list[Consultation]) -> list[dict[str, Any]]:
    db, zh = call.db, caller_reads_chinese()
    cids = sorted({r.customer_id for r in rows if r.customer_id})
    accounts = dict(db.execute(select(Customer.id, Customer.account_no)
                               .where(Customer.id.in_(cids))).all()) if cids else {}
    uids = sorted({r.created_by for r in rows if r.created_by})
    users = dict(db.execute(select(User.id, User.full_name)
                            .where(User.id.in_(uids))).all()) if uids else {}
    return [{"id": r.id, "office_id": r.office_id, "channel": r.channel,
             "channel_name": codes.name(codes.CHANNEL_NAMES, r.channel, zh),
             "topic": r.topic, "topic_name": codes.name(codes.TOPIC_NAMES, r.topic, zh),
             "customer_id": r.customer_id, "account_no": accounts.get(r.customer_id or 0, ""),
             "caller_name": r.caller_name, "caller_phone": r.caller_phone,
             "question": r.question, "answer": r.answer, "duration_s": r.duration_s,
             "created_at": datetime_to_wire(r.created_at),
             "clerk": users.get(r.created_by or 0, "")} for r in rows]

"""Business rules of complaints, suggestions and praise.

A complaint owes the customer a contact within 1 working day and a reply within 7 (DOMAIN.md);
each commitment is a work item (source "complaint", steps "contact" and "reply") whose clock
``appserver.work.items`` keeps. A suggestion owes only the reply (nobody needs to be called
back within a day about an idea) and praise owes nothing: it is recorded and closed. A
complaint is closed after the customer was called back and said how satisfied they were; an
unsatisfied customer's complaint is reopened, which opens a new reply item.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from appserver.contract import permissions as P
from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.service import complaint_codes as codes
from appserver.service import complaint_repository as repo
from appserver.work import items as work
from appserver.work import scope
from appserver.work.todo import holds_permission
from dbschema.models import Complaint, ComplaintEvent, Customer, User, WorkItem
from dbschema.models.complaints import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CHANNELS,
    COMPLAINT_KINDS,
    COMPLAINT_STATUSES,
    SATISFACTION,
)

CONTACT_DAYS, REPLY_DAYS = 1, 7
ASSIGNABLE_ROLES = ("counter_clerk", "office_head")
PHONE_RE = re.compile(r"^[0-9][0-9-]{5,19}$")
PAGE_MAX = 200
INTAKE_FIELDS = ("kind", "channel", "category", "customer_id", "contact_name", "contact_phone",
                 "subject", "text", "assigned_user_id", "assigned_role")
FILTER_FIELDS = ("status", "kind", "category", "repeat", "overdue", "open_only", "customer_id")


def reference(complaint_id: int) -> str:
    return f"TS{complaint_id:08d}"


def _when(value: datetime | None) -> str | None:
    return datetime_to_wire(value) if value is not None else None


# -- intake -------------------------------------------------------------------------------
def register(call: Call, data: Any) -> dict[str, Any]:
    v, db = call.v, call.db
    d = v.mapping(data, "complaint", INTAKE_FIELDS)
    kind = v.choice(d.get("kind", "complaint"), "cmp_kind", COMPLAINT_KINDS)
    channel = v.choice(d.get("channel"), "cmp_channel", COMPLAINT_CHANNELS)
    category = v.choice(d.get("category"), "cmp_category", COMPLAINT_CATEGORIES)
    name = v.text(d.get("contact_name"), "cmp_contact_name", 50, required=False)
    phone = v.text(d.get("contact_phone"), "cmp_contact_phone", 20, required=False,
                   pattern=PHONE_RE)
    subject = v.text(d.get("subject"), "cmp_subject", 100)
    text = v.text(d.get("text"), "cmp_text", 2000)
    customer_id = v.optional_integer(d.get("customer_id"), "cmp_customer", 1, 2**31)
    customer: Customer | None = None
    if customer_id is not None:
        customer = db.get(Customer, customer_id)
        if customer is None:
            raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
        call.require_office(customer.office_id)
        name = name or customer.name[:50]
        phone = phone or customer.phone_mobile or customer.phone_landline
        office_id = customer.office_id
    else:
        if not name or not phone:
            raise UserError(call.msg("cmp_who_complains"), {"field": "cmp_contact_name"})
        office_id = work.home_office_id(db, call.user)
    user_id, role = _assignee(call, office_id, d.get("assigned_user_id"),
                              d.get("assigned_role"))
    earlier = (repo.earlier_complaint(db, call.user.visible_office_ids, customer_id, phone,
                                      call.now)
               if kind == "complaint" else None)
    c = Complaint(office_id=office_id, kind=kind, channel=channel, category=category,
                  customer_id=customer_id, contact_name=name, contact_phone=phone,
                  subject=subject, text=text, assigned_user_id=user_id, assigned_role=role,
                  status="registered", paused=False, repeat=earlier is not None,
                  repeat_of_id=earlier.id if earlier else None, contact_note="",
                  reply_text="", callback_note="", reopen_count=0, created_at=call.now,
                  created_by=call.user.user_id, updated_at=call.now, version=1)
    db.add(c)
    db.flush()
    if kind == "complaint":
        _open(call, c, codes.CONTACT, CONTACT_DAYS)
    if kind in ("complaint", "suggestion"):
        _open(call, c, codes.REPLY, REPLY_DAYS)
    _event(call, c, "registered", subject)
    call.audit("complaint", c.id, action="registered", kind=kind, category=category,
               channel=channel, customer_id=customer_id, repeat=c.repeat)
    return detail(call, c)


def _open(call: Call, c: Complaint, step: str, days: int) -> WorkItem:
    sla_type = codes.SLA_TYPE if c.kind == "complaint" else c.kind
    return work.open_item(
        call.db, office_id=c.office_id, source=codes.SOURCE, source_id=c.id, sla_type=sla_type,
        step=step, reference=reference(c.id), title=f"{c.contact_name} · {c.subject}",
        clock=work.Clock.working_days(days), now=call.now, customer_id=c.customer_id,
        assigned_role=c.assigned_role, assigned_user_id=c.assigned_user_id,
        opened_by=call.user.user_id)


def _assignee(call: Call, office_id: int, user_value: Any,
              role_value: Any) -> tuple[int | None, str | None]:
    """A person who may work the complaint of ``office_id`` (unlocked, of a visible office,
    working for that office -- a service hall's people work for its parent office -- and
    holding complaint.handle), or a role of the office (default: the counter clerks)."""
    v = call.v
    user_id = v.optional_integer(user_value, "cmp_assigned_user", 1, 2**31)
    role = (v.choice(role_value, "cmp_assigned_role", ASSIGNABLE_ROLES)
            if role_value is not None else None)
    if user_id is not None and role is not None:
        raise UserError(call.msg("cmp_one_assignee"), {"field": "cmp_assignee"})
    if user_id is not None:
        user = call.db.get(User, user_id)
        if user is None or user.locked or not call.user.can_see_office(user.office_id):
            raise UserError(call.msg("cmp_bad_assignee"), {"field": "cmp_assigned_user"})
        if scope.home_office(call.db, user.office_id) != office_id:
            raise UserError(call.msg("cmp_assignee_other_office", name=user.full_name),
                            {"field": "cmp_assigned_user"})
        if not holds_permission(call.db, user.id, P.COMPLAINT_HANDLE):
            raise UserError(call.msg("cmp_assignee_cannot_handle", name=user.full_name),
                            {"field": "cmp_assigned_user"})
        return user_id, None
    return None, role or "counter_clerk"


def _event(call: Call, c: Complaint, action: str, note: str = "") -> None:
    call.db.add(ComplaintEvent(complaint_id=c.id, at=call.now, user_id=call.user.user_id,
                               action=action, note=note[:2000]))


# -- the steps of a complaint's life ------------------------------------------------------
def _locked(call: Call, complaint_id: Any, version: Any) -> Complaint:
    cid = call.v.integer(complaint_id, "complaint_id", 1, 2**62)
    expected = call.v.integer(version, "version", 1, 2**31)
    c = repo.lock(call.db, cid)
    if c is None:
        raise NotFound(call.msg("not_found", what=call.msg("cmp_what_complaint")))
    call.require_office(c.office_id)
    if c.version != expected:
        raise Conflict(call.msg("conflict_changed"), {"current": detail(call, c)})
    return c


def _touch(call: Call, c: Complaint, action: str, note: str, **details: Any) -> dict[str, Any]:
    c.version += 1
    c.updated_at = call.now
    _event(call, c, action, note)
    call.db.flush()
    call.audit("complaint", c.id, action=action, **details)
    return detail(call, c)


def _open_item(call: Call, c: Complaint, step: str) -> WorkItem | None:
    return next((i for i in work.open_items_of(call.db, codes.SOURCE, c.id) if i.step == step),
                None)


def _not_closed(call: Call, c: Complaint) -> None:
    if c.status == "closed":
        raise UserError(call.msg("cmp_closed"))


def _not_praise(call: Call, c: Complaint) -> None:
    if c.kind == "praise":
        raise UserError(call.msg("cmp_praise_no_work"))


def assign(call: Call, complaint_id: Any, version: Any, assignee: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    a = call.v.mapping(assignee, "cmp_assignee", ("user_id", "role"))
    _not_closed(call, c)
    user_id, role = _assignee(call, c.office_id, a.get("user_id"), a.get("role"))
    c.assigned_user_id, c.assigned_role = user_id, role
    for item in work.open_items_of(call.db, codes.SOURCE, c.id):
        item.assigned_user_id, item.assigned_role = user_id, role
    return _touch(call, c, "assigned", "", user_id=user_id, role=role)


def record_contact(call: Call, complaint_id: Any, version: Any, note: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    text = call.v.text(note, "cmp_note", 1000)
    _not_closed(call, c)
    if c.kind != "complaint":
        raise UserError(call.msg("cmp_no_contact_step",
                                 kind=codes.name(codes.KIND_NAMES, c.kind,
                                                 caller_reads_chinese())))
    item = _open_item(call, c, codes.CONTACT)
    if c.contacted_at is not None or item is None:
        raise UserError(call.msg("cmp_contact_done"))
    work.close_item(call.db, item, call.now, call.user.user_id, "contacted")
    c.contacted_at, c.contact_note, c.status = call.now, text, "contacted"
    return _touch(call, c, "contacted", text, breached=item.breached)


def pause(call: Call, complaint_id: Any, version: Any, reason: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    text = call.v.text(reason, "cmp_reason", 200)
    _not_closed(call, c)
    _not_praise(call, c)
    if c.paused:
        raise UserError(call.msg("cmp_paused"))
    running = work.open_items_of(call.db, codes.SOURCE, c.id)
    if not running:
        raise UserError(call.msg("cmp_nothing_to_pause"))
    for item in running:
        work.pause_item(call.db, item, call.now, text)
    c.paused = True
    return _touch(call, c, "paused", text)


def resume(call: Call, complaint_id: Any, version: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    if not c.paused:
        raise UserError(call.msg("cmp_not_paused"))
    _resume_items(call, c)
    return _touch(call, c, "resumed", "")


def _resume_items(call: Call, c: Complaint) -> None:
    for item in work.open_items_of(call.db, codes.SOURCE, c.id):
        work.resume_item(call.db, item, call.now)
    c.paused = False


def reply(call: Call, complaint_id: Any, version: Any, text: Any) -> dict[str, Any]:
    """The answer to the customer; it also counts as the contact if none was recorded."""
    c = _locked(call, complaint_id, version)
    answer = call.v.text(text, "cmp_reply", 2000)
    _not_closed(call, c)
    _not_praise(call, c)
    if c.status == "replied":
        raise UserError(call.msg("cmp_already_replied"))
    if c.paused:
        _resume_items(call, c)
    verdicts: dict[str, bool | None] = {}
    for item in work.open_items_of(call.db, codes.SOURCE, c.id):
        work.close_item(call.db, item, call.now, call.user.user_id, "replied")
        verdicts[item.step] = item.breached
    if c.kind == "complaint" and c.contacted_at is None:
        c.contacted_at, c.contact_note = call.now, answer[:1000]
    c.replied_at, c.reply_text, c.status = call.now, answer, "replied"
    return _touch(call, c, "replied", answer, breached=verdicts)


def callback(call: Call, complaint_id: Any, version: Any, satisfaction: Any,
             note: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    verdict = call.v.choice(satisfaction, "cmp_satisfaction", SATISFACTION)
    text = call.v.text(note, "cmp_note", 1000, required=False)
    _not_closed(call, c)
    _not_praise(call, c)
    if c.status != "replied":
        raise UserError(call.msg("cmp_reply_needed"))
    c.callback_at, c.satisfaction, c.callback_note = call.now, verdict, text
    label = codes.name(codes.SATISFACTION_NAMES, verdict, caller_reads_chinese())
    return _touch(call, c, "callback", f"{label}: {text}" if text else label,
                  satisfaction=verdict)


def close(call: Call, complaint_id: Any, version: Any, note: Any) -> dict[str, Any]:
    c = _locked(call, complaint_id, version)
    text = call.v.text(note, "cmp_note", 1000, required=False)
    _not_closed(call, c)
    if c.kind != "praise" and c.status != "replied":
        raise UserError(call.msg("cmp_reply_needed"))
    if c.kind == "complaint" and c.satisfaction is None:
        raise UserError(call.msg("cmp_callback_needed"))
    c.status, c.closed_at, c.closed_by = "closed", call.now, call.user.user_id
    return _touch(call, c, "closed", text)


def reopen(call: Call, complaint_id: Any, version: Any, reason: Any) -> dict[str, Any]:
    """Back to work (the customer was not satisfied): a new reply is owed within 7 days."""
    c = _locked(call, complaint_id, version)
    text = call.v.text(reason, "cmp_reason", 1000)
    if c.kind == "praise" or c.status not in ("replied", "closed"):
        raise UserError(call.msg("cmp_not_reopenable"))
    c.status = "contacted" if c.kind == "complaint" else "registered"
    c.closed_at = c.closed_by = None
    c.satisfaction, c.reopen_count = None, c.reopen_count + 1
    _open(call, c, codes.REPLY, REPLY_DAYS)
    return _touch(call, c, "reopened", text, reopen_count=c.reopen_count)


# -- reading ------------------------------------------------------------------------------
def list_complaints(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    v = call.v
    f = v.mapping(filters or {}, "complaint_filters", FILTER_FIELDS)
    p = v.mapping(page or {}, "page", ("offset", "limit"))
    offset = v.integer(p.get("offset", 0), "offset", 0, 1_000_000)
    limit = v.integer(p.get("limit", 50), "limit", 1, PAGE_MAX)
    status = (v.choice(f["status"], "cmp_status", COMPLAINT_STATUSES)
              if f.get("status") is not None else None)
    kind = v.choice(f["kind"], "cmp_kind", COMPLAINT_KINDS) if f.get("kind") else None
    category = (v.choice(f["category"], "cmp_category", COMPLAINT_CATEGORIES)
                if f.get("category") else None)
    q = repo.list_query(call.user.visible_office_ids, status=status, kind=kind,
                        category=category, repeat=v.boolean(f.get("repeat", False), "cmp_repeat"),
                        overdue=v.boolean(f.get("overdue", False), "cmp_overdue"),
                        open_only=v.boolean(f.get("open_only", False), "cmp_open"),
                        customer_id=v.optional_integer(f.get("customer_id"), "customer_id", 1,
                                                       2**31), now=call.now)
    rows, total = repo.page(call.db, q, offset, limit)
    return {"rows": rows_to_wire(call, rows), "total": total,
            "has_more": offset + len(rows) < total}


def rows_to_wire(call: Call, rows: list[Complaint]) -> list[dict[str, Any]]:
    db = call.db
    items = repo.open_items_by_complaint(db, [c.id for c in rows])
    people = repo.customers(db, (c.customer_id for c in rows))
    names = repo.user_names(db, (c.assigned_user_id for c in rows))
    calendar = work.load_calendar(db)
    return [_row(call, c, items[c.id], people.get(c.customer_id or 0), names, calendar)
            for c in rows]


def _row(call: Call, c: Complaint, open_items: list[WorkItem], customer: Customer | None,
         names: dict[int, str], calendar: Any) -> dict[str, Any]:
    zh = caller_reads_chinese()
    clock = None
    if open_items:
        lefts = [(work.time_left_s(i, call.now, calendar), i) for i in open_items]
        left, item = min(lefts, key=lambda pair: (pair[0] if pair[0] is not None else 0,
                                                  pair[1].id))
        clock = {"step": item.step, "step_name": codes.name(codes.STEP_NAMES, item.step, zh),
                 "due_at": _when(item.due_at), "time_left_s": left,
                 "risk": work.risk(item, call.now)}
    return {"id": c.id, "reference": reference(c.id), "office_id": c.office_id,
            "kind": c.kind, "kind_name": codes.name(codes.KIND_NAMES, c.kind, zh),
            "channel": c.channel, "channel_name": codes.name(codes.CHANNEL_NAMES, c.channel, zh),
            "category": c.category,
            "category_name": codes.name(codes.CATEGORY_NAMES, c.category, zh),
            "customer_id": c.customer_id,
            "account_no": customer.account_no if customer else "",
            "contact_name": c.contact_name, "contact_phone": c.contact_phone,
            "subject": c.subject, "status": c.status,
            "status_name": codes.name(codes.STATUS_NAMES, c.status, zh),
            "paused": c.paused, "repeat": c.repeat, "created_at": _when(c.created_at),
            "assigned_user_id": c.assigned_user_id,
            "assigned_name": names.get(c.assigned_user_id or 0, ""),
            "assigned_role": c.assigned_role, "clock": clock, "version": c.version}


def get(call: Call, complaint_id: Any) -> dict[str, Any]:
    cid = call.v.integer(complaint_id, "complaint_id", 1, 2**62)
    c = call.db.get(Complaint, cid)
    if c is None:
        raise NotFound(call.msg("not_found", what=call.msg("cmp_what_complaint")))
    call.require_office(c.office_id)
    return detail(call, c)


def _actions(c: Complaint) -> list[str]:
    if c.status == "closed":
        return [] if c.kind == "praise" else ["reopen"]
    if c.kind == "praise":
        return ["close"]
    actions = ["assign"]
    if c.paused:
        return [*actions, "resume", "reply"]
    if c.status != "replied":
        if c.kind == "complaint" and c.contacted_at is None:
            actions.append("contact")
        actions += ["pause", "reply"]
    else:
        actions += ["callback", "close", "reopen"]
    return actions


def detail(call: Call, c: Complaint) -> dict[str, Any]:
    db, zh = call.db, caller_reads_chinese()
    history = repo.events(db, c.id)
    all_items = work.items_of(db, codes.SOURCE, c.id)
    names = repo.user_names(db, [c.assigned_user_id, c.closed_by]
                            + [e.user_id for e in history])
    calendar = work.load_calendar(db)
    open_items = [i for i in all_items if i.status in ("open", "paused")]
    customer = db.get(Customer, c.customer_id) if c.customer_id else None
    row = _row(call, c, open_items, customer, names, calendar)
    visible = call.user.visible_office_ids
    earlier = db.get(Complaint, c.repeat_of_id) if c.repeat_of_id else None
    if earlier is not None and earlier.office_id not in visible:
        earlier = None  # found by someone who sees more offices: not shown to this caller
    others = repo.other_complaints(db, c, visible)
    return {**row, "text": c.text, "contacted_at": _when(c.contacted_at),
            "contact_note": c.contact_note, "replied_at": _when(c.replied_at),
            "reply_text": c.reply_text, "callback_at": _when(c.callback_at),
            "satisfaction": c.satisfaction,
            "satisfaction_name": codes.name(codes.SATISFACTION_NAMES, c.satisfaction, zh),
            "callback_note": c.callback_note, "reopen_count": c.reopen_count,
            "closed_at": _when(c.closed_at), "closed_by": names.get(c.closed_by or 0, ""),
            "customer_name": customer.name if customer else "",
            "customer_address": customer.address if customer else "",
            "repeat_of": ({"id": earlier.id, "reference": reference(earlier.id),
                           "created_at": _when(earlier.created_at),
                           "category_name": codes.name(codes.CATEGORY_NAMES, earlier.category,
                                                       zh),
                           "subject": earlier.subject} if earlier else None),
            "items": [work.item_to_wire(db, i, call.now, calendar, zh) for i in all_items],
            "history": [{"at": _when(e.at), "user": names.get(e.user_id or 0, ""),
                         "action": e.action,
                         "action_name": codes.name(codes.EVENT_NAMES, e.action, zh),
                         "note": e.note} for e in history],
            "others": [{"id": o.id, "reference": reference(o.id), "kind": o.kind,
                        "kind_name": codes.name(codes.KIND_NAMES, o.kind, zh),
                        "category_name": codes.name(codes.CATEGORY_NAMES, o.category, zh),
                        "subject": o.subject, "status": o.status,
                        "status_name": codes.name(codes.STATUS_NAMES, o.status, zh),
                        "created_at": _when(o.created_at)} for o in others],
            "actions": _actions(c)}


def complaint_codes(call: Call) -> dict[str, Any]:
    """The code lists in the caller's language and the people a complaint can go to."""
    result = codes.all_codes(caller_reads_chinese())
    result["roles"] = [{"code": r, "name": r} for r in ASSIGNABLE_ROLES]
    office = work.home_office_id(call.db, call.user)
    result["users"] = [{"id": i, "username": u, "full_name": n}
                       for i, u, n in repo.assignable_users(call.db, office)]
    return result

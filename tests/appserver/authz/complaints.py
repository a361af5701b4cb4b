"""Authorization-matrix arguments for the complaints, consultation and statement methods of
pmis.service (see __init__.py): every write gets a fresh complaint in the state it needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from appserver.work import items as work
from dbschema.models import Complaint
from tests.appserver.authz.world import World

_S = "service."
OFFICE_SCOPED: set[str] = {_S + m for m in (
    "get_complaint", "register_complaint", "assign_complaint", "record_complaint_contact",
    "pause_complaint", "resume_complaint", "reply_complaint", "record_complaint_callback",
    "close_complaint", "reopen_complaint", "log_consultation", "statement_pdf")}

Args = dict[str, Callable[[], tuple[Any, ...]]]


def _complaint(w: World, side: str, status: str = "registered", paused: bool = False,
               satisfaction: str | None = None) -> int:
    """A complaint of the side's customer; a registered one has its two clocks open."""
    customer = w.customer[side]
    c = Complaint(office_id=customer.office_id, kind="complaint", channel="counter",
                  category="billing", customer_id=customer.id, contact_name=customer.name[:50],
                  contact_phone="13900000000", subject="矩阵测试", text="矩阵测试",
                  assigned_role="counter_clerk", status=status, paused=paused, repeat=False,
                  satisfaction=satisfaction, created_at=w.now, updated_at=w.now, version=1,
                  contact_note="", reply_text="", callback_note="", reopen_count=0)
    w.db.add(c)
    w.db.flush()
    if status == "registered":
        for step, days in (("contact", 1), ("reply", 7)):
            item = work.open_item(w.db, office_id=c.office_id, source="complaint",
                                  source_id=c.id, sla_type="complaint", step=step,
                                  reference=f"TS{c.id:08d}", title="矩阵测试",
                                  clock=work.Clock.working_days(days), now=w.now,
                                  customer_id=customer.id, assigned_role="counter_clerk")
            if paused:
                work.pause_item(w.db, item, w.now, "matrix")
    return c.id


def builders(w: World, side: str, username: str, n: int) -> Args:
    def fresh(**state: Any) -> Callable[[], tuple[Any, ...]]:
        return lambda: (_complaint(w, side, **state), 1)

    customer = w.customer[side].id
    intake = {"kind": "complaint", "channel": "counter", "category": "meter",
              "customer_id": customer, "subject": f"矩阵{n}", "text": "电表走字快"}
    return {
        _S + "complaint_codes": lambda: (),
        _S + "list_complaints": lambda: ({"open_only": True}, {"limit": 5}),
        _S + "get_complaint": lambda: (w.once("complaint", side, lambda: _complaint(w, side)),),
        _S + "register_complaint": lambda: (intake,),
        _S + "assign_complaint": lambda: (*fresh()(), {"role": "office_head"}),
        _S + "record_complaint_contact": lambda: (*fresh()(), "已联系"),
        _S + "pause_complaint": lambda: (*fresh()(), "等待客户"),
        _S + "resume_complaint": fresh(paused=True),
        _S + "reply_complaint": lambda: (*fresh()(), "已答复"),
        _S + "record_complaint_callback": lambda: (*fresh(status="replied")(), "satisfied",
                                                   ""),
        _S + "close_complaint": lambda: (*fresh(status="replied", satisfaction="neutral")(),
                                         "办结"),
        _S + "reopen_complaint": lambda: (*fresh(status="replied")(), "客户不满意"),
        _S + "log_consultation": lambda: ({"topic": "bills", "customer_id": customer,
                                           "question": f"咨询{n}", "answer": "已解答"},),
        _S + "list_consultations": lambda: ({}, {"limit": 5}),
        _S + "statement_pdf": lambda: (customer, None, None),
    }

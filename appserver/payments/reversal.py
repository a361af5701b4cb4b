"""Payment reversal with four eyes: a clerk asks with a reason, a different person decides.

Approval posts a 'reversal' ledger entry mirroring the payment entry, undoes the payment's
allocations and settles the customer again, so the debts it paid reopen (or other credit
covers them). The reversal counts in the requesting clerk's till on the approval's business
date; once that till is closed the approval waits for the next day, so every close stays
final. The database refuses a second reversal of one entry and a second live request per
payment, whatever the code does.
"""

from __future__ import annotations

from typing import Any

from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.contract.payments import REVERSAL_DECISIONS, REVERSAL_FILTERS
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.payments import counter_repository as repo
from appserver.payments import ledger, posting
from appserver.payments.counter_service import money, payment_in_scope
from dbschema.models import LedgerEntry, ReversalRequest

REASON_MAX = 200


def reversal_row(r: Any) -> dict[str, Any]:
    q: ReversalRequest = r[0]
    p = r[1]
    return {"id": q.id, "payment_id": p.id, "receipt_no": p.receipt_no,
            "customer_id": p.customer_id, "account_no": r.account_no, "customer_name": r.name,
            "amount": money(p.amount), "tender_type": p.tender_type,
            "paid_on": date_to_wire(p.business_date), "reason": q.reason, "status": q.status,
            "requested_by": r.requested_by_name, "requested_at": datetime_to_wire(q.requested_at),
            "decided_by": r.decided_by_name,
            "decided_at": datetime_to_wire(q.decided_at) if q.decided_at else None,
            "decision_note": q.decision_note}


def _row(call: Call, request_id: int) -> dict[str, Any]:
    row = repo.reversal_row(call.db, request_id)
    assert row is not None
    return reversal_row(row)


def request_reversal(call: Call, payment_id: Any, reason: Any) -> dict[str, Any]:
    text = call.v.text(reason, "reason", REASON_MAX)
    payment = payment_in_scope(call, payment_id, lock=True)
    entry = repo.payment_entry(call.db, payment.id)
    assert entry is not None
    if repo.reversal_of(call.db, entry.id) is not None:
        raise Conflict(call.msg("pay_already_reversed"))
    live = repo.live_request(call.db, payment.id)
    if live is not None:
        key = "pay_already_reversed" if live.status == "approved" else "pay_reversal_pending"
        raise Conflict(call.msg(key))
    request = ReversalRequest(payment_id=payment.id, office_id=entry.office_id, reason=text,
                              status="pending", requested_by=call.user.user_id,
                              requested_at=call.now, decision_note="")
    call.db.add(request)
    call.db.flush()
    call.audit("reversal_request", request.id, payment_id=payment.id,
               receipt_no=payment.receipt_no, reason=text)
    return _row(call, request.id)


def reversal_requests(call: Call, criteria: Any) -> dict[str, Any]:
    c = call.v.mapping(criteria or {}, "filter", ("status",))
    status = call.v.choice(c.get("status", "pending"), "status", REVERSAL_FILTERS)
    rows = repo.reversal_rows(call.db, call.user.visible_office_ids,
                              None if status == "all" else status)
    return {"rows": [reversal_row(r) for r in rows]}


def decide_reversal(call: Call, reversal_id: Any, decision: Any, note: Any) -> dict[str, Any]:
    v = call.v
    rid = v.integer(reversal_id, "reversal_id", 1, 2**62)
    choice = v.choice(decision, "decision", REVERSAL_DECISIONS)
    text = v.text(note, "note", REASON_MAX, required=False)
    request = repo.request(call.db, rid, lock=True)
    if request is None:
        raise NotFound(call.msg("not_found", what=call.msg("pay_what_reversal")))
    call.require_office(request.office_id)
    if request.status != "pending":
        raise Conflict(call.msg("pay_reversal_decided", status=request.status))
    if request.requested_by == call.user.user_id:
        raise UserError(call.msg("pay_four_eyes"))
    if choice == "approve":
        request.reversal_entry_id = _post_reversal(call, request)
    request.status = "approved" if choice == "approve" else "rejected"
    request.decided_by, request.decided_at = call.user.user_id, call.now
    request.decision_note = text
    call.db.flush()
    call.audit("reversal_request", request.id, decision=choice, payment_id=request.payment_id,
               note=text)
    return _row(call, request.id)


def _post_reversal(call: Call, request: ReversalRequest) -> int:
    payment = repo.payment(call.db, request.payment_id)
    entry = repo.payment_entry(call.db, request.payment_id)
    assert payment is not None and entry is not None
    today = business_date(call.now)
    ledger.lock_customer(call.db, payment.customer_id)
    till_office = repo.user_office(call.db, request.requested_by) or payment.office_id
    if posting.lock_till(call.db, request.requested_by, today, till_office,
                         call.now) is not None:
        raise UserError(call.msg("pay_requester_till_closed",
                                 clerk=repo.user_name(call.db, request.requested_by),
                                 day=date_to_wire(today)))
    ledger.undo_allocations(call.db, entry.id, call.now)
    reversal = ledger.post(call.db, LedgerEntry(
        customer_id=payment.customer_id, office_id=entry.office_id, entry_type="reversal",
        amount=-entry.amount, posted_on=today, posted_at=call.now, reverses_id=entry.id,
        payment_id=payment.id, created_by=call.user.user_id, note=request.reason[:200]))
    ledger.settle(call.db, payment.customer_id, call.now, today)
    return reversal.id

"""Reversal with four eyes: request by a clerk, decision by a different person, debts reopen,
never twice; the reversal counts in the requester's till."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict, PermissionDenied, UserError
from appserver.payments import ledger
from dbschema.models import LedgerEntry, ReversalRequest
from tests.appserver.counter_support import add_bill, new_customer, open_amount, pay
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg
PAY = "pmis.payments"


def _paid(api: Clients, db: Session) -> tuple[int, int, dict[str, object]]:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    bill = add_bill(db, c, "100.00", date(2027, 1, 10), now)
    r = pay(api.as_user("dh.clerk1"), c.id, "100.00", tendered="100.00")
    return c.id, bill.id, r


def test_approved_reversal_reopens_the_bill(api: Clients, db: Session) -> None:
    cid, bill, r = _paid(api, db)
    clerk, head = api.as_user("dh.clerk1"), api.as_user("dh.head")
    assert open_amount(db, bill) == 0
    req = clerk.call(PAY, "request_reversal", r["payment_id"], "posted to the wrong customer",
                     write=True)
    assert req["status"] == "pending" and req["requested_by"] == "王小芳"
    assert clerk.call(PAY, "account", cid)["payments"][0]["state"] == "reversal_pending"
    pending = head.call(PAY, "reversal_requests", {"status": "pending"})["rows"]
    assert req["id"] in [row["id"] for row in pending]
    done = head.call(PAY, "decide_reversal", req["id"], "approve", "checked", write=True)
    assert done["status"] == "approved" and done["decided_by"]
    assert open_amount(db, bill) == Decimal("100.00")
    assert ledger.balance(db, cid) == Decimal("100.00")
    view = clerk.call(PAY, "account", cid)
    assert view["payments"][0]["state"] == "reversed" and view["owes"] == "100.00"
    rev = db.scalars(select(LedgerEntry).where(LedgerEntry.entry_type == "reversal",
                                               LedgerEntry.customer_id == cid)).one()
    assert rev.amount == Decimal("100.00")


def test_four_eyes_the_requester_cannot_approve(api: Clients, db: Session) -> None:
    _cid, _bill, r = _paid(api, db)
    admin = api.as_user("admin")  # holds every right, still only one pair of eyes
    req = admin.call(PAY, "request_reversal", r["payment_id"], "test", write=True)
    with pytest.raises(UserError, match="second person"):
        admin.call(PAY, "decide_reversal", req["id"], "approve", "", write=True)
    assert db.get(ReversalRequest, req["id"]).status == "pending"  # type: ignore[union-attr]


def test_clerk_cannot_approve_at_all(api: Clients, db: Session) -> None:
    _cid, _bill, r = _paid(api, db)
    req = api.as_user("dh.clerk1").call(PAY, "request_reversal", r["payment_id"], "x",
                                        write=True)
    with pytest.raises(PermissionDenied):
        api.as_user("dh.clerk2").call(PAY, "decide_reversal", req["id"], "approve", "",
                                      write=True)


def test_a_payment_is_reversed_at_most_once(api: Clients, db: Session) -> None:
    _cid, _bill, r = _paid(api, db)
    clerk, head = api.as_user("dh.clerk1"), api.as_user("dh.head")
    req = clerk.call(PAY, "request_reversal", r["payment_id"], "first", write=True)
    with pytest.raises(Conflict, match="already waiting"):
        api.as_user("dh.clerk2").call(PAY, "request_reversal", r["payment_id"], "dup",
                                      write=True)
    head.call(PAY, "decide_reversal", req["id"], "approve", "", write=True)
    with pytest.raises(Conflict, match="already been reversed"):
        clerk.call(PAY, "request_reversal", r["payment_id"], "again", write=True)
    with pytest.raises(Conflict, match="already decided"):
        head.call(PAY, "decide_reversal", req["id"], "approve", "", write=True)
    reversals = db.scalar(select(func.count()).select_from(LedgerEntry)
                          .where(LedgerEntry.payment_id == r["payment_id"],
                                 LedgerEntry.entry_type == "reversal"))
    assert reversals == 1


def test_rejected_request_changes_no_money_and_may_be_asked_again(api: Clients,
                                                                  db: Session) -> None:
    cid, bill, r = _paid(api, db)
    clerk, head = api.as_user("dh.clerk1"), api.as_user("dh.head")
    req = clerk.call(PAY, "request_reversal", r["payment_id"], "typo", write=True)
    out = head.call(PAY, "decide_reversal", req["id"], "reject", "receipt is right", write=True)
    assert out["status"] == "rejected" and out["decision_note"] == "receipt is right"
    assert open_amount(db, bill) == 0 and ledger.balance(db, cid) == 0
    again = clerk.call(PAY, "request_reversal", r["payment_id"], "typo, really", write=True)
    assert again["status"] == "pending"


def test_reversal_of_another_office_is_refused(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "XH", now)
    r = pay(api.as_user("xh.clerk1"), c.id, "10.00")
    with pytest.raises(PermissionDenied):
        api.as_user("dh.clerk1").call(PAY, "request_reversal", r["payment_id"], "x",
                                      write=True)
    req = api.as_user("xh.clerk1").call(PAY, "request_reversal", r["payment_id"], "x",
                                        write=True)
    with pytest.raises(PermissionDenied):
        api.as_user("dh.head").call(PAY, "decide_reversal", req["id"], "approve", "",
                                    write=True)
    assert req["id"] not in [x["id"] for x in api.as_user("dh.head").call(
        PAY, "reversal_requests", {"status": "all"})["rows"]]


def test_approval_waits_when_the_requesters_till_is_closed(api: Clients,
                                                           db: Session) -> None:
    _cid, bill, r = _paid(api, db)
    clerk = api.as_user("dh.clerk1")
    req = clerk.call(PAY, "request_reversal", r["payment_id"], "x", write=True)
    clerk.call(PAY, "close_till", "100.00", "", write=True)
    with pytest.raises(UserError, match="approve the reversal on the next business day"):
        api.as_user("dh.head").call(PAY, "decide_reversal", req["id"], "approve", "",
                                    write=True)
    assert open_amount(db, bill) == 0

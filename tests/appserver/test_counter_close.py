"""The daily cash close: totals per tender type, reversals, expected vs counted cash; final and
one per clerk and day; balances to the cent against the payments and reversals of the day;
the supervisor's view; the PDF reports."""

from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict, PermissionDenied, UserError
from dbschema.models import CashClose, LedgerEntry, Payment, User
from tests.appserver.counter_support import add_bill, new_customer, pay
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg
PAY = "pmis.payments"
D = Decimal


def _day(api: Clients, db: Session) -> dict[str, int]:
    """clerk1: cash 100 (tendered 120) + cash 30.50 + card 45.25 + mobile 9.99, and a cash
    payment of 30.50 reversed; clerk2: cheque 500."""
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    add_bill(db, c, "300.00", date(2027, 1, 10), now)
    one, two, head = api.as_user("dh.clerk1"), api.as_user("dh.clerk2"), api.as_user("dh.head")
    pay(one, c.id, "100.00", tendered="120.00")
    wrong = pay(one, c.id, "30.50")
    pay(one, c.id, "45.25", tender="card")
    pay(one, c.id, "9.99", tender="mobile")
    pay(two, c.id, "500.00", tender="cheque")
    req = one.call(PAY, "request_reversal", wrong["payment_id"], "double entry", write=True)
    head.call(PAY, "decide_reversal", req["id"], "approve", "", write=True)
    return {"customer": c.id}


def test_till_totals_per_tender_and_expected_cash(api: Clients, db: Session) -> None:
    _day(api, db)
    t = api.as_user("dh.clerk1").call(PAY, "till", None)
    tenders = {x["tender_type"]: x for x in t["tenders"]}
    # the demo history leaves today's tills empty: these are exactly the day's figures
    assert {k: (v["payment_count"], v["payments_total"], v["reversal_count"],
                v["reversals_total"], v["net_total"]) for k, v in tenders.items()} == {
        "cash": (2, "130.50", 1, "30.50", "100.00"), "card": (1, "45.25", 0, "0.00", "45.25"),
        "mobile": (1, "9.99", 0, "0.00", "9.99")}
    assert t["expected_cash"] == "100.00" and t["totals"]["net_total"] == "155.24"
    assert t["closed"] is None and t["clerk"] == "王小芳"
    assert len(t["reversals"]) == 1


def test_close_is_final_and_balances_to_the_cent(api: Clients, db: Session) -> None:
    _day(api, db)
    one, two = api.as_user("dh.clerk1"), api.as_user("dh.clerk2")
    expected = D(one.call(PAY, "till", None)["expected_cash"])
    c1 = one.call(PAY, "close_till", str(expected - D("0.10")), "short 0.10", write=True)
    assert c1["difference"] == "-0.10" and c1["status"] == "closed"
    with pytest.raises(Conflict, match="already closed"):
        one.call(PAY, "close_till", "0.00", "", write=True)
    two.call(PAY, "close_till", "0.00", "", write=True)
    day = date(2026, 11, 28)
    ids = [db.scalar(select(User.id).where(User.username == u)) for u in ("dh.clerk1",
                                                                          "dh.clerk2")]
    paid = db.scalar(select(func.coalesce(func.sum(Payment.amount), 0))
                     .where(Payment.clerk_id.in_(ids), Payment.business_date == day,
                            Payment.channel == "counter"))
    reversed_ = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                          .join(Payment, Payment.id == LedgerEntry.payment_id)
                          .where(LedgerEntry.entry_type == "reversal",
                                 LedgerEntry.posted_on == day, Payment.clerk_id.in_(ids)))
    closed = db.scalar(select(func.sum(CashClose.net_total))
                       .where(CashClose.clerk_id.in_(ids), CashClose.business_date == day))
    assert D(paid or 0) - D(reversed_ or 0) == closed
    rows = api.as_user("dh.head").call(PAY, "closes", "2026-11-28")["rows"]
    mine = [r for r in rows if r["clerk_id"] in ids]
    assert {r["status"] for r in mine} == {"closed"}
    assert sum(D(r["net_total"]) for r in mine) == closed


def test_supervisor_sees_open_tills_too_and_prints(api: Clients, db: Session) -> None:
    _day(api, db)
    head = api.as_user("dh.head")
    rows = head.call(PAY, "closes", "2026-11-28")["rows"]
    assert any(r["status"] == "open" and r["clerk"] == "王小芳" for r in rows)
    one = api.as_user("dh.clerk1")
    provisional = one.call(PAY, "till_report", None)
    assert base64.b64decode(provisional["pdf_base64"]).startswith(b"%PDF")
    close = one.call(PAY, "close_till", "100.00", "", write=True)
    report = head.call(PAY, "close_report", close["close_id"])
    assert report["filename"].startswith("cash-close-")
    with pytest.raises(PermissionDenied):
        api.as_user("xh.head").call(PAY, "close_report", close["close_id"])
    with pytest.raises(PermissionDenied):
        one.call(PAY, "closes", "2026-11-28")


def test_close_input_is_checked(api: Clients) -> None:
    one = api.as_user("dh.clerk1")
    for bad in ("-1.00", "1e3", "NaN", "1.234", "x" * 500, None, 5):
        with pytest.raises(UserError):
            one.call(PAY, "close_till", bad, "", write=True)
    with pytest.raises(UserError, match="future"):
        one.call(PAY, "till", "2026-12-01")

"""The counter through the API on PostgreSQL: account view, partial payments oldest first,
overpayment kept as prepaid and used by the next bill, the allocation-order setting, tender
and change, receipt numbers, receipts and reprints, exactly-once posting, the closed till."""

from __future__ import annotations

import base64
import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict, NotFound, PermissionDenied, UserError
from appserver.core.dates import business_date
from appserver.payments import ledger
from dbschema.models import AuditLog, Payment, ReceiptPrint, Setting
from tests.appserver.counter_support import add_bill, new_customer, open_amount, pay, payment_count
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg
PAY = "pmis.payments"


def test_account_lists_debts_oldest_first_with_totals(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    newer = add_bill(db, c, "80.00", date(2026, 12, 10), now)
    older = add_bill(db, c, "120.50", date(2026, 10, 15), now)
    clerk = api.as_user("dh.clerk1")
    view = clerk.call(PAY, "account", c.id)
    assert [d["entry_id"] for d in view["debts"]] == [older.id, newer.id]
    assert view["balance"] == view["owes"] == "200.50" and view["prepaid"] == "0.00"
    assert view["debts"][0]["overdue_days"] == (business_date(now) - date(2026, 10, 15)).days
    assert view["debts"][1]["overdue_days"] == 0
    assert Decimal(view["total_due"]) == Decimal("200.50") + Decimal(view["penalty_today"])
    assert view["till_closed"] is False and view["payments"] == []


def test_paying_the_total_due_clears_the_penalty_shown(api: Clients, db: Session) -> None:
    """The penalty the account shows is exactly what posting adds: the total due settles all."""
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    add_bill(db, c, "300.00", date(2026, 9, 1), now)
    clerk = api.as_user("dh.clerk1")
    view = clerk.call(PAY, "account", c.id)
    assert Decimal(view["penalty_today"]) > 0
    assert view["debts"][0]["penalty_today"] == view["penalty_today"]
    assert ledger.balance(db, c.id) == Decimal("300.00")  # the preview posted nothing
    r = pay(clerk, c.id, view["total_due"], balance_seen=view["balance"])
    assert r["balance_after"] == "0.00"
    assert clerk.call(PAY, "account", c.id)["penalty_today"] == "0.00"


def test_partial_payment_settles_oldest_first_and_returns_change(api: Clients,
                                                                   db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    old = add_bill(db, c, "100.00", date(2027, 1, 10), now)
    new = add_bill(db, c, "60.00", date(2027, 2, 10), now)
    clerk = api.as_user("dh.clerk1")
    r = pay(clerk, c.id, "130.00", tendered="150.00", balance_seen="160.00")
    assert r["change"] == "20.00" and r["tendered"] == "150.00"
    assert [(s["entry_id"], s["amount"]) for s in r["settled"]] == [(old.id, "100.00"),
                                                                   (new.id, "30.00")]
    assert r["balance_after"] == r["owes"] == "30.00"
    assert open_amount(db, old.id) == 0 and open_amount(db, new.id) == Decimal("30.00")
    assert r["receipt_no"].startswith("R") and len(r["receipt_no"]) <= 24


def test_overpayment_is_prepaid_and_used_by_the_next_bill(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    bill = add_bill(db, c, "50.00", date(2027, 1, 10), now)
    clerk = api.as_user("dh.clerk1")
    r = pay(clerk, c.id, "80.00", tender="card")
    assert r["prepaid"] == "30.00" and r["balance_after"] == "-30.00"
    assert open_amount(db, bill.id) == 0
    following = add_bill(db, c, "45.00", date(2027, 2, 10), now)  # the release path settles
    assert open_amount(db, following.id) == Decimal("15.00")
    assert ledger.balance(db, c.id) == Decimal("15.00")
    view = clerk.call(PAY, "account", c.id)
    assert [d["open_amount"] for d in view["debts"]] == ["15.00"]


def _penalty(db: Session, c_id: int, office: int, amount: str, due: date, period: int,
             now: object) -> int:
    from dbschema.models import LedgerEntry

    e = ledger.post(db, LedgerEntry(customer_id=c_id, office_id=office, entry_type="penalty",
                                    amount=Decimal(amount), posted_on=date(2026, 11, 1),
                                    posted_at=now, period=period, due_on=due))
    return e.id


@pytest.mark.parametrize("order", ["penalty_first", "principal_first"])
def test_allocation_order_setting(api: Clients, db: Session, order: str) -> None:
    now = api.clock.now()
    db.add(Setting(key="payments.allocation_order", value=order,
                   effective_from=date(2000, 1, 1), created_at=now))
    c = new_customer(db, "DH", now)
    bill = add_bill(db, c, "100.00", date(2026, 12, 20), now)
    penalty = _penalty(db, c.id, c.office_id, "5.00", date(2026, 12, 25), 202611, now)
    clerk = api.as_user("dh.clerk1")
    r = pay(clerk, c.id, "5.00")
    settled = {s["entry_id"]: s["amount"] for s in r["settled"]}
    assert settled == ({penalty: "5.00"} if order == "penalty_first" else {bill.id: "5.00"})


def test_receipt_numbers_are_consecutive_per_office_and_day(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    one, two = api.as_user("dh.clerk1"), api.as_user("dh.clerk2")
    numbers = [pay(who, c.id, "1.00")["receipt_no"] for who in (one, two, one)]
    seqs = [int(n[-5:]) for n in numbers]
    assert seqs == [seqs[0], seqs[0] + 1, seqs[0] + 2]
    assert len({n[:-5] for n in numbers}) == 1


def test_resend_returns_the_same_receipt_and_posts_once(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    add_bill(db, c, "70.00", date(2027, 1, 10), now)
    clerk = api.as_user("dh.clerk1")
    rid = str(uuid.uuid4())
    first = pay(clerk, c.id, "70.00", request_id=rid)
    again = pay(clerk, c.id, "70.00", request_id=rid)
    assert again == first and payment_count(db, c.id) == 1
    assert db.scalar(select(Payment.request_id).where(Payment.id == first["payment_id"])) == rid


def test_stale_balance_is_refused_and_nothing_written(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    add_bill(db, c, "70.00", date(2027, 1, 10), now)
    clerk = api.as_user("dh.clerk1")
    pay(clerk, c.id, "70.00", balance_seen="70.00")
    with pytest.raises(Conflict) as exc:
        pay(api.as_user("dh.clerk2"), c.id, "70.00", balance_seen="70.00")
    assert "0.00" in exc.value.message
    assert payment_count(db, c.id) == 1


def test_tendered_rules(api: Clients, db: Session) -> None:
    c = new_customer(db, "DH", api.clock.now())
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(UserError, match="less than"):
        pay(clerk, c.id, "50.00", tendered="49.99")
    with pytest.raises(UserError, match="Only cash"):
        pay(clerk, c.id, "50.00", tender="card", tendered="60.00")
    assert pay(clerk, c.id, "50.00", tendered="50.00")["change"] == "0.00"
    assert pay(clerk, c.id, "5.00", tender="mobile")["change"] is None


def test_other_office_and_unknown_customer(api: Clients, db: Session) -> None:
    c = new_customer(db, "XH", api.clock.now())
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(PermissionDenied):
        pay(clerk, c.id, "1.00")
    with pytest.raises(PermissionDenied):
        clerk.call(PAY, "account", c.id)
    with pytest.raises(NotFound, match="Customer was not found"):
        pay(clerk, 2**30, "1.00")
    assert payment_count(db, c.id) == 0


def test_receipt_pdf_original_then_copies_logged(api: Clients, db: Session) -> None:
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    add_bill(db, c, "99.90", date(2027, 1, 10), now)
    clerk = api.as_user("dh.clerk1")
    r = pay(clerk, c.id, "100.00", tendered="100.00")
    first = clerk.call(PAY, "print_receipt", r["payment_id"], write=True)
    second = clerk.call(PAY, "print_receipt", r["payment_id"], write=True)
    assert (first["print_no"], first["is_copy"], second["is_copy"]) == (1, False, True)
    original = clerk.call(PAY, "receipt_pdf", r["payment_id"], 1)
    assert base64.b64decode(original["pdf_base64"]).startswith(b"%PDF")
    assert clerk.call(PAY, "receipt_pdf", r["payment_id"], 2)["filename"].endswith("-copy.pdf")
    with pytest.raises(NotFound):  # only logged prints exist
        clerk.call(PAY, "receipt_pdf", r["payment_id"], 3)
    prints = db.scalar(select(func.count()).select_from(ReceiptPrint)
                       .where(ReceiptPrint.payment_id == r["payment_id"]))
    audited = db.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.method == "payments.print_receipt",
                               AuditLog.entity_id == r["payment_id"]))
    assert prints == 2 and audited == 2


def test_closed_till_refuses_payments_with_a_clear_message(api: Clients, db: Session) -> None:
    c = new_customer(db, "DH", api.clock.now())
    clerk = api.as_user("dh.clerk1")
    pay(clerk, c.id, "10.00")
    clerk.call(PAY, "close_till", "10.00", "", write=True)
    with pytest.raises(UserError, match="already closed for 2026-11-28"):
        pay(clerk, c.id, "10.00")
    assert payment_count(db, c.id) == 1
    assert clerk.call(PAY, "account", c.id)["till_closed"] is True
    pay(api.as_user("dh.clerk2"), c.id, "10.00")  # another clerk's till is open

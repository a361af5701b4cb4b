"""Bills: explanations recompute the stored amounts, the review queue, release to the ledger
(one entry, prepaid credit used, twice harmless), rejection, office scope."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import NotFound, PermissionDenied, UserError
from appserver.payments import ledger
from dbschema.models import Allocation, Bill, BillLine, Customer, LedgerEntry
from tests.helpers.api import Clients, office_id
from tests.helpers.bills import make_bill, make_run, request_data

pytestmark = pytest.mark.pg
BILLING = "pmis.billing"


def customer(db: Session, office: str = "DH", n: int = 0) -> Customer:
    """The n-th residential customer of the office (multiplier 1: kWh = register units)."""
    return db.scalars(select(Customer).where(Customer.office_id == office_id(db, office),
                                             Customer.customer_class == "residential")
                      .order_by(Customer.id).offset(n).limit(1)).one()


def entries(db: Session, bill_id: int) -> list[LedgerEntry]:
    db.expire_all()
    return list(db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id == bill_id)))


def test_explain_recomputes_every_stored_amount(api: Clients, db: Session) -> None:
    c = customer(db)
    bill = make_bill(db, c.id, 203010, api.clock.now(), units=Decimal(120), status="released")
    got = api.as_user("dh.reader").call(BILLING, "explain_bill", bill.id)
    assert got["matches"] is True and got["problem"] == ""
    assert got["total"] == got["stored_total"] == "67.10"  # 50 × 0.53 + 70 × 0.58
    assert [(x["code"], x["amount"], x["matches"]) for x in got["lines"]] == [
        ("energy.tier1", "26.50", True), ("energy.tier2", "40.60", True)]
    tier2 = got["lines"][1]
    assert tier2["short"] == "70 kWh × 0.58 = 40.60"
    assert tier2["explanation"]["table_row"].startswith("tier 2")
    assert "rounding" in tier2["explanation"]["text"]


def test_explain_surfaces_a_stored_amount_that_does_not_recompute(api: Clients,
                                                                  db: Session) -> None:
    bill = make_bill(db, customer(db).id, 203010, api.clock.now())
    line = db.scalars(select(BillLine).where(BillLine.bill_id == bill.id, BillLine.seq == 2)).one()
    line.amount += Decimal("0.01")  # what a wrong run (or a tampered row) would leave
    db.flush()
    got = api.as_user("dh.reader").call(BILLING, "explain_bill", bill.id)
    assert got["matches"] is False
    assert str(bill.id) in got["problem"]
    assert [x["matches"] for x in got["lines"]] == [True, False]
    with pytest.raises(UserError, match="does not recompute"):
        api.as_user("dh.reader").call(BILLING, "bill_pdf", bill.id)


def test_get_bill_and_history(api: Clients, db: Session) -> None:
    c = customer(db)
    now = api.clock.now()
    make_bill(db, c.id, 203009, now, units=Decimal(90), status="released")
    bill = make_bill(db, c.id, 203010, now, units=Decimal(100), status="released")
    reader = api.as_user("dh.reader")
    got = reader.call(BILLING, "get_bill", bill.id)
    assert got["bill"]["status"] == "released" and got["bill"]["period"] == "2030-10"
    assert got["party"]["account_no"] == c.account_no
    assert got["readings"][0] | {} == {"segment": 1, "register": "total", "previous": "1200",
                                       "current": "1300", "multiplier": got["readings"][0][
                                           "multiplier"], "energy": got["readings"][0]["energy"]}
    assert [x["code"] for x in got["lines"]] == ["energy.tier1", "energy.tier2"]
    history = reader.call(BILLING, "customer_bills", c.account_no, {"limit": 10})
    assert [r["period"] for r in history["rows"]][:2] == ["2030-10", "2030-09"]
    assert history["customer"]["id"] == c.id


def test_release_posts_one_entry_and_uses_prepaid_credit(api: Clients, db: Session) -> None:
    c = customer(db, n=1)
    now = api.clock.now()
    before = ledger.balance(db, c.id)
    credit = ledger.post(db, LedgerEntry(customer_id=c.id, office_id=c.office_id,
                                         entry_type="adjustment", amount=Decimal("-30.00"),
                                         posted_on=now.date(), posted_at=now,
                                         note="prepaid"))
    bill = make_bill(db, c.id, 203010, now, units=Decimal(100), reason="above 3x history")
    assert entries(db, bill.id) == []
    head = api.as_user("dh.head")
    got = head.call(BILLING, "release_bills", [bill.id], write=True)
    assert got == {"released": [bill.id], "already_released": []}
    (entry,) = entries(db, bill.id)
    assert (entry.entry_type, entry.amount, entry.period) == ("bill", Decimal("55.50"), 203010)
    db.refresh(bill)
    assert bill.status == "released" and bill.released_at is not None
    used = db.scalar(select(func.sum(Allocation.amount))
                     .where(Allocation.credit_entry_id == credit.id,
                            Allocation.debit_entry_id == entry.id))
    assert used == Decimal("30.00")  # the prepaid credit paid part of the new bill at once
    assert ledger.balance(db, c.id) == before + Decimal("25.50")
    # Again (another request): harmless, nothing posted twice.
    again = head.call(BILLING, "release_bills", [bill.id], write=True)
    assert again == {"released": [], "already_released": [bill.id]}
    assert len(entries(db, bill.id)) == 1


def test_release_is_idempotent_by_request_id(api: Clients, db: Session) -> None:
    bill = make_bill(db, customer(db).id, 203010, api.clock.now())
    head = api.as_user("dh.head")
    rid = str(uuid.uuid4())
    first = head.call(BILLING, "release_bills", [bill.id], write=True, request_id=rid)
    second = head.call(BILLING, "release_bills", [bill.id], write=True, request_id=rid)
    assert first == second == {"released": [bill.id], "already_released": []}
    assert len(entries(db, bill.id)) == 1


def test_reject_voids_the_bill_and_makes_room_for_the_next_run(api: Clients,
                                                               db: Session) -> None:
    c = customer(db)
    now = api.clock.now()
    bill = make_bill(db, c.id, 203010, now, units=Decimal(5000), reason="above 3x history")
    reader = api.as_user("dh.reader")
    got = reader.call(BILLING, "reject_bill", bill.id, "misread: 1 digit too many", write=True)
    assert got["bill"]["status"] == "rejected" and not got["already_rejected"]
    assert entries(db, bill.id) == []
    with pytest.raises(UserError, match="void or cancelled"):
        reader.call(BILLING, "release_bills", [bill.id], write=True)
    again = make_bill(db, c.id, 203010, now, units=Decimal(100))  # the corrected reading
    assert again.id != bill.id
    released = make_bill(db, c.id, 203009, now, status="released")
    with pytest.raises(UserError, match="rebill"):
        reader.call(BILLING, "reject_bill", released.id, "too late", write=True)


def test_review_queue_sorted_by_amount_at_risk_with_history(api: Clients, db: Session) -> None:
    now = api.clock.now()
    small, big = customer(db, n=2), customer(db, n=3)
    for period in (203007, 203008, 203009):
        make_bill(db, small.id, period, now, units=Decimal(100), status="released")
        make_bill(db, big.id, period, now, units=Decimal(100), status="released")
    a = make_bill(db, small.id, 203010, now, units=Decimal(400), reason="above 3x history")
    b = make_bill(db, big.id, 203010, now, units=Decimal(4000), reason="above 3x history")
    queue = api.as_user("dh.reader").call(BILLING, "review_queue", {"limit": 200})
    ids = [r["id"] for r in queue["rows"]]
    assert ids.index(b.id) < ids.index(a.id)
    row = queue["rows"][ids.index(b.id)]
    assert row["review_reason"] == "above 3x history"
    assert [h["period"] for h in row["history"]] == ["2030-09", "2030-08", "2030-07"]
    assert Decimal(row["amount_at_risk"]) == Decimal(row["amount"]) - Decimal("55.50")
    assert all(r["office_id"] == office_id(db, "DH") for r in queue["rows"])
    other = api.as_user("xh.head").call(BILLING, "review_queue", {})
    assert b.id not in [r["id"] for r in other["rows"]]


def test_other_office_is_refused(api: Clients, db: Session) -> None:
    bill = make_bill(db, customer(db).id, 203010, api.clock.now())
    xh = api.as_user("xh.head")
    for method, args in (("get_bill", (bill.id,)), ("explain_bill", (bill.id,)),
                         ("bill_pdf", (bill.id,))):
        with pytest.raises(PermissionDenied):
            xh.call(BILLING, method, *args)
    with pytest.raises(PermissionDenied):
        xh.call(BILLING, "release_bills", [bill.id], write=True)
    db.refresh(bill)
    assert bill.status == "review"


def test_bad_input_is_refused_clearly(api: Clients, db: Session) -> None:
    reader = api.as_user("dh.reader")
    with pytest.raises(NotFound):
        reader.call(BILLING, "get_bill", 987654321)
    with pytest.raises(UserError, match="Bills"):
        reader.call(BILLING, "release_bills", [], write=True)
    with pytest.raises(UserError, match="Reason"):
        bill = make_bill(db, customer(db).id, 203010, api.clock.now())
        reader.call(BILLING, "reject_bill", bill.id, "   ", write=True)
    with pytest.raises(NotFound):
        reader.call(BILLING, "customer_bills", "0000000000", {})


def test_run_bills_and_their_pdf(api: Clients, db: Session) -> None:
    now = api.clock.now()
    run = make_run(db, office_id(db, "DH"), 203010, now, "T-RUN-1")
    made = [make_bill(db, customer(db, n=i).id, 203010, now, run_id=run.id,
                      status="released", units=Decimal(60 + i)) for i in range(3)]
    reader = api.as_user("dh.reader")
    got = reader.call(BILLING, "run_bills", run.id, {"limit": 2})
    assert [r["id"] for r in got["rows"]] == [b.id for b in made[:2]] and got["has_more"]
    pdf = reader.call(BILLING, "run_bills_pdf", run.id, {})
    assert pdf["bills"] == 3 and not pdf["has_more"]
    assert pdf["filename"].startswith(f"bills-run-{run.id}")


def test_negative_and_zero_bills(api: Clients, db: Session) -> None:
    c = customer(db, n=4)
    zero = make_bill(db, c.id, 203010, api.clock.now(), units=Decimal(0), reason="zero")
    api.as_user("dh.head").call(BILLING, "release_bills", [zero.id], write=True)
    assert entries(db, zero.id) == []
    assert db.get(Bill, zero.id) is not None


def test_request_data_helper_matches_the_engine_shape() -> None:
    data = request_data(203010, previous=Decimal(1), current=Decimal(2))
    assert data["period"] == "2030-10"

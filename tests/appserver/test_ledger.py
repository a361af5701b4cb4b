"""The ledger's invariants hold in the database even against hand-written SQL (PostgreSQL):
immutable entries and allocations, signed amounts, one charge per bill, one reversal per entry
that mirrors it, payment entries that mirror their payment, allocations that never exceed
either entry, frozen decisions, closes that add up. Plus the allocation rules themselves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from appserver.payments import ledger
from appserver.payments.ledger import OpenItem, allocation_plan
from tests.appserver.counter_support import add_bill, new_customer, pay
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg
D = Decimal


def refused(db: Session, sql: str, **params: object) -> str:
    """Run ``sql`` in a savepoint, with deferred checks made immediate; it must fail."""
    with pytest.raises(DBAPIError) as exc, db.begin_nested():
        db.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
        db.execute(text(sql), params)
    return str(exc.value.orig)


@pytest.fixture
def paid(api: Clients, db: Session) -> dict[str, int]:
    """A customer with a 100.00 bill of which 60.00 were paid at the counter."""
    now = api.clock.now()
    c = new_customer(db, "DH", now)
    bill = add_bill(db, c, "100.00", date(2027, 1, 10), now)
    r = pay(api.as_user("dh.clerk1"), c.id, "60.00")
    other = new_customer(db, "DH", now)
    other_bill = add_bill(db, other, "10.00", date(2027, 1, 10), now)
    entry = db.execute(text("SELECT id FROM ledger_entry WHERE payment_id = :p"),
                       {"p": r["payment_id"]}).scalar_one()
    return {"customer": c.id, "bill": bill.id, "bill_id": bill.bill_id or 0,
            "payment": r["payment_id"], "entry": entry, "other_bill": other_bill.id,
            "office": c.office_id}


INSERT_ENTRY = ("INSERT INTO ledger_entry (customer_id, office_id, entry_type, amount, "
                "posted_on, posted_at, reverses_id, payment_id, bill_id, note) VALUES "
                "(:c, :o, :t, :a, '2026-11-28', now(), :r, :p, :b, '')")


def entry(paid: dict[str, int], t: str, a: str, r: int | None = None, p: int | None = None,
          b: int | None = None) -> dict[str, object]:
    return {"c": paid["customer"], "o": paid["office"], "t": t, "a": D(a), "r": r, "p": p,
            "b": b}


def test_posted_entries_and_allocations_cannot_change(db: Session,
                                                      paid: dict[str, int]) -> None:
    assert "append-only" in refused(db, "UPDATE ledger_entry SET amount = 1 WHERE id = :e",
                                    e=paid["bill"])
    assert "append-only" in refused(db, "DELETE FROM ledger_entry WHERE id = :e", e=paid["bill"])
    assert "append-only" in refused(db, "DELETE FROM allocation WHERE debit_entry_id = :e",
                                    e=paid["bill"])
    assert "append-only" in refused(db, "UPDATE payment SET amount = 1 WHERE id = :p",
                                    p=paid["payment"])


def test_signs_and_links(db: Session, paid: dict[str, int]) -> None:
    refused(db, INSERT_ENTRY, **entry(paid, "bill", "-5.00", b=paid["bill_id"]))
    refused(db, INSERT_ENTRY, **entry(paid, "payment", "5.00", p=paid["payment"]))
    refused(db, INSERT_ENTRY, **entry(paid, "penalty", "0.00"))
    refused(db, INSERT_ENTRY, **entry(paid, "reversal", "5.00"))  # reversal without target


def test_one_charge_per_bill(db: Session, paid: dict[str, int]) -> None:
    assert "uq_ledger_entry_bill_charge" in refused(
        db, INSERT_ENTRY, **entry(paid, "bill", "100.00", b=paid["bill_id"]))


def test_payment_entry_mirrors_its_payment(db: Session, paid: dict[str, int]) -> None:
    # a second entry for the payment is a duplicate; a wrong amount is caught by the trigger
    assert "uq_ledger_entry_payment" in refused(
        db, INSERT_ENTRY, **entry(paid, "payment", "-60.00", p=paid["payment"]))
    db.execute(text("DROP INDEX uq_ledger_entry_payment"))  # rolled back with the test
    assert "mirror payment" in refused(
        db, INSERT_ENTRY, **entry(paid, "payment", "-59.00", p=paid["payment"]))


def test_reversal_mirrors_once(db: Session, paid: dict[str, int]) -> None:
    assert "mirror" in refused(db, INSERT_ENTRY,
                               **entry(paid, "reversal", "59.00", r=paid["entry"]))
    with db.begin_nested():
        db.execute(text(INSERT_ENTRY), entry(paid, "reversal", "60.00", r=paid["entry"]))
    second = refused(db, INSERT_ENTRY, **entry(paid, "reversal", "60.00", r=paid["entry"]))
    assert "uq_ledger_entry_reverses" in second
    rev = db.execute(text("SELECT id FROM ledger_entry WHERE reverses_id = :e"),
                     {"e": paid["entry"]}).scalar_one()
    assert "mirror" in refused(db, INSERT_ENTRY, **entry(paid, "reversal", "-60.00", r=rev))


INSERT_ALLOCATION = ("INSERT INTO allocation (credit_entry_id, debit_entry_id, amount, "
                     "created_at) VALUES (:c, :d, :a, now())")


def test_allocations_never_exceed_either_entry(db: Session, paid: dict[str, int]) -> None:
    # the payment (60) is fully allocated to the bill: one cent more is refused
    assert "outside" in refused(db, INSERT_ALLOCATION, c=paid["entry"], d=paid["bill"],
                                a=D("0.01"))
    # undoing more than was allocated is refused too
    assert "outside" in refused(db, INSERT_ALLOCATION, c=paid["entry"], d=paid["bill"],
                                a=D("-60.01"))
    # credit must be a credit, debit a debit, both of one customer
    assert "must be negative" in refused(db, INSERT_ALLOCATION, c=paid["bill"],
                                         d=paid["entry"], a=D("1.00"))
    assert "different customers" in refused(db, INSERT_ALLOCATION, c=paid["entry"],
                                            d=paid["other_bill"], a=D("1.00"))
    # an undo followed by a re-allocation in one transaction is judged at the end: fine
    with db.begin_nested():
        db.execute(text(INSERT_ALLOCATION), {"c": paid["entry"], "d": paid["bill"],
                                             "a": D("-60.00")})
        db.execute(text(INSERT_ALLOCATION), {"c": paid["entry"], "d": paid["bill"],
                                             "a": D("60.00")})
        db.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))


def test_counter_tables_hold_their_rules(api: Clients, db: Session,
                                         paid: dict[str, int]) -> None:
    clerk = api.as_user("dh.clerk1")
    req = clerk.call("pmis.payments", "request_reversal", paid["payment"], "wrong customer",
                     write=True)
    uid = db.execute(text("SELECT requested_by FROM reversal_request WHERE id = :i"),
                     {"i": req["id"]}).scalar_one()
    assert "four_eyes" in refused(db, "UPDATE reversal_request SET status = 'rejected', "
                                      "decided_by = requested_by, decided_at = now() "
                                      "WHERE id = :i", i=req["id"])
    assert "uq_reversal_request_live" in refused(
        db, "INSERT INTO reversal_request (payment_id, office_id, reason, status, requested_by, "
            "requested_at, decision_note) SELECT payment_id, office_id, 'again', 'pending', "
            "requested_by, now(), '' FROM reversal_request WHERE id = :i", i=req["id"])
    head = api.as_user("dh.head")
    head.call("pmis.payments", "decide_reversal", req["id"], "reject", "no", write=True)
    assert "final" in refused(db, "UPDATE reversal_request SET status = 'pending' "
                                  "WHERE id = :i", i=req["id"])
    assert "final" in refused(db, "DELETE FROM reversal_request WHERE id = :i", i=req["id"])
    close = clerk.call("pmis.payments", "close_till", "60.00", "", write=True)
    assert "append-only" in refused(db, "UPDATE cash_close SET counted_cash = 0 WHERE id = :i",
                                    i=close["close_id"])
    assert "uq_cash_close_clerk_date" in refused(
        db, "INSERT INTO cash_close SELECT id + 1000000, clerk_id, office_id, business_date, "
            "payment_count, reversal_count, payments_total, reversals_total, net_total, "
            "expected_cash, counted_cash, difference, note, closed_at FROM cash_close "
            "WHERE id = :i", i=close["close_id"])
    assert "net_adds_up" in refused(
        db, "INSERT INTO cash_close (clerk_id, office_id, business_date, payment_count, "
            "reversal_count, payments_total, reversals_total, net_total, expected_cash, "
            "counted_cash, difference, note, closed_at) VALUES (:u, :o, '2026-01-01', 1, 0, "
            "10, 0, 9, 10, 10, 0, '', now())", u=uid, o=paid["office"])
    assert "difference_adds_up" in refused(
        db, "INSERT INTO cash_close (clerk_id, office_id, business_date, payment_count, "
            "reversal_count, payments_total, reversals_total, net_total, expected_cash, "
            "counted_cash, difference, note, closed_at) VALUES (:u, :o, '2026-01-01', 1, 0, "
            "10, 0, 10, 10, 9, 0, '', now())", u=uid, o=paid["office"])
    assert "receipt_no" in refused(
        db, "INSERT INTO payment (receipt_no, customer_id, office_id, amount, tender_type, "
            "channel, business_date, received_at, reference) SELECT receipt_no, customer_id, "
            "office_id, amount, tender_type, channel, business_date, received_at, '' "
            "FROM payment WHERE id = :p", p=paid["payment"])
    assert "copy_after_first" in refused(
        db, "INSERT INTO receipt_print (payment_id, print_no, is_copy, printed_by, printed_at) "
            "VALUES (:p, 1, true, :u, now())", p=paid["payment"], u=uid)


# -- the allocation rules, pure --------------------------------------------------------

def item(eid: int, kind: str, amount: str, day: int, reverses: int | None = None) -> OpenItem:
    a = D(amount)
    return OpenItem(eid, kind, 1 if a > 0 else -1, abs(a), date(2026, 1, day), reverses,
                    None, a)


@pytest.mark.parametrize("penalty_first, expected", [
    (True, [(9, 3, D("2.00")), (9, 1, D("8.00"))]),
    (False, [(9, 1, D("10.00"))]),
])
def test_plan_orders_by_setting_then_age(penalty_first: bool,
                                         expected: list[tuple[int, int, Decimal]]) -> None:
    items = [item(1, "bill", "50.00", 5), item(2, "bill", "40.00", 20),
             item(3, "penalty", "2.00", 25), item(9, "payment", "-10.00", 26)]
    assert allocation_plan(items, penalty_first) == expected


def test_plan_matches_a_reversal_to_its_entry_first() -> None:
    items = [item(1, "bill", "50.00", 5), item(7, "payment", "-30.00", 6),
             item(8, "reversal", "30.00", 7, reverses=7)]
    assert allocation_plan(items, True) == [(7, 8, D("30.00"))]


def test_plan_leaves_overpayment_open() -> None:
    items = [item(1, "bill", "50.00", 5), item(7, "payment", "-80.00", 6)]
    assert allocation_plan(items, True) == [(7, 1, D("50.00"))]
    assert items[1].open_amount == D("30.00")


def test_reversal_through_the_ledger_reopens_the_debts(api: Clients, db: Session,
                                                       paid: dict[str, int]) -> None:
    now = api.clock.now()

    def made() -> list[ledger.OpenItem]:
        return ledger.open_items(db, paid["customer"])

    assert [(i.entry_id, i.open_amount) for i in made()] == [(paid["bill"], D("40.00"))]
    undo = ledger.undo_allocations(db, paid["entry"], now)
    assert [a.amount for a in undo] == [D("-60.00")]
    from dbschema.models import LedgerEntry

    ledger.post(db, LedgerEntry(customer_id=paid["customer"], office_id=paid["office"],
                                entry_type="reversal", amount=D("60.00"), posted_on=now.date(),
                                posted_at=now, reverses_id=paid["entry"]))
    ledger.settle(db, paid["customer"], now, now.date())
    assert [(i.entry_id, i.open_amount) for i in made()] == [(paid["bill"], D("100.00"))]
    assert ledger.balance(db, paid["customer"]) == D("100.00")
    db.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))


def test_open_items_net_to_the_balance_for_every_customer(db: Session) -> None:
    """What the counter shows (open items) and the sum of all entries never disagree, over
    the whole demo history (bills, payments, penalties, prepaid credit, reversals)."""
    ids = db.execute(text("SELECT DISTINCT customer_id FROM ledger_entry")).scalars().all()
    assert ids, "the demo history has a ledger"
    for cid in ids:
        assert ledger.open_balance(ledger.open_items(db, cid)) == ledger.balance(db, cid), cid

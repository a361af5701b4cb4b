"""Corrections with approval (退补): a second person decides; the ledger moves by the
difference only; an identical rebill is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.errors import PermissionDenied, UserError
from appserver.payments import ledger
from dbschema.models import Bill, BillLine, LedgerEntry
from tests.appserver.test_bills import BILLING, customer
from tests.helpers.api import Clients
from tests.helpers.bills import make_bill

pytestmark = pytest.mark.pg
CORRECTED = {"readings": {"total": {"previous": "1200", "current": "1280"}}}


def released(api: Clients, db: Session, n: int = 0, units: int = 100) -> Bill:
    return make_bill(db, customer(db, n=n).id, 203010, api.clock.now(),
                     units=Decimal(units), status="released")


def test_rebill_needs_a_second_person_and_posts_the_difference(api: Clients,
                                                               db: Session) -> None:
    bill = released(api, db)  # 100 kWh: 50 × 0.53 + 50 × 0.58 = 55.50
    before = ledger.balance(db, bill.customer_id)
    reader, head = api.as_user("dh.reader"), api.as_user("dh.head")
    preview = reader.call(BILLING, "preview_correction", bill.id, "rebill", CORRECTED)
    # 80 kWh: 26.50 + 30 × 0.58 = 43.90 -> only tier 2 changes, by -11.60
    assert (preview["old_total"], preview["new_total"], preview["difference"]) == (
        "55.50", "43.90", "-11.60")
    assert [(x["code"], x["old_amount"], x["new_amount"], x["amount"])
            for x in preview["lines"]] == [("energy.tier2", "29.00", "17.40", "-11.60")]
    asked = reader.call(BILLING, "request_correction", bill.id, "rebill", CORRECTED,
                        "meter misread", write=True)
    assert asked["status"] == "pending"
    assert ledger.balance(db, bill.customer_id) == before  # nothing moves before approval
    with pytest.raises(PermissionDenied):  # the reading supervisor cannot approve at all
        reader.call(BILLING, "approve_correction", asked["id"], write=True)
    admin = api.as_user("admin")  # and whoever asked cannot approve their own
    mine = admin.call(BILLING, "request_correction", released(api, db, n=1).id, "backbill",
                      {"energy_kwh": "10"}, "meter stopped", write=True)
    with pytest.raises(UserError, match="second person"):
        admin.call(BILLING, "approve_correction", mine["id"], write=True)
    done = head.call(BILLING, "approve_correction", asked["id"], write=True)
    assert done["status"] == "approved" and done["result_bill_id"]
    db.expire_all()
    rebill = db.get(Bill, done["result_bill_id"])
    assert rebill is not None
    assert (rebill.kind, rebill.status, rebill.corrects_bill_id, rebill.amount) == (
        "rebill", "released", bill.id, Decimal("-11.60"))
    assert db.get(Bill, bill.id).status == "cancelled"  # type: ignore[union-attr]
    lines = db.scalars(select(BillLine).where(BillLine.bill_id == rebill.id)).all()
    assert [(x.code, x.amount) for x in lines] == [("energy.tier2", Decimal("-11.60"))]
    (entry,) = db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id == rebill.id)).all()
    assert (entry.entry_type, entry.amount) == ("adjustment", Decimal("-11.60"))
    assert ledger.balance(db, bill.customer_id) == before - Decimal("11.60")
    # The original's own charge stays: corrections add entries, never change them.
    assert db.scalars(select(LedgerEntry.amount).where(LedgerEntry.bill_id == bill.id)
                      ).all() == [Decimal("55.50")]
    explained = reader.call(BILLING, "explain_bill", rebill.id)
    assert explained["matches"] and explained["total"] == "-11.60"
    with pytest.raises(UserError, match="already decided"):
        head.call(BILLING, "approve_correction", asked["id"], write=True)
    with pytest.raises(UserError, match="Only a released bill"):
        reader.call(BILLING, "preview_correction", bill.id, "rebill", CORRECTED)


def test_identical_rebill_is_refused(api: Clients, db: Session) -> None:
    bill = released(api, db)
    same = {"readings": {"total": {"previous": "1200", "current": "1300"}}}
    with pytest.raises(UserError, match="Nothing to correct"):
        api.as_user("dh.reader").call(BILLING, "request_correction", bill.id, "rebill", same,
                                      "check", write=True)


def test_backbill_and_refund(api: Clients, db: Session) -> None:
    bill = released(api, db, n=2, units=40)  # 40 kWh: 21.20
    reader, head = api.as_user("dh.reader"), api.as_user("dh.head")
    asked = reader.call(BILLING, "request_correction", bill.id, "backbill",
                        {"energy_kwh": "30"}, "meter stopped for 10 days", write=True)
    # 70 kWh: 26.50 + 20 × 0.58 = 38.10 -> +16.90
    assert asked["difference"] == "16.90" and Decimal(asked["energy_difference"]) == 30
    done = head.call(BILLING, "approve_correction", asked["id"], write=True)
    db.expire_all()
    assert db.get(Bill, bill.id).status == "released"  # type: ignore[union-attr]
    (entry,) = db.scalars(select(LedgerEntry)
                          .where(LedgerEntry.bill_id == done["result_bill_id"])).all()
    assert entry.amount == Decimal("16.90") and entry.due_on is not None
    with pytest.raises(UserError, match="already corrected by bill"):
        reader.call(BILLING, "preview_correction", bill.id, "refund", {"energy_kwh": "5"})
    refund = reader.call(BILLING, "request_correction", done["result_bill_id"], "refund",
                         {"energy_kwh": "5"}, "meter ran fast", write=True)
    assert refund["difference"] == "-2.90"  # 70 -> 65 kWh, all in tier 2 at 0.58
    with pytest.raises(UserError, match="more energy than was billed"):
        reader.call(BILLING, "preview_correction", released(api, db, n=3, units=10).id,
                    "refund", {"energy_kwh": "11"})


def test_reject_correction_and_one_pending_per_bill(api: Clients, db: Session) -> None:
    bill = released(api, db, n=4)
    reader, head = api.as_user("dh.reader"), api.as_user("dh.head")
    asked = reader.call(BILLING, "request_correction", bill.id, "backbill",
                        {"energy_kwh": "5"}, "theft", write=True)
    with pytest.raises(UserError, match="already waiting"):
        reader.call(BILLING, "request_correction", bill.id, "backbill", {"energy_kwh": "6"},
                    "again", write=True)
    listed = reader.call(BILLING, "list_corrections", {"status": "pending"}, {})
    assert asked["id"] in [r["id"] for r in listed["rows"]]
    done = head.call(BILLING, "reject_correction", asked["id"], "no evidence", write=True)
    assert done["status"] == "rejected" and done["decision_reason"] == "no evidence"
    got = reader.call(BILLING, "get_correction", asked["id"])
    assert got["preview"]["difference"] == asked["difference"]
    assert db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id != bill.id,
                                                LedgerEntry.customer_id == bill.customer_id,
                                                LedgerEntry.entry_type == "adjustment")
                      ).all() == []


def test_correction_of_another_office_and_bad_changes(api: Clients, db: Session) -> None:
    bill = released(api, db)
    with pytest.raises(PermissionDenied):
        api.as_user("xh.reader").call(BILLING, "preview_correction", bill.id, "backbill",
                                      {"energy_kwh": "5"})
    reader = api.as_user("dh.reader")
    for kind, changes, problem in (
            ("rebill", {}, "Corrections"),
            ("rebill", {"readings": {"total": {"previous": "1e3", "current": "1300"}}},
             "Previous reading"),
            ("rebill", {"tariff": {"code": "NO-SUCH", "version": 1}}, "unknown tariff"),
            ("backbill", {"energy_kwh": "-5"}, "Energy"),
            ("rebill", {"readings": {"total": {"previous": "1300", "current": "1200"}}},
             "cannot be computed"),
            ("upgrade", {}, "Kind of correction")):
        with pytest.raises(UserError, match=problem):
            reader.call(BILLING, "preview_correction", bill.id, kind, changes)


def test_rebill_with_another_tariff_takes_back_every_old_line(api: Clients,
                                                              db: Session) -> None:
    bill = released(api, db, n=5)  # EX-MONTHLY-2BLOCK: 26.50 + 29.00
    got = api.as_user("dh.reader").call(BILLING, "preview_correction", bill.id, "rebill",
                                        {"tariff": {"code": "JX-RES-SHARED", "version": 1}})
    assert [(x["code"], x["amount"]) for x in got["lines"]] == [
        ("energy.tier1", "-26.50"), ("energy.tier2", "-29.00"), ("energy", "62.00")]
    assert got["difference"] == "6.50"

"""A whole month of one reading book, told as the people do it, through the API only:

the supervisor plans December, imports the handheld file, settles the flagged and missing
reads, and runs the billing; bills held for review are released; a clerk takes a partial
cash payment and closes her till; the bill falls overdue and the daily job charges the
penalty; the customer pays the rest; every till closes to the cent and the ledger explains
every fen of the customer's balance.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_UP, Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.core import jobs
from appserver.core.clock import FixedClock
from dbschema.models import Allocation, LedgerEntry
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg

PERIOD = "2026-12"
READ_DAY = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)  # 10:00 in the office
HEADER = ("meter_serial,read_date,total,peak,flat,valley,critical_peak,deep_valley,reactive,"
          "max_demand")
CENT = Decimal("0.01")


def _metering(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_METERING, method, *args, write=write)


def _billing(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_BILLING, method, *args, write=write)


def _payments(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_PAYMENTS, method, *args, write=write)


def _csv_line(point: dict[str, Any], factor: Decimal) -> str:
    """This month's read: last + the usual consumption (times ``factor``), split over the
    TOU registers the meter has so that they sum to the total."""
    last = {k: Decimal(v) for k, v in point["last"]["registers"].items() if v is not None}
    multiplier = Decimal(point["multiplier"])
    usual = Decimal(point["typical_kwh"] or "120") / multiplier
    move = (usual * factor).quantize(Decimal("0.01"))
    values: dict[str, Decimal | None] = dict.fromkeys(HEADER.split(",")[2:])
    values["total"] = last["total"] + move
    if "peak" in last:
        peak = valley = (move * Decimal("0.3")).quantize(CENT)
        values["peak"], values["valley"] = last["peak"] + peak, last["valley"] + valley
        if "flat" in last:
            values["flat"] = last["flat"] + (move - peak - valley)
    if "reactive" in last:
        values["reactive"] = last["reactive"] + (move * Decimal("0.4")).quantize(CENT)
    if "max_demand" in last:
        values["max_demand"] = last["max_demand"]
    cells = ["" if v is None else str(v) for v in values.values()]
    return ",".join([point["serial"], "2026-12-10", *cells])


def _session(api: Clients, username: str) -> ApiClient:
    return api.as_user(username)


def _ledger_balance(db: Session, customer_id: int) -> Decimal:
    db.expire_all()
    return Decimal(db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                             .where(LedgerEntry.customer_id == customer_id)) or 0)


def _close_today(api: Clients, clerk: str) -> dict[str, Any]:
    till = _payments(_session(api, clerk), "till", None)
    close = _payments(_session(api, clerk), "close_till", till["expected_cash"], "",
                      write=True)
    assert close["status"] == "closed" and Decimal(close["difference"]) == 0
    total = sum((Decimal(p["amount"]) for p in till["payments"]), Decimal("0.00"))
    assert Decimal(close["payments_total"]) == total
    assert Decimal(close["net_total"]) == total - Decimal(close["reversals_total"])
    return dict(close)


def test_a_month_from_the_handheld_file_to_the_closed_tills(api: Clients, db: Session,
                                                            clock: FixedClock) -> None:
    clock.advance(READ_DAY - clock.now())
    reader = _session(api, "dh.reader")

    # 1. December's plans; the first book of office DH is ours.
    assert _metering(reader, "create_plans", PERIOD, write=True)["created"] > 0
    book = next(b for b in _metering(reader, "list_books", PERIOD)["books"]
                if b["plan_status"] == "open" and b["points"] >= 3)
    sheet = _metering(reader, "book_points", book["id"], PERIOD)
    points = [p for p in sheet["points"] if p["active"] and p["last"] is not None]
    assert len(points) >= 3

    # 2. The handheld file: one read ten times too high, one point not read at all.
    high, missing = points[0], points[1]
    lines = [_csv_line(p, Decimal(10) if p is high else Decimal(1))
             for p in points if p is not missing]
    report = _metering(reader, "import_readings", PERIOD, "\n".join([HEADER, *lines]) + "\n",
                       1, write=True)
    assert report["rejected_count"] == 0
    assert report["accepted"] + report["flagged_count"] == len(lines)
    assert report["flagged"].get("high", 0) >= 1

    # 3. The exception queue: correct the high read, estimate the missing one.
    queue = _metering(reader, "exception_queue", PERIOD, 200)["items"]
    ours = {i["metering_point_id"]: i for i in queue
            if i["book_code"] == book["code"]}
    assert "high" in ours[high["metering_point_id"]]["reasons"]
    assert ours[missing["metering_point_id"]]["kind"] == "missing"
    corrected = dict(zip(HEADER.split(",")[2:], _csv_line(high, Decimal(1)).split(",")[2:],
                         strict=True))
    _metering(reader, "decide", {"reading_id": ours[high["metering_point_id"]]["reading_id"]},
              "correct", {k: v for k, v in corrected.items() if v}, "re-read by phone",
              write=True)
    estimate = _metering(reader, "decide", {"metering_point_id": missing["metering_point_id"],
                                            "period": PERIOD}, "estimate", {},
                         "no access to the meter", write=True)
    assert estimate["reading"]["estimated"] is True
    for item in ours.values():  # whatever else the rules flagged in this book: accepted
        if item["metering_point_id"] not in (high["metering_point_id"],
                                             missing["metering_point_id"]):
            _metering(reader, "decide", {"reading_id": item["reading_id"]}, "approve", {},
                      "checked", write=True)
    book = next(b for b in _metering(reader, "list_books", PERIOD)["books"]
                if b["id"] == book["id"])
    assert book["plan_status"] == "validated"

    # 4. The billing run, on the lease holder; the held bills are looked at and released.
    started = _billing(reader, "start_run", book["id"], PERIOD, write=True)
    jobs.run_due(api.runtime, "test1")
    run = _billing(reader, "get_run", started["run_id"])
    assert run["status"] == "done" and run["errors"] == []
    assert run["bills"] == len(points)
    held = [r["id"] for r in _billing(reader, "review_queue", {"limit": 200})["rows"]
            if r["run_id"] == run["id"]]
    assert len(held) == run["review"]
    if held:
        _billing(reader, "release_bills", held, write=True)
    bills = _billing(reader, "run_bills", run["id"], {"limit": 200})["rows"]
    assert {b["status"] for b in bills} == {"released"}
    assert sum(Decimal(b["amount"]) for b in bills) == Decimal(run["total"])
    estimated_bill = next(b for b in bills if b["metering_point_id"]
                          == missing["metering_point_id"])
    explained = _billing(reader, "explain_bill", estimated_bill["id"])
    assert explained["matches"] is True

    # 5. At the counter: a partial cash payment with change; the till closes to the cent.
    bill = max(bills, key=lambda b: Decimal(b["amount"]))
    customer = bill["customer_id"]
    clerk = _session(api, "dh.clerk1")
    account = _payments(clerk, "account", customer)
    owed = Decimal(account["total_due"])
    assert owed >= Decimal(bill["amount"])
    part = (Decimal(bill["amount"]) / 2).quantize(CENT)
    tendered = (part / 10).quantize(Decimal(1), ROUND_UP) * 10
    first = _payments(clerk, "post_payment", {"customer_id": customer, "amount": str(part),
                                              "tender_type": "cash",
                                              "tendered": str(tendered)}, write=True)
    assert Decimal(first["change"]) == tendered - part
    assert Decimal(first["balance_after"]) == owed - part
    _close_today(api, "dh.clerk1")

    # 6. The bill falls overdue; the daily job on the lease holder charges the penalty.
    due_on = date.fromisoformat(bill["due_on"])
    clock.advance(datetime(due_on.year, due_on.month, due_on.day, 2, 0, tzinfo=UTC)
                  + timedelta(days=10) - clock.now())
    jobs.run_due(api.runtime, "test1")
    clerk = _session(api, "dh.clerk2")
    account = _payments(clerk, "account", customer)
    penalty = sum((Decimal(d["open_amount"]) for d in account["debts"]
                   if d["entry_type"] == "penalty"), Decimal(0)) + Decimal(
        account["penalty_today"])
    assert penalty >= Decimal("1.00")  # the minimum, at least
    rest = Decimal(account["total_due"])
    assert rest == owed - part + penalty

    # 7. The customer pays the rest by card; nothing is owed; the second till closes too.
    second = _payments(clerk, "post_payment", {"customer_id": customer, "amount": str(rest),
                                               "tender_type": "card"}, write=True)
    assert Decimal(second["balance_after"]) == 0
    _close_today(api, "dh.clerk2")

    # 8. The ledger explains the balance: bill + penalty − payments = 0, fully allocated.
    assert _ledger_balance(db, customer) == 0
    entries = db.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == customer,
                                                   LedgerEntry.posted_on >= date(2026, 12, 1))
                         ).all()
    kinds = sorted(e.entry_type for e in entries)
    assert kinds.count("payment") == 2 and "penalty" in kinds and "bill" in kinds
    debit_ids = [e.id for e in entries if e.amount > 0]
    settled = db.scalar(select(func.coalesce(func.sum(Allocation.amount), 0))
                        .where(Allocation.debit_entry_id.in_(debit_ids)))
    assert Decimal(settled or 0) == sum((e.amount for e in entries if e.amount > 0), Decimal(0))

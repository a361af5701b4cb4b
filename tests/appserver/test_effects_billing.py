"""The billing run after an effect: a capacity change, tariff change or suspension in the
middle of a period bills each part by its days; a meter installed after the reading day waits
for its first regular reading. Exact Decimal amounts, and every bill equal to the engine's
rating of its stored request."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.billing.rating import rate, request_from_data
from appserver.billing.tariff_store import approved_catalog
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime
from appserver.service.effects import apply_effect
from dbschema.models import Bill, BillingRunError, BillLine, MeteringPoint
from tests.appserver.billing_run_fixture import BEFORE, PERIOD, Book, Point, make_book
from tests.appserver.test_billing_run import bills_of, run_queued, start
from tests.appserver.test_effects import RESIDENTIAL, area_point, request, serial
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg


@pytest.fixture
def book(db: Session, clock: FixedClock) -> Book:
    return make_book(db, clock.now())


def industrial(book: Book, kva: str = "400") -> Point:
    """Large industry, two-part tariff LI-CAP (basic 23.30 yuan/kVA·month), metered on the
    high side (no transformer loss), multiplier 10: 5,000 kWh in November."""
    point = book.add_point("LI-CAP", "large_industry", kva, "hv_hv", (50, 5),
                           "total,peak,flat,valley,reactive")
    book.read(point, BEFORE, "1000", peak="300", valley="200", flat="500", reactive="400")
    book.read(point, PERIOD, "1500", peak="450", valley="300", flat="750", reactive="600")
    return point


def bill_run(api: Clients, rt: Runtime, db: Session, book: Book) -> list[Bill]:
    book.plan()
    started = start(api.as_user("dh.reader"), book)
    assert run_queued(rt, started["job_id"]) == "done"
    errors = db.scalars(select(BillingRunError.reason)
                        .where(BillingRunError.run_id == started["run_id"])).all()
    assert errors == []
    bills = bills_of(db, book)
    catalog = approved_catalog(db)
    for bill in bills:  # what the run wrote is what the engine rates from the request
        assert rate(request_from_data(json.loads(bill.request)), catalog).total == bill.amount
    return bills


def lines(db: Session, bill: Bill, code: str) -> list[tuple[int, Decimal | None, Decimal]]:
    return [(ln.segment, ln.quantity, ln.amount) for ln in db.scalars(
        select(BillLine).where(BillLine.bill_id == bill.id, BillLine.code == code)
        .order_by(BillLine.seq))]


def segments(bill: Bill) -> list[tuple[int | None, Decimal]]:
    data = json.loads(bill.request)
    return [(s.get("days"), Decimal(s["capacity_kva"]).normalize()) for s in data["segments"]]


def test_a_capacity_increase_mid_period_bills_each_capacity_by_its_days(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    unchanged = industrial(book)
    changed = industrial(book)
    apply_effect(request(db, clock, book, "capacity_increase", changed.customer_id,
                         {"capacity_kva": "630"}, date(2026, 11, 16)))
    bills = {b.metering_point_id: b for b in bill_run(api, pg_runtime, db, book)}
    # the whole month at 400 kVA: 400 × 23.30 = 9,320.00
    assert lines(db, bills[unchanged.point_id], "basic.capacity") == [
        (1, Decimal(400), Decimal("9320.00"))]
    # 1–15 November at 400 kVA, 16–30 at 630: 400 × 23.30 × 15/30 = 4,660.00 and
    # 630 × 23.30 × 15/30 = 7,339.50; the energy is split by the same days
    bill = bills[changed.point_id]
    assert segments(bill) == [(15, Decimal(400)), (15, Decimal(630))]
    assert lines(db, bill, "basic.capacity") == [(1, Decimal(400), Decimal("4660.00")),
                                                 (2, Decimal(630), Decimal("7339.50"))]
    assert bill.energy_kwh == bills[unchanged.point_id].energy_kwh == Decimal(5000)


def test_a_low_side_metered_capacity_change_prorates_the_transformer_loss(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    point = book.add_point("LI-CAP", "large_industry", "400", "hv_lv", (400, 5),
                           "total,peak,flat,valley,reactive")
    book.read(point, BEFORE, "1000", peak="300", valley="200", flat="500", reactive="400")
    book.read(point, PERIOD, "1500", peak="450", valley="300", flat="750", reactive="600")
    apply_effect(request(db, clock, book, "capacity_increase", point.customer_id,
                         {"capacity_kva": "630"}, date(2026, 11, 16)))
    (bill,) = bill_run(api, pg_runtime, db, book)
    data = json.loads(bill.request)
    assert [Decimal(s["transformer_kva"]) for s in data["segments"]] == [400, 630]
    # metered 500 × 80 = 40,000 kWh; loss table 400 kVA: 2,100 kWh/month × 15/30 = 1,050,
    # 630 kVA: 3,000 × 15/30 = 1,500
    assert bill.energy_kwh == Decimal(40000 + 1050 + 1500)
    assert lines(db, bill, "basic.capacity") == [(1, Decimal(400), Decimal("4660.00")),
                                                 (2, Decimal(630), Decimal("7339.50"))]


def test_a_tariff_change_mid_period_bills_each_tariff_by_its_days(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    point = book.residential("1000", "1300")  # 300 kWh in November
    apply_effect(request(db, clock, book, "tariff_change", point.customer_id,
                         {"tariff_code": "JX-RES-SHARED"}, date(2026, 11, 16)))
    (bill,) = bill_run(api, pg_runtime, db, book)
    # 150 kWh on 1–15 November at the annual tier price 0.60 = 90.00; 150 kWh on 16–30 at
    # the shared-meter price 0.62 = 93.00
    assert bill.amount == Decimal("183.00")
    assert bill.tariff_keys == "JX-RES-ANNUAL@1,JX-RES-SHARED@1"
    energy = [(ln.segment, ln.code, ln.quantity, ln.amount) for ln in db.scalars(
        select(BillLine).where(BillLine.bill_id == bill.id).order_by(BillLine.seq))]
    assert energy == [(1, "energy.tier1", Decimal(150), Decimal("90.00")),
                      (2, "energy", Decimal(150), Decimal("93.00"))]


def test_a_suspension_mid_period_bears_no_capacity_charge_for_its_days(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    point = industrial(book)
    apply_effect(request(db, clock, book, "suspension", point.customer_id, {},
                         date(2026, 11, 21)))
    (bill,) = bill_run(api, pg_runtime, db, book)
    # in service 1–20 November: 400 × 23.30 × 20/30 = 6,213.33; the month's energy is
    # billed on those days
    assert segments(bill) == [(20, Decimal(400))]
    assert lines(db, bill, "basic.capacity") == [(1, Decimal(400), Decimal("6213.33"))]
    assert bill.energy_kwh == Decimal(5000)


def test_a_suspended_and_resumed_point_bills_the_days_in_service(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    point = industrial(book)
    apply_effect(request(db, clock, book, "suspension", point.customer_id, {},
                         date(2026, 11, 6)))
    apply_effect(request(db, clock, book, "resumption", point.customer_id, {},
                         date(2026, 11, 21)))
    (bill,) = bill_run(api, pg_runtime, db, book)
    # 1–5 and 21–30 November: 5 + 10 days; 400 × 23.30 × 5/30 = 1,553.33 and × 10/30 =
    # 3,106.67
    assert segments(bill) == [(5, Decimal(400)), (10, Decimal(400))]
    assert lines(db, bill, "basic.capacity") == [(1, Decimal(400), Decimal("1553.33")),
                                                 (2, Decimal(400), Decimal("3106.67"))]


def test_a_new_connection_is_billed_from_its_effective_date(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, book: Book) -> None:
    area_point(db, book, "TA-EFF-BILL")
    book.read(book.points[0], BEFORE, "100")
    book.read(book.points[0], PERIOD, "200")
    late_serial, early_serial = serial(), serial()
    book.plan(status="imported")
    early = apply_effect(request(db, clock, book, "new_lv_nonresidential", None,
                                 {**RESIDENTIAL, "customer_class": "commercial",
                                  "voltage_level": "380V", "capacity_kva": "50",
                                  "tariff_code": "CI-TOU", "transformer_area": "TA-EFF-BILL",
                                  "meter_serial": early_serial,
                                  "meter_registers": "total,peak,flat,valley",
                                  "id_doc_type": "business_license"}, date(2026, 11, 11)))
    late = apply_effect(request(db, clock, book, "new_lv_residential", None,
                                {**RESIDENTIAL, "transformer_area": "TA-EFF-BILL",
                                 "meter_serial": late_serial}, date(2026, 11, 25)))
    # the reader reads the early one on the reading day (20 November); the late one was
    # energised after it: its first regular reading is December's
    early_point = Point(early["metering_point_id"], early["customer_id"], early["meter_id"])
    book.read(early_point, PERIOD, "100", peak="30", valley="20", flat="50")
    started = start(api.as_user("dh.reader"), book)
    assert run_queued(pg_runtime, started["job_id"]) == "done"
    assert db.scalars(select(BillingRunError.detail)
                      .where(BillingRunError.run_id == started["run_id"])).all() == []
    billed = {b.metering_point_id: b for b in db.scalars(
        select(Bill).where(Bill.period == PERIOD, Bill.metering_point_id.in_(
            [early["metering_point_id"], late["metering_point_id"]])))}
    assert list(billed) == [early["metering_point_id"]]
    bill = billed[early["metering_point_id"]]
    # 20 of November's 30 days (11–30) at CI-TOU; 100 kWh from the initial reading 0
    assert segments(bill) == [(20, Decimal(50))] and bill.energy_kwh == Decimal(100)
    assert rate(request_from_data(json.loads(bill.request)),
                approved_catalog(db)).total == bill.amount
    mp = db.get(MeteringPoint, late["metering_point_id"])
    assert mp is not None

"""The billing run of one reading book and period: bills equal to the engine's rating of their
stored request, one ledger entry per released bill, restartable without duplicates, run only by
the lease holder, refused before validation."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from appserver.billing import run_job
from appserver.billing.rating import ENGINE_VERSION, rate, request_from_data
from appserver.billing.tariff_store import approved_catalog
from appserver.contract import api as contract
from appserver.contract.errors import PermissionDenied, UserError
from appserver.core import jobs
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime
from dbschema.models import (
    Allocation,
    Bill,
    BillingRun,
    BillLine,
    Job,
    LedgerEntry,
    ReadingPlan,
)
from tests.appserver.billing_run_fixture import BEFORE, PERIOD, Book, make_book
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg


def start(client: ApiClient, book: Book, period: str = "2026-11") -> dict[str, Any]:
    result: dict[str, Any] = client.call(contract.OBJECT_BILLING, "start_run", book.book_id,
                                         period, write=True)
    return result


def run_queued(rt: Runtime, job_id: int, holds_lease: Any = lambda: True) -> str:
    """Run one job as the lease holder's runner would (other modules' queued jobs and
    schedules are left alone)."""
    with rt.db.unit_of_work() as db:
        job = db.get(Job, job_id)
        assert job is not None
        params = json.loads(job.params)
        job.status, job.attempts = "running", job.attempts + 1
        job.heartbeat_at = rt.clock.now()
        attempts = job.attempts
    ctx = jobs.JobContext(rt, job_id, run_job.JOB_KIND, params, attempts, holds_lease)
    return jobs.run(ctx)


def bills_of(db: Session, book: Book) -> list[Bill]:
    db.expire_all()
    ids = [p.point_id for p in book.points]
    return list(db.scalars(select(Bill).where(Bill.metering_point_id.in_(ids),
                                              Bill.period == PERIOD)
                           .order_by(Bill.metering_point_id, Bill.id)))


@pytest.fixture
def book(db: Session, clock: FixedClock) -> Book:
    b = make_book(db, clock.now())
    b.residential("1000", "1180")
    b.residential("52000.5", "52210.25")
    b.residential("999950", "000050")  # the register rolled over: 100 kWh
    industrial = b.add_point("LI-CAP", "large_industry", "400", "hv_lv", (400, 5),
                             "total,peak,flat,valley,reactive,demand")
    b.read(industrial, BEFORE, "1000", peak="300", valley="200", flat="500", reactive="400")
    b.read(industrial, PERIOD, "1500", peak="450", valley="300", flat="750", reactive="600")
    commercial = b.add_point("CI-TOU", "commercial", "50", "lv_lv", (100, 5),
                             "total,peak,flat,valley")
    b.read(commercial, BEFORE, "2000", peak="600", valley="400", flat="1000")
    b.read(commercial, PERIOD, "2100", peak="630", valley="420", flat="1050")
    b.plan()
    return b


def test_a_book_is_billed_as_the_engine_rates_the_stored_requests(
        api: Clients, pg_runtime: Runtime, db: Session, book: Book) -> None:
    reader = api.as_user("dh.reader")
    started = start(reader, book)
    assert run_queued(pg_runtime, started["job_id"]) == "done"
    bills = bills_of(db, book)
    assert len(bills) == 5
    catalog = approved_catalog(db)
    for bill in bills:
        result = rate(request_from_data(json.loads(bill.request)), catalog)
        lines = list(db.scalars(select(BillLine).where(BillLine.bill_id == bill.id)
                                .order_by(BillLine.seq)))
        assert bill.amount == result.total == sum(line.amount for line in lines)
        assert [(ln.code, ln.amount) for ln in lines] == [(ln.code, ln.amount)
                                                          for ln in result.lines]
        assert bill.engine_version == ENGINE_VERSION
        assert bill.due_on == pg_runtime.clock.now().date() + timedelta(days=15)
        assert bill.kind == "regular" and bill.run_id == started["run_id"]
    energies = sorted(b.energy_kwh for b in bills)
    assert Decimal("100") in energies and Decimal("180") in energies
    industrial = bills[3]
    codes = [ln.code for ln in db.scalars(select(BillLine).where(BillLine.bill_id
                                                                 == industrial.id))]
    assert "basic.capacity" in codes and "power_factor" in codes
    assert industrial.energy_kwh == Decimal(500 * 80 + 2100)  # multiplier 80, 400 kVA loss
    released = [b for b in bills if b.status == "released"]
    entries = list(db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id.in_(
        [b.id for b in bills]))))
    assert sorted(e.bill_id or 0 for e in entries) == sorted(b.id for b in released
                                                             if b.amount > 0)
    assert all(e.amount == next(b.amount for b in bills if b.id == e.bill_id) and
               e.entry_type == "bill" and e.period == PERIOD for e in entries)
    run = db.get(BillingRun, started["run_id"])
    assert run is not None and run.status == "done" and run.bills_count == 5
    assert run.total_amount == sum(b.amount for b in bills)
    plan = db.scalars(select(ReadingPlan).where(ReadingPlan.book_id == book.book_id)).one()
    assert plan.status == "billed"
    shown = reader.call(contract.OBJECT_BILLING, "get_run", started["run_id"])
    assert shown["status"] == "done" and shown["bills"] == 5 and shown["errors"] == []
    assert shown["job"]["status"] == "done" and shown["job"]["done"] == 5


def test_a_crash_mid_run_is_resumed_without_loss_or_double(
        api: Clients, pg_runtime: Runtime, db: Session, book: Book) -> None:
    started = start(api.as_user("dh.reader"), book)

    def crash(chunk: int) -> None:
        if chunk == 2:
            raise KeyboardInterrupt("kill -9 after chunk 2")

    with pytest.raises(KeyboardInterrupt):
        run_job.execute(pg_runtime, started["run_id"], lambda *a: None, chunk_size=2,
                        after_chunk=crash)
    assert len(bills_of(db, book)) == 4  # two chunks of two committed
    result = run_job.execute(pg_runtime, started["run_id"], lambda *a: None, chunk_size=2)
    assert result["bills"] == 5
    bills = bills_of(db, book)
    assert len({b.metering_point_id for b in bills}) == len(bills) == 5
    entries = db.scalar(select(func.count()).select_from(LedgerEntry).where(
        LedgerEntry.bill_id.in_([b.id for b in bills])))
    assert entries == sum(1 for b in bills if b.status == "released" and b.amount > 0)


def test_a_standby_resumes_a_run_whose_lease_was_lost(
        api: Clients, pg_runtime: Runtime, db: Session, book: Book, clock: FixedClock) -> None:
    started = start(api.as_user("dh.reader"), book)
    calls = iter([True, True])  # start, chunk 1: held; the lease is gone after chunk 2
    original = run_job.CHUNK_SIZE
    run_job.CHUNK_SIZE = 2
    try:
        status = run_queued(pg_runtime, started["job_id"], lambda: next(calls, False))
        assert status == "running" and len(bills_of(db, book)) == 4
        clock.advance(jobs.STALE_AFTER + timedelta(seconds=1))
        assert jobs.run_due(pg_runtime, "standby", lambda: False) == 0  # not the holder
        assert len(bills_of(db, book)) == 4
        assert run_queued(pg_runtime, started["job_id"]) == "done"
    finally:
        run_job.CHUNK_SIZE = original
    assert len(bills_of(db, book)) == 5


def test_running_again_creates_nothing_new_but_rebills_a_rejected_bill(
        api: Clients, pg_runtime: Runtime, db: Session, book: Book) -> None:
    reader = api.as_user("dh.reader")
    first = start(reader, book)
    run_queued(pg_runtime, first["job_id"])
    before = {b.id for b in bills_of(db, book)}
    again = start(reader, book)
    assert again == first  # the same run and job, queued again
    run_queued(pg_runtime, again["job_id"])
    assert {b.id for b in bills_of(db, book)} == before
    rejected = bills_of(db, book)[0]
    db.execute(update(Bill).where(Bill.id == rejected.id).values(status="rejected"))
    db.flush()
    run_queued(pg_runtime, start(reader, book)["job_id"])
    bills = bills_of(db, book)
    assert len(bills) == 6
    assert len([b for b in bills if b.metering_point_id == rejected.metering_point_id]) == 2


def test_a_run_needs_validated_readings(api: Clients, db: Session, clock: FixedClock) -> None:
    book = make_book(db, clock.now())
    book.residential("10", "20")
    reader = api.as_user("dh.reader")
    with pytest.raises(UserError, match="no reading plan"):
        start(reader, book)
    book.plan(status="imported")
    with pytest.raises(UserError, match="not validated"):
        start(reader, book)
    other = make_book(db, clock.now(), "XH")
    with pytest.raises(PermissionDenied):
        start(reader, other)


def test_only_the_lease_holder_runs_it(api: Clients, pg_runtime: Runtime, db: Session,
                                       book: Book) -> None:
    started = start(api.as_user("dh.reader"), book)
    assert jobs.run_due(pg_runtime, "standby", lambda: False) == 0
    assert bills_of(db, book) == []
    db.expire_all()
    job = db.get(Job, started["job_id"])
    assert job is not None and job.status == "queued"


def test_prepaid_credit_pays_the_new_bill(api: Clients, pg_runtime: Runtime, db: Session,
                                          book: Book, clock: FixedClock) -> None:
    prepaid = book.points[0]
    db.add(LedgerEntry(customer_id=prepaid.customer_id, office_id=book.office,
                       entry_type="adjustment", amount=Decimal("-500.00"),
                       posted_on=clock.now().date(), posted_at=clock.now(), note="prepaid"))
    db.flush()
    run_queued(pg_runtime, start(api.as_user("dh.reader"), book)["job_id"])
    bill = bills_of(db, book)[0]
    entry = db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id == bill.id)).one()
    allocated = db.scalar(select(func.sum(Allocation.amount))
                          .where(Allocation.debit_entry_id == entry.id))
    assert allocated == bill.amount
    others = [b.id for b in bills_of(db, book)[1:]]
    assert db.scalar(select(func.count()).select_from(Allocation).join(
        LedgerEntry, LedgerEntry.id == Allocation.debit_entry_id).where(
        LedgerEntry.bill_id.in_(others))) == 0


def test_abnormal_bills_wait_for_review_with_their_reason(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock) -> None:
    book = make_book(db, clock.now())
    normal = book.residential("100", "300")
    estimated = book.add_point()
    book.read(estimated, BEFORE, "100")
    book.read(estimated, PERIOD, "300", status="estimated")
    zero = book.residential("500", "500")
    high = book.residential("100", "2100")
    closed = book.add_point(status="closed")
    book.read(closed, BEFORE, "40")
    book.read(closed, PERIOD, "40")
    for month in (202608, 202609, 202610):  # history: about 60 yuan a month
        db.add(Bill(customer_id=high.customer_id, metering_point_id=high.point_id,
                    office_id=book.office, period=month, kind="regular", status="released",
                    review_reason="", energy_kwh=Decimal(100), amount=Decimal("60.00"),
                    due_on=clock.now().date(), tariff_keys="JX-RES-ANNUAL@1", request="{}",
                    engine_version="1", created_at=clock.now()))
    db.flush()
    book.plan()
    run_queued(pg_runtime, start(api.as_user("dh.reader"), book)["job_id"])
    reasons = {b.metering_point_id: (b.status, b.review_reason) for b in bills_of(db, book)}
    assert reasons[normal.point_id] == ("released", "")
    assert reasons[estimated.point_id] == ("review", "estimated")
    assert reasons[zero.point_id] == ("review", "zero")
    assert reasons[high.point_id] == ("review", "above_history")
    assert reasons[closed.point_id] == ("released", "")  # zero, but nobody is supplied there
    held = [b.id for b in bills_of(db, book) if b.status == "review"]
    assert db.scalar(select(func.count()).select_from(LedgerEntry)
                     .where(LedgerEntry.bill_id.in_(held))) == 0
    run = db.get(BillingRun, db.scalar(select(BillingRun.id)
                                       .where(BillingRun.book_id == book.book_id)))
    assert run is not None and run.review_count == 3
    # the tier year goes on from the history: 300 kWh billed before this bill
    request = json.loads(next(b.request for b in bills_of(db, book)
                              if b.metering_point_id == high.point_id))
    assert request["ytd_kwh"] == "300"


def test_a_meter_change_bills_two_segments(api: Clients, pg_runtime: Runtime, db: Session,
                                           clock: FixedClock) -> None:
    from datetime import date

    book = make_book(db, clock.now())
    point = book.add_point("LI-CAP", "large_industry", "400", "hv_hv", (50, 5),
                           "total,peak,flat,valley,reactive")
    book.read(point, BEFORE, "1000", peak="300", flat="500", valley="200", reactive="300")
    book.read(point, PERIOD, "1400", kind="final", read_on=date(2026, 11, 11), peak="420",
              flat="700", valley="280", reactive="420")
    new = book.add_meter(point.point_id, "total,peak,flat,valley,reactive")
    book.read(point, PERIOD, "0", meter_id=new.id, kind="initial", read_on=date(2026, 11, 11),
              peak="0", flat="0", valley="0", reactive="0")
    book.read(point, PERIOD, "900", meter_id=new.id, peak="270", flat="450", valley="180",
              reactive="250")
    book.plan()
    run_queued(pg_runtime, start(api.as_user("dh.reader"), book)["job_id"])
    (bill,) = bills_of(db, book)
    request = json.loads(bill.request)
    assert [s["days"] for s in request["segments"]] == [10, 20]
    assert [s["registers"]["total"] for s in request["segments"]] == ["4000", "9000"]
    assert bill.energy_kwh == Decimal(13000)
    result = rate(request_from_data(request), approved_catalog(db))
    assert {line.segment for line in result.lines} == {1, 2}
    assert bill.amount == result.total


def test_a_tariff_version_change_mid_period_is_prorated_by_days(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock) -> None:
    from datetime import date
    from pathlib import Path

    from appserver.billing.rating import tariff_from_toml
    from appserver.billing.tariff_store import version_row
    from dbschema.models import TariffAssignment

    shipped = Path("resources/tariffs/JX-RES-SHARED.v1.toml").read_text(encoding="utf-8")
    for version, price, first, last in ((1, "0.62", "2020-01-01", "2026-11-15"),
                                        (2, "0.68", "2026-11-16", None)):
        body = (shipped.replace('code = "JX-RES-SHARED"', 'code = "T-SHARED-CHG"')
                .replace("version = 1", f"version = {version}")
                .replace("price = 0.62", f"price = {price}")
                .replace("effective_from = 2023-07-01", f"effective_from = {first}"
                         + (f"\neffective_to = {last}" if last else "")))
        db.add(version_row(tariff_from_toml(body), body, "approved", None, clock.now()))
    db.flush()
    book = make_book(db, clock.now())
    point = book.residential("1000", "1300")
    db.execute(update(TariffAssignment).where(TariffAssignment.metering_point_id
                                              == point.point_id)
               .values(tariff_code="T-SHARED-CHG"))
    book.plan()
    run_queued(pg_runtime, start(api.as_user("dh.reader"), book)["job_id"])
    (bill,) = bills_of(db, book)
    request = json.loads(bill.request)
    segments = request["segments"]
    assert [(s["tariff"], s["days"], s["registers"]["total"]) for s in segments] == [
        ({"code": "T-SHARED-CHG", "version": 1}, 15, "150"),
        ({"code": "T-SHARED-CHG", "version": 2}, 15, "150")]
    assert bill.amount == Decimal("93.00") + Decimal("102.00")
    assert bill.tariff_keys == "T-SHARED-CHG@1,T-SHARED-CHG@2"
    _ = date

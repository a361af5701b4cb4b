"""Bills for tests, made the way the billing run makes them: rate a request with the engine
and the approved tariffs, insert the bill with its lines and stored request; release it
through the real release code (one ledger entry, settled).

Also reading books and billing runs to hang bills on, and correction requests made by
someone else (for the approver's side of the four-eyes rule).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.billing import bill_service, corrections
from appserver.billing.rating import rate, request_from_data, request_to_data
from appserver.billing.tariff_store import approved_catalog
from appserver.core.dates import business_date, month_days
from appserver.core.validation import Validator
from dbschema.models import (
    Bill,
    BillingRun,
    BillLine,
    CorrectionRequest,
    Customer,
    MeteringPoint,
    ReadingBook,
    ServicePoint,
)

ENGINE_VERSION = "1"
# Effective from 2020 with no end: any test period from 2020 on rates with it.
TEST_TARIFF = ("EX-MONTHLY-2BLOCK", 1)


def metering_point(db: Session, customer_id: int) -> MeteringPoint:
    return db.scalars(select(MeteringPoint)
                      .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
                      .where(ServicePoint.customer_id == customer_id)
                      .order_by(MeteringPoint.id).limit(1)).one()


def request_data(period: int, *, previous: Decimal, current: Decimal,
                 multiplier: Decimal = Decimal(1), tariff: tuple[str, int] = TEST_TARIFF,
                 customer_class: str = "residential", ytd_kwh: Decimal = Decimal(0),
                 extra_registers: dict[str, Any] | None = None,
                 segment: dict[str, Any] | None = None) -> dict[str, Any]:
    registers: dict[str, Any] = {"total": {"previous": str(previous), "current": str(current)}}
    registers |= extra_registers or {}
    return {"tariff": {"code": tariff[0], "version": tariff[1]},
            "period": f"{period // 100:04d}-{period % 100:02d}",
            "customer_class": customer_class, "ytd_kwh": str(ytd_kwh),
            "segments": [{"multiplier": str(multiplier), "registers": registers}
                         | (segment or {})]}


def make_bill(db: Session, customer_id: int, period: int, now: datetime, *,
              units: Decimal = Decimal(100), previous: Decimal = Decimal("1200"),
              status: str = "review", reason: str = "", run_id: int | None = None,
              data: dict[str, Any] | None = None, released_by: int | None = None,
              tariff: tuple[str, int] = TEST_TARIFF) -> Bill:
    """A regular bill of the customer's first metering point for ``period`` (yyyymm):
    ``units`` is the register advance, times the point's multiplier. ``status`` 'released'
    posts it to the ledger as a release does."""
    customer = db.get(Customer, customer_id)
    assert customer is not None
    point = metering_point(db, customer_id)
    data = data or request_data(period, previous=previous, current=previous + units,
                                multiplier=point.multiplier, tariff=tariff)
    request = request_from_data(data)
    result = rate(request, approved_catalog(db), explain=False)
    year, month = divmod(period, 100)
    bill = Bill(customer_id=customer_id, metering_point_id=point.id,
                office_id=customer.office_id, period=period, kind="regular",
                status="review" if status == "released" else status, run_id=run_id,
                review_reason=reason,
                energy_kwh=sum((s.energy_kwh for s in result.segments), Decimal(0)),
                amount=result.total,
                due_on=date(year, month, month_days(period)) + timedelta(days=15),
                tariff_keys=",".join(s.tariff_key for s in result.segments),
                request=json.dumps(request_to_data(request)), engine_version=ENGINE_VERSION,
                created_at=now)
    db.add(bill)
    db.flush()
    db.add_all(BillLine(bill_id=bill.id, seq=i, segment=line.segment, code=line.code,
                        quantity=line.quantity.quantize(bill_service.QUANTITY),
                        unit_price=line.unit_price.quantize(bill_service.UNIT_PRICE),
                        amount=line.amount)
               for i, line in enumerate(result.lines, start=1))
    db.flush()
    if status == "released":
        release(db, bill, now, released_by)
    return bill


def release(db: Session, bill: Bill, now: datetime, user_id: int | None = None) -> None:
    bill.status, bill.released_at, bill.released_by = "released", now, user_id
    db.flush()
    bill_service.post_bill(db, bill, business_date(now), now, user_id)


def make_run(db: Session, office_id: int, period: int, now: datetime, code: str) -> BillingRun:
    book = ReadingBook(code=code, name=f"测试抄表本 {code}", office_id=office_id, reading_day=5,
                       route="", active=True)
    db.add(book)
    db.flush()
    run = BillingRun(book_id=book.id, period=period, status="done", created_at=now,
                     finished_at=now)
    db.add(run)
    db.flush()
    return run


def make_correction(db: Session, bill: Bill, kind: str, changes: dict[str, Any],
                    requested_by: int, now: datetime,
                    reason: str = "test correction") -> CorrectionRequest:
    """A pending correction request as ``requested_by`` would have made it."""
    k, clean = corrections.parse_changes(Validator("en"), kind, changes)
    found = corrections.compute(db, bill, k, clean)
    row = CorrectionRequest(bill_id=bill.id, customer_id=bill.customer_id,
                            office_id=bill.office_id, kind=k, status="pending", reason=reason,
                            changes=json.dumps(clean, sort_keys=True),
                            request=json.dumps(found.request, sort_keys=True),
                            difference=found.diff.total,
                            energy_difference=found.energy_difference,
                            requested_by=requested_by, requested_at=now, decision_reason="")
    db.add(row)
    db.flush()
    return row


def distinct_period(n: int) -> int:
    """A distinct billing period per ``n`` (2030-01 onwards; the test tariff is open-ended):
    never two regular bills of one point and period."""
    index = n % 840
    return (2030 + index // 12) * 100 + index % 12 + 1

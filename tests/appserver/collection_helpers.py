"""Customers of their own with released bills in the ledger, for the collection tests.

A fresh customer (with service point and metering point) keeps a test independent of the
demo history: its ledger holds exactly the debts the test puts there.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.core.clock import FixedClock
from appserver.core.dates import OFFICE_ZONE, business_date
from appserver.payments.posting import PaymentInput, post_payment
from dbschema.models import (
    Bill,
    Customer,
    LedgerEntry,
    MeteringPoint,
    OrgUnit,
    Payment,
    ServicePoint,
)

_seq = itertools.count(1)


def new_customer(db: Session, office_code: str = "DH", customer_class: str = "residential",
                 now: datetime | None = None) -> Customer:
    n = next(_seq)
    at = now or datetime(2026, 1, 1, tzinfo=OFFICE_ZONE)
    office = db.scalars(select(OrgUnit.id).where(OrgUnit.code == office_code)).one()
    c = Customer(account_no=f"9{n:09d}", name=f"测试客户{n}", customer_class=customer_class,
                 voltage_level="220V", id_doc_type="id_card", id_doc_no=f"T{n}",
                 address=f"测试路{n}号", office_id=office, status="active",
                 opened_on=date(2020, 1, 1), version=1, updated_at=at, created_at=at)
    db.add(c)
    db.flush()
    sp = ServicePoint(customer_id=c.id, code=f"TSP{c.id}", address=c.address,
                      supply_voltage="220V", capacity_kva=Decimal("8"))
    db.add(sp)
    db.flush()
    db.add(MeteringPoint(service_point_id=sp.id, code=f"TMP{c.id}", metering_mode="lv_lv",
                         ct_primary=1, ct_secondary=1, pt_primary=1, pt_secondary=1,
                         multiplier=Decimal(1)))
    db.flush()
    return c


def bill_debt(db: Session, customer: Customer, amount: str, due_on: date, period: int,
              now: datetime) -> int:
    """A released bill and its ledger charge; returns the ledger entry id."""
    mp = db.scalars(select(MeteringPoint.id).join(ServicePoint)
                    .where(ServicePoint.customer_id == customer.id)).first()
    bill = Bill(customer_id=customer.id, metering_point_id=mp, office_id=customer.office_id,
                period=period, kind="regular", status="released", energy_kwh=Decimal(0),
                amount=Decimal(amount), due_on=due_on, tariff_keys="TEST", request="{}",
                engine_version="test", created_at=now, released_at=now)
    db.add(bill)
    db.flush()
    entry = LedgerEntry(customer_id=customer.id, office_id=customer.office_id,
                        entry_type="bill", amount=Decimal(amount), posted_on=business_date(now),
                        posted_at=now, period=period, due_on=due_on, bill_id=bill.id)
    db.add(entry)
    db.flush()
    return entry.id


def pay(db: Session, customer: Customer, amount: str, now: datetime,
        channel: str = "counter") -> Payment:
    return post_payment(db, PaymentInput(customer_id=customer.id, amount=Decimal(amount),
                                         tender_type="cash", channel=channel, clerk_id=None,
                                         office_id=customer.office_id, request_id=None),
                        now)


def penalties_of(db: Session, customer_id: int) -> list[Decimal]:
    db.expire_all()
    return list(db.scalars(select(LedgerEntry.amount)
                           .where(LedgerEntry.customer_id == customer_id,
                                  LedgerEntry.entry_type == "penalty")
                           .order_by(LedgerEntry.id)))


def at_local(clock: FixedClock, day: date, hour: int = 10) -> datetime:
    """Set the clock to ``hour`` o'clock at the office on ``day``; returns the UTC time."""
    local = datetime(day.year, day.month, day.day, hour,
                     tzinfo=OFFICE_ZONE)
    clock.advance(local - clock.now())
    return clock.now()

"""Test material for the counter tests: a customer of its own (no demo history) and released
bills posted to the ledger the way the bill release does (one 'bill' entry, then settle)."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core.dates import business_date
from appserver.payments import ledger
from dbschema.models import Allocation, Bill, Customer, LedgerEntry, MeteringPoint, Payment
from tests.helpers.api import office_id

_accounts = itertools.count(1)
_periods = itertools.count(0)


def new_customer(db: Session, office_code: str, now: datetime,
                 customer_class: str = "residential") -> Customer:
    n = next(_accounts)
    c = Customer(account_no=f"9{n:09d}", name=f"测试客户{n}", customer_class=customer_class,
                 industry="", voltage_level="220V",
                 id_doc_type="id_card", id_doc_no=f"36010219800101{n:04d}",
                 phone_mobile="13900000000", address=f"南昌市东湖区测试路{n}号",
                 office_id=office_id(db, office_code), status="active",
                 opened_on=date(2020, 1, 1), version=1, updated_at=now, created_at=now)
    db.add(c)
    db.flush()
    return c


def add_bill(db: Session, customer: Customer, amount: str, due_on: date, now: datetime,
             period: int | None = None, posted_on: date | None = None,
             point: int | None = None) -> LedgerEntry:
    """A released bill and its ledger charge (periods far in the past: no clash with demo
    bills of the same metering point)."""
    if period is None:
        k = next(_periods)
        period = (2001 + k // 12) * 100 + k % 12 + 1
    point = point or db.scalars(select(MeteringPoint.id).order_by(MeteringPoint.id)
                                .limit(1)).one()
    bill = Bill(customer_id=customer.id, metering_point_id=point, office_id=customer.office_id,
                period=period, kind="regular", status="released", energy_kwh=Decimal("100"),
                amount=Decimal(amount), due_on=due_on, tariff_keys="TEST@1", request="{}",
                engine_version="test", created_at=now, released_at=now)
    db.add(bill)
    db.flush()
    entry = ledger.post(db, LedgerEntry(customer_id=customer.id, office_id=customer.office_id,
                                        entry_type="bill", amount=Decimal(amount),
                                        posted_on=posted_on or business_date(now),
                                        posted_at=now, period=period, due_on=due_on,
                                        bill_id=bill.id))
    ledger.settle(db, customer.id, now, posted_on or business_date(now))
    return entry


def open_amount(db: Session, entry_id: int) -> Decimal:
    db.expire_all()
    e = db.get(LedgerEntry, entry_id)
    assert e is not None
    allocated = db.scalar(select(func.coalesce(func.sum(Allocation.amount), 0))
                          .where((Allocation.debit_entry_id == entry_id)
                                 | (Allocation.credit_entry_id == entry_id)))
    return abs(e.amount) - Decimal(allocated or 0)


def payment_count(db: Session, customer_id: int) -> int:
    db.expire_all()
    return db.scalar(select(func.count()).select_from(Payment)
                     .where(Payment.customer_id == customer_id)) or 0


def pay(clerk: Any, customer_id: int, amount: str, tender: str = "cash",
        tendered: str | None = None, balance_seen: str | None = None,
        request_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"customer_id": customer_id, "amount": amount, "tender_type": tender}
    if tendered is not None:
        body["tendered"] = tendered
    if balance_seen is not None:
        body["balance_seen"] = balance_seen
    result: dict[str, Any] = clerk.call("pmis.payments", "post_payment", body, write=True,
                                        request_id=request_id)
    return result

"""A reading book of its own for billing-run tests: customers, points, meters, tariff
assignments and readings written straight to the database (the demo's books are not touched:
every metering point belongs to exactly one book)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dbschema.models import (
    BookPoint,
    Customer,
    Meter,
    MeteringPoint,
    MeterReading,
    ReadingBook,
    ReadingPlan,
    ServicePoint,
    TariffAssignment,
)
from tests.helpers.api import office_id

PERIOD = 202611
BEFORE = 202610
_serial = itertools.count(1)


@dataclass
class Point:
    point_id: int
    customer_id: int
    meter_id: int


@dataclass
class Book:
    db: Session
    now: datetime
    book_id: int
    office: int
    points: list[Point] = field(default_factory=list)

    def plan(self, period: int = PERIOD, status: str = "validated") -> ReadingPlan:
        plan = ReadingPlan(book_id=self.book_id, period=period, planned_on=date(2026, 11, 20),
                           status=status)
        self.db.add(plan)
        self.db.flush()
        return plan

    def add_point(self, tariff: str = "JX-RES-ANNUAL", cls: str = "residential",
                  capacity: str = "8", mode: str = "lv_lv", ct: tuple[int, int] = (1, 1),
                  registers: str = "total", status: str = "active") -> Point:
        n = next(_serial)
        db = self.db
        customer = Customer(account_no=f"T{self.book_id % 1000:03d}{n:06d}", name=f"测试客户{n}",
                            customer_class=cls, voltage_level="220V", id_doc_type="other",
                            id_doc_no=f"X{n}", address="测试地址", office_id=self.office,
                            status=status, opened_on=date(2020, 1, 1), version=1,
                            updated_at=self.now, created_at=self.now)
        db.add(customer)
        db.flush()
        sp = ServicePoint(customer_id=customer.id, code=f"TSP{customer.id}", address="测试地址",
                          supply_voltage="220V", capacity_kva=Decimal(capacity), status="active")
        db.add(sp)
        db.flush()
        mp = MeteringPoint(service_point_id=sp.id, code=f"TMP{customer.id}", metering_mode=mode,
                           ct_primary=ct[0], ct_secondary=ct[1], pt_primary=1, pt_secondary=1,
                           multiplier=Decimal(ct[0]) / Decimal(ct[1]))
        db.add(mp)
        db.flush()
        meter = self.add_meter(mp.id, registers)
        db.add(BookPoint(metering_point_id=mp.id, book_id=self.book_id,
                         sequence=len(self.points) + 1))
        db.add(TariffAssignment(metering_point_id=mp.id, tariff_code=tariff,
                                effective_from=date(2020, 1, 1)))
        db.flush()
        point = Point(mp.id, customer.id, meter.id)
        self.points.append(point)
        return point

    def add_meter(self, point_id: int, registers: str = "total") -> Meter:
        meter = Meter(metering_point_id=point_id, serial=f"TM{point_id}-{next(_serial)}",
                      meter_type="test", digits=6, registers=registers,
                      installed_on=date(2020, 1, 1))
        self.db.add(meter)
        self.db.flush()
        return meter

    def read(self, point: Point, period: int, total: str, *, meter_id: int | None = None,
             kind: str = "regular", status: str = "valid", read_on: date | None = None,
             **registers: str) -> MeterReading:
        year, month = divmod(period, 100)
        row = MeterReading(metering_point_id=point.point_id, meter_id=meter_id or point.meter_id,
                           period=period, kind=kind,
                           read_on=read_on or date(year, month, 20), total=Decimal(total),
                           source="manual", status=status, entered_at=self.now,
                           **{k: Decimal(v) for k, v in registers.items()})
        self.db.add(row)
        self.db.flush()
        return row

    def residential(self, before: str, now: str) -> Point:
        point = self.add_point()
        self.read(point, BEFORE, before)
        self.read(point, PERIOD, now)
        return point


def make_book(db: Session, now: datetime, office_code: str = "DH") -> Book:
    n = next(_serial)
    office = office_id(db, office_code)
    book = ReadingBook(code=f"TB{n:04d}{office_code}", name=f"测试抄表本{n}", office_id=office,
                       reading_day=20)
    db.add(book)
    db.flush()
    return Book(db, now, book.id, office)


def book_ids(db: Session) -> list[int]:
    return list(db.scalars(select(ReadingBook.id)))

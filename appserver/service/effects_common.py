"""What every effect of a completed application shares: the request, the customer it changes,
the effective-date rules, readings through the metering pipeline and the supply history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from appserver.billing.bulk_rating import ENGINE_CLASSES
from appserver.billing.rating.model import Tariff
from appserver.billing.tariff_store import approved_catalog
from appserver.contract.codec import period_to_wire
from appserver.contract.errors import UserError
from appserver.core.dates import add_months, business_date, month_days
from appserver.metering.dto import meter_registers
from appserver.metering.plans import planned_on
from appserver.metering.service import ingest
from appserver.metering.stage import StagedRead
from appserver.service.effects_fields import Fields
from dbschema.models import (
    Bill,
    BookPoint,
    Customer,
    Meter,
    MeteringPoint,
    MeterReading,
    ReadingBook,
    ReadingPlan,
    ServicePoint,
    SupplyChange,
)
from dbschema.models.metering import BILLABLE_STATUSES


@dataclass
class EffectRequest:
    db: Session
    application_id: int
    app_no: str
    type_code: str
    effect: str  # = the type code unless the definition names another effect
    office_id: int
    customer_id: int | None
    fields: dict[str, str]  # every field of the application, as entered (strings)
    effective_on: date
    now: datetime
    user_id: int


@dataclass
class Target:
    """The customer an effect changes, with its (first) service point, billing metering
    point and installed meter."""

    customer: Customer
    service_point: ServicePoint
    metering_point: MeteringPoint
    meter: Meter


def today(req: EffectRequest) -> date:
    return business_date(req.now)


def period_of(day: date) -> int:
    return day.year * 100 + day.month


def first_day(period: int) -> date:
    return date(period // 100, period % 100, 1)


def last_day(period: int) -> date:
    return date(period // 100, period % 100, month_days(period))


def load_target(req: EffectRequest, f: Fields) -> Target:
    if req.customer_id is None:
        raise UserError(f.msg("eff_no_customer"))
    customer = req.db.get(Customer, req.customer_id, with_for_update=True)
    if customer is None:
        raise UserError(f.msg("eff_customer_missing", customer=req.customer_id))
    if customer.office_id != req.office_id:
        raise UserError(f.msg("eff_other_office", account=customer.account_no))
    # The customer's first service point that has a billing metering point with a meter
    # on it: one per customer in this file (several would each need their application).
    row = req.db.execute(
        select(ServicePoint, MeteringPoint, Meter)
        .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
        .join(Meter, Meter.metering_point_id == MeteringPoint.id)
        .where(ServicePoint.customer_id == customer.id, MeteringPoint.purpose == "billing",
               Meter.removed_on.is_(None))
        .order_by(ServicePoint.id, MeteringPoint.id, Meter.id).limit(1)).first()
    if row is None:
        raise UserError(f.msg("eff_no_meter", account=customer.account_no))
    return Target(customer, row[0], row[1], row[2])


def check_effective_date(req: EffectRequest, f: Fields, target: Target | None) -> None:
    """Not in the future (the effect is applied when the work is done), and never inside a
    period already billed for the customer (that needs a bill correction)."""
    day, now_day = req.effective_on, today(req)
    if day > now_day:
        raise UserError(f.msg("eff_future_date", day=day.isoformat(),
                              today=now_day.isoformat()), {"field": "effective_on"})
    if target is None:
        return
    billed = last_billed_period(req.db, target.customer.id)
    if billed is not None and period_of(day) <= billed:
        raise UserError(f.msg("eff_billed_period", account=target.customer.account_no,
                              period=period_to_wire(billed),
                              first=first_day(add_months(billed, 1)).isoformat()),
                        {"field": "effective_on"})


def last_billed_period(db: Session, customer_id: int) -> int | None:
    """The latest period with a live regular bill of the customer (held or released)."""
    found = db.scalar(select(func.max(Bill.period))
                      .where(Bill.customer_id == customer_id, Bill.kind == "regular",
                             Bill.status != "rejected"))
    return int(found) if found is not None else None


def next_id(db: Session, table: str) -> int:
    """The id the next row of ``table`` gets, taken now so that codes derived from it (the
    account number) are written with the row: a sequence on PostgreSQL (no two callers ever
    get the same), on SQLite the write transaction already holds the database lock."""
    if db.get_bind().dialect.name == "postgresql":
        value = db.scalar(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))"))
    else:
        value = (db.scalar(text(f"SELECT max(id) FROM {table}")) or 0) + 1
    return int(value)


def touch_customer(req: EffectRequest, customer: Customer) -> None:
    customer.version += 1
    customer.updated_at = req.now


def approved_tariff(req: EffectRequest, f: Fields, code: str, customer_class: str) -> Tariff:
    """The approved version of ``code`` in effect on the effective date, for this class."""
    day = req.effective_on
    tariff = next((t for t in approved_catalog(req.db).versions(code) if t.effective_on(day)),
                  None)
    if tariff is None:
        raise UserError(f.msg("eff_unknown_tariff", code=code, day=day.isoformat()),
                        {"field": "tariff_code"})
    wanted = ENGINE_CLASSES.get(customer_class, customer_class)
    if tariff.customer_class != wanted:
        raise UserError(f.msg("eff_tariff_class", code=code, tariff_class=tariff.customer_class,
                              customer_class=customer_class), {"field": "tariff_code"})
    return tariff


def record_reading(req: EffectRequest, f: Fields, serial: str, kind: str,
                   total: Decimal) -> int:
    """An initial or final reading of the meter on the effective date, through the metering
    pipeline (the same matching, validation and plan status as any other reading)."""
    day = req.effective_on
    period = period_of(day)
    registers = reading_registers(req.db, serial, total)
    book = req.db.execute(select(BookPoint.book_id, ReadingBook.reading_day)
                          .join(ReadingBook, ReadingBook.id == BookPoint.book_id)
                          .join(Meter, Meter.metering_point_id == BookPoint.metering_point_id)
                          .where(Meter.serial == serial)).first()
    if book is None and kind == "initial":
        return _unbooked_initial(req, serial, total)
    if book is not None:
        _ensure_plan(req.db, int(book[0]), int(book[1]), period)
    read = StagedRead(1, serial, kind, day, registers, "manual", None,
                      f"application {req.app_no}")
    outcome = ingest(req.db, period, [read.values()], frozenset({req.office_id}), req.user_id,
                     req.now, today(req))
    if outcome.rejected:
        reason = f.msg(f"metering_reject_{outcome.rejected[0][1]}")
        raise UserError(f.msg("eff_reading_refused", reason=reason))
    row = req.db.execute(select(MeterReading.id, MeterReading.status)
                         .join(Meter, Meter.id == MeterReading.meter_id)
                         .where(Meter.serial == serial, MeterReading.period == period,
                                MeterReading.kind == kind,
                                MeterReading.status != "superseded")).first()
    if row is None or row[1] == "flagged":  # lower than the last reading: not billable
        raise UserError(f.msg("metering_value_unusable"),
                        {"field": "final_reading" if kind == "final" else "initial_reading"})
    return int(row[0])


def reading_registers(db: Session, serial: str, total: Decimal) -> dict[str, Decimal | None]:
    """Every energy register of the meter, from the total the field work gives: the other
    registers as last read (a meter back on after a removal), the difference to the total on
    flat; a new meter starts with everything on flat. The billing run takes each register's
    usage from two readings, so a time-of-use meter needs all of them from the start."""
    meter = db.scalars(select(Meter).where(Meter.serial == serial)).one()
    names = [n for n in meter_registers(meter.registers) if n != "max_demand"]
    last = db.scalars(select(MeterReading)
                      .where(MeterReading.meter_id == meter.id,
                             MeterReading.status.in_(BILLABLE_STATUSES))
                      .order_by(MeterReading.period.desc(), MeterReading.read_on.desc(),
                                MeterReading.id.desc()).limit(1)).first()
    values: dict[str, Decimal | None] = {n: Decimal(0) for n in names}
    if last is not None:
        values.update({n: getattr(last, n) or Decimal(0) for n in names})
    values["total"] = total
    if "flat" in values:
        tou = sum((values[n] or Decimal(0) for n in ("peak", "valley", "critical_peak",
                                                      "deep_valley") if n in values),
                  Decimal(0))
        values["flat"] = max(Decimal(0), total - tou)
    return values


def _ensure_plan(db: Session, book_id: int, reading_day: int, period: int) -> None:
    """The reading of a period belongs to its book's plan: a change applied early in a
    month, before the supervisor created the month's plans, creates this book's."""
    exists = db.scalar(select(ReadingPlan.id).where(ReadingPlan.book_id == book_id,
                                                    ReadingPlan.period == period))
    if exists is None:
        db.add(ReadingPlan(book_id=book_id, period=period,
                           planned_on=planned_on(period, reading_day), status="open"))
        db.flush()


def _unbooked_initial(req: EffectRequest, serial: str, total: Decimal) -> int:
    """A connection in an office without a reading book: the initial reading is kept (no
    plan reads the point yet; the office puts it in a book, and its next reading is billed
    from this one)."""
    meter = req.db.scalars(select(Meter).where(Meter.serial == serial)).one()
    reading = MeterReading(metering_point_id=meter.metering_point_id, meter_id=meter.id,
                           period=period_of(req.effective_on), kind="initial",
                           read_on=req.effective_on, total=total, source="manual",
                           status="valid", consumption_kwh=Decimal(0), entered_by=req.user_id,
                           entered_at=req.now, note=f"application {req.app_no}")
    req.db.add(reading)
    req.db.flush()
    return reading.id


def last_supply_change(db: Session, service_point_id: int) -> date | None:
    found = db.scalar(select(func.max(SupplyChange.effective_from))
                      .where(SupplyChange.service_point_id == service_point_id))
    return found if isinstance(found, date) else None


def record_supply_change(req: EffectRequest, f: Fields, point: ServicePoint, kind: str,
                         capacity: Decimal, in_service: bool) -> SupplyChange:
    """A row of the point's supply history from the effective date; the file's capacity and
    status follow (the date is never in the future, so the file holds today's values)."""
    latest = last_supply_change(req.db, point.id)
    if latest is not None and req.effective_on <= latest:
        raise UserError(f.msg("eff_after_last_change", day=latest.isoformat()),
                        {"field": "effective_on"})
    change = SupplyChange(service_point_id=point.id, kind=kind,
                          effective_from=req.effective_on, capacity_kva=capacity,
                          in_service=in_service, previous_kva=point.capacity_kva,
                          previous_in_service=point.status == "active",
                          application_id=req.application_id, created_by=req.user_id,
                          created_at=req.now)
    req.db.add(change)
    point.capacity_kva = capacity
    req.db.flush()
    return change


def day_before(day: date) -> date:
    return day - timedelta(days=1)


def wire_decimal(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


def result_of(req: EffectRequest, target: Target | None, **values: Any) -> dict[str, Any]:
    """The JSON-able result stored on the application (the engine audits it)."""
    base: dict[str, Any] = {"effect": req.effect, "effective_on": req.effective_on.isoformat()}
    if target is not None:
        base.update(customer_id=target.customer.id, account_no=target.customer.account_no,
                    service_point_id=target.service_point.id,
                    metering_point_id=target.metering_point.id)
    base.update(values)
    return base

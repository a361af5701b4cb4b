"""New connection (新装): the customer, service point, metering point and meter enter the file,
billed at a tariff from the effective date, in a reading book of the office, with an initial
reading on the effective date from which the next regular reading is billed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from appserver.contract.accounts import make_account_no
from appserver.contract.codec import period_to_wire
from appserver.contract.errors import UserError
from appserver.core.dates import add_months
from appserver.core.validation import MOBILE_RE
from appserver.service.effects_common import (
    EffectRequest,
    Target,
    approved_tariff,
    check_effective_date,
    first_day,
    next_id,
    period_of,
    record_reading,
    record_supply_change,
    result_of,
    wire_decimal,
)
from appserver.service.effects_fields import Fields
from dbschema.models import (
    BillingRun,
    BookPoint,
    Customer,
    Meter,
    MeteringPoint,
    ReadingBook,
    ServicePoint,
    TariffAssignment,
)
from dbschema.models.customers import (
    CUSTOMER_CLASSES,
    ID_DOC_TYPES,
    METERING_MODES,
    VOLTAGE_LEVELS,
)

ACCOUNT_BASE = 100_000_000  # account serial = base + customer id (dbschema/seed/demo.py)
SERIAL_RE = re.compile(r"^[A-Za-z0-9]{6,24}$")  # as a meter change takes it; stored upper-case
LOW_VOLTAGES = ("220V", "380V")
# The tariff a class is billed at when the supply plan named none (as the demo assigns).
DEFAULT_TARIFFS = {"residential": "JX-RES-ANNUAL", "commercial": "CI-TOU",
                   "large_industry": "LI-CAP", "agriculture": "AG-PROD"}


@dataclass(frozen=True)
class Connection:
    """The application's fields, checked, as the customer file takes them."""

    name: str
    id_doc_type: str
    id_doc_no: str
    phone_mobile: str
    address: str
    customer_class: str
    industry: str
    voltage: str
    capacity: Decimal
    tariff_code: str
    transformer_area: str
    metering_mode: str
    ct: tuple[int, int]
    pt: tuple[int, int]
    serial: str
    meter_type: str
    digits: int
    registers: str
    initial: Decimal


def read_connection(f: Fields) -> Connection:
    cls = f.choice("customer_class", CUSTOMER_CLASSES)
    voltage = f.choice("voltage_level", VOLTAGE_LEVELS)
    low = voltage in LOW_VOLTAGES
    mode = f.choice("metering_mode", METERING_MODES, "lv_lv" if low else "hv_hv")
    pt = f.ratio("pt_ratio")
    if mode != "hv_hv" and pt != (1, 1):
        raise f.fail("pt_ratio", "eff_pt_on_lv")
    digits = f.integer("meter_digits", 4, 9, 6 if voltage == "220V" else 7)
    initial = f.decimal("initial_reading", Decimal(0), Decimal(999999999), 2, Decimal(0))
    if initial >= Decimal(10) ** digits:
        raise f.fail("initial_reading", "eff_reading_too_big", digits=digits)
    return Connection(
        name=f.text("applicant_name", 100), id_doc_type=f.choice("id_doc_type", ID_DOC_TYPES),
        id_doc_no=f.text("id_doc_no", 40),
        phone_mobile=f.text("phone_mobile", 11, required=False, pattern=MOBILE_RE,
                            pattern_key="bad_phone_mobile"),
        address=f.text("address", 200), customer_class=cls,
        industry=f.text("industry", 40, required=False), voltage=voltage,
        capacity=f.decimal("capacity_kva", Decimal("0.01"), Decimal(100000)),
        tariff_code=f.text("tariff_code", 24, default=DEFAULT_TARIFFS[cls]),
        transformer_area=f.text("transformer_area", 40, required=False),
        metering_mode=mode, ct=f.ratio("ct_ratio"), pt=pt,
        serial=f.text("meter_serial", 24, pattern=SERIAL_RE).upper(),
        meter_type=f.text("meter_type", 40,
                          default="单相智能电能表" if voltage == "220V" else "三相智能电能表"),
        digits=digits, registers=f.registers("meter_registers", "total"), initial=initial)


def apply_new_connection(req: EffectRequest) -> dict[str, Any]:
    f = Fields(req.fields)
    c = read_connection(f)
    check_effective_date(req, f, None)
    approved_tariff(req, f, c.tariff_code, c.customer_class)
    if req.db.scalar(select(Meter.id).where(Meter.serial == c.serial)) is not None:
        raise UserError(f.msg("eff_serial_exists", serial=c.serial), {"field": "meter_serial"})
    book = _reading_book(req, c.transformer_area)
    if book is not None:
        _refuse_billed_book(req, f, book)
    target = _create_file(req, c)
    change = record_supply_change(req, f, target.service_point, "new_connection", c.capacity,
                                  True)
    change.previous_in_service = False  # before the connection there was no supply
    req.db.add(TariffAssignment(metering_point_id=target.metering_point.id,
                                tariff_code=c.tariff_code, effective_from=req.effective_on))
    sequence = None
    if book is not None:
        sequence = (req.db.scalar(select(func.max(BookPoint.sequence))
                                  .where(BookPoint.book_id == book.id)) or 0) + 10
        req.db.add(BookPoint(metering_point_id=target.metering_point.id, book_id=book.id,
                             sequence=sequence))
    req.db.flush()
    reading_id = record_reading(req, f, c.serial, "initial", c.initial)
    return result_of(req, target, meter_id=target.meter.id, meter_serial=c.serial,
                     multiplier=wire_decimal(target.metering_point.multiplier),
                     tariff_code=c.tariff_code, capacity_kva=wire_decimal(c.capacity),
                     book_id=book.id if book else None, book_code=book.code if book else None,
                     book_sequence=sequence, initial_reading_id=reading_id,
                     initial_reading=wire_decimal(c.initial),
                     note="" if book else "no_reading_book")


def _create_file(req: EffectRequest, c: Connection) -> Target:
    customer_id = next_id(req.db, "customer")
    customer = Customer(
        id=customer_id, account_no=make_account_no(ACCOUNT_BASE + customer_id), name=c.name,
        customer_class=c.customer_class, industry=c.industry, voltage_level=c.voltage,
        id_doc_type=c.id_doc_type, id_doc_no=c.id_doc_no, phone_mobile=c.phone_mobile,
        phone_mobile_rev=c.phone_mobile[::-1], contact_person=c.name, address=c.address,
        mail_address=c.address, office_id=req.office_id, status="active",
        opened_on=req.effective_on, version=1, updated_at=req.now, created_at=req.now)
    req.db.add(customer)
    req.db.flush()
    sp_id = next_id(req.db, "service_point")
    # Capacity 0 until the supply history's first row (the connection) sets it.
    point = ServicePoint(id=sp_id, customer_id=customer_id, code=f"SP{sp_id:09d}",
                         address=c.address, supply_voltage=c.voltage, capacity_kva=Decimal(0),
                         transformer_area=c.transformer_area, status="active")
    req.db.add(point)
    req.db.flush()
    mp_id = next_id(req.db, "metering_point")
    multiplier = Decimal(c.ct[0] * c.pt[0]) / Decimal(c.ct[1] * c.pt[1])
    metering = MeteringPoint(id=mp_id, service_point_id=sp_id, code=f"MP{mp_id:09d}",
                             metering_mode=c.metering_mode, ct_primary=c.ct[0],
                             ct_secondary=c.ct[1], pt_primary=c.pt[0], pt_secondary=c.pt[1],
                             multiplier=multiplier.quantize(Decimal("0.0001")),
                             purpose="billing")
    req.db.add(metering)
    req.db.flush()
    meter = Meter(metering_point_id=mp_id, serial=c.serial, meter_type=c.meter_type,
                  digits=c.digits, registers=c.registers, installed_on=req.effective_on)
    req.db.add(meter)
    req.db.flush()
    return Target(customer, point, metering, meter)


def _reading_book(req: EffectRequest, area: str) -> ReadingBook | None:
    """The office's book that reads most points of the same transformer area (the
    neighbours' route), else the office's first active book; None if it has none."""
    active = (ReadingBook.office_id == req.office_id, ReadingBook.active.is_(True))
    if area:
        found = req.db.scalar(
            select(ReadingBook).join(BookPoint, BookPoint.book_id == ReadingBook.id)
            .join(MeteringPoint, MeteringPoint.id == BookPoint.metering_point_id)
            .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
            .where(*active, ServicePoint.transformer_area == area)
            .group_by(ReadingBook.id).order_by(func.count().desc(), ReadingBook.id).limit(1))
        if found is not None:
            return found
    return req.db.scalar(select(ReadingBook).where(*active).order_by(ReadingBook.code)
                         .limit(1))


def _refuse_billed_book(req: EffectRequest, f: Fields, book: ReadingBook) -> None:
    """A book already billed for the effective period would never bill its first days."""
    billed = req.db.scalar(select(func.max(BillingRun.period))
                           .where(BillingRun.book_id == book.id))
    if billed is not None and period_of(req.effective_on) <= billed:
        raise UserError(f.msg("eff_book_billed", book=book.code,
                              period=period_to_wire(int(billed)),
                              first=first_day(add_months(int(billed), 1)).isoformat()),
                        {"field": "effective_on"})

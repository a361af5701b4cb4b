"""Effects of completed applications on the customer file, on PostgreSQL: what each type
changes and from when, and its refusals (with a clear message, nothing changed)."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.accounts import is_valid_account_no, make_account_no
from appserver.contract.errors import UserError
from appserver.core.clock import FixedClock
from appserver.service.effects import EffectRequest, apply_effect
from dbschema.models import (
    Application,
    Bill,
    BookPoint,
    Customer,
    Meter,
    MeteringPoint,
    MeterReading,
    MeterTest,
    ServicePoint,
    SupplyChange,
    TariffAssignment,
    User,
    WorkflowDefinition,
)
from tests.appserver.billing_run_fixture import BEFORE, PERIOD, Book, Point, make_book

pytestmark = pytest.mark.pg

_numbers = itertools.count(1)
RESIDENTIAL = {"applicant_name": "李新装", "id_doc_type": "id_card",
               "id_doc_no": "360102199001011234", "phone_mobile": "13912345678",
               "address": "南昌市东湖区测试路1号", "customer_class": "residential",
               "voltage_level": "220V", "capacity_kva": "8", "tariff_code": "JX-RES-ANNUAL",
               "transformer_area": "", "metering_mode": "lv_lv", "meter_serial": "",
               "meter_digits": "6", "meter_registers": "total", "initial_reading": "0"}


def application(db: Session, book: Book | None, type_code: str,
                customer_id: int | None) -> Application:
    """A bare application row for the effect to point at (the engine's own tests drive
    the stages; here only the effect matters)."""
    now = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    definition = WorkflowDefinition(code=f"eff_test_{next(_numbers)}", version=1,
                                    status="draft", body="", created_at=now)
    db.add(definition)
    db.flush()
    office = book.office if book else db.scalar(select(Customer.office_id).limit(1))
    row = Application(app_no=f"EFT{next(_numbers):08d}", type_code=type_code,
                      definition_id=definition.id, office_id=office, customer_id=customer_id,
                      applicant="测试", stage="archive", status="active", fields="{}",
                      opened_at=now, version=1)
    db.add(row)
    db.flush()
    return row


def request(db: Session, clock: FixedClock, book: Book, type_code: str,
            customer_id: int | None, fields: dict[str, str],
            effective_on: date = date(2026, 11, 16)) -> EffectRequest:
    app = application(db, book, type_code, customer_id)
    user = db.scalar(select(User.id).where(User.username == "dh.metertech"))
    assert user is not None
    return EffectRequest(db=db, application_id=app.id, app_no=app.app_no, type_code=type_code,
                         effect=type_code, office_id=book.office, customer_id=customer_id,
                         fields={**fields, "effective_on": effective_on.isoformat()},
                         effective_on=effective_on, now=clock.now(), user_id=user)


def serial() -> str:
    return f"EFT{next(_numbers):09d}"


def count(db: Session, model: Any) -> int:
    return db.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def book(db: Session, clock: FixedClock) -> Book:
    b = make_book(db, clock.now())
    b.plan(status="imported")
    return b


def area_point(db: Session, book: Book, area: str, **kw: Any) -> Point:
    point = book.add_point(**kw)
    mp = db.get(MeteringPoint, point.point_id)
    assert mp is not None
    sp = db.get(ServicePoint, mp.service_point_id)
    assert sp is not None
    sp.transformer_area = area
    db.flush()
    return point


# -- new connection ------------------------------------------------------------------------

def test_a_new_connection_enters_the_file_billed_from_its_initial_reading(
        db: Session, clock: FixedClock, book: Book) -> None:
    area_point(db, book, "TA-EFF-1")
    meter_serial = serial()
    req = request(db, clock, book, "new_lv_residential", None,
                  {**RESIDENTIAL, "transformer_area": "TA-EFF-1", "meter_serial": meter_serial,
                   "initial_reading": "12.5"})
    result = apply_effect(req)
    json.dumps(result)  # stored on the application as JSON
    customer = db.get(Customer, result["customer_id"])
    assert customer is not None and customer.office_id == book.office
    assert customer.account_no == make_account_no(100_000_000 + customer.id)
    assert is_valid_account_no(customer.account_no)
    assert (customer.name, customer.status, customer.opened_on) == ("李新装", "active",
                                                                    date(2026, 11, 16))
    sp = db.get(ServicePoint, result["service_point_id"])
    assert sp is not None and sp.capacity_kva == Decimal(8) and sp.code == f"SP{sp.id:09d}"
    mp = db.get(MeteringPoint, result["metering_point_id"])
    assert mp is not None and mp.multiplier == 1 and mp.metering_mode == "lv_lv"
    meter = db.scalars(select(Meter).where(Meter.metering_point_id == mp.id)).one()
    assert (meter.serial, meter.digits, meter.registers) == (meter_serial, 6, "total")
    assignment = db.scalars(select(TariffAssignment)
                            .where(TariffAssignment.metering_point_id == mp.id)).one()
    assert (assignment.tariff_code, assignment.effective_from) == ("JX-RES-ANNUAL",
                                                                   date(2026, 11, 16))
    place = db.get(BookPoint, mp.id)
    assert place is not None and place.book_id == book.book_id == result["book_id"]
    initial = db.get(MeterReading, result["initial_reading_id"])
    assert initial is not None
    assert (initial.kind, initial.status, initial.period, initial.read_on, initial.total) == (
        "initial", "valid", PERIOD, date(2026, 11, 16), Decimal("12.5"))
    change = db.scalars(select(SupplyChange).where(SupplyChange.service_point_id == sp.id)).one()
    assert (change.kind, change.capacity_kva, change.in_service) == ("new_connection",
                                                                  Decimal(8), True)


def test_a_high_voltage_connection_takes_its_multiplier_from_ct_and_pt(
        db: Session, clock: FixedClock, book: Book) -> None:
    fields = {**RESIDENTIAL, "customer_class": "large_industry", "voltage_level": "10kV",
              "capacity_kva": "630", "tariff_code": "LI-CAP", "metering_mode": "hv_hv",
              "ct_ratio": "50/5", "pt_ratio": "10000/100", "meter_serial": serial(),
              "meter_registers": "total,peak,flat,valley,reactive", "meter_digits": "7",
              "id_doc_type": "business_license"}
    result = apply_effect(request(db, clock, book, "new_hv_single", None, fields))
    mp = db.get(MeteringPoint, result["metering_point_id"])
    assert mp is not None and mp.multiplier == Decimal(1000) and result["multiplier"] == "1000"
    meter = db.scalars(select(Meter).where(Meter.metering_point_id == mp.id)).one()
    assert meter.registers == "total,peak,flat,valley,reactive" and meter.digits == 7


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"meter_serial": "ZJ"}, "meter_serial", "Meter serial number"),
    ({"tariff_code": "NO-SUCH"}, "tariff_code", "No approved tariff"),
    ({"tariff_code": "LI-CAP"}, "tariff_code", "is for large_industry customers"),
    ({"ct_ratio": "100:5"}, "ct_ratio", "must look like 100/5"),
    ({"pt_ratio": "10000/100"}, "pt_ratio", "no voltage transformer"),
    ({"capacity_kva": "-3"}, "capacity_kva", "between"),
    ({"meter_registers": "peak,valley"}, "meter_registers", "must list total"),
    ({"initial_reading": "1234567"}, "initial_reading", "does not fit a meter of 6 digits"),
    ({"customer_class": "royalty"}, "customer_class", "must be one of"),
    ({"applicant_name": ""}, "applicant_name", "Applicant: is required"),
])
def test_a_connection_the_file_refuses_changes_nothing(
        db: Session, clock: FixedClock, book: Book, change: dict[str, str], field: str,
        words: str) -> None:
    fields = {**RESIDENTIAL, "meter_serial": serial(), **change}
    before = (count(db, Customer), count(db, Meter), count(db, MeterReading))
    with pytest.raises(UserError, match=words) as refused:
        apply_effect(request(db, clock, book, "new_lv_residential", None, fields))
    assert refused.value.details.get("field") == field
    assert (count(db, Customer), count(db, Meter), count(db, MeterReading)) == before


def test_a_meter_already_in_the_file_or_a_future_date_is_refused(
        db: Session, clock: FixedClock, book: Book) -> None:
    taken = db.scalar(select(Meter.serial).limit(1))
    assert taken is not None
    with pytest.raises(UserError, match=f"Meter {taken} is already in the customer file"):
        apply_effect(request(db, clock, book, "new_lv_residential", None,
                             {**RESIDENTIAL, "meter_serial": taken}))
    with pytest.raises(UserError, match="after today"):
        apply_effect(request(db, clock, book, "new_lv_residential", None,
                             {**RESIDENTIAL, "meter_serial": serial()}, date(2026, 11, 29)))


def test_a_connection_into_an_already_billed_period_of_its_book_is_refused(
        db: Session, clock: FixedClock) -> None:
    billed = make_book(db, clock.now())
    area_point(db, billed, "TA-EFF-BILLED")
    from dbschema.models import BillingRun
    db.add(BillingRun(book_id=billed.book_id, period=PERIOD, status="done",
                      created_at=clock.now()))
    db.flush()
    with pytest.raises(UserError, match=r"already billed for 2026-11.*from 2026-12-01"):
        apply_effect(request(db, clock, billed, "new_lv_residential", None,
                             {**RESIDENTIAL, "transformer_area": "TA-EFF-BILLED",
                              "meter_serial": serial()}))


def test_an_unknown_effect_is_refused(db: Session, clock: FixedClock, book: Book) -> None:
    req = request(db, clock, book, "new_lv_residential", None, RESIDENTIAL)
    req.effect = "teleport"
    with pytest.raises(UserError, match="teleport"):
        apply_effect(req)


# -- changes of an existing customer -------------------------------------------------------

def industrial(book: Book) -> Point:
    point = book.add_point("LI-CAP", "large_industry", "400", "hv_lv", (400, 5),
                           "total,peak,flat,valley,reactive")
    book.read(point, BEFORE, "1000", peak="300", valley="200", flat="500", reactive="400")
    return point


def point_of(db: Session, point: Point) -> ServicePoint:
    mp = db.get(MeteringPoint, point.point_id)
    assert mp is not None
    sp = db.get(ServicePoint, mp.service_point_id)
    assert sp is not None
    return sp


def test_a_capacity_increase_is_recorded_from_its_date(
        db: Session, clock: FixedClock, book: Book) -> None:
    point = industrial(book)
    result = apply_effect(request(db, clock, book, "capacity_increase", point.customer_id,
                                  {"capacity_kva": "630"}))
    assert (result["previous_kva"], result["capacity_kva"]) == ("400", "630")
    sp = point_of(db, point)
    assert sp.capacity_kva == Decimal(630)
    change = db.get(SupplyChange, result["supply_change_id"])
    assert change is not None
    assert (change.effective_from, change.previous_kva, change.capacity_kva, change.kind) == (
        date(2026, 11, 16), Decimal(400), Decimal(630), "capacity")
    with pytest.raises(UserError, match="must take effect after it"):
        apply_effect(request(db, clock, book, "capacity_decrease", point.customer_id,
                             {"capacity_kva": "400"}, date(2026, 11, 10)))


@pytest.mark.parametrize(("type_code", "kva", "words"), [
    ("capacity_increase", "315", "must raise the capacity above 400 kVA"),
    ("capacity_decrease", "500", "must lower the capacity below 400 kVA"),
    ("capacity_increase", "400", "already 400 kVA"),
    ("capacity_increase", "450", "no transformer loss row for 450 kVA"),
])
def test_a_capacity_change_the_file_refuses_changes_nothing(
        db: Session, clock: FixedClock, book: Book, type_code: str, kva: str,
        words: str) -> None:
    point = industrial(book)
    with pytest.raises(UserError, match=words):
        apply_effect(request(db, clock, book, type_code, point.customer_id,
                             {"capacity_kva": kva}))
    assert point_of(db, point).capacity_kva == Decimal(400)
    assert count(db, SupplyChange) == db.scalar(select(func.count()).select_from(
        SupplyChange).where(SupplyChange.service_point_id != point_of(db, point).id))


def test_no_change_reaches_into_a_billed_period(db: Session, clock: FixedClock,
                                                book: Book) -> None:
    point = industrial(book)
    db.add(Bill(customer_id=point.customer_id, metering_point_id=point.point_id,
                office_id=book.office, period=PERIOD, kind="regular", status="released",
                energy_kwh=Decimal(1), amount=Decimal("1.00"), due_on=date(2026, 12, 1),
                tariff_keys="LI-CAP@1", request="{}", engine_version="test",
                created_at=clock.now()))
    db.flush()
    with pytest.raises(UserError, match=r"already billed for 2026-11.*2026-12-01 or later"):
        apply_effect(request(db, clock, book, "capacity_increase", point.customer_id,
                             {"capacity_kva": "630"}))
    assert point_of(db, point).capacity_kva == Decimal(400)


def test_a_tariff_change_ends_the_old_assignment_the_day_before(
        db: Session, clock: FixedClock, book: Book) -> None:
    point = book.add_point()
    result = apply_effect(request(db, clock, book, "tariff_change", point.customer_id,
                                  {"tariff_code": "JX-RES-SHARED"}))
    rows = db.scalars(select(TariffAssignment)
                      .where(TariffAssignment.metering_point_id == point.point_id)
                      .order_by(TariffAssignment.effective_from)).all()
    assert [(r.tariff_code, r.effective_from, r.effective_to) for r in rows] == [
        ("JX-RES-ANNUAL", date(2020, 1, 1), date(2026, 11, 15)),
        ("JX-RES-SHARED", date(2026, 11, 16), None)]
    assert result["previous_tariff"] == "JX-RES-ANNUAL"
    with pytest.raises(UserError, match="already billed at tariff JX-RES-SHARED"):
        apply_effect(request(db, clock, book, "tariff_change", point.customer_id,
                             {"tariff_code": "JX-RES-SHARED"}, date(2026, 11, 20)))
    with pytest.raises(UserError, match="is for commercial_industrial customers"):
        apply_effect(request(db, clock, book, "tariff_change", point.customer_id,
                             {"tariff_code": "CI-TOU"}, date(2026, 11, 20)))


def test_a_tariff_change_may_change_the_customer_class(
        db: Session, clock: FixedClock, book: Book) -> None:
    point = book.add_point()
    apply_effect(request(db, clock, book, "tariff_change", point.customer_id,
                         {"tariff_code": "CI-TOU", "customer_class": "commercial"}))
    customer = db.get(Customer, point.customer_id)
    assert customer is not None
    assert (customer.customer_class, customer.version) == ("commercial", 2)


def test_a_name_transfer_keeps_the_account(db: Session, clock: FixedClock, book: Book) -> None:
    point = book.add_point()
    customer = db.get(Customer, point.customer_id)
    assert customer is not None
    account = customer.account_no
    result = apply_effect(request(db, clock, book, "name_transfer", point.customer_id,
                                  {"new_name": "王过户", "id_doc_type": "id_card",
                                   "id_doc_no": "360102198001011111",
                                   "phone_mobile": "13800001111"}))
    db.refresh(customer)
    assert (customer.account_no, customer.name, customer.id_doc_no, customer.version) == (
        account, "王过户", "360102198001011111", 2)
    assert customer.phone_mobile_rev == "11110000831"
    assert result["before"]["name"].startswith("测试客户")
    with pytest.raises(UserError, match="Mobile phone: a mobile number"):
        apply_effect(request(db, clock, book, "name_transfer", point.customer_id,
                             {"new_name": "王过户", "id_doc_type": "id_card",
                              "id_doc_no": "1", "phone_mobile": "12"}))


def test_suspension_and_resumption_switch_the_supply(db: Session, clock: FixedClock,
                                                     book: Book) -> None:
    point = industrial(book)
    with pytest.raises(UserError, match="is not suspended"):
        apply_effect(request(db, clock, book, "resumption", point.customer_id, {}))
    with pytest.raises(UserError, match=r"Planned resumption: must be after the suspension "
                                        r"\(2026-11-10\)"):
        apply_effect(request(db, clock, book, "suspension", point.customer_id,
                             {"planned_resume_on": "2026-11-01"}, date(2026, 11, 10)))
    apply_effect(request(db, clock, book, "suspension", point.customer_id,
                         {"planned_resume_on": "2027-02-01"}, date(2026, 11, 10)))
    customer = db.get(Customer, point.customer_id)
    assert customer is not None
    assert (point_of(db, point).status, customer.status) == ("suspended", "suspended")
    with pytest.raises(UserError, match="not in service"):
        apply_effect(request(db, clock, book, "suspension", point.customer_id, {}))
    apply_effect(request(db, clock, book, "resumption", point.customer_id, {},
                         date(2026, 11, 21)))
    db.refresh(customer)
    assert (point_of(db, point).status, customer.status) == ("active", "active")
    kinds = db.execute(select(SupplyChange.kind, SupplyChange.in_service)
                       .where(SupplyChange.service_point_id == point_of(db, point).id)
                       .order_by(SupplyChange.effective_from)).all()
    assert [tuple(k) for k in kinds] == [("suspension", False), ("resumption", True)]


def test_disconnection_reads_the_meter_off_and_reconnection_back_on(
        db: Session, clock: FixedClock, book: Book) -> None:
    point = industrial(book)
    result = apply_effect(request(db, clock, book, "disconnection", point.customer_id,
                                  {"final_reading": "1400"}, date(2026, 11, 12)))
    final = db.get(MeterReading, result["final_reading_id"])
    assert final is not None and (final.kind, final.status, final.total) == (
        "final", "valid", Decimal(1400))
    assert point_of(db, point).status == "disconnected"
    with pytest.raises(UserError, match="removed in 2026-11: it can be reconnected from "
                                        "2026-12-01"):
        apply_effect(request(db, clock, book, "reconnection", point.customer_id,
                             {"initial_reading": "1400"}, date(2026, 11, 20)))
    clock.advance(datetime(2026, 12, 5, 2, 0, tzinfo=clock.now().tzinfo) - clock.now())
    back = apply_effect(request(db, clock, book, "reconnection", point.customer_id,
                                {"initial_reading": "1400"}, date(2026, 12, 5)))
    initial = db.get(MeterReading, back["initial_reading_id"])
    assert initial is not None and (initial.kind, initial.period) == ("initial", 202612)
    assert point_of(db, point).status == "active"


def test_a_final_reading_below_the_last_one_is_refused(db: Session, clock: FixedClock,
                                                       book: Book) -> None:
    point = industrial(book)
    with pytest.raises(UserError, match="lower than the last reading"):
        apply_effect(request(db, clock, book, "disconnection", point.customer_id,
                             {"final_reading": "900"}))


def test_a_meter_test_is_recorded_and_a_failure_announces_a_correction(
        db: Session, clock: FixedClock, book: Book) -> None:
    point = book.add_point()
    result = apply_effect(request(db, clock, book, "meter_test", point.customer_id,
                                  {"test_result": "fail", "error_percent": "-3.5"}))
    test = db.get(MeterTest, result["meter_test_id"])
    assert test is not None and (test.result, test.error_percent, test.meter_id) == (
        "fail", Decimal("-3.5"), point.meter_id)
    assert result["correction_may_follow"] is True
    with pytest.raises(UserError, match="Test result: must be one of: pass, fail"):
        apply_effect(request(db, clock, book, "meter_test", point.customer_id,
                             {"test_result": "so-so", "error_percent": "0"}))


def test_a_change_needs_a_customer_of_the_office(db: Session, clock: FixedClock,
                                                 book: Book) -> None:
    with pytest.raises(UserError, match="names no customer"):
        apply_effect(request(db, clock, book, "suspension", None, {}))
    other = make_book(db, clock.now(), "XH")
    point = other.add_point()
    with pytest.raises(UserError, match="another office"):
        apply_effect(request(db, clock, book, "suspension", point.customer_id, {}))

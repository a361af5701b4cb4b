"""Effects on an existing customer: capacity, tariff, name, suspension and resumption,
disconnection and reconnection (temporary removal of the meter), meter test.

Each applies from the effective date: capacity and in-service changes as a row of the supply
history (the billing run prorates the period they cut), a tariff change as a new assignment
(the previous one ends the day before)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from appserver.billing.tariff_store import approved_catalog
from appserver.contract.codec import period_to_wire
from appserver.contract.errors import UserError
from appserver.core.dates import add_months
from appserver.core.validation import MOBILE_RE
from appserver.service.effects_common import (
    EffectRequest,
    Target,
    approved_tariff,
    check_effective_date,
    day_before,
    first_day,
    load_target,
    record_reading,
    record_supply_change,
    result_of,
    touch_customer,
    wire_decimal,
)
from appserver.service.effects_fields import Fields
from dbschema.models import Meter, MeterReading, MeterTest, ServicePoint, TariffAssignment
from dbschema.models.customers import CUSTOMER_CLASSES, ID_DOC_TYPES
from dbschema.models.supply_changes import METER_TEST_RESULTS


def _start(req: EffectRequest) -> tuple[Fields, Target]:
    f = Fields(req.fields)
    target = load_target(req, f)
    check_effective_date(req, f, target)
    return f, target


# -- capacity ------------------------------------------------------------------------------

def apply_capacity(req: EffectRequest, direction: int) -> dict[str, Any]:
    """``direction`` +1: increase, -1: decrease."""
    f, target = _start(req)
    point = target.service_point
    new = f.decimal("capacity_kva", Decimal("0.01"), Decimal(100000))
    old = point.capacity_kva
    if new == old:
        raise f.fail("capacity_kva", "eff_capacity_same", kva=wire_decimal(old))
    if (new > old) != (direction > 0):
        key = "eff_capacity_not_up" if direction > 0 else "eff_capacity_not_down"
        raise f.fail("capacity_kva", key, kva=wire_decimal(old))
    if point.status != "active":
        raise UserError(f.msg("eff_not_in_service", account=target.customer.account_no,
                              status=point.status))
    _check_loss_table(req, f, target, new)
    change = record_supply_change(req, f, point, "capacity", new, True)
    return result_of(req, target, supply_change_id=change.id,
                     previous_kva=wire_decimal(old), capacity_kva=wire_decimal(new))


def _check_loss_table(req: EffectRequest, f: Fields, target: Target, kva: Decimal) -> None:
    """Metered on the low side: the tariff's loss table must know the new transformer size,
    or the next bill would fail."""
    if target.metering_point.metering_mode != "hv_lv":
        return
    code = _current_assignment(req, target).tariff_code
    for tariff in approved_catalog(req.db).versions(code):
        if tariff.effective_on(req.effective_on) and tariff.loss is not None and not any(
                row.kva == kva for row in tariff.loss.rows):
            sizes = ", ".join(wire_decimal(r.kva) for r in tariff.loss.rows)
            raise f.fail("capacity_kva", "eff_capacity_loss_table", code=code,
                         kva=wire_decimal(kva), sizes=sizes)


# -- tariff --------------------------------------------------------------------------------

def _current_assignment(req: EffectRequest, target: Target) -> TariffAssignment:
    found = req.db.scalar(select(TariffAssignment)
                          .where(TariffAssignment.metering_point_id == target.metering_point.id,
                                 TariffAssignment.effective_to.is_(None))
                          .order_by(TariffAssignment.effective_from.desc()).limit(1))
    if found is None:
        raise UserError(Fields({}).msg("eff_no_meter", account=target.customer.account_no))
    return found


def apply_tariff_change(req: EffectRequest) -> dict[str, Any]:
    f, target = _start(req)
    customer = target.customer
    cls = f.choice("customer_class", CUSTOMER_CLASSES, customer.customer_class)
    code = f.text("tariff_code", 24)
    current = _current_assignment(req, target)
    if current.tariff_code == code and cls == customer.customer_class:
        raise f.fail("tariff_code", "eff_tariff_same", code=code)
    if current.effective_from >= req.effective_on:
        raise UserError(f.msg("eff_tariff_started", start=current.effective_from.isoformat()),
                        {"field": "effective_on"})
    approved_tariff(req, f, code, cls)
    current.effective_to = day_before(req.effective_on)
    assignment = TariffAssignment(metering_point_id=target.metering_point.id,
                                  tariff_code=code, effective_from=req.effective_on)
    req.db.add(assignment)
    previous_class = customer.customer_class
    if cls != previous_class:
        customer.customer_class = cls
        touch_customer(req, customer)
    req.db.flush()
    return result_of(req, target, tariff_assignment_id=assignment.id,
                     previous_tariff=current.tariff_code, tariff_code=code,
                     previous_class=previous_class, customer_class=cls)


# -- name ----------------------------------------------------------------------------------

def apply_name_transfer(req: EffectRequest) -> dict[str, Any]:
    """过户: the account, its ledger and its bills stay; the holder's identity changes."""
    f, target = _start(req)
    customer = target.customer
    before = {"name": customer.name, "id_doc_type": customer.id_doc_type,
              "id_doc_no": customer.id_doc_no, "phone_mobile": customer.phone_mobile}
    name = f.text("new_name", 100)
    if customer.contact_person in ("", customer.name):
        customer.contact_person = name
    customer.name = name
    customer.id_doc_type = f.choice("id_doc_type", ID_DOC_TYPES)
    customer.id_doc_no = f.text("id_doc_no", 40)
    phone = f.text("phone_mobile", 11, required=False, pattern=MOBILE_RE,
                   pattern_key="bad_phone_mobile")
    if phone:
        customer.phone_mobile, customer.phone_mobile_rev = phone, phone[::-1]
    touch_customer(req, customer)
    req.db.flush()
    return result_of(req, target, before=before, version=customer.version,
                     name=customer.name)


# -- suspension, resumption ----------------------------------------------------------------

def apply_suspension(req: EffectRequest) -> dict[str, Any]:
    """暂停: out of service from the effective date; the capacity stays contracted (the days
    suspended bear no capacity charge: the billing run bills only days in service)."""
    f, target = _start(req)
    point = target.service_point
    if point.status != "active":
        raise UserError(f.msg("eff_not_in_service", account=target.customer.account_no,
                              status=point.status))
    resume = f.day("planned_resume_on", req.effective_on)
    if f.raw("planned_resume_on") and resume <= req.effective_on:
        raise f.fail("planned_resume_on", "eff_resume_not_after",
                     day=req.effective_on.isoformat())
    change = record_supply_change(req, f, point, "suspension", point.capacity_kva, False)
    _set_status(req, target, "suspended")
    return result_of(req, target, supply_change_id=change.id, status="suspended",
                     planned_resume_on=resume.isoformat() if resume != req.effective_on
                     else None)


def apply_resumption(req: EffectRequest) -> dict[str, Any]:
    f, target = _start(req)
    point = target.service_point
    if point.status != "suspended":
        raise UserError(f.msg("eff_not_suspended", account=target.customer.account_no))
    change = record_supply_change(req, f, point, "resumption", point.capacity_kva, True)
    _set_status(req, target, "active")
    return result_of(req, target, supply_change_id=change.id, status="active")


def _set_status(req: EffectRequest, target: Target, status: str) -> None:
    """The point's status; the customer's follows (active while any of its points is)."""
    target.service_point.status = status
    req.db.flush()
    statuses = set(req.db.scalars(select(ServicePoint.status)
                                  .where(ServicePoint.customer_id == target.customer.id)))
    wanted = "active" if "active" in statuses else "suspended"
    if target.customer.status != wanted:
        target.customer.status = wanted
        touch_customer(req, target.customer)
    req.db.flush()


# -- disconnection, reconnection (暂拆 / 复装) ---------------------------------------------

def apply_disconnection(req: EffectRequest) -> dict[str, Any]:
    """The meter is taken off for a while: its final reading closes the period's
    consumption, the point is out of service (no capacity charge) from the date."""
    f, target = _start(req)
    point = target.service_point
    if point.status not in ("active", "suspended"):
        raise UserError(f.msg("eff_not_in_service", account=target.customer.account_no,
                              status=point.status))
    final = f.decimal("final_reading", Decimal(0), Decimal(999999999))
    reading_id = record_reading(req, f, target.meter.serial, "final", final)
    change = record_supply_change(req, f, point, "disconnection", point.capacity_kva, False)
    _set_status(req, target, "disconnected")
    return result_of(req, target, supply_change_id=change.id, status="disconnected",
                     meter_id=target.meter.id, final_reading_id=reading_id,
                     final_reading=wire_decimal(final))


def apply_reconnection(req: EffectRequest) -> dict[str, Any]:
    """The same meter back on: billed again from its new initial reading."""
    f, target = _start(req)
    point = target.service_point
    if point.status != "disconnected":
        raise UserError(f.msg("eff_not_disconnected", account=target.customer.account_no))
    initial = f.decimal("initial_reading", Decimal(0), Decimal(999999999), 2, Decimal(0))
    removed = req.db.scalar(select(MeterReading.period)
                            .where(MeterReading.meter_id == target.meter.id,
                                   MeterReading.kind == "final",
                                   MeterReading.status != "superseded")
                            .order_by(MeterReading.period.desc()).limit(1))
    if removed is not None and removed == req.effective_on.year * 100 + req.effective_on.month:
        # one live reading per meter, period and kind, and a period's consumption runs from
        # the start reading to the end one: removal and return in one month would read as
        # one span from the return to the removal
        raise UserError(f.msg("eff_reconnect_same_month", period=period_to_wire(removed),
                              first=first_day(add_months(removed, 1)).isoformat()),
                        {"field": "effective_on"})
    change = record_supply_change(req, f, point, "reconnection", point.capacity_kva, True)
    reading_id = record_reading(req, f, target.meter.serial, "initial", initial)
    _set_status(req, target, "active")
    return result_of(req, target, supply_change_id=change.id, status="active",
                     meter_id=target.meter.id, initial_reading_id=reading_id,
                     initial_reading=wire_decimal(initial))


# -- meter test ----------------------------------------------------------------------------

def apply_meter_test(req: EffectRequest) -> dict[str, Any]:
    f, target = _start(req)
    result = f.choice("test_result", METER_TEST_RESULTS)
    error = f.decimal("error_percent", Decimal(-100), Decimal(100), 3)
    test = MeterTest(meter_id=target.meter.id, tested_on=req.effective_on, result=result,
                     error_percent=error, application_id=req.application_id,
                     created_by=req.user_id, created_at=req.now)
    req.db.add(test)
    req.db.flush()
    meter = req.db.get(Meter, target.meter.id)
    return result_of(req, target, meter_test_id=test.id, meter_id=target.meter.id,
                     meter_serial=meter.serial if meter else "", test_result=result,
                     error_percent=wire_decimal(error),
                     # a failed test may be followed by a bill correction (退补), which
                     # the billing officers raise through the corrections of bills
                     correction_may_follow=result == "fail")

"""Each validation rule of DOMAIN.md through keyboard entry, on PostgreSQL: high and low
against history, zero on an active point, backwards, rollover (information only), TOU sum,
meter replaced in the period, missing reads in the queue; consumption agrees with usage.py."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from appserver.metering.usage import register_usage
from tests.appserver.metering_helpers import (
    PERIOD,
    advance_for,
    entry_row,
    live,
    targets,
)
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg


def _save(api: Clients, plan_id: int, rows: list[dict[str, object]]) -> dict[str, object]:
    reader = api.as_user("dh.reader")
    result: dict[str, object] = reader.call("pmis.metering", "save_readings", plan_id, rows,
                                            write=True)
    return result


def test_a_normal_read_is_valid_and_its_consumption_is_usage_py(api: Clients,
                                                                db: Session) -> None:
    t = targets(db)[0]
    step = advance_for(t, t.typical_kwh)
    result = _save(api, t.plan_id, [entry_row(t, t.last["total"] + step)])
    verdict = result["rows"][0]  # type: ignore[index]
    assert verdict["status"] == "valid", verdict
    row = live(db, t.meter_id)
    expected = register_usage({"total": t.last["total"]}, {"total": row["total"]}, 6,
                              t.multiplier)["total"]
    assert row["consumption_kwh"] == expected
    assert row["money_at_risk"] == Decimal("0.00")


@pytest.mark.parametrize("factor, flag", [(Decimal(12), "high"), (Decimal("0.05"), "low")])
def test_far_from_history_is_flagged_with_money_at_risk(api: Clients, db: Session,
                                                        factor: Decimal, flag: str) -> None:
    t = targets(db)[1]
    step = max(advance_for(t, t.typical_kwh * factor), Decimal("0.01"))
    result = _save(api, t.plan_id, [entry_row(t, t.last["total"] + step)])
    assert result["rows"][0]["flags"] == [flag]  # type: ignore[index]
    row = live(db, t.meter_id)
    assert row["status"] == "flagged" and row["money_at_risk"] > 0


def test_zero_on_an_active_point_is_flagged(api: Clients, db: Session) -> None:
    t = targets(db)[2]
    _save(api, t.plan_id, [entry_row(t, t.last["total"])])
    row = live(db, t.meter_id)
    assert row["flags"] == "zero" and row["status"] == "flagged"
    assert row["consumption_kwh"] == 0


def test_a_lower_read_that_is_no_rollover_is_backwards(api: Clients, db: Session) -> None:
    t = targets(db)[3]
    _save(api, t.plan_id, [entry_row(t, t.last["total"] - Decimal(5000))])
    row = live(db, t.meter_id)
    assert row["flags"] == "backwards" and row["consumption_kwh"] is None
    assert row["status"] == "flagged"


def test_a_plausible_wrap_is_a_rollover_for_information_only(api: Clients,
                                                              db: Session) -> None:
    t = targets(db)[4]
    # Last month's reading near the end of the 6-digit register.
    near_end = Decimal("999990.00")
    db.execute(text("UPDATE meter_reading SET total = :t, peak = NULL, flat = NULL, "
                    "valley = NULL WHERE meter_id = :m AND period = 202610"),
               {"t": near_end, "m": t.meter_id})
    db.flush()
    step = advance_for(t, t.typical_kwh)
    _save(api, t.plan_id, [entry_row(t, near_end + step - Decimal(1_000_000))])
    row = live(db, t.meter_id)
    assert row["flags"] == "rollover" and row["status"] == "valid"
    usage = register_usage({"total": near_end}, {"total": row["total"]}, 6, t.multiplier)
    assert row["consumption_kwh"] == usage["total"]


def test_tou_registers_not_adding_up_are_flagged(api: Clients, db: Session) -> None:
    t = targets(db)[5]
    step = advance_for(t, t.typical_kwh)
    _save(api, t.plan_id, [entry_row(t, t.last["total"] + step, peak=t.last["peak"] + step,
                                     flat=t.last["flat"] + step, valley=t.last["valley"])])
    assert live(db, t.meter_id)["flags"] == "tou_sum"


def test_tou_registers_within_the_tolerance_pass(api: Clients, db: Session) -> None:
    t = targets(db)[6]
    step = advance_for(t, t.typical_kwh)
    peak = (step * Decimal("0.3")).quantize(Decimal("0.01"))
    valley = (step * Decimal("0.3")).quantize(Decimal("0.01"))
    flat = step - peak - valley + Decimal("0.03")  # display rounding, under 0.05
    _save(api, t.plan_id, [entry_row(t, t.last["total"] + step, peak=t.last["peak"] + peak,
                                     flat=t.last["flat"] + flat,
                                     valley=t.last["valley"] + valley)])
    assert live(db, t.meter_id)["status"] == "valid"


def test_a_missing_read_waits_in_the_queue_ranked_by_money(api: Clients, db: Session) -> None:
    t = targets(db)[7]
    db.execute(text("UPDATE meter_reading SET status = 'superseded' WHERE id = :id"),
               {"id": t.reading_id})
    db.flush()
    queue = api.as_user("dh.reader").call("pmis.metering", "exception_queue", PERIOD, 500)
    items = queue["items"]
    missing = [i for i in items if i["metering_point_id"] == t.point_id]
    assert missing and missing[0]["kind"] == "missing" and missing[0]["reasons"] == ["missing"]
    money = [Decimal(i["money_at_risk"]) for i in items]
    assert money == sorted(money, reverse=True)
    assert all(i["reasons"] for i in items)


def test_a_regular_read_after_a_meter_change_is_flagged(api: Clients, db: Session) -> None:
    t = targets(db)[8]
    supervisor = api.as_user("dh.reader")
    supervisor.call("pmis.metering", "change_meter", t.point_id, {
        "date": "2026-11-20", "old_final": {"total": str(t.last["total"] + Decimal(40))},
        "new_serial": "ZJNEW0000001", "new_digits": 6, "new_registers": ["total"],
        "new_initial": {"total": "0.00"}, "note": "old meter stopped"}, write=True)
    _save(api, t.plan_id, [entry_row(t, Decimal("35.00"))])
    new_meter = db.scalar(text("SELECT id FROM meter WHERE serial = 'ZJNEW0000001'"))
    row = live(db, int(new_meter))
    assert "meter_changed" in row["flags"].split(",")
    assert row["consumption_kwh"] == Decimal(35) * t.multiplier


def test_a_meter_without_any_earlier_reading_has_no_previous(api: Clients,
                                                             db: Session) -> None:
    t = targets(db)[9]
    # A meter swapped outside the system: no final or initial reading was recorded.
    db.execute(text("UPDATE meter SET removed_on = '2026-11-02' WHERE id = :m"),
               {"m": t.meter_id})
    db.execute(text("INSERT INTO meter (metering_point_id, serial, meter_type, digits, "
                    "registers, installed_on) VALUES (:p, 'ZJNOHISTORY1', '单相智能电能表', 6, "
                    "'total', '2026-11-02')"), {"p": t.point_id})
    db.flush()
    _save(api, t.plan_id, [entry_row(t, Decimal("120.00"))])
    new_meter = db.scalar(text("SELECT id FROM meter WHERE serial = 'ZJNOHISTORY1'"))
    row = live(db, int(new_meter))
    assert row["flags"] == "no_previous" and row["status"] == "flagged"
    assert row["consumption_kwh"] is None

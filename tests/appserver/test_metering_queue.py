"""The supervisor's decisions on flagged and missing reads, meter changes, and the office
scope, on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict, PermissionDenied, UserError
from dbschema.models import AuditLog
from tests.appserver.metering_helpers import (
    PERIOD,
    Target,
    advance_for,
    entry_row,
    live,
    reading,
    targets,
)
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg


def _flag_high(api: Clients, t: Target) -> int:
    reader = api.as_user("dh.reader")
    step = advance_for(t, t.typical_kwh * 12)
    result = reader.call("pmis.metering", "save_readings", t.plan_id,
                         [entry_row(t, t.last["total"] + step)], write=True)
    return int(result["rows"][0]["reading_id"])


def _decide(client: ApiClient, target: dict[str, object], decision: str,
            values: dict[str, str] | None = None, note: str = "checked on site") -> dict[str, Any]:
    result: dict[str, Any] = client.call("pmis.metering", "decide", target, decision, values, note,
                               write=True)
    return result


def _audited(db: Session, action: str) -> int:
    db.expire_all()
    rows = db.scalars(select(AuditLog.details).where(AuditLog.method == "metering.decide"))
    return sum(1 for d in rows if f'"action": "{action}"' in str(d) or
               (isinstance(d, dict) and d.get("action") == action))


def test_approve_keeps_the_values_and_is_audited_with_the_note(api: Clients,
                                                                db: Session) -> None:
    t = targets(db)[0]
    rid = _flag_high(api, t)
    result = _decide(api.as_user("dh.reader"), {"reading_id": rid}, "approve")
    assert result["reading"]["status"] == "approved"
    row = reading(db, rid)
    assert row["status"] == "approved" and row["note"] == "checked on site"
    assert _audited(db, "approve") == 1


def test_a_correction_supersedes_the_old_row_and_keeps_it(api: Clients, db: Session) -> None:
    t = targets(db)[1]
    rid = _flag_high(api, t)
    good = t.last["total"] + advance_for(t, t.typical_kwh)
    result = _decide(api.as_user("dh.reader"), {"reading_id": rid}, "correct",
                     {"total": str(good)}, "typing error")
    new = result["reading"]
    assert new["status"] == "approved" and new["registers"]["total"] == str(good)
    assert reading(db, rid)["status"] == "superseded"
    assert live(db, t.meter_id)["replaces_id"] == rid
    history = api.as_user("dh.reader").call("pmis.metering", "point_history", t.point_id)
    statuses = [r["status"] for r in history["readings"] if r["period"] == PERIOD]
    assert "superseded" in statuses and "approved" in statuses


def test_an_estimate_is_marked_as_estimated_and_adds_up(api: Clients, db: Session) -> None:
    t = targets(db)[2]
    rid = _flag_high(api, t)
    result = _decide(api.as_user("dh.reader"), {"reading_id": rid}, "estimate",
                     note="meter not reachable")
    new = result["reading"]
    assert new["status"] == "estimated" and new["source"] == "estimated" and new["estimated"]
    regs = {k: Decimal(v) for k, v in new["registers"].items()}
    step = {k: regs[k] - t.last[k] for k in ("total", "peak", "flat", "valley")}
    assert step["peak"] + step["flat"] + step["valley"] == step["total"] > 0
    sheet = api.as_user("dh.reader").call("pmis.metering", "entry_sheet", t.plan_id)
    shown = next(r for r in sheet["rows"] if r["metering_point_id"] == t.point_id)
    assert shown["this"]["estimated"] is True


def test_reread_sends_it_back(api: Clients, db: Session) -> None:
    t = targets(db)[3]
    rid = _flag_high(api, t)
    _decide(api.as_user("dh.reader"), {"reading_id": rid}, "reread", note="read again")
    assert reading(db, rid)["status"] == "reread"
    with pytest.raises(Conflict):  # no longer waiting for a decision
        _decide(api.as_user("dh.reader"), {"reading_id": rid}, "approve")


def test_a_backwards_read_cannot_be_approved_nor_corrected_backwards(api: Clients,
                                                                     db: Session) -> None:
    t = targets(db)[4]
    reader = api.as_user("dh.reader")
    result = reader.call("pmis.metering", "save_readings", t.plan_id,
                         [entry_row(t, t.last["total"] - Decimal(3000))], write=True)
    rid = int(result["rows"][0]["reading_id"])
    with pytest.raises(UserError):
        _decide(reader, {"reading_id": rid}, "approve")
    with pytest.raises(UserError):
        _decide(reader, {"reading_id": rid}, "correct",
                {"total": str(t.last["total"] - Decimal(2000))})
    assert reading(db, rid)["status"] == "flagged"  # nothing changed


def test_a_missing_read_is_estimated(api: Clients, db: Session) -> None:
    t = targets(db)[5]
    db.execute(text("UPDATE meter_reading SET status = 'superseded' WHERE id = :id"),
               {"id": t.reading_id})
    db.flush()
    reader = api.as_user("dh.reader")
    with pytest.raises(UserError):
        _decide(reader, {"metering_point_id": t.point_id, "period": PERIOD}, "approve")
    result = _decide(reader, {"metering_point_id": t.point_id, "period": PERIOD}, "estimate")
    assert result["reading"]["status"] == "estimated"


def test_meter_change_closes_the_old_and_opens_the_new(api: Clients, db: Session) -> None:
    t = targets(db)[6]
    reader = api.as_user("dh.reader")
    result = reader.call("pmis.metering", "change_meter", t.point_id, {
        "date": "2026-11-18", "old_final": {"total": str(t.last["total"] + Decimal(60))},
        "new_serial": "zjnew0000002", "new_digits": 7,
        "new_registers": ["total", "peak", "flat", "valley"],
        "new_initial": {"total": "1.00", "peak": "0.30", "flat": "0.40", "valley": "0.30"},
        "note": "meter burnt"}, write=True)
    assert result["final"]["kind"] == "final" and result["final"]["status"] == "valid"
    assert result["initial"]["kind"] == "initial"
    assert Decimal(result["final"]["consumption_kwh"]) == Decimal(60) * t.multiplier
    db.expire_all()
    old = db.execute(text("SELECT removed_on FROM meter WHERE id = :id"),
                     {"id": t.meter_id}).scalar()
    assert str(old) == "2026-11-18"
    new = db.execute(text("SELECT digits, registers FROM meter WHERE serial = 'ZJNEW0000002'"))
    assert tuple(new.one()) == (7, "total,peak,flat,valley")
    with pytest.raises(Conflict):  # the serial is taken now
        reader.call("pmis.metering", "change_meter", t.point_id, {
            "date": "2026-11-19", "old_final": {"total": "2.00"},
            "new_serial": "ZJNEW0000002", "new_digits": 6, "new_registers": ["total"],
            "new_initial": {"total": "0.00"}, "note": "again"}, write=True)


def test_another_offices_reading_is_refused(api: Clients, db: Session) -> None:
    theirs = targets(db, "XH")[0]
    reader = api.as_user("dh.reader")
    before = db.scalar(select(func.count()).select_from(AuditLog)
                       .where(AuditLog.outcome == "denied"))
    with pytest.raises(PermissionDenied):
        _decide(reader, {"reading_id": theirs.reading_id}, "reread")
    with pytest.raises(PermissionDenied):
        reader.call("pmis.metering", "entry_sheet", theirs.plan_id)
    with pytest.raises(PermissionDenied):
        reader.call("pmis.metering", "save_readings", theirs.plan_id,
                    [entry_row(theirs, theirs.last["total"] + 1)], write=True)
    assert reading(db, theirs.reading_id)["status"] == "valid"
    assert db.scalar(select(func.count()).select_from(AuditLog)
                     .where(AuditLog.outcome == "denied")) == (before or 0) + 3
    queue = reader.call("pmis.metering", "exception_queue", PERIOD, 500)
    assert all(i["book_code"].startswith("DH") for i in queue["items"])

"""Reading books (route, reading day, reader, points in sequence) and reading plans."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import bindparam, text

from appserver.contract.codec import period_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.metering import plans
from appserver.metering import repository as repo
from appserver.metering.dto import day, dec, meter_registers, reading_dto, wire
from appserver.metering.rules import Thresholds, thresholds
from appserver.metering.service import period_arg

MAX_MOVE = 500
CENT = Decimal("0.01")


def _book(call: Call, book_id: Any) -> Mapping[Any, Any]:
    bid = call.v.integer(book_id, "book_id", 1, 2**31)
    found = repo.book(call.db, bid)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_book")))
    call.require_office(int(found["office_id"]))
    return found


def list_books(call: Call, period: Any) -> dict[str, Any]:
    p = period_arg(call, period)
    rows = repo.books(call.db, call.user.visible_office_ids, p)
    counts = repo.plan_counts(call.db, [int(r["plan_id"]) for r in rows if r["plan_id"]])
    result = []
    for r in rows:
        c = counts.get(int(r["plan_id"] or 0), {})
        read = sum(c.values())
        result.append({
            "id": r["id"], "code": r["code"], "name": r["name"], "office_id": r["office_id"],
            "office_name": r["office_name"], "reading_day": r["reading_day"],
            "reader_id": r["reader_id"], "reader_name": r["reader_name"] or "",
            "route": r["route"], "points": int(r["points"]), "plan_id": r["plan_id"],
            "plan_status": r["plan_status"], "planned_on": day(r["planned_on"]),
            "read": read, "flagged": c.get("flagged", 0), "estimated": c.get("estimated", 0),
            "reread": c.get("reread", 0), "pending": c.get("pending", 0)})
    return {"period": period_to_wire(p), "books": result}


def expected_range(last_total: Decimal | None, multiplier: Decimal,
                   refs: tuple[Decimal | None, Decimal | None] | None,
                   limits: Thresholds) -> tuple[Decimal, Decimal] | None:
    """Register values this read should fall between: the last reading plus the band the
    validation accepts (low ratio × the smaller reference … high ratio × the larger)."""
    if last_total is None or refs is None:
        return None
    known = [r for r in refs if r]
    if not known or multiplier <= 0:
        return None
    low = last_total + limits.low_ratio * min(known) / multiplier
    high = last_total + limits.high_ratio * max(known) / multiplier
    return (low.quantize(CENT, rounding=ROUND_HALF_UP),
            high.quantize(CENT, rounding=ROUND_HALF_UP))


def point_rows(call: Call, book_id: int, period: int,
               point_ids: list[int] | None = None) -> list[dict[str, Any]]:
    points = repo.points(call.db, book_id, period, point_ids)
    readings = repo.readings(call.db, [p["last_id"] for p in points] +
                             [p["this_id"] for p in points])
    refs = repo.history_refs(call.db, [int(p["metering_point_id"]) for p in points], period)
    limits = thresholds(call.db, business_date(call.now))
    rows = []
    for p in points:
        last = readings.get(p["last_id"]) if p["last_id"] else None
        multiplier = dec(p["multiplier"]) or Decimal(1)
        band = expected_range(dec(last["total"]) if last else None, multiplier,
                              refs.get(int(p["metering_point_id"])), limits)
        ly, avg = refs.get(int(p["metering_point_id"]), (None, None))
        rows.append({
            "sequence": p["sequence"], "metering_point_id": p["metering_point_id"],
            "point_code": p["point_code"], "customer_id": p["customer_id"],
            "account_no": p["account_no"], "customer_name": p["customer_name"],
            "customer_class": p["customer_class"], "address": p["address"],
            "active": bool(p["active"]), "meter_id": p["meter_id"], "serial": p["serial"],
            "digits": p["digits"], "registers": meter_registers(p["registers"]),
            "multiplier": wire(multiplier, 0),
            "last": reading_dto(last),
            "expected_low": str(band[0]) if band else None,
            "expected_high": str(band[1]) if band else None,
            "typical_kwh": wire(ly or avg),
            "this": reading_dto(readings.get(p["this_id"])) if p["this_id"] else None})
    return rows


def book_points(call: Call, book_id: Any, period: Any) -> dict[str, Any]:
    found = _book(call, book_id)
    p = period_arg(call, period)
    plan = repo.plan_of_book(call.db, int(found["id"]), p)
    return {"book": {"id": found["id"], "code": found["code"], "name": found["name"],
                     "reading_day": found["reading_day"]},
            "period": period_to_wire(p), "plan_id": plan["id"] if plan else None,
            "plan_status": plan["status"] if plan else None,
            "points": point_rows(call, int(found["id"]), p)}


def readers(call: Call) -> list[dict[str, Any]]:
    return [{"id": u["id"], "username": u["username"], "full_name": u["full_name"],
             "office_id": u["office_id"]}
            for u in repo.users_of_offices(call.db, call.user.visible_office_ids)]


def assign_reader(call: Call, book_id: Any, user_id: Any) -> dict[str, Any]:
    found = _book(call, book_id)
    uid = call.v.integer(user_id, "user_id", 1, 2**31)
    office = call.db.scalar(text("SELECT office_id FROM app_user WHERE id = :id"), {"id": uid})
    if office is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_user")))
    call.require_office(int(office))
    call.db.execute(text("UPDATE reading_book SET reader_id = :u WHERE id = :b"),
                    {"u": uid, "b": found["id"]})
    call.audit("reading_book", int(found["id"]), action="reader_assigned",
               before=found["reader_id"], after=uid)
    return {"book_id": found["id"], "reader_id": uid}


def move_points(call: Call, point_ids: Any, target_book_id: Any) -> dict[str, Any]:
    target = _book(call, target_book_id)
    ids = call.v.id_list(point_ids, "point_ids", MAX_MOVE)
    rows = call.db.execute(text(
        "SELECT bp.metering_point_id, bp.book_id, b.office_id FROM book_point bp "
        "JOIN reading_book b ON b.id = bp.book_id WHERE bp.metering_point_id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
    if len(rows) != len(set(ids)):
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_point")))
    for _pid, _book_id, office in rows:
        call.require_office(int(office))
    if any(int(b) == int(target["id"]) for _p, b, _o in rows):
        raise UserError(call.msg("metering_already_in_book"))
    last = call.db.scalar(text("SELECT COALESCE(MAX(sequence), 0) FROM book_point "
                               "WHERE book_id = :b"), {"b": target["id"]}) or 0
    call.db.execute(text("UPDATE book_point SET book_id = :b, sequence = :s "
                         "WHERE metering_point_id = :p"),
                    [{"b": target["id"], "s": int(last) + 10 * (n + 1), "p": pid}
                     for n, pid in enumerate(sorted(set(ids)))])
    for pid, from_book, _office in rows:
        call.audit("metering_point", int(pid), action="moved_to_book", before=int(from_book),
                   after=int(target["id"]))
    return {"moved": len(rows), "book_id": target["id"]}


def create_plans(call: Call, period: Any) -> dict[str, Any]:
    p = period_arg(call, period)
    created = plans.create_for_period(call.db, p, call.user.visible_office_ids)
    for plan_id in created:
        call.audit("reading_plan", plan_id, action="plan_created", period=period_to_wire(p))
    return {"period": period_to_wire(p), "created": len(created)}


def point_history(call: Call, metering_point_id: Any) -> dict[str, Any]:
    """A point's readings, newest first, superseded ones included (what replaced what)."""
    pid = call.v.integer(metering_point_id, "metering_point_id", 1, 2**31)
    scope = repo.point_scope(call.db, pid)
    if scope is None:
        raise NotFound(call.msg("not_found", what=call.msg("metering_what_point")))
    call.require_office(int(scope["office_id"]))
    return {"metering_point_id": pid, "account_no": scope["account_no"], "name": scope["name"],
            "readings": [{**(reading_dto(r) or {}), "serial": r["serial"],
                          "replaces_id": r["replaces_id"]}
                         for r in repo.point_history(call.db, pid)]}

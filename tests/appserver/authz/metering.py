"""Authorization-matrix arguments for the metering methods (see __init__.py).

Targets come from the demo history of the template: the first book of each side's office,
its plan of this month (imported), a point of it with its meter and last reading.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from tests.appserver.authz.world import World

PERIOD = "2026-11"
OFFICE_SCOPED: set[str] = {
    "metering.book_points", "metering.point_history", "metering.assign_reader",
    "metering.move_points", "metering.entry_sheet", "metering.save_readings",
    "metering.decide", "metering.change_meter",
}

Args = dict[str, Callable[[], tuple[Any, ...]]]


def books_of(w: World, side: str) -> list[int]:
    return [int(b) for b in w.db.scalars(text(
        "SELECT id FROM reading_book WHERE office_id = :o ORDER BY code"),
        {"o": w.office[side]})]


def imported_plan(w: World, side: str) -> tuple[int, int]:
    """(plan id, book id) of this month's first imported plan of the side's office."""
    row = w.db.execute(text(
        "SELECT pl.id, pl.book_id FROM reading_plan pl JOIN reading_book b ON b.id = pl.book_id "
        "WHERE b.office_id = :o AND pl.period = 202611 AND pl.status IN ('imported', "
        "'validated') ORDER BY b.code LIMIT 1"), {"o": w.office[side]}).one()
    return int(row[0]), int(row[1])


def read_point(w: World, side: str) -> dict[str, Any]:
    """A residential point of the imported plan with this month's valid reading."""
    _plan, book = imported_plan(w, side)
    row = w.db.execute(text(
        "SELECT r.id, r.metering_point_id, r.total, m.serial FROM meter_reading r "
        "JOIN book_point bp ON bp.metering_point_id = r.metering_point_id "
        "JOIN meter m ON m.id = r.meter_id "
        "WHERE bp.book_id = :b AND r.period = 202611 AND r.status = 'valid' "
        "AND m.registers = 'total,peak,flat,valley' AND m.removed_on IS NULL "
        "ORDER BY bp.sequence LIMIT 1"), {"b": book}).one()
    return {"reading_id": int(row[0]), "point_id": int(row[1]),
            "total": Decimal(str(row[2])).quantize(Decimal("0.01")), "serial": str(row[3])}


def flagged_reading(w: World, side: str) -> int:
    """This month's reading of a point made 'flagged' (high) for a decision."""
    point = read_point(w, side)
    w.db.execute(text("UPDATE meter_reading SET status = 'flagged', flags = 'high' "
                      "WHERE id = :id"), {"id": point["reading_id"]})
    return int(point["reading_id"])


def _move(w: World, side: str) -> tuple[Any, ...]:
    first, second = books_of(w, side)[:2]
    point = w.db.scalar(text("SELECT metering_point_id FROM book_point WHERE book_id = :b "
                             "ORDER BY sequence LIMIT 1"), {"b": first})
    return ([int(point)], second)


def _change(w: World, side: str, n: int) -> tuple[Any, ...]:
    point = w.once("change_point", side, lambda: read_point(w, side))
    return (point["point_id"], {
        "date": "2026-11-28", "old_final": {"total": str(point["total"] + Decimal(5))},
        "new_serial": f"MX{side.upper()}{n:08d}", "new_digits": 6,
        "new_registers": ["total"], "new_initial": {"total": "0.00"}, "note": "matrix"})


def builders(w: World, side: str, username: str, n: int) -> Args:
    def save() -> tuple[Any, ...]:
        plan, _book = imported_plan(w, side)
        point = read_point(w, side)
        return (plan, [{"metering_point_id": point["point_id"],
                        "registers": {"total": str(point["total"] + Decimal(1))}}])

    def import_text() -> tuple[Any, ...]:
        point = read_point(w, side)
        return (PERIOD, "meter_serial,read_date,total,peak,flat,valley,critical_peak,"
                "deep_valley,reactive,max_demand\n"
                f"{point['serial']},2026-11-27,{point['total'] + Decimal(2)},,,,,,,\n", 1)

    return {
        "metering.list_books": lambda: (PERIOD,),
        "metering.book_points": lambda: (books_of(w, side)[0], PERIOD),
        "metering.point_history": lambda: (read_point(w, side)["point_id"],),
        "metering.readers": lambda: (),
        "metering.assign_reader": lambda: (books_of(w, side)[0], w.user["own"].id),
        "metering.move_points": lambda: _move(w, side),
        "metering.create_plans": lambda: ("2026-12",),
        "metering.entry_sheet": lambda: (imported_plan(w, side)[0],),
        "metering.save_readings": save,
        "metering.import_readings": import_text,
        "metering.exception_queue": lambda: (PERIOD, 50),
        "metering.decide": lambda: ({"reading_id": w.once("flagged", side,
                                                          lambda: flagged_reading(w, side))},
                                    "reread", None, "matrix"),
        "metering.change_meter": lambda: _change(w, side, n),
    }

"""Queries of the metering module: books, points with their last reading and history, the
exception queue. Office scope is applied here from the caller's visible offices."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import RowMapping, bindparam, text
from sqlalchemy.orm import Session

from appserver.core.dates import add_months
from dbschema.models.metering import BILLABLE_STATUSES, REGISTERS

_BILLABLE = ", ".join(f"'{s}'" for s in BILLABLE_STATUSES)
_REG = ", ".join(f"r.{x}" for x in REGISTERS)


def _expanding(sql: str, *names: str) -> Any:
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n in names))


def books(db: Session, offices: frozenset[int], period: int) -> list[RowMapping]:
    return list(db.execute(_expanding("""
        SELECT b.id, b.code, b.name, b.office_id, o.name AS office_name, b.reading_day,
               b.reader_id, u.full_name AS reader_name, b.route,
               (SELECT COUNT(*) FROM book_point bp WHERE bp.book_id = b.id) AS points,
               pl.id AS plan_id, pl.status AS plan_status, pl.planned_on
        FROM reading_book b
        JOIN org_unit o ON o.id = b.office_id
        LEFT JOIN app_user u ON u.id = b.reader_id
        LEFT JOIN reading_plan pl ON pl.book_id = b.id AND pl.period = :period
        WHERE b.office_id IN :offices AND b.active
        ORDER BY b.code""", "offices"), {"offices": sorted(offices) or [0],
                                         "period": period}).mappings())


def plan_counts(db: Session, plan_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Live readings (not initial) per plan and status."""
    counts: dict[int, dict[str, int]] = {}
    if not plan_ids:
        return counts
    rows = db.execute(_expanding("""
        SELECT plan_id, status, COUNT(*) FROM meter_reading
        WHERE plan_id IN :plans AND status <> 'superseded' AND kind <> 'initial'
        GROUP BY plan_id, status""", "plans"), {"plans": list(plan_ids)})
    for plan_id, status, count in rows:
        counts.setdefault(int(plan_id), {})[str(status)] = int(count)
    return counts


def book(db: Session, book_id: int) -> RowMapping | None:
    return db.execute(text("SELECT id, code, name, office_id, reading_day, reader_id, active "
                           "FROM reading_book WHERE id = :id"), {"id": book_id}).mappings().first()


def plan(db: Session, plan_id: int) -> RowMapping | None:
    return db.execute(text(
        "SELECT pl.id, pl.book_id, pl.period, pl.status, pl.planned_on, b.office_id, b.code, "
        "b.name FROM reading_plan pl JOIN reading_book b ON b.id = pl.book_id "
        "WHERE pl.id = :id"), {"id": plan_id}).mappings().first()


def plan_of_book(db: Session, book_id: int, period: int) -> RowMapping | None:
    return db.execute(text("SELECT id, status FROM reading_plan WHERE book_id = :b AND "
                           "period = :p"), {"b": book_id, "p": period}).mappings().first()


_POINTS = f"""
SELECT bp.sequence, bp.metering_point_id, bp.book_id, mp.code AS point_code, mp.multiplier,
  c.id AS customer_id, c.account_no, c.name AS customer_name, c.customer_class,
  sp.address, CASE WHEN c.status = 'active' AND sp.status = 'active' THEN 1 ELSE 0 END AS active,
  m.id AS meter_id, m.serial, m.digits, m.registers,
  (SELECT r.id FROM meter_reading r WHERE r.meter_id = m.id AND r.status <> 'superseded'
     AND r.status IN ({_BILLABLE})
     AND (r.period < :period OR (r.period = :period AND r.kind = 'initial'))
   ORDER BY r.period DESC, CASE r.kind WHEN 'initial' THEN 0 ELSE 1 END LIMIT 1) AS last_id,
  (SELECT r.id FROM meter_reading r WHERE r.metering_point_id = mp.id AND r.period = :period
     AND r.kind = 'regular' AND r.status <> 'superseded' ORDER BY r.id DESC LIMIT 1)
     AS this_id
FROM book_point bp
JOIN metering_point mp ON mp.id = bp.metering_point_id
JOIN service_point sp ON sp.id = mp.service_point_id
JOIN customer c ON c.id = sp.customer_id
JOIN meter m ON m.metering_point_id = mp.id AND m.removed_on IS NULL
WHERE {{where}}
ORDER BY bp.sequence
"""


def points(db: Session, book_id: int, period: int,
           point_ids: Sequence[int] | None = None) -> list[RowMapping]:
    """The book's points in sequence (or just ``point_ids`` of it) with their live meter,
    the ids of the last billable reading and of this period's live reading."""
    where = "bp.book_id = :book"
    params: dict[str, Any] = {"book": book_id, "period": period}
    if point_ids is not None:
        where += " AND bp.metering_point_id IN :ids"
        params["ids"] = list(point_ids) or [0]
        return list(db.execute(_expanding(_POINTS.format(where=where), "ids"),
                               params).mappings())
    return list(db.execute(text(_POINTS.format(where=where)), params).mappings())


def readings(db: Session, ids: Sequence[int]) -> dict[int, RowMapping]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = db.execute(_expanding(f"""
        SELECT r.id, r.plan_id, r.metering_point_id, r.meter_id, r.period, r.kind, r.read_on,
               {_REG}, r.source, r.status, r.flags, r.consumption_kwh, r.money_at_risk,
               r.note, r.replaces_id
        FROM meter_reading r WHERE r.id IN :ids""", "ids"), {"ids": wanted}).mappings()
    return {int(r["id"]): r for r in rows}


def history_refs(db: Session, point_ids: Sequence[int],
                 period: int) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """Per point: consumption of the same month last year and the average of the previous
    three months with readings (None where there is none)."""
    if not point_ids:
        return {}
    last_year = add_months(period, -12)
    recent = [add_months(period, -n) for n in (1, 2, 3)]
    rows = db.execute(_expanding(f"""
        SELECT metering_point_id, period, SUM(consumption_kwh) FROM meter_reading
        WHERE metering_point_id IN :ids AND period IN :periods AND status IN ({_BILLABLE})
        GROUP BY metering_point_id, period""", "ids", "periods"),
        {"ids": list(point_ids), "periods": [last_year, *recent]})
    per_point: dict[int, dict[int, Decimal]] = {}
    for pid, p, total in rows:
        if total is not None:
            per_point.setdefault(int(pid), {})[int(p)] = Decimal(total)
    refs: dict[int, tuple[Decimal | None, Decimal | None]] = {}
    for pid, months in per_point.items():
        ly = months.get(last_year) or None
        recent_values = [months[p] for p in recent if p in months]
        avg = sum(recent_values, Decimal(0)) / len(recent_values) if recent_values else None
        refs[pid] = (ly, avg or None)
    return refs


def point_scope(db: Session, point_id: int) -> RowMapping | None:
    """A metering point with its customer's office, class, book and live meter."""
    return db.execute(text("""
        SELECT mp.id, mp.multiplier, c.office_id, c.customer_class, c.account_no, c.name,
               bp.book_id, m.id AS meter_id, m.serial, m.digits, m.registers, m.meter_type
        FROM metering_point mp
        JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id
        LEFT JOIN book_point bp ON bp.metering_point_id = mp.id
        LEFT JOIN meter m ON m.metering_point_id = mp.id AND m.removed_on IS NULL
        WHERE mp.id = :id"""), {"id": point_id}).mappings().first()


def last_billable(db: Session, meter_id: int, period: int,
                  count: int = 2) -> list[RowMapping]:
    """The meter's latest billable readings before ``period`` (newest first)."""
    return list(db.execute(text(f"""
        SELECT r.id, r.period, r.kind, r.read_on, {_REG}, r.consumption_kwh
        FROM meter_reading r WHERE r.meter_id = :m AND r.status <> 'superseded'
          AND r.status IN ({_BILLABLE})
          AND r.period < :p
        ORDER BY r.period DESC, CASE r.kind WHEN 'final' THEN 2 WHEN 'regular' THEN 1 ELSE 0
          END DESC LIMIT :n"""), {"m": meter_id, "p": period, "n": count}).mappings())


def point_history(db: Session, point_id: int, limit: int = 36) -> list[RowMapping]:
    return list(db.execute(text(f"""
        SELECT r.id, r.period, r.kind, r.read_on, {_REG}, r.source, r.status, r.flags,
               r.consumption_kwh, r.money_at_risk, r.note, r.replaces_id, m.serial
        FROM meter_reading r JOIN meter m ON m.id = r.meter_id
        WHERE r.metering_point_id = :p ORDER BY r.period DESC, r.id DESC LIMIT :n"""),
        {"p": point_id, "n": limit}).mappings())


_QUEUE = f"""
SELECT r.id, r.plan_id, r.metering_point_id, r.meter_id, r.period, r.kind, r.read_on, {_REG},
  r.source, r.status, r.flags, r.consumption_kwh, r.money_at_risk, r.note,
  c.account_no, c.name AS customer_name, c.customer_class, m.serial, m.registers AS meter_registers,
  b.code AS book_code,
  mp.multiplier
FROM meter_reading r
JOIN reading_plan pl ON pl.id = r.plan_id
JOIN reading_book b ON b.id = pl.book_id
JOIN metering_point mp ON mp.id = r.metering_point_id
JOIN service_point sp ON sp.id = mp.service_point_id
JOIN customer c ON c.id = sp.customer_id
JOIN meter m ON m.id = r.meter_id
WHERE r.period = :period AND r.status = 'flagged' AND b.office_id IN :offices
ORDER BY r.money_at_risk DESC, r.id
LIMIT :limit
"""

_MISSING = """
SELECT bp.metering_point_id, pl.id AS plan_id, b.code AS book_code, c.account_no,
  c.name AS customer_name, c.customer_class, m.id AS meter_id, m.serial, mp.multiplier,
  m.registers AS meter_registers
FROM reading_plan pl
JOIN reading_book b ON b.id = pl.book_id
JOIN book_point bp ON bp.book_id = pl.book_id
JOIN metering_point mp ON mp.id = bp.metering_point_id
JOIN service_point sp ON sp.id = mp.service_point_id
JOIN customer c ON c.id = sp.customer_id
JOIN meter m ON m.metering_point_id = mp.id AND m.removed_on IS NULL
WHERE pl.period = :period AND pl.status IN ('imported', 'validated')
  AND b.office_id IN :offices
  AND c.status = 'active' AND sp.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM meter_reading r WHERE r.metering_point_id = mp.id
                  AND r.period = pl.period AND r.kind IN ('regular', 'final', 'initial')
                  AND r.status <> 'superseded')
ORDER BY bp.metering_point_id
LIMIT :limit
"""


def flagged(db: Session, offices: frozenset[int], period: int, limit: int) -> list[RowMapping]:
    return list(db.execute(_expanding(_QUEUE, "offices"),
                           {"offices": sorted(offices) or [0], "period": period,
                            "limit": limit}).mappings())


def missing(db: Session, offices: frozenset[int], period: int, limit: int) -> list[RowMapping]:
    return list(db.execute(_expanding(_MISSING, "offices"),
                           {"offices": sorted(offices) or [0], "period": period,
                            "limit": limit}).mappings())


def reading_scope(db: Session, reading_id: int) -> RowMapping | None:
    return db.execute(text(f"""
        SELECT r.id, r.plan_id, r.metering_point_id, r.meter_id, r.period, r.kind, r.read_on,
               {_REG}, r.status, r.flags, r.source, c.office_id, m.serial, pl.status AS plan_status
        FROM meter_reading r
        JOIN metering_point mp ON mp.id = r.metering_point_id
        JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id
        JOIN meter m ON m.id = r.meter_id
        LEFT JOIN reading_plan pl ON pl.id = r.plan_id
        WHERE r.id = :id"""), {"id": reading_id}).mappings().first()


def users_of_offices(db: Session, offices: frozenset[int]) -> list[RowMapping]:
    return list(db.execute(_expanding(
        "SELECT id, username, full_name, office_id FROM app_user WHERE office_id IN :offices "
        "AND NOT locked ORDER BY username", "offices"),
        {"offices": sorted(offices) or [0]}).mappings())

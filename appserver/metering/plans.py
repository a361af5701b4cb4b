"""Reading plans: one per book and period, open → imported → validated.

A plan is 'imported' once any reading of it is in, and 'validated' when every active point of
the book (customer and service point active) has a billable reading of the period (regular or
final; or the initial reading of a meter installed in the period, first read next period)
and no reading of it waits (pending, flagged or sent for re-read). A correction that
flags a reading again moves a validated plan back to 'imported'. Plans in billing are left
alone: the billing run owns them from then on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from dbschema.models.metering import BILLABLE_STATUSES

_BILLABLE = ", ".join(f"'{s}'" for s in BILLABLE_STATUSES)
WAITING = ("pending", "flagged", "reread")
_WAITING = ", ".join(f"'{s}'" for s in WAITING)
ACTIVE_POINT = "c.status = 'active' AND sp.status = 'active'"
POINT_JOINS = ("JOIN metering_point mp ON mp.id = bp.metering_point_id "
               "JOIN service_point sp ON sp.id = mp.service_point_id "
               "JOIN customer c ON c.id = sp.customer_id")

_UNREADY = f"""
SELECT pl.id, COUNT(bp.metering_point_id)
FROM reading_plan pl
JOIN book_point bp ON bp.book_id = pl.book_id
{POINT_JOINS}
WHERE pl.id IN :plans AND {ACTIVE_POINT}
  AND (NOT EXISTS (SELECT 1 FROM meter_reading r WHERE r.metering_point_id = bp.metering_point_id
                   AND r.period = pl.period AND r.kind IN ('regular', 'final', 'initial')
                   AND r.status IN ({_BILLABLE}))
       OR EXISTS (SELECT 1 FROM meter_reading w WHERE w.metering_point_id = bp.metering_point_id
                  AND w.period = pl.period AND w.status IN ({_WAITING})))
GROUP BY pl.id
"""

_WITH_READINGS = """
SELECT DISTINCT r.plan_id FROM meter_reading r
WHERE r.plan_id IN :plans AND r.status <> 'superseded'
"""


def refresh(db: Session, plan_ids: Sequence[int]) -> dict[int, str]:
    """Recompute the status of these plans from their readings; returns the new statuses."""
    if not plan_ids:
        return {}
    ids = sorted(set(plan_ids))
    unready: dict[int, int] = dict(db.execute(
        text(_UNREADY).bindparams(bindparam("plans", expanding=True)),
        {"plans": ids}).all())
    started = set(db.scalars(text(_WITH_READINGS).bindparams(
        bindparam("plans", expanding=True)), {"plans": ids}))
    current: dict[int, str] = dict(db.execute(
        text("SELECT id, status FROM reading_plan WHERE id IN :plans")
        .bindparams(bindparam("plans", expanding=True)), {"plans": ids}).all())
    changes: dict[int, str] = {}
    for plan_id, status in current.items():
        if status not in ("open", "imported", "validated"):
            continue
        wanted = ("validated" if not unready.get(plan_id) and plan_id in started
                  else "imported" if plan_id in started else "open")
        if wanted != status:
            changes[plan_id] = wanted
    if changes:
        db.execute(text("UPDATE reading_plan SET status = :status WHERE id = :id"),
                   [{"id": k, "status": v} for k, v in changes.items()])
    return {**current, **changes}


def planned_on(period: int, reading_day: int) -> date:
    return date(period // 100, period % 100, reading_day)




def create_for_period(db: Session, period: int, office_ids: frozenset[int]) -> list[int]:
    """Plans for every active book of these offices that has none for the period; the planned
    date is the book's reading day in the period. Returns the new plan ids."""
    book_ids = list(db.scalars(text(
        "SELECT b.id FROM reading_book b WHERE b.active AND b.office_id IN :offices "
        "AND NOT EXISTS (SELECT 1 FROM reading_plan p WHERE p.book_id = b.id "
        "AND p.period = :period) ORDER BY b.id").bindparams(
            bindparam("offices", expanding=True)),
        {"offices": sorted(office_ids) or [0], "period": period}))
    if not book_ids:
        return []
    days: dict[int, int] = dict(db.execute(
        text("SELECT id, reading_day FROM reading_book WHERE id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), {"ids": book_ids}).all())
    db.execute(text("INSERT INTO reading_plan (book_id, period, planned_on, status) "
                    "VALUES (:book_id, :period, :planned_on, 'open')"),
               [{"book_id": b, "period": period,
                 "planned_on": planned_on(period, days[b]).isoformat()} for b in book_ids])
    return list(db.scalars(text("SELECT id FROM reading_plan WHERE period = :period AND "
                                "book_id IN :ids ORDER BY id").bindparams(
        bindparam("ids", expanding=True)), {"period": period, "ids": book_ids}))

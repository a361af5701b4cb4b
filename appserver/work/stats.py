"""Daily rollups of finished work for the dashboard: the days before the daily job's business
date are read from ``work_day_opened`` / ``work_day_closed`` (a few rows per office and day),
only the days since from ``work_item``. The daily job ("work_norms", appserver/work/norms.py)
rebuilds both tables whole in two INSERT … SELECT … GROUP BY statements; rows carry the
business date they were built on (``built_on``), which says how far they reach. Until the
first build everything is read live. Most work is closed at the server's "now"; a fault's
arrival and restoration are entered with the time they happened, possibly after midnight, so
the job rolls up only the days before yesterday (``LIVE_DAYS``) and a later correction of an
older day shows after the next daily rebuild. The demo seeding does not build them (tests
write history in the past) — the job does on its first run.

Why: the company-wide dashboard over 30 days read 180,000 index entries of finished and
opened items (0.7–1.3 s on the loaded 2-core machine, docs/performance.md); the rollup of a
month is some thousand rows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, cast, delete, func, insert, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from appserver.core.dates import OFFICE_ZONE
from dbschema.models import WorkDayClosed, WorkDayOpened, WorkItem

LIVE_DAYS = 2  # today and yesterday are always read from work_item


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=OFFICE_ZONE)


def _local_date(db: Session, column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    if db.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("Asia/Shanghai", column), Date)
    return func.date(column, "+8 hours")


def rebuild(db: Session, on: date) -> tuple[int, int]:
    """Roll up everything opened or finished before ``on``; (rows opened, rows closed)."""
    before = _midnight(on)
    db.execute(delete(WorkDayOpened))
    db.execute(delete(WorkDayClosed))
    opened_day = _local_date(db, WorkItem.opened_at)
    db.execute(insert(WorkDayOpened).from_select(
        ["office_id", "day", "opened", "built_on"],
        select(WorkItem.office_id, opened_day, func.count(), literal(on, Date))
        .where(WorkItem.opened_at < before)
        .group_by(WorkItem.office_id, opened_day)))
    closed_day = _local_date(db, WorkItem.closed_at)
    db.execute(insert(WorkDayClosed).from_select(
        ["office_id", "day", "source", "sla_type", "step", "closed_by", "closed", "on_time",
         "used_s", "timed", "built_on"],
        select(WorkItem.office_id, closed_day, WorkItem.source, WorkItem.sla_type,
               func.min(WorkItem.step), WorkItem.closed_by, func.count(),
               func.count().filter(WorkItem.breached.is_(False)),
               func.coalesce(func.sum(WorkItem.used_s), 0), func.count(WorkItem.used_s),
               literal(on, Date))
        .where(WorkItem.status == "done", WorkItem.closed_at < before)
        .group_by(WorkItem.office_id, closed_day, WorkItem.source, WorkItem.sla_type,
                  WorkItem.closed_by)))
    return (int(db.scalar(select(func.count()).select_from(WorkDayOpened)) or 0),
            int(db.scalar(select(func.count()).select_from(WorkDayClosed)) or 0))


def built_on(db: Session) -> date | None:
    """The first day the rollups do not cover (None: no rollup yet)."""
    value = db.scalar(select(func.max(WorkDayOpened.built_on)))
    if isinstance(value, str):  # SQLite's max() of a date column
        return date.fromisoformat(value)
    return value


def split(days: tuple[date, date], cover: date | None
          ) -> tuple[tuple[date, date] | None, tuple[date, date] | None]:
    """[first, last] as (the part the rollups hold, the part to read live)."""
    first, last = days
    if cover is None or first >= cover:
        return None, days
    rolled = (first, min(last, cover - timedelta(days=1)))
    live = (cover, last) if last >= cover else None
    return rolled, live


def closed_rows(db: Session, office_ids: list[int], days: tuple[date, date]
                ) -> list[Any]:
    """Rows shaped like the dashboard's live query: source, sla_type, closed_by, day, step,
    closed, on_time, used_s, timed."""
    first, last = days
    c = WorkDayClosed
    return list(db.execute(
        select(c.source, c.sla_type, c.closed_by, c.day, func.min(c.step), func.sum(c.closed),
               func.sum(c.on_time), func.sum(c.used_s), func.sum(c.timed))
        .where(c.office_id.in_(office_ids), c.day >= first, c.day <= last)
        .group_by(c.source, c.sla_type, c.closed_by, c.day)).all())


def opened_rows(db: Session, office_ids: list[int], days: tuple[date, date]
                ) -> list[Any]:
    first, last = days
    o = WorkDayOpened
    return list(db.execute(
        select(o.day, func.sum(o.opened))
        .where(o.office_id.in_(office_ids), o.day >= first, o.day <= last)
        .group_by(o.day)).all())

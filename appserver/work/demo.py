"""The work platform's part of the demo history: what the real code paths would have left.

The service modules seed their history in bulk (no ``close_item`` per row), so finished
items lack ``used_s``; this fills it in (clock time from opening to closing less the time
paused, on the seeded calendar) and computes the typical step durations, so the dashboard's
hours per item and the predicted breaches have data. Runs after every module that seeds work
items (keep its call last in ``appserver.demo_data.seed_revenue``)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from appserver.core.dates import OFFICE_ZONE
from appserver.work import norms
from appserver.work.items import elapsed, load_calendar
from dbschema.models import WorkItem

CHUNK = 5000


def seed_work_demo(engine: Engine, today: date) -> None:
    now = datetime.combine(today, time(18), tzinfo=OFFICE_ZONE)
    with Session(engine) as db, db.begin():
        fill_used_time(db)
        norms.refresh_norms(db, now)
        after = 0
        while True:
            after, _changed = norms.repredict(db, after, CHUNK)
            if not after:
                break


def fill_used_time(db: Session) -> int:
    """Set ``used_s`` of finished items that lack it; how many."""
    calendar = load_calendar(db)
    rows = db.execute(select(WorkItem.id, WorkItem.clock, WorkItem.opened_at,
                             WorkItem.closed_at, WorkItem.paused_s)
                      .where(WorkItem.status == "done", WorkItem.used_s.is_(None))).all()
    changes = [{"id": iid, "used_s": max(0, elapsed(calendar, clock, opened, closed) - paused)}
               for iid, clock, opened, closed, paused in rows if closed is not None]
    for start in range(0, len(changes), CHUNK):
        db.execute(update(WorkItem), changes[start:start + CHUNK])
    return len(changes)

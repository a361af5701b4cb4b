"""Typical step durations and predicted breaches, refreshed once a day.

The typical clock time of a step in an office is the MEDIAN of ``used_s`` (clock time worked,
pauses excluded) of the items of that office, type and step finished in the last 90 days —
the lower median, with at least ``MIN_SAMPLES`` examples. The median, not the 75th
percentile: "predicted late" should mean "half of such items took longer than this one has",
a call to act, not a warning on every item of a slow step (docs/sla.md).

The daily job (kind "work_norms", one per business date on the lease holder) recomputes the
``work_norm`` table in one window-function statement, rebuilds the dashboard's daily rollups
(appserver/work/stats.py), then moves ``predicted_at`` of the open items whose norm changed:
opened at + typical time + the time the item was paused, on the item's clock.
``items.open_item``/``resume_item`` set it for new and resumed items.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from appserver.core import jobs
from appserver.core.dates import business_date
from appserver.core.runtime import Runtime
from appserver.work import stats
from appserver.work.items import advance, load_calendar
from dbschema.models import Job, WorkItem, WorkNorm

KIND = "work_norms"
WINDOW = timedelta(days=90)
MIN_SAMPLES = 5
CHUNK = 5000


@jobs.schedule
def enqueue_daily_norms(rt: Runtime, db: Session, now: datetime) -> None:
    on = business_date(now).isoformat()
    if db.scalar(select(Job.id).where(Job.kind == KIND, Job.dedupe_key == on)) is None:
        jobs.enqueue(db, KIND, on, {"on": on}, now)


def refresh_norms(db: Session, now: datetime) -> int:
    """Recompute every office's typical step durations; how many norms there are now."""
    group = (WorkItem.office_id, WorkItem.sla_type, WorkItem.step)
    ranked = (select(*group, WorkItem.used_s,
                     func.row_number().over(partition_by=group, order_by=WorkItem.used_s)
                     .label("rn"),
                     func.count().over(partition_by=group).label("n"))
              .where(WorkItem.status == "done", WorkItem.closed_at >= now - WINDOW,
                     WorkItem.used_s.is_not(None))
              .subquery())
    medians = (select(ranked.c.office_id, ranked.c.sla_type, ranked.c.step,
                      ranked.c.used_s, ranked.c.n)
               .where(ranked.c.n >= MIN_SAMPLES, ranked.c.rn == (ranked.c.n + 1) // 2))
    rows = db.execute(medians).all()
    db.execute(delete(WorkNorm))
    if rows:
        db.execute(insert(WorkNorm), [
            {"office_id": o, "sla_type": t, "step": s, "typical_s": int(u), "samples": int(n),
             "computed_at": now} for o, t, s, u, n in rows])
    return len(rows)


def repredict(db: Session, after_id: int, limit: int) -> tuple[int, int]:
    """Move ``predicted_at`` of up to ``limit`` open items with ids above ``after_id`` to
    their norm; (last id looked at or 0 when none is left, items changed)."""
    calendar = load_calendar(db)
    norms = {(o, t, s): typical for o, t, s, typical in db.execute(
        select(WorkNorm.office_id, WorkNorm.sla_type, WorkNorm.step, WorkNorm.typical_s))}
    rows = db.execute(
        select(WorkItem.id, WorkItem.office_id, WorkItem.sla_type, WorkItem.step,
               WorkItem.clock, WorkItem.opened_at, WorkItem.paused_s, WorkItem.predicted_at)
        .where(WorkItem.status == "open", WorkItem.id > after_id)
        .order_by(WorkItem.id).limit(limit)).all()
    changes: list[dict[str, Any]] = []
    for iid, office, sla_type, step, clock, opened, paused, predicted in rows:
        typical = norms.get((office, sla_type, step))
        new = None if typical is None else advance(calendar, clock, opened, typical + paused)
        if new != predicted:
            changes.append({"id": iid, "predicted_at": new})
    if changes:  # ORM bulk UPDATE by primary key: one executemany
        db.execute(update(WorkItem), changes)
    return (rows[-1][0] if rows else 0), len(changes)


@jobs.handler(KIND)
def run_norms(ctx: jobs.JobContext) -> dict[str, Any]:
    with ctx.rt.db.unit_of_work() as db:
        norms = refresh_norms(db, ctx.now)
    with ctx.rt.db.unit_of_work() as db:  # the dashboard's daily rollups, same schedule
        # Up to the day before yesterday: yesterday stays live, because a fault's arrival or
        # restoration may be entered after midnight with the time it really happened.
        opened_rows, closed_rows = stats.rebuild(
            db, business_date(ctx.now) - timedelta(days=stats.LIVE_DAYS - 1))
    after, changed = 0, 0
    while True:
        with ctx.rt.db.unit_of_work() as db:
            after, n = repredict(db, after, CHUNK)
        changed += n
        if not after:
            break
        ctx.progress(changed, 0, f"after item {after}")
    return {"norms": norms, "repredicted": changed, "rollup_opened_rows": opened_rows,
            "rollup_closed_rows": closed_rows}

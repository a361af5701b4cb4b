"""Batch jobs: queued in the database, run only by the holder of the batch lease.

A module registers a handler per job kind (``@handler("billing_run")``) and enqueues work
with ``enqueue`` inside a server call; the lease holder's ``JobRunner`` thread claims queued
jobs one at a time. A job whose runner stopped heartbeating (crash, kill -9, lost lease) is
claimed again by whoever holds the lease next: handlers must be restartable — they commit in
chunks and skip what an earlier attempt already committed (unique constraints guard it).

Daily work (penalty accrual) comes from ``schedule``d functions that the runner calls on
every tick; they enqueue with a dedupe key (e.g. the date), so a day's job exists once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from appserver.contract.codec import datetime_to_wire
from appserver.core.runtime import Runtime
from dbschema.models import Job

log = logging.getLogger("pmis.jobs")

STALE_AFTER = timedelta(seconds=60)  # no heartbeat this long: the runner is gone
MESSAGE_MAX = 400


class JobStopped(Exception):
    """Raised inside a handler when this server lost the lease: another will resume it."""


@dataclass
class JobContext:
    """What a handler gets: its parameters, the runtime, and progress reporting."""

    rt: Runtime
    job_id: int
    kind: str
    params: dict[str, Any]
    attempts: int
    still_holds_lease: Callable[[], bool] = field(default=lambda: True)

    @property
    def now(self) -> datetime:
        return self.rt.clock.now()

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Record progress and heartbeat in its own short transaction.

        Raises JobStopped when the lease is gone, so a handler stops between chunks."""
        if not self.still_holds_lease():
            raise JobStopped(f"job {self.job_id}: lease lost")
        with self.rt.db.unit_of_work() as db:
            db.execute(update(Job).where(Job.id == self.job_id).values(
                progress_done=done, progress_total=total, heartbeat_at=self.now,
                message=message[:MESSAGE_MAX]))


Handler = Callable[[JobContext], dict[str, Any] | None]
Scheduler = Callable[[Runtime, Session, datetime], None]
_HANDLERS: dict[str, Handler] = {}
_SCHEDULES: list[Scheduler] = []


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[kind] = fn
        return fn
    return register


def schedule(fn: Scheduler) -> Scheduler:
    """Register ``fn(rt, db, now)``: called on the lease holder every tick to enqueue due
    work (idempotently, by dedupe key)."""
    _SCHEDULES.append(fn)
    return fn


def enqueue(db: Session, kind: str, dedupe_key: str, params: dict[str, Any], now: datetime,
            office_id: int | None = None, created_by: int | None = None,
            again_if_done: bool = False) -> Job:
    """Queue a job, or return the existing one with the same kind and key.

    A failed job is queued again (a person retrying after fixing the cause); a done one too
    when ``again_if_done`` (work that may be repeated, e.g. billing what a run left)."""
    if kind not in _HANDLERS:
        raise ValueError(f"no handler for job kind {kind!r}")
    job = db.scalars(select(Job).where(Job.kind == kind, Job.dedupe_key == dedupe_key)
                     .with_for_update()).first()
    if job is None:
        job = Job(kind=kind, dedupe_key=dedupe_key, params=json.dumps(params, sort_keys=True),
                  status="queued", office_id=office_id, created_by=created_by, created_at=now)
        db.add(job)
        db.flush()
    elif job.status == "failed" or (again_if_done and job.status == "done"):
        job.status, job.message, job.finished_at = "queued", "", None
        job.progress_done = job.progress_total = 0
        db.flush()
    return job


def job_to_wire(job: Job) -> dict[str, Any]:
    return {"id": job.id, "kind": job.kind, "status": job.status,
            "done": job.progress_done, "total": job.progress_total, "message": job.message,
            "attempts": job.attempts, "created_at": datetime_to_wire(job.created_at),
            "started_at": datetime_to_wire(job.started_at) if job.started_at else None,
            "finished_at": datetime_to_wire(job.finished_at) if job.finished_at else None,
            "result": json.loads(job.result or "{}")}


def claim_next(rt: Runtime, runner: str) -> JobContext | None:
    """Take the oldest queued job, or a running one whose runner went silent."""
    now = rt.clock.now()
    with rt.db.unit_of_work() as db:
        query = (select(Job).where(or_(Job.status == "queued",
                                       (Job.status == "running")
                                       & (Job.heartbeat_at < now - STALE_AFTER)))
                 .order_by(Job.id).limit(1))
        if rt.db.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        job = db.scalars(query).first()
        if job is None or job.kind not in _HANDLERS:
            return None
        job.status, job.runner, job.attempts = "running", runner, job.attempts + 1
        job.started_at = job.started_at or now
        job.heartbeat_at = now
        return JobContext(rt, job.id, job.kind, json.loads(job.params), job.attempts)


def run(ctx: JobContext) -> str:
    """Run one claimed job to its end; returns the final status."""
    try:
        result = _HANDLERS[ctx.kind](ctx) or {}
    except JobStopped:
        log.warning("job %s (%s) stopped: lease lost; the next holder resumes it",
                    ctx.job_id, ctx.kind)
        return "running"
    except Exception as exc:
        log.exception("job %s (%s) failed", ctx.job_id, ctx.kind)
        _finish(ctx, "failed", {}, f"{type(exc).__name__}: {exc}")
        return "failed"
    _finish(ctx, "done", result, "")
    return "done"


def _finish(ctx: JobContext, status: str, result: dict[str, Any], message: str) -> None:
    with ctx.rt.db.unit_of_work() as db:
        values: dict[str, Any] = {"status": status, "finished_at": ctx.now,
                                  "heartbeat_at": ctx.now, "result": json.dumps(result)}
        if message or status == "failed":
            values["message"] = message[:MESSAGE_MAX]
        db.execute(update(Job).where(Job.id == ctx.job_id).values(**values))


def run_due(rt: Runtime, runner: str, holds_lease: Callable[[], bool] = lambda: True,
            limit: int = 100) -> int:
    """Enqueue scheduled work, then run queued jobs until none is left (or ``limit``).

    The runner thread calls this on every tick; tests call it directly."""
    if not holds_lease():
        return 0
    now = rt.clock.now()
    for scheduler in _SCHEDULES:
        try:
            with rt.db.unit_of_work() as db:
                scheduler(rt, db, now)
        except Exception:
            log.exception("scheduler %s failed", getattr(scheduler, "__name__", scheduler))
    ran = 0
    while ran < limit and holds_lease():
        ctx = claim_next(rt, runner)
        if ctx is None:
            break
        ctx.still_holds_lease = holds_lease
        run(ctx)
        ran += 1
    return ran


class JobRunner(threading.Thread):
    """Runs due jobs on the lease holder; does nothing on the other servers."""

    def __init__(self, rt: Runtime, holds_lease: Callable[[], bool],
                 interval_s: float = 2.0) -> None:
        super().__init__(name="job-runner", daemon=True)
        self.rt = rt
        self.holds_lease = holds_lease
        self.interval_s = interval_s
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                run_due(self.rt, self.rt.config.name, self.holds_lease)
            except Exception:  # the database may be down; try again next tick
                log.exception("job runner tick failed")
            self.stop_event.wait(self.interval_s)

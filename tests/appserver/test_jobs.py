"""Batch jobs: queued once per key, run only while holding the lease, resumed after a crash,
failures recorded and retried on request, progress visible through system.get_job."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.contract.errors import NotFound
from appserver.core import jobs
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime
from dbschema.models import Job
from tests.helpers.api import Clients, office_id

pytestmark = pytest.mark.pg

RUNS: list[dict[str, Any]] = []


@jobs.handler("test_counting")
def _counting(ctx: jobs.JobContext) -> dict[str, Any]:
    """Counts to params['n'] in chunks, resuming from params-independent progress: it stops
    (as if killed) when params['crash_at'] is reached on the first attempt."""
    n, crash_at = ctx.params["n"], ctx.params.get("crash_at")
    for done in range(1, n + 1):
        if crash_at == done and ctx.attempts == 1:
            raise jobs.JobStopped("simulated loss of the lease")
        ctx.progress(done, n, f"{done} of {n}")
    RUNS.append({"job": ctx.job_id, "attempt": ctx.attempts})
    return {"counted": n}


@jobs.handler("test_failing")
def _failing(ctx: jobs.JobContext) -> None:
    raise RuntimeError("the input file is unreadable")


def _enqueue(rt: Runtime, kind: str, key: str, params: dict[str, Any],
             office: int | None = None) -> int:
    with rt.db.unit_of_work() as db:
        return jobs.enqueue(db, kind, key, params, rt.clock.now(), office_id=office).id


def _job(db: Session, job_id: int) -> Job:
    db.expire_all()
    job = db.get(Job, job_id)
    assert job is not None
    return job


def test_a_job_is_queued_once_per_key_and_runs_to_done(pg_runtime: Runtime,
                                                      db: Session) -> None:
    jobs.run_due(pg_runtime, "test1")  # today's scheduled work (penalties, work norms) first
    first = _enqueue(pg_runtime, "test_counting", "k1", {"n": 3})
    assert _enqueue(pg_runtime, "test_counting", "k1", {"n": 3}) == first
    assert jobs.run_due(pg_runtime, "test1") == 1
    job = _job(db, first)
    assert (job.status, job.progress_done, job.progress_total) == ("done", 3, 3)
    assert job.runner == "test1" and job.attempts == 1 and job.finished_at is not None
    assert jobs.run_due(pg_runtime, "test1") == 0  # nothing left


def test_nothing_runs_without_the_lease(pg_runtime: Runtime, db: Session) -> None:
    job_id = _enqueue(pg_runtime, "test_counting", "k2", {"n": 1})
    assert jobs.run_due(pg_runtime, "standby", holds_lease=lambda: False) == 0
    assert _job(db, job_id).status == "queued"


def test_a_job_whose_runner_died_is_resumed_by_the_next_holder(pg_runtime: Runtime,
                                                              db: Session,
                                                              clock: FixedClock) -> None:
    job_id = _enqueue(pg_runtime, "test_counting", "k3", {"n": 5, "crash_at": 3})
    jobs.run_due(pg_runtime, "primary")
    job = _job(db, job_id)
    assert (job.status, job.progress_done) == ("running", 2)  # stopped mid-way
    assert jobs.run_due(pg_runtime, "standby") == 0  # heartbeat still fresh: not stolen
    clock.advance(jobs.STALE_AFTER + timedelta(seconds=1))
    assert jobs.run_due(pg_runtime, "standby") == 1
    job = _job(db, job_id)
    assert (job.status, job.runner, job.attempts, job.progress_done) == ("done", "standby",
                                                                          2, 5)


def test_a_failure_is_recorded_and_a_new_request_retries_it(pg_runtime: Runtime,
                                                           db: Session) -> None:
    job_id = _enqueue(pg_runtime, "test_failing", "k4", {})
    jobs.run_due(pg_runtime, "test1")
    job = _job(db, job_id)
    assert job.status == "failed" and "unreadable" in job.message
    assert _enqueue(pg_runtime, "test_failing", "k4", {}) == job_id
    assert _job(db, job_id).status == "queued"


def test_unknown_kinds_are_refused_at_enqueue(pg_runtime: Runtime) -> None:
    with pytest.raises(ValueError):
        _enqueue(pg_runtime, "no_such_kind", "k5", {})


def test_schedules_enqueue_due_work_on_each_tick(pg_runtime: Runtime, db: Session) -> None:
    def daily(rt: Runtime, session: Session, now: datetime) -> None:
        jobs.enqueue(session, "test_counting", f"daily-{now:%Y-%m-%d}", {"n": 1}, now)

    jobs.schedule(daily)
    try:
        jobs.run_due(pg_runtime, "test1")
        jobs.run_due(pg_runtime, "test1")
    finally:
        jobs._SCHEDULES.remove(daily)
    keys = db.scalars(select(Job.dedupe_key).where(Job.dedupe_key.like("daily-%"))).all()
    assert len(keys) == 1


def test_progress_is_visible_to_the_office_and_hidden_from_others(api: Clients,
                                                                 db: Session) -> None:
    job_id = _enqueue(api.runtime, "test_counting", "k6", {"n": 2}, office_id(db, "DH"))
    jobs.run_due(api.runtime, "test1")
    seen = api.as_user("dh.reader").call(contract.OBJECT_SYSTEM, "get_job", job_id)
    assert (seen["status"], seen["done"], seen["total"], seen["result"]) == (
        "done", 2, 2, {"counted": 2})
    with pytest.raises(Exception) as refused:
        api.as_user("xh.reader").call(contract.OBJECT_SYSTEM, "get_job", job_id)
    assert type(refused.value).__name__ == "PermissionDenied"
    with pytest.raises(NotFound):
        api.as_user("dh.reader").call(contract.OBJECT_SYSTEM, "get_job", 999_999)


def test_a_done_job_runs_again_only_when_asked(pg_runtime: Runtime, db: Session) -> None:
    job_id = _enqueue(pg_runtime, "test_counting", "k7", {"n": 2})
    jobs.run_due(pg_runtime, "test1")
    assert _enqueue(pg_runtime, "test_counting", "k7", {"n": 2}) == job_id
    assert _job(db, job_id).status == "done"  # a plain repeat finds the finished job
    with pg_runtime.db.unit_of_work() as session:
        jobs.enqueue(session, "test_counting", "k7", {"n": 2}, pg_runtime.clock.now(),
                     again_if_done=True)
    job = _job(db, job_id)
    assert (job.status, job.progress_done) == ("queued", 0)
    jobs.run_due(pg_runtime, "test1")
    assert _job(db, job_id).status == "done"

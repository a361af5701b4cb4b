"""The billing run as a batch job: on the lease holder only, in chunks, restartable.

Each chunk commits its bills, lines, ledger entries and failed points together, then reports
progress (which also stops the job when this server lost the lease). A restart — after a
crash, kill -9, or a lost lease — starts again from the points that have no live bill for
the period yet; the partial UNIQUE index on bill (metering_point_id, period) makes a second
regular bill impossible whatever happens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from appserver.billing import run_repository as repo
from appserver.billing.bulk_rating import Rater
from appserver.billing.fast_rating import fast_rater
from appserver.billing.rating import TariffCatalog
from appserver.billing.run_chunk import Chunk, ChunkRows, rate_chunk, write_chunk
from appserver.billing.run_inputs import RunSettings
from appserver.billing.tariff_store import approved_catalog
from appserver.core import jobs
from appserver.core.dates import business_date
from appserver.core.runtime import Runtime
from appserver.core.settings import setting
from appserver.payments.ledger import lock_customer, settle
from dbschema.models import BillingRun, ReadingPlan

log = logging.getLogger("pmis.billing.run")

JOB_KIND = "billing_run"
CHUNK_SIZE = 10_000
# Below this many points a run rates in the server process; above, worker processes rate
# chunks in parallel (PostgreSQL only: each worker reads through its own connection).
PARALLEL_FROM = 50_000
WORKERS = 2

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RunPlan:
    settings: RunSettings
    book_id: int
    total: int
    already: int
    chunks: list[Chunk]


@jobs.handler(JOB_KIND)
def billing_run_job(ctx: jobs.JobContext) -> dict[str, Any]:
    run_id = int(ctx.params["run_id"])
    try:
        return execute(ctx.rt, run_id, ctx.progress)
    except jobs.JobStopped:
        raise
    except Exception:
        with ctx.rt.db.unit_of_work() as db:
            repo.set_run(db, run_id, status="failed", finished_at=ctx.now)
        raise


def execute(rt: Runtime, run_id: int, progress: Progress, *, chunk_size: int | None = None,
            workers: int | None = None,
            after_chunk: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Bill every point of the run's book that has no bill for the period yet."""
    with rt.db.unit_of_work() as db:
        plan = prepare(db, rt, run_id, chunk_size or CHUNK_SIZE)
        catalog = approved_catalog(db)
    done = plan.already
    progress(done, plan.total, "")
    use = workers if workers is not None else (
        WORKERS if rt.db.dialect == "postgresql" and plan.total - done >= PARALLEL_FROM else 0)
    for chunk, rows in _rated_chunks(rt, plan, catalog, use):
        with rt.db.unit_of_work() as db:
            write_chunk(db, rows)
            _apply_credit(db, run_id, rows, plan.settings, rt)
        done += len(chunk.point_ids)
        progress(done, plan.total, f"chunk {chunk.number}/{len(plan.chunks)}")
        if after_chunk is not None:
            after_chunk(chunk.number)
    return finish(rt, run_id, plan.book_id, plan.settings.period)


def prepare(db: Session, rt: Runtime, run_id: int, chunk_size: int) -> RunPlan:
    run = db.get(BillingRun, run_id)
    if run is None:
        raise ValueError(f"billing run {run_id} does not exist")
    now = rt.clock.now()
    today = business_date(now)
    repo.set_run(db, run_id, status="running", finished_at=None)
    repo.clear_errors(db, run_id)  # derived again: a restart re-tries the failed points
    db.execute(update(ReadingPlan).where(ReadingPlan.book_id == run.book_id,
                                         ReadingPlan.period == run.period)
               .values(status="billing"))
    due_days = int(setting(db, "billing.due_days", today))
    settings = RunSettings(run_id, run.period, run.created_by, today,
                           today + timedelta(days=due_days),
                           Decimal(setting(db, "billing.review_high_ratio", today)),
                           Decimal(setting(db, "billing.review_low_ratio", today)))
    ids = repo.unbilled_point_ids(db, run.book_id, run.period)
    total = repo.count_points(db, run.book_id)
    chunks = [Chunk(n, part[0], part[-1], tuple(part))
              for n, part in enumerate(_split(ids, chunk_size), start=1)]
    return RunPlan(settings, run.book_id, total, total - len(ids), chunks)


def _split(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _rated_chunks(rt: Runtime, plan: RunPlan, catalog: TariffCatalog,
                  workers: int) -> Iterator[tuple[Chunk, ChunkRows]]:
    if workers > 0:
        from appserver.billing.run_workers import parallel_chunks

        yield from parallel_chunks(rt, plan.chunks, plan.book_id, plan.settings, catalog,
                                   workers)
        return
    rater: Rater = fast_rater(catalog)
    for chunk in plan.chunks:
        with rt.db.unit_of_work() as db:
            ids = tuple(repo.allocate_bill_ids(db, len(chunk.point_ids)))
            rows = rate_chunk(db, Chunk(chunk.number, chunk.lo, chunk.hi, chunk.point_ids,
                                        ids), plan.book_id, plan.settings, catalog, rater,
                              rt.clock.now())
        yield chunk, rows


def _apply_credit(db: Session, run_id: int, rows: ChunkRows, s: RunSettings,
                  rt: Runtime) -> None:
    """Prepaid credit pays the new bills: settle only the customers who have some."""
    if not rows.released:
        return
    now = rt.clock.now()
    for customer_id in repo.credit_customers(db, run_id, rows.first_bill, rows.last_bill):
        lock_customer(db, customer_id)
        settle(db, customer_id, now, s.business_date)


def finish(rt: Runtime, run_id: int, book_id: int, period: int) -> dict[str, Any]:
    with rt.db.unit_of_work() as db:
        bills, review, total = repo.run_totals(db, run_id)
        errors = repo.error_count(db, run_id)
        repo.set_run(db, run_id, status="done", finished_at=rt.clock.now(), bills_count=bills,
                     review_count=review, total_amount=total)
        db.execute(update(ReadingPlan).where(ReadingPlan.book_id == book_id,
                                             ReadingPlan.period == period)
                   .values(status="billed"))
    log.info("billing run %s: %s bills, %s for review, %s yuan, %s points not billed",
             run_id, bills, review, total, errors)
    return {"run_id": run_id, "bills": bills, "review": review, "total": f"{total:.2f}",
            "errors": errors}

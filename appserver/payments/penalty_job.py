"""The daily penalty accrual: a batch job on the lease holder, once per business date.

The schedule enqueues "penalty_accrual" with the business date as dedupe key, so a day's job
exists once whichever server holds the lease. The handler finds the customers with overdue
bill debits in one set-based query, then works through them in chunks, each chunk its own
transaction: lock the chunk's customers (in id order, so a counter payment waits instead of
posting the same penalty), post the increments (penalties.accrue), report progress. A job
that stopped (crash, lost lease) is run again from the start by the next holder; chunks that
were committed find their debits accrued to the day already and post nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core import jobs
from appserver.core.dates import business_date
from appserver.core.runtime import Runtime
from appserver.payments import penalties
from dbschema.models import Allocation, Customer, Job, LedgerEntry

KIND = "penalty_accrual"
CHUNK = 2000


@jobs.schedule
def enqueue_daily_accrual(rt: Runtime, db: Session, now: datetime) -> None:
    """Queue today's accrual (a no-op once the day's job exists). A failed day is not queued
    again on every tick: a person retries it after fixing the cause."""
    on = business_date(now)
    exists = db.scalar(select(Job.id).where(Job.kind == KIND, Job.dedupe_key == on.isoformat()))
    if exists is None:
        jobs.enqueue(db, KIND, on.isoformat(), {"on": on.isoformat()}, now)


def customers_in_arrears(db: Session, on: date) -> list[int]:
    """Ids of the customers with a bill debit past due on ``on`` and not fully settled."""
    settled = (select(Allocation.debit_entry_id, func.sum(Allocation.amount).label("amount"))
               .group_by(Allocation.debit_entry_id).subquery())
    query = (select(LedgerEntry.customer_id)
             .outerjoin(settled, settled.c.debit_entry_id == LedgerEntry.id)
             .where(LedgerEntry.entry_type == "bill", LedgerEntry.due_on < on,
                    LedgerEntry.amount - func.coalesce(settled.c.amount, 0)
                    > penalties.HALF_FEN)
             .group_by(LedgerEntry.customer_id).order_by(LedgerEntry.customer_id))
    return list(db.scalars(query))


def customers_owing_not_overdue(db: Session, on: date) -> list[int]:
    """Ids of the customers with an open bill not yet due on ``on`` (and none overdue)."""
    settled = (select(Allocation.debit_entry_id, func.sum(Allocation.amount).label("amount"))
               .group_by(Allocation.debit_entry_id).subquery())
    query = (select(LedgerEntry.customer_id)
             .outerjoin(settled, settled.c.debit_entry_id == LedgerEntry.id)
             .where(LedgerEntry.entry_type == "bill", LedgerEntry.due_on >= on,
                    LedgerEntry.amount - func.coalesce(settled.c.amount, 0)
                    > penalties.HALF_FEN)
             .group_by(LedgerEntry.customer_id).order_by(LedgerEntry.customer_id))
    overdue = set(customers_in_arrears(db, on))
    return [cid for cid in db.scalars(query) if cid not in overdue]


def lock_customers(db: Session, customer_ids: list[int]) -> None:
    """Row-lock a chunk of customers in id order (no-op on SQLite, whose writers are serial)."""
    db.execute(select(Customer.id).where(Customer.id.in_(customer_ids))
               .order_by(Customer.id).with_for_update())


def accrue_chunk(db: Session, customer_ids: list[int], on: date,
                 now: datetime) -> penalties.AccrualStats:
    """Lock the customers, then post their penalty increments (one transaction)."""
    lock_customers(db, customer_ids)
    return penalties.accrue(db, customer_ids, on, now)


def accrue_all(rt: Runtime, on: date, progress: Any = None,
               chunk: int | None = None) -> penalties.AccrualStats:
    """Every customer in arrears, chunk by chunk; ``progress(done, total)`` after each."""
    chunk = chunk or CHUNK
    with rt.db.unit_of_work() as db:
        ids = customers_in_arrears(db, on)
    total = penalties.AccrualStats()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        with rt.db.unit_of_work() as db:
            total.add(accrue_chunk(db, part, on, rt.clock.now()))
        if progress is not None:
            progress(start + len(part), len(ids))
    return total


@jobs.handler(KIND)
def run_accrual(ctx: jobs.JobContext) -> dict[str, Any]:
    on = date.fromisoformat(ctx.params["on"])

    def report(done: int, total: int) -> None:
        ctx.progress(done, total, f"{done} / {total}")

    return stats_dict(on, accrue_all(ctx.rt, on, report))


def stats_dict(on: date, stats: penalties.AccrualStats) -> dict[str, Any]:
    """The job's result as shown by system.get_job."""
    return {"on": on.isoformat(), "debits": stats.debits,
            "customers_charged": stats.customers_charged, "entries": stats.entries,
            "amount": str(stats.amount.quantize(Decimal("0.01")))}

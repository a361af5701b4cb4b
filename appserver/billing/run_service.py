"""Rules of billing runs: who may start one, when, and what the client sees of it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.billing import run_job
from appserver.contract.codec import decimal_to_wire, period_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core import jobs
from appserver.core.rpc import Call
from dbschema.models import (
    BillingRun,
    BillingRunError,
    BookPoint,
    Customer,
    Job,
    MeteringPoint,
    ReadingBook,
    ReadingPlan,
    ServicePoint,
)

BILLABLE_PLAN = ("validated", "billing", "billed")  # billing/billed: a later run of the same
ERRORS_SHOWN = 500


def list_runs(call: Call, period: int) -> list[dict[str, Any]]:
    db = call.db
    points = (select(BookPoint.book_id, func.count().label("points"))
              .group_by(BookPoint.book_id).subquery())
    rows = db.execute(
        select(ReadingBook, ReadingPlan.status, func.coalesce(points.c.points, 0), BillingRun)
        .outerjoin(ReadingPlan, (ReadingPlan.book_id == ReadingBook.id)
                   & (ReadingPlan.period == period))
        .outerjoin(points, points.c.book_id == ReadingBook.id)
        .outerjoin(BillingRun, (BillingRun.book_id == ReadingBook.id)
                   & (BillingRun.period == period))
        .where(ReadingBook.office_id.in_(sorted(call.user.visible_office_ids)),
               ReadingBook.active.is_(True))
        .order_by(ReadingBook.code)).all()
    return [{"book_id": book.id, "book_code": book.code, "book_name": book.name,
             "office_id": book.office_id, "points": int(count), "plan_status": plan_status,
             "run": None if run is None else run_to_wire(db, run)}
            for book, plan_status, count, run in rows]


def run_to_wire(db: Session, run: BillingRun) -> dict[str, Any]:
    job = db.get(Job, run.job_id) if run.job_id is not None else None
    errors = db.scalar(select(func.count()).select_from(BillingRunError)
                       .where(BillingRunError.run_id == run.id)) or 0
    result = json.loads(job.result or "{}") if job is not None else {}
    return {"id": run.id, "book_id": run.book_id, "period": period_to_wire(run.period),
            "status": run.status, "bills": run.bills_count, "review": run.review_count,
            "released": run.bills_count - run.review_count,
            "total": decimal_to_wire(run.total_amount), "errors": int(errors),
            "job": None if job is None else jobs.job_to_wire(job) | {"result": result},
            "created_at": run.created_at.isoformat(),
            "finished_at": run.finished_at.isoformat() if run.finished_at else None}


def _book(call: Call, book_id: int) -> ReadingBook:
    book = call.db.get(ReadingBook, book_id)
    if book is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_reading_book")))
    call.require_office(book.office_id)
    return book


def _run(call: Call, run_id: int) -> BillingRun:
    run = call.db.get(BillingRun, run_id)
    if run is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_billing_run")))
    call.require_office(_book_office(call.db, run.book_id))
    return run


def _book_office(db: Session, book_id: int) -> int | None:
    return db.scalar(select(ReadingBook.office_id).where(ReadingBook.id == book_id))


def start_run(call: Call, book_id: int, period: int) -> dict[str, Any]:
    book = _book(call, book_id)
    plan = call.db.scalars(select(ReadingPlan).where(ReadingPlan.book_id == book.id,
                                                     ReadingPlan.period == period)
                           .with_for_update()).first()
    wire = period_to_wire(period)
    if plan is None:
        raise UserError(call.msg("billing_run_no_plan", book=book.code, period=wire))
    if plan.status not in BILLABLE_PLAN:
        raise UserError(call.msg("billing_run_plan_not_validated", book=book.code, period=wire,
                                 status=call.msg(f"billing_plan_status_{plan.status}")))
    run = call.db.scalars(select(BillingRun).where(BillingRun.book_id == book.id,
                                                   BillingRun.period == period)
                          .with_for_update()).first()
    if run is not None and run.status in ("queued", "running"):
        raise UserError(call.msg("billing_run_in_progress", book=book.code, period=wire,
                                 status=call.msg(f"billing_run_status_{run.status}")))
    if run is None:
        run = BillingRun(book_id=book.id, period=period, status="queued",
                         created_by=call.user.user_id, created_at=call.now)
        call.db.add(run)
        call.db.flush()
    job = _queue(call, run, book)
    call.audit("billing_run", run.id, book=book.code, period=wire, job_id=job.id)
    return {"run_id": run.id, "job_id": job.id}


def _queue(call: Call, run: BillingRun, book: ReadingBook) -> Job:
    """Queue the run's job (one job per book and period: a later run re-queues it)."""
    job = jobs.enqueue(call.db, run_job.JOB_KIND, f"{book.id}:{run.period}",
                       {"run_id": run.id}, call.now, office_id=book.office_id,
                       created_by=call.user.user_id, again_if_done=True)
    run.status, run.job_id, run.finished_at = "queued", job.id, None
    call.db.flush()
    return job


def get_run(call: Call, run_id: int) -> dict[str, Any]:
    run = _run(call, run_id)
    data = run_to_wire(call.db, run)
    data["errors"] = _errors(call.db, run.id)
    return data


def _errors(db: Session, run_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        select(BillingRunError.metering_point_id, MeteringPoint.code, Customer.id,
               Customer.account_no, Customer.name, BillingRunError.reason,
               BillingRunError.detail)
        .join(MeteringPoint, MeteringPoint.id == BillingRunError.metering_point_id)
        .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
        .join(Customer, Customer.id == ServicePoint.customer_id)
        .where(BillingRunError.run_id == run_id)
        .order_by(BillingRunError.metering_point_id).limit(ERRORS_SHOWN))
    return [{"metering_point_id": point_id, "metering_point_code": point_code,
             "customer_id": customer_id, "account_no": account, "customer_name": name,
             "reason": reason, "detail": detail}
            for point_id, point_code, customer_id, account, name, reason, detail in rows]


def restart_run(call: Call, run_id: int) -> dict[str, Any]:
    run = _run(call, run_id)
    if run.status != "failed":
        raise UserError(call.msg("billing_run_not_failed",
                                 status=call.msg(f"billing_run_status_{run.status}")))
    book = _book(call, run.book_id)
    job = _queue(call, run, book)
    call.audit("billing_run", run.id, book=book.code, period=period_to_wire(run.period),
               job_id=job.id, restart=True)
    return {"run_id": run.id, "job_id": job.id}

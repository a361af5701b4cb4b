"""Penalty accrual against the ledger (PostgreSQL): the daily job posts once per day and only
on the lease holder, resumes after a stop, ``bring_up_to_date`` is idempotent, both year
boundary conventions, partial payments, and a payment in full stops the penalty."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.contract.errors import PermissionDenied, UserError
from appserver.core import jobs
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime
from appserver.payments import penalties, penalty_job
from dbschema.models import Allocation, Job, LedgerEntry, PenaltyPosting, Setting
from tests.appserver.collection_helpers import (
    at_local,
    bill_debt,
    new_customer,
    pay,
    penalties_of,
)
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg
D = Decimal


def _set(db: Session, key: str, value: str, clock: FixedClock) -> None:
    db.add(Setting(key=key, effective_from=date(2000, 1, 1), value=value,
                   created_at=clock.now()))
    db.flush()


def test_the_daily_job_posts_once_per_day(pg_runtime: Runtime, db: Session,
                                          clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "5000.00", date(2026, 11, 15), 202610, now)  # 5.00 a day
    jobs.run_due(pg_runtime, "test1")
    assert penalties_of(db, c.id) == [D("25.00")]  # 11-16 .. 11-20
    jobs.run_due(pg_runtime, "test1")
    at_local(clock, date(2026, 11, 20), hour=22)
    jobs.run_due(pg_runtime, "test1")
    assert penalties_of(db, c.id) == [D("25.00")]
    at_local(clock, date(2026, 11, 22))
    jobs.run_due(pg_runtime, "test1")
    assert penalties_of(db, c.id) == [D("25.00"), D("10.00")]
    keys = db.scalars(select(Job.dedupe_key).where(Job.kind == "penalty_accrual",
                                                   Job.dedupe_key >= "2026-11-20",
                                                   Job.dedupe_key <= "2026-11-22")).all()
    assert sorted(keys) == ["2026-11-20", "2026-11-22"]  # one job per business date
    posted = db.scalars(select(PenaltyPosting).where(PenaltyPosting.customer_id == c.id)
                        .order_by(PenaltyPosting.id)).all()
    assert [(p.accrued_to, p.overdue_days, p.due_total, p.amount) for p in posted] == [
        (date(2026, 11, 20), 5, D("25.00"), D("25.00")),
        (date(2026, 11, 22), 7, D("35.00"), D("10.00"))]


def test_the_job_runs_only_on_the_lease_holder(pg_runtime: Runtime, db: Session,
                                               clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "100.00", date(2026, 11, 1), 202610, now)
    assert jobs.run_due(pg_runtime, "standby", holds_lease=lambda: False) == 0
    assert penalties_of(db, c.id) == []
    assert db.scalars(select(Job).where(Job.kind == "penalty_accrual",
                                        Job.dedupe_key == "2026-11-20")).first() is None


def test_a_stopped_job_resumes_without_posting_twice(pg_runtime: Runtime, db: Session,
                                                     clock: FixedClock,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    now = at_local(clock, date(2026, 11, 20))
    customers = [new_customer(db) for _ in range(3)]
    for c in customers:
        bill_debt(db, c, "1000.00", date(2026, 11, 10), 202610, now)
    monkeypatch.setattr(penalty_job, "CHUNK", 1)
    stops = iter([True])

    def lease() -> bool:  # lost right after the first chunk's progress report
        return next(stops, False)

    with pg_runtime.db.unit_of_work() as s:
        job_id = jobs.enqueue(s, "penalty_accrual", "2026-11-20", {"on": "2026-11-20"},
                              now).id
    ctx = jobs.claim_next(pg_runtime, "primary")
    assert ctx is not None and ctx.job_id == job_id
    ctx.still_holds_lease = lease
    assert jobs.run(ctx) == "running"  # stopped mid-way
    db.expire_all()
    stopped = db.get(Job, job_id)
    assert stopped is not None and stopped.status == "running"
    assert 0 < stopped.progress_done < stopped.progress_total  # some chunks committed
    db.execute(update(Job).where(Job.id == job_id).values(
        heartbeat_at=datetime(2000, 1, 1, tzinfo=now.tzinfo)))
    jobs.run_due(pg_runtime, "standby")
    assert [penalties_of(db, c.id) for c in customers] == [[D("10.00")]] * 3
    db.expire_all()
    assert db.get(Job, job_id).status == "done"  # type: ignore[union-attr]


def test_bring_up_to_date_is_idempotent_within_a_day(db: Session, clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "100.00", date(2026, 11, 15), 202610, now)
    penalties.bring_up_to_date(db, c, date(2026, 11, 20), now)
    penalties.bring_up_to_date(db, c, date(2026, 11, 20), now)
    assert penalties_of(db, c.id) == [D("1.00")]  # 0.50 computed: the minimum
    penalties.bring_up_to_date(db, c, date(2026, 11, 25), now)
    assert penalties_of(db, c.id) == [D("1.00")]  # 1.00 computed on 11-25: nothing more
    penalties.bring_up_to_date(db, c, date(2026, 11, 26), now)
    assert penalties_of(db, c.id) == [D("1.00"), D("0.10")]


@pytest.mark.parametrize(("boundary", "on_dec_31", "on_jan_10"), [
    ("split_at_year_end", D("20.00"), D("50.00")),
    ("whole_debt_by_due_year", D("20.00"), D("60.00")),
])
def test_year_boundary_conventions(db: Session, clock: FixedClock, boundary: str,
                                   on_dec_31: Decimal, on_jan_10: Decimal) -> None:
    _set(db, "payments.penalty_year_boundary", boundary, clock)
    now = at_local(clock, date(2025, 12, 10))
    c = new_customer(db, customer_class="commercial")
    bill_debt(db, c, "1000.00", date(2025, 12, 21), 202511, now)
    penalties.bring_up_to_date(db, c, date(2025, 12, 31), now)
    penalties.bring_up_to_date(db, c, date(2026, 1, 10), now)
    posted = penalties_of(db, c.id)
    assert posted[0] == on_dec_31 and sum(posted) == on_jan_10


def test_a_payment_in_full_stops_the_penalty(db: Session, clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    debt = bill_debt(db, c, "5000.00", date(2026, 11, 15), 202610, now)
    payment = pay(db, c, "5025.00", now)  # 5 days' penalty is posted first, then settled
    assert penalties_of(db, c.id) == [D("25.00")]
    for later in (date(2026, 11, 21), date(2026, 12, 31)):
        penalties.bring_up_to_date(db, c, later, at_local(clock, later))
    assert penalties_of(db, c.id) == [D("25.00")]
    settled = db.scalars(select(Allocation.debit_entry_id).join(
        LedgerEntry, LedgerEntry.id == Allocation.credit_entry_id)
        .where(LedgerEntry.payment_id == payment.id)).all()
    assert debt in settled and len(settled) == 2  # the bill and its penalty


def test_a_partial_payment_reduces_the_principal_from_the_next_day(
        db: Session, clock: FixedClock) -> None:
    _set(db, "payments.allocation_order", "principal_first", clock)
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "5000.00", date(2026, 11, 15), 202610, now)
    pay(db, c, "3000.00", now)  # 25.00 penalty to 11-20, then 3000 of the principal
    later = date(2026, 11, 25)
    penalties.bring_up_to_date(db, c, later, at_local(clock, later))
    assert penalties_of(db, c.id) == [D("25.00"), D("10.00")]  # 5 days on 2000.00


def test_penalties_bear_no_penalty(db: Session, clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "5000.00", date(2026, 11, 15), 202610, now)
    penalties.bring_up_to_date(db, c, date(2026, 11, 20), now)
    later = date(2026, 12, 20)
    penalties.bring_up_to_date(db, c, later, at_local(clock, later))
    assert sum(penalties_of(db, c.id)) == D("175.00")  # 35 days × 5.00, none on penalties


def test_the_explanation_matches_what_is_posted(db: Session, clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "100.00", date(2026, 11, 15), 202610, now)
    penalties.bring_up_to_date(db, c, date(2026, 11, 20), now)
    [row] = penalties.explain_customer(db, c.id, date(2026, 11, 20))
    assert (row.due, row.posted, row.overdue_days) == (D("1.00"), D("1.00"), 5)
    assert "100.00 × 1‰ × 5 d" in row.explanation


def test_a_waiver_settles_open_penalty_and_the_accrual_goes_on(
        api: Clients, db: Session, clock: FixedClock) -> None:
    head = api.as_user("dh.head")
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "5000.00", date(2026, 11, 15), 202610, now)
    with pytest.raises(UserError, match=r"25\.00"):  # 5 days: 25.00 open, not more
        head.call(contract.OBJECT_PAYMENTS, "waive_penalty", c.id, "30.00", "hardship",
                  write=True)
    result = head.call(contract.OBJECT_PAYMENTS, "waive_penalty", c.id, "20.00",
                       "first late payment in ten years", write=True)
    assert (result["amount"], result["open_penalty"]) == ("20.00", "5.00")
    entry = db.get(LedgerEntry, result["entry_id"])
    assert entry is not None and (entry.entry_type, entry.amount) == ("adjustment",
                                                                      D("-20.00"))
    assert "first late payment" in entry.note
    later = date(2026, 11, 22)
    penalties.bring_up_to_date(db, c, later, at_local(clock, later))
    assert penalties_of(db, c.id) == [D("25.00"), D("10.00")]  # the waiver stops nothing
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(PermissionDenied):
        clerk.call(contract.OBJECT_PAYMENTS, "waive_penalty", c.id, "1.00", "x", write=True)


def test_a_failed_day_is_not_retried_on_every_tick(pg_runtime: Runtime, db: Session,
                                                   clock: FixedClock,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    at_local(clock, date(2026, 11, 21))

    def broken(rt: Runtime, on: date, progress: object = None,
               chunk: int | None = None) -> None:
        raise RuntimeError("database full")

    monkeypatch.setattr(penalty_job, "accrue_all", broken)
    jobs.run_due(pg_runtime, "test1")
    assert jobs.run_due(pg_runtime, "test1") == 0  # not queued again by the schedule
    db.expire_all()
    job = db.scalars(select(Job).where(Job.kind == "penalty_accrual",
                                       Job.dedupe_key == "2026-11-21")).one()
    assert job.status == "failed" and "database full" in job.message

"""Service-level clocks on PostgreSQL with a fixed clock: deadlines on the seeded 2026 calendar
(weekends, the National Day holidays, the make-up Saturday), pause and resume, continuous
clocks, breach on closing, the escalation to the office head, and the predicted breach."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core import jobs
from appserver.core.clock import FixedClock
from appserver.core.dates import OFFICE_ZONE
from appserver.core.runtime import Runtime
from appserver.work import escalation, norms
from appserver.work.calendar import DAY_S
from appserver.work.items import (
    Clock,
    close_item,
    load_calendar,
    pause_item,
    resume_item,
    risk,
    time_left_s,
)
from dbschema.models import AuditLog, Job, WorkItem, WorkNorm
from tests.appserver.authz.work import new_item
from tests.helpers.api import Clients, office_id

pytestmark = pytest.mark.pg
TYPE = "test_reply_norm"  # a type of its own: the demo history has norms for the real ones


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=OFFICE_ZONE).astimezone(UTC)


@pytest.fixture
def dh(db: Session) -> int:
    return office_id(db, "DH")


def test_friday_afternoon_plus_one_working_day_is_monday_afternoon(db: Session,
                                                                   dh: int) -> None:
    item = new_item(db, dh, local(2026, 11, 27, 15), clock=Clock.working_days(1))
    assert item.due_at == local(2026, 11, 30, 15)
    # near breach once 80 % is used: 9 h of Friday, then 10.2 h of Monday
    assert item.warn_at == local(2026, 11, 30, 10, 12)
    calendar = load_calendar(db)
    assert time_left_s(item, local(2026, 11, 28, 12), calendar) == 15 * 3600  # Saturday
    assert risk(item, local(2026, 11, 30, 10)) == "ok"
    assert risk(item, local(2026, 11, 30, 11)) == "near"
    assert risk(item, local(2026, 11, 30, 15)) == "breached"
    assert time_left_s(item, local(2026, 11, 30, 16), calendar) == -3600


def test_national_day_holidays_and_the_make_up_saturday(db: Session, dh: int) -> None:
    # Wed Sep 30 09:00 + 5 working days: Sep 30 (15 h), Oct 8, 9, Sat 10 (worked), 12, 13 (9 h)
    five = new_item(db, dh, local(2026, 9, 30, 9), clock=Clock.working_days(5))
    assert five.due_at == local(2026, 10, 13, 9)
    # Friday Oct 9 + 1 working day lands on the make-up Saturday
    friday = new_item(db, dh, local(2026, 10, 9, 14), clock=Clock.working_days(1))
    assert friday.due_at == local(2026, 10, 10, 14)
    # Opened on a holiday: the clock starts with the next working day (Thu Oct 8)
    holiday = new_item(db, dh, local(2026, 10, 3, 11), clock=Clock.working_days(1))
    assert holiday.due_at == local(2026, 10, 9)


def test_pause_over_a_weekend_moves_the_deadline_by_the_working_time_paused(
        db: Session, dh: int) -> None:
    item = new_item(db, dh, local(2026, 11, 26, 10), clock=Clock.working_days(2))
    assert item.due_at == local(2026, 11, 30, 10)
    pause_item(db, item, local(2026, 11, 27, 10), "waiting for the customer's documents")
    assert item.status == "paused"
    assert item.remaining_s == DAY_S
    assert item.due_at is None
    assert risk(item, local(2026, 11, 28)) == "paused"
    resume_item(db, item, local(2026, 11, 30, 10))
    # Paused Fri 10:00 - Mon 10:00 = 14 h + 10 h of working time: one working day later
    assert item.due_at == local(2026, 12, 1, 10)
    assert item.paused_s == DAY_S
    close_item(db, item, local(2026, 11, 30, 18), None)
    assert item.breached is False
    assert item.used_s == DAY_S + 8 * 3600  # Thu 10:00 - Fri 10:00, then Mon 10:00 - 18:00


def test_continuous_clock_of_a_fault_arrival(db: Session, dh: int) -> None:
    # Saturday night: a continuous clock ignores the calendar.
    on_time = new_item(db, dh, local(2026, 11, 28, 22, 30), clock=Clock.minutes(45),
                       sla_type="fault_urban", step="arrival", source="fault")
    late = new_item(db, dh, local(2026, 11, 28, 22, 30), clock=Clock.minutes(45),
                    sla_type="fault_urban", step="arrival", source="fault")
    assert on_time.due_at == local(2026, 11, 28, 23, 15)
    assert on_time.warn_at == local(2026, 11, 28, 23, 6)  # 36 of 45 minutes
    close_item(db, on_time, local(2026, 11, 28, 23, 10), None, "arrived")
    close_item(db, late, local(2026, 11, 28, 23, 20), None, "arrived")
    assert (on_time.breached, on_time.used_s, on_time.outcome) == (False, 40 * 60, "arrived")
    assert (late.breached, late.used_s) == (True, 50 * 60)


def test_closing_exactly_on_the_deadline_is_on_time(db: Session, dh: int) -> None:
    item = new_item(db, dh, local(2026, 11, 23, 9), clock=Clock.working_days(1))
    close_item(db, item, local(2026, 11, 24, 9), None)
    assert item.breached is False
    after = new_item(db, dh, local(2026, 11, 23, 9), clock=Clock.working_days(1))
    close_item(db, after, local(2026, 11, 24, 9, 1), None)
    assert after.breached is True


def _escalation_audits(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(AuditLog)
                     .where(AuditLog.method == escalation.AUDIT_METHOD)) or 0


def test_escalation_marks_a_breach_once_and_the_head_sees_it(
        api: Clients, pg_runtime: Runtime, db: Session, clock: FixedClock, dh: int) -> None:
    assert escalation.escalate_breaches in jobs._SCHEDULES  # runs on every job tick
    now = clock.now()
    overdue = new_item(db, dh, now - timedelta(days=5), clock=Clock.minutes(30))
    due_later = new_item(db, dh, now, clock=Clock.minutes(30))
    before = _escalation_audits(db)
    escalation.escalate_breaches(pg_runtime, db, now)
    db.refresh(overdue)
    db.refresh(due_later)
    assert overdue.escalated_at == now and due_later.escalated_at is None
    assert _escalation_audits(db) == before + 1
    clock.advance(timedelta(minutes=10))
    assert escalation.escalate(db, clock.now()) == []  # nothing new: no audit either
    assert _escalation_audits(db) == before + 1
    db.refresh(overdue)
    assert overdue.escalated_at == now

    head = api.as_user("dh.head").call("pmis.work", "todo", {"scope": "escalated"},
                                       {"limit": 200})
    assert overdue.id in [r["id"] for r in head["rows"]]
    assert head["counts"]["escalated"] >= 1
    other_head = api.as_user("xh.head").call("pmis.work", "todo", {"scope": "escalated"},
                                             {"limit": 200})
    assert overdue.id not in [r["id"] for r in other_head["rows"]]
    clerk = api.as_user("dh.clerk1").call("pmis.work", "todo", {"scope": "escalated"}, None)
    assert clerk["rows"] == [] and clerk["counts"]["escalated"] == 0
    # a near breach is highlighted, not escalated
    clock.advance(timedelta(minutes=15))
    escalation.escalate(db, clock.now())
    db.refresh(due_later)
    assert risk(due_later, clock.now()) == "near" and due_later.escalated_at is None


def test_predicted_breach_from_the_median_of_finished_work(
        pg_runtime: Runtime, db: Session, clock: FixedClock, dh: int) -> None:
    now = clock.now()
    old_open = new_item(db, dh, local(2026, 11, 23, 9), clock=Clock.working_days(3),
                        sla_type=TYPE, step="reply")
    assert old_open.predicted_at is None  # no norm yet
    # Five replies finished this month: 2, 3, 4, 5 and 6 working days; the median is 4.
    for days in (2, 3, 4, 5, 6):
        done = new_item(db, dh, local(2026, 11, 2, 9), clock=Clock.working_days(7),
                        sla_type=TYPE, step="reply")
        close_item(db, done, load_calendar(db).advance(local(2026, 11, 2, 9), days * DAY_S),
                   None)
    # Four examples elsewhere are too few for a norm
    for _ in range(4):
        few = new_item(db, dh, local(2026, 11, 2, 9), clock=Clock.working_days(7),
                       sla_type=TYPE, step="callback")
        close_item(db, few, local(2026, 11, 3, 9), None)
    # Six contacts (an even count): 1 … 6 working days; the lower median, 3, is typical.
    for days in range(1, 7):
        contact = new_item(db, dh, local(2026, 11, 2, 9), clock=Clock.working_days(7),
                           sla_type=TYPE, step="contact")
        close_item(db, contact,
                   load_calendar(db).advance(local(2026, 11, 2, 9), days * DAY_S), None)
    norms.refresh_norms(db, now)
    norm = db.get(WorkNorm, (dh, TYPE, "reply"))
    assert norm is not None and (norm.typical_s, norm.samples) == (4 * DAY_S, 5)
    even = db.get(WorkNorm, (dh, TYPE, "contact"))
    assert even is not None and (even.typical_s, even.samples) == (3 * DAY_S, 6)
    assert db.get(WorkNorm, (dh, TYPE, "callback")) is None

    fresh = new_item(db, dh, local(2026, 11, 30, 9), clock=Clock.working_days(3),
                     sla_type=TYPE, step="reply")
    assert fresh.predicted_at == local(2026, 12, 4, 9)  # 4 working days, after the deadline
    assert risk(fresh, local(2026, 11, 30, 12)) == "predicted"
    roomy = new_item(db, dh, local(2026, 11, 30, 9), clock=Clock.working_days(5),
                     sla_type=TYPE, step="reply")
    assert risk(roomy, local(2026, 11, 30, 12)) == "ok"

    after = 0
    while True:  # the daily job's second half: open items move to the new norm
        after, _changed = norms.repredict(db, after, 1000)
        if not after:
            break
    db.refresh(old_open)
    assert old_open.predicted_at == local(2026, 11, 27, 9)


def test_the_norms_job_is_queued_once_a_day(pg_runtime: Runtime, db: Session,
                                            clock: FixedClock) -> None:
    def jobs_today() -> int:
        return db.scalar(select(func.count()).select_from(Job).where(
            Job.kind == norms.KIND, Job.dedupe_key == "2026-11-28")) or 0

    norms.enqueue_daily_norms(pg_runtime, db, clock.now())
    norms.enqueue_daily_norms(pg_runtime, db, clock.now() + timedelta(hours=1))
    assert jobs_today() == 1


def test_the_daily_job_leaves_yesterday_live(pg_runtime: Runtime, db: Session,
                                             clock: FixedClock) -> None:
    """A fault's arrival entered after midnight with last night's time must still count."""
    from appserver.core import jobs
    from appserver.work import stats

    jobs.run_due(pg_runtime, "test")  # the lease holder's tick: today's norms job runs
    assert stats.built_on(db) == date(2026, 11, 27)  # business date Nov 28, minus one day


def test_items_escalated_are_counted_once_in_the_table(db: Session, clock: FixedClock,
                                                       dh: int) -> None:
    now = clock.now()
    items = [new_item(db, dh, now - timedelta(hours=2), clock=Clock.minutes(30))
             for _ in range(3)]
    marked = escalation.escalate(db, now)
    assert {i.id for i in items} <= set(marked)
    assert db.scalar(select(func.count()).select_from(WorkItem).where(
        WorkItem.id.in_([i.id for i in items]), WorkItem.escalated_at == now)) == 3

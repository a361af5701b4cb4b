"""Work items and their service-level clocks: the one way modules open, pause, resume and
close work (applications, complaints, fault repair); all deadlines are computed here.

An open item has ``due_at`` (the deadline) and ``warn_at`` (from here it is "near breach":
``work.warn_share`` of its time is used). Pausing (customer-side waiting) keeps the clock
time left in ``remaining_s`` and clears both; resuming sets them again from the resume time,
so paused time never counts. Closing records whether the deadline was kept.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from appserver.contract.codec import datetime_to_wire
from appserver.core.dates import business_date
from appserver.core.security import Principal
from appserver.core.settings import setting
from appserver.work.calendar import DAY_S, WorkCalendar
from dbschema.models import CalendarDay, OrgUnit, WorkItem, WorkNorm
from dbschema.models.work import OPEN_STATUSES

RISKS = ("paused", "breached", "near", "predicted", "ok")

# Each source module names its types and steps in the caller's language:
# namer(db, sla_type, step, chinese) -> (type name, step name).
Namer = Callable[[Session, str, str, bool], tuple[str, str]]
_NAMERS: dict[str, Namer] = {}


def register_namer(source: str, namer: Namer) -> None:
    _NAMERS[source] = namer


def names(db: Session, source: str, sla_type: str, step: str, chinese: bool) -> tuple[str, str]:
    namer = _NAMERS.get(source)
    return namer(db, sla_type, step, chinese) if namer else (sla_type, step)


Naming = Callable[[str, str, str], tuple[str, str]]


NAMES_TTL_S = 60.0
_names_memo: dict[tuple[str, str, str, bool], tuple[float, tuple[str, str]]] = {}


def cached_names(db: Session, chinese: bool) -> Naming:
    """``names`` remembered per (source, type, step, language) for a minute, across calls:
    a source module may read its definitions from the database to name a step (measured:
    one query per name, most of a to-do list's time), while names change only when a new
    workflow version is approved — shown a minute late, that is harmless."""
    def named(source: str, sla_type: str, step: str) -> tuple[str, str]:
        key = (source, sla_type, step, chinese)
        now = time.monotonic()
        hit = _names_memo.get(key)
        if hit is None or now - hit[0] > NAMES_TTL_S:
            hit = (now, names(db, source, sla_type, step, chinese))
            _names_memo[key] = hit
        return hit[1]

    return named


@dataclass(frozen=True)
class Clock:
    """How long a step may take: on the working calendar, or around the clock."""

    kind: str  # "working" | "continuous"
    budget_s: int

    @classmethod
    def working_days(cls, days: int | Decimal) -> Clock:
        return cls("working", _whole_seconds(Decimal(days) * DAY_S))

    @classmethod
    def minutes(cls, minutes: int | Decimal) -> Clock:
        return cls("continuous", _whole_seconds(Decimal(minutes) * 60))


def _whole_seconds(value: Decimal) -> int:
    seconds = int(value.to_integral_value(ROUND_HALF_UP))
    if seconds <= 0:
        raise ValueError("a service-level budget must be positive")
    return seconds


# -- the calendar, cached until someone edits it ------------------------------------------
_cache_lock = threading.Lock()
_cache: dict[str, Any] = {"stamp": None, "calendar": WorkCalendar.of()}


def load_calendar(db: Session) -> WorkCalendar:
    """The working-day calendar from ``calendar_day`` (re-read only after an edit).

    The stamp also counts the holidays: turning a holiday into a working day keeps the row
    count, and an edit within the same second as the last one keeps the latest time."""
    holidays = func.sum(case((CalendarDay.kind == "holiday", 1), else_=0))
    stamp = tuple(db.execute(select(func.count(), func.max(CalendarDay.updated_at),
                                    holidays)).one())
    with _cache_lock:
        if _cache["stamp"] == stamp:
            calendar: WorkCalendar = _cache["calendar"]
            return calendar
    rows = db.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    calendar = WorkCalendar.of((d for d, k in rows if k == "holiday"),
                               (d for d, k in rows if k == "workday"))
    with _cache_lock:
        _cache.update(stamp=stamp, calendar=calendar)
    return calendar


def forget_calendar() -> None:
    """Drop the cache (after an edit in the same transaction, before its commit)."""
    with _cache_lock:
        _cache.update(stamp=None)


# -- clock arithmetic per item ------------------------------------------------------------
def advance(calendar: WorkCalendar, clock: str, start: datetime, seconds: int) -> datetime:
    if clock == "working":
        return calendar.advance(start, seconds)
    return start + timedelta(seconds=seconds)


def elapsed(calendar: WorkCalendar, clock: str, start: datetime, end: datetime) -> int:
    if clock == "working":
        return calendar.working_seconds(start, end)
    return int((end - start).total_seconds())


def _warn_share(db: Session, now: datetime) -> Decimal:
    return Decimal(setting(db, "work.warn_share", business_date(now)))


def _set_deadline(db: Session, item: WorkItem, start: datetime, remaining_s: int,
                  calendar: WorkCalendar) -> None:
    reserve = int((Decimal(item.budget_s) * (1 - _warn_share(db, start)))
                  .to_integral_value(ROUND_HALF_UP))
    item.due_at = advance(calendar, item.clock, start, remaining_s)
    item.warn_at = advance(calendar, item.clock, start, remaining_s - reserve)


def predicted_finish(db: Session, item: WorkItem, calendar: WorkCalendar) -> datetime | None:
    """When this step typically ends: opened plus the office's typical clock time of the
    step (WorkNorm, appserver/work/norms.py) plus the time it was paused; None without a
    norm (too few finished examples)."""
    norm = db.get(WorkNorm, (item.office_id, item.sla_type, item.step))
    if norm is None:
        return None
    return advance(calendar, item.clock, item.opened_at, norm.typical_s + item.paused_s)


# -- the life of an item ------------------------------------------------------------------
def open_item(db: Session, *, office_id: int, source: str, source_id: int, sla_type: str,
              step: str, reference: str, title: str, clock: Clock, now: datetime,
              customer_id: int | None = None, assigned_role: str | None = None,
              assigned_user_id: int | None = None, opened_by: int | None = None) -> WorkItem:
    """Open a unit of work whose clock starts ``now``."""
    item = WorkItem(office_id=office_id, source=source, source_id=source_id,
                    sla_type=sla_type, step=step, reference=reference, title=title[:200],
                    customer_id=customer_id, assigned_role=assigned_role,
                    assigned_user_id=assigned_user_id, clock=clock.kind,
                    budget_s=clock.budget_s, opened_at=now, opened_by=opened_by,
                    status="open", paused_s=0, pause_reason="", outcome="")
    calendar = load_calendar(db)
    _set_deadline(db, item, now, clock.budget_s, calendar)
    item.predicted_at = predicted_finish(db, item, calendar)
    db.add(item)
    db.flush()
    return item


def pause_item(db: Session, item: WorkItem, now: datetime, reason: str) -> None:
    """Stop the clock while the customer is awaited (documents, access to the site …)."""
    if item.status != "open":
        return
    assert item.due_at is not None
    item.remaining_s = elapsed(load_calendar(db), item.clock, now, item.due_at)
    item.status, item.paused_at, item.pause_reason = "paused", now, reason[:200]
    item.due_at = item.warn_at = None
    db.flush()


def resume_item(db: Session, item: WorkItem, now: datetime) -> None:
    if item.status != "paused":
        return
    assert item.remaining_s is not None and item.paused_at is not None
    calendar = load_calendar(db)
    item.paused_s += max(0, elapsed(calendar, item.clock, item.paused_at, now))
    _set_deadline(db, item, now, item.remaining_s, calendar)
    item.status, item.paused_at, item.remaining_s = "open", None, None
    item.predicted_at = predicted_finish(db, item, calendar)
    db.flush()


def close_item(db: Session, item: WorkItem, now: datetime, by: int | None,
               outcome: str = "done") -> None:
    """Finish the work: ``breached`` records whether it came after its deadline."""
    if item.status not in OPEN_STATUSES:
        return
    if item.status == "paused":
        resume_item(db, item, now)
    assert item.due_at is not None
    item.status, item.closed_at, item.closed_by = "done", now, by
    item.breached, item.outcome = now > item.due_at, outcome[:20]
    item.used_s = _clock_time_used(db, item, now)
    db.flush()


def _clock_time_used(db: Session, item: WorkItem, end: datetime) -> int:
    """Clock seconds from opening to ``end`` without the paused time."""
    used = elapsed(load_calendar(db), item.clock, item.opened_at, end) - item.paused_s
    return max(0, used)


def reclose(db: Session, item: WorkItem, at: datetime) -> None:
    """A finished item's end time was entered wrongly: it ends ``at`` instead. The verdict and
    the clock time used follow exactly as ``close_item`` computes them (the deadline stays; the
    dashboard and the typical durations read ``used_s``)."""
    if item.status != "done" or item.due_at is None:
        return
    item.closed_at, item.breached = at, at > item.due_at
    item.used_s = _clock_time_used(db, item, at)
    db.flush()


def void(db: Session, item: WorkItem, now: datetime, by: int | None,
         outcome: str = "cancelled") -> None:
    """A finished item that no longer counts (its work is redone on a new item): cancelled,
    without a verdict or clock time used, so neither the dashboard nor the norms read it."""
    if item.status != "done":
        return
    item.status, item.closed_at, item.closed_by = "cancelled", now, by
    item.breached, item.used_s, item.outcome = None, None, outcome[:20]
    db.flush()


def cancel_item(db: Session, item: WorkItem, now: datetime, by: int | None,
                outcome: str = "cancelled") -> None:
    """End work that will not be done (application terminated): no SLA verdict."""
    if item.status not in OPEN_STATUSES:
        return
    item.status, item.closed_at, item.closed_by = "cancelled", now, by
    item.breached, item.outcome = None, outcome[:20]
    db.flush()


def open_items_of(db: Session, source: str, source_id: int) -> list[WorkItem]:
    return list(db.scalars(select(WorkItem).where(
        WorkItem.source == source, WorkItem.source_id == source_id,
        WorkItem.status.in_(OPEN_STATUSES)).order_by(WorkItem.id)))


def items_of(db: Session, source: str, source_id: int) -> list[WorkItem]:
    """Every item of one record, oldest first (its service-level history)."""
    return list(db.scalars(select(WorkItem).where(
        WorkItem.source == source, WorkItem.source_id == source_id).order_by(WorkItem.id)))


# -- reading an item ----------------------------------------------------------------------
def time_left_s(item: WorkItem, now: datetime, calendar: WorkCalendar) -> int | None:
    """Clock seconds left (negative: overdue by that much); None once finished."""
    if item.status == "paused":
        return item.remaining_s
    if item.status != "open" or item.due_at is None:
        return None
    return elapsed(calendar, item.clock, now, item.due_at)


def risk(item: WorkItem, now: datetime) -> str:
    """paused, breached, near (most of its time used), predicted (typical completion of
    this step comes after the deadline) or ok; finished items: breached or ok."""
    if item.status == "paused":
        return "paused"
    if item.status not in OPEN_STATUSES:
        return "breached" if item.breached else "ok"
    assert item.due_at is not None and item.warn_at is not None
    if now >= item.due_at:
        return "breached"
    if now >= item.warn_at:
        return "near"
    if item.predicted_at is not None and item.predicted_at > item.due_at:
        return "predicted"
    return "ok"


def item_to_wire(db: Session, item: WorkItem, now: datetime, calendar: WorkCalendar,
                 chinese: bool, named: Naming | None = None) -> dict[str, Any]:
    """WorkItem shape of ``appserver.contract.work`` (``named``: a ``cached_names`` for lists)."""
    if named is not None:
        type_name, step_name = named(item.source, item.sla_type, item.step)
    else:
        type_name, step_name = names(db, item.source, item.sla_type, item.step, chinese)
    def when(value: datetime | None) -> str | None:
        return datetime_to_wire(value) if value is not None else None

    return {"id": item.id, "office_id": item.office_id, "source": item.source,
            "source_id": item.source_id, "sla_type": item.sla_type, "step": item.step,
            "type_name": type_name, "step_name": step_name,
            "reference": item.reference, "title": item.title,
            "customer_id": item.customer_id, "assigned_role": item.assigned_role,
            "assigned_user_id": item.assigned_user_id, "clock": item.clock,
            "budget_s": item.budget_s, "opened_at": when(item.opened_at),
            "due_at": when(item.due_at), "status": item.status,
            "time_left_s": time_left_s(item, now, calendar), "risk": risk(item, now),
            "paused_at": when(item.paused_at), "pause_reason": item.pause_reason,
            "escalated_at": when(item.escalated_at), "closed_at": when(item.closed_at),
            "breached": item.breached, "outcome": item.outcome,
            "warn_at": when(item.warn_at), "predicted_at": when(item.predicted_at),
            "used_s": item.used_s}


def home_office_id(db: Session, user: Principal) -> int:
    """The office a user works for: a service hall works for its parent office."""
    kind, parent = db.execute(select(OrgUnit.kind, OrgUnit.parent_id)
                              .where(OrgUnit.id == user.office_id)).one()
    return int(parent) if kind == "hall" and parent is not None else user.office_id

"""The one path every new reading takes: stage → match → validate and insert → plan status.

Keyboard entry, file import, supervisor corrections and estimates, and meter changes all call
``ingest``; the rules live once, in SQL (pipeline.py, rules.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from appserver.core.dates import add_months, business_date
from appserver.core.rpc import Call
from appserver.metering import pipeline, plans, stage
from appserver.metering.pipeline import Outcome
from appserver.metering.rules import thresholds

REJECT_LIMIT = 1000  # rejected lines listed in a report (all are counted)


def read_window(period: int, today: date) -> tuple[date, date]:
    """Dates a reading of ``period`` may carry: from the middle of the month before to
    today (a read is never in the future)."""
    first = date(period // 100, period % 100, 1)
    return first - timedelta(days=20), today


def ingest(db: Session, period: int, rows: Iterable[tuple[Any, ...]], visible: frozenset[int],
           user_id: int | None, now: Any, today: date,
           timings: dict[str, float] | None = None) -> Outcome:
    """Stage rows (stage.STAGE_COLUMNS order), then match, validate, insert and refresh the
    plans they touch. Everything happens in the caller's transaction. ``timings`` (if given)
    receives the seconds each step took (the import benchmark prints them)."""
    lap = _Lap(timings)
    stage.create(db)
    stage.write(db, rows)
    lap("stage")
    earliest, latest = read_window(period, today)
    pipeline.match(db, period, visible, earliest, latest)
    lap("match")
    pipeline.insert_validated(db, period, thresholds(db, today), user_id, now)
    lap("validate_insert")
    result = pipeline.outcome(db, period, REJECT_LIMIT)
    lap("report")
    plans.refresh(db, result.plan_ids)
    pipeline.finish(db)
    lap("plans")
    return result


class _Lap:
    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def __call__(self, step: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[step] = now - self.last
            self.last = now


def ingest_call(call: Call, period: int, rows: Iterable[tuple[Any, ...]]) -> Outcome:
    return ingest(call.db, period, rows, call.user.visible_office_ids, call.user.user_id,
                  call.now, business_date(call.now))


def current_period(call: Call) -> int:
    today = business_date(call.now)
    return today.year * 100 + today.month


def period_arg(call: Call, value: Any) -> int:
    """A period the reading screens may show: up to two years back, not beyond next month."""
    period = call.v.period(value)
    now = current_period(call)
    if not add_months(now, -24) <= period <= add_months(now, 1):
        raise call.v.fail("period", "metering_period_out_of_range")
    return period

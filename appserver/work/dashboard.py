"""The office dashboard: open work by stage, SLA achievement per type, throughput per person,
opened and finished per day. Three GROUP BY statements, each an index-only scan of a covering
partial index; Python adds up the groups (types × people × days, not items) and formats them
(docs/performance.md, "Work platform")."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.core.dates import OFFICE_ZONE
from appserver.core.i18n import caller_reads_chinese
from appserver.core.rpc import Call
from appserver.work import scope, stats
from appserver.work.items import cached_names
from dbschema.models import User, WorkItem

OPEN_FIGURES = ("total", "paused", "near", "breached", "predicted", "escalated")


def local_day(db: Session, column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """The business date (Asia/Shanghai) of a UTC instant, in SQL, as something ``as_day``
    turns into a date. PostgreSQL: the start of the local day (``date_bin`` from a local
    midnight; the zone has no daylight saving) — measured 24 ms against 42 ms for
    ``timezone()::date`` over 35,000 rows. SQLite keeps naive UTC: date(+8 hours)."""
    if db.get_bind().dialect.name == "postgresql":
        return func.date_bin(text("interval '1 day'"), column,
                             text("TIMESTAMPTZ '2000-01-01 00:00+08'"))
    return func.date(column, "+8 hours")


def as_day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.astimezone(OFFICE_ZONE).date()
    if isinstance(value, str):
        return date.fromisoformat(value)
    assert isinstance(value, date)
    return value


def percent(part: int, whole: int) -> str | None:
    if whole == 0:
        return None
    return str((Decimal(part) * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP))


def hours(seconds: int, count: int) -> str | None:
    if count == 0:
        return None
    return str((Decimal(seconds) / count / 3600).quantize(Decimal("0.1"), ROUND_HALF_UP))


def dashboard(call: Call, office_id: Any, from_day: Any, to_day: Any) -> dict[str, Any]:
    ids = scope.offices(call, office_id)
    days = scope.day_range(call, from_day, to_day)
    assert days is not None
    db, now = call.db, call.now
    named = cached_names(db, caller_reads_chinese())
    in_offices = WorkItem.office_id.in_(ids)
    by_stage, totals = _open_work(db, in_offices, now, named)
    rolled, live = stats.split(days, stats.built_on(db))
    achievement, throughput, closed_per_day = _finished_work(db, ids, rolled, live, named)
    return {"as_of": datetime_to_wire(now), "office_id": office_id, "open": totals,
            "by_stage": by_stage, "achievement": achievement, "throughput": throughput,
            "daily": _daily(db, ids, days, rolled, live, closed_per_day)}


def _open_work(db: Session, in_offices: ColumnElement[bool], now: Any, named: Any
               ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rows = db.execute(
        select(WorkItem.source, WorkItem.sla_type, WorkItem.step, func.count(),
               func.count().filter(WorkItem.status == "paused"),
               func.count().filter(scope.risk_condition("near", now)),
               func.count().filter(scope.risk_condition("breached", now)),
               func.count().filter(scope.risk_condition("predicted", now)),
               func.count().filter(WorkItem.escalated_at.is_not(None)))
        .where(in_offices, scope.is_open())
        .group_by(WorkItem.source, WorkItem.sla_type, WorkItem.step)
        .order_by(WorkItem.source, WorkItem.sla_type, WorkItem.step)).all()
    totals = dict.fromkeys(OPEN_FIGURES, 0)
    stages = []
    for source, sla_type, step, *figures in rows:
        counts = dict(zip(OPEN_FIGURES, (int(f) for f in figures), strict=True))
        for key, value in counts.items():
            totals[key] += value
        type_name, step_name = named(source, sla_type, step)
        stages.append({"source": source, "sla_type": sla_type, "type_name": type_name,
                       "step": step, "step_name": step_name, "open": counts["total"],
                       **{k: counts[k] for k in OPEN_FIGURES[1:]}})
    return stages, totals


def _finished_work(db: Session, ids: list[int], rolled: tuple[date, date] | None,
                   live: tuple[date, date] | None, named: Any
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[date, int]]:
    """Achievement per type, throughput per person and finished per day: the rolled-up days
    from ``work_day_closed``, the rest in one index-only scan of
    ``ix_work_item_closed_office`` grouped by all three; Python adds up the groups."""
    rows: list[Any] = stats.closed_rows(db, ids, rolled) if rolled else []
    if live is not None:
        start, end = scope.instants(live)
        closed_day = local_day(db, WorkItem.closed_at)
        rows += db.execute(
            select(WorkItem.source, WorkItem.sla_type, WorkItem.closed_by, closed_day,
                   func.min(WorkItem.step), func.count(),
                   func.count().filter(WorkItem.breached.is_(False)),
                   func.coalesce(func.sum(WorkItem.used_s), 0), func.count(WorkItem.used_s))
            .where(WorkItem.office_id.in_(ids), WorkItem.status == "done",
                   WorkItem.closed_at >= start, WorkItem.closed_at < end)
            .group_by(WorkItem.source, WorkItem.sla_type, WorkItem.closed_by, closed_day)
        ).all()
    per_day: dict[date, int] = defaultdict(int)
    per_type: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    step_of: dict[tuple[str, str], str] = {}
    per_user: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for source, sla_type, closed_by, day, step, closed, on_time, used, timed in rows:
        closed, on_time, timed = int(closed), int(on_time), int(timed)
        per_day[as_day(day)] += closed
        t = per_type[(source, sla_type)]
        t[0] += closed
        t[1] += on_time
        step_of[(source, sla_type)] = step
        u = per_user[closed_by]
        u[0] += closed
        u[1] += on_time
        u[2] += int(used or 0)
        u[3] += timed
    achievement = []
    for (source, sla_type), (closed, on_time) in sorted(per_type.items()):
        type_name, _ = named(source, sla_type, step_of[(source, sla_type)])
        achievement.append({"source": source, "sla_type": sla_type, "type_name": type_name,
                            "closed": closed, "on_time": on_time,
                            "rate": percent(on_time, closed)})
    people: dict[int, str] = {uid: name for uid, name in db.execute(
        select(User.id, User.full_name).where(User.id.in_([u for u in per_user if u])))}
    throughput = [{"user_id": uid, "name": people.get(uid, "") if uid else "",
                   "closed": closed, "on_time": on_time, "rate": percent(on_time, closed),
                   "avg_hours": hours(used, timed)}
                  for uid, (closed, on_time, used, timed) in per_user.items()]
    throughput.sort(key=lambda r: (-int(r["closed"] or 0), str(r["name"])))
    return achievement, throughput, per_day


def _daily(db: Session, ids: list[int], days: tuple[date, date],
           rolled: tuple[date, date] | None, live: tuple[date, date] | None,
           finished: dict[date, int]) -> list[dict[str, Any]]:
    opened = {as_day(d): int(n) for d, n in stats.opened_rows(db, ids, rolled)} if rolled else {}
    if live is not None:
        start, end = scope.instants(live)
        opened_day = local_day(db, WorkItem.opened_at)
        opened.update((as_day(d), int(n)) for d, n in db.execute(
            select(opened_day, func.count())
            .where(WorkItem.office_id.in_(ids), WorkItem.opened_at >= start,
                   WorkItem.opened_at < end)
            .group_by(opened_day)))
    first, last = days
    out = []
    for i in range((last - first).days + 1):
        day = first + timedelta(days=i)
        out.append({"day": date_to_wire(day), "opened": opened.get(day, 0),
                    "closed": finished.get(day, 0)})
    return out

"""From staged readings to validated rows of meter_reading, in set-based SQL.

1. ``match``: each staged line is joined to its meter (by serial), point, book and this
   period's plan, the previous billable reading of the meter and the live reading it would
   replace; lines that cannot be taken get a reason (unknown meter, duplicate, no plan, plan
   already billed, meter removed, date out of range).
2. ``insert_validated``: the live rows being replaced become 'superseded'; every accepted line
   is inserted with its consumption, flags, status and money at risk computed by one
   INSERT … SELECT (rules.py describes the rules). The register arithmetic is usage.advance's:
   a lower read within half the register's range is a rollover, beyond it an error.

The same statements run on PostgreSQL (the million-reading import) and SQLite (the demo); all
arithmetic happens in the database on exact NUMERIC values (SQLite: its numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Date, Integer, bindparam, text
from sqlalchemy.orm import Session

from appserver.core.dates import add_months
from appserver.metering import stage
from appserver.metering.rules import QUEUE_REASONS, Thresholds
from dbschema.base import UtcDateTime
from dbschema.models.metering import BILLABLE_STATUSES, REGISTERS

CAND = "mr_cand"
HIST = "mr_hist"
REJECT_REASONS = ("unknown_meter", "duplicate", "no_plan", "plan_billed", "meter_removed",
                  "bad_date")
_BILLABLE = ", ".join(f"'{s}'" for s in BILLABLE_STATUSES)
_TOU = ("peak", "flat", "valley", "critical_peak", "deep_valley")
_WRAP = ("CASE c.digits WHEN 4 THEN 10000 WHEN 5 THEN 100000 WHEN 6 THEN 1000000 "
         "WHEN 7 THEN 10000000 WHEN 8 THEN 100000000 ELSE 1000000000 END")


@dataclass
class Outcome:
    """What happened to the staged lines (line numbers as staged)."""

    rejected: list[tuple[int, str]] = field(default_factory=list)
    rejected_count: int = 0
    accepted: int = 0
    flagged: dict[str, int] = field(default_factory=dict)
    flagged_count: int = 0
    plan_ids: list[int] = field(default_factory=list)


_MATCH_SQL = f"""
CREATE TEMPORARY TABLE {CAND} AS
SELECT x.*,
  CASE WHEN x.meter_id IS NULL OR x.visible = 0 THEN 'unknown_meter'
       WHEN x.dup_rank > 1 THEN 'duplicate'
       WHEN x.plan_id IS NULL THEN 'no_plan'
       WHEN x.plan_status IN ('billing', 'billed') THEN 'plan_billed'
       WHEN x.removed_on IS NOT NULL AND x.kind <> 'final' THEN 'meter_removed'
       WHEN x.read_on > :latest OR x.read_on < :earliest THEN 'bad_date'
  END AS reject
FROM (
  SELECT s.*, m.id AS meter_id, m.metering_point_id, m.digits, m.removed_on,
    mp.multiplier, c.customer_class,
    CASE WHEN c.status = 'active' AND sp.status = 'active' THEN 1 ELSE 0 END AS active,
    CASE WHEN c.office_id IN :visible THEN 1 ELSE 0 END AS visible,
    pl.id AS plan_id, pl.status AS plan_status,
    ROW_NUMBER() OVER (PARTITION BY s.serial, s.kind ORDER BY s.line_no) AS dup_rank,
    (SELECT r.id FROM meter_reading r WHERE r.meter_id = m.id AND r.period = :period
       AND r.kind = s.kind AND r.status <> 'superseded') AS live_id,
    (SELECT p.id FROM meter_reading p WHERE p.meter_id = m.id AND p.status <> 'superseded'
       AND p.status IN ({_BILLABLE})
       AND (p.period < :period OR (p.period = :period AND p.kind = 'initial'
                                   AND s.kind <> 'initial'))
     ORDER BY p.period DESC, CASE p.kind WHEN 'final' THEN 2 WHEN 'regular' THEN 1 ELSE 0 END
       DESC
     LIMIT 1) AS prev_id,
    CASE WHEN s.kind = 'regular' AND EXISTS (
      SELECT 1 FROM meter_reading f WHERE f.metering_point_id = m.metering_point_id
        AND f.period = :period AND f.kind IN ('final', 'initial')
        AND f.status <> 'superseded') THEN 1 ELSE 0 END AS changed
  FROM {stage.STAGE} s
  LEFT JOIN meter m ON m.serial = s.serial
  LEFT JOIN metering_point mp ON mp.id = m.metering_point_id
  LEFT JOIN service_point sp ON sp.id = mp.service_point_id
  LEFT JOIN customer c ON c.id = sp.customer_id
  LEFT JOIN book_point bp ON bp.metering_point_id = m.metering_point_id
  LEFT JOIN reading_plan pl ON pl.book_id = bp.book_id AND pl.period = :period
) x
"""

_HIST_SQL = f"""
CREATE TEMPORARY TABLE {HIST} AS
SELECT h.metering_point_id,
  SUM(CASE WHEN h.period = :last_year THEN h.consumption_kwh END) AS last_year,
  SUM(CASE WHEN h.period <> :last_year THEN h.consumption_kwh END) AS sum3,
  COUNT(DISTINCT CASE WHEN h.period <> :last_year THEN h.period END) AS months3
FROM meter_reading h
WHERE h.period IN (:last_year, :p1, :p2, :p3) AND h.status IN ({_BILLABLE})
  AND h.metering_point_id IN (SELECT metering_point_id FROM {CAND} WHERE reject IS NULL)
GROUP BY h.metering_point_id
"""


def _advance(register: str) -> str:
    """usage.advance in SQL: NULL when either read lacks the register or it went backwards."""
    cur, prev = f"c.{register}", f"p.{register}"
    return (f"CASE WHEN {cur} IS NULL OR {prev} IS NULL THEN NULL "
            f"WHEN {cur} >= {prev} THEN {cur} - {prev} "
            f"WHEN {cur} + {_WRAP} - {prev} <= {_WRAP} / 2 THEN {cur} + {_WRAP} - {prev} END")


def _verdict_select() -> str:
    advances = ",\n    ".join(f"{_advance(r)} AS a_{r}" for r in ("total", *_TOU))
    tou_sum = " + ".join(f"COALESCE(a_{r}, 0)" for r in _TOU)
    flags = " || ".join(f"CASE WHEN f_{code} = 1 THEN '{code},' ELSE '' END"
                        for code in QUEUE_REASONS if code != "missing")
    blocking = " + ".join(f"f_{code}" for code in QUEUE_REASONS
                          if code not in ("missing", "rollover"))
    return f"""
SELECT v.*, {flags} AS flag_text, CASE WHEN {blocking} > 0 THEN 1 ELSE 0 END AS blocking
FROM (
  SELECT w.*,
    CASE WHEN w.kind = 'regular' AND w.active = 1 AND w.cons = 0 THEN 1 ELSE 0 END AS f_zero,
    CASE WHEN w.kind = 'regular' AND w.changed = 0 AND w.cons IS NOT NULL
          AND (w.last_year IS NOT NULL OR w.avg3 IS NOT NULL)
          AND (w.last_year IS NULL OR w.cons > w.last_year * CAST(:high AS NUMERIC))
          AND (w.avg3 IS NULL OR w.cons > w.avg3 * CAST(:high AS NUMERIC))
         THEN 1 ELSE 0 END AS f_high,
    CASE WHEN w.kind = 'regular' AND w.changed = 0 AND w.cons IS NOT NULL AND w.cons > 0
          AND (w.last_year IS NOT NULL OR w.avg3 IS NOT NULL)
          AND (w.last_year IS NULL OR w.cons < w.last_year * CAST(:low AS NUMERIC))
          AND (w.avg3 IS NULL OR w.cons < w.avg3 * CAST(:low AS NUMERIC))
         THEN 1 ELSE 0 END AS f_low,
    CASE WHEN w.has_tou = 1 AND w.a_total IS NOT NULL AND (
           (w.has_flat = 1 AND ABS(w.tou_sum - w.a_total) > CAST(:tol AS NUMERIC))
           OR (w.has_flat = 0 AND w.tou_sum > w.a_total + CAST(:tol AS NUMERIC)))
         THEN 1 ELSE 0 END AS f_tou_sum,
    w.changed AS f_meter_changed
  FROM (
    SELECT u.*,
      CASE WHEN u.kind = 'initial' THEN 0 ELSE u.a_total * u.multiplier END AS cons,
      {tou_sum} AS tou_sum
    FROM (
      SELECT c.*, p.id AS p_id,
        {advances},
        CASE WHEN c.peak IS NOT NULL AND p.peak IS NOT NULL THEN 1 ELSE 0 END AS has_tou,
        CASE WHEN c.flat IS NOT NULL THEN 1 ELSE 0 END AS has_flat,
        CASE WHEN c.kind <> 'initial' AND p.total IS NOT NULL AND c.total < p.total
              AND c.total + {_WRAP} - p.total > {_WRAP} / 2 THEN 1 ELSE 0 END AS f_backwards,
        CASE WHEN c.kind <> 'initial' AND p.total IS NOT NULL AND c.total < p.total
              AND c.total + {_WRAP} - p.total <= {_WRAP} / 2 THEN 1 ELSE 0 END AS f_rollover,
        CASE WHEN c.kind <> 'initial' AND p.id IS NULL THEN 1 ELSE 0 END AS f_no_previous,
        NULLIF(h.last_year, 0) AS last_year,
        NULLIF(h.sum3, 0) * 1.0 / NULLIF(h.months3, 0) AS avg3,
        CASE c.customer_class WHEN 'commercial' THEN CAST(:price_commercial AS NUMERIC)
          WHEN 'large_industry' THEN CAST(:price_large_industry AS NUMERIC)
          WHEN 'agriculture' THEN CAST(:price_agriculture AS NUMERIC)
          ELSE CAST(:price_residential AS NUMERIC) END AS price
      FROM {CAND} c
      LEFT JOIN meter_reading p ON p.id = c.prev_id
      LEFT JOIN {HIST} h ON h.metering_point_id = c.metering_point_id
      WHERE c.reject IS NULL
    ) u
  ) w
) v
"""


_INSERT_COLUMNS = ("plan_id", "metering_point_id", "meter_id", "period", "kind", "read_on",
                   *REGISTERS, "source", "status", "flags", "consumption_kwh", "money_at_risk",
                   "entered_by", "entered_at", "note", "replaces_id")


def _insert_sql() -> str:
    expected = "COALESCE(t.last_year, t.avg3)"
    risk_kwh = (f"CASE WHEN t.blocking = 0 THEN 0 WHEN t.cons IS NULL THEN COALESCE({expected}, 0)"
                f" WHEN {expected} IS NULL THEN t.cons ELSE ABS(t.cons - {expected}) END")
    status = ("CASE WHEN t.f_backwards = 1 OR t.f_no_previous = 1 THEN 'flagged' "
              "WHEN t.forced_status IS NOT NULL THEN t.forced_status "
              "WHEN t.blocking = 1 THEN 'flagged' ELSE 'valid' END")
    flags = ("CASE WHEN LENGTH(t.flag_text) > 0 "
             "THEN SUBSTR(t.flag_text, 1, LENGTH(t.flag_text) - 1) ELSE '' END")
    registers = ", ".join(f"t.{r}" for r in REGISTERS)
    return (f"INSERT INTO meter_reading ({', '.join(_INSERT_COLUMNS)})\n"
            f"SELECT t.plan_id, t.metering_point_id, t.meter_id, :period, t.kind, t.read_on, "
            f"{registers}, t.source, {status}, {flags}, t.cons, "
            f"ROUND({risk_kwh} * t.price, 2), :user_id, :now, t.note, t.live_id\n"
            f"FROM ({_verdict_select()}) t")


_INSERT = _insert_sql()


def match(db: Session, period: int, visible: frozenset[int], earliest: date,
          latest: date) -> None:
    """Build the candidate table from the staged lines (see the module docstring)."""
    stage.drop(db, CAND, HIST)
    statement = text(_MATCH_SQL).bindparams(
        bindparam("visible", expanding=True), bindparam("earliest", type_=Date),
        bindparam("latest", type_=Date), bindparam("period", type_=Integer))
    db.execute(statement, {"visible": sorted(visible) or [0], "period": period,
                           "earliest": earliest, "latest": latest})
    if stage.is_postgres(db):  # a temporary table has no statistics until analysed
        db.execute(text(f"ANALYZE {CAND}"))


def rejected(db: Session, limit: int) -> tuple[list[tuple[int, str]], int]:
    rows = db.execute(text(f"SELECT line_no, reject FROM {CAND} WHERE reject IS NOT NULL "
                           "ORDER BY line_no LIMIT :limit"), {"limit": limit}).all()
    count = db.scalar(text(f"SELECT COUNT(*) FROM {CAND} WHERE reject IS NOT NULL")) or 0
    return [(int(n), str(r)) for n, r in rows], int(count)


def insert_validated(db: Session, period: int, limits: Thresholds, user_id: int | None,
                     now: datetime) -> None:
    """Supersede the rows being replaced and insert the accepted lines with their verdicts."""
    db.execute(text(f"UPDATE meter_reading SET status = 'superseded' WHERE id IN "
                    f"(SELECT live_id FROM {CAND} WHERE reject IS NULL "
                    "AND live_id IS NOT NULL)"))
    db.execute(text(_HIST_SQL), {"last_year": add_months(period, -12),
                                 "p1": add_months(period, -1), "p2": add_months(period, -2),
                                 "p3": add_months(period, -3)})
    if stage.is_postgres(db):
        db.execute(text(f"ANALYZE {HIST}"))
    params = {"period": period, "high": str(limits.high_ratio), "low": str(limits.low_ratio),
              "tol": str(limits.tou_tolerance), "user_id": user_id, "now": now,
              **{f"price_{c}": str(p) for c, p in limits.prices.items()}}
    db.execute(text(_INSERT).bindparams(bindparam("now", type_=UtcDateTime())), params)


def outcome(db: Session, period: int, reject_limit: int) -> Outcome:
    """Counts of what the candidate lines became (after insert_validated)."""
    result = Outcome()
    result.rejected, result.rejected_count = rejected(db, reject_limit)
    rows = db.execute(text(
        f"SELECT r.status, r.flags, COUNT(*) FROM {CAND} c JOIN meter_reading r "
        "ON r.meter_id = c.meter_id AND r.period = :period AND r.kind = c.kind "
        "AND r.status <> 'superseded' WHERE c.reject IS NULL GROUP BY r.status, r.flags"),
        {"period": period}).all()
    for status, flags, count in rows:
        if status == "flagged":
            result.flagged_count += int(count)
            for code in str(flags).split(","):
                if code:
                    result.flagged[code] = result.flagged.get(code, 0) + int(count)
        else:
            result.accepted += int(count)
    result.plan_ids = [int(p) for p in db.scalars(text(
        f"SELECT DISTINCT plan_id FROM {CAND} WHERE reject IS NULL"))]
    return result


def finish(db: Session) -> None:
    stage.drop(db, stage.STAGE, CAND, HIST)

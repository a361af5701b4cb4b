"""All queries of the billing run: a chunk of a book's points read set-based, bills written in
bulk (COPY on PostgreSQL, Core executemany on SQLite; never ORM objects for bulk rows).

A chunk is a range of metering point ids of one book: every query of the chunk reads that
range through an index, so no query carries a long list of ids.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from appserver.billing.bulk_rating import PointFailed, ReadRow, meter_spans
from appserver.billing.rating import TariffCatalog
from appserver.billing.run_inputs import PointInput, SupplySpan, TariffSpan
from appserver.core.dates import add_months, month_days
from dbschema.models import (
    Bill,
    BillingRun,
    BillingRunError,
    BookPoint,
    Customer,
    LedgerEntry,
    Meter,
    MeteringPoint,
    MeterReading,
    ServicePoint,
    SupplyChange,
    TariffAssignment,
)
from dbschema.models.metering import BILLABLE_STATUSES
from dbschema.seed.bulk import copy_line

READ_REGISTERS = ("total", "peak", "flat", "valley", "critical_peak", "deep_valley",
                  "reactive", "max_demand")
LIVE_BILL = and_(Bill.kind == "regular", Bill.status != "rejected")
HISTORY_MONTHS = 3
BILLED_STATUSES = ("released", "review")  # bills whose energy counts in the tier year


def period_bounds(period: int) -> tuple[date, date]:
    year, month = divmod(period, 100)
    return date(year, month, 1), date(year, month, month_days(period))


def unbilled_point_ids(db: Session, book_id: int, period: int) -> list[int]:
    """The book's points without a live regular bill for the period, in id order."""
    billed = (select(Bill.id).where(Bill.metering_point_id == BookPoint.metering_point_id,
                                    Bill.period == period, LIVE_BILL).exists())
    return list(db.scalars(select(BookPoint.metering_point_id)
                           .where(BookPoint.book_id == book_id, ~billed)
                           .order_by(BookPoint.metering_point_id)))


def count_points(db: Session, book_id: int) -> int:
    return db.scalar(select(func.count()).select_from(BookPoint)
                     .where(BookPoint.book_id == book_id)) or 0


# Chunk reads run on the session's Core connection: the ORM's result machinery costs more
# per row than the query when a chunk reads tens of thousands of rows.


def _in_chunk(column: Any, book_id: int, lo: int, hi: int) -> Any:
    """Rows of the book's points with ids lo..hi (the book by a join on book_point)."""
    return and_(column.between(lo, hi), BookPoint.metering_point_id == column,
                BookPoint.book_id == book_id)


# -- reading a chunk -------------------------------------------------------------------------

def load_chunk(db: Session, book_id: int, period: int, lo: int, hi: int,
               wanted: set[int], catalog: TariffCatalog) -> list[PointInput]:
    """Everything needed to bill the points ``wanted`` (ids within lo..hi)."""
    first, last = period_bounds(period)
    points = {p.point_id: p for p in _points(db, book_id, lo, hi) if p.point_id in wanted}
    current, previous = _readings(db, book_id, period, lo, hi)
    for point_id, rows in current.items():
        point = points.get(point_id)
        if point is None:
            continue
        try:
            point.meters = meter_spans(first, last, rows, previous)
        except PointFailed as failed:
            point.error = (failed.reason, failed.detail)
    for point_id, spans in _tariff_spans(db, book_id, lo, hi, first, last, catalog).items():
        if point_id in points:
            points[point_id].tariffs = spans
    for point_id, supply in _supply_spans(db, book_id, lo, hi, first, last).items():
        if point_id in points:
            points[point_id].supply = supply
    ytd = _ytd(db, book_id, period, lo, hi)
    history = _history(db, book_id, period, lo, hi)
    for point in points.values():
        point.ytd_kwh = ytd.get(point.customer_id, Decimal(0))
        point.history_amount = history.get(point.point_id)
    # A suspended or closed customer's point is not read (the plan does not wait for it):
    # without a reading there is nothing to bill, which is not an error of the run. Nor is a
    # meter installed after the reading day (only its initial reading in the period): its
    # first regular reading, next period, bills the energy from the initial one.
    installed = {point_id for point_id, rows in current.items()
                 if all(r.kind == "initial" for r in rows)}
    return [p for p in points.values()
            if p.error is not None or p.meters or (p.active and p.point_id not in installed)]


def _points(db: Session, book_id: int, lo: int, hi: int) -> list[PointInput]:
    rows = db.connection().execute(
        select(MeteringPoint.id, Customer.id, Customer.office_id, Customer.customer_class,
               Customer.status, ServicePoint.status, ServicePoint.capacity_kva,
               MeteringPoint.metering_mode, MeteringPoint.multiplier)
        .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
        .join(Customer, Customer.id == ServicePoint.customer_id)
        .where(_in_chunk(MeteringPoint.id, book_id, lo, hi)))
    return [PointInput(point_id, customer_id, office_id, cls,
                       customer_status == "active" and sp_status == "active",
                       Decimal(capacity), mode, Decimal(multiplier))
            for (point_id, customer_id, office_id, cls, customer_status, sp_status, capacity,
                 mode, multiplier) in rows]


_READ_COLUMNS = (MeterReading.metering_point_id, MeterReading.meter_id, Meter.digits,
                 MeterReading.kind, MeterReading.read_on, MeterReading.status,
                 *(getattr(MeterReading, r) for r in READ_REGISTERS))


def _read_row(row: Sequence[Any]) -> tuple[int, ReadRow]:
    registers = dict(zip(READ_REGISTERS, row[6:], strict=True))  # Decimals from the driver
    return row[0], ReadRow(row[1], row[2], row[3], row[4], row[5], registers)


def _readings(db: Session, book_id: int, period: int, lo: int,
              hi: int) -> tuple[dict[int, list[ReadRow]], dict[int, ReadRow]]:
    """The period's billable readings per point, and each meter's last earlier billable
    reading (regular, or the initial reading of a meter installed then)."""
    billable = and_(MeterReading.status.in_(BILLABLE_STATUSES),
                    MeterReading.status != "superseded")
    current: dict[int, list[ReadRow]] = {}
    for row in db.connection().execute(select(*_READ_COLUMNS)
                          .join(Meter, Meter.id == MeterReading.meter_id)
                          .where(_in_chunk(MeterReading.metering_point_id, book_id, lo, hi),
                                 MeterReading.period == period, billable)):
        point_id, read = _read_row(row)
        current.setdefault(point_id, []).append(read)
    wanted = {r.meter_id for rows in current.values() for r in rows if r.kind != "initial"}
    previous = _previous_month(db, book_id, add_months(period, -1), lo, hi, billable)
    missing = sorted(wanted - previous.keys())
    for start in range(0, len(missing), 500):
        previous.update(_latest_before(db, period, missing[start:start + 500], billable))
    return current, previous


def _previous_month(db: Session, book_id: int, before: int, lo: int, hi: int,
                    billable: Any) -> dict[int, ReadRow]:
    found: dict[int, ReadRow] = {}
    for row in db.connection().execute(select(*_READ_COLUMNS)
                          .join(Meter, Meter.id == MeterReading.meter_id)
                          .where(_in_chunk(MeterReading.metering_point_id, book_id, lo, hi),
                                 MeterReading.period == before, billable,
                                 MeterReading.kind.in_(("regular", "initial")))):
        _, read = _read_row(row)
        if read.meter_id not in found or read.kind == "regular":
            found[read.meter_id] = read
    return found


def _latest_before(db: Session, period: int, meter_ids: list[int],
                   billable: Any) -> dict[int, ReadRow]:
    """The last billable reading before the period of meters not read last month (one index
    probe per meter)."""
    inner = MeterReading.__table__.alias("earlier")
    latest = (select(inner.c.id)
              .where(inner.c.meter_id == Meter.id, inner.c.period < period,
                     inner.c.status.in_(BILLABLE_STATUSES), inner.c.status != "superseded",
                     inner.c.kind.in_(("regular", "initial")))
              .order_by(inner.c.period.desc(), inner.c.kind.desc(), inner.c.id.desc())
              .limit(1).scalar_subquery())
    ids = select(latest).select_from(Meter).where(Meter.id.in_(meter_ids))
    rows = db.connection().execute(select(*_READ_COLUMNS)
                                   .join(Meter, Meter.id == MeterReading.meter_id)
                                   .where(MeterReading.id.in_(ids), billable))
    return {read.meter_id: read for read in (_read_row(r)[1] for r in rows)}


def _tariff_spans(db: Session, book_id: int, lo: int, hi: int, first: date, last: date,
                  catalog: TariffCatalog) -> dict[int, list[TariffSpan]]:
    """Per point, the approved tariff versions of its assignments, cut to the period."""
    rows = db.connection().execute(
        select(TariffAssignment.metering_point_id, TariffAssignment.tariff_code,
               TariffAssignment.effective_from, TariffAssignment.effective_to)
        .where(_in_chunk(TariffAssignment.metering_point_id, book_id, lo, hi),
               TariffAssignment.effective_from <= last,
               or_(TariffAssignment.effective_to.is_(None),
                   TariffAssignment.effective_to >= first))
        .order_by(TariffAssignment.metering_point_id, TariffAssignment.effective_from))
    spans: dict[int, list[TariffSpan]] = {}
    cache: dict[tuple[str, date, date], list[TariffSpan]] = {}
    for point_id, code, start, end in rows:
        a_first, a_last = max(first, start), min(last, end or last)
        key = (code, a_first, a_last)
        if key not in cache:
            cache[key] = version_spans(catalog, code, a_first, a_last)
        spans.setdefault(point_id, []).extend(cache[key])
    return spans


def _supply_spans(db: Session, book_id: int, lo: int, hi: int, first: date,
                  last: date) -> dict[int, list[SupplySpan]]:
    """Per point whose supply changed in the period (supply_change), its capacity and
    in-service state over the period's days; points whose last change is before the period
    are billed from the customer file as usual."""
    rows = db.connection().execute(
        select(MeteringPoint.id, SupplyChange.effective_from, SupplyChange.capacity_kva,
               SupplyChange.in_service, SupplyChange.previous_kva,
               SupplyChange.previous_in_service)
        .join(SupplyChange, SupplyChange.service_point_id == MeteringPoint.service_point_id)
        .where(_in_chunk(MeteringPoint.id, book_id, lo, hi),
               SupplyChange.effective_from <= last)
        .order_by(MeteringPoint.id, SupplyChange.effective_from, SupplyChange.id))
    changes: dict[int, list[tuple[date, Decimal, bool, Decimal, bool]]] = {}
    for point_id, day, kva, on, kva_before, on_before in rows:
        changes.setdefault(point_id, []).append((day, kva, on, kva_before, on_before))
    spans: dict[int, list[SupplySpan]] = {}
    for point_id, history in changes.items():
        if history[-1][0] <= first:
            continue
        spans[point_id] = supply_spans(history, first, last)
    return spans


def supply_spans(history: Sequence[tuple[date, Decimal, bool, Decimal, bool]], first: date,
                 last: date) -> list[SupplySpan]:
    """Cut first..last at each change of (effective_from, kVA, in service, kVA before, in
    service before), in date order; the days before the first change keep its 'before'."""
    _, _, _, kva, on = history[0]
    starts: dict[date, tuple[Decimal, bool]] = {first: (Decimal(kva), bool(on))}
    for day, capacity, in_service, _, _ in history:
        starts[max(day, first)] = (Decimal(capacity), bool(in_service))
    days = sorted(starts)
    return [SupplySpan(day, (days[i + 1] - timedelta(days=1)) if i + 1 < len(days) else last,
                       *starts[day]) for i, day in enumerate(days)]


def version_spans(catalog: TariffCatalog, code: str, first: date,
                  last: date) -> list[TariffSpan]:
    """The approved versions of ``code`` that are in effect between first and last."""
    result = []
    for tariff in catalog.versions(code):
        t_first = max(first, tariff.effective_from)
        t_last = min(last, tariff.effective_to or last)
        if t_first <= t_last:
            result.append(TariffSpan(code, tariff.version, t_first, t_last))
    return sorted(result, key=lambda s: s.first)


def _ytd(db: Session, book_id: int, period: int, lo: int, hi: int) -> dict[int, Decimal]:
    """Energy billed to each customer of the chunk in the tier year (calendar year) before
    the period: annual tiers continue from there."""
    year_start = period // 100 * 100 + 1
    if period == year_start:
        return {}
    customers = (select(ServicePoint.customer_id)
                 .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
                 .where(_in_chunk(MeteringPoint.id, book_id, lo, hi)))
    rows = db.connection().execute(select(Bill.customer_id, func.sum(Bill.energy_kwh))
                      .where(Bill.customer_id.in_(customers), Bill.period >= year_start,
                             Bill.period < period, Bill.status.in_(BILLED_STATUSES))
                      .group_by(Bill.customer_id))
    return {customer_id: Decimal(total).normalize() for customer_id, total in rows if total}


def _history(db: Session, book_id: int, period: int, lo: int, hi: int) -> dict[int, Decimal]:
    """Average amount of each point's released regular bills of the last three months."""
    rows = db.connection().execute(select(Bill.metering_point_id, func.sum(Bill.amount),
                                          func.count())
                      .where(_in_chunk(Bill.metering_point_id, book_id, lo, hi),
                             Bill.period >= add_months(period, -HISTORY_MONTHS),
                             Bill.period < period, LIVE_BILL, Bill.status == "released")
                      .group_by(Bill.metering_point_id))
    return {point_id: Decimal(total) / count for point_id, total, count in rows}


# -- writing a chunk -------------------------------------------------------------------------

BILL_COLUMNS = ("id", "customer_id", "metering_point_id", "office_id", "period", "kind",
                "status", "run_id", "review_reason", "energy_kwh", "amount", "due_on",
                "tariff_keys", "request", "engine_version", "created_at", "released_at",
                "released_by")
LINE_COLUMNS = ("bill_id", "seq", "segment", "code", "quantity", "unit_price", "amount")
LEDGER_COLUMNS = ("customer_id", "office_id", "entry_type", "amount", "posted_on",
                  "posted_at", "period", "due_on", "bill_id", "created_by", "note")
ERROR_COLUMNS = ("run_id", "metering_point_id", "reason", "detail")


def allocate_bill_ids(db: Session, count: int) -> list[int]:
    """Ids for the chunk's bills, so lines and ledger entries can name them before COPY."""
    if count == 0:
        return []
    if db.get_bind().dialect.name == "postgresql":
        return list(db.scalars(select(func.nextval("bill_id_seq"))
                               .select_from(func.generate_series(1, count))))
    # SQLite: the write transaction (BEGIN IMMEDIATE) already holds the database lock
    start = (db.scalar(select(func.max(Bill.id))) or 0) + 1
    return list(range(start, start + count))


def write_rows(db: Session, table: str, columns: Sequence[str],
               rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    if db.get_bind().dialect.name == "postgresql":
        write_text(db, table, columns, "".join(copy_line(r) + "\n" for r in rows))
        return
    # SQLite: straight to the driver with the values as SQLAlchemy would store them (its
    # per-row parameter processing cost more than the insert itself)
    raw: Any = db.connection().connection.dbapi_connection
    marks = ", ".join("?" * len(columns))
    raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                    [tuple(map(_sqlite_value, row)) for row in rows])


def _sqlite_value(value: Any) -> Any:
    """Decimal as its digits (NUMERIC affinity stores the number), UTC timestamps naive in
    SQLAlchemy's text form (dbschema.base.UtcDateTime), dates in ISO form."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_text(db: Session, table: str, columns: Sequence[str], text: str) -> None:
    """COPY rows already in COPY text format (PostgreSQL only)."""
    if not text:
        return
    raw: Any = db.connection().connection.dbapi_connection
    with raw.cursor() as cur:
        # one read of the whole buffer: psycopg2 takes the GIL for every read (bulk.py)
        cur.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(text),
                        size=max(len(text), 8192))


def credit_customers(db: Session, run_id: int, first_bill: int, last_bill: int) -> list[int]:
    """Customers of the chunk's released bills who had a prepaid credit before them."""
    new_bill = and_(LedgerEntry.entry_type == "bill",
                    LedgerEntry.bill_id.between(first_bill, last_bill))
    customers = (select(Bill.customer_id)
                 .where(Bill.run_id == run_id, Bill.id.between(first_bill, last_bill),
                        Bill.status == "released"))
    before = func.sum(case((new_bill, 0), else_=LedgerEntry.amount))
    credit = (select(LedgerEntry.customer_id).where(LedgerEntry.customer_id.in_(customers))
              .group_by(LedgerEntry.customer_id)
              .having(func.min(LedgerEntry.amount) < 0, before < 0))
    return sorted(db.scalars(credit))


# -- the run row -----------------------------------------------------------------------------

def clear_errors(db: Session, run_id: int) -> None:
    db.execute(delete(BillingRunError).where(BillingRunError.run_id == run_id))


def set_run(db: Session, run_id: int, **values: Any) -> None:
    db.execute(update(BillingRun).where(BillingRun.id == run_id).values(**values))


def run_totals(db: Session, run_id: int) -> tuple[int, int, Decimal]:
    """(bills, held for review, total amount) of the run's live bills."""
    row = db.execute(select(func.count(), func.coalesce(func.sum(
        case((Bill.status == "review", 1), else_=0)), 0),
        func.coalesce(func.sum(Bill.amount), 0))
        .where(Bill.run_id == run_id, Bill.status != "rejected")).one()
    return int(row[0]), int(row[1]), Decimal(row[2])


def error_count(db: Session, run_id: int) -> int:
    return db.scalar(select(func.count()).select_from(BillingRunError)
                     .where(BillingRunError.run_id == run_id)) or 0


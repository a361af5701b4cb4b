"""Demo history of the metering module: reading books (with readers), tariff assignments for every
metering point, reading plans and twelve months of validated readings, and this month's readings
imported but not yet validated (a few of them flagged).

History rows are computed here (integer hundredths, exact) and written in bulk; this month's
import goes through the real validation pipeline (service.ingest), so its flags and money at
risk are the ones the exception queue would compute. Deterministic for a given database.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from appserver.core.dates import add_months
from appserver.metering import service
from appserver.metering.dto import meter_registers
from dbschema.base import Base
from dbschema.seed.bulk import BulkWriter, deferred_indexes

BOOK_SIZE = 300
READERS = {"DH": "dh.reader", "XH": "xh.reader"}
HISTORY_MONTHS = 12
SEED = 2611
# Monthly kWh (after the multiplier) by class: a per-customer base drawn from this range.
BASE_KWH = {"residential": (70, 320), "commercial": (1200, 7000),
            "large_industry": (60_000, 420_000), "agriculture": (300, 2400)}
SEASON = {1: 1.25, 2: 1.15, 3: 0.95, 4: 0.9, 5: 1.0, 6: 1.2, 7: 1.55, 8: 1.6, 9: 1.2,
          10: 0.95, 11: 1.0, 12: 1.2}
AGRI_SEASON = {1: 0.4, 2: 0.4, 3: 0.7, 4: 1.2, 5: 1.5, 6: 1.7, 7: 2.0, 8: 1.9, 9: 1.3,
               10: 0.8, 11: 0.5, 12: 0.4}
# This month's import: what a real file brings (shares of points).
ANOMALIES = (("high", 0.004), ("zero", 0.002), ("backwards", 0.002), ("low", 0.002),
             ("tou_sum", 0.002), ("missing", 0.003))


@dataclass
class Point:
    point_id: int
    meter_id: int
    serial: str
    office_id: int
    cls: str
    active: bool
    capacity: int
    multiplier: Decimal
    digits: int
    registers: list[str]
    base_kwh: int = 0
    peak_share: int = 0  # percent
    valley_share: int = 0
    reactive_ratio: int = 0  # percent of active energy
    regs: dict[str, int] | None = None  # register values in hundredths


def seed_reading_data(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
    with engine.connect() as conn:
        if conn.execute(text("SELECT COUNT(*) FROM reading_book")).scalar():
            return
    rng = random.Random(SEED)
    current = today.year * 100 + today.month
    with Session(engine) as db, db.begin():
        points = _points(db)
        _fit_meters_to_tariffs(db)
        offices: dict[int, str] = dict(
            db.execute(text("SELECT id, code FROM org_unit")).all())
    books = _books(points, offices)
    periods = [add_months(current, -n) for n in range(HISTORY_MONTHS, 0, -1)]
    for p in points:
        _start(p, rng)
    with BulkWriter(engine) as bulk:
        _write_books(bulk, books, points)
        plan_ids = _write_plans(bulk, books, [*periods, current], today)
    with _reading_writer(engine) as write:
        _write_history(write, books, points, periods, plan_ids, rng)
    _reset_sequences(engine)
    _import_this_month(engine, books, points, current, today, rng)


def _points(db: Session) -> list[Point]:
    rows = db.execute(text("""
        SELECT mp.id, m.id, m.serial, c.office_id, c.customer_class,
               CASE WHEN c.status = 'active' AND sp.status = 'active' THEN 1 ELSE 0 END,
               sp.capacity_kva, mp.multiplier, m.digits, m.registers
        FROM metering_point mp
        JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id
        JOIN meter m ON m.metering_point_id = mp.id AND m.removed_on IS NULL
        ORDER BY mp.id""")).all()
    return [Point(int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]), bool(r[5]),
                  int(Decimal(str(r[6]))), Decimal(str(r[7])), int(r[8]),
                  meter_registers(_tariff_registers(str(r[4]), str(r[9])))) for r in rows]


def _tariff_registers(cls: str, registers: str) -> str:
    """AG-PROD adjusts for power factor: an agricultural meter needs a reactive register."""
    return "total,reactive" if cls == "agriculture" else registers


def _fit_meters_to_tariffs(db: Session) -> None:
    db.execute(text("UPDATE meter SET registers = 'total,reactive' WHERE metering_point_id IN "
                    "(SELECT mp.id FROM metering_point mp JOIN service_point sp "
                    "ON sp.id = mp.service_point_id JOIN customer c ON c.id = sp.customer_id "
                    "WHERE c.customer_class = 'agriculture')"))


@dataclass
class Book:
    book_id: int
    code: str
    office_id: int
    reading_day: int
    points: list[Point]
    open_now: bool = False


def _books(points: list[Point], offices: dict[int, str]) -> list[Book]:
    by_office: dict[int, list[Point]] = {}
    for p in points:
        by_office.setdefault(p.office_id, []).append(p)
    books: list[Book] = []
    for office_id in sorted(by_office):
        members = by_office[office_id]
        count = max(2 if len(members) >= 20 else 1, round(len(members) / BOOK_SIZE))
        size = -(-len(members) // count)
        for n in range(count):
            day = 2 + (n * 7 + office_id * 3) % 24
            books.append(Book(len(books) + 1, f"{offices[office_id]}-{n + 1:03d}", office_id,
                              day, members[n * size:(n + 1) * size]))
    for code in ("DH", "XH"):  # a couple of books not read yet this month
        own = [b for b in books if offices[b.office_id] == code]
        if len(own) > 1:
            own[-1].open_now = True
    return books


def _start(p: Point, rng: random.Random) -> None:
    low, high = BASE_KWH[p.cls]
    p.base_kwh = rng.randint(low, high)
    if p.cls == "large_industry":  # bounded by the transformer
        p.base_kwh = min(p.base_kwh, p.capacity * 300)
    p.peak_share, p.valley_share = rng.randint(28, 40), rng.randint(22, 35)
    p.reactive_ratio = rng.randint(30, 55) if p.cls == "large_industry" else rng.randint(45, 75)
    wrap = 10 ** p.digits * 100
    start = rng.randint(1_000, 60_000) * 100
    if rng.random() < 0.01:  # a few meters near the end of their range: they roll over
        start = wrap - rng.randint(50, 400) * 100
    peak = start * p.peak_share // 100
    valley = start * p.valley_share // 100
    p.regs = {"total": start, "peak": peak, "valley": valley, "flat": start - peak - valley,
              "reactive": start * p.reactive_ratio // 100, "max_demand": 0}


def _write_books(bulk: BulkWriter, books: list[Book], points: list[Point]) -> None:
    _ = points
    for b in books:
        reader = None
        bulk.write("reading_book", [_row("reading_book", id=b.book_id, code=b.code,
                                         name=f"抄表本 {b.code}", office_id=b.office_id,
                                         reading_day=b.reading_day, reader_id=reader,
                                         route=_route(b), active=True)])
        bulk.write("book_point", [_row("book_point", metering_point_id=p.point_id,
                                       book_id=b.book_id, sequence=10 * (i + 1))
                                  for i, p in enumerate(b.points)])
        bulk.write("tariff_assignment", [_row("tariff_assignment", id=p.point_id,
                                              metering_point_id=p.point_id,
                                              tariff_code=_tariff(p),
                                              effective_from=date(2024, 1, 1),
                                              effective_to=None) for p in b.points])


def _route(b: Book) -> str:
    first, last = b.points[0].point_id, b.points[-1].point_id
    return f"计量点 MP{first:09d} – MP{last:09d}，每月 {b.reading_day} 日"


def _tariff(p: Point) -> str:
    if p.cls == "commercial":
        return "CI-TOU"
    if p.cls == "large_industry":
        return "LI-CAP" if p.capacity < 2000 else "LI-DEMAND"
    if p.cls == "agriculture":
        return "AG-PROD"
    return "JX-RES-ANNUAL"


def _write_plans(bulk: BulkWriter, books: list[Book], periods: list[int],
                 today: date) -> dict[tuple[int, int], int]:
    ids: dict[tuple[int, int], int] = {}
    rows = []
    current = periods[-1]
    for period in periods:
        for b in books:
            ids[(b.book_id, period)] = len(ids) + 1
            status = "validated" if period != current else "open"
            rows.append(_row("reading_plan", id=ids[(b.book_id, period)], book_id=b.book_id,
                             period=period, planned_on=_day(period, b.reading_day),
                             status=status))
    bulk.write("reading_plan", rows)
    _ = today
    return ids


def _day(period: int, day: int) -> date:
    return date(period // 100, period % 100, day)


def _write_history(write: Callable[[list[tuple[Any, ...]]], None], books: list[Book],
                   points: list[Point], periods: list[int], plan_ids: dict[tuple[int, int], int],
                   rng: random.Random) -> None:
    _ = points
    next_id = 1
    for b in books:
        first = periods[0]
        start = add_months(first, -1)  # the readings the history starts from (no plan)
        write([_reading(next_id + i, p, None, start,
                                              _day(start, b.reading_day), None, "valid", "")
                                     for i, p in enumerate(b.points)])
        next_id += len(b.points)
        for period in periods:
            rows = []
            for p in b.points:
                kwh = _month_kwh(p, period, rng)
                flags = _advance(p, kwh)
                estimated = p.active and rng.random() < 0.003
                rows.append(_reading(next_id, p, plan_ids[(b.book_id, period)], period,
                                     _day(period, b.reading_day), kwh,
                                     "estimated" if estimated else "valid", flags))
                next_id += 1
            write(rows)


def _month_kwh(p: Point, period: int, rng: random.Random) -> int:
    if not p.active:
        return 0
    season = (AGRI_SEASON if p.cls == "agriculture" else SEASON)[period % 100]
    if p.cls == "large_industry":
        season = 1 + (season - 1) * 0.3  # industry follows its orders more than the weather
    return max(1, round(p.base_kwh * season * rng.uniform(0.88, 1.12)))


def _advance(p: Point, kwh: int) -> str:
    """Move the registers by ``kwh`` (in hundredths of a register unit); 'rollover' when the
    total wraps."""
    assert p.regs is not None
    step = kwh * 100 * 100 // int(p.multiplier * 100)  # hundredths of a register unit
    kwh_exact = step  # what the registers show, in hundredths
    peak = step * p.peak_share // 100
    valley = step * p.valley_share // 100
    wrap = 10 ** p.digits * 100
    wrapped = p.regs["total"] + step >= wrap
    for name, amount in (("total", step), ("peak", peak), ("valley", valley),
                         ("flat", step - peak - valley),
                         ("reactive", step * p.reactive_ratio // 100)):
        p.regs[name] = (p.regs[name] + amount) % wrap
    p.regs["max_demand"] = kwh_exact * 100 // (720 * 55) if p.cls == "large_industry" else 0
    return "rollover" if wrapped else ""


@contextmanager
def _reading_writer(engine: Engine) -> Iterator[Callable[[list[tuple[Any, ...]]], None]]:
    """COPY on PostgreSQL (indexes rebuilt after); on SQLite the driver's executemany with
    plain values and the indexes built after the load (measured: SQLAlchemy's per-row
    parameter processing and index upkeep made 260,000 rows take 77 s instead of ~8 s)."""
    if engine.dialect.name == "postgresql":
        _STAMP_SUFFIX[0] = "+00:00"
        with deferred_indexes(engine, ["meter_reading"]), BulkWriter(engine) as bulk:
            yield lambda rows: bulk.write("meter_reading", rows)
        return
    table = Base.metadata.tables["meter_reading"]
    raw: Any = engine.raw_connection()
    try:
        cur = raw.cursor()
        # Rows made here refer to rows made just before; checking each key costs more than
        # the insert (the pragma cannot change inside a transaction).
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.execute("BEGIN")  # the engine's connections autocommit (core/db.py)
        for index in table.indexes:
            cur.execute(f"DROP INDEX IF EXISTS {index.name}")
        marks = ", ".join("?" for _ in table.columns)
        sql = f"INSERT INTO meter_reading ({', '.join(_COLUMNS['meter_reading'])}) VALUES ({marks})"
        _STAMP_SUFFIX[0] = ".000000"
        yield lambda rows: cur.executemany(sql, rows)
        cur.execute("COMMIT")
    finally:
        raw.cursor().execute("PRAGMA foreign_keys=ON")
        raw.close()
    with engine.begin() as conn:
        for index in table.indexes:
            index.create(conn)


def _hundredths(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def _reading(reading_id: int, p: Point, plan_id: int | None, period: int, read_on: date,
             kwh: int | None, status: str, flags: str) -> tuple[Any, ...]:
    """A meter_reading row in column order, as plain strings both databases read (this runs
    260,000 times for the 20,000-customer demo: no Decimal, no dict)."""
    assert p.regs is not None
    regs = p.regs
    values = [_text(regs[r]) if r in p.registers else None for r in _REGISTERS]
    consumption = None
    if kwh is not None:
        step = kwh * 100 * 100 // int(p.multiplier * 100)
        consumption = (_text(step * int(p.multiplier)) if p.multiplier == int(p.multiplier)
                       else str(Decimal(step).scaleb(-2) * p.multiplier))
    source = "estimated" if status == "estimated" else ("import" if reading_id % 3 else "manual")
    day = read_on.isoformat()
    return (reading_id, plan_id, p.point_id, p.meter_id, period, "regular", day, *values, source,
            status, flags, consumption, "0.00", None, f"{day} 09:00:00{_STAMP_SUFFIX[0]}", "",
            None)


def _text(hundredths: int) -> str:
    return f"{hundredths // 100}.{hundredths % 100:02d}"


_REGISTERS = ("total", "peak", "flat", "valley", "critical_peak", "deep_valley", "reactive",
              "max_demand")
_COLUMNS = {name: [c.name for c in Base.metadata.tables[name].columns]
            for name in ("reading_book", "book_point", "tariff_assignment", "reading_plan",
                         "meter_reading")}


assert _COLUMNS["meter_reading"] == [
    "id", "plan_id", "metering_point_id", "meter_id", "period", "kind", "read_on", *_REGISTERS,
    "source", "status", "flags", "consumption_kwh", "money_at_risk", "entered_by", "entered_at",
    "note", "replaces_id"], "_reading builds rows in this column order"
# How a UTC timestamp is written: COPY reads an offset; SQLAlchemy keeps SQLite's naive.
_STAMP_SUFFIX = ["+00:00"]


def _row(table: str, **values: Any) -> tuple[Any, ...]:
    return tuple(values[c] for c in _COLUMNS[table])


def _reset_sequences(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table in ("reading_book", "reading_plan", "tariff_assignment", "meter_reading"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"COALESCE((SELECT max(id) FROM {table}), 1))"))


def _import_this_month(engine: Engine, books: list[Book], points: list[Point], period: int,
                       today: date, rng: random.Random) -> None:
    """This month's file for every book read by today, through the real pipeline."""
    _ = points
    rows = list(_this_month_rows(books, period, today, rng))
    now = datetime.combine(today, time(2), UTC)
    with Session(engine) as db, db.begin():
        offices = frozenset(int(o) for o in db.scalars(text("SELECT id FROM org_unit")))
        service.ingest(db, period, rows, offices, None, now, today)
        _assign_readers(db)


def _this_month_rows(books: list[Book], period: int, today: date,
                     rng: random.Random) -> Iterator[tuple[Any, ...]]:
    line = 1
    for b in books:
        if b.open_now:
            continue
        read_on = min(_day(period, b.reading_day), today)
        for p in b.points:
            line += 1
            kwh = _month_kwh(p, period, rng)
            anomaly = _pick(rng)
            if anomaly == "missing" and p.active:
                _advance(p, kwh)
                continue
            if anomaly == "high":
                kwh *= 5
            elif anomaly == "low":
                kwh = max(1, kwh // 8)
            elif anomaly == "zero" and p.active:
                kwh = 0
            _advance(p, kwh)
            assert p.regs is not None
            values = {r: _hundredths(p.regs[r]) for r in p.registers}
            if anomaly == "backwards":
                values["total"] = max(Decimal(0), values["total"] - Decimal(900))
            if anomaly == "tou_sum" and "peak" in values:
                values["peak"] += Decimal(37)
            yield (line, p.serial, "regular", read_on.isoformat(),
                   *[None if values.get(r) is None else str(values[r]) for r in _REGISTERS],
                   "import", None, "")


def _pick(rng: random.Random) -> str | None:
    roll = rng.random()
    for name, share in ANOMALIES:
        if roll < share:
            return name
        roll -= share
    return None


def _assign_readers(db: Session) -> None:
    """The office's reading supervisor reads (and answers for) the office's books."""
    for code, username in READERS.items():
        db.execute(text("UPDATE reading_book SET reader_id = (SELECT id FROM app_user WHERE "
                        "username = :u) WHERE office_id = (SELECT id FROM org_unit WHERE "
                        "code = :c)"), {"u": username, "c": code})

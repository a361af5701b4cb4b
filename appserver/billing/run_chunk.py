"""One chunk of a billing run: read the points, rate them, and make the rows to write.

The same code runs inline (tests, SQLite, small books) and in worker processes (large
books on PostgreSQL), where each worker reads its chunk through its own connection and hands
back the rows already in COPY text, so the coordinating process only writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from appserver.billing import run_repository as repo
from appserver.billing.bulk_rating import PointError, RatedBill, Rater, bill_point
from appserver.billing.rating import ENGINE_VERSION, TariffCatalog
from appserver.billing.run_inputs import RunSettings
from dbschema.seed.bulk import copy_line

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Chunk:
    number: int  # 1-based
    lo: int
    hi: int
    point_ids: tuple[int, ...]
    bill_ids: tuple[int, ...] = ()  # one per point, allocated before rating


@dataclass
class ChunkRows:
    """What one chunk writes; ``text`` holds the same rows as COPY text (worker mode)."""

    bills: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    ledger: list[Row] = field(default_factory=list)
    errors: list[Row] = field(default_factory=list)
    text: dict[str, str] = field(default_factory=dict)
    first_bill: int = 0
    last_bill: int = 0
    released: int = 0

    def as_text(self) -> ChunkRows:
        """The rows as COPY text: a string crosses a process boundary far faster than
        tuples of Decimals."""
        text = {name: "".join(copy_line(r) + "\n" for r in rows)
                for name, rows in (("bill", self.bills), ("bill_line", self.lines),
                                   ("ledger_entry", self.ledger))}
        return ChunkRows(errors=self.errors, text=text, first_bill=self.first_bill,
                         last_bill=self.last_bill, released=self.released)


def rate_chunk(db: Session, chunk: Chunk, book_id: int, settings: RunSettings,
               catalog: TariffCatalog, rater: Rater, now: datetime) -> ChunkRows:
    points = repo.load_chunk(db, book_id, settings.period, chunk.lo, chunk.hi,
                             set(chunk.point_ids), catalog)
    points.sort(key=lambda p: p.point_id)
    rated = [bill_point(p, settings, rater) for p in points]
    return chunk_rows(rated, chunk, settings, now)


def chunk_rows(rated: list[RatedBill | PointError], chunk: Chunk, s: RunSettings,
               now: datetime) -> ChunkRows:
    rows = ChunkRows()
    bill_ids = iter(chunk.bill_ids)
    for item in rated:
        if isinstance(item, PointError):
            rows.errors.append((s.run_id, item.point_id, item.reason, item.detail))
            continue
        bill_id = next(bill_ids)
        released = not item.review_reason
        rows.bills.append((
            bill_id, item.customer_id, item.point_id, item.office_id, s.period, "regular",
            "released" if released else "review", s.run_id, item.review_reason,
            item.energy_kwh, item.amount, s.due_on, item.tariff_keys, item.request_json,
            ENGINE_VERSION, now, now if released else None,
            s.created_by if released else None))
        rows.lines.extend((bill_id, seq, segment, code, quantity, price, amount)
                          for seq, (segment, code, quantity, price, amount)
                          in enumerate(item.lines, start=1))
        if released:
            rows.released += 1
            if item.amount > 0:
                rows.ledger.append((item.customer_id, item.office_id, "bill", item.amount,
                                    s.business_date, now, s.period, s.due_on, bill_id,
                                    s.created_by, ""))
        rows.first_bill = rows.first_bill or bill_id
        rows.last_bill = bill_id
    return rows


def write_chunk(db: Session, rows: ChunkRows) -> None:
    """Bills, then their lines and ledger entries, then the points that failed."""
    for table, columns, plain in (("bill", repo.BILL_COLUMNS, rows.bills),
                                  ("bill_line", repo.LINE_COLUMNS, rows.lines),
                                  ("ledger_entry", repo.LEDGER_COLUMNS, rows.ledger)):
        if table in rows.text:
            repo.write_text(db, table, columns, rows.text[table])
        else:
            repo.write_rows(db, table, columns, plain)
    repo.write_rows(db, "billing_run_error", repo.ERROR_COLUMNS, rows.errors)


def chunk_amount(rows: ChunkRows) -> Decimal:
    return sum((Decimal(r[10]) for r in rows.bills), Decimal("0.00"))

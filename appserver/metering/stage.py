"""The staging table every new reading passes through (entry, import, correction, estimate,
meter change): rows are copied in bulk, then matched, validated and inserted by set-based
SQL (pipeline.py) — never one ORM object per reading.

On PostgreSQL the rows go in with COPY (a temporary table, dropped at commit); on SQLite with
one executemany. Values are the strings of the wire/file (already checked), so both databases
parse them as exact decimals.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dbschema.models.metering import REGISTERS

STAGE = "mr_stage"
STAGE_COLUMNS = ("line_no", "serial", "kind", "read_on", *REGISTERS, "source",
                 "forced_status", "note")
_STAGE_DDL = (
    "line_no INTEGER NOT NULL, serial VARCHAR(24) NOT NULL, kind VARCHAR(8) NOT NULL, "
    "read_on DATE NOT NULL, "
    + ", ".join(f"{r} NUMERIC(16, 4)" for r in REGISTERS)
    + ", source VARCHAR(10) NOT NULL, forced_status VARCHAR(10), note VARCHAR(200) NOT NULL"
)


@dataclass(frozen=True)
class StagedRead:
    """One reading to stage; register values as plain decimal strings or None."""

    line_no: int
    serial: str
    kind: str
    read_on: date
    registers: dict[str, Decimal | None]
    source: str
    forced_status: str | None = None
    note: str = ""

    def values(self) -> tuple[Any, ...]:
        regs = tuple(None if self.registers.get(r) is None else str(self.registers[r])
                     for r in REGISTERS)
        return (self.line_no, self.serial, self.kind, self.read_on.isoformat(), *regs,
                self.source, self.forced_status, self.note)


def is_postgres(db: Session) -> bool:
    return db.get_bind().dialect.name == "postgresql"


def create(db: Session, name: str = STAGE) -> None:
    drop(db, name)
    suffix = ""
    if is_postgres(db):
        suffix = " ON COMMIT DROP"
        # The validation statements are wide: compiling them (JIT) took 5.7 of 12 s for
        # 20,000 readings, and running them needs no JIT.
        db.execute(text("SET LOCAL jit = off"))
    db.execute(text(f"CREATE TEMPORARY TABLE {name} ({_STAGE_DDL}){suffix}"))


def drop(db: Session, *names: str) -> None:
    for name in names or (STAGE,):
        db.execute(text(f"DROP TABLE IF EXISTS {name}"))


def write(db: Session, rows: Iterable[tuple[Any, ...]]) -> int:
    """Rows in STAGE_COLUMNS order (strings or None); returns how many were staged."""
    if is_postgres(db):
        return _copy(db, rows)
    batch = list(rows)
    if batch:
        marks = ", ".join(f":{c}" for c in STAGE_COLUMNS)
        db.execute(text(f"INSERT INTO {STAGE} ({', '.join(STAGE_COLUMNS)}) VALUES ({marks})"),
                   [dict(zip(STAGE_COLUMNS, r, strict=True)) for r in batch])
    return len(batch)


def write_reads(db: Session, reads: Sequence[StagedRead]) -> int:
    return write(db, (r.values() for r in reads))


def _copy(db: Session, rows: Iterable[tuple[Any, ...]]) -> int:
    buf = io.StringIO()
    count = 0
    for row in rows:
        buf.write("\t".join("\\N" if v is None else _escape(str(v)) for v in row))
        buf.write("\n")
        count += 1
    buf.seek(0)
    raw: Any = db.connection().connection.dbapi_connection
    with raw.cursor() as cur:
        cur.copy_expert(f"COPY {STAGE} ({', '.join(STAGE_COLUMNS)}) FROM STDIN", buf,
                        size=64 * 1024 * 1024)
    return count


def _escape(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r"))
    return value

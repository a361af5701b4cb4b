"""Fast bulk inserts: COPY on PostgreSQL, Core executemany elsewhere. Rows are tuples in the
table's column order; one transaction for the whole load."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine

from dbschema.base import Base


def _copy_value(value: object) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "t" if value else "f"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


class BulkWriter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None
        self.rows_written = 0

    def __enter__(self) -> BulkWriter:
        self.conn = self.engine.connect()
        self.conn.begin()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self.conn is not None
        if exc_type is None:
            self.conn.commit()
        else:
            self.conn.rollback()
        self.conn.close()

    def write(self, table_name: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        assert self.conn is not None
        table = Base.metadata.tables[table_name]
        columns = [c.name for c in table.columns]
        if self.engine.dialect.name == "postgresql":
            buf = io.StringIO()
            for row in rows:
                buf.write("\t".join(_copy_value(v) for v in row))
                buf.write("\n")
            buf.seek(0)
            raw: Any = self.conn.connection.dbapi_connection
            with raw.cursor() as cur:
                cur.copy_expert(f"COPY {table_name} ({', '.join(columns)}) FROM STDIN", buf)
        else:
            self.conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
        self.rows_written += len(rows)



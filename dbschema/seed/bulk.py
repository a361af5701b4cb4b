"""Fast bulk inserts: COPY on PostgreSQL, Core executemany elsewhere. Rows are tuples in the
table's column order; one transaction for the whole load.

On PostgreSQL the COPY runs in a background thread, so Python can generate the next chunk
while the server (its own process) parses and checks the previous one; psycopg2 releases the
GIL while it waits for the server. 1,000,000 customers (4,000,000 rows) took 94 s on a
2-core machine under light load, 234 s under heavy load (docs/performance.md).
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, Index, Table, select, text

from dbschema.base import Base

_NULL = "\\N"
_STOP = None
# Chunks formatted but not yet copied; bounds memory while keeping the server busy.
_PENDING_CHUNKS = 2
_INDEX_BUILDERS = 2
_COPY_READ_SIZE = 64 * 1024 * 1024
_INDEX_BUILD_MEMORY = "256MB"


def _copy_value(value: object) -> str:
    if value is None:
        return _NULL
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "t" if value else "f"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def copy_line(row: tuple[Any, ...]) -> str:
    """One row in COPY text format.

    The fast path does its work in C (str, join, count); a row holding a tab, a backslash or
    a line break falls back to escaping value by value. str() of date, datetime, bool and
    Decimal is already a form PostgreSQL reads.
    """
    parts = [_NULL if v is None else str(v) for v in row]
    line = "\t".join(parts)
    if (line.count("\t") == len(parts) - 1 and line.count("\\") == parts.count(_NULL)
            and "\n" not in line and "\r" not in line):
        return line
    return "\t".join(_copy_value(v) for v in row)


class BulkWriter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None
        self.rows_written = 0
        self._queue: queue.Queue[tuple[str, io.StringIO] | None] = queue.Queue(_PENDING_CHUNKS)
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None

    def __enter__(self) -> BulkWriter:
        self.conn = self.engine.connect()
        self.conn.begin()
        if self.engine.dialect.name == "postgresql":
            self._worker = threading.Thread(target=self._copy_loop, name="bulk-copy",
                                            daemon=True)
            self._worker.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self.conn is not None
        try:
            self._finish_worker()
        finally:
            if exc_type is None and self._error is None:
                self.conn.commit()
            else:
                self.conn.rollback()
            self.conn.close()
        if exc_type is None and self._error is not None:
            raise self._error

    def write(self, table_name: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        assert self.conn is not None
        table = Base.metadata.tables[table_name]
        if self._worker is not None:
            self._raise_worker_error()
            buf = io.StringIO()
            buf.write("\n".join(map(copy_line, rows)))
            buf.write("\n")
            buf.seek(0)
            self._queue.put((table_name, buf))
        else:
            columns = [c.name for c in table.columns]
            self.conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
        self.rows_written += len(rows)

    def _copy_loop(self) -> None:
        assert self.conn is not None
        raw: Any = self.conn.connection.dbapi_connection
        while (item := self._queue.get()) is not _STOP:
            table_name, buf = item
            if self._error is not None:
                continue  # drain so the producer never blocks on a dead consumer
            columns = [c.name for c in Base.metadata.tables[table_name].columns]
            try:
                with raw.cursor() as cur:
                    # One read of the whole chunk: psycopg2 takes the GIL for every read and
                    # the producer holds it for up to 5 ms each time; with 8 KiB reads a
                    # 50,000-row COPY took 7.9 s instead of 4.5 s next to a busy thread.
                    cur.copy_expert(f"COPY {table_name} ({', '.join(columns)}) FROM STDIN",
                                    buf, size=_COPY_READ_SIZE)
            except BaseException as exc:  # handed to the producer thread
                self._error = exc

    def _raise_worker_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _finish_worker(self) -> None:
        if self._worker is None:
            return
        self._queue.put(_STOP)
        self._worker.join()
        self._worker = None


@contextmanager
def deferred_indexes(engine: Engine, table_names: Sequence[str]) -> Iterator[None]:
    """Drop the plain indexes of empty PostgreSQL tables for a bulk load, rebuild them after.

    Building a GIN trigram index once over a million rows is several times faster than
    growing it row by row during COPY. Unique constraints and foreign keys stay in place, so
    the load is checked as usual. The indexes are rebuilt from the models even if the load
    fails, so the schema always matches the migrations; two connections build them in
    parallel (one per core on the target machines).
    """
    tables = [Base.metadata.tables[name] for name in table_names]
    indexes = [ix for t in tables for ix in sorted(t.indexes, key=lambda i: str(i.name))]
    if engine.dialect.name != "postgresql" or not _all_empty(engine, tables):
        yield
        return
    with engine.begin() as conn:
        for ix in indexes:
            ix.drop(conn)
    try:
        yield
    finally:
        with ThreadPoolExecutor(max_workers=_INDEX_BUILDERS) as pool:
            for future in [pool.submit(_build_index, engine, ix) for ix in indexes]:
                future.result()


def _all_empty(engine: Engine, tables: Sequence[Table]) -> bool:
    with engine.connect() as conn:
        return all(conn.execute(select(t.c[0]).limit(1)).first() is None for t in tables)


def _build_index(engine: Engine, index: Index) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"SET LOCAL maintenance_work_mem = '{_INDEX_BUILD_MEMORY}'"))
        index.create(conn)

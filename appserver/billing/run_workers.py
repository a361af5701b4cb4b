"""Worker processes for large billing runs: each reads, rates and formats whole chunks.

Workers are spawned, never forked: the app server has threads (Pyro5, the job runner), and
a forked child could inherit a lock held by one of them. Each worker opens its own
database connection and returns a chunk's rows as COPY text; the coordinating process
writes and commits chunks in order, at most ``workers + 1`` chunks ahead of its writes, so
memory stays bounded whatever the size of the book.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from appserver.billing import run_repository as repo
from appserver.billing.fast_rating import fast_rater
from appserver.billing.rating import Tariff, TariffCatalog
from appserver.billing.run_chunk import Chunk, ChunkRows, rate_chunk
from appserver.billing.run_inputs import RunSettings
from appserver.core.runtime import Runtime

_state: dict[str, Any] = {}


def _init(url: str, tariffs: list[Tariff]) -> None:
    engine: Engine = create_engine(url, pool_size=1, max_overflow=0)
    catalog = TariffCatalog(tariffs)
    _state.update(engine=engine, catalog=catalog, rater=fast_rater(catalog))


def _work(chunk: Chunk, book_id: int, settings: RunSettings, now: datetime) -> ChunkRows:
    with Session(_state["engine"]) as db:
        rows = rate_chunk(db, chunk, book_id, settings, _state["catalog"], _state["rater"],
                          now)
    return rows.as_text()


def parallel_chunks(rt: Runtime, chunks: list[Chunk], book_id: int, settings: RunSettings,
                    catalog: TariffCatalog, workers: int) -> Iterator[tuple[Chunk, ChunkRows]]:
    url = rt.db.engine.url.render_as_string(hide_password=False)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init, initargs=(url, catalog.all()))
    pending: deque[tuple[Chunk, Future[ChunkRows]]] = deque()
    queue = iter(chunks)

    def submit() -> None:
        chunk = next(queue, None)
        if chunk is None:
            return
        with rt.db.unit_of_work() as db:  # sequence values: gaps are harmless
            ids = tuple(repo.allocate_bill_ids(db, len(chunk.point_ids)))
        numbered = Chunk(chunk.number, chunk.lo, chunk.hi, chunk.point_ids, ids)
        pending.append((chunk, pool.submit(_work, numbered, book_id, settings,
                                           rt.clock.now())))

    try:
        for _ in range(workers + 1):
            submit()
        while pending:
            chunk, future = pending.popleft()
            rows = future.result()
            submit()
            yield chunk, rows
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

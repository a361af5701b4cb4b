"""The embedded set-up of the demo: primary and standby over one SQLite file. Killing the
primary mid-write must lose nothing and apply nothing twice there either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from tests.helpers.daemons import ServerProcess, start_pair, stop_pair
from tests.helpers.inprocess import seeded_sqlite
from tests.integration.test_failover import run_failover

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def sqlite_url() -> Iterator[str]:
    url = seeded_sqlite(300)
    yield url
    path = Path(url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.parent.rmdir()


@pytest.fixture
def sqlite_servers(sqlite_url: str) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    pair = start_pair(sqlite_url, lease_seconds=3)
    try:
        yield pair
    finally:
        stop_pair(pair)


def test_failover_on_sqlite(sqlite_servers: tuple[ServerProcess, ServerProcess],
                            sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    with Session(engine) as session:
        run_failover(sqlite_servers, session, "gateway", total=160, kill_after=60)
    engine.dispose()

"""Each integration test gets its own migrated + seeded database and its own pair of real
app server processes (primary and standby, lease_seconds = 3)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from tests.helpers.daemons import ServerProcess, start_pair, stop_pair


@pytest.fixture
def it_database(fresh_pg_database: Callable[..., str]) -> str:
    return fresh_pg_database(seeded=True)


@pytest.fixture
def servers(it_database: str) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    pair = start_pair(it_database, lease_seconds=3)
    try:
        yield pair
    finally:
        stop_pair(pair)


@pytest.fixture(scope="module")
def shared_servers(fresh_pg_database: Callable[..., str]
                   ) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    """One pair for the tests of a module that neither kill nor count anything global."""
    pair = start_pair(fresh_pg_database(seeded=True), lease_seconds=3)
    try:
        yield pair
    finally:
        stop_pair(pair)


@pytest.fixture
def it_session(it_database: str) -> Iterator[Session]:
    engine = create_engine(it_database)
    with Session(engine) as session:
        yield session
    engine.dispose()

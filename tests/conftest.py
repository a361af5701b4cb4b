"""Shared fixtures: one throwaway PostgreSQL cluster per test run, started only when a test
asks for it; a database built by the Alembic migrations and seeded with a small demo; and a
rollback per test, so service tests run on real PostgreSQL without leaving anything behind."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.orm import Session

from appserver.core.clock import FixedClock
from appserver.core.config import ServerConfig
from appserver.core.runtime import Runtime
from tests.helpers import pgdb
from tests.helpers.api import Clients
from tests.helpers.pgcluster import PgCluster, start_cluster

# CI machines are small and shared: property tests judge results, never how long one example
# took (hypothesis' default 200 ms deadline made loaded runs flaky).
settings.register_profile("pmis", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pmis")

# A Saturday morning, after the demo data's NOW (2026-11-01): sessions start fresh.
TEST_START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Anything that touches the cluster is a ``pg`` test, marked or not (``fixturenames``
    is the whole closure, so indirect use counts too)."""
    for item in items:
        if "pg_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.pg)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template_url(pg_cluster: PgCluster) -> str:
    """Migrated + seeded once; every other test database is a copy of it."""
    return pgdb.build_template(pg_cluster)


@pytest.fixture(scope="session")
def fresh_pg_database(pg_cluster: PgCluster,
                      pg_template_url: str) -> Callable[..., str]:
    """``fresh_pg_database(seeded=True)`` -> URL of a new database of its own."""
    counter = itertools.count(1)

    def make(seeded: bool = True) -> str:
        name = f"pmis_t{next(counter)}"
        if seeded:
            return pgdb.clone_template(pg_cluster, name)
        return pgdb.create_database(pg_cluster, name)

    return make


@pytest.fixture(scope="session")
def pg_url(pg_cluster: PgCluster, pg_template_url: str) -> str:
    return pgdb.clone_template(pg_cluster, "pmis_rollback")


@pytest.fixture(scope="session")
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_connection(pg_engine: Engine) -> Iterator[Connection]:
    conn = pg_engine.connect()
    outer = conn.begin()
    try:
        yield conn
    finally:
        outer.rollback()
        conn.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_START)


@pytest.fixture
def pg_runtime(pg_connection: Connection, pg_url: str, clock: FixedClock) -> Runtime:
    cfg = ServerConfig(database_url=pg_url, name="test1", role="primary")
    return Runtime(cfg, pgdb.RollbackDatabase(pg_connection), clock)


@pytest.fixture
def db(pg_connection: Connection) -> Iterator[Session]:
    """The test's own view of the same transaction (flush, never commit)."""
    session = Session(bind=pg_connection, join_transaction_mode="create_savepoint",
                      expire_on_commit=False)
    yield session
    session.close()


@pytest.fixture
def api(pg_runtime: Runtime, db: Session, clock: FixedClock) -> Clients:
    return Clients(pg_runtime, db, clock)

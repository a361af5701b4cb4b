"""Databases on the throwaway cluster: a migrated, seeded template and cheap clones of it,
plus the rollback-per-test ``Database`` the service tests run on."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.orm import sessionmaker

from appserver.core.db import Database
from appserver.demo_data import seed_revenue
from dbschema import migrate
from dbschema.seed.demo import seed_demo
from tests.helpers.pgcluster import PgCluster

TEMPLATE_DB = "pmis_template"
SEED_SIZE = 500


def _admin_engine(cluster: PgCluster) -> Engine:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    return create_engine(cluster.url, isolation_level="AUTOCOMMIT")


def create_database(cluster: PgCluster, name: str, template: str | None = None) -> str:
    """Create (or re-create) an empty database, or a copy of ``template``; return its URL."""
    engine = _admin_engine(cluster)
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
    engine.dispose()
    return cluster.url_for(name)


def build_template(cluster: PgCluster, size: int = SEED_SIZE) -> str:
    """The schema from the Alembic migrations only, then the demo utility of ``size``."""
    url = create_database(cluster, TEMPLATE_DB)
    migrate.upgrade(url)
    engine = create_engine(url)
    seed_demo(engine, size=size)
    seed_revenue(engine)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()  # a template must have no open connections to be copied
    return url


def clone_template(cluster: PgCluster, name: str) -> str:
    return create_database(cluster, name, template=TEMPLATE_DB)


class RollbackDatabase(Database):
    """Hands out sessions joined to one outer transaction that the test rolls back.

    Each session's commit only releases a SAVEPOINT ("join an external transaction"), so the
    rpc decorator commits and rolls back as usual and the test still leaves nothing behind.
    """

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection.engine)
        self.connection = connection
        self._sessions = sessionmaker(bind=connection, expire_on_commit=False, autoflush=True,
                                      join_transaction_mode="create_savepoint")

"""The schema is built only by Alembic: up, down and up again on PostgreSQL and SQLite, and the
migrated schema is exactly what the models say (no autogenerate difference)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

import dbschema.models  # noqa: F401  (fills Base.metadata)
from dbschema import migrate
from dbschema.base import Base

MODEL_TABLES = set(Base.metadata.tables)


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def _up_down_up(url: str) -> None:
    migrate.upgrade(url)
    assert _tables(url) == MODEL_TABLES
    migrate.downgrade(url, "base")
    assert _tables(url) == set()
    migrate.upgrade(url)
    assert _tables(url) == MODEL_TABLES


@pytest.mark.pg
def test_up_down_up_on_postgresql(fresh_pg_database: Callable[..., str]) -> None:
    _up_down_up(fresh_pg_database(seeded=False))


def test_up_down_up_on_sqlite(tmp_path: Path) -> None:
    _up_down_up(f"sqlite:///{tmp_path / 'pmis.db'}")


def _differences(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(ctx, Base.metadata))
    finally:
        engine.dispose()


@pytest.mark.pg
def test_models_and_migrations_agree_on_postgresql(fresh_pg_database: Callable[..., str]
                                                   ) -> None:
    url = fresh_pg_database(seeded=False)
    migrate.upgrade(url)
    assert _differences(url) == []


def test_models_and_migrations_agree_on_sqlite(tmp_path: Path) -> None:
    """The same, except the trigram (GIN) indexes that exist on PostgreSQL only."""
    url = f"sqlite:///{tmp_path / 'pmis.db'}"
    migrate.upgrade(url)
    pg_only = {ix.name for t in Base.metadata.tables.values() for ix in t.indexes
               if ix.dialect_options["postgresql"].get("using") == "gin"}
    assert pg_only
    diffs = _differences(url)
    assert {d[1].name for d in diffs if isinstance(d, tuple) and d[0] == "add_index"} == pg_only
    assert len(diffs) == len(pg_only)

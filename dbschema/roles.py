"""Create the owner, application and report roles on PostgreSQL and apply their grants."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

SQL_DIR = Path(__file__).parent / "sql"


def _execute_script(url: str, name: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql((SQL_DIR / name).read_text())
    engine.dispose()


def create_roles(superuser_url: str, database: str, passwords: dict[str, str]) -> None:
    """Create the roles (idempotent), set their passwords, hand the database to the owner."""
    _execute_script(superuser_url, "roles.sql")
    engine = create_engine(superuser_url)
    with engine.begin() as conn:
        for role, password in passwords.items():
            conn.execute(text(f'ALTER ROLE "{role}" PASSWORD :pw'), {"pw": password})
        conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO pmis_owner')
        conn.exec_driver_sql("ALTER SCHEMA public OWNER TO pmis_owner")
    engine.dispose()


def apply_grants(owner_url: str) -> None:
    _execute_script(owner_url, "grants.sql")

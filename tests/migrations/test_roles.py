"""The three PostgreSQL roles: the application may append to the audit log but never change
or remove it; the report role only reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from appserver.core.clock import SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database
from appserver.core.runtime import Runtime
from dbschema import migrate
from dbschema.roles import apply_grants, create_roles
from dbschema.seed.demo import seed_demo
from tests.helpers.api import ApiClient
from tests.helpers.pgcluster import PgCluster

pytestmark = pytest.mark.pg
PASSWORDS = {"pmis_owner": "owner-pw-1", "pmis_app": "app-pw-1", "pmis_report": "report-pw-1"}
AUDIT_ROW = ("INSERT INTO audit_log (seq, at, username, method, outcome, client_host, details, "
             "prev_hash, row_hash) VALUES (:seq, now(), 'x', 'm', 'ok', '', '{}', 'p', 'r')")


@pytest.fixture(scope="module")
def role_urls(pg_cluster: PgCluster, fresh_pg_database: Callable[..., str]) -> dict[str, str]:
    """A database set up the production way: roles, migration as owner, seed, grants."""
    database = make_url(fresh_pg_database(seeded=False)).database
    assert database
    create_roles(pg_cluster.url, database, PASSWORDS)
    urls = {role: pg_cluster.url_for(database, role, pw) for role, pw in PASSWORDS.items()}
    migrate.upgrade(urls["pmis_owner"])
    owner = create_engine(urls["pmis_owner"])
    seed_demo(owner, size=30)
    owner.dispose()
    apply_grants(urls["pmis_owner"])
    return urls


@pytest.fixture
def app_engine(role_urls: dict[str, str]) -> Iterator[Engine]:
    engine = create_engine(role_urls["pmis_app"])
    yield engine
    engine.dispose()


@pytest.fixture
def report_engine(role_urls: dict[str, str]) -> Iterator[Engine]:
    engine = create_engine(role_urls["pmis_report"])
    yield engine
    engine.dispose()


def _refused(engine: Engine, sql: str, **params: object) -> None:
    with engine.connect() as conn, pytest.raises(ProgrammingError) as exc:
        conn.execute(text(sql), params)
    assert "permission denied" in str(exc.value)


def test_app_role_appends_and_reads_the_audit_log(app_engine: Engine) -> None:
    with app_engine.connect() as conn:
        conn.execute(text(AUDIT_ROW), {"seq": 10_000_001})
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() >= 1
        conn.rollback()


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET outcome = 'ok'",
                                 "DELETE FROM audit_log", "TRUNCATE audit_log"])
def test_app_role_cannot_change_the_audit_log(app_engine: Engine, sql: str) -> None:
    _refused(app_engine, sql)


def test_app_role_runs_the_application(role_urls: dict[str, str], app_engine: Engine) -> None:
    cfg = ServerConfig(database_url=role_urls["pmis_app"], name="roles-test")
    client = ApiClient(Runtime(cfg, Database(app_engine), SystemClock()))
    client.login("dh.clerk1")
    row = client.customers("search", "1000", {"limit": 1})["rows"][0]
    version = client.customers("get_file", row["id"])["customer"]["version"]
    after = client.customers("update_contact", row["id"], version,
                             {"contact_person": "权限测试"}, write=True)
    assert after["version"] == version + 1


def test_report_role_reads_but_cannot_write(report_engine: Engine) -> None:
    with report_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer")).scalar_one() == 30
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() >= 0
    _refused(report_engine, "UPDATE customer SET contact_person = 'x'")
    _refused(report_engine, "DELETE FROM customer")
    _refused(report_engine, AUDIT_ROW, seq=10_000_002)
    _refused(report_engine, "SELECT token_hash FROM user_session")


def test_the_owner_is_not_a_superuser(role_urls: dict[str, str]) -> None:
    engine = create_engine(role_urls["pmis_owner"])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                            ).scalar_one() is False
    engine.dispose()


def test_report_role_cannot_read_credentials(report_engine: Engine) -> None:
    with report_engine.connect() as conn:
        assert conn.execute(text("SELECT count(username) FROM app_user")).scalar()
    _refused(report_engine, "SELECT password_hash FROM app_user")
    _refused(report_engine, "SELECT * FROM login_failure")

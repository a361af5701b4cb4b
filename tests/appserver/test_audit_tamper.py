"""Tampering with the audit log as the database superuser is detected at the tampered row:
by ``appserver.core.audit.verify`` and by ``pmis-db verify-audit`` (exit code 1)."""

from __future__ import annotations

import itertools
import subprocess
import sys
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from appserver.core import audit
from appserver.core.clock import SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database
from appserver.core.runtime import Runtime
from dbschema.__main__ import main as pmis_db
from dbschema.models import AuditLog, Customer
from tests.helpers import pgdb
from tests.helpers.api import ApiClient
from tests.helpers.pgcluster import PgCluster

pytestmark = pytest.mark.pg
TAMPERED_SEQ = 5
_names = itertools.count(1)

TAMPERING = {
    "edit": [f"UPDATE audit_log SET details = '{{\"after\": \"forged\"}}' "
             f"WHERE seq = {TAMPERED_SEQ}"],
    "delete": [f"DELETE FROM audit_log WHERE seq = {TAMPERED_SEQ}"],
    "reorder": [f"UPDATE audit_log SET seq = -1 WHERE seq = {TAMPERED_SEQ}",
                f"UPDATE audit_log SET seq = {TAMPERED_SEQ} WHERE seq = {TAMPERED_SEQ + 1}",
                f"UPDATE audit_log SET seq = {TAMPERED_SEQ + 1} WHERE seq = -1"],
    "reorder_ids": [f"UPDATE audit_log SET id = -id WHERE seq IN ({TAMPERED_SEQ}, "
                    f"{TAMPERED_SEQ + 1})",
                    f"UPDATE audit_log SET id = CASE seq WHEN {TAMPERED_SEQ} THEN "
                    f"(SELECT -id FROM audit_log WHERE seq = {TAMPERED_SEQ + 1}) ELSE "
                    f"(SELECT -id FROM audit_log WHERE seq = {TAMPERED_SEQ}) END "
                    f"WHERE seq IN ({TAMPERED_SEQ}, {TAMPERED_SEQ + 1})"],
    "truncate_tail": ["DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"],
}


@pytest.fixture(scope="module")
def audited_database(pg_cluster: PgCluster, fresh_pg_database: Callable[..., str]) -> str:
    """A database with a dozen committed audit rows from real API calls."""
    url = fresh_pg_database(seeded=True)
    engine = create_engine(url)
    client = ApiClient(Runtime(ServerConfig(database_url=url), Database(engine), SystemClock()))
    client.login("dh.clerk1")
    for cid in client_customer_ids(client)[:4]:
        for n in range(2):
            version = client.customers("get_file", cid)["customer"]["version"]
            client.customers("update_contact", cid, version, {"contact_person": f"审计{n}"},
                             request_id=str(uuid.uuid4()))
    client.admin("logout", write=True)
    engine.dispose()
    return url


def client_customer_ids(client: ApiClient) -> list[int]:
    return [r["id"] for r in client.customers("search", "1000", {"limit": 10})["rows"]]


def _copy(pg_cluster: PgCluster, source_url: str) -> str:
    source = source_url.rsplit("/", 1)[1]
    return pgdb.create_database(pg_cluster, f"pmis_tamper{next(_names)}", template=source)


def test_the_untouched_chain_verifies(pg_cluster: PgCluster, audited_database: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    url = _copy(pg_cluster, audited_database)  # the tool's pool keeps a connection open
    engine = create_engine(url)
    with Session(engine) as db:
        report = audit.verify(db)
        rows = db.scalars(select(AuditLog).order_by(AuditLog.seq)).all()
        assert db.scalar(select(Customer.id).limit(1)) is not None
    engine.dispose()
    assert report.ok and report.rows_checked == len(rows) >= 10
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert pmis_db(["--url", url, "verify-audit"]) == 0
    assert f"intact: {len(rows)} rows" in capsys.readouterr().out


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_tampering_is_found_at_the_tampered_row(pg_cluster: PgCluster, audited_database: str,
                                                how: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = _copy(pg_cluster, audited_database)
    engine = create_engine(url)  # the cluster's superuser: grants do not stop it
    with engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        for sql in TAMPERING[how]:
            conn.execute(text(sql))
    with Session(engine) as db:
        report = audit.verify(db)
    engine.dispose()
    expected = last if how == "truncate_tail" else TAMPERED_SEQ
    assert not report.ok
    assert report.first_broken_seq == expected, report
    assert report.rows_checked == expected - 1
    assert pmis_db(["--url", url, "verify-audit"]) == 1
    err = capsys.readouterr().err
    assert f"BROKEN at seq {expected} " in err, err
    if how == "edit":  # once through the real command line, as an operator runs it
        done = subprocess.run([sys.executable, "-m", "dbschema", "--url", url, "verify-audit"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and f"BROKEN at seq {expected} " in done.stderr

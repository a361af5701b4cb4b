"""The audit hash chain on an embedded (SQLite) database built by the migrations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from appserver.core import audit
from appserver.core.audit import GENESIS_HASH, AuditEntry, row_hash
from appserver.core.db import make_engine
from dbschema import migrate
from dbschema.models import AuditHead, AuditLog

T0 = datetime(2026, 11, 28, 9, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    migrate.upgrade(url)
    eng = make_engine(url)
    yield eng
    eng.dispose()


def _entry(n: int) -> AuditEntry:
    return AuditEntry(method="customers.update_contact", outcome="ok", username="dh.clerk1",
                      user_id=6, office_id=4, entity_type="customer", entity_id=n,
                      request_id=f"00000000-0000-0000-0000-{n:012d}", client_host="10.0.0.5",
                      details={"after": {"phone_mobile": f"1391234{n:04d}"}, "note": "改号"})


def _write(engine: Engine, count: int) -> None:
    for n in range(1, count + 1):
        with Session(engine) as db, db.begin():
            audit.append(db, [_entry(n)], T0 + timedelta(minutes=n))


def test_row_hash_is_sha256_over_previous_hash_and_content() -> None:
    a = row_hash(GENESIS_HASH, "content")
    assert len(a) == 64 and int(a, 16) >= 0
    assert a == row_hash(GENESIS_HASH, "content")
    assert a != row_hash(GENESIS_HASH, "content.")
    assert a != row_hash("1" * 64, "content")


def test_appended_rows_chain_from_the_genesis_hash(engine: Engine) -> None:
    _write(engine, 5)
    with Session(engine) as db:
        rows = db.query(AuditLog).order_by(AuditLog.seq).all()
        head = db.get(AuditHead, 1)
        report = audit.verify(db)
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.row_hash for a, b in pairwise(rows))
    assert head is not None and (head.last_seq, head.last_hash) == (5, rows[-1].row_hash)
    assert rows[0].at == T0.replace(microsecond=0) + timedelta(minutes=1)
    assert report.ok and report.rows_checked == 5


def test_several_entries_in_one_call_get_consecutive_seqs(engine: Engine) -> None:
    with Session(engine) as db, db.begin():
        audit.append(db, [_entry(1), _entry(2), _entry(3)], T0)
    with Session(engine) as db:
        assert audit.verify(db).rows_checked == 3


def test_an_empty_log_verifies(engine: Engine) -> None:
    with Session(engine) as db:
        report = audit.verify(db)
    assert report.ok and report.rows_checked == 0


@pytest.mark.parametrize("column, value", [("details", '{"after": "forged"}'),
                                           ("username", "someone.else"),
                                           ("outcome", "denied"), ("entity_id", 999),
                                           ("at", "2026-11-28 10:00:00.000000")])
def test_editing_any_field_breaks_the_chain_at_that_row(engine: Engine, column: str,
                                                        value: object) -> None:
    _write(engine, 6)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_log SET {column} = :v WHERE seq = 4"), {"v": value})
    with Session(engine) as db:
        report = audit.verify(db, batch=2)  # small batches: the walk crosses batch borders
    assert report.first_broken_seq == 4 and report.rows_checked == 3
    assert "edited" in report.problem


def test_a_deleted_row_is_named_by_its_seq(engine: Engine) -> None:
    _write(engine, 6)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    with Session(engine) as db:
        report = audit.verify(db)
    assert report.first_broken_seq == 2 and "deleted or reordered" in report.problem


def test_a_missing_tail_is_found_through_the_head(engine: Engine) -> None:
    _write(engine, 4)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 4"))
    with Session(engine) as db:
        report = audit.verify(db)
    assert report.first_broken_seq == 4 and report.first_broken_id is None

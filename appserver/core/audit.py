"""The hash-chained audit log: append in the caller's transaction, verify from the start.

Each row's hash covers the previous row's hash and the row's own content, and ``seq`` is
gap-free, so editing, deleting or reordering any row breaks the chain at that row. Appends lock
the single ``audit_head`` row, as late in the transaction as possible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dbschema.models import AuditHead, AuditLog

GENESIS_HASH = "0" * 64


@dataclass
class AuditEntry:
    method: str
    outcome: str
    username: str
    user_id: int | None = None
    office_id: int | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    request_id: str | None = None
    client_host: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def _canonical(seq: int, at: datetime, e: AuditEntry | AuditLog, details: str) -> str:
    return json.dumps([seq, at.isoformat(), e.user_id, e.username, e.office_id, e.method,
                       e.outcome, e.entity_type, e.entity_id, e.request_id, e.client_host,
                       details], ensure_ascii=False, separators=(",", ":"))


def row_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def append(db: Session, entries: list[AuditEntry], at: datetime) -> None:
    if not entries:
        return
    head = db.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    at = at.replace(microsecond=0)  # what the database stores is what the hash covers
    for e in entries:
        seq = head.last_seq + 1
        details = json.dumps(e.details, ensure_ascii=False, sort_keys=True, default=str)
        digest = row_hash(head.last_hash, _canonical(seq, at, e, details))
        db.add(AuditLog(seq=seq, at=at, user_id=e.user_id, username=e.username,
                        office_id=e.office_id, method=e.method, outcome=e.outcome,
                        entity_type=e.entity_type, entity_id=e.entity_id,
                        request_id=e.request_id, client_host=e.client_host, details=details,
                        prev_hash=head.last_hash, row_hash=digest))
        head.last_seq, head.last_hash = seq, digest
    db.flush()


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    first_broken_seq: int | None
    first_broken_id: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify(db: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in seq order and name the first row that does not fit.

    The head is read first and only the rows up to it are checked, so rows appended while
    the verifier runs on a live system are left for the next run instead of being reported
    as a break.
    """
    head = db.get(AuditHead, 1)
    if head is None:
        return ChainReport(0, 1, None, "the chain head is missing")
    head_seq, head_hash = head.last_seq, head.last_hash
    expected_seq, prev, checked, last_id = 1, GENESIS_HASH, 0, 0
    while expected_seq <= head_seq:
        rows = db.scalars(select(AuditLog).where(AuditLog.id > last_id)
                          .order_by(AuditLog.id).limit(batch)).all()
        for r in rows:
            problem = _check_row(r, expected_seq, prev)
            if problem:  # the position that breaks: a deleted row is named by its missing seq
                return ChainReport(checked, expected_seq, r.id, problem)
            expected_seq, prev, checked, last_id = r.seq + 1, r.row_hash, checked + 1, r.id
            if expected_seq > head_seq:
                break
        if len(rows) < batch:
            break
    if head_seq != expected_seq - 1 or head_hash != prev:
        return ChainReport(checked, expected_seq, None, "rows missing at the end of the chain")
    return ChainReport(checked, None, None, "")


def _check_row(r: AuditLog, expected_seq: int, prev: str) -> str:
    if r.seq != expected_seq:
        return f"expected seq {expected_seq}, found {r.seq} (row deleted or reordered)"
    if r.prev_hash != prev:
        return "previous-hash link does not match (row deleted or reordered)"
    if row_hash(prev, _canonical(r.seq, r.at, r, r.details)) != r.row_hash:
        return "row content does not match its hash (row edited)"
    return ""

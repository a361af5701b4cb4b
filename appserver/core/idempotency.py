"""Exactly-once writes: the result of a write is stored under its request id in the write's
own transaction, so a resend (after a failover, say) returns the stored result."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from dbschema.models import IdempotencyRecord


def is_valid_request_id(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def args_hash(method: str, args: tuple[Any, ...]) -> str:
    blob = json.dumps([method, list(args)], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def lookup(db: Session, request_id: str) -> IdempotencyRecord | None:
    return db.get(IdempotencyRecord, request_id)


def record(db: Session, request_id: str, user_id: int, method: str, digest: str,
           result: Any, now: datetime) -> None:
    db.add(IdempotencyRecord(request_id=request_id, user_id=user_id, method=method,
                             args_hash=digest, result=json.dumps(result, ensure_ascii=False),
                             created_at=now))
    db.flush()


def replay(rec: IdempotencyRecord) -> Any:
    return json.loads(rec.result)

"""Escalation: an open item past its deadline goes to the office head's to-do list, once.

A scheduled function on the lease holder (``jobs.schedule``, every tick of the job runner):
one UPDATE marks ``escalated_at`` on the items whose deadline has passed and that were not
escalated yet. It reads the partial index ``ix_work_item_unescalated`` (open and not
escalated, by deadline), so a tick with nothing newly overdue costs one index probe however
many breaches the table holds. When it marked anything it writes one audit record
("work.escalate") with the count per office. Near-breach items are not escalated; the to-do
lists highlight them (docs/sla.md)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from appserver.core import audit, jobs
from appserver.core.audit import AuditEntry
from appserver.core.runtime import Runtime
from dbschema.models import WorkItem

AUDIT_METHOD = "work.escalate"
AUDIT_IDS_MAX = 200  # the audit record lists this many item ids, and counts the rest


def escalate(db: Session, now: datetime) -> list[int]:
    """Mark every newly overdue open item escalated; the ids marked."""
    marked = db.execute(
        update(WorkItem)
        .where(WorkItem.status == "open", WorkItem.escalated_at.is_(None),
               WorkItem.due_at <= now)
        .values(escalated_at=now)
        .returning(WorkItem.id, WorkItem.office_id)
        .execution_options(synchronize_session=False)).all()
    if not marked:
        return []
    per_office = Counter(int(office) for _id, office in marked)
    ids = sorted(int(i) for i, _office in marked)
    audit.append(db, [AuditEntry(
        method=AUDIT_METHOD, outcome="ok", username="system", entity_type="work_item",
        entity_id=ids[0] if len(ids) == 1 else None, client_host="job-runner",
        details={"count": len(ids), "per_office": {str(k): v for k, v in per_office.items()},
                 "items": ids[:AUDIT_IDS_MAX]})], now)
    return ids


@jobs.schedule
def escalate_breaches(rt: Runtime, db: Session, now: datetime) -> None:
    escalate(db, now)

"""Workflow definitions in the database: installing the shipped ones, reading them parsed.

A version's text never changes once written (a change is a new version), so a parsed
definition is cached by its row id for the life of the process.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.service.workflow_definition import Definition, parse_definition
from appserver.work.items import register_namer
from dbschema.models import TariffVersion, WorkflowDefinition

SHIPPED_DIR = Path(__file__).resolve().parents[2] / "resources" / "workflows"

_lock = threading.Lock()
_parsed: dict[int, Definition] = {}


def definition(db: Session, definition_id: int) -> Definition:
    with _lock:
        found = _parsed.get(definition_id)
    if found is not None:
        return found
    body = db.scalar(select(WorkflowDefinition.body)
                     .where(WorkflowDefinition.id == definition_id))
    assert body is not None, f"workflow definition {definition_id} missing"
    parsed = parse_definition(body)
    with _lock:
        _parsed[definition_id] = parsed
    return parsed


def approved_ids(db: Session) -> dict[str, int]:
    """type code -> id of its approved version."""
    return {code: vid for code, vid in db.execute(
        select(WorkflowDefinition.code, WorkflowDefinition.id)
        .where(WorkflowDefinition.status == "approved"))}


def approved(db: Session, code: str) -> tuple[int, Definition] | None:
    vid = approved_ids(db).get(code)
    return None if vid is None else (vid, definition(db, vid))


def install_shipped_workflows(db: Session, now: datetime, directory: Path = SHIPPED_DIR) -> int:
    """Load resources/workflows/*.toml as approved versions (installation, demo and tests:
    the shipped files stand for definitions already agreed). A type that has any version
    already is left alone, so running it again changes nothing; returns how many were added."""
    have = set(db.scalars(select(WorkflowDefinition.code).distinct()))
    added = 0
    for path in sorted(directory.glob("*.toml")):
        body = path.read_text(encoding="utf-8")
        parsed = parse_definition(body)
        if parsed.code in have:
            continue
        db.add(WorkflowDefinition(code=parsed.code, version=parsed.version, status="approved",
                                  body=body, created_by=None, created_at=now,
                                  approved_by=None, approved_at=now))
        added += 1
    db.flush()
    return added


def tariff_codes(db: Session) -> frozenset[str]:
    return frozenset(db.scalars(select(TariffVersion.code)
                                .where(TariffVersion.status == "approved").distinct()))


_named: dict[str, Definition | None] = {}


def forget_names() -> None:
    """After an approval: work items are named from the new version from now on."""
    with _lock:
        _named.clear()


def _names(db: Session, sla_type: str, step: str, chinese: bool) -> tuple[str, str]:
    """Work items of applications: the type and stage names of the approved definition
    (cached per type: a to-do list names many items and must not query for each)."""
    with _lock:
        cached = sla_type in _named
        d = _named.get(sla_type)
    if not cached:
        found = approved(db, sla_type)
        d = found[1] if found else None
        with _lock:
            _named[sla_type] = d
    if d is None:
        return sla_type, step
    try:
        stage = d.stage(step)
    except KeyError:
        return (d.name_zh if chinese else d.name), step
    return (d.name_zh, stage.name_zh) if chinese else (d.name, stage.name)


register_namer("application", _names)

"""Applications and definitions in the shapes of appserver/contract/applications.py."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from appserver.contract import permissions as P
from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.core.rpc import Call
from appserver.service import applications_repository as repo
from appserver.service import workflow_engine as engine
from appserver.service import workflow_store as store
from appserver.service.workflow_definition import Definition, Stage
from appserver.work import items
from dbschema.models import Application, WorkItem


def _when(value: datetime | None) -> str | None:
    return datetime_to_wire(value) if value is not None else None


def _name(zh: bool, en: str, cn: str) -> str:
    return cn if zh else en


def type_info(vid: int, d: Definition, zh: bool) -> dict[str, Any]:
    return {"code": d.code, "name": _name(zh, d.name, d.name_zh), "version": d.version,
            "definition_id": vid, "needs_customer": d.needs_customer,
            "total_days": str(d.total_days),
            "fields": [{"name": f.name, "label": _name(zh, f.label, f.label_zh),
                        "kind": f.kind, "required": f.required,
                        "choices": [{"value": c.value, "label": _name(zh, c.label, c.label_zh)}
                                    for c in f.choices],
                        "max_length": f.max_length if f.kind == "text" else None}
                       for f in d.fields],
            "documents": [{"code": doc.code, "name": _name(zh, doc.name, doc.name_zh)}
                          for doc in d.documents],
            "stages": [stage_info(s, zh) for s in d.stages]}


def stage_info(s: Stage, zh: bool) -> dict[str, Any]:
    return {"code": s.code, "name": _name(zh, s.name, s.name_zh), "role": s.role,
            "days": str(s.days), "fields": list(s.fields), "documents": list(s.documents),
            "next": list(s.next)}


def row(db: Session, app: Application, account_no: str | None, item: WorkItem | None,
        now: datetime, zh: bool) -> dict[str, Any]:
    d = store.definition(db, app.definition_id)
    try:
        stage_name = _name(zh, d.stage(app.stage).name, d.stage(app.stage).name_zh)
    except KeyError:
        stage_name = app.stage
    return {"id": app.id, "app_no": app.app_no, "type_code": app.type_code,
            "type_name": _name(zh, d.name, d.name_zh), "status": app.status,
            "stage": app.stage, "stage_name": stage_name, "applicant": app.applicant,
            "phone": app.phone, "address": app.address,
            "customer_id": app.customer_id, "account_no": account_no,
            "office_id": app.office_id, "opened_at": _when(app.opened_at),
            "due_at": _when(app.due_at),
            "risk": items.risk(item, now) if item is not None else None}


def fields_of(app: Application) -> dict[str, str]:
    loaded: dict[str, str] = json.loads(app.fields or "{}")
    return loaded


def moves(db: Session, app_id: int) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.from_stage, e.to_stage) for e, _by in repo.events(db, app_id)]


def detail(call: Call, app: Application) -> dict[str, Any]:
    """The whole application as the caller sees it (actions and missing are the caller's)."""
    db, zh = call.db, call.locale == "zh_CN"
    d = store.definition(db, app.definition_id)
    opened = repo.open_items(db, [app.id]).get(app.id)
    out = row(db, app, repo.account_no(db, app.customer_id), opened, call.now, zh)
    history = repo.events(db, app.id)
    current_path = engine.path(d, [(e.action, e.from_stage, e.to_stage) for e, _ in history])
    fields = fields_of(app)
    calendar = items.load_calendar(db)
    stage = d.stage(app.stage)
    need = engine.missing(stage, fields, repo.document_codes(db, app.id))
    acts = engine.actions(d, app.status, app.stage, current_path, call.user.roles,
                          P.APPLICATION_HANDLE in call.user.permissions,
                          P.APPLICATION_TERMINATE in call.user.permissions)
    out.update({
        "version": app.version, "fields": fields, "note": app.note,
        "definition_id": app.definition_id, "definition_version": d.version,
        "stage_role": stage.role, "path": current_path,
        "completed_at": _when(app.completed_at),
        "effective_on": date_to_wire(app.effective_on) if app.effective_on else None,
        "result": json.loads(app.result) if app.result else None,
        "events": [{"at": _when(e.at), "by": by or "", "action": e.action,
                    "from_stage": e.from_stage, "to_stage": e.to_stage, "reason": e.reason,
                    "changes": json.loads(e.changes or "{}")} for e, by in history],
        "attachments": [attachment(r, d, zh) for r in repo.attachments(db, app.id)],
        "items": [items.item_to_wire(db, i, call.now, calendar, zh)
                  for i in items.items_of(db, "application", app.id)],
        "actions": acts.to_wire(),
        "missing": ({"fields": list(need.fields), "documents": list(need.documents)}
                    if app.status == "active" else {"fields": [], "documents": []}),
    })
    return out


def attachment(r: Any, d: Definition, zh: bool) -> dict[str, Any]:
    doc = d.document(r.doc_type)
    return {"id": r.id, "doc_type": r.doc_type,
            "doc_name": _name(zh, doc.name, doc.name_zh) if doc else r.doc_type,
            "filename": r.filename, "mime": r.mime, "size": r.size, "sha256": r.sha256,
            "stage": r.stage, "uploaded_by": r.uploaded_by or "",
            "uploaded_at": _when(r.uploaded_at)}

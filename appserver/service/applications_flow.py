"""Moving an application: advance (and complete), return, suspend, resume, terminate.

Each write locks the application row and checks the caller's expected version first, so of
two clerks acting at once one succeeds and the other gets a Conflict — the effect on the
customer file is applied once. Each stage has one work item: leaving the stage closes it.
"""

from __future__ import annotations

import json
from typing import Any

from appserver.contract.errors import UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.service import applications_repository as repo
from appserver.service import applications_service as svc
from appserver.service import applications_wire as wire
from appserver.service import workflow_engine as engine
from appserver.service import workflow_store as store
from appserver.service.effects import EffectRequest, apply_effect
from appserver.service.workflow_definition import Definition
from appserver.work import items
from dbschema.models import Application


def _begin(call: Call, application_id: Any, expected_version: Any) -> tuple[Application,
                                                                          Definition]:
    app = svc.load(call, application_id, lock=True)
    svc.check_version(call, app, expected_version)
    return app, store.definition(call.db, app.definition_id)


def _guard(call: Call, app: Application, check: Any) -> None:
    try:
        check(app.status)
    except engine.Refusal as exc:
        raise svc.refused(call, app, exc) from None


def _close_stage(call: Call, app: Application, outcome: str) -> None:
    for item in items.open_items_of(call.db, "application", app.id):
        items.close_item(call.db, item, call.now, call.user.user_id, outcome)


def _done(call: Call, app: Application) -> dict[str, Any]:
    app.version += 1
    call.db.flush()
    return wire.detail(call, app)


def advance(call: Call, application_id: Any, expected_version: Any, to_stage: Any,
            fields: Any, note: Any) -> dict[str, Any]:
    app, d = _begin(call, application_id, expected_version)
    _guard(call, app, engine.check_active)
    svc.require_stage_role(call, app, d)
    target_code = None if to_stage is None else call.v.text(to_stage, "to_stage", 32)
    stage = d.stage(app.stage)
    try:
        target = engine.next_stage(stage, target_code)
    except engine.Refusal as exc:
        zh = call.locale == "zh_CN"
        raise UserError(call.msg(exc.key, stage=stage.name_zh if zh else stage.name,
                                 **exc.params)) from None
    changes = svc.merge_fields(call, app, d, fields)
    new_note = svc.note(call, note)
    if new_note is not None:
        app.note = new_note
    need = engine.missing(stage, wire.fields_of(app), repo.document_codes(call.db, app.id))
    if need:
        _refuse_missing(call, d, stage.code, need)
    _close_stage(call, app, "done")
    if target is None:
        _complete(call, app, d, changes)
    else:
        app.stage = target
        svc.event(call, app, "advance", from_stage=stage.code, to_stage=target,
                  changes=changes)
        svc.open_stage_item(call, app, d, target)
        call.audit("application", app.id, app_no=app.app_no, action="advance",
                   from_stage=stage.code, to_stage=target)
    return _done(call, app)


def _refuse_missing(call: Call, d: Definition, stage_code: str, need: engine.Missing) -> None:
    zh = call.locale == "zh_CN"
    stage = d.stage(stage_code)

    def field_name(name: str) -> str:
        spec = d.field(name)
        return (spec.label_zh if zh else spec.label) if spec else name

    def doc_name(code: str) -> str:
        doc = d.document(code)
        return (doc.name_zh if zh else doc.name) if doc else code

    none = call.msg("app_none")
    raise UserError(call.msg("app_missing", stage=stage.name_zh if zh else stage.name,
                             fields=", ".join(map(field_name, need.fields)) or none,
                             documents=", ".join(map(doc_name, need.documents)) or none),
                    {"fields": list(need.fields), "documents": list(need.documents)})


def _complete(call: Call, app: Application, d: Definition, changes: dict[str, str]) -> None:
    """The last stage is done: apply the effect to the customer file, then close."""
    values = wire.fields_of(app)
    effective = (call.v.day(values["effective_on"], "effective_on")
                 if values.get("effective_on") else business_date(call.now))
    result = apply_effect(EffectRequest(
        db=call.db, application_id=app.id, app_no=app.app_no, type_code=app.type_code,
        effect=d.effect, office_id=app.office_id, customer_id=app.customer_id,
        fields=values, effective_on=effective, now=call.now, user_id=call.user.user_id))
    if app.customer_id is None and isinstance(result.get("customer_id"), int):
        app.customer_id = result["customer_id"]
    app.status, app.completed_at, app.closed_at = "completed", call.now, call.now
    app.effective_on = effective
    app.result = json.dumps(result, ensure_ascii=False, sort_keys=True, default=str)
    svc.event(call, app, "complete", from_stage=app.stage, changes=changes)
    call.audit("application", app.id, app_no=app.app_no, action="complete",
               effective_on=effective.isoformat(), customer_id=app.customer_id)


def return_to(call: Call, application_id: Any, expected_version: Any, to_stage: Any,
              reason: Any) -> dict[str, Any]:
    app, d = _begin(call, application_id, expected_version)
    _guard(call, app, engine.check_active)
    svc.require_stage_role(call, app, d)
    target = call.v.text(to_stage, "to_stage", 32)
    why = svc.reason(call, reason)
    allowed = engine.earlier(engine.path(d, wire.moves(call.db, app.id)))
    if target not in allowed:
        raise UserError(call.msg("app_bad_return", allowed=", ".join(allowed) or "-"))
    _close_stage(call, app, "returned")
    svc.event(call, app, "return", from_stage=app.stage, to_stage=target, reason=why)
    call.audit("application", app.id, app_no=app.app_no, action="return",
               from_stage=app.stage, to_stage=target, reason=why)
    app.stage = target
    svc.open_stage_item(call, app, d, target)
    return _done(call, app)


def suspend(call: Call, application_id: Any, expected_version: Any,
            reason: Any) -> dict[str, Any]:
    app, d = _begin(call, application_id, expected_version)
    _guard(call, app, engine.check_active)
    svc.require_stage_role(call, app, d)
    why = svc.reason(call, reason)
    for item in items.open_items_of(call.db, "application", app.id):
        items.pause_item(call.db, item, call.now, why)
    assert app.due_at is not None
    app.remaining_s = items.elapsed(items.load_calendar(call.db), "working", call.now,
                                    app.due_at)
    app.status, app.suspended_at, app.due_at = "suspended", call.now, None
    svc.event(call, app, "suspend", from_stage=app.stage, reason=why)
    call.audit("application", app.id, app_no=app.app_no, action="suspend", reason=why)
    return _done(call, app)


def resume(call: Call, application_id: Any, expected_version: Any,
           reason: Any) -> dict[str, Any]:
    app, d = _begin(call, application_id, expected_version)
    if app.status != "suspended":
        raise UserError(call.msg("app_not_suspended", app_no=app.app_no))
    svc.require_stage_role(call, app, d)
    why = svc.reason(call, reason)
    for item in items.open_items_of(call.db, "application", app.id):
        items.resume_item(call.db, item, call.now)
    svc.process_deadline(call, app, call.now)
    app.status = "active"
    svc.event(call, app, "resume", from_stage=app.stage, reason=why)
    call.audit("application", app.id, app_no=app.app_no, action="resume", reason=why)
    return _done(call, app)


def terminate(call: Call, application_id: Any, expected_version: Any,
              reason: Any) -> dict[str, Any]:
    app, _d = _begin(call, application_id, expected_version)
    _guard(call, app, engine.check_open)
    why = svc.reason(call, reason)
    for item in items.open_items_of(call.db, "application", app.id):
        items.cancel_item(call.db, item, call.now, call.user.user_id, "terminated")
    app.status, app.closed_at = "terminated", call.now
    app.suspended_at = app.remaining_s = None
    svc.event(call, app, "terminate", from_stage=app.stage, reason=why)
    call.audit("application", app.id, app_no=app.app_no, action="terminate", reason=why)
    return _done(call, app)

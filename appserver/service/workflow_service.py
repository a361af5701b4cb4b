"""Workflow definitions through the API: list, read, draft a new version, approve it.

A draft is checked in full when it is saved (a definition that would not run is refused with
the reason); approval is by a second person and retires the type's previous approved
version in the same transaction, so exactly one version is current.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from appserver.contract.applications import TYPES
from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.rpc import Call
from appserver.service import workflow_store as store
from appserver.service.workflow_definition import DefinitionError, parse_definition
from dbschema.models import User, WorkflowDefinition

BODY_MAX = 200_000


def _user_names(call: Call, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = call.db.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {uid: name for uid, name in rows}


def _version(w: WorkflowDefinition, names: dict[int, str]) -> dict[str, Any]:
    return {"id": w.id, "code": w.code, "version": w.version, "status": w.status,
            "created_by": names.get(w.created_by, "") if w.created_by else "",
            "created_at": datetime_to_wire(w.created_at),
            "approved_by": names.get(w.approved_by, "") if w.approved_by else "",
            "approved_at": datetime_to_wire(w.approved_at) if w.approved_at else None}


def list_workflows(call: Call) -> list[dict[str, Any]]:
    rows = list(call.db.scalars(select(WorkflowDefinition)
                                .order_by(WorkflowDefinition.code, WorkflowDefinition.version)))
    names = _user_names(call, {r.created_by for r in rows} | {r.approved_by for r in rows})
    zh = call.locale == "zh_CN"
    out = []
    for code in TYPES:
        versions = [r for r in rows if r.code == code]
        if not versions:
            continue
        shown = next((r for r in versions if r.status == "approved"), versions[-1])
        d = store.definition(call.db, shown.id)
        out.append({"code": code, "name": d.name_zh if zh else d.name,
                    "versions": [_version(r, names) for r in versions]})
    return out


def _load(call: Call, version_id: Any, *, lock: bool = False) -> WorkflowDefinition:
    vid = call.v.integer(version_id, "version_id", 1, 2**31 - 1)
    query = select(WorkflowDefinition).where(WorkflowDefinition.id == vid)
    row = call.db.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_workflow")))
    return row


def get_workflow(call: Call, version_id: Any) -> dict[str, Any]:
    row = _load(call, version_id)
    out = _version(row, _user_names(call, {row.created_by, row.approved_by}))
    out["body"] = row.body
    return out


def _invalid(call: Call, message_key: str, /, **params: object) -> UserError:
    # The parameters are the definition's own words ("key", "stage" …): they must not
    # collide with this function's arguments, hence the positional message key.
    reason = call.msg(message_key, **params)
    return UserError(call.msg("app_def_invalid", reason=reason), {"field": "body"})


def save_draft(call: Call, code: Any, body: Any) -> dict[str, Any]:
    type_code = call.v.choice(code, "type_code", TYPES)
    text = call.v.text(body, "body", BODY_MAX)
    try:
        parsed = parse_definition(text)
    except DefinitionError as exc:
        raise _invalid(call, exc.key, **exc.params) from None
    if parsed.code != type_code:
        raise _invalid(call, "app_def_code_mismatch", found=parsed.code, code=type_code)
    latest = call.db.scalar(select(func.max(WorkflowDefinition.version))
                            .where(WorkflowDefinition.code == type_code)) or 0
    if parsed.version <= latest:
        raise _invalid(call, "app_def_version_exists", version=parsed.version, code=type_code,
                       next=latest + 1)
    row = WorkflowDefinition(code=type_code, version=parsed.version, status="draft",
                             body=text, created_by=call.user.user_id, created_at=call.now)
    call.db.add(row)
    call.db.flush()
    call.audit("workflow_definition", row.id, code=type_code, version=parsed.version)
    return _version(row, _user_names(call, {row.created_by}))


def approve(call: Call, version_id: Any) -> dict[str, Any]:
    row = _load(call, version_id)
    # Every version of the type, locked in id order: two drafts of one type approved at
    # once then wait for each other instead of both passing the "approved" check below
    # (or deadlocking on each other's draft).
    call.db.scalars(select(WorkflowDefinition.id).where(WorkflowDefinition.code == row.code)
                    .order_by(WorkflowDefinition.id).with_for_update()).all()
    call.db.refresh(row)
    if row.status != "draft":
        raise UserError(call.msg("app_def_not_draft", status=row.status))
    if row.created_by == call.user.user_id:
        raise UserError(call.msg("app_def_four_eyes"))
    previous = call.db.scalars(select(WorkflowDefinition).where(
        WorkflowDefinition.code == row.code, WorkflowDefinition.status == "approved")
        .with_for_update()).all()
    for old in previous:
        old.status = "retired"
    call.db.flush()  # the partial unique index allows one approved version per type
    row.status, row.approved_by, row.approved_at = "approved", call.user.user_id, call.now
    call.db.flush()
    store.forget_names()
    call.audit("workflow_definition", row.id, code=row.code, version=row.version,
               retired=[old.id for old in previous])
    return _version(row, _user_names(call, {row.created_by, row.approved_by}))

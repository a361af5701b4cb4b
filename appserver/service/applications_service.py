"""Business applications: registering, reading, searching and correcting their data.

Moving through stages is applications_flow; the rules of a definition are workflow_engine.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from appserver.contract.applications import STATUSES, TYPES
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.service import applications_repository as repo
from appserver.service import applications_wire as wire
from appserver.service import workflow_engine as engine
from appserver.service import workflow_store as store
from appserver.service.applications_fields import FieldChecker
from appserver.service.workflow_definition import Definition
from appserver.work import items
from dbschema.models import Application, ApplicationEvent, Customer

NOTE_MAX = 500
REASON_MAX = 500
PAGE_MAX = 200
SEARCH_TEXT_MAX = 60


# -- shared by the write paths -----------------------------------------------------------
def load(call: Call, application_id: Any, *, lock: bool) -> Application:
    aid = call.v.integer(application_id, "application_id", 1, 2**31 - 1)
    app = repo.locked(call.db, aid) if lock else call.db.get(Application, aid)
    if app is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_application")))
    call.require_office(app.office_id)
    return app


def check_version(call: Call, app: Application, expected_version: Any) -> None:
    expected = call.v.integer(expected_version, "expected_version", 1, 2**31 - 1)
    if expected != app.version:
        raise Conflict(call.msg("conflict_changed"), {"version": app.version})


def refused(call: Call, app: Application, exc: engine.Refusal) -> UserError:
    params = dict(exc.params)
    params.setdefault("app_no", app.app_no)
    params.setdefault("status", app.status)
    return UserError(call.msg(exc.key, **params))


def event(call: Call, app: Application, action: str, *, from_stage: str | None = None,
          to_stage: str | None = None, reason: str = "",
          changes: dict[str, str] | None = None) -> None:
    call.db.add(ApplicationEvent(application_id=app.id, action=action, from_stage=from_stage,
                                 to_stage=to_stage, reason=reason,
                                 changes=json.dumps(changes or {}, ensure_ascii=False,
                                                    sort_keys=True),
                                 by_user_id=call.user.user_id, at=call.now))


def checker(call: Call, d: Definition) -> FieldChecker:
    return FieldChecker(d, call.locale, store.tariff_codes(call.db))


def title(app: Application) -> str:
    return " · ".join(p for p in (app.applicant, app.address) if p)


def open_stage_item(call: Call, app: Application, d: Definition, stage_code: str) -> None:
    stage = d.stage(stage_code)
    items.open_item(call.db, office_id=app.office_id, source="application", source_id=app.id,
                    sla_type=app.type_code, step=stage.code, reference=app.app_no,
                    title=title(app), clock=items.Clock.working_days(stage.days),
                    now=call.now, customer_id=app.customer_id, assigned_role=stage.role,
                    opened_by=call.user.user_id)


def reason(call: Call, value: Any) -> str:
    return call.v.text(value, "reason", REASON_MAX)


def note(call: Call, value: Any) -> str | None:
    return None if value is None else call.v.text(value, "note", NOTE_MAX, required=False)


# -- reading -----------------------------------------------------------------------------
def application_types(call: Call) -> list[dict[str, Any]]:
    zh = call.locale == "zh_CN"
    ids = store.approved_ids(call.db)
    return [wire.type_info(ids[code], store.definition(call.db, ids[code]), zh)
            for code in TYPES if code in ids]


def get(call: Call, application_id: Any) -> dict[str, Any]:
    return wire.detail(call, load(call, application_id, lock=False))


def search(call: Call, criteria: Any, page: Any) -> dict[str, Any]:
    v = call.v
    c = v.mapping(criteria or {}, "criteria",
                  ("text", "type_code", "status", "stage", "office_id", "mine"))
    p = v.mapping(page or {}, "page", ("offset", "limit"))
    offset = v.integer(p.get("offset", 0), "offset", 0, 1_000_000)
    limit = v.integer(p.get("limit", 50), "limit", 1, PAGE_MAX)
    offices = call.user.visible_office_ids
    if c.get("office_id") is not None:
        office = v.integer(c["office_id"], "office_id", 1, 2**31 - 1)
        call.require_office(office)
        offices = frozenset({office})
    mine = c.get("mine") is not None and v.boolean(c["mine"], "mine")
    criteria_ = repo.Criteria(
        office_ids=offices,
        text=v.text(c.get("text"), "text", SEARCH_TEXT_MAX, required=False),
        type_code=v.choice(c["type_code"], "type_code", TYPES) if c.get("type_code") else None,
        status=v.choice(c["status"], "status", STATUSES) if c.get("status") else None,
        stage=v.text(c.get("stage"), "stage", 32, required=False) or None,
        mine_roles=call.user.roles if mine else None,
        mine_user=call.user.user_id if mine else None)
    ids, total = repo.search(call.db, criteria_, offset, limit)
    found = repo.rows(call.db, ids)
    opened = repo.open_items(call.db, ids)
    zh = call.locale == "zh_CN"
    return {"rows": [wire.row(call.db, a, acc, opened.get(a.id), call.now, zh)
                     for a, acc in found], "total": total}


# -- registering and correcting ----------------------------------------------------------
def register(call: Call, type_code: Any, customer_id: Any, fields: Any,
             note_text: Any) -> dict[str, Any]:
    v, db = call.v, call.db
    code = v.choice(type_code, "type_code", TYPES)
    found = store.approved(db, code)
    if found is None:
        raise UserError(call.msg("app_no_definition", code=code))
    vid, d = found
    customer = _customer(call, d, customer_id)
    values = {k: val for k, val in checker(call, d).values(fields, registering=True).items()
              if val}
    office = customer.office_id if customer else items.home_office_id(db, call.user)
    call.require_office(office)
    app = Application(app_no=repo.next_app_no(db, office, business_date(call.now)),
                      type_code=code, definition_id=vid, office_id=office,
                      customer_id=customer.id if customer else None, status="active",
                      stage=d.first.code, fields=json.dumps(values, ensure_ascii=False),
                      note=note(call, note_text) or "", version=1, opened_at=call.now,
                      opened_by=call.user.user_id, historical=False)
    _denormalise(app, values, customer)
    app.due_at = items.advance(items.load_calendar(db), "working", call.now,
                               items.Clock.working_days(d.total_days).budget_s)
    db.add(app)
    db.flush()
    event(call, app, "register", to_stage=app.stage, changes=values)
    open_stage_item(call, app, d, app.stage)
    call.audit("application", app.id, app_no=app.app_no, type_code=code,
               customer_id=app.customer_id)
    return wire.detail(call, app)


def _customer(call: Call, d: Definition, customer_id: Any) -> Customer | None:
    if not d.needs_customer:
        if customer_id is not None:
            raise call.v.fail("customer_id", "app_customer_not_allowed")
        return None
    if customer_id is None:
        raise call.v.fail("customer_id", "app_customer_required")
    cid = call.v.integer(customer_id, "customer_id", 1, 2**31 - 1)
    customer = call.db.get(Customer, cid)
    if customer is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    call.require_office(customer.office_id)
    if customer.status == "closed":
        raise UserError(call.msg("app_customer_inactive", account_no=customer.account_no))
    return customer


def _denormalise(app: Application, values: dict[str, str], customer: Customer | None) -> None:
    """Who and where, kept in columns for the search and the work items' titles."""
    app.applicant = (values.get("applicant_name")
                     or (customer.name if customer else "") or "-")[:100]
    app.phone = (values.get("phone_mobile") or (customer.phone_mobile if customer else ""))[:20]
    app.address = (values.get("address") or (customer.address if customer else ""))[:200]


def merge_fields(call: Call, app: Application, d: Definition, raw: Any) -> dict[str, str]:
    """Checks and applies changed fields; returns what changed."""
    incoming = checker(call, d).values(raw if raw is not None else {}, registering=False)
    current = wire.fields_of(app)
    changes = {k: val for k, val in incoming.items() if current.get(k, "") != val}
    for k, val in changes.items():
        if val:
            current[k] = val
        else:
            current.pop(k, None)
    if changes:
        app.fields = json.dumps(current, ensure_ascii=False, sort_keys=True)
        customer = call.db.get(Customer, app.customer_id) if app.customer_id else None
        _denormalise(app, current, customer)
    return changes


def require_stage_role(call: Call, app: Application, d: Definition) -> None:
    """Only the current stage's role works it — completes it or changes its fields."""
    stage = d.stage(app.stage)
    if not engine.may_work(call.user.roles, stage):
        zh = call.locale == "zh_CN"
        raise UserError(call.msg("app_wrong_role", stage=stage.name_zh if zh else stage.name,
                                 role=stage.role))


def update(call: Call, application_id: Any, expected_version: Any, fields: Any,
           note_text: Any) -> dict[str, Any]:
    app = load(call, application_id, lock=True)
    check_version(call, app, expected_version)
    d = store.definition(call.db, app.definition_id)
    try:
        engine.check_open(app.status)
    except engine.Refusal as exc:
        raise refused(call, app, exc) from None
    # Fields checked by an earlier stage (capacity, tariff, meter) must not change behind
    # the back of the stage that works the application now.
    require_stage_role(call, app, d)
    changes = merge_fields(call, app, d, fields)
    new_note = note(call, note_text)
    if new_note is not None and new_note != app.note:
        app.note, changes = new_note, {**changes, "note": new_note}
    if changes:
        app.version += 1
        event(call, app, "update", from_stage=app.stage, changes=changes)
        call.audit("application", app.id, app_no=app.app_no, changed=sorted(changes))
    call.db.flush()
    return wire.detail(call, app)


def process_deadline(call: Call, app: Application, now: datetime) -> None:
    """Resume the whole-process clock from ``now`` with the time it had left."""
    assert app.remaining_s is not None
    app.due_at = items.advance(items.load_calendar(call.db), "working", now, app.remaining_s)
    app.suspended_at, app.remaining_s = None, None


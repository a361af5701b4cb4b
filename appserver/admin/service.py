"""Business rules of administration: login, users, roles, offices, the audit log."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from appserver.admin import repository as repo
from appserver.contract.codec import CodecError, datetime_from_wire, datetime_to_wire
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.contract.permissions import ALL_PERMISSIONS
from appserver.core import audit, security
from appserver.core.audit import AuditEntry
from appserver.core.rpc import Call
from dbschema.models import AuditLog, OrgUnit, User, UserSession
from dbschema.models.admin import ORG_KINDS

USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.]{2,39}$")
PASSWORD_MAX = 200
_CHILD_KIND = {"company": "bureau", "bureau": "office", "office": "hall"}

def _strong_enough(password: str) -> bool:
    return (8 <= len(password) <= PASSWORD_MAX and any(c.isalpha() for c in password)
            and any(c.isdigit() for c in password))

# -- login ---------------------------------------------------------------------------------

def login(call: Call, username: Any, password: Any) -> dict[str, Any]:
    v, db, now = call.v, call.db, call.now
    username = v.text(username, "username", 40).lower()
    if not isinstance(password, str) or len(password) > PASSWORD_MAX:
        raise UserError(call.msg("login_failed"))
    # The attempt is recorded (and committed) before anything is checked, so simultaneous
    # guesses count against each other; a successful login clears it again.
    with call.runtime.db.unit_of_work() as early:
        attempt = security.record_failure(early, username, call.client_host, now)
    delay = security.throttle_delay(db, username, call.client_host, now, before_id=attempt)
    if delay:
        _refuse_login(call, username, "throttled", forget=attempt)
        raise UserError(call.msg("login_throttled", seconds=int(delay.total_seconds()) + 1))
    user = repo.user_by_name(db, username)
    stored_hash, user_id = (user.password_hash, user.id) if user else (None, 0)
    db.rollback()  # hand the connection back while argon2 works (~50 ms of CPU)
    try:
        verified = security.verify_password(stored_hash, password)
    except security.HashingBusy:
        _refuse_login(call, username, "busy", forget=attempt)
        raise UserError(call.msg("server_busy")) from None
    if not verified:
        _refuse_login(call, username, "bad_credentials")
        raise UserError(call.msg("login_failed"))
    user = db.get(User, user_id)
    assert user is not None
    if user.locked:
        _refuse_login(call, username, "locked", forget=attempt)
        raise UserError(call.msg("account_locked"))
    security.clear_failures(db, username, call.client_host)
    token = security.new_token()
    session = UserSession(token_hash=security.token_digest(token), user_id=user.id,
                          created_at=now, last_seen_at=now,
                          expires_at=now + call.runtime.session_absolute,
                          client_host=call.client_host)
    db.add(session)
    db.flush()
    principal = security.load_principal(db, user, session.id)
    call.principal = principal
    call.audit("session", session.id, client_host=call.client_host)
    return {"token": token, "user": whoami_dto(call, principal, user),
            "server": call.runtime.config.name,
            "idle_minutes": call.runtime.config.session_idle_minutes}


def _refuse_login(call: Call, username: str, reason: str, forget: int | None = None) -> None:
    """Failed logins are audited even though the call itself fails; an attempt that was no
    password guess (throttled, server busy, locked account) is not counted as a failure."""
    entry = AuditEntry(method=call.method, outcome="denied", username=username,
                       client_host=call.client_host, details={"reason": reason})

    def keep(db: Session) -> None:
        if forget is not None:
            security.forget_failure(db, forget)
        audit.append(db, [entry], call.now)

    call.on_failure.append(keep)


def logout(call: Call) -> dict[str, Any]:
    session = call.db.get(UserSession, call.user.session_id)
    if session is not None and session.ended_at is None:
        session.ended_at = call.now
    call.audit("session", call.user.session_id)
    return {"ok": True}

def whoami_dto(call: Call, principal: security.Principal, user: User) -> dict[str, Any]:
    names = repo.office_names(call.db, [principal.office_id])
    return {"id": principal.user_id, "username": principal.username,
            "full_name": principal.full_name, "office_id": principal.office_id,
            "office_name": names.get(principal.office_id, ""), "roles": list(principal.roles),
            "permissions": sorted(principal.permissions),
            "must_change_password": user.must_change_password}

def whoami(call: Call) -> dict[str, Any]:
    user = call.db.get(User, call.user.user_id)
    assert user is not None
    return whoami_dto(call, call.user, user)

def change_own_password(call: Call, old: Any, new: Any) -> dict[str, Any]:
    """The old password is checked under the same throttle as a login: a stolen session must
    not become a fast way to guess the password."""
    me, host = call.user, call.client_host
    if security.throttle_delay(call.db, me.username, host, call.now):
        raise UserError(call.msg("login_throttled", seconds=60))
    user = call.db.get(User, me.user_id, with_for_update=True)
    assert user is not None
    if not isinstance(old, str) or not security.verify_password(user.password_hash, old):
        def count_failure(db: Session) -> None:
            security.record_failure(db, me.username, host, call.now)

        call.on_failure.append(count_failure)
        raise UserError(call.msg("wrong_password"))
    user.password_hash = _new_password_hash(call, new)
    user.must_change_password = False
    user.version += 1
    ended = security.end_sessions(call.db, user.id, call.now, keep=me.session_id)
    call.audit("user", user.id, action="password_changed", other_sessions_ended=ended)
    return {"ok": True}

def _new_password_hash(call: Call, password: Any) -> str:
    if not isinstance(password, str) or not _strong_enough(password):
        raise call.v.fail("password", "password_too_weak")
    return security.hash_password(password)

# -- users ---------------------------------------------------------------------------------

def user_dtos(call: Call, users: list[User]) -> list[dict[str, Any]]:
    offices = repo.office_names(call.db, (u.office_id for u in users))
    roles = repo.roles_by_user(call.db, (u.id for u in users))
    return [{"id": u.id, "username": u.username, "full_name": u.full_name,
             "office_id": u.office_id, "office_name": offices.get(u.office_id, ""),
             "roles": roles.get(u.id, []), "locked": u.locked,
             "locked_reason": u.locked_reason or "", "version": u.version} for u in users]

def list_users(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    v = call.v
    f = v.mapping(filters or {}, "filters", ("text", "office_id", "include_locked"))
    offset, limit = _page(call, page)
    users, total = repo.search_users(
        call.db, call.user.visible_office_ids, v.text(f.get("text"), "text", 40, required=False),
        v.optional_integer(f.get("office_id"), "office_id", 1, 2**31),
        bool(f.get("include_locked", True)), offset, limit)
    return {"rows": user_dtos(call, users), "total": total}

def _page(call: Call, page: Any) -> tuple[int, int]:
    p = call.v.mapping(page or {}, "page", ("offset", "limit"))
    return (call.v.integer(p.get("offset", 0), "offset", 0, 10_000_000),
            call.v.integer(p.get("limit", 50), "limit", 1, 200))

def _user_in_scope(call: Call, user_id: Any, for_update: bool = False) -> User:
    """The user, if in the caller's scope. ``for_update`` locks the row so that a version
    check and the write that follows cannot interleave with another admin's change."""
    uid = call.v.integer(user_id, "user_id", 1, 2**31)
    user = call.db.get(User, uid, with_for_update=for_update)
    if user is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_user")))
    call.require_office(user.office_id)
    return user

def get_user(call: Call, user_id: Any) -> dict[str, Any]:
    return user_dtos(call, [_user_in_scope(call, user_id)])[0]

def _role_ids(call: Call, names: Any) -> list[int]:
    wanted = call.v.string_list(names, "roles", 20, 40)
    found = repo.role_ids(call.db, wanted)
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise call.v.fail("roles", "not_allowed_value", allowed=", ".join(missing))
    granted = dict(repo.all_roles(call.db))
    for role in wanted:  # nobody hands out rights they do not hold themselves
        if not set(granted.get(role, [])) <= call.user.permissions:
            raise UserError(call.msg("role_beyond_own_rights", role=role), {"field": "roles"})
    return sorted(found.values())

def _office_in_scope(call: Call, office_id: Any) -> int:
    oid = call.v.integer(office_id, "office_id", 1, 2**31)
    if call.db.get(OrgUnit, oid) is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_office")))
    call.require_office(oid)
    return oid

def create_user(call: Call, data: Any) -> dict[str, Any]:
    v = call.v
    d = v.mapping(data, "data", ("username", "full_name", "office_id", "roles", "password"))
    username = v.text(d.get("username"), "username", 40, pattern=USERNAME_RE).lower()
    if repo.user_by_name(call.db, username) is not None:
        raise UserError(call.msg("username_taken", username=username), {"field": "username"})
    user = User(username=username, full_name=v.text(d.get("full_name"), "full_name", 80),
                office_id=_office_in_scope(call, d.get("office_id")),
                password_hash=_new_password_hash(call, d.get("password")),
                must_change_password=True, locked=False, version=1, created_at=call.now)
    call.db.add(user)
    call.db.flush()
    repo.replace_roles(call.db, user.id, _role_ids(call, d.get("roles", [])))
    call.db.flush()
    dto = user_dtos(call, [user])[0]
    call.audit("user", user.id, action="created", after=_audit_view(dto))
    return dto

def _audit_view(dto: dict[str, Any]) -> dict[str, Any]:
    return {k: dto[k] for k in ("username", "full_name", "office_id", "roles", "locked")}

def _check_version(call: Call, user: User, version: Any) -> None:
    if call.v.integer(version, "version", 1, 2**31) != user.version:
        raise Conflict(call.msg("conflict_changed"), {"current": user_dtos(call, [user])[0]})

def update_user(call: Call, user_id: Any, version: Any, changes: Any) -> dict[str, Any]:
    v = call.v
    user = _user_in_scope(call, user_id, for_update=True)
    _check_version(call, user, version)
    c = v.mapping(changes, "changes", ("full_name", "office_id", "roles"))
    if not c:
        raise UserError(call.msg("nothing_to_change"))
    before = _audit_view(user_dtos(call, [user])[0])
    if "full_name" in c:
        user.full_name = v.text(c["full_name"], "full_name", 80)
    if "office_id" in c:
        user.office_id = _office_in_scope(call, c["office_id"])
    if "roles" in c:
        if user.id == call.user.user_id:
            raise UserError(call.msg("cannot_change_own_roles"), {"field": "roles"})
        repo.replace_roles(call.db, user.id, _role_ids(call, c["roles"]))
    user.version += 1
    call.db.flush()
    dto = user_dtos(call, [user])[0]
    call.audit("user", user.id, action="updated", before=before, after=_audit_view(dto))
    return dto

def set_user_locked(call: Call, user_id: Any, locked: Any, reason: Any) -> dict[str, Any]:
    v = call.v
    user = _user_in_scope(call, user_id, for_update=True)
    lock = v.boolean(locked, "locked")
    why = v.text(reason, "reason", 200, required=lock)
    if lock and user.id == call.user.user_id:
        raise UserError(call.msg("cannot_lock_self"))
    user.locked, user.locked_reason = lock, (why if lock else None)
    user.version += 1
    call.audit("user", user.id, action="locked" if lock else "unlocked", reason=why)
    return user_dtos(call, [user])[0]

def reset_password(call: Call, user_id: Any, new_password: Any) -> dict[str, Any]:
    user = _user_in_scope(call, user_id, for_update=True)
    user.password_hash = _new_password_hash(call, new_password)
    user.must_change_password = True
    user.version += 1
    # Whoever holds a session of this user (maybe the reason for the reset) loses it.
    ended = security.end_sessions(call.db, user.id, call.now)
    call.audit("user", user.id, action="password_reset", sessions_ended=ended)
    return {"ok": True}

def list_roles(call: Call) -> list[dict[str, Any]]:
    return [{"name": name, "permissions": perms} for name, perms in repo.all_roles(call.db)]

def all_permissions() -> list[str]:
    return list(ALL_PERMISSIONS)

# -- offices -------------------------------------------------------------------------------

def office_dto(o: OrgUnit) -> dict[str, Any]:
    return {"id": o.id, "parent_id": o.parent_id, "kind": o.kind, "code": o.code,
            "name": o.name, "path": o.path}

def list_offices(call: Call) -> list[dict[str, Any]]:
    return [office_dto(o) for o in repo.offices(call.db, call.user.visible_office_ids)]

def create_office(call: Call, data: Any) -> dict[str, Any]:
    v = call.v
    d = v.mapping(data, "data", ("parent_id", "kind", "code", "name"))
    parent = call.db.get(OrgUnit, _office_in_scope(call, d.get("parent_id")))
    assert parent is not None
    kind = v.choice(d.get("kind"), "kind", ORG_KINDS[1:])
    if _CHILD_KIND.get(parent.kind) != kind:
        raise UserError(call.msg("bad_parent_kind", kind=kind, parent_kind=parent.kind))
    code = v.text(d.get("code"), "code", 16, pattern=re.compile(r"^[A-Z0-9]{2,16}$"))
    if repo.office_code_taken(call.db, code):
        raise UserError(call.msg("office_code_taken", code=code), {"field": "code"})
    office = OrgUnit(parent_id=parent.id, kind=kind, code=code,
                     name=v.text(d.get("name"), "name", 80), path="", timezone=parent.timezone)
    call.db.add(office)
    call.db.flush()
    office.path = f"{parent.path}{office.id}/"
    call.audit("org_unit", office.id, action="created", after=office_dto(office))
    return office_dto(office)

# -- audit log -----------------------------------------------------------------------------

def search_audit(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    v = call.v
    f = v.mapping(filters or {}, "filters", ("username", "method", "outcome", "entity_type",
                                             "entity_id", "date_from", "date_to"))
    clean = {"username": v.text(f.get("username"), "username", 40, required=False),
             "method": v.text(f.get("method"), "method", 80, required=False),
             "outcome": v.text(f.get("outcome"), "outcome", 20, required=False),
             "entity_type": v.text(f.get("entity_type"), "entity_type", 40, required=False),
             "entity_id": v.optional_integer(f.get("entity_id"), "entity_id", 1, 2**62)}
    try:
        dfrom = datetime_from_wire(f["date_from"]) if f.get("date_from") else None
        dto_ = datetime_from_wire(f["date_to"]) if f.get("date_to") else None
    except CodecError:
        raise v.fail("date", "bad_format") from None
    offset, limit = _page(call, page)
    top_level = call.user.office_path.count("/") <= 2  # company-level staff see anonymous rows
    q = repo.audit_query(call.user.visible_office_ids, top_level, clean, dfrom, dto_)
    rows, more = repo.audit_page(call.db, q, offset, limit)
    labels = repo.entity_labels(call.db, [(r.entity_type, r.entity_id) for r in rows])
    return {"rows": [audit_dto(r, labels.get((r.entity_type, r.entity_id), ""))
                     for r in rows], "has_more": more}

def audit_dto(r: AuditLog, entity_label: str = "") -> dict[str, Any]:
    """``entity_label`` names the record the way people know it (account and name, user
    name, unit name) so an auditor need not look up internal ids."""
    return {"seq": r.seq, "at": datetime_to_wire(r.at), "username": r.username,
            "office_id": r.office_id, "method": r.method, "outcome": r.outcome,
            "entity_type": r.entity_type or "", "entity_id": r.entity_id,
            "entity_label": entity_label, "request_id": r.request_id or "",
            "client_host": r.client_host, "details": r.details}

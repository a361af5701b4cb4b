"""Passwords, session tokens, login throttling and resolving a session to a principal."""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Integer,
    String,
    bindparam,
    cast,
    delete,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from dbschema.models import (
    LoginFailure,
    OrgUnit,
    RolePermission,
    User,
    UserRole,
    UserSession,
)
from dbschema.models.admin import Role

# argon2id with RFC 9106's second recommended profile, scaled to stay ~50 ms on 2 cores.
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
# A real hash to verify against for unknown users, so both cases cost the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password-0")
# Each hash holds 64 MiB while it runs: 20 clerks logging in at once took the server to
# 1.3 GB (tests/bench/bench_memory.py). Two at a time already use both cores (parallelism=2),
# so a morning rush queues for the CPU it would have waited for anyway, in bounded memory.
_HASH_SLOTS = threading.BoundedSemaphore(2)

THROTTLE_FREE_ATTEMPTS = 5
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_MAX_DELAY = timedelta(minutes=15)
TOUCH_INTERVAL = timedelta(seconds=60)


def hash_password(password: str) -> str:
    with _HASH_SLOTS:
        return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        with _HASH_SLOTS:
            verified = _hasher.verify(stored_hash or _DUMMY_HASH, password)
        return verified and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    full_name: str
    office_id: int
    office_path: str
    visible_office_ids: frozenset[int]
    permissions: frozenset[str]
    roles: tuple[str, ...]
    session_id: int | None

    def can_see_office(self, office_id: int | None) -> bool:
        return office_id is not None and office_id in self.visible_office_ids


# Built once: constructing a statement costs more Python time than running it, and these
# run on every call. Values come in as bind parameters.
_parent = aliased(OrgUnit)
_OFFICE_AND_PARENT = (select(OrgUnit.kind, OrgUnit.path, _parent.path)
                      .outerjoin(_parent, _parent.id == OrgUnit.parent_id)
                      .where(OrgUnit.id == bindparam("office_id")))
_NO_ID, _NO_NAME = cast(null(), Integer), cast(null(), String)
_SCOPE_ROLES_PERMISSIONS = union_all(
    select(literal("office"), OrgUnit.id, _NO_NAME)
    .where(OrgUnit.path.startswith(bindparam("scope_path"))),
    select(literal("role"), _NO_ID, Role.name)
    .join(UserRole, UserRole.role_id == Role.id).where(UserRole.user_id == bindparam("user_id")),
    select(literal("permission"), _NO_ID, RolePermission.permission)
    .join(UserRole, UserRole.role_id == RolePermission.role_id)
    .where(UserRole.user_id == bindparam("user_id")))
_SESSION_AND_USER = (select(UserSession, User).join(User, User.id == UserSession.user_id)
                     .where(UserSession.token_hash == bindparam("token_hash")))


def load_principal(db: Session, user: User, session_id: int | None) -> Principal:
    """Office scope, roles and permissions in two statements: this runs on every call."""
    kind, path, parent_path = db.execute(_OFFICE_AND_PARENT,
                                         {"office_id": user.office_id}).one()
    # A service hall works the customers of its office: scope starts at the office.
    scope_path = parent_path if kind == "hall" else path
    assert scope_path is not None
    rows = db.execute(_SCOPE_ROLES_PERMISSIONS,
                      {"scope_path": scope_path, "user_id": user.id}).all()
    visible = frozenset(oid for what, oid, _name in rows if what == "office")
    roles = tuple(sorted(name for what, _oid, name in rows if what == "role"))
    perms = frozenset(name for what, _oid, name in rows if what == "permission")
    return Principal(user.id, user.username, user.full_name, user.office_id, scope_path,
                     visible, perms, roles, session_id)


def resolve_session(db: Session, token: object, now: datetime,
                    idle: timedelta) -> Principal | None:
    """The principal behind a token, or None if the token is unknown, ended or expired."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    found = db.execute(_SESSION_AND_USER, {"token_hash": token_digest(token)}).one_or_none()
    if found is None:
        return None
    row, user = found
    if row.ended_at is not None:
        return None
    if now >= row.expires_at or now - row.last_seen_at >= idle:
        row.ended_at = now
        return None
    if user.locked:
        return None
    if now - row.last_seen_at >= TOUCH_INTERVAL:  # avoid a write on every call
        row.last_seen_at = now
    return load_principal(db, user, row.id)


def throttle_delay(db: Session, username: str, host: str, now: datetime) -> timedelta:
    """How long this workstation must wait before trying this account again.

    Counted per (account, workstation): a guesser slows down only their own workstation,
    so nobody can lock a clerk out by typing wrong passwords for them elsewhere.
    """
    since = now - THROTTLE_WINDOW
    failures, last = db.execute(
        select(func.count(), func.max(LoginFailure.at))
        .where(LoginFailure.username == username, LoginFailure.client_host == host,
               LoginFailure.at >= since)).one()
    if failures < THROTTLE_FREE_ATTEMPTS or last is None:
        return timedelta(0)
    delay = min(timedelta(seconds=2 ** (failures - THROTTLE_FREE_ATTEMPTS) * 15),
                THROTTLE_MAX_DELAY)
    remaining = last + delay - now
    return max(remaining, timedelta(0))


def record_failure(db: Session, username: str, host: str, now: datetime) -> None:
    db.add(LoginFailure(username=username, client_host=host, at=now))


def clear_failures(db: Session, username: str, host: str) -> None:
    db.execute(delete(LoginFailure).where(LoginFailure.username == username,
                                          LoginFailure.client_host == host))

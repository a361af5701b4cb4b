"""Passwords, session tokens, login throttling and resolving a session to a principal."""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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
    update,
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


HASH_WAIT_S = 5.0


class HashingBusy(Exception):
    """Every hashing slot stayed taken: answer "busy" rather than queue without bound."""


@contextmanager
def _hash_slot() -> Iterator[None]:
    if not _HASH_SLOTS.acquire(timeout=HASH_WAIT_S):
        raise HashingBusy
    try:
        yield
    finally:
        _HASH_SLOTS.release()


def hash_password(password: str) -> str:
    with _hash_slot():
        return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Callers must not hold a database connection meanwhile (a login flood would drain
    the pool); ``HashingBusy`` when no hashing slot frees up in time."""
    try:
        with _hash_slot():
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
    must_change_password: bool = False

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
                     visible, perms, roles, session_id, user.must_change_password)


def resolve_session(db: Session, token: object, now: datetime, idle: timedelta,
                    touch: bool = True) -> Principal | None:
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
    if touch and now - row.last_seen_at >= TOUCH_INTERVAL:  # not a write on every call
        row.last_seen_at = now
    return load_principal(db, user, row.id)


def throttle_delay(db: Session, username: str, host: str, now: datetime,
                   before_id: int | None = None) -> timedelta:
    """How long this workstation must wait before trying this account again.

    Counted per (account, workstation): a guesser slows down only their own workstation,
    so nobody can lock a clerk out by typing wrong passwords for them elsewhere. With
    ``before_id`` only the attempts recorded before that one count, so simultaneous attempts
    see each other and cannot all pass the check at once.
    """
    since = now - THROTTLE_WINDOW
    q = (select(func.count(), func.max(LoginFailure.at))
         .where(LoginFailure.username == username, LoginFailure.client_host == host,
                LoginFailure.at >= since))
    if before_id is not None:
        q = q.where(LoginFailure.id < before_id)
    failures, last = db.execute(q).one()
    if failures < THROTTLE_FREE_ATTEMPTS or last is None:
        return timedelta(0)
    delay = min(timedelta(seconds=2 ** (failures - THROTTLE_FREE_ATTEMPTS) * 15),
                THROTTLE_MAX_DELAY)
    remaining = last + delay - now
    return max(remaining, timedelta(0))


def record_failure(db: Session, username: str, host: str, now: datetime) -> int:
    failure = LoginFailure(username=username, client_host=host, at=now)
    db.add(failure)
    db.flush()
    return failure.id


def forget_failure(db: Session, failure_id: int) -> None:
    db.execute(delete(LoginFailure).where(LoginFailure.id == failure_id))


def clear_failures(db: Session, username: str, host: str) -> None:
    db.execute(delete(LoginFailure).where(LoginFailure.username == username,
                                          LoginFailure.client_host == host))


def end_sessions(db: Session, user_id: int, now: datetime, keep: int | None = None) -> int:
    """End the user's open sessions (all but ``keep``); returns how many were ended."""
    q = (update(UserSession).where(UserSession.user_id == user_id,
                                   UserSession.ended_at.is_(None))
         .values(ended_at=now).execution_options(synchronize_session=False))
    if keep is not None:
        q = q.where(UserSession.id != keep)
    return int(db.execute(q).rowcount)  # type: ignore[attr-defined]

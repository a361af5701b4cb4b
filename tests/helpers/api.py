"""Calling the API objects in-process exactly as the client does over Pyro5:
``method(ctx, *args)`` with ``ctx = {"token", "request_id", "locale"}``."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import Pyro5.api
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver import registry
from appserver.contract import api as contract
from appserver.core import security
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime
from dbschema.models import OrgUnit, Role, User, UserRole, UserSession

DEMO_PASSWORD = "demo1234"
# Hashing is deliberately slow; users made by tests share one precomputed hash.
_TEST_HASH = security.hash_password(DEMO_PASSWORD)


def make_apis(runtime: Runtime) -> dict[str, Any]:
    return dict(registry.make_apis(runtime, lambda: True))


class ApiClient:
    """One logged-in (or anonymous) caller; ``call`` mirrors the client gateway."""

    def __init__(self, runtime: Runtime, token: str | None = None, locale: str = "en") -> None:
        self.runtime = runtime
        self.objects = make_apis(runtime)
        self.token = token
        self.locale = locale

    def ctx(self, request_id: str | None = None) -> dict[str, Any]:
        return {"token": self.token, "request_id": request_id, "locale": self.locale}

    def call(self, obj: str, method: str, *args: Any, write: bool = False,
             request_id: str | None = None) -> Any:
        rid = request_id or (str(uuid.uuid4()) if write else None)
        return getattr(self.objects[obj], method)(self.ctx(rid), *args)

    def admin(self, method: str, *args: Any, **kw: Any) -> Any:
        return self.call(contract.OBJECT_ADMIN, method, *args, **kw)

    def customers(self, method: str, *args: Any, **kw: Any) -> Any:
        return self.call(contract.OBJECT_CUSTOMERS, method, *args, **kw)

    def system(self, method: str, *args: Any, **kw: Any) -> Any:
        return self.call(contract.OBJECT_SYSTEM, method, *args, **kw)

    def login(self, username: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
        result: dict[str, Any] = self.admin("login", username, password, write=True)
        self.token = result["token"]
        return result


@contextmanager
def workstation(host: str) -> Iterator[None]:
    """Pretend the calls on this thread come from ``host`` (Pyro5 sets this per connection)."""
    ctx = Pyro5.api.current_context
    old = ctx.client_sock_addr
    ctx.client_sock_addr = (host, 40000)
    try:
        yield
    finally:
        ctx.client_sock_addr = old


def office_id(db: Session, code: str) -> int:
    return db.scalars(select(OrgUnit.id).where(OrgUnit.code == code)).one()


def make_user(db: Session, username: str, office_code: str, roles: list[str],
              created_at: Any) -> User:
    """A user with password ``demo1234`` written straight to the database (no audit row)."""
    user = User(username=username, full_name=username, password_hash=_TEST_HASH,
                office_id=office_id(db, office_code), locked=False, must_change_password=False,
                version=1, created_at=created_at)
    db.add(user)
    db.flush()
    role_ids = db.scalars(select(Role.id).where(Role.name.in_(roles))).all()
    db.add_all(UserRole(user_id=user.id, role_id=rid) for rid in role_ids)
    db.flush()
    return user


def open_session(db: Session, user: User, now: Any, lifetime: timedelta) -> str:
    """A session token for ``user`` without going through the (slow, audited) login."""
    token = security.new_token()
    db.add(UserSession(token_hash=security.token_digest(token), user_id=user.id, created_at=now,
                       last_seen_at=now, expires_at=now + lifetime, client_host="local"))
    db.flush()
    return token


class Clients:
    """Makes API callers: by demo login, or as a fresh user of given roles and office."""

    def __init__(self, runtime: Runtime, db: Session, clock: FixedClock) -> None:
        self.runtime, self.db, self.clock = runtime, db, clock
        self._n = itertools.count(1)

    def anonymous(self, locale: str = "en") -> ApiClient:
        return ApiClient(self.runtime, locale=locale)

    def login(self, username: str, locale: str = "en") -> ApiClient:
        client = ApiClient(self.runtime, locale=locale)
        client.login(username)
        return client

    def as_user(self, username: str, locale: str = "en") -> ApiClient:
        """A session for an existing (demo) user without the deliberately slow login."""
        user = self.db.scalars(select(User).where(User.username == username)).one()
        token = open_session(self.db, user, self.clock.now(), timedelta(hours=12))
        return ApiClient(self.runtime, token=token, locale=locale)

    def as_new_user(self, office_code: str, roles: list[str],
                    locale: str = "en") -> tuple[ApiClient, int]:
        user = make_user(self.db, f"t.user{next(self._n)}", office_code, roles,
                         self.clock.now())
        token = open_session(self.db, user, self.clock.now(), timedelta(hours=12))
        return ApiClient(self.runtime, token=token, locale=locale), user.id

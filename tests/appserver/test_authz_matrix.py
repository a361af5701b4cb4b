"""Every role × every exposed method × own/other office, against the permission the method
declares in its ``@rpc`` and the office scope. Refusals must be audited as "denied"."""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver import registry
from appserver.contract import api as contract
from appserver.contract.errors import PermissionDenied, SessionExpired
from appserver.contract.permissions import DEFAULT_ROLES
from appserver.core.api_base import ApiBase
from appserver.core.clock import FixedClock
from appserver.core.rpc import RpcSpec
from dbschema.models import AuditLog, User
from tests.appserver.authz import MODULE_BUILDERS, MODULE_OFFICE_SCOPED
from tests.appserver.authz.world import World, make_world
from tests.helpers.api import DEMO_PASSWORD, ApiClient, Clients, make_user, open_session

pytestmark = pytest.mark.pg

API_CLASSES: dict[str, type[ApiBase]] = registry.API_CLASSES
ALL_METHODS = [(obj, name) for obj, methods in contract.METHODS.items() for name, _ in methods]
# Arguments for the revenue modules' methods come from tests/appserver/authz/<module>.py.
OFFICE_SCOPED = MODULE_OFFICE_SCOPED | {"admin.get_user", "admin.create_user", "admin.update_user",
                 "admin.set_user_locked", "admin.reset_password", "admin.create_office",
                 "customers.get_file", "customers.update_contact"}
_unique = itertools.count(1)


def exposed_methods(cls: type) -> dict[str, Any]:
    # Module APIs are composed of mixins (billing, payments): walk the whole class.
    return {name: fn for name, fn in inspect.getmembers(cls)
            if callable(fn) and getattr(fn, "_pyroExposed", False)}


def spec(obj: str, name: str) -> RpcSpec:
    result: RpcSpec = getattr(API_CLASSES[obj], name).rpc_spec
    return result


def test_methods_list_matches_the_api_classes() -> None:
    assert set(API_CLASSES) == set(contract.ALL_OBJECTS)
    for obj, cls in API_CLASSES.items():
        declared = dict(contract.METHODS[obj])
        found = exposed_methods(cls)
        assert set(found) == set(declared), obj
        for name, fn in found.items():
            assert fn.rpc_spec.write == declared[name], f"{obj}.{name} write flag"


def _args(method: str, w: World, side: str, username: str) -> tuple[Any, ...]:
    n = next(_unique)
    builders: dict[str, Callable[[], tuple[Any, ...]]] = {
        "system.ping": lambda: (),
        "system.health": lambda: (),
        "admin.login": lambda: (username, DEMO_PASSWORD),
        "admin.logout": lambda: (),
        "admin.whoami": lambda: (),
        "admin.change_own_password": lambda: (DEMO_PASSWORD, f"Changed{n}pw"),
        "admin.list_users": lambda: ({}, {"limit": 10}),
        "admin.get_user": lambda: (w.user[side].id,),
        "admin.create_user": lambda: ({"username": f"t.new{n}", "full_name": "新用户",
                                       "office_id": w.office[side], "roles": ["counter_clerk"],
                                       "password": "Initial123"},),
        "admin.update_user": lambda: (w.user[side].id, w.fresh(side, "user").version,
                                      {"full_name": f"改名{n}"}),
        "admin.set_user_locked": lambda: (w.user[side].id, True, "matrix test"),
        "admin.reset_password": lambda: (w.user[side].id, f"Reset{n}pw1"),
        "admin.list_roles": lambda: (),
        "admin.list_offices": lambda: (),
        "admin.create_office": lambda: ({"parent_id": w.office[side], "kind": "hall",
                                         "code": f"TH{n}", "name": f"测试营业厅{n}"},),
        "admin.search_audit": lambda: ({}, {"limit": 10}),
        "customers.search": lambda: ("1000", {"limit": 5}),
        "customers.get_file": lambda: (w.customer[side].id,),
        "customers.update_contact": lambda: (w.customer[side].id,
                                             w.fresh(side, "customer").version,
                                             {"contact_person": f"联系人{n}"}),
    }
    for module_builders in MODULE_BUILDERS:
        builders.update(module_builders(w, side, username, n))
    return builders[method]()


def _denied_rows(db: Session, method: str, user_id: int | None) -> int:
    q = select(func.count()).select_from(AuditLog).where(AuditLog.method == method,
                                                         AuditLog.outcome == "denied")
    q = q.where(AuditLog.user_id == user_id if user_id else AuditLog.user_id.is_(None))
    return db.scalar(q) or 0


def _call(api: Clients, user: User, obj: str, name: str, args: tuple[Any, ...]) -> bool:
    """True if the call went through, False if it was refused (and audited as such)."""
    token = _session(api, user)
    caller = ApiClient(api.runtime, token=token)
    method = f"{obj.split('.')[1]}.{name}"
    before = _denied_rows(api.db, method, user.id)
    try:
        caller.call(obj, name, *args, write=spec(obj, name).write)
    except PermissionDenied:
        assert _denied_rows(api.db, method, user.id) == before + 1, f"{method} not audited"
        return False
    return True


def _session(api: Clients, user: User) -> str:
    return open_session(api.db, user, api.clock.now(), timedelta(hours=1))


@pytest.mark.parametrize("role", sorted(DEFAULT_ROLES))
@pytest.mark.parametrize("obj, name", ALL_METHODS, ids=[f"{o}.{n}" for o, n in ALL_METHODS])
def test_role_method_office(api: Clients, db: Session, role: str, obj: str, name: str) -> None:
    world = make_world(db, api.clock.now())
    user = make_user(db, f"t.caller.{role}", "DH", [role], api.clock.now())
    s = spec(obj, name)
    method = f"{obj.split('.')[1]}.{name}"
    expected = s.public or s.permission in DEFAULT_ROLES[role]
    allowed = _call(api, user, obj, name, _args(method, world, "own", user.username))
    assert allowed == expected, f"{role} on {method} (own office)"
    if method in OFFICE_SCOPED:
        assert not _call(api, user, obj, name, _args(method, world, "other", user.username)), \
            f"{role} reached another office through {method}"


NON_PUBLIC = [(o, n) for o, n in ALL_METHODS if not spec(o, n).public]


@pytest.mark.parametrize("obj, name", NON_PUBLIC, ids=[f"{o}.{n}" for o, n in NON_PUBLIC])
def test_missing_or_expired_session_is_refused(api: Clients, db: Session, clock: FixedClock,
                                               obj: str, name: str) -> None:
    world = make_world(db, clock.now())
    method = f"{obj.split('.')[1]}.{name}"
    args = _args(method, world, "own", "admin")
    anonymous = api.anonymous()
    before = _denied_rows(db, method, None)
    with pytest.raises(SessionExpired):
        anonymous.call(obj, name, *args, write=spec(obj, name).write)
    assert _denied_rows(db, method, None) == before + 1
    expired = api.as_user("admin")
    clock.advance(api.runtime.session_idle + timedelta(seconds=1))
    with pytest.raises(SessionExpired):
        expired.call(obj, name, *args, write=spec(obj, name).write)

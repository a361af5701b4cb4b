"""Garbage in every argument of every method: a clear refusal (never an internal error) and
nothing changed."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.contract.errors import InternalError, PmisError
from dbschema.models import AuditLog, Customer, IdempotencyRecord, OrgUnit, User, UserSession
from tests.appserver.test_authz_matrix import API_CLASSES
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg

GARBAGE: list[Any] = [None, True, 1.5, float("nan"), -1, 0, 2**70, "", "x" * 5000, "\x00",
                      [], {}, {"x": 1}, ["a"] * 1000, [[["deep"]]], {"offset": -5},
                      {"limit": 10**9}, "1' OR '1'='1"]
METHODS = [(obj, name) for obj, methods in contract.METHODS.items() for name, _ in methods
           if name not in ("logout", "login")]


def _params(obj: str, name: str) -> list[inspect.Parameter]:
    fn = inspect.unwrap(getattr(API_CLASSES[obj], name))
    return list(inspect.signature(fn).parameters.values())[2:]  # self, call


def _arity(obj: str, name: str) -> int:
    return len(_params(obj, name))


def _wrong_counts(obj: str, name: str) -> list[int]:
    required = sum(1 for p in _params(obj, name) if p.default is inspect.Parameter.empty)
    return [_arity(obj, name) + 1, _arity(obj, name) + 3] + ([required - 1] if required else [])


def _counts(db: Session) -> tuple[int, ...]:
    db.expire_all()
    return tuple(db.scalar(select(func.count()).select_from(t)) or 0
                 for t in (Customer, User, OrgUnit, IdempotencyRecord, UserSession))


def _customer_state(db: Session) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in db.execute(select(Customer.id, Customer.version,
                                                Customer.phone_mobile, Customer.contact_person)
                                         .order_by(Customer.id))]


@pytest.mark.parametrize("obj, name", METHODS, ids=[f"{o}.{n}" for o, n in METHODS])
def test_garbage_is_refused_clearly_and_changes_nothing(api: Clients, db: Session, obj: str,
                                                        name: str) -> None:
    admin = api.as_user("admin")
    write = dict(contract.METHODS[obj])[name]
    before, customers = _counts(db), _customer_state(db)
    for value in GARBAGE:
        args = [value] * _arity(obj, name)
        try:
            admin.call(obj, name, *args, write=write)
        except InternalError as exc:
            pytest.fail(f"{obj}.{name}({value!r:.40}) -> internal error {exc.message}")
        except PmisError:
            continue
    assert _counts(db) == before
    assert _customer_state(db) == customers
    assert db.scalar(select(func.count()).select_from(AuditLog)
                     .where(AuditLog.outcome == "ok", AuditLog.method != "admin.logout")) == 0


@pytest.mark.parametrize("obj, name", METHODS, ids=[f"{o}.{n}" for o, n in METHODS])
def test_wrong_number_of_arguments_is_not_an_internal_error(api: Clients, obj: str,
                                                            name: str) -> None:
    admin = api.as_user("admin")
    write = dict(contract.METHODS[obj])[name]
    for count in _wrong_counts(obj, name):
        with pytest.raises(PmisError) as exc:
            admin.call(obj, name, *(["x"] * count), write=write)
        assert not isinstance(exc.value, InternalError), exc.value.message
        assert exc.value.message == "The request is malformed."

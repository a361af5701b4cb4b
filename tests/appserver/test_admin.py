"""Administration on PostgreSQL: users, roles, offices, locking, passwords, the audit log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import Conflict, PermissionDenied, SessionExpired, UserError
from appserver.contract.permissions import DEFAULT_ROLES
from appserver.core.clock import FixedClock
from dbschema.models import User
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg


def _new_user(admin: ApiClient, db: Session, username: str = "new.clerk",
              office: str = "DH1", roles: list[str] | None = None) -> dict[str, Any]:
    data = {"username": username, "full_name": "新柜员", "office_id": office_id(db, office),
            "roles": roles if roles is not None else ["counter_clerk"], "password": "Start1234"}
    result: dict[str, Any] = admin.admin("create_user", data, write=True)
    return result


def _uid(db: Session, username: str) -> int:
    return db.scalars(select(User.id).where(User.username == username)).one()


def test_create_user(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    dto = _new_user(admin, db)
    assert (dto["username"], dto["roles"], dto["locked"], dto["version"]) == (
        "new.clerk", ["counter_clerk"], False, 1)
    assert dto["office_name"] == "东湖八一大道营业厅"
    me = api.anonymous()
    me.login("new.clerk", "Start1234")
    assert me.admin("whoami")["must_change_password"] is True
    trail = admin.admin("search_audit", {"method": "admin.create_user"})["rows"]
    assert trail[0]["entity_id"] == dto["id"] and '"created"' in trail[0]["details"]


@pytest.mark.parametrize("change, field", [
    ({"username": "dh.clerk1"}, "username"),
    ({"username": "Bad Name"}, "username"),
    ({"username": "ab"}, "username"),
    ({"password": "short1"}, "password"),
    ({"password": "lettersonly"}, "password"),
    ({"roles": ["counter_clerk", "emperor"]}, "roles"),
    ({"full_name": ""}, "full_name"),
])
def test_create_user_refuses_bad_data(api: Clients, db: Session, change: dict[str, Any],
                                      field: str) -> None:
    data = {"username": "new.clerk", "full_name": "新柜员", "office_id": office_id(db, "DH1"),
            "roles": ["counter_clerk"], "password": "Start1234", **change}
    with pytest.raises(UserError) as exc:
        api.as_user("admin").admin("create_user", data, write=True)
    assert exc.value.details.get("field") == field
    assert db.scalars(select(User).where(User.username == "new.clerk")).first() is None


def test_update_user_roles_office_and_name(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    dto = _new_user(admin, db)
    after = admin.admin("update_user", dto["id"], dto["version"],
                        {"full_name": "新组长", "roles": ["office_head", "auditor"],
                         "office_id": office_id(db, "XH")}, write=True)
    assert after["roles"] == ["auditor", "office_head"] and after["full_name"] == "新组长"
    assert after["office_name"] == "西湖营业所" and after["version"] == dto["version"] + 1
    with pytest.raises(Conflict) as stale:
        admin.admin("update_user", dto["id"], dto["version"], {"full_name": "X"}, write=True)
    assert stale.value.details["current"]["full_name"] == "新组长"
    with pytest.raises(UserError):
        admin.admin("update_user", dto["id"], after["version"], {}, write=True)
    with pytest.raises(UserError):
        admin.admin("update_user", dto["id"], after["version"], {"password": "x"}, write=True)


def test_a_head_cannot_move_staff_out_of_reach(api: Clients, db: Session) -> None:
    head, _ = api.as_new_user("DH", ["admin"])
    target = _uid(db, "dh.clerk1")
    version = head.admin("get_user", target)["version"]
    with pytest.raises(PermissionDenied):
        head.admin("update_user", target, version, {"office_id": office_id(db, "XH")},
                   write=True)
    db.expire_all()
    assert db.get(User, target).office_id == office_id(db, "DH1")  # type: ignore[union-attr]


def test_lock_and_unlock(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    clerk = api.as_user("dh.clerk2")
    uid = _uid(db, "dh.clerk2")
    with pytest.raises(UserError):  # a lock needs a reason
        admin.admin("set_user_locked", uid, True, "", write=True)
    locked = admin.admin("set_user_locked", uid, True, "on leave", write=True)
    assert locked["locked"] and locked["locked_reason"] == "on leave"
    with pytest.raises(SessionExpired):
        clerk.admin("whoami")
    listed = admin.admin("list_users", {"text": "dh.clerk", "include_locked": False})["rows"]
    assert [u["username"] for u in listed] == ["dh.clerk1"]
    unlocked = admin.admin("set_user_locked", uid, False, "", write=True)
    assert not unlocked["locked"] and unlocked["locked_reason"] == ""
    assert api.login("dh.clerk2").admin("whoami")["username"] == "dh.clerk2"


def test_nobody_locks_themselves_out(api: Clients, db: Session) -> None:
    with pytest.raises(UserError):
        api.as_user("admin").admin("set_user_locked", _uid(db, "admin"), True, "oops",
                                   write=True)


def test_reset_and_change_password(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    uid = _uid(db, "dh.reader")
    assert admin.admin("reset_password", uid, "Temp5678", write=True) == {"ok": True}
    with pytest.raises(UserError):
        api.login("dh.reader")  # the old password is gone
    reader = api.anonymous()
    reader.login("dh.reader", "Temp5678")
    assert reader.admin("whoami")["must_change_password"] is True
    with pytest.raises(UserError):
        reader.admin("change_own_password", "wrong-old1", "Mine9999", write=True)
    with pytest.raises(UserError):
        reader.admin("change_own_password", "Temp5678", "weak", write=True)
    reader.admin("change_own_password", "Temp5678", "Mine9999", write=True)
    assert reader.admin("whoami")["must_change_password"] is False
    assert api.anonymous().login("dh.reader", "Mine9999")["token"]


def test_roles_are_the_default_roles(api: Clients) -> None:
    roles = api.as_user("admin").admin("list_roles")
    assert {r["name"]: set(r["permissions"]) for r in roles} == {
        name: set(perms) for name, perms in DEFAULT_ROLES.items()}


def test_offices_are_scoped(api: Clients) -> None:
    everything = api.as_user("admin").admin("list_offices")
    assert len(everything) == 13 and everything[0]["kind"] == "company"
    dh = api.as_user("dh.head").admin("list_offices")
    assert {o["code"] for o in dh} == {"DH", "DH1"}
    cq = api.as_user("cq.head").admin("list_offices")
    assert {o["code"] for o in cq} == {"CQ", "DH", "XH", "QS", "DH1", "XH1", "QS1"}


def test_users_are_scoped(api: Clients) -> None:
    rows = api.as_user("dh.head").admin("list_users")["rows"]
    assert {u["username"] for u in rows} == {"dh.head", "dh.clerk1", "dh.clerk2", "dh.reader",
                                             "dh.engineer", "dh.metertech"}


def test_create_office(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    dh = office_id(db, "DH")
    hall = admin.admin("create_office", {"parent_id": dh, "kind": "hall", "code": "DH2",
                                         "name": "东湖阳明路营业厅"}, write=True)
    parent_path = next(o["path"] for o in admin.admin("list_offices") if o["id"] == dh)
    assert hall["path"] == f"{parent_path}{hall['id']}/" and hall["parent_id"] == dh
    for bad in ({"kind": "office", "code": "DH3"}, {"kind": "hall", "code": "DH2"},
                {"kind": "hall", "code": "dh-3"}, {"kind": "castle", "code": "DH4"}):
        with pytest.raises(UserError):
            admin.admin("create_office", {"parent_id": dh, "name": "某厅", **bad}, write=True)


def test_audit_search_filters(api: Clients, db: Session, clock: FixedClock) -> None:
    admin = api.as_user("admin")
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(PermissionDenied):
        clerk.admin("list_users")
    start = clock.now()
    clock.advance(timedelta(minutes=20))
    _new_user(admin, db)
    by_user = admin.admin("search_audit", {"username": "dh.clerk1"})["rows"]
    assert [(r["method"], r["outcome"]) for r in by_user] == [("admin.list_users", "denied")]
    denied = admin.admin("search_audit", {"outcome": "denied"})["rows"]
    assert {r["username"] for r in denied} == {"dh.clerk1"}
    created = admin.admin("search_audit", {"method": "admin.create", "entity_type": "user"}
                          )["rows"]
    assert len(created) == 1
    one = admin.admin("search_audit", {"entity_type": "user",
                                       "entity_id": created[0]["entity_id"]})["rows"]
    assert one == created
    early = {"date_from": datetime_to_wire(start),
             "date_to": datetime_to_wire(start + timedelta(minutes=10))}
    assert [r["method"] for r in admin.admin("search_audit", early)["rows"]] == [
        "admin.list_users"]
    page = admin.admin("search_audit", {}, {"limit": 1})
    assert len(page["rows"]) == 1 and page["has_more"]
    with pytest.raises(UserError):
        admin.admin("search_audit", {"date_from": "last tuesday"})
    with pytest.raises(UserError):
        admin.admin("search_audit", {"colour": "red"})


def test_audit_search_is_scoped_to_the_office(api: Clients) -> None:
    with pytest.raises(PermissionDenied):
        api.as_user("xh.clerk1").admin("list_users")
    with pytest.raises(PermissionDenied):
        api.as_user("dh.clerk1").admin("list_users")
    seen_by_dh = api.as_user("dh.head").admin("search_audit")["rows"]
    assert {r["username"] for r in seen_by_dh} == {"dh.clerk1"}
    seen_by_auditor = api.as_user("auditor").admin("search_audit")["rows"]
    assert {r["username"] for r in seen_by_auditor} == {"dh.clerk1", "xh.clerk1"}

"""Session and rights hardening found in review: each test is a way in that must stay shut."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import PermissionDenied, SessionExpired, UserError
from appserver.core import idempotency, security
from appserver.core.clock import FixedClock
from dbschema.models import AuditLog, IdempotencyRecord, LoginFailure, User, UserSession
from tests.helpers.api import Clients, office_id, workstation

pytestmark = pytest.mark.pg


def _user(db: Session, username: str) -> User:
    return db.scalars(select(User).where(User.username == username)).one()


def test_pings_do_not_keep_an_idle_session_alive(api: Clients, clock: FixedClock) -> None:
    clerk = api.as_user("dh.clerk1")
    for _ in range(29):  # the status bar keeps pinging while the clerk is away
        clock.advance(timedelta(minutes=1))
        clerk.system("ping")
    clock.advance(timedelta(minutes=2))  # 31 minutes without real work: idle limit is 30
    with pytest.raises(SessionExpired):
        clerk.system("ping")


def test_real_work_keeps_the_session_alive(api: Clients, clock: FixedClock) -> None:
    clerk = api.as_user("dh.clerk1")
    for _ in range(40):
        clock.advance(timedelta(minutes=5))
        clerk.admin("whoami")
    assert clerk.system("ping")["role"] == "primary"


def test_a_reset_password_must_be_changed_before_any_work(api: Clients, db: Session) -> None:
    admin = api.as_user("admin")
    clerk_id = _user(db, "dh.clerk2").id
    admin.admin("reset_password", clerk_id, "Temp2026pass", write=True)
    with pytest.raises(UserError):  # the old password no longer works
        api.anonymous().admin("login", "dh.clerk2", "demo1234", write=True)
    clerk = api.anonymous()
    clerk.token = clerk.admin("login", "dh.clerk2", "Temp2026pass", write=True)["token"]
    assert clerk.admin("whoami")["must_change_password"] is True
    clerk.system("ping")
    with pytest.raises(PermissionDenied):
        clerk.customers("search", "王")
    clerk.admin("change_own_password", "Temp2026pass", "Mine2026pass", write=True)
    assert clerk.customers("search", "王")["rows"] is not None


def test_a_password_reset_ends_the_users_sessions(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    clerk.system("ping")
    api.as_user("admin").admin("reset_password", _user(db, "dh.clerk1").id, "Reset2026x",
                               write=True)
    with pytest.raises(SessionExpired):
        clerk.system("ping")


def test_changing_ones_password_ends_the_other_sessions(api: Clients, db: Session) -> None:
    here, elsewhere = api.login("dh.clerk1"), api.login("dh.clerk1")
    here.admin("change_own_password", "demo1234", "Newer2026pw", write=True)
    here.system("ping")
    with pytest.raises(SessionExpired):
        elsewhere.system("ping")
    ended = db.scalar(select(func.count()).select_from(UserSession)
                      .where(UserSession.user_id == _user(db, "dh.clerk1").id,
                             UserSession.ended_at.is_not(None)))
    assert ended and ended >= 1


def test_wrong_old_passwords_are_throttled(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    for _ in range(security.THROTTLE_FREE_ATTEMPTS):
        with pytest.raises(UserError):
            clerk.admin("change_own_password", "guess1234", "Newer2026pw", write=True)
    with pytest.raises(UserError, match="Too many"):
        clerk.admin("change_own_password", "demo1234", "Newer2026pw", write=True)


def test_passwords_never_reach_the_idempotency_table(api: Clients, db: Session) -> None:
    rid = str(uuid.uuid4())
    target = _user(db, "dh.clerk2").id
    api.as_user("admin").admin("reset_password", target, "Spring2026x", request_id=rid,
                               write=True)
    stored = db.get(IdempotencyRecord, rid)
    assert stored is not None
    with_password = idempotency.args_hash("admin.reset_password", (target, "Spring2026x"))
    assert stored.args_hash != with_password
    assert "Spring2026x" not in stored.result


def test_simultaneous_guesses_count_against_each_other(api: Clients, db: Session) -> None:
    """Attempts are recorded before the password is checked: the sixth guess is throttled
    even if the first five have not finished (modelled by leaving their rows in place)."""
    now = api.clock.now()
    for _ in range(security.THROTTLE_FREE_ATTEMPTS):
        db.add(LoginFailure(username="dh.clerk1", client_host="10.9.9.9", at=now))
    db.flush()
    with workstation("10.9.9.9"), pytest.raises(UserError, match="Too many"):
        api.anonymous().admin("login", "dh.clerk1", "demo1234", write=True)


def test_a_malformed_request_id_cannot_hide_a_refusal(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    other = db.scalars(select(User).where(User.office_id == office_id(db, "XH1"))).first()
    assert other is not None
    before = db.scalar(select(func.count()).select_from(AuditLog)
                       .where(AuditLog.outcome == "denied"))
    with pytest.raises(PermissionDenied):
        clerk.admin("get_user", other.id, request_id="\x00bad")
    after = db.scalar(select(func.count()).select_from(AuditLog)
                      .where(AuditLog.outcome == "denied"))
    assert after == (before or 0) + 1


def test_refusals_do_not_tell_which_office_owns_a_record(api: Clients, db: Session) -> None:
    other = db.scalars(select(User).where(User.office_id == office_id(db, "XH1"))).first()
    assert other is not None
    with pytest.raises(PermissionDenied) as refused:
        api.as_user("dh.head").admin("get_user", other.id)
    assert "office_id" not in refused.value.details
    row = db.scalars(select(AuditLog).order_by(AuditLog.seq.desc()).limit(1)).one()
    assert json.loads(row.details)["office_id"] == other.office_id


def test_no_one_grants_rights_they_lack_or_edits_their_own_roles(api: Clients,
                                                                  db: Session) -> None:
    head, _ = api.as_new_user("DH", ["office_head"])
    # An office head may read users but not write them; give one users.write only.
    writer, writer_id = api.as_new_user("DH", ["office_head"])
    db.execute(grant_user_writer(writer_id, db))
    target = _user(db, "dh.clerk2")
    with pytest.raises(UserError, match="cannot grant"):
        writer.admin("update_user", target.id, target.version, {"roles": ["admin"]},
                     write=True)
    admin = api.as_user("admin")
    me = _user(db, "admin")
    with pytest.raises(UserError, match="own roles"):
        admin.admin("update_user", me.id, me.version, {"roles": ["admin", "auditor"]},
                    write=True)
    del head


def grant_user_writer(user_id: int, db: Session) -> Any:
    """A role holding only admin.users.write (+ read), granted to ``user_id``."""
    from sqlalchemy import insert

    from dbschema.models import Role, RolePermission, UserRole

    role = Role(name=f"user_writer_{user_id}")
    db.add(role)
    db.flush()
    db.add_all([RolePermission(role_id=role.id, permission="admin.users.write"),
                RolePermission(role_id=role.id, permission="admin.users.read")])
    db.flush()
    return insert(UserRole).values(user_id=user_id, role_id=role.id)


def test_keyword_arguments_are_refused_as_malformed(api: Clients) -> None:
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(UserError, match="malformed"):
        clerk.objects["pmis.customers"].search(clerk.ctx(), text="王")

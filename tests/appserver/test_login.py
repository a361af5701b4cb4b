"""Login, throttling, locked accounts, session expiry and logout on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import SessionExpired, UserError
from appserver.core import security
from appserver.core.clock import FixedClock
from appserver.core.i18n import msg
from dbschema.models import AuditLog, LoginFailure, User, UserSession
from tests.helpers.api import Clients, workstation

pytestmark = pytest.mark.pg


def _user(db: Session, username: str) -> User:
    db.expire_all()
    return db.scalars(select(User).where(User.username == username)).one()


def test_passwords_are_stored_as_argon2id(api: Clients, db: Session) -> None:
    admin = api.login("admin")
    office = _user(db, "dh.clerk1").office_id
    created = admin.admin("create_user", {"username": "new.clerk", "full_name": "新柜员",
                                          "office_id": office, "roles": ["counter_clerk"],
                                          "password": "Secret123"}, write=True)
    stored = _user(db, "new.clerk").password_hash
    assert stored.startswith("$argon2id$")
    assert "Secret123" not in stored
    assert security.verify_password(stored, "Secret123")
    assert created["username"] == "new.clerk"


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_unknown_user_and_wrong_password_get_the_same_message(api: Clients,
                                                              locale: str) -> None:
    client = api.anonymous(locale)
    with pytest.raises(UserError) as unknown:
        client.login("no.such.user", "demo1234")
    with pytest.raises(UserError) as wrong:
        client.login("dh.clerk1", "wrong-password1")
    assert unknown.value.message == wrong.value.message == msg(locale, "login_failed")
    assert unknown.value.details == wrong.value.details


def test_failed_login_is_recorded_and_audited(api: Clients, db: Session) -> None:
    with workstation("10.0.0.7"), pytest.raises(UserError):
        api.anonymous().login("dh.clerk1", "wrong-password1")
    failures = db.scalars(select(LoginFailure).where(LoginFailure.username == "dh.clerk1")).all()
    assert [(f.client_host) for f in failures] == ["10.0.0.7"]
    row = db.scalars(select(AuditLog).order_by(AuditLog.seq.desc()).limit(1)).one()
    assert (row.method, row.outcome, row.username) == ("admin.login", "denied", "dh.clerk1")
    assert "bad_credentials" in row.details


def test_successful_login_opens_a_hashed_session(api: Clients, db: Session) -> None:
    client = api.anonymous()
    result = client.login("dh.clerk1")
    token = result["token"]
    assert result["user"]["username"] == "dh.clerk1"
    assert "customer.read" in result["user"]["permissions"]
    rows = db.scalars(select(UserSession).where(UserSession.user_id == result["user"]["id"])
                      ).all()
    assert [r.token_hash for r in rows] == [security.token_digest(token)]
    assert token not in rows[0].token_hash
    assert client.admin("whoami")["username"] == "dh.clerk1"


def _fail(api: Clients, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(UserError):
            api.anonymous().login(username, "wrong-password1")


def test_throttling_slows_one_workstation_without_locking_the_account(
        api: Clients, clock: FixedClock) -> None:
    with workstation("10.0.0.66"):
        _fail(api, "dh.clerk2", security.THROTTLE_FREE_ATTEMPTS)
        with pytest.raises(UserError) as throttled:  # even the right password waits now
            api.anonymous().login("dh.clerk2")
        assert throttled.value.message.startswith("Too many failed attempts")
    with workstation("10.0.0.5"):  # the clerk's own counter still works
        assert api.anonymous().login("dh.clerk2")["user"]["username"] == "dh.clerk2"
    clock.advance(timedelta(seconds=16))
    with workstation("10.0.0.66"):  # the delay is temporary, not a lock
        assert api.anonymous().login("dh.clerk2")["token"]


def test_throttle_delay_grows_with_failures(api: Clients, db: Session,
                                            clock: FixedClock) -> None:
    now = clock.now()
    for _ in range(security.THROTTLE_FREE_ATTEMPTS - 1):
        security.record_failure(db, "x.user", "h1", now)
    db.flush()
    assert security.throttle_delay(db, "x.user", "h1", now) == timedelta(0)
    security.record_failure(db, "x.user", "h1", now)
    security.record_failure(db, "x.user", "h1", now)
    db.flush()
    assert security.throttle_delay(db, "x.user", "h1", now) == timedelta(seconds=30)
    assert security.throttle_delay(db, "x.user", "h2", now) == timedelta(0)
    later = now + security.THROTTLE_WINDOW + timedelta(seconds=1)
    assert security.throttle_delay(db, "x.user", "h1", later) == timedelta(0)


def test_locked_account_is_refused(api: Clients, db: Session) -> None:
    clerk = api.login("dh.clerk1")
    admin = api.login("admin")
    uid = _user(db, "dh.clerk1").id
    admin.admin("set_user_locked", uid, True, "left the company", write=True)
    with pytest.raises(UserError) as locked:
        api.anonymous().login("dh.clerk1")
    assert locked.value.message == msg("en", "account_locked")
    with pytest.raises(SessionExpired):  # an open session ends with the lock
        clerk.admin("whoami")
    admin.admin("set_user_locked", uid, False, "", write=True)
    assert api.anonymous().login("dh.clerk1")["token"]


def test_idle_expiry(api: Clients, clock: FixedClock) -> None:
    client = api.login("dh.clerk1")
    clock.advance(timedelta(minutes=29))
    client.admin("whoami")  # activity resets the idle timer
    clock.advance(timedelta(minutes=29))
    client.admin("whoami")
    clock.advance(timedelta(minutes=30))
    with pytest.raises(SessionExpired) as expired:
        client.admin("whoami")
    assert expired.value.message == msg("en", "session_expired")
    clock.advance(timedelta(seconds=-1800))  # ended stays ended, even if the clock agrees
    with pytest.raises(SessionExpired):
        client.admin("whoami")


def test_absolute_expiry_despite_activity(api: Clients, clock: FixedClock) -> None:
    client = api.login("dh.clerk1")
    hours = api.runtime.config.session_absolute_hours
    for _ in range(hours * 3 - 1):
        clock.advance(timedelta(minutes=20))
        client.admin("whoami")
    clock.advance(timedelta(minutes=20))
    with pytest.raises(SessionExpired):
        client.admin("whoami")


def test_logout_ends_the_session(api: Clients, db: Session) -> None:
    client = api.login("dh.clerk1")
    assert client.admin("logout", write=True) == {"ok": True}
    with pytest.raises(SessionExpired):
        client.admin("whoami")
    ended = db.scalar(select(func.count()).select_from(UserSession)
                      .where(UserSession.ended_at.is_not(None)))
    assert ended == 1


def test_garbage_tokens_are_refused(api: Clients) -> None:
    client = api.anonymous()
    for token in (None, "", "x" * 19, "y" * 40, 12345, ["list"]):
        client.token = token  # type: ignore[assignment]
        with pytest.raises(SessionExpired):
            client.system("ping")

"""Primary and standby as real processes: health, client-like calls over Pyro5, typed errors
and the batch lease moving to the standby when the primary is killed."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver import __version__
from appserver.contract import api as contract
from appserver.contract.errors import PermissionDenied, SessionExpired, UserError
from dbschema.models import Customer, OrgUnit
from tests.helpers.daemons import ServerProcess, wait_until
from tests.helpers.failover import FailoverCaller

pytestmark = [pytest.mark.integration, pytest.mark.pg, pytest.mark.slow]
LEASE_SECONDS = 3


def test_health_shows_role_and_lease_holder(
        shared_servers: tuple[ServerProcess, ServerProcess]) -> None:
    primary, standby = shared_servers
    p, s = primary.health(), standby.health()
    assert (p["role"], s["role"]) == ("primary", "standby")
    assert p["server"] == primary.name and s["server"] == standby.name
    assert p["lease_holder"] == s["lease_holder"] == primary.name
    assert p["holds_lease"] and not s["holds_lease"]
    assert p["database"] == s["database"] == "up"
    assert p["database_kind"] == "postgresql" and p["version"] == __version__


def _customer_of(db: Session, office_code: str) -> int:
    office = db.scalars(select(OrgUnit.id).where(OrgUnit.code == office_code)).one()
    return db.scalars(select(Customer.id).where(Customer.office_id == office)
                      .order_by(Customer.id).limit(1)).one()


def test_client_like_calls_over_pyro(shared_servers: tuple[ServerProcess, ServerProcess],
                                     it_session: Session) -> None:
    primary, standby = shared_servers
    caller = FailoverCaller([primary.address, standby.address], locale="zh_CN")
    try:
        with pytest.raises(SessionExpired):
            caller.call(contract.OBJECT_CUSTOMERS, "search", "1000")
        with pytest.raises(UserError) as bad_login:
            caller.login("dh.clerk1", "wrong-password1")
        assert bad_login.value.message == "用户名或密码错误。"
        who = caller.login("dh.clerk1", "demo1234")["user"]
        assert who["username"] == "dh.clerk1"
        rows = caller.call(contract.OBJECT_CUSTOMERS, "search", "1000", {"limit": 5})["rows"]
        assert len(rows) == 5
        own = caller.call(contract.OBJECT_CUSTOMERS, "get_file", rows[0]["id"])
        assert own["customer"]["office_name"] == "东湖营业所"
        with pytest.raises(PermissionDenied) as denied:  # arrives typed, translated
            caller.call(contract.OBJECT_CUSTOMERS, "get_file", _customer_of(it_session, "XH"))
        assert denied.value.message == "该记录属于其他营业单位。"
        # The session is valid on the standby too: no new login after a failover.
        caller.current = 1
        assert caller.call(contract.OBJECT_SYSTEM, "ping")["server"] == standby.name
    finally:
        caller.close()


def test_a_resent_write_is_replayed_by_the_other_server(
        shared_servers: tuple[ServerProcess, ServerProcess]) -> None:
    """The outcome-unknown case made deterministic: the primary applied the edit, the client
    never heard, and the resend with the same request id goes to the standby."""
    primary, standby = shared_servers
    on_primary = FailoverCaller([primary.address])
    on_standby = FailoverCaller([standby.address])
    try:
        on_primary.login("xh.clerk1", "demo1234")
        on_standby.token = on_primary.token
        row = on_primary.call(contract.OBJECT_CUSTOMERS, "search", "1000", {"limit": 1})["rows"][0]
        version = on_primary.call(contract.OBJECT_CUSTOMERS, "get_file", row["id"]
                                  )["customer"]["version"]
        rid = str(uuid.uuid4())
        args = (row["id"], version, {"contact_person": "重发测试"})
        first = on_primary.call(contract.OBJECT_CUSTOMERS, "update_contact", *args,
                                request_id=rid)
        again = on_standby.call(contract.OBJECT_CUSTOMERS, "update_contact", *args,
                                request_id=rid)
        assert again == first and first["version"] == version + 1
        current = on_standby.call(contract.OBJECT_CUSTOMERS, "get_file", row["id"])
        assert current["customer"]["version"] == version + 1
        with pytest.raises(UserError):  # same id, other arguments
            on_standby.call(contract.OBJECT_CUSTOMERS, "update_contact", row["id"],
                            version + 1, {"contact_person": "别的"}, request_id=rid)
    finally:
        on_primary.close()
        on_standby.close()


def test_concurrent_twins_on_both_servers_apply_once(
        shared_servers: tuple[ServerProcess, ServerProcess]) -> None:
    """The same request sent to both servers at the same moment: one applies it, the other
    waits on the row, then replays the recorded result."""
    primary, standby = shared_servers
    setup = FailoverCaller([primary.address])
    setup.login("qs.clerk1", "demo1234")
    rows = setup.call(contract.OBJECT_CUSTOMERS, "search", "1000", {"limit": 10})["rows"]
    results: dict[int, list[Any]] = {}
    for row in rows:
        version = setup.call(contract.OBJECT_CUSTOMERS, "get_file", row["id"]
                             )["customer"]["version"]
        args = (row["id"], version, {"contact_person": f"双发{row['id']}"})
        results[row["id"]] = _twins(setup.token, [primary, standby], args, version)
    setup.close()
    for cid, (a, b, version) in results.items():
        assert a == b, cid
        assert a["version"] == version + 1, cid


def _twins(token: str | None, servers: list[ServerProcess], args: tuple[Any, ...],
           version: int) -> list[Any]:
    rid = str(uuid.uuid4())
    out: list[Any] = [None, None]
    go = threading.Barrier(2)

    def send(i: int) -> None:
        caller = FailoverCaller([servers[i].address])
        caller.token = token
        try:
            caller.call(contract.OBJECT_SYSTEM, "ping")  # connect before the race
            go.wait()
            out[i] = caller.call(contract.OBJECT_CUSTOMERS, "update_contact", *args,
                                 request_id=rid)
        except Exception as exc:
            out[i] = exc
        finally:
            caller.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return [*out, version]


def test_lease_moves_to_the_standby_when_the_primary_dies(
        servers: tuple[ServerProcess, ServerProcess]) -> None:
    primary, standby = servers
    assert standby.health()["lease_holder"] == primary.name
    killed_at = time.monotonic()
    primary.kill()
    took = wait_until(lambda: standby.health()["lease_holder"] == standby.name,
                      timeout=LEASE_SECONDS * 2)
    assert standby.health()["holds_lease"]
    assert time.monotonic() - killed_at <= LEASE_SECONDS * 2, took


@pytest.mark.parametrize("serializer", ["marshal", "json"])
def test_only_serpent_is_accepted(shared_servers: tuple[ServerProcess, ServerProcess],
                                  serializer: str) -> None:
    """Pyro5 would decode any serializer a message names (marshal is unsafe on untrusted
    input); the server refuses all but serpent. Run in a child process because Pyro5's
    serializer choice is process-wide."""
    import subprocess
    import sys

    host, port = shared_servers[0].address
    probe = (
        "import Pyro5.api, sys\n"
        f"Pyro5.api.config.SERIALIZER = {serializer!r}\n"
        f"p = Pyro5.api.Proxy('PYRO:{contract.OBJECT_SYSTEM}@{host}:{port}')\n"
        "p._pyroTimeout = 5\n"
        "try:\n"
        "    p.health({'locale': 'en'})\n"
        "except Exception as exc:\n"
        "    print('refused:', exc); sys.exit(0)\n"
        "print('accepted'); sys.exit(1)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "serpent serializer only" in done.stdout

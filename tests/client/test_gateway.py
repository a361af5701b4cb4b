"""Gateway against two real Pyro5 daemons on loopback: typed errors, failover, request ids."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import Pyro5.api
import pytest

from appserver.contract import api as contract
from appserver.contract.errors import ALL_ERRORS, PmisError, UserError
from client.core.comm import ServerUnreachable
from client.core.gateway import Gateway
from tests.client.loopback import free_port

TEST_OBJECT = "test.echo"
F = TypeVar("F", bound=Callable[..., Any])
expose: Callable[[F], F] = Pyro5.api.expose


def _error_to_dict(err: Any) -> dict[str, Any]:
    return {"__class__": f"appserver.contract.errors.{type(err).__name__}",
            "__exception__": True, "args": (err.message,), "attributes": err.to_dict()}


class Echo:
    """A tiny stand-in for an API object; records what each call carried."""

    def __init__(self, role: str, delay_s: float = 0.0) -> None:
        self.role = role
        self.delay_s = delay_s
        self.seen: list[dict[str, Any]] = []

    @expose
    def echo(self, ctx: dict[str, Any], value: Any) -> dict[str, Any]:
        self.seen.append(dict(ctx))
        if self.delay_s:
            time.sleep(self.delay_s)
        return {"value": value, "role": self.role}

    @expose
    def refuse(self, ctx: dict[str, Any]) -> None:
        raise UserError("refused in " + str(ctx.get("locale")), {"field": "x"})



class System:
    """pmis.system stand-in: the gateway asks a new server's role through health()."""

    def __init__(self, role: str) -> None:
        self.role = role

    @expose
    def health(self, ctx: dict[str, Any]) -> dict[str, Any]:
        return {"role": self.role}


class Server:
    def __init__(self, role: str, delay_s: float = 0.0) -> None:
        for cls in ALL_ERRORS:
            Pyro5.api.register_class_to_dict(cls, _error_to_dict)
        self.port = free_port()
        self.obj = Echo(role, delay_s)
        self.daemon = Pyro5.api.Daemon(host="127.0.0.1", port=self.port)
        self.daemon.register(self.obj, objectId=TEST_OBJECT)
        self.daemon.register(System(role), objectId=contract.OBJECT_SYSTEM)
        self.thread = threading.Thread(target=self.daemon.requestLoop, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.daemon.shutdown()
        self.thread.join(5)
        self.daemon.close()


@pytest.fixture
def servers() -> Iterator[tuple[Server, Server]]:
    primary, standby = Server("primary"), Server("standby")
    yield primary, standby
    for server in (primary, standby):
        if server.thread.is_alive():
            server.stop()


def test_calls_carry_the_context_and_errors_arrive_typed(servers: tuple[Server, Server]) -> None:
    primary, standby = servers
    gateway = Gateway([primary.address, standby.address], "zh_CN", timeout_s=2.0)
    result = gateway.call(TEST_OBJECT, "echo", {"n": "1.50"})
    assert result == {"value": {"n": "1.50"}, "role": "primary"}
    assert primary.obj.seen[-1] == {"token": None, "request_id": None, "locale": "zh_CN"}
    with pytest.raises(UserError) as caught:
        gateway.call(TEST_OBJECT, "refuse")
    assert isinstance(caught.value, PmisError)
    assert caught.value.message == "refused in zh_CN"
    assert caught.value.details == {"field": "x"}
    assert gateway.current_server == primary.address
    assert gateway.current_role == "primary"
    gateway.close()


# A primary in its own process, so that SIGKILL drops its connections like a crash does.
_PRIMARY_SCRIPT = """
import sys, Pyro5.api
class Echo:
    @Pyro5.api.expose
    def echo(self, ctx, value):
        return {"value": value, "role": "primary"}
    @Pyro5.api.expose
    def health(self, ctx):
        return {"role": "primary"}
daemon = Pyro5.api.Daemon(host="127.0.0.1", port=int(sys.argv[1]))
daemon.register(Echo(), objectId="test.echo")
daemon.register(Echo(), objectId="pmis.system")
print("ready", flush=True)
daemon.requestLoop()
"""


@pytest.fixture
def killable_primary() -> Iterator[tuple[subprocess.Popen[str], str]]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", _PRIMARY_SCRIPT, str(port)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield process, f"127.0.0.1:{port}"
    process.kill()
    process.wait(10)


def test_failover_to_the_standby_keeps_token_and_reports_it(
        killable_primary: tuple[subprocess.Popen[str], str]) -> None:
    process, address = killable_primary
    standby = Server("standby")
    reports: list[dict[str, Any]] = []
    gateway = Gateway([address, standby.address], "en", timeout_s=2.0,
                      on_status=reports.append)
    gateway._token = "session-token"  # as after a login (sessions live in the database)
    assert gateway.call(TEST_OBJECT, "echo", 1)["role"] == "primary"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    result = gateway.call(TEST_OBJECT, "echo", 2, write=True)
    assert result["role"] == "standby"
    assert gateway.current_server == standby.address
    assert gateway.current_role == "standby"
    assert standby.obj.seen[-1]["token"] == "session-token"
    assert reports[0]["failover"] is False
    assert reports[-1] == {**reports[-1], "server": standby.address, "role": "standby",
                           "failover": True}
    gateway.call(TEST_OBJECT, "echo", 3)  # stays on the standby, no second failover
    assert reports[-1]["failover"] is False
    gateway.close()
    standby.stop()


def test_an_unanswered_write_is_resent_with_the_same_request_id() -> None:
    slow, standby = Server("primary", delay_s=1.5), Server("standby")
    try:
        gateway = Gateway([slow.address, standby.address], "en", timeout_s=0.4)
        result = gateway.call(TEST_OBJECT, "echo", "pay 10.00", write=True)
        assert result["role"] == "standby"
        ids = [ctx["request_id"] for ctx in slow.obj.seen + standby.obj.seen]
        assert len(ids) == 3  # primary, primary after reconnecting, then the standby
        assert len(set(ids)) == 1 and ids[0]
        gateway.close()
    finally:
        slow.stop()
        standby.stop()


def test_every_write_gets_a_fresh_request_id(servers: tuple[Server, Server]) -> None:
    primary, _standby = servers
    gateway = Gateway([primary.address], "en", timeout_s=2.0)
    gateway.call(TEST_OBJECT, "echo", 1, write=True)
    gateway.call(TEST_OBJECT, "echo", 1, write=True)
    first, second = (ctx["request_id"] for ctx in primary.obj.seen)
    assert first and second and first != second
    gateway.close()


def test_no_server_reachable(servers: tuple[Server, Server]) -> None:
    primary, standby = servers
    primary.stop()
    standby.stop()
    gateway = Gateway([primary.address, standby.address], "en", timeout_s=1.0)
    with pytest.raises(ServerUnreachable) as caught:
        gateway.call(TEST_OBJECT, "echo", 1)
    assert caught.value.servers == [primary.address, standby.address]


def test_proxies_belong_to_their_thread(servers: tuple[Server, Server]) -> None:
    primary, standby = servers
    gateway = Gateway([primary.address, standby.address], "en", timeout_s=2.0)
    results: list[Any] = []

    def worker(n: int) -> None:
        for i in range(20):
            results.append(gateway.call(TEST_OBJECT, "echo", n * 100 + i)["value"])
        gateway.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(results) == sorted(n * 100 + i for n in range(4) for i in range(20))

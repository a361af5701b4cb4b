"""TLS with client certificates, end to end: a real app server process with a [tls] section,
Pyro5 clients in their own processes (tests/helpers/tls_probe.py), throwaway certificates.

The regression under test (DESIGN.md): Pyro5's stock SSL server runs the TLS handshake inside
its single accept loop, so one idle TCP connection blocks every new client. The last test shows
that stall on stock Pyro5, which proves the regression test can tell the difference.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.certs import KeyPair, Pki, make_pki
from tests.helpers.inprocess import seeded_sqlite
from tests.helpers.pgcluster import free_port

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
HANDSHAKE_TIMEOUT_S = 2.0
# A client must get through well inside the handshake timeout, or a server that handshakes in
# its accept loop (and gives up on the idle peer after HANDSHAKE_TIMEOUT_S) would pass too.
PROMPT_S = 1.0


@dataclass(frozen=True)
class Server:
    port: int
    process: subprocess.Popen[bytes]
    log: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _client_context(pki: Pki, pair: KeyPair | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(pki.ca_cert))
    if pair is not None:
        context.load_cert_chain(str(pair.cert), str(pair.key))
    return context


def _wait_for_tls(port: int, pki: Pki, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll with a full TLS handshake (a bare TCP probe would itself be an idle client)."""
    context = _client_context(pki, pki.client)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        with (
            contextlib.suppress(OSError),
            socket.create_connection((HOST, port), timeout=2) as raw,
            context.wrap_socket(raw, server_hostname=HOST),
        ):
            return
        time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not come up")


@contextlib.contextmanager
def _process(args: list[str], port: int, pki: Pki, log: Path) -> Iterator[Server]:
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait_for_tls(port, pki, process, log)
        yield Server(port, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("tls-server")
    port = free_port(21000, 26000)
    config = work / "server.toml"
    config.write_text(f"""
database_url = "{seeded_sqlite(200)}"
name = "tls1"
host = "{HOST}"
port = {port}
threadpool_size = 16
comm_timeout_s = 10
lease_seconds = 30

[tls]
server_cert = "{pki.server.cert}"
server_key = "{pki.server.key}"
ca_certs = "{pki.ca_cert}"
handshake_timeout_s = {HANDSHAKE_TIMEOUT_S}
""")
    with _process(
        ["-m", "appserver", "--config", str(config)], port, pki, work / "server.log"
    ) as srv:
        yield srv


def probe(
    port: int, pki: Pki, pair: KeyPair | None, *, login: bool = False, timeout: float = 5.0
) -> dict[str, Any]:
    args = [
        sys.executable,
        "-m",
        "tests.helpers.tls_probe",
        "call",
        "--port",
        str(port),
        "--ca",
        str(pki.ca_cert),
        "--timeout",
        str(timeout),
    ]
    if pair is not None:
        args += ["--cert", str(pair.cert), "--key", str(pair.key)]
    if login:
        args.append("--login")
    done = subprocess.run(args, cwd=ROOT, capture_output=True, timeout=timeout + 20, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@contextlib.contextmanager
def idle_connections(port: int, count: int) -> Iterator[list[socket.socket]]:
    """TCP connections that never send a byte (a hung or hostile workstation)."""
    socks = [socket.create_connection((HOST, port), timeout=5) for _ in range(count)]
    try:
        yield socks
    finally:
        for s in socks:
            s.close()


def is_open(sock: socket.socket) -> bool:
    """True if the peer has neither closed nor reset the connection (without blocking)."""
    timeout = sock.gettimeout()
    sock.setblocking(False)  # with a timeout set, Python would wait for data despite DONTWAIT
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.settimeout(timeout)


def seconds_until_closed(sock: socket.socket, limit: float) -> float:
    """Read (a Pyro refusal message may come first) until the server closes; a timeout fails."""
    started = time.monotonic()
    sock.settimeout(limit)
    with contextlib.suppress(ConnectionResetError):
        while sock.recv(4096):
            pass
    return time.monotonic() - started


def test_workstation_certificate_can_call_health_and_log_in(server: Server, pki: Pki) -> None:
    result = probe(server.port, pki, pki.client, login=True)
    assert result["ok"], result
    assert result["health"]["server"] == "tls1"
    assert result["health"]["database"] == "up"
    assert result["login"]["token"]
    assert result["login"]["user"]["username"] == "admin"


def assert_refused(server: Server, result: dict[str, Any], server_reason: str) -> None:
    """The client got no answer, and the server log says why: refused by the server, not a
    client-side problem."""
    assert not result["ok"]
    assert "health" not in result
    assert result["error"].startswith(("CommunicationError", "ConnectionClosedError")), result
    assert server_reason in server.log.read_text(errors="replace")


def test_client_without_certificate_is_refused(server: Server, pki: Pki) -> None:
    result = probe(server.port, pki, None)
    assert_refused(server, result, "peer did not return a certificate")


def test_client_certificate_from_another_ca_is_refused(server: Server, pki: Pki) -> None:
    result = probe(server.port, pki, pki.foreign_client)
    assert_refused(server, result, "certificate verify failed")


def test_idle_tcp_connections_do_not_block_other_clients(server: Server, pki: Pki) -> None:
    with idle_connections(server.port, 3) as idle:
        time.sleep(0.2)  # the server has accepted them and is waiting for their handshake
        result = probe(server.port, pki, pki.client2)
        assert result["ok"], result
        assert result["elapsed_s"] < PROMPT_S
        assert all(is_open(s) for s in idle), "the idle peers must still be pending"


def test_silent_connections_are_closed_after_the_handshake_timeout(
    server: Server, pki: Pki
) -> None:
    """A peer that never starts TLS, and one that completes TLS but never sends Pyro's connect
    message, both lose their worker thread after handshake_timeout_s."""
    context = _client_context(pki, pki.client)
    with (
        idle_connections(server.port, 1) as (raw,),
        socket.create_connection((HOST, server.port), timeout=5) as plain,
        context.wrap_socket(plain, server_hostname=HOST) as silent_tls,
    ):
        limit = HANDSHAKE_TIMEOUT_S + 3
        raw_closed_after = seconds_until_closed(raw, limit)
        tls_closed_after = seconds_until_closed(silent_tls, limit)
    assert HANDSHAKE_TIMEOUT_S * 0.8 < raw_closed_after < HANDSHAKE_TIMEOUT_S + 1.5
    # measured after the raw one closed, so it is at most the remainder of the same timeout
    assert tls_closed_after < 1.5
    assert "TLS handshake" in server.log.read_text(errors="replace")


def test_stock_pyro5_ssl_server_stalls_behind_one_idle_connection(pki: Pki, tmp_path: Path) -> None:
    """Demonstration, expected to show the bug: on Pyro5's own SSL server the same idle TCP
    connection blocks a valid client completely; closing it frees the accept loop. If this test
    ever fails because the client gets through, Pyro5 has fixed the problem."""
    port = free_port(26000, 32000)
    args = [
        "-m",
        "tests.helpers.tls_probe",
        "stock-server",
        "--port",
        str(port),
        "--cert",
        str(pki.server.cert),
        "--key",
        str(pki.server.key),
        "--ca",
        str(pki.ca_cert),
    ]
    with _process(args, port, pki, tmp_path / "stock.log"):
        with idle_connections(port, 1):
            time.sleep(0.2)
            stalled = probe(port, pki, pki.client, timeout=1.5)
        assert not stalled["ok"]
        assert stalled["elapsed_s"] >= 1.4
        assert "timeout" in stalled["error"].lower() or "timed out" in stalled["error"].lower()
        recovered = probe(port, pki, pki.client)
        assert recovered["ok"], recovered
        assert recovered["health"]["server"] == "stock-pyro5"

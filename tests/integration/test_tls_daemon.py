"""appserver.core.tls in-process: the server SSLContext, the daemon's guards, and the refusal
of a client when no worker is free (Pyro5 runs that refusal in its accept loop)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import Pyro5.api
import pytest

from appserver.core.config import ServerConfig, TlsConfig
from appserver.core.tls import TlsDaemon, make_tls_daemon, server_context
from tests.helpers.certs import Pki, make_pki
from tests.helpers.pgcluster import free_port

HOST = "127.0.0.1"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def tls_config(pki: Pki, *, ca: bool = True, timeout: float = 2.0) -> TlsConfig:
    return TlsConfig(
        server_cert=str(pki.server.cert),
        server_key=str(pki.server.key),
        ca_certs=str(pki.ca_cert) if ca else "",
        handshake_timeout_s=timeout,
    )


def test_context_requires_client_certificates_when_a_ca_is_configured(pki: Pki) -> None:
    context = server_context(tls_config(pki))
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_context_without_ca_authenticates_only_the_server(pki: Pki) -> None:
    context = server_context(tls_config(pki, ca=False))
    assert context.verify_mode == ssl.CERT_NONE
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_context_accepts_a_directory_of_ca_certificates(pki: Pki, tmp_path: Path) -> None:
    # capath lookups go by subject hash; an empty directory must still load without error
    cfg = TlsConfig(
        server_cert=str(pki.server.cert), server_key=str(pki.server.key), ca_certs=str(tmp_path)
    )
    assert server_context(cfg).verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize(
    "cfg", [TlsConfig(server_key="k.key"), TlsConfig(server_cert="c.crt", handshake_timeout_s=0)]
)
def test_context_rejects_incomplete_settings(cfg: TlsConfig) -> None:
    with pytest.raises(ValueError, match=r"\[tls\]"):
        server_context(cfg)


def test_make_tls_daemon_needs_a_tls_section() -> None:
    with pytest.raises(ValueError, match="tls"):
        make_tls_daemon(ServerConfig(database_url="sqlite://"))


@pytest.mark.parametrize(("setting", "value"), [("SSL", True), ("SERVERTYPE", "multiplex")])
def test_daemon_refuses_pyro_settings_that_bring_the_accept_loop_handshake_back(
    pki: Pki, monkeypatch: pytest.MonkeyPatch, setting: str, value: object
) -> None:
    monkeypatch.setattr(Pyro5.api.config, "SERVERTYPE", "thread")
    monkeypatch.setattr(Pyro5.api.config, setting, value)
    with pytest.raises(ValueError, match=setting):
        TlsDaemon(HOST, free_port(), server_context(tls_config(pki)), 2.0)


@contextlib.contextmanager
def running(daemon: TlsDaemon) -> Iterator[None]:
    loop = threading.Thread(target=daemon.requestLoop, daemon=True)
    loop.start()
    try:
        yield
    finally:
        daemon.shutdown()
        loop.join(timeout=5)


def test_no_free_worker_is_refused_at_once_without_a_handshake(
    pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in [
        ("SERVERTYPE", "thread"),
        ("SSL", False),
        ("THREADPOOL_SIZE", 1),
        ("THREADPOOL_SIZE_MIN", 1),
        ("COMMTIMEOUT", 0.0),
    ]:
        monkeypatch.setattr(Pyro5.api.config, name, value)
    port = free_port()
    daemon = TlsDaemon(HOST, port, server_context(tls_config(pki, timeout=3.0)), 3.0)
    with (
        running(daemon),
        socket.create_connection((HOST, port), timeout=5),
        socket.create_connection((HOST, port), timeout=5) as refused,
    ):
        # the first connection holds the only worker for 3 s; the second must not wait for it
        started = time.monotonic()
        refused.settimeout(2.0)
        with contextlib.suppress(ConnectionResetError):
            assert refused.recv(1) == b""
        assert time.monotonic() - started < 1.0

"""TLS for the app server, with the handshake moved out of Pyro5's accept loop.

Pyro5's own SSL support (config.SSL on the server) wraps the *listening* socket, so every
``accept()`` runs the TLS handshake inside the single accept loop: one client that opens a TCP
connection and sends nothing blocks every other client from connecting (measured with Pyro5
5.17). Here the listening socket stays plain TCP. Pyro5's thread-pool transport hands each
accepted socket to a worker thread, whose first act is ``Daemon._handshake(conn)``; that is
where this daemon wraps the socket with the server context and runs the TLS handshake, bounded
by ``handshake_timeout_s``. The accept loop itself never reads from a client.

Everything Pyro5-specific about TLS lives in this module.
"""

from __future__ import annotations

import contextlib
import logging
import os
import ssl
from typing import Any

import Pyro5.api
from Pyro5.socketutil import SocketConnection

from appserver.core.config import ServerConfig, TlsConfig

log = logging.getLogger("pmis.tls")


def server_context(tls: TlsConfig) -> ssl.SSLContext:
    """The server's SSLContext: TLS 1.2 or newer; client certificates required when a CA is set."""
    if not tls.server_cert:
        raise ValueError("[tls] server_cert is required when TLS is configured")
    if tls.handshake_timeout_s <= 0:
        raise ValueError("[tls] handshake_timeout_s must be positive")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(tls.server_cert, tls.server_key or None)
    if tls.ca_certs:
        if os.path.isdir(tls.ca_certs):
            context.load_verify_locations(capath=tls.ca_certs)
        else:
            context.load_verify_locations(cafile=tls.ca_certs)
        context.verify_mode = ssl.CERT_REQUIRED  # per-workstation certificates (DESIGN.md)
    else:
        context.verify_mode = ssl.CERT_NONE  # server authentication only
    return context


class TlsDaemon(Pyro5.api.Daemon):  # type: ignore[misc]  # Pyro5 ships no type information
    """A Pyro5 daemon on a plain listening socket that upgrades each connection to TLS in its
    worker thread. Needs the thread-pool transport: the multiplex transport would call
    ``_handshake`` from its select loop, which is exactly what this class avoids."""

    def __init__(
        self, host: str, port: int, context: ssl.SSLContext, handshake_timeout_s: float
    ) -> None:
        if Pyro5.api.config.SERVERTYPE != "thread":
            raise ValueError("TLS needs Pyro5 SERVERTYPE 'thread'")
        if Pyro5.api.config.SSL:
            # Pyro5 would wrap the listening socket and handshake in the accept loop again.
            raise ValueError("Pyro5 config.SSL must stay off on the server; TlsDaemon does TLS")
        super().__init__(host=host, port=port)
        self._context = context
        self._handshake_timeout_s = handshake_timeout_s

    def _handshake(self, conn: SocketConnection, denied_reason: str | None = None) -> bool:
        """Pyro5's per-connection entry point, called first in the worker thread; also called
        from the accept loop to refuse a client when no worker is free (``denied_reason``)."""
        if denied_reason is not None:
            # A polite refusal would need a TLS handshake in the accept loop; just hang up.
            log.warning("refused a connection without TLS handshake: %s", denied_reason)
            return False
        if not self._start_tls(conn):
            return False
        try:
            # The Pyro connect message falls under the same deadline as the TLS handshake.
            result: bool = super()._handshake(conn)
            return result
        finally:
            with contextlib.suppress(OSError):
                conn.sock.settimeout(Pyro5.api.config.COMMTIMEOUT or None)

    def _start_tls(self, conn: SocketConnection) -> bool:
        """Replace the connection's plain socket with a handshaken TLS socket; False on failure
        (the caller then closes ``conn.sock``, whichever socket it holds by then)."""
        peer: Any = "unknown peer"
        try:
            peer = conn.sock.getpeername()
            conn.sock.settimeout(self._handshake_timeout_s)
            tls_sock = self._context.wrap_socket(
                conn.sock, server_side=True, do_handshake_on_connect=False
            )
            conn.sock = tls_sock  # the TLS socket now owns the file descriptor
            tls_sock.do_handshake()
        except (OSError, ValueError) as exc:  # ssl.SSLError and TimeoutError are OSErrors
            log.warning("TLS handshake with %s failed: %s", peer, exc)
            return False
        log.debug(
            "TLS %s with %s, client %s", tls_sock.version(), peer, _subject(tls_sock.getpeercert())
        )
        return True


def _subject(cert: Any) -> str:
    if not cert:
        return "without certificate"
    parts = [f"{key}={value}" for rdn in cert.get("subject", ()) for key, value in rdn]
    return ",".join(parts)


def make_tls_daemon(cfg: ServerConfig) -> Pyro5.api.Daemon:
    """The app server's daemon when ``cfg.tls`` is set (called from appserver.daemon)."""
    if cfg.tls is None:
        raise ValueError("make_tls_daemon needs a [tls] section")
    context = server_context(cfg.tls)
    log.info(
        "TLS on %s:%s (client certificates %s, handshake timeout %.1f s)",
        cfg.host,
        cfg.port,
        "required" if cfg.tls.ca_certs else "not required",
        cfg.tls.handshake_timeout_s,
    )
    return TlsDaemon(cfg.host, cfg.port, context, cfg.tls.handshake_timeout_s)

"""The only module of the client that imports Pyro5 (DESIGN.md, "Failover, leases, exactly-once").

A proxy belongs to one thread, so each worker thread keeps its own proxies, one per server and
object. The server list is ordered (primary first). On a communication failure the outcome of
the call is unknown: the gateway reconnects to the same server once, then tries the next
servers in order, resending the same call with the same request id and session token; the
server's idempotency records make the resend safe.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import Pyro5.api
import Pyro5.errors

from appserver.contract import api as contract
from appserver.contract.errors import ALL_ERRORS, error_from_dict
from client.core.comm import ServerUnreachable

log = logging.getLogger("pmis.client.gateway")
StatusCallback = Callable[[dict[str, Any]], None]


def configure_pyro(tls: dict[str, str] | None) -> None:
    """Client-side Pyro5 settings, chosen on purpose (see DESIGN.md).

    The timeout is set per proxy (``_pyroTimeout``), not in the process-wide COMMTIMEOUT,
    which an app server in the same process (tests) reads for its own sockets."""
    config = Pyro5.api.config
    config.SERIALIZER = "serpent"  # never pickle
    config.MAX_RETRIES = 0  # retries are ours, with request ids
    config.MAX_MESSAGE_SIZE = contract.MAX_MESSAGE_SIZE
    config.SSL = bool(tls)
    if tls:
        config.SSL_CACERTS = tls.get("ca_certs", "")
        config.SSL_CLIENTCERT = tls.get("client_cert", "")
        config.SSL_CLIENTKEY = tls.get("client_key", "")
    for cls in ALL_ERRORS:
        # Without this, the server's errors would arrive as SerializeError.
        Pyro5.api.register_dict_to_class(f"appserver.contract.errors.{cls.__name__}",
                                         error_from_dict)


def _is_comm_failure(exc: BaseException) -> bool:
    """Lost connection, refused connection or timeout: the call's outcome is unknown.

    A protocol error (bad message, unknown class) is a bug, not a reason to fail over.
    """
    if isinstance(exc, Pyro5.errors.ProtocolError):
        return False
    return isinstance(exc, Pyro5.errors.CommunicationError | ConnectionError)


class Gateway:
    """Blocking, thread-safe access to the app servers with failover."""

    def __init__(self, servers: list[str], locale: str, tls: dict[str, str] | None = None,
                 timeout_s: float = contract.COMM_TIMEOUT_S,
                 on_status: StatusCallback | None = None) -> None:
        if not servers:
            raise ValueError("at least one server is needed")
        configure_pyro(tls)
        self.servers = list(servers)
        self.locale = locale
        self.timeout_s = timeout_s
        self.on_status = on_status
        self._local = threading.local()
        self._lock = threading.Lock()
        self._current = 0
        self._roles: dict[str, str] = {}
        self._token: str | None = None
        self._user: dict[str, Any] = {}
        self._last_rtt_ms = 0.0

    # -- state --------------------------------------------------------------------------

    @property
    def current_server(self) -> str:
        with self._lock:
            return self.servers[self._current]

    @property
    def current_role(self) -> str:
        return self._roles.get(self.current_server, "")

    @property
    def last_rtt_ms(self) -> float:
        return self._last_rtt_ms

    @property
    def user(self) -> dict[str, Any]:
        return self._user

    @property
    def token(self) -> str | None:
        return self._token

    # -- calls --------------------------------------------------------------------------

    def call(self, obj: str, method: str, *args: Any, write: bool = False) -> Any:
        """Call ``obj.method(ctx, *args)``; failover resends with the same request id."""
        request_id = str(uuid.uuid4()) if write else None
        ctx = contract.make_ctx(self._token, request_id, self.locale)
        start_index = self._current_index()
        last_error = ""
        for index in self._attempt_order(start_index):
            server = self.servers[index]
            started = time.perf_counter()
            try:
                result = getattr(self._proxy(server, obj), method)(ctx, *args)
            except Exception as exc:
                if not _is_comm_failure(exc):
                    raise
                self._drop_proxy(server, obj)
                last_error = f"{server}: {exc}"
                log.info("%s.%s on %s: %s (outcome unknown, resending)", obj, method, server,
                         type(exc).__name__)
                continue
            self._last_rtt_ms = (time.perf_counter() - started) * 1000.0
            self._serving(index, start_index)
            return result
        raise ServerUnreachable(self.servers, last_error)

    def _current_index(self) -> int:
        with self._lock:
            return self._current

    def _attempt_order(self, start: int) -> list[int]:
        """The same server twice (one reconnect), then every other server in order."""
        count = len(self.servers)
        return [start] + [(start + step) % count for step in range(count)]

    def _serving(self, index: int, start_index: int) -> None:
        server = self.servers[index]
        with self._lock:
            failover = index != start_index and self._current == start_index
            self._current = index
        if failover:
            log.warning("failed over from %s to %s", self.servers[start_index], server)
        if server not in self._roles:
            self._roles[server] = self._learn_role(server)
        if self.on_status is not None:
            self.on_status({"server": server, "role": self._roles[server],
                            "rtt_ms": self._last_rtt_ms, "failover": failover})

    def _learn_role(self, server: str) -> str:
        """Ask a server once for its role (public health call: no session needed)."""
        try:
            health = self._proxy(server, contract.OBJECT_SYSTEM).health(
                contract.make_ctx(None, None, self.locale))
        except Exception:  # the role is for display only: never fail the served call
            self._drop_proxy(server, contract.OBJECT_SYSTEM)
            return ""
        return str(health.get("role", ""))

    def _proxy(self, server: str, obj: str) -> Any:
        proxies: dict[tuple[str, str], Any] = self._local.__dict__.setdefault("proxies", {})
        proxy = proxies.get((server, obj))
        if proxy is None:
            proxy = Pyro5.api.Proxy(f"PYRO:{obj}@{server}")
            proxy._pyroTimeout = self.timeout_s
            proxies[(server, obj)] = proxy
        return proxy

    def _drop_proxy(self, server: str, obj: str) -> None:
        proxies: dict[tuple[str, str], Any] = self._local.__dict__.setdefault("proxies", {})
        proxy = proxies.pop((server, obj), None)
        if proxy is not None:
            proxy._pyroRelease()

    def close(self) -> None:
        """Release this thread's connections (other threads release theirs when they end)."""
        proxies: dict[tuple[str, str], Any] = self._local.__dict__.setdefault("proxies", {})
        for proxy in proxies.values():
            proxy._pyroRelease()
        proxies.clear()

    # -- session ------------------------------------------------------------------------

    def login(self, username: str, password: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call(contract.OBJECT_ADMIN, "login", username, password,
                                           write=True)
        self._token = result["token"]
        self._user = dict(result["user"])
        return result

    def logout(self) -> None:
        if self._token is None:
            return
        try:
            self.call(contract.OBJECT_ADMIN, "logout", write=True)
        finally:
            self._token = None
            self._user = {}

    def ping(self) -> dict[str, Any]:
        """Round trip through the session check; the result carries the server's role."""
        started = time.perf_counter()
        result: dict[str, Any] = self.call(contract.OBJECT_SYSTEM, "ping")
        rtt = (time.perf_counter() - started) * 1000.0
        role = str(result.get("role", ""))
        if role:
            self._roles[self.current_server] = role
        return {**result, "rtt_ms": rtt, "address": self.current_server}

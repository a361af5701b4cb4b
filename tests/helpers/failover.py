"""A small failover-capable caller that does what the client gateway does: one proxy per
server per thread, an ordered server list, and on a communication failure the same call with
the same request id on the next server, reusing the session token."""

from __future__ import annotations

import time
import uuid
from typing import Any

import Pyro5.api
import Pyro5.errors

from appserver.contract import api as contract
from appserver.contract.errors import ALL_ERRORS, error_from_dict


def register_errors() -> None:
    """Make the contract errors arrive typed instead of as SerializeError."""
    for cls in ALL_ERRORS:
        Pyro5.api.register_dict_to_class(f"{cls.__module__}.{cls.__name__}", error_from_dict)


class FailoverCaller:
    """Belongs to one thread, like a Pyro5 proxy."""

    def __init__(self, servers: list[tuple[str, int]], locale: str = "en",
                 timeout_s: float = 5.0, rounds: int = 3) -> None:
        self.servers = servers
        self.locale = locale
        self.timeout_s = timeout_s
        self.rounds = rounds
        self.current = 0
        self.token: str | None = None
        self.failovers = 0
        self._proxies: dict[tuple[str, int], Pyro5.api.Proxy] = {}

    def _proxy(self, obj: str, index: int) -> Pyro5.api.Proxy:
        key = (obj, index)
        if key not in self._proxies:
            host, port = self.servers[index]
            proxy = Pyro5.api.Proxy(f"PYRO:{obj}@{host}:{port}")
            proxy._pyroTimeout = self.timeout_s
            self._proxies[key] = proxy
        return self._proxies[key]

    def _drop(self, index: int) -> None:
        for key in [k for k in self._proxies if k[1] == index]:
            self._proxies.pop(key)._pyroRelease()

    def call(self, obj: str, method: str, *args: Any, write: bool = False,
             request_id: str | None = None) -> Any:
        rid = request_id or (str(uuid.uuid4()) if write else None)
        ctx = contract.make_ctx(self.token, rid, self.locale)
        last: Exception | None = None
        for attempt in range(self.rounds * len(self.servers)):
            index = self.current
            try:
                return getattr(self._proxy(obj, index), method)(ctx, *args)
            except Pyro5.errors.CommunicationError as exc:
                # Outcome unknown: move on and resend the very same request id.
                last = exc
                self._drop(index)
                self.current = (index + 1) % len(self.servers)
                self.failovers += 1
                time.sleep(min(0.05 * attempt, 0.5))
        assert last is not None
        raise last

    def login(self, username: str, password: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call(contract.OBJECT_ADMIN, "login", username, password,
                                           write=True)
        self.token = result["token"]
        return result

    def close(self) -> None:
        for index in range(len(self.servers)):
            self._drop(index)

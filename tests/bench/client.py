"""A simulated clerk: its own Pyro5 proxies (a proxy belongs to one thread), configured like
the desktop client, calling the app server through the real wire protocol."""

from __future__ import annotations

from typing import Any

import Pyro5.api

from appserver.contract import api as contract
from appserver.contract.errors import ALL_ERRORS, error_from_dict

CLERKS = ("dh.clerk1", "dh.clerk2", "xh.clerk1", "qs.clerk1", "xc.clerk1", "wt.clerk1")
DEMO_PASSWORD = "demo1234"
TIMEOUT_S = 30.0


def configure_pyro() -> None:
    """The client-side settings of client/core/gateway.py, without importing the client."""
    config = Pyro5.api.config
    config.SERIALIZER = "serpent"
    config.MAX_RETRIES = 0
    config.MAX_MESSAGE_SIZE = contract.MAX_MESSAGE_SIZE
    config.COMMTIMEOUT = TIMEOUT_S
    for cls in ALL_ERRORS:
        Pyro5.api.register_dict_to_class(f"appserver.contract.errors.{cls.__name__}",
                                         error_from_dict)


class Clerk:
    """One workstation: a proxy per API object, a session token after ``login``."""

    def __init__(self, address: str, locale: str = "en") -> None:
        configure_pyro()
        self.proxies = {obj: Pyro5.api.Proxy(f"PYRO:{obj}@{address}")
                        for obj in contract.ALL_OBJECTS}
        self.locale = locale
        self.token: str | None = None

    def call(self, obj: str, method: str, *args: Any) -> Any:
        ctx = contract.make_ctx(self.token, None, self.locale)
        return getattr(self.proxies[obj], method)(ctx, *args)

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call(contract.OBJECT_SYSTEM, "health")
        return result

    def login(self, username: str, password: str = DEMO_PASSWORD) -> None:
        result = self.call(contract.OBJECT_ADMIN, "login", username, password)
        self.token = result["token"]

    def search(self, text: str, limit: int = 20) -> dict[str, Any]:
        result: dict[str, Any] = self.call(contract.OBJECT_CUSTOMERS, "search", text,
                                           {"offset": 0, "limit": limit})
        return result

    def close(self) -> None:
        for proxy in self.proxies.values():
            proxy._pyroRelease()

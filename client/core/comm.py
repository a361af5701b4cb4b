"""Client-side communication failures, free of Pyro5 so every layer may catch them."""

from __future__ import annotations


class ServerUnreachable(ConnectionError):
    """No configured app server answered; the outcome of the last call is unknown.

    A write may or may not have been applied: resending it with the same request id is safe.
    """

    def __init__(self, servers: list[str], last_error: str) -> None:
        super().__init__(f"no server reachable ({', '.join(servers)}): {last_error}")
        self.servers = servers
        self.last_error = last_error

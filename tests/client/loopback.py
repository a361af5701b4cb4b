"""Loopback ports for test servers: below the ephemeral range, so a client cannot
self-connect to a port a test has just freed."""

from __future__ import annotations

import socket


def free_port(start: int = 23000, stop: int = 32000, step: int = 7) -> int:
    for port in range(start, stop, step):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free loopback port below 32768")

"""Pyro5 TLS client and stock Pyro5 TLS server, run as separate processes by the TLS tests.

Pyro5 keeps its SSL settings in process-global config and caches the first client SSLContext
it builds, so each client identity (valid, none, foreign CA) needs its own process. The client
uses exactly the settings the desktop gateway sets: SSL, SSL_CACERTS, SSL_CLIENTCERT,
SSL_CLIENTKEY.

    python -m tests.helpers.tls_probe call --port P --ca F [--cert F --key F] [--login]
    python -m tests.helpers.tls_probe stock-server --port P --cert F --key F --ca F
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from typing import Any

import Pyro5.api
import Pyro5.errors

from appserver.contract import api as contract

HOST = "127.0.0.1"


def call(port: int, ca: str, cert: str, key: str, login: bool, timeout: float) -> dict[str, Any]:
    """Connect, call health (and log in); the result says how long connect + health took."""
    cfg = Pyro5.api.config
    cfg.SERIALIZER, cfg.COMMTIMEOUT, cfg.MAX_RETRIES = "serpent", timeout, 0
    cfg.SSL, cfg.SSL_CACERTS, cfg.SSL_CLIENTCERT, cfg.SSL_CLIENTKEY = True, ca, cert, key
    started = time.monotonic()
    result: dict[str, Any] = {"ok": False}
    try:
        with Pyro5.api.Proxy(f"PYRO:{contract.OBJECT_SYSTEM}@{HOST}:{port}") as system:
            result["health"] = system.health(contract.make_ctx(None, None, "en"))
        result["elapsed_s"] = time.monotonic() - started
        if login:
            with Pyro5.api.Proxy(f"PYRO:{contract.OBJECT_ADMIN}@{HOST}:{port}") as admin:
                ctx = contract.make_ctx(None, str(uuid.uuid4()), "en")
                result["login"] = admin.login(ctx, "admin", "demo1234")
        result["ok"] = True
    except Pyro5.errors.PyroError as exc:
        result["elapsed_s"] = time.monotonic() - started
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


class _StockSystem:
    """Stands in for pmis.system on the stock server; only health is needed."""

    @Pyro5.api.expose  # type: ignore[untyped-decorator]  # Pyro5 ships no type information
    def health(self, ctx: dict[str, Any]) -> dict[str, Any]:
        return {"server": "stock-pyro5", "locale": ctx.get("locale")}


def stock_server(port: int, cert: str, key: str, ca: str) -> None:
    """Pyro5's own SSL server (listening socket wrapped), to show the accept-loop stall."""
    cfg = Pyro5.api.config
    cfg.SERVERTYPE, cfg.SERIALIZER, cfg.SOCK_REUSE = "thread", "serpent", True
    cfg.SSL, cfg.SSL_REQUIRECLIENTCERT = True, True
    cfg.SSL_SERVERCERT, cfg.SSL_SERVERKEY, cfg.SSL_CACERTS = cert, key, ca
    daemon = Pyro5.api.Daemon(host=HOST, port=port)
    daemon.register(_StockSystem(), objectId=contract.OBJECT_SYSTEM)
    daemon.requestLoop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="tls_probe")
    sub = parser.add_subparsers(dest="mode", required=True)
    client = sub.add_parser("call")
    client.add_argument("--port", type=int, required=True)
    client.add_argument("--ca", required=True)
    client.add_argument("--cert", default="")
    client.add_argument("--key", default="")
    client.add_argument("--login", action="store_true")
    client.add_argument("--timeout", type=float, default=5.0)
    server = sub.add_parser("stock-server")
    for name in ("--cert", "--key", "--ca"):
        server.add_argument(name, required=True)
    server.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    if args.mode == "call":
        outcome = call(args.port, args.ca, args.cert, args.key, args.login, args.timeout)
        json.dump(outcome, sys.stdout)
    else:
        stock_server(args.port, args.cert, args.key, args.ca)


if __name__ == "__main__":
    main()

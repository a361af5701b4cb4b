"""An in-process stand-in for the client's Gateway: the real API objects on a seeded SQLite
database, called directly (no Pyro5). Client tests use it to exercise screens against real
server behaviour without starting processes."""

from __future__ import annotations

import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

from appserver.contract import api as contract
from appserver.core.clock import Clock, SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database, make_engine
from appserver.core.runtime import Runtime
from appserver.demo_data import seed_revenue
from appserver.registry import make_apis
from dbschema import migrate
from dbschema.seed.demo import seed_demo

_TEMPLATES: dict[int, Path] = {}
_LOCK = threading.Lock()


def seeded_sqlite(size: int = 300) -> str:
    """A fresh copy of a migrated, seeded SQLite file (built once per size per test run)."""
    with _LOCK:
        if size not in _TEMPLATES:
            path = Path(tempfile.mkdtemp(prefix="pmis-tpl-")) / "template.db"
            url = f"sqlite:///{path}"
            migrate.upgrade(url)
            engine = make_engine(url)
            seed_demo(engine, size)
            seed_revenue(engine)
            engine.dispose()  # closing the last connection checkpoints the WAL into the file
            _TEMPLATES[size] = path
        copy = Path(tempfile.mkdtemp(prefix="pmis-db-")) / "pmis.db"
        copy.write_bytes(_TEMPLATES[size].read_bytes())
        return f"sqlite:///{copy}"


class InProcessGateway:
    """Same calling convention as client.core.gateway.Gateway.call, without the network."""

    def __init__(self, database_url: str | None = None, locale: str = "en",
                 clock: Clock | None = None) -> None:
        url = database_url or seeded_sqlite()
        cfg = ServerConfig(database_url=url, name="inproc", role="primary")
        self.runtime = Runtime(cfg, Database(make_engine(url)), clock or SystemClock())
        self.objects: dict[str, Any] = make_apis(self.runtime, lambda: True)
        self.locale = locale
        self.token: str | None = None
        self.calls: list[tuple[str, str]] = []

    def call(self, obj: str, method: str, *args: Any, write: bool = False) -> Any:
        self.calls.append((obj, method))
        ctx = {"token": self.token, "request_id": str(uuid.uuid4()) if write else None,
               "locale": self.locale}
        return getattr(self.objects[obj], method)(ctx, *args)

    def login(self, username: str, password: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call(contract.OBJECT_ADMIN, "login", username, password,
                                           write=True)
        self.token = result["token"]
        return result

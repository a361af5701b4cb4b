"""App server configuration, read from a TOML file (see installer/server.example.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from appserver.contract.api import DEFAULT_PORT


@dataclass(frozen=True)
class TlsConfig:
    server_cert: str = ""
    server_key: str = ""
    ca_certs: str = ""  # when set, clients must present a certificate signed by it
    handshake_timeout_s: float = 5.0


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    name: str = "app1"
    role: str = "primary"
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    # A connected proxy holds a worker, and a client keeps one proxy per API object and
    # worker thread: 100 clerks made 300 connections and met "no free workers" at 256.
    # 200 clerks held 603 threads in 94 MB (tests/bench/bench_memory.py). A busy client can
    # hold up to 3 x its 4 runner threads, so 200 such clerks need up to 2,400: workers are
    # started on demand, so the ceiling costs nothing until it is used.
    threadpool_size: int = 2400
    comm_timeout_s: float = 120.0  # idle clerk connections are dropped and reconnect
    db_pool_size: int = 20
    session_idle_minutes: int = 30
    session_absolute_hours: int = 12
    lease_seconds: int = 15
    log_level: str = "INFO"
    tls: TlsConfig | None = field(default=None)

    @staticmethod
    def load(path: str | Path, **overrides: Any) -> ServerConfig:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        data.update({k: v for k, v in overrides.items() if v is not None})
        tls = data.pop("tls", None)
        known = {f.name for f in fields(ServerConfig)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown settings in {path}: {sorted(unknown)}")
        return ServerConfig(tls=TlsConfig(**tls) if tls else None, **data)

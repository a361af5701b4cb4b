"""Real app server processes on loopback for integration tests: ``python -m appserver``
with a TOML file, started as children and killed for real."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import Pyro5.api
import Pyro5.errors

from appserver.contract import api as contract
from tests.helpers.failover import register_errors
from tests.helpers.pgcluster import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class ServerProcess:
    name: str
    role: str
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path
    killed: bool = field(default=False)

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def health(self, timeout: float = 3.0) -> dict[str, Any]:
        with Pyro5.api.Proxy(f"PYRO:{contract.OBJECT_SYSTEM}@127.0.0.1:{self.port}") as p:
            p._pyroTimeout = timeout
            result: dict[str, Any] = p.health(contract.make_ctx(None, None, "en"))
            return result

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, open transactions die with their connections."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.killed = True

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    def log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""


def write_config(folder: Path, database_url: str, lease_seconds: int = 3) -> Path:
    path = folder / "server.toml"
    path.write_text(f'database_url = "{database_url}"\n'
                    f"lease_seconds = {lease_seconds}\n"
                    "threadpool_size = 64\n"
                    "db_pool_size = 12\n"
                    "comm_timeout_s = 30.0\n"
                    'log_level = "INFO"\n')
    return path


def start_server(config: Path, name: str, role: str, port: int | None = None) -> ServerProcess:
    port = port or free_port()
    log_path = config.parent / f"{name}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "appserver", "--config", str(config), "--role", role,
             "--name", name, "--port", str(port)],
            cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ))
    return ServerProcess(name, role, port, proc, log_path)


def wait_healthy(server: ServerProcess, timeout: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{server.name} exited:\n{server.log_tail()}")
        try:
            return server.health()
        except Pyro5.errors.CommunicationError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{server.name} not healthy:\n{server.log_tail()}") from None
            time.sleep(0.1)


def start_pair(database_url: str, lease_seconds: int = 3) -> tuple[ServerProcess, ServerProcess]:
    """Primary and standby over one database; the primary holds the lease when this returns."""
    register_errors()
    folder = Path(tempfile.mkdtemp(prefix="pmis-it-"))
    config = write_config(folder, database_url, lease_seconds)
    primary_port = free_port()
    standby_port = free_port(primary_port + 1) if primary_port < 31000 else free_port(21000,
                                                                                      primary_port)
    started: list[ServerProcess] = []
    try:
        primary = start_server(config, "it-primary", "primary", primary_port)
        started.append(primary)
        wait_healthy(primary)
        wait_until(lambda: primary.health()["lease_holder"] == primary.name, 10.0)
        standby = start_server(config, "it-standby", "standby", standby_port)
        started.append(standby)
        wait_healthy(standby)
    except BaseException:
        for server in started:
            server.stop()
        raise
    return primary, standby


def stop_pair(servers: tuple[ServerProcess, ServerProcess]) -> None:
    """Stop both (if still running) and remove their configuration and logs."""
    for server in servers:
        server.stop()
    shutil.rmtree(servers[0].log_path.parent, ignore_errors=True)


def wait_until(condition: Any, timeout: float, interval: float = 0.1) -> float:
    """Seconds it took for ``condition()`` to become true; raises TimeoutError otherwise."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"condition not met within {timeout} s")
        time.sleep(interval)
    return time.monotonic() - started

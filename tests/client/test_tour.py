"""The scripted tour against a real primary and standby: the primary is killed mid-tour and
the clerk carries on (same session) on the standby; every step leaves a screenshot."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from appserver.contract.api import OBJECT_ADMIN
from client.tour import run_tour
from tests.client.loopback import free_port
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

pytestmark = [pytest.mark.integration, pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]
ROOT = Path(__file__).resolve().parents[2]


def _wait_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "app server exited at startup"
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"app server on {port} did not start")


@pytest.fixture
def app_servers(tmp_path: Path) -> Iterator[tuple[str, list[str], subprocess.Popen[bytes]]]:
    url = seeded_sqlite()
    first = free_port()
    ports = (first, free_port(start=first + 1))
    processes = []
    for role, port in zip(("primary", "standby"), ports, strict=True):
        config = tmp_path / f"{role}.toml"
        config.write_text(f'database_url = "{url}"\nname = "app-{role}"\nrole = "{role}"\n'
                          f'port = {port}\nlog_level = "WARNING"\n', encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "appserver", "--config", str(config)],
                                   cwd=ROOT)
        processes.append(process)
        _wait_listening(port, process)
    yield url, [f"127.0.0.1:{port}" for port in ports], processes[0]
    for process in processes:
        if process.poll() is None:
            process.terminate()
        process.wait(15)


def test_tour_survives_the_primary_being_killed(qtbot: Any, tmp_path: Path,
                                                app_servers: Any) -> None:
    url, servers, primary = app_servers
    killed: list[bool] = []

    def kill_primary() -> None:
        os.kill(primary.pid, signal.SIGKILL)
        primary.wait(10)
        killed.append(True)

    shots = run_tour(servers, tmp_path / "shots", "en", kill_primary)
    assert killed == [True]
    names = [path.name for path in shots]
    assert names[:3] == ["01_login.png", "02_settings.png", "03_search.png"]
    steps = [name.split("_", 1)[1] for name in names]
    for step in ("customer_file.png", "conflict.png", "conflict_resolved.png",
                 "search_after_failover.png", "saved_on_standby.png", "admin_audit.png"):
        assert step in steps
    assert steps.index("conflict.png") < steps.index("search_after_failover.png")
    assert all(path.stat().st_size > 5000 for path in shots)
    # Every contact edit was applied exactly once: the clerk's two before the failover (one
    # after a conflict with a colleague), the colleague's, and the clerk's on the standby.
    check = InProcessGateway(url)
    check.login("admin", "demo1234")
    audit = check.call(OBJECT_ADMIN, "search_audit",
                       {"method": "customers.update_contact"}, {"offset": 0, "limit": 50})
    by_user = sorted(r["username"] for r in audit["rows"] if r["outcome"] == "ok")
    assert by_user == ["dh.clerk1", "dh.clerk1", "dh.clerk1", "dh.clerk2"]

"""Client tests run offscreen against the real API objects in process (no network)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from client.core.context import AppContext
from client.core.gcguard import collect_on_ui_thread, restore_automatic_collection
from client.core.refguard import protect_singletons
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

# Before pytest-qt creates the QApplication (it does so lazily, in the first Qt test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
protect_singletons()  # a long test session emits many signals (see client/core/refguard.py)


@pytest.fixture(scope="package", autouse=True)
def collector_on_the_ui_thread(qapp: Any) -> Iterator[None]:
    """As the client does (client/core/gcguard.py): no garbage collection on runner threads."""
    collector = collect_on_ui_thread(qapp)
    yield
    collector.timer.stop()
    collector.setParent(None)
    restore_automatic_collection()


@pytest.fixture
def clerk_gateway() -> InProcessGateway:
    gw = InProcessGateway(locale="en")
    gw.login("dh.clerk1", "demo1234")
    return gw


@pytest.fixture
def clerk_ctx(qtbot: Any, clerk_gateway: InProcessGateway,
              tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    context = AppContext(clerk_gateway, runner, settings,
                         clerk_gateway.call("pmis.admin", "whoami"))
    yield context
    runner.wait_idle(5000)
    runner.shutdown()


@pytest.fixture(scope="module")
def module_db_url() -> str:
    """One seeded database shared by the tests of a module (their work builds on it)."""
    return seeded_sqlite()


@pytest.fixture
def login(qtbot: Any, module_db_url: str,
          tmp_path: Path) -> Iterator[Callable[[str], AppContext]]:
    """``login(username)``: a context of that demo user, all users on one database."""
    runners: list[TaskRunner] = []

    def make(user: str) -> AppContext:
        gateway = InProcessGateway(module_db_url, locale="en")
        gateway.login(user, "demo1234")
        runner = TaskRunner()
        runners.append(runner)
        return AppContext(gateway, runner, QSettings(str(tmp_path / f"{user}.ini"),
                                                     QSettings.Format.IniFormat),
                          gateway.call("pmis.admin", "whoami"))

    yield make
    for runner in runners:
        runner.wait_idle(10_000)
        runner.shutdown()

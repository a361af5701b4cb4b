"""Main window: modules by permission, the status bar, failover indication, ping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from appserver.contract.api import OBJECT_ADMIN
from client.core.context import AppContext
from client.core.main_window import MainWindow, load_admin_pages
from client.core.status import StatusRelay
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_a_clerk_sees_the_counter_modules_only(qtbot: Any, clerk_ctx: AppContext) -> None:
    window = MainWindow(clerk_ctx)
    qtbot.addWidget(window)
    # The to-do and the service hall; Billing for the tariff calculator and bills,
    # Collection for the counter.
    assert nav_titles(window) == ["Customers", "Work platform", "Service hall", "Billing",
                                  "Collection"]
    assert window.admin is None
    assert window.stack.currentWidget() is window.customers
    assert "王小芳" in window.status.user_label.text()
    assert "东湖八一大道营业厅" in window.status.user_label.text()


def test_an_admin_also_gets_administration(qtbot: Any, tmp_path: Path) -> None:
    gateway = InProcessGateway()
    gateway.login("admin", "demo1234")
    ctx = AppContext(gateway, TaskRunner(), QSettings(str(tmp_path / "c.ini"),
                                                      QSettings.Format.IniFormat),
                     gateway.call(OBJECT_ADMIN, "whoami"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    revenue = ["Work platform", "Service hall", "Meter reading", "Billing", "Collection",
               "Reports"]
    expected = ["Customers", *revenue, "Administration"] if load_admin_pages(ctx) else [
        "Customers", *revenue]
    assert nav_titles(window) == expected
    window.show_module(expected[-1])
    ctx.runner.wait_idle(15_000)
    ctx.runner.shutdown()


def test_status_bar_shows_server_role_rtt_and_failover(qtbot: Any,
                                                       clerk_ctx: AppContext) -> None:
    relay = StatusRelay()
    window = MainWindow(clerk_ctx, relay)
    qtbot.addWidget(window)
    relay.report({"server": "10.0.0.1:7610", "role": "primary", "rtt_ms": 1.25,
                  "failover": False})
    assert window.status.server_label.text() == "Server 10.0.0.1:7610 (primary)"
    assert window.status.rtt_label.text() == "RTT –"  # round trips come from pings only
    assert not window.status.failover_label.isVisibleTo(window)
    relay.report({"server": "10.0.0.2:7610", "role": "standby", "rtt_ms": 3.0,
                  "failover": True})
    assert window.status.server_label.text() == "Server 10.0.0.2:7610 (standby)"
    assert window.status.failover_label.isVisibleTo(window)
    assert "now served by 10.0.0.2:7610" in window.status.failover_label.text()
    relay.report({"server": "10.0.0.2:7610", "role": "standby", "rtt_ms": 2.0,
                  "failover": False})
    assert window.status.failover_label.isVisibleTo(window)  # stays while on the standby
    window.status.show_unreachable()
    assert window.status.server_label.text() == "No server reachable"
    assert not window.status.failover_label.isVisibleTo(window)  # no contradicting notice
    relay.report({"server": "10.0.0.2:7610", "role": "standby", "rtt_ms": 2.0,
                  "failover": False})
    assert window.status.failover_label.isVisibleTo(window)
    relay.report({"server": "10.0.0.1:7610", "role": "primary", "rtt_ms": 1.0,
                  "failover": False})
    assert not window.status.failover_label.isVisibleTo(window)  # back on the primary


def test_periodic_ping_updates_the_round_trip(qtbot: Any, clerk_ctx: AppContext) -> None:
    window = MainWindow(clerk_ctx)
    qtbot.addWidget(window)
    assert window.ping_timer.isActive() and window.ping_timer.interval() == 10_000
    window.status.update_status({"server": "inproc", "rtt_ms": 1.25})
    assert window.status.rtt_label.text() == "RTT 1.2 ms"
    assert clerk_ctx.runner.wait_idle(15_000)  # the pages' first loads
    assert not window.status.busy_label.isVisibleTo(window)
    window.ping()
    assert window.status.busy_label.isVisibleTo(window)  # the call runs off the UI thread
    qtbot.waitUntil(lambda: window.status.rtt_ms not in (None, 1.25), timeout=15_000)
    assert clerk_ctx.runner.wait_idle(15_000)
    assert not window.status.busy_label.isVisibleTo(window)
    assert window.status.server == "inproc"
    assert window.status.role == "primary"
    assert window.status.rtt_label.text().startswith("RTT ")


def test_change_own_password(qtbot: Any, clerk_ctx: AppContext) -> None:
    import shiboken6

    window = MainWindow(clerk_ctx)
    qtbot.addWidget(window)
    dialog = window.change_password(required=True)
    assert "administrator has set your password" in dialog.intro.text()
    dialog.current.setText("demo1234")
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.ok_button.click()
    assert dialog.problem.text() == "Use at least 8 characters with letters and digits."
    dialog.new.setText("Newpass2026")
    dialog.ok_button.click()
    assert dialog.problem.text() == "The two new passwords differ."
    dialog.current.setText("wrong-one1")
    dialog.repeat.setText("Newpass2026")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() == "The current password is wrong.",
                    timeout=15_000)
    dialog.current.setText("demo1234")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=15_000)
    assert clerk_ctx.user["must_change_password"] is False
    assert clerk_ctx.gateway.login("dh.clerk1", "Newpass2026")["token"]

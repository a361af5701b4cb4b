"""The composition root: after an expired session the clerk logs in again and carries on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from appserver.contract.errors import SessionExpired
from client.app import ClientApp, Options
from client.core.context import AppContext
from client.core.errors import ErrorPresenter
from tests.helpers.inprocess import InProcessGateway

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_relogin_after_an_expired_session(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat)
    app = ClientApp(settings, Options([]))
    assert ErrorPresenter.relogin == app.relogin
    gateway = InProcessGateway()
    user = gateway.login("dh.clerk1", "demo1234")["user"]
    app.ctx = AppContext(gateway, app.runner, settings, dict(user))
    gateway.token = "expired-or-revoked"
    with pytest.raises(SessionExpired):
        gateway.call("pmis.system", "ping")
    dialog = app.relogin()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.user.text() == "dh.clerk1" and dialog.user.isReadOnly()
    dialog.password.setText("demo1234")
    with qtbot.waitSignal(dialog.logged_in, timeout=15_000):
        dialog.submit()
    assert gateway.call("pmis.system", "ping")["role"] == "primary"
    assert app.ctx.user["username"] == "dh.clerk1"
    ErrorPresenter.relogin = None
    app.runner.shutdown()

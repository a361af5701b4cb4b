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
from client.core.i18n import install_translations
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


class _NamedGateway(InProcessGateway):
    """The in-process gateway with the state the main window reads from a real one."""

    current_server = "inproc"
    current_role = "primary"

    def __init__(self) -> None:
        super().__init__()
        self.servers = ["inproc"]
        self.user: dict[str, Any] = {}

    def login(self, username: str, password: str) -> dict[str, Any]:
        result = super().login(username, password)
        self.user = result["user"]
        return result

    def logout(self) -> None:
        self.call("pmis.admin", "logout", write=True)


def test_logout_ends_the_session_and_offers_the_login_again(qtbot: Any,
                                                            tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat)
    app = ClientApp(settings, Options([], username="dh.clerk1", password="demo1234"))
    gateway = _NamedGateway()
    gateway.login("dh.clerk1", "demo1234")
    window = app.start_main(gateway)
    qtbot.addWidget(window)
    assert app.runner.wait_idle(15_000)
    assert window.status.server_label.text() == "Server inproc (primary)"
    dialog = app.logout()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not window.isVisible()
    assert dialog.password.text() == ""  # no automatic login after logging out
    assert app.ctx is None and app.window is None
    with pytest.raises(SessionExpired):
        gateway.call("pmis.system", "ping")
    ErrorPresenter.relogin = None
    app.runner.shutdown()


def test_the_command_line_language_is_preselected(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat)
    app = ClientApp(settings, Options([], language="zh_CN"))
    dialog = app.show_login()
    qtbot.addWidget(dialog)
    try:
        assert dialog.chosen_locale() == "zh_CN"  # the server answers in the same language
        qtbot.waitUntil(lambda: dialog.ok.text() == "登录(&L)", timeout=5000)  # it speaks it
    finally:
        install_translations("en")
        ErrorPresenter.relogin = None

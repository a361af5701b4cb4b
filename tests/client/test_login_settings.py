"""Login dialog (server's message on failure) and the settings dialog (servers, language)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from client.core import settings as S
from client.core.login import LoginDialog
from client.core.settings_dialog import SettingsDialog
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def made() -> list[tuple[list[str], str]]:
    return []


@pytest.fixture
def dialog(qtbot: Any, settings: QSettings, made: list[tuple[list[str], str]]) -> LoginDialog:
    database = InProcessGateway()

    def make_gateway(servers: list[str], locale: str) -> InProcessGateway:
        made.append((servers, locale))
        return InProcessGateway(database.runtime.config.database_url, locale=locale)

    S.set_servers(settings, ["10.1.1.1:7610", "10.1.1.2:7610"])
    S.set_language_choice(settings, "en")
    widget = LoginDialog(settings, TaskRunner(), make_gateway)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_login_succeeds_and_remembers_the_user(qtbot: Any, dialog: LoginDialog,
                                               settings: QSettings,
                                               made: list[tuple[list[str], str]]) -> None:
    assert dialog.server_text.text() == "10.1.1.1:7610, 10.1.1.2:7610"
    qtbot.keyClicks(dialog.user, "dh.clerk1")
    qtbot.keyClicks(dialog.password, "demo1234")
    with qtbot.waitSignal(dialog.logged_in, timeout=15_000) as logged:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert logged.args[0].token
    assert made == [(["10.1.1.1:7610", "10.1.1.2:7610"], "en")]
    assert settings.value("last_user") == "dh.clerk1"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_wrong_password_shows_the_servers_message(qtbot: Any, dialog: LoginDialog) -> None:
    dialog.user.setText("dh.clerk1")
    dialog.password.setText("wrong-password1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.text() == "Wrong user name or password.",
                    timeout=15_000)
    assert dialog.ok.isEnabled() and dialog.isVisible()


def test_empty_fields_are_caught_before_any_call(dialog: LoginDialog,
                                                 made: list[tuple[list[str], str]]) -> None:
    dialog.submit()
    assert dialog.problem.text() == "Enter your user name and password."
    assert made == []


def test_choosing_a_language_is_announced(qtbot: Any, dialog: LoginDialog) -> None:
    with qtbot.waitSignal(dialog.language_chosen) as chosen:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert chosen.args == ["zh_CN"]
    assert dialog.chosen_locale() == "zh_CN"


def test_command_line_servers_override_the_settings(qtbot: Any, settings: QSettings) -> None:
    widget = LoginDialog(settings, TaskRunner(), lambda _servers, _locale: None, ["127.0.0.1:1"])
    qtbot.addWidget(widget)
    assert widget.servers() == ["127.0.0.1:1"]


def test_settings_dialog_edits_the_ordered_server_list(qtbot: Any, settings: QSettings) -> None:
    S.set_servers(settings, ["a:1", "b:2"])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    editor = dialog.servers
    editor.entry.setText("not a server")
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    assert "host:port" in editor.problem.text()
    editor.entry.setText("c:3")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up, Qt.MouseButton.LeftButton)
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.save()
    assert S.servers(settings) == ["c:3", "a:1"]
    assert S.language_choice(settings) == "zh_CN"
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_settings_refuse_an_empty_server_list(qtbot: Any, settings: QSettings) -> None:
    S.set_servers(settings, ["a:1"])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.servers.list.clear()
    dialog.save()
    assert dialog.servers.problem.text() == "At least one server is needed."
    assert S.servers(settings) == ["a:1"]


def test_defaults_and_locale_resolution(settings: QSettings) -> None:
    assert S.servers(settings) == S.DEFAULT_SERVERS
    assert S.language_choice(settings) == S.LANGUAGE_SYSTEM
    assert S.resolve_locale("en") == "en" and S.resolve_locale("zh_CN") == "zh_CN"
    assert S.resolve_locale(S.LANGUAGE_SYSTEM) in ("en", "zh_CN")
    assert S.valid_server("host:7610") and not S.valid_server("host") \
        and not S.valid_server("host:0")


def test_no_reachable_server_is_said_plainly(qtbot: Any, settings: QSettings) -> None:
    from client.core.gateway import Gateway
    from tests.client.loopback import free_port

    S.set_servers(settings, [f"127.0.0.1:{free_port()}"])  # nobody listens there
    widget = LoginDialog(settings, TaskRunner(),
                         lambda servers, locale: Gateway(servers, locale, timeout_s=1.0))
    qtbot.addWidget(widget)
    widget.user.setText("dh.clerk1")
    widget.password.setText("demo1234")
    widget.submit()
    qtbot.waitUntil(lambda: "No application server could be reached" in widget.problem.text(),
                    timeout=15_000)
    assert widget.ok.isEnabled()

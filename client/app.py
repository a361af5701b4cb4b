"""Composition root: settings, translations, fonts, the gateway, the runner and the windows."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from client.core import settings as S
from client.core.context import AppContext
from client.core.errors import ErrorPresenter
from client.core.gateway import Gateway
from client.core.gcguard import collect_on_ui_thread
from client.core.i18n import ensure_cjk_font, install_translations
from client.core.login import LoginDialog
from client.core.main_window import MainWindow
from client.core.refguard import protect_singletons
from client.core.status import StatusRelay
from client.core.tasks import TaskRunner

log = logging.getLogger("pmis.client")


@dataclass
class Options:
    servers: list[str]
    language: str | None = None
    username: str | None = None
    password: str | None = None


def tls_settings(settings: QSettings) -> dict[str, str] | None:
    """TLS with a per-workstation certificate, when the settings name one."""
    keys = ("ca_certs", "client_cert", "client_key")
    values = {key: str(settings.value(f"tls/{key}", "") or "") for key in keys}
    return values if values["ca_certs"] else None


class ClientApp:
    """Owns the long-lived objects; builds the login dialog and then the main window."""

    def __init__(self, settings: QSettings, options: Options) -> None:
        self.settings = settings
        self.options = options
        self.runner = TaskRunner()
        self.relay = StatusRelay()
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.login: LoginDialog | None = None
        ErrorPresenter.relogin = self.relogin

    def make_gateway(self, servers: list[str], locale: str) -> Gateway:
        return Gateway(servers, locale, tls=tls_settings(self.settings),
                       on_status=self.relay.report)

    def show_login(self) -> LoginDialog:
        dialog = LoginDialog(self.settings, self.runner, self.make_gateway,
                             self.options.servers or None)
        dialog.language_chosen.connect(install_translations)
        dialog.logged_in.connect(self.start_main)
        self.login = dialog
        if self.options.language:  # --lang wins over the settings for this session
            dialog.language.setCurrentIndex(dialog.language.findData(self.options.language))
        if self.options.username:
            dialog.user.setText(self.options.username)
        dialog.show()
        if self.options.username and self.options.password:
            dialog.password.setText(self.options.password)
            dialog.submit()
        return dialog

    def start_main(self, gateway: Any) -> MainWindow:
        self.ctx = AppContext(gateway, self.runner, self.settings, dict(gateway.user))
        self.window = MainWindow(self.ctx, self.relay)
        self.window.status.update_status({"server": gateway.current_server,
                                          "role": gateway.current_role,
                                          "rtt_ms": None,  # the first ping follows
                                          "failover": gateway.current_server
                                          != gateway.servers[0]})
        self.window.logout_requested.connect(self.logout)
        self.window.show()
        self.window.ping()
        if self.ctx.user.get("must_change_password"):
            self.window.change_password(required=True)
        return self.window

    def logout(self) -> LoginDialog:
        """End the session and offer the login dialog again (another user may log in)."""
        window, ctx = self.window, self.ctx
        self.options.password = None  # no automatic login after a deliberate logout
        dialog = self.show_login()  # shown before the window closes: the app keeps running
        if window is not None:
            window.close()
            window.deleteLater()
        if ctx is not None:
            end_session(self.runner, ctx.gateway)
        self.window, self.ctx = None, None
        return dialog

    def relogin(self) -> LoginDialog | None:
        """After an expired session: log in again on the same gateway (same servers)."""
        if self.ctx is None:
            return None
        ctx = self.ctx
        dialog = LoginDialog(self.settings, self.runner, lambda _s, _l: ctx.gateway,
                             self.options.servers or None, self.window)
        dialog.setObjectName("reloginDialog")
        dialog.user.setText(str(ctx.user.get("username", "")))
        dialog.user.setReadOnly(True)  # the same user carries on; others log in afresh

        def logged_in(_gateway: Any) -> None:
            ctx.user.update(dialog.result_data.get("user", {}))
            if self.window is not None:
                self.window.ping_timer.start()

        dialog.logged_in.connect(logged_in)
        dialog.open()
        return dialog


def run(options: Options, argv: list[str]) -> int:
    protect_singletons()  # before any signal is emitted (see client/core/refguard.py)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    collect_on_ui_thread(app)
    app.setApplicationName("pmis-client")
    app.setOrganizationName("PMIS")
    settings = S.open_settings()
    ensure_cjk_font()
    locale = options.language or S.resolve_locale(S.language_choice(settings))
    install_translations(locale)
    client = ClientApp(settings, options)
    login = client.show_login()
    login.rejected.connect(app.quit)
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    if client.ctx is not None:
        end_session(client.runner, client.ctx.gateway)
    client.runner.shutdown()
    return code


def end_session(runner: TaskRunner, gateway: Any, wait_ms: int = 5000) -> None:
    """Log out on a worker thread (never on the UI thread); a failure is only logged."""
    runner.submit("logout", gateway.logout, lambda _result: None,
                  lambda exc: log.info("logout failed: %s", exc))
    runner.wait_idle(wait_ms)

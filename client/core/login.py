"""The login dialog: servers from the settings, user name, password and language.

The login call runs on the task runner; the server's (translated) message is shown in the
dialog on failure. Changing the language applies at once to the dialog.

Signals:
    language_chosen(str): the locale picked in the combo box ("zh_CN" or "en").
    logged_in(object): the gateway, now holding a session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.errors import PmisError
from client.core import settings as S
from client.core.errors import error_text
from client.core.settings_dialog import SettingsDialog, language_combo
from client.core.tasks import TaskRunner

GatewayFactory = Callable[[list[str], str], Any]


class LoginDialog(QDialog):
    language_chosen = Signal(str)
    logged_in = Signal(object)

    def __init__(self, settings: QSettings, runner: TaskRunner, make_gateway: GatewayFactory,
                 servers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.settings = settings
        self.runner = runner
        self.make_gateway = make_gateway
        self.fixed_servers = servers  # from the command line: they override the settings
        self.gateway: Any = None
        self.result_data: dict[str, Any] = {}
        self._build()
        self.retranslate()
        self._show_servers()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("loginHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.user = QLineEdit(str(self.settings.value("last_user", "")), self)
        self.user.setObjectName("userEdit")
        self.user.setMaxLength(40)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = language_combo(self, S.language_choice(self.settings))
        self.server_text = QLabel(self)
        self.server_text.setObjectName("serverText")
        self.settings_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("loginProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("loginButton")
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.labels = [QLabel(self) for _ in range(4)]
        servers_row = QHBoxLayout()
        servers_row.addWidget(self.server_text, 1)
        servers_row.addWidget(self.settings_button)
        form = QFormLayout()
        for label, field in zip(self.labels, (self.user, self.password, self.language),
                                strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.labels[3], servers_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.settings_button.clicked.connect(self._edit_settings)
        self.language.currentIndexChanged.connect(self._language_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PMIS – Log in"))
        self.heading.setText(self.tr("Power Marketing Management Information System"))
        for label, text in zip(self.labels, (self.tr("&User name:"), self.tr("&Password:"),
                                             self.tr("&Language:"), self.tr("Servers:")),
                               strict=True):
            label.setText(text)
        self.settings_button.setText(self.tr("&Settings…"))
        self.ok.setText(self.tr("&Log in"))
        self.cancel.setText(self.tr("&Quit"))
        self.language.setItemText(0, self.tr("Follow the system"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def servers(self) -> list[str]:
        return list(self.fixed_servers) if self.fixed_servers else S.servers(self.settings)

    def chosen_locale(self) -> str:
        return S.resolve_locale(str(self.language.currentData()))

    def _show_servers(self) -> None:
        self.server_text.setText(", ".join(self.servers()))

    def _edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.finished.connect(lambda _result: self._show_servers())
        dialog.open()

    def _language_changed(self) -> None:
        self.language_chosen.emit(self.chosen_locale())

    def submit(self) -> None:
        username, password = self.user.text().strip(), self.password.text()
        if not username or not password:
            self.problem.setText(self.tr("Enter your user name and password."))
            return
        self.problem.setText(self.tr("Logging in…"))
        self.ok.setEnabled(False)
        gateway = self.make_gateway(self.servers(), self.chosen_locale())
        self.runner.submit("login", lambda: gateway.login(username, password),
                           lambda result: self._succeeded(gateway, result), self._failed)

    def _succeeded(self, gateway: Any, result: dict[str, Any]) -> None:
        self.gateway, self.result_data = gateway, result
        self.settings.setValue("last_user", self.user.text().strip())
        S.set_language_choice(self.settings, str(self.language.currentData()))
        self.ok.setEnabled(True)
        self.logged_in.emit(gateway)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        message = exc.message if isinstance(exc, PmisError) else error_text(exc)[1]
        self.problem.setText(message)

"""The main window: navigation by module (only the modules this user may use), the status bar,
and a ping every few seconds that keeps the round-trip time and the serving server current."""

from __future__ import annotations

import importlib
import time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from appserver.contract import api as contract
from appserver.contract import permissions as P
from appserver.contract.errors import PmisError, SessionExpired
from client.core import settings as S
from client.core.comm import ServerUnreachable
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.i18n import install_translations
from client.core.password_dialog import ChangePasswordDialog
from client.core.settings_dialog import SettingsDialog
from client.core.status import StatusBar, StatusRelay
from client.customers.page import CustomersPage

PING_INTERVAL_MS = 10_000


def _ping(gateway: Any) -> dict[str, Any]:
    """The gateway's own ping when it has one (it knows the serving server)."""
    if hasattr(gateway, "ping"):
        return dict(gateway.ping())
    started = time.perf_counter()
    result = dict(gateway.call(contract.OBJECT_SYSTEM, "ping"))
    return {**result, "rtt_ms": (time.perf_counter() - started) * 1000.0,
            "address": result.get("server", "")}


def _redraw(model: QAbstractItemModel) -> None:
    """Headers and cells (translated codes) are drawn again in the new language."""
    root = QModelIndex()
    rows = model.rowCount(root)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


# Business modules shown as tabbed pages: (nav key, package whose ``pages(ctx)`` returns
# [(title source, translation context, widget)] for the pages the user's rights allow).
# The service hall and the work platform come first: a clerk's day starts with the to-do.
TABBED_MODULES = (("work", "client.work.pages"), ("service", "client.service.pages"),
                  ("metering", "client.metering.pages"), ("billing", "client.billing.pages"),
                  ("payments", "client.payments.pages"), ("reports", "client.reports.pages"))
Page = tuple[str, str, QWidget]


def load_module_pages(package: str, ctx: AppContext) -> list[Page]:
    module = importlib.import_module(package)
    pages: list[Page] = module.pages(ctx)
    return pages


def load_admin_pages(ctx: AppContext) -> list[tuple[str, QWidget]]:
    """The administration pages, if that package is installed in this build."""
    try:
        from client.admin.pages import admin_pages
    except ImportError as exc:
        if exc.name not in ("client.admin.pages", "client.admin"):
            raise
        return []
    return admin_pages(ctx)


class MainWindow(QMainWindow):
    """Signals:
        module_changed(str): the key of the module now shown ("customers", "admin").
        logout_requested(): the user wants to end the session (another user may log in).
    """

    module_changed = Signal(str)
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, relay: StatusRelay | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.nav = QListWidget(self)
        self.nav.setObjectName("moduleNav")
        self.nav.setStyleSheet("QListWidget#moduleNav { font-size: 11pt; }"
                               "QListWidget#moduleNav::item { padding: 8px 6px; }")
        self.stack = QStackedWidget(self)
        self.modules: dict[str, QWidget] = {}
        self.customers: CustomersPage | None = None
        self.admin: QTabWidget | None = None
        self._admin_titles: list[str] = []
        self.tabbed: dict[str, tuple[QTabWidget, list[Page]]] = {}
        ctx.show_page = self.show_page
        self._build_modules()
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(ctx.user, self)
        self.setStatusBar(self.status)
        self._build_menu()
        self.nav.currentRowChanged.connect(self._show_module)
        if relay is not None:
            relay.status.connect(self._gateway_status)
        ctx.runner.busy_changed.connect(self.status.set_busy)
        self.status.set_busy(ctx.runner.pending > 0)  # the pages may already be loading
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_INTERVAL_MS)
        self.ping_timer.timeout.connect(self.ping)
        self.ping_timer.start()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1280, 780)

    def _build_modules(self) -> None:
        if self.ctx.can(P.CUSTOMER_READ):
            self.customers = CustomersPage(self.ctx, self)
            self._add_module("customers", self.customers)
        for key, package in TABBED_MODULES:
            module_pages = load_module_pages(package, self.ctx)
            if module_pages:
                tabs = QTabWidget(self)
                tabs.setObjectName(f"{key}Tabs")
                for _source, _context, page in module_pages:
                    tabs.addTab(page, "")
                self.tabbed[key] = (tabs, module_pages)
                self._add_module(key, tabs)
        pages = load_admin_pages(self.ctx)
        if pages:
            self.admin = QTabWidget(self)
            self.admin.setObjectName("adminTabs")
            for title, page in pages:
                self.admin.addTab(page, title)
            # The pages come with titles already translated; when the window was built in
            # English they are the catalogue's sources and can follow a live language switch.
            self._admin_titles = [title for title, _page in pages]
            self._add_module("admin", self.admin)
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 24))

    def _add_module(self, key: str, page: QWidget) -> None:
        item = QListWidgetItem(self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.modules[key] = page
        self.stack.addWidget(page)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(lambda: self.change_password(required=False))
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.password_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addAction(self.quit_action)
        for position in range(self.nav.count()):
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
            shortcut.triggered.connect(lambda _=False, p=position: self.nav.setCurrentRow(p))
            self.addAction(shortcut)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PMIS – Power Marketing Management Information System"))
        titles = {"customers": self.tr("Customers"), "metering": self.tr("Meter reading"),
                  "billing": self.tr("Billing"), "payments": self.tr("Collection"),
                  "reports": self.tr("Reports"), "service": self.tr("Service hall"),
                  "work": self.tr("Work platform"), "admin": self.tr("Administration")}
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(titles[str(item.data(Qt.ItemDataRole.UserRole))])
        for tabs, module_pages in self.tabbed.values():
            for index, (source, context, _page) in enumerate(module_pages):
                tabs.setTabText(index, QCoreApplication.translate(context, source))
        if self.admin is not None:
            for index, source in enumerate(self._admin_titles):
                self.admin.setTabText(index, QCoreApplication.translate("AdminPages", source))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.password_action.setText(self.tr("Change &password…"))
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        """Live language switch: every widget with a ``retranslate`` redraws its text."""
        if event.type() == QEvent.Type.LanguageChange:
            for widget in [self, *self.findChildren(QWidget)]:
                method = getattr(widget, "retranslate", None)
                if callable(method) and widget is not self:
                    method()
            for model in self.findChildren(QAbstractItemModel):
                _redraw(model)
            self.retranslate()
        super().changeEvent(event)

    def _show_module(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentWidget(self.modules[key])
        if key == "customers" and self.customers is not None:
            self.customers.show_search()
        self.module_changed.emit(key)

    def show_page(self, key: str, page: QWidget) -> None:
        """Bring a module's page to the front (e.g. the counter after a customer search)."""
        self.show_module(key)
        if key in self.tabbed:
            self.tabbed[key][0].setCurrentWidget(page)

    def show_module(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)

    def _gateway_status(self, status: dict[str, Any]) -> None:
        """Server, role and failover from every call; the round trip only from pings
        (a search's duration is not the network's)."""
        self.status.update_status({**status, "rtt_ms": None})

    def ping(self) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("system.ping", lambda: _ping(gateway), self._pinged,
                               self._ping_failed)

    def _ping_failed(self, exc: Exception) -> None:
        if isinstance(exc, ServerUnreachable):
            self.status.show_unreachable()
            return
        if isinstance(exc, SessionExpired):
            self.ping_timer.stop()  # one dialog, not one every ten seconds
        show_error(self, exc)

    def _pinged(self, result: dict[str, Any]) -> None:
        self.status.update_status({"server": result.get("address", ""),
                                   "role": result.get("role", ""),
                                   "rtt_ms": result.get("rtt_ms")})

    def change_password(self, required: bool) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(required, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        gateway = self.ctx.gateway

        def changed(_result: object) -> None:
            self.ctx.user["must_change_password"] = False
            dialog.accept()

        def failed(exc: Exception) -> None:
            if isinstance(exc, PmisError) and not isinstance(exc, SessionExpired):
                dialog.show_problem(exc.message)
            else:
                dialog.show_problem("")
                show_error(dialog, exc)

        dialog.change_requested.connect(lambda old, new: self.ctx.runner.submit(
            "admin.change_own_password",
            lambda: gateway.call(contract.OBJECT_ADMIN, "change_own_password", old, new,
                                 write=True),
            changed, failed))
        dialog.open()
        return dialog

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.accepted.connect(self._apply_language)
        dialog.open()

    def _apply_language(self) -> None:
        locale = S.resolve_locale(S.language_choice(self.ctx.settings))
        if hasattr(self.ctx.gateway, "locale"):
            self.ctx.gateway.locale = locale  # the server's messages follow too
        install_translations(locale)

    def closeEvent(self, event: Any) -> None:
        self.ping_timer.stop()
        super().closeEvent(event)

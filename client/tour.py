"""A scripted tour of the client against running app servers, for the offscreen demo.

It drives the real widgets (text, clicks, key events) through the real Gateway, waits on
signals and the idle task runner, and saves a screenshot of every step:

login as a counter clerk -> search -> customer file -> contact edit -> kill the primary ->
search and edit again on the standby (same session) -> log in as admin -> admin pages.
"""

from __future__ import annotations

import importlib
import logging
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from appserver.contract.api import OBJECT_CUSTOMERS
from client.app import ClientApp, Options, end_session
from client.core.gateway import Gateway
from client.core.gcguard import collect_on_ui_thread
from client.core.i18n import ensure_cjk_font, install_translations
from client.core.main_window import MainWindow
from client.core.refguard import protect_singletons
from client.core.settings_dialog import SettingsDialog
from client.core.widgets.keys import type_text
from client.customers.contact_dialog import ContactDialog
from client.customers.presenter import FilePresenter

log = logging.getLogger("pmis.client.tour")
WAIT_MS = 30_000
CLERK = ("dh.clerk1", "demo1234")
COLLEAGUE = ("dh.clerk2", "demo1234")  # same service hall: edits the same customer
ADMIN = ("admin", "demo1234")
# The second search finds companies first (name prefix): metering with CT/PT ratios.
SEARCHES = (("王", "刘", "张", "1000"), ("南昌", "李", "陈", "1001"))


class TourError(RuntimeError):
    """A step did not finish: names the step so the demo can say what went wrong."""


def wait_for(signal: SignalInstance, action: Callable[[], object], step: str,
             timeout_ms: int = WAIT_MS) -> tuple[Any, ...]:
    """Run ``action`` and wait until ``signal`` fires (it may fire inside the action)."""
    loop = QEventLoop()
    got: list[tuple[Any, ...]] = []

    def handler(*args: Any) -> None:
        got.append(args)
        loop.quit()

    signal.connect(handler)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        action()
        if not got:
            loop.exec()
    finally:
        timer.stop()
        signal.disconnect(handler)
    if not got:
        raise TourError(f"step '{step}' did not finish within {timeout_ms} ms")
    return got[0]


# The revenue modules' tours, in the order of a month's work; each module file has
# USER = (username, password) and steps(tour, app, window) taking its own screenshots.
MODULE_TOURS = ("client.billing.tariff_tour", "client.metering.tour", "client.billing.run_tour",
                "client.billing.bill_tour", "client.payments.counter_tour",
                "client.payments.collection_tour", "client.reports.tour",
                "client.service.application_tour", "client.service.complaint_tour",
                "client.service.fault_tour", "client.service.workflow_tour",
                "client.work.tour", "client.work.clerk_tour")


class Tour:
    def __init__(self, servers: list[str], out_dir: Path, locale: str,
                 kill_primary: Callable[[], None]) -> None:
        self.servers = servers
        self.out_dir = out_dir
        self.locale = locale
        self.kill_primary = kill_primary
        self.shots: list[Path] = []
        self.settings_dir = tempfile.TemporaryDirectory(prefix="pmis-tour-")
        self.settings = QSettings(str(Path(self.settings_dir.name) / "client.ini"),
                                  QSettings.Format.IniFormat)
        self.settings.setValue("language", locale)
        self.settings.setValue("servers", servers)

    # -- helpers ---------------------------------------------------------------------------

    def shot(self, name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        path = self.out_dir / f"{len(self.shots) + 1:02d}_{name}.png"
        if not widget.grab().save(str(path)):
            raise TourError(f"could not save {path}")
        self.shots.append(path)
        log.info("tour: %s", path.name)

    def idle(self, app: ClientApp, step: str) -> None:
        if not app.runner.wait_idle(WAIT_MS):
            raise TourError(f"step '{step}': server calls did not finish")

    def login(self, user: tuple[str, str], name: str,
              show_settings: bool = False) -> tuple[ClientApp, MainWindow]:
        app = ClientApp(self.settings, Options([], self.locale))  # servers from the settings
        dialog = app.show_login()
        dialog.resize(520, dialog.sizeHint().height())
        dialog.user.setText(user[0])
        dialog.password.setText(user[1])
        self.shot(name, dialog)
        if show_settings:
            dialog.settings_button.click()
            settings = dialog.findChild(SettingsDialog)
            if settings is None:
                raise TourError("the settings dialog did not open")
            self.shot("settings", settings)
            settings.reject()
        wait_for(dialog.logged_in, lambda: dialog.ok.click(), f"login {user[0]}")
        assert app.window is not None
        self.idle(app, "main window")
        return app, app.window

    # -- steps -----------------------------------------------------------------------------

    def search(self, app: ClientApp, window: MainWindow, texts: tuple[str, ...],
               name: str) -> None:
        page = window.customers
        if page is None:
            raise TourError("the clerk has no Customers module")
        page.show_search()
        box = page.search_view.box
        for text in texts:
            box.clear()
            wait_for(page.search.loaded, partial(type_text, box, text), f"search {text}")
            if page.search_view.model.rowCount() > 0:
                break
        window.ping()  # the status bar's round trip is measured by pings
        self.idle(app, "ping")
        self.shot(name, window)

    def open_first(self, window: MainWindow, name: str) -> FilePresenter:
        page = window.customers
        assert page is not None
        view = page.search_view
        view.box.setFocus()
        QApplication.sendEvent(view.box, _key(Qt.Key.Key_Down))
        opened = wait_for(page.file_opened,
                          lambda: QApplication.sendEvent(view.table, _key(Qt.Key.Key_Return)),
                          "open customer file")
        presenter: FilePresenter = opened[0]
        if not presenter.view.customer:
            wait_for(presenter.loaded, lambda: None, "load customer file")
        self.shot(name, window)
        return presenter

    def edit_mobile(self, window: MainWindow, presenter: FilePresenter, names: tuple[str, str],
                    step: str) -> None:
        (dialog,) = wait_for(presenter.dialog_opened, presenter.view.edit.click, step)
        assert isinstance(dialog, ContactDialog)
        dialog.edits["phone_mobile"].setText(_new_mobile(presenter.view.customer))
        self.shot(names[0], dialog)
        wait_for(presenter.loaded, dialog.save_button.click, f"{step}: save")
        presenter.view.tabs.setCurrentIndex(presenter.view.tabs.count() - 1)  # the history
        self.shot(names[1], window)

    def conflict(self, app: ClientApp, window: MainWindow, presenter: FilePresenter) -> None:
        """A colleague saves the same customer while the clerk is editing it."""
        (dialog,) = wait_for(presenter.dialog_opened, presenter.view.edit.click, "conflict")
        assert isinstance(dialog, ContactDialog)
        customer = dict(presenter.view.customer)
        colleague = Gateway(self.servers, self.locale)

        def colleague_saves() -> None:
            colleague.login(*COLLEAGUE)
            landline = "0791-86001234"
            if customer.get("phone_landline") == landline:
                landline = "0791-86004321"
            colleague.call(OBJECT_CUSTOMERS, "update_contact", customer["id"],
                           customer["version"], {"phone_landline": landline}, write=True)
            colleague.logout()

        wait_for(app.runner.idle,
                 lambda: app.runner.submit("tour.colleague", colleague_saves, lambda _r: None),
                 "colleague saves")
        dialog.edits["contact_person"].setText(_new_contact_person(customer))
        (conflict,) = wait_for(presenter.dialog_opened, dialog.save_button.click,
                               "conflict: save")
        self.shot("conflict", conflict)
        wait_for(presenter.loaded, conflict.reapply.click, "conflict: re-apply")
        self.shot("conflict_reapplied", dialog)
        wait_for(presenter.loaded, dialog.save_button.click, "conflict: save again")
        self.shot("conflict_resolved", window)

    def run(self) -> list[Path]:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        clerk, window = self.login(CLERK, "login", show_settings=True)
        self.search(clerk, window, SEARCHES[0], "search")
        presenter = self.open_first(window, "customer_file")
        self.edit_mobile(window, presenter, ("edit_contact", "contact_saved"), "edit contact")
        self.conflict(clerk, window, presenter)
        self.kill_primary()
        self.search(clerk, window, SEARCHES[1], "search_after_failover")
        presenter = self.open_first(window, "customer_file_on_standby")
        presenter.view.tabs.setCurrentIndex(1)  # metering points with CT/PT and multiplier
        self.shot("metering_points", window)
        self.edit_mobile(window, presenter, ("edit_on_standby", "saved_on_standby"),
                         "edit on standby")
        self.close(clerk, window)
        admin, window = self.login(ADMIN, "login_admin")
        self.admin_pages(admin, window)
        self.close(admin, window)
        for name in MODULE_TOURS:
            module = importlib.import_module(name)
            app, window = self.login(module.USER, f"login_{module.USER[0]}")
            module.steps(self, app, window)
            self.close(app, window)
        return self.shots

    def admin_pages(self, app: ClientApp, window: MainWindow) -> None:
        if window.admin is None:
            log.info("tour: no administration pages in this build")
            return
        window.show_module("admin")
        for index in range(window.admin.count()):
            window.admin.setCurrentIndex(index)
            page = window.admin.widget(index)
            self.idle(app, f"admin page {index}")
            slug = type(page).__name__.removesuffix("View").lower() or str(index)
            self.shot(f"admin_{slug}", window)

    def close(self, app: ClientApp, window: MainWindow) -> None:
        self.idle(app, "before closing")
        window.close()
        if app.ctx is not None:
            end_session(app.runner, app.ctx.gateway, WAIT_MS)
        app.runner.shutdown()


def _key(key: Qt.Key) -> Any:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def _new_mobile(customer: dict[str, Any]) -> str:
    """A plausible number that differs from the current one (else nothing would change)."""
    number = f"139{int(time.time() * 1000) % 10**8:08d}"
    if number == customer.get("phone_mobile"):
        number = f"138{number[3:]}"
    return number


def _new_contact_person(customer: dict[str, Any]) -> str:
    name = str(customer.get("contact_person") or customer.get("name") or "")
    return "王建国" if name != "王建国" else "李建国"


def run_tour(servers: list[str], out_dir: Path, locale: str,
             kill_primary: Callable[[], None]) -> list[Path]:
    """Run the tour offscreen (or on screen); returns the screenshots in order."""
    protect_singletons()  # see client/core/refguard.py
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    collect_on_ui_thread(app)
    ensure_cjk_font()
    install_translations(locale)
    return Tour(servers, Path(out_dir), locale, kill_primary).run()

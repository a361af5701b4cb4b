"""The "Applications" page: a search bar, a paged list, and one closable tab per opened
application; "New application…" (Ctrl+N) registers one.

Keyboard: Enter in any search field searches; Down from the text box enters the list, Enter
opens the application; Ctrl+N new application; Ctrl+W closes the current application tab;
Ctrl+F back to the search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import permissions as P
from appserver.contract.api import OBJECT_BILLING, OBJECT_SERVICE
from appserver.contract.applications import STATUSES
from appserver.contract.errors import UserError
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.table import DataTable
from client.service.application_detail import ApplicationDetail
from client.service.application_models import applications_model, role_label, status_label
from client.service.application_presenter import DetailPresenter
from client.service.application_register import RegisterDialog

PAGE = 50


def _types_with_tariffs(gateway: Any, tariffs: bool) -> list[dict[str, Any]]:
    """The business types; tariff-code fields offer the approved tariffs (runner thread)."""
    types: list[dict[str, Any]] = gateway.call(OBJECT_SERVICE, "application_types")
    if not tariffs:
        return types
    listed = gateway.call(OBJECT_BILLING, "list_tariffs")["tariffs"]
    zh = QLocale().language() == QLocale.Language.Chinese
    choices = [{"value": t["code"],
                "label": f"{t['code']}  {t.get('name_zh') if zh else t.get('name')}"}
               for t in listed if any(v.get("status") == "approved" for v in t["versions"])]
    for info in types:
        for field in info.get("fields") or ():
            if field.get("kind") == "tariff_code" and not field.get("choices"):
                field["choices"] = choices
    return types


class ApplicationsPage(QWidget):
    """Signals:
        loaded(): a page of search results is shown.
        types_loaded(): the business types are known (filters, registration).
        detail_opened(DetailPresenter): an application tab was opened or brought forward.
        register_opened(RegisterDialog): the registration dialog opened.
        registered(dict): an application was registered (the server's Application).
    """

    loaded = Signal()
    types_loaded = Signal()
    detail_opened = Signal(object)
    register_opened = Signal(object)
    registered = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationsPage")
        self.ctx = ctx
        self.types: list[dict[str, Any]] = []
        self.details: dict[int, DetailPresenter] = {}
        self.offset, self.total = 0, 0
        self.dialog: RegisterDialog | None = None
        self._pending_register = False
        self._build_search()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("applicationTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.search_page, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new_application)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(
            lambda: self.close_tab(self.tabs.currentIndex()))
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.show_search)
        ctx.openers["application"] = self.open_from_elsewhere
        self.retranslate()
        self.load_types()
        self.search()

    def _build_search(self) -> None:
        page = self.search_page = QWidget(self)
        self.text = QLineEdit(page)
        self.text.setObjectName("applicationSearchText")
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(60)
        self.text_label = QLabel(page)
        self.text_label.setBuddy(self.text)
        self.type_filter, self.status_filter = QComboBox(page), QComboBox(page)
        self.stage_filter = QComboBox(page)
        self.stage_filter.setMinimumContentsLength(10)
        self.mine = QCheckBox(page)
        self.search_button, self.new_button = QPushButton(page), QPushButton(page)
        self.new_button.setObjectName("newApplicationButton")
        self.new_button.setVisible(self.ctx.can(P.APPLICATION_HANDLE))
        self.model = applications_model(self)
        self.table = DataTable(self.model, page)
        self.table.setObjectName("applications")
        self.state = QLabel(page)
        self.previous_button, self.next_button = QPushButton(page), QPushButton(page)
        bar = QHBoxLayout()
        for widget in (self.text_label, self.text, self.type_filter, self.status_filter,
                       self.stage_filter, self.mine, self.search_button):
            bar.addWidget(widget)
        bar.setStretchFactor(self.text, 1)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.text.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.type_filter.activated.connect(self._type_filter_changed)
        self.status_filter.activated.connect(lambda _i: self.search())
        self.stage_filter.activated.connect(lambda _i: self.search())
        self.mine.toggled.connect(lambda _on: self.search())
        self.new_button.clicked.connect(self.new_application)
        self.previous_button.clicked.connect(lambda: self._page(-PAGE))
        self.next_button.clicked.connect(lambda: self._page(PAGE))
        self.table.activated.connect(self._open_index)
        self.text.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Another language: the server's names (types, stages, fields) come again in it."""
        if event.type() == QEvent.Type.LanguageChange and self.types:
            self.load_types()
            self._fetch()
            for presenter in self.details.values():
                presenter.load()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Search"))
        self.text_label.setText(self.tr("&Find:"))
        self.text.setPlaceholderText(self.tr("Number, applicant or customer name, phone"))
        self.mine.setText(self.tr("&Mine"))
        self.mine.setToolTip(self.tr("Only applications whose current stage I work"))
        self.search_button.setText(self.tr("&Search"))
        self.new_button.setText(self.tr("&New application…"))
        self.new_button.setToolTip(self.tr("Register a new application (Ctrl+N)"))
        self.previous_button.setText(self.tr("&Previous"))
        self.next_button.setText(self.tr("Ne&xt"))
        self._fill_filters()
        self._show_state()

    # -- filters -------------------------------------------------------------------------------

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        self._refill(self.type_filter, [(self.tr("All types"), None)]
                     + [(str(t["name"]), t["code"]) for t in self.types])
        self._refill(self.status_filter, [(self.tr("Any status"), None)]
                     + [(status_label(s), s) for s in STATUSES])
        code = self.type_filter.currentData()
        stages: dict[str, str] = {}
        for info in self.types:
            if code in (None, info["code"]):
                for stage in info.get("stages") or ():
                    stages.setdefault(str(stage["code"]), str(stage.get("name") or
                                                               stage["code"]))
        self._refill(self.stage_filter, [(self.tr("Any stage"), None)]
                     + [(name, c) for c, name in stages.items()])

    def _type_filter_changed(self) -> None:
        self._fill_filters()
        self.search()

    def criteria(self) -> dict[str, Any]:
        found = {"text": self.text.text().strip(), "type_code": self.type_filter.currentData(),
                 "status": self.status_filter.currentData(),
                 "stage": self.stage_filter.currentData(), "mine": self.mine.isChecked()}
        return {k: v for k, v in found.items() if v not in (None, "")}

    # -- server calls --------------------------------------------------------------------------

    def load_types(self) -> None:
        gateway, tariffs = self.ctx.gateway, self.ctx.can(P.TARIFF_READ)
        self.ctx.runner.submit("applications.types", lambda: _types_with_tariffs(
            gateway, tariffs), self._types_loaded, self._failed)

    def _types_loaded(self, types: list[dict[str, Any]]) -> None:
        self.types = list(types)
        self._fill_filters()
        self.types_loaded.emit()
        for presenter in self.details.values():  # opened before the types were known
            if presenter.application:
                presenter.show(presenter.application)
        if self._pending_register:
            self._pending_register = False
            self.new_application()

    def type_info(self, code: str) -> dict[str, Any]:
        return next((t for t in self.types if t["code"] == code), {"code": code})

    def search(self) -> None:
        self.offset = 0
        self._fetch()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self._fetch()

    def _fetch(self) -> None:
        criteria, page = self.criteria(), {"offset": self.offset, "limit": PAGE}
        gateway = self.ctx.gateway
        self.state.setText(self.tr("Searching…"))
        self.ctx.runner.submit("applications.search", lambda: gateway.call(
            OBJECT_SERVICE, "search_applications", criteria, page), self._found, self._failed)

    def _found(self, result: dict[str, Any]) -> None:
        self.model.set_rows(result["rows"])
        self.total = int(result["total"])
        self._show_state()
        self.loaded.emit()

    def _show_state(self) -> None:
        shown = self.model.rowCount()
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + shown < self.total)
        if not shown:
            self.state.setText(self.tr("No application found."))
            return
        self.state.setText(self.tr("%1–%2 of %3 applications").replace(
            "%1", str(self.offset + 1)).replace("%2", str(self.offset + shown)).replace(
            "%3", str(self.total)))

    def _failed(self, exc: Exception) -> None:
        self._show_state()
        show_error(self, exc)

    # -- details -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_application(int(self.model.row_at(index.row())["id"]))

    def open_from_elsewhere(self, application_id: int) -> None:
        """The opener other modules call (the to-do list): bring this page forward."""
        if self.ctx.show_page is not None:
            self.ctx.show_page("service", self)
        self.open_application(application_id)

    def open_application(self, application_id: int,
                         application: dict[str, Any] | None = None) -> DetailPresenter:
        presenter = self.details.get(application_id)
        if presenter is None:
            view = ApplicationDetail(role_label, self)
            presenter = DetailPresenter(self.ctx, view, application_id, self.type_info)
            presenter.loaded.connect(lambda: self._retitle(presenter))
            presenter.acted.connect(lambda _action: self.search())
            self.details[application_id] = presenter
            self.tabs.addTab(view, str(application_id))
            if application is not None:
                presenter.show(application)
            else:
                presenter.load()
        self.tabs.setCurrentWidget(presenter.view)
        self.detail_opened.emit(presenter)
        return presenter

    def _retitle(self, presenter: DetailPresenter) -> None:
        index = self.tabs.indexOf(presenter.view)
        if index >= 0:
            self.tabs.setTabText(index, str(presenter.application.get("app_no", "")))

    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if index <= 0 or not isinstance(view, ApplicationDetail):
            return
        for aid, presenter in list(self.details.items()):
            if presenter.view is view:
                del self.details[aid]
        self.tabs.removeTab(index)
        view.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.text.setFocus()

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.text.setFocus()
        self.text.selectAll()

    # -- registration --------------------------------------------------------------------------

    def new_application(self) -> RegisterDialog | None:
        if not self.ctx.can(P.APPLICATION_HANDLE):
            return None
        if not self.types:
            self._pending_register = True  # opens when the types arrive
            self.load_types()
            return None
        dialog = RegisterDialog(self.ctx, self.types, self)
        dialog.register_requested.connect(self._register)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        self.register_opened.emit(dialog)
        return dialog

    def _register(self, type_code: str, customer_id: int | None, fields: dict[str, str],
                  note: str) -> None:
        gateway, dialog = self.ctx.gateway, self.dialog
        self.ctx.runner.submit("applications.register", lambda: gateway.call(
            OBJECT_SERVICE, "register_application", type_code, customer_id, fields, note,
            write=True), self._registered, lambda exc: self._register_failed(dialog, exc))

    def _registered(self, application: dict[str, Any]) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.open_application(int(application["id"]), application)
        self.search()
        self.registered.emit(application)

    def _register_failed(self, dialog: RegisterDialog | None, exc: Exception) -> None:
        if dialog is not None and isinstance(exc, UserError):
            dialog.show_problem(exc.message, exc.details.get("field"))
        else:
            if dialog is not None:
                dialog.show_problem("")
            show_error(dialog or self, exc)

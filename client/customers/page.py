"""The Customers module: a search tab and one closable tab per opened customer file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from client.core.context import AppContext
from client.customers.file_view import CustomerFileView
from client.customers.models import search_model
from client.customers.presenter import FilePresenter, SearchPresenter
from client.customers.search_view import SearchView


class CustomersPage(QWidget):
    """Signals:
        file_opened(FilePresenter): a customer file tab was opened (or re-activated).
    """

    file_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search_view = SearchView(search_model(self), self)
        self.search = SearchPresenter(ctx, self.search_view)
        self.files: dict[int, FilePresenter] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customerTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.search_view, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.search_view.open_requested.connect(self.open_customer)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.show_search)
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Search"))

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_view.focus_box()

    def open_customer(self, row: dict[str, Any]) -> FilePresenter:
        cid = int(row["id"])
        presenter = self.files.get(cid)
        if presenter is None:
            view = FilePresenter.make_view(self.ctx)
            presenter = FilePresenter(self.ctx, view, cid)
            presenter.loaded.connect(lambda: self._retitle(presenter))
            self.files[cid] = presenter
            self.tabs.addTab(view, f"{row.get('name', '')} {row.get('account_no', '')}")
            presenter.load()
        self.tabs.setCurrentWidget(presenter.view)
        self.file_opened.emit(presenter)
        return presenter

    def _retitle(self, presenter: FilePresenter) -> None:
        c = presenter.view.customer
        index = self.tabs.indexOf(presenter.view)
        if index >= 0 and c:
            self.tabs.setTabText(index, str(c.get("name", "")))

    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if index <= 0 or not isinstance(view, CustomerFileView):
            return
        for cid, presenter in list(self.files.items()):
            if presenter.view is view:
                del self.files[cid]
        self.tabs.removeTab(index)
        view.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.search_view.focus_box()

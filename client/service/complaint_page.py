"""The Complaints page: the list with filters on the left, the chosen complaint (or the
intake form) on the right. Registers the "complaint" opener of the work platform."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.service.complaint_detail import ComplaintDetailView
from client.service.complaint_form import ComplaintForm
from client.service.complaint_list import ComplaintListView
from client.service.complaint_presenter import ComplaintPresenter


class ComplaintsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self.ctx = ctx
        can_handle = ctx.can(P.COMPLAINT_HANDLE)
        self.listing = ComplaintListView(can_handle, self)
        self.detail = ComplaintDetailView(can_handle, self)
        self.form = ComplaintForm(ctx, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.detail)
        self.stack.addWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.listing)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.presenter = ComplaintPresenter(ctx, self.listing, self.detail, self.form,
                                            self.stack)
        ctx.openers["complaint"] = self.open_complaint
        self.presenter.start()

    def open_complaint(self, complaint_id: int) -> None:
        if self.ctx.show_page is not None:
            self.ctx.show_page("service", self)
        self.presenter.open(complaint_id)

    def retranslate(self) -> None:
        self.listing.retranslate()
        self.detail.retranslate()
        self.form.retranslate()
        self.presenter.start()  # the server names codes in the new language

"""The "Fault repair" page: the open tickets board on the left (time left to arrival or
restoration counting down, refreshed from the server every 30 s, coloured by risk), and on
the right the report intake form (counter clerks, phone) and the chosen ticket.

Keyboard: Ctrl+N new report (the form), Enter on the board opens a ticket, F5 refreshes,
Ctrl+F the board's search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.formats import local_time
from client.core.widgets.table import DataTable
from client.service import fault_models as fm
from client.service.fault_detail import TicketDetail
from client.service.fault_intake_form import IntakeForm
from client.service.fault_presenter import FaultPresenter

REFRESH_MS = 30_000


class FaultRepairPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultRepairPage")
        self.ctx = ctx
        self.board = fm.BoardModel(self)
        self.table = DataTable(self.board, self)
        self.state, self.area_class = QComboBox(self), QComboBox(self)
        self.search = QLineEdit(self)
        self.refresh_button = QPushButton(self)
        self.as_of = QLabel(self)
        self.as_of.setWordWrap(True)
        self.form = IntakeForm(ctx, self) if ctx.can(P.FAULT_HANDLE) else None
        self.detail = TicketDetail(ctx.can(P.FAULT_DISPATCH), self)
        self.side = QTabWidget(self)
        if self.form is not None:
            self.side.addTab(self.form, "")
        self.side.addTab(self.detail, "")
        self.commitments: dict[str, dict[str, int]] = {}
        self._as_of = ""
        self._layout()
        self.presenter = FaultPresenter(ctx, self, self.detail, self.form, self.show_board,
                                        self.criteria)
        self.presenter.ticket_shown.connect(lambda _t: self.side.setCurrentWidget(self.detail))
        self._connect()
        self.retranslate()
        ctx.openers["fault"] = self.open_ticket
        self.presenter.start()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for w in (self.state, self.area_class, self.search, self.refresh_button):
            filters.addWidget(w)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.as_of)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.board.tick)
        self.reload = QTimer(self)
        self.reload.setInterval(REFRESH_MS)
        self.reload.timeout.connect(self.presenter.refresh)
        self.table.activated.connect(self._open_row)
        self.table.clicked.connect(self._open_row)
        self.state.activated.connect(lambda _i: self.presenter.refresh())
        self.area_class.activated.connect(lambda _i: self.presenter.refresh())
        self.search.returnPressed.connect(self.presenter.refresh)
        self.refresh_button.clicked.connect(self.presenter.refresh)
        QShortcut(QKeySequence("F5"), self, self.presenter.refresh)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        if self.form is not None:
            QShortcut(QKeySequence("Ctrl+N"), self, self.new_report)

    def retranslate(self) -> None:
        states = {"active": self.tr("Open tickets"), "restored": self.tr("Restored"),
                  "closed": self.tr("Closed"), "cancelled": self.tr("Cancelled"),
                  "all": self.tr("All tickets")}
        self._fill(self.state, states)
        self._fill(self.area_class, {"": self.tr("All areas"), **fm.area_classes()})
        self.search.setPlaceholderText(self.tr("Ticket place or transformer area (Ctrl+F)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        if self.form is not None:
            self.side.setTabText(self.side.indexOf(self.form), self.tr("New report (Ctrl+N)"))
            self.form.retranslate()
        self.side.setTabText(self.side.indexOf(self.detail), self.tr("Ticket"))
        self.detail.retranslate()
        self.board.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.board.columns) - 1)
        self._show_as_of()

    @staticmethod
    def _fill(combo: QComboBox, labels: dict[str, str]) -> None:
        current = combo.currentData()
        combo.clear()
        for code, text in labels.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    # -- board ---------------------------------------------------------------------------
    def criteria(self) -> dict[str, Any]:
        return {"state": self.state.currentData() or "active",
                "area_class": self.area_class.currentData() or None,
                "text": self.search.text().strip() or None}

    def show_board(self, result: dict[str, Any]) -> None:
        self.board.set_rows(result["rows"])
        finished = self.criteria()["state"] in ("restored", "closed", "cancelled")
        for column in (1, 2):  # time left and the running clock: only while work is open
            self.table.setColumnHidden(column, finished)
        self.commitments = result.get("commitments") or {}
        self._as_of = result.get("as_of") or ""
        self._show_as_of()

    def _show_as_of(self) -> None:
        rules = "  ".join(
            self.tr("%1 %2/%3 min").replace("%1", fm.area_classes().get(c, c))
            .replace("%2", str(m["arrival"])).replace("%3", str(m["restoration"]))
            for c, m in self.commitments.items())
        self.as_of.setText(self.tr("As of %1 · refreshed every 30 s · arrival/restoration: %2")
                           .replace("%1", local_time(self._as_of)).replace("%2", rules))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_ticket(self.board.row_at(index.row())["id"])

    def open_ticket(self, ticket_id: int) -> None:
        """Show a ticket (also the work platform's one-click opener)."""
        if self.ctx.show_page is not None:
            self.ctx.show_page("service", self)
        self.presenter.open_ticket(ticket_id)

    def new_report(self) -> None:
        if self.form is not None:
            self.side.setCurrentWidget(self.form)
            self.form.picker.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # once the page has its width: three fifths for the board
            self._sized = True
            width = max(self.splitter.width(), 1000)
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        self.tick.start()
        self.reload.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.tick.stop()
        self.reload.stop()

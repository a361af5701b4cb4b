"""Cash close (日结): my day's totals per tender type, the counted cash, the final close and its
PDF; for supervisors, every till of their offices on a date with its close report.

CloseView signals:
    day_requested(str): show the day (ISO date) — my till and, for supervisors, all tills.
    close_requested(str, str): close my till today with (counted cash, note); final.
    report_requested(str): the PDF of my day.
    close_report_requested(int): the PDF of one close (supervisors).
ClosePresenter signals:
    loaded(): the day is shown.
    closed(dict): my till was closed.
    report_opened(QDialog): a close report preview opened.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.api import OBJECT_PAYMENTS
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.formats import OFFICE_ZONE
from client.core.widgets.pdf_view import show_pdf
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.payments.counter_models import parse_money

translate = QCoreApplication.translate


def business_today() -> QDate:
    """Today at the office (the server's business dates are Asia/Shanghai days)."""
    today = datetime.now(OFFICE_ZONE).date()
    return QDate(today.year, today.month, today.day)


class CloseView(QWidget):
    day_requested = Signal(str)
    close_requested = Signal(str, str)
    report_requested = Signal(str)
    close_report_requested = Signal(int)

    def __init__(self, tenders: RowsModel, payments: RowsModel, closes: RowsModel,
                 own_till: bool, review: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCloseView")
        self.own_till, self.review = own_till, review
        self.day: dict[str, Any] | None = None
        self.date = QDateEdit(self)
        self.date.setObjectName("closeDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(business_today())
        self.show_button = QPushButton(self)
        self.tenders = DataTable(tenders, self)
        self.tenders.setObjectName("tenderTotals")
        self.payments = DataTable(payments, self)
        self.payments.setObjectName("tillPayments")
        self.closes = DataTable(closes, self)
        self.closes.setObjectName("officeCloses")
        self.summary = QLabel(self)
        self.summary.setObjectName("closeSummary")
        self.summary.setWordWrap(True)
        self.counted = QLineEdit(self)
        self.counted.setObjectName("countedCash")
        self.counted.setMaxLength(13)
        self.note = QLineEdit(self)
        self.note.setObjectName("closeNote")
        self.note.setMaxLength(200)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeTillButton")
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("tillReportButton")
        self.close_report_button = QPushButton(self)
        self.close_report_button.setObjectName("closeReportButton")
        self.confirm: QMessageBox | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date)
        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addWidget(self.date)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.mine = QGroupBox(self)
        mine = QVBoxLayout(self.mine)
        mine.addWidget(self.tenders, 1)
        mine.addWidget(self.summary)
        self.form = QFormLayout()
        self.counted_label, self.note_label = QLabel(self), QLabel(self)
        self.counted_label.setBuddy(self.counted)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.counted_label, self.counted)
        self.form.addRow(self.note_label, self.note)
        mine.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        mine.addLayout(buttons)
        mine.addWidget(self.payments, 2)
        self.office = QGroupBox(self)
        office = QVBoxLayout(self.office)
        office.addWidget(self.closes, 1)
        office.addWidget(self.close_report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.mine, 1)
        row.addWidget(self.office, 1)
        layout.addLayout(row, 1)
        self.mine.setVisible(self.own_till)
        self.office.setVisible(self.review)
        self.show_button.clicked.connect(self.request_day)
        self.date.dateChanged.connect(lambda _d: self.request_day())
        self.close_button.clicked.connect(self._confirm_close)
        self.counted.returnPressed.connect(self._confirm_close)
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.iso_date()))
        self.close_report_button.clicked.connect(self._close_report)
        self.closes.selectionModel().selectionChanged.connect(self._close_selected)
        self._close_selected()

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("Business &date:"))
        self.show_button.setText(self.tr("&Show"))
        self.mine.setTitle(self.tr("My till"))
        self.office.setTitle(self.tr("All tills of my offices"))
        self.counted_label.setText(self.tr("&Cash counted:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.close_button.setText(self.tr("Close &till…"))
        self.report_button.setText(self.tr("&Print day report"))
        self.close_report_button.setText(self.tr("Print selected &close"))
        self.counted.setPlaceholderText(self.tr("the cash in the drawer, e.g. 1520.00"))
        self._show_summary()

    def iso_date(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def request_day(self) -> None:
        self.day_requested.emit(self.iso_date())

    # -- state from the presenter ------------------------------------------------------------

    def show_day(self, day: dict[str, Any] | None) -> None:
        self.day = day
        closed = day is None or day.get("closed") is not None
        today = self.date.date() == business_today()
        for w in (self.counted, self.note, self.close_button):
            w.setEnabled(self.own_till and today and not closed)
        self._show_summary()

    def _show_summary(self) -> None:
        d = self.day
        if d is None:
            self.summary.setText("")
            return
        totals = d["totals"]
        text = self.tr("%1 payments, %2 reversals, net %3. Cash expected in the till: %4.") \
            .replace("%1", str(totals["payment_count"])) \
            .replace("%2", str(totals["reversal_count"])) \
            .replace("%3", totals["net_total"]).replace("%4", d["expected_cash"])
        close = d.get("closed")
        if close:
            text += " " + self.tr("Closed: counted %1, difference %2.") \
                .replace("%1", close["counted_cash"]).replace("%2", close["difference"])
        self.summary.setText(text)

    def _confirm_close(self) -> None:
        if self.day is None or not self.close_button.isEnabled():
            return
        counted = parse_money(self.counted.text())
        if counted is None and self.counted.text().strip() not in ("0", "0.00"):
            self.summary.setText(self.tr("Enter the cash counted as a number like 1520.00."))
            self.counted.setFocus()
            return
        value = str(counted) if counted is not None else "0.00"
        note = self.note.text().strip()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close till"),
                          self.tr("Close your till for %1 with %2 counted (expected %3)? "
                                  "A close is final: no more payments today.")
                          .replace("%1", self.iso_date()).replace("%2", value)
                          .replace("%3", self.day["expected_cash"]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("closeConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.close_requested.emit(value, note))
        self.confirm = box
        box.open()

    def _selected_close(self) -> dict[str, Any] | None:
        index = self.closes.currentIndex()
        model = self.closes.model()
        if not index.isValid() or not isinstance(model, RowsModel):
            return None
        return model.row_at(index.row())

    def _close_selected(self, *_args: Any) -> None:
        row = self._selected_close()
        self.close_report_button.setEnabled(row is not None and row.get("close_id") is not None)

    def _close_report(self) -> None:
        row = self._selected_close()
        if row is not None and row.get("close_id") is not None:
            self.close_report_requested.emit(int(row["close_id"]))


class ClosePresenter(QObject):
    loaded = Signal()
    closed = Signal(dict)
    report_opened = Signal(object)

    def __init__(self, ctx: AppContext, view: CloseView) -> None:
        super().__init__(view)
        self.ctx, self.view = ctx, view
        view.day_requested.connect(self.load)
        view.close_requested.connect(self.close_till)
        view.report_requested.connect(self.till_report)
        view.close_report_requested.connect(self.close_report)

    def load(self, day: str) -> None:
        gateway, view = self.ctx.gateway, self.view

        def fetch() -> dict[str, Any]:
            mine = gateway.call(OBJECT_PAYMENTS, "till", day) if view.own_till else None
            everyone = gateway.call(OBJECT_PAYMENTS, "closes", day) if view.review else None
            return {"mine": mine, "all": everyone}

        self.ctx.runner.submit("payments.close.day", fetch, self._show, self._failed)

    def _show(self, result: dict[str, Any]) -> None:
        mine = result["mine"]
        tenders = self.view.tenders.model()
        payments = self.view.payments.model()
        closes = self.view.closes.model()
        assert isinstance(tenders, RowsModel) and isinstance(payments, RowsModel)
        assert isinstance(closes, RowsModel)
        if mine is not None:
            tenders.set_rows(mine["tenders"] + ([mine["totals"]] if mine["tenders"] else []))
            payments.set_rows(mine["payments"])
        closes.set_rows(result["all"]["rows"] if result["all"] else [])
        self.view.show_day(mine)
        self.loaded.emit()

    def close_till(self, counted: str, note: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.close",
                               lambda: gateway.call(OBJECT_PAYMENTS, "close_till", counted,
                                                    note, write=True),
                               self._closed, self._failed)

    def _closed(self, close: dict[str, Any]) -> None:
        self.closed.emit(close)
        self.view.request_day()
        self.till_report(close["business_date"])

    def till_report(self, day: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.close.pdf",
                               lambda: gateway.call(OBJECT_PAYMENTS, "till_report", day),
                               self._open, self._failed)

    def close_report(self, close_id: int) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("payments.close.pdf",
                               lambda: gateway.call(OBJECT_PAYMENTS, "close_report", close_id),
                               self._open, self._failed)

    def _open(self, result: dict[str, Any]) -> None:
        dialog = show_pdf(self.view, translate("ClosePresenter", "Cash close report"), result)
        self.report_opened.emit(dialog)

    def _failed(self, exc: Exception) -> None:
        show_error(self.view, exc)

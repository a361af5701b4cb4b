"""The "Billing runs" page: the reading books of one's offices for a period, starting a run
(after a confirmation), its progress, and its result with the points it could not bill.

No server calls: the view emits intents; the presenter calls the server and feeds it.

Signals:
    period_changed(str): the period chosen ("YYYY-MM").
    refresh_requested(): reload the books.
    book_selected(dict): the book row chosen in the table.
    start_confirmed(dict): the user confirmed starting the run of this book.
    restart_requested(dict): restart the failed run of this book.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client.billing.run_models import plan_status, run_status
from client.core.widgets.rows_model import ROW_ROLE, RowsModel
from client.core.widgets.table import DataTable

STARTABLE_PLANS = ("validated", "billing", "billed")
RUN_BUSY = ("queued", "running")


def recent_periods(year: int, month: int, count: int = 12) -> list[str]:
    """This month and the ones before it, newest first ("YYYY-MM")."""
    periods = []
    for n in range(count):
        index = year * 12 + month - 1 - n
        periods.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
    return periods


class RunsView(QWidget):
    period_changed = Signal(str)
    refresh_requested = Signal()
    book_selected = Signal(dict)
    start_confirmed = Signal(dict)
    restart_requested = Signal(dict)

    def __init__(self, books: RowsModel, errors: RowsModel, periods: list[str], can_run: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingRunsView")
        self.can_run = can_run
        self.book: dict[str, Any] | None = None
        self.run: dict[str, Any] | None = None
        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setObjectName("runPeriod")
        self.period.addItems(periods)
        self.period_label.setBuddy(self.period)
        self.period.currentTextChanged.connect(self.period_changed.emit)
        self.refresh = QPushButton(self)
        self.refresh.setObjectName("runRefresh")
        self.refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh.clicked.connect(self.refresh_requested.emit)
        self.start = QPushButton(self)
        self.start.setObjectName("runStart")
        self.start.clicked.connect(self.confirm_start)
        self.restart = QPushButton(self)
        self.restart.setObjectName("runRestart")
        self.restart.clicked.connect(lambda: self.book and self.restart_requested.emit(self.book))
        self.start.setVisible(can_run)
        self.restart.setVisible(can_run)
        self.table = DataTable(books, self)
        self.table.setObjectName("runBooks")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.confirm_start())
        self.progress_box = QGroupBox(self)
        self.state = QLabel(self.progress_box)
        self.state.setObjectName("runState")
        self.state.setWordWrap(True)
        self.bar = QProgressBar(self.progress_box)
        self.bar.setObjectName("runProgress")
        self.summary = QLabel(self.progress_box)
        self.summary.setObjectName("runSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label = QLabel(self.progress_box)
        self.errors = DataTable(errors, self.progress_box)
        self.errors.setObjectName("runErrors")
        self._layout()
        self.retranslate()
        self.show_book(None)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.refresh)
        bar.addStretch(1)
        bar.addWidget(self.start)
        bar.addWidget(self.restart)
        box = QVBoxLayout(self.progress_box)
        box.addWidget(self.state)
        box.addWidget(self.bar)
        box.addWidget(self.summary)
        box.addWidget(self.errors_label)
        box.addWidget(self.errors, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.progress_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.setTabOrder(self.period, self.refresh)
        self.setTabOrder(self.refresh, self.start)
        self.setTabOrder(self.start, self.restart)
        self.setTabOrder(self.restart, self.table)
        self.setTabOrder(self.table, self.errors)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.refresh.setText(self.tr("&Refresh"))
        self.start.setText(self.tr("&Start run…"))
        self.restart.setText(self.tr("Re&start failed run"))
        self.progress_box.setTitle(self.tr("Run"))
        self.errors_label.setText(self.tr("Points not billed:"))
        self.show_book(self.book)
        if self.run is not None:
            self.show_run(self.run)

    # -- feeding ---------------------------------------------------------------------------

    def select_book(self, book_id: int | None) -> None:
        model = self.table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ROW_ROLE).get("book_id") == book_id:
                self.table.selectRow(row)
                return
        self.show_book(None)

    def show_book(self, book: dict[str, Any] | None) -> None:
        self.book = book
        run = (book or {}).get("run") or {}
        busy = run.get("status") in RUN_BUSY
        self.start.setEnabled(book is not None and not busy
                              and book.get("plan_status") in STARTABLE_PLANS)
        self.restart.setEnabled(run.get("status") == "failed")
        if book is None:
            self.state.setText(self.tr("Choose a reading book."))
            self.bar.setValue(0)
            self.summary.clear()
            self.run = None
            return
        if run:
            self.show_run(run)
            return
        if not run:
            self.run = None
            self.state.setText(self.tr("{code} {name}: readings {plan}; not billed yet.").format(
                code=book.get("book_code", ""), name=book.get("book_name", ""),
                plan=plan_status(book.get("plan_status"))))
            self.bar.setValue(0)
            self.summary.clear()

    def show_progress(self, job: dict[str, Any]) -> None:
        total, done = int(job.get("total") or 0), int(job.get("done") or 0)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.state.setText(self.tr("Run {status}: {done} of {total} points").format(
            status=run_status(job.get("status")), done=f"{done:,}", total=f"{total:,}"))

    def show_run(self, run: dict[str, Any]) -> None:
        self.run = run
        job = run.get("job") or {}
        if job:
            self.show_progress(job)
        status = run.get("status")
        if status == "done":
            self.bar.setMaximum(1)
            self.bar.setValue(1)
            self.state.setText(self.tr("Run done for {period}.").format(
                period=run.get("period", "")))
        elif status == "failed":
            self.state.setText(self.tr("Run failed: {message}").format(
                message=job.get("message", "")))
        errors = run.get("errors")
        count = len(errors) if isinstance(errors, list) else int(errors or 0)
        self.summary.setText(self.tr(
            "Bills: {bills}   released: {released}   held for review: {review}   "
            "total: {total} yuan   points not billed: {errors}").format(
            bills=run.get("bills", 0), released=run.get("released", 0),
            review=run.get("review", 0), total=run.get("total", "0.00"), errors=count))

    # -- intents ---------------------------------------------------------------------------

    def confirm_start(self) -> None:
        book = self.book
        if book is None or not self.start.isEnabled() or not self.can_run:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start billing run"),
                          self.tr("Bill reading book {code} ({points} points) for {period}?\n"
                                  "Normal bills are released to the ledger at once; abnormal "
                                  "ones wait for review.").format(
                              code=book.get("book_code", ""), points=book.get("points", 0),
                              period=self.period.currentText()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmStartRun")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.clicked.connect(lambda: self.start_confirmed.emit(book))
        box.open()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        book = indexes[0].data(ROW_ROLE) if indexes else None
        self.show_book(book)
        if book is not None:
            self.book_selected.emit(book)

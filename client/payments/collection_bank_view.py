"""The "Bank files" page: pick a bank, export its withholding file (saved where the user
says), import the bank's result file, and read the reconciliation: what was asked, paid,
failed (with the bank's reasons) and posted. Agreements of the bank are listed with the
account numbers masked. The view shows and emits intents; the presenter calls the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core.widgets.rows_model import Row
from client.core.widgets.table import DataTable
from client.payments import collection_models as M

FIGURES = ("batch", "asked", "paid", "failed", "unanswered", "posted", "balanced", "import")


class BankFilesView(QWidget):
    """Signals:
    bank_changed(str): another bank was picked (its agreements are listed).
    export_requested(str): make the withholding file of this bank.
    import_requested(str): import the result file at this path.
    file_requested(int): save a batch's file again.
    batch_selected(int): show the reconciliation of this batch.
    """

    bank_changed = Signal(str)
    export_requested = Signal(str)
    import_requested = Signal(str)
    file_requested = Signal(int)
    batch_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankFilesView")
        self.banks: list[dict[str, Any]] = []
        self.last_import: dict[int, dict[str, Any]] = {}  # batch id -> its last import
        self.bank = QComboBox(self)
        self.bank.setMinimumContentsLength(22)
        self.bank_label = QLabel(self)
        self.bank_label.setBuddy(self.bank)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.file_button = QPushButton(self)
        self.state = QLabel(self)
        self.batches = M.batches_model(self)
        self.batch_table = DataTable(self.batches, self)
        self.agreements = M.agreements_model(self)
        self.agreement_table = DataTable(self.agreements, self)
        self.failures = M.failures_model(self)
        self.failure_table = DataTable(self.failures, self)
        self.report = QGroupBox(self)
        self.report.setObjectName("reconciliation")
        self.figure_labels = {k: (QLabel(self.report), QLabel("—", self.report))
                              for k in FIGURES}
        self.failures_label = QLabel(self.report)
        self.tabs = QTabWidget(self)
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.bank_label, self.bank, self.export_button, self.import_button,
                       self.file_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.state)
        grid = QGridLayout()
        for i, key in enumerate(FIGURES):
            name, value = self.figure_labels[key]
            value.setObjectName(f"bank_{key}")
            value.setStyleSheet("font-weight: 600;")
            row, col = divmod(i, 2)
            grid.addWidget(name, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        report = QVBoxLayout(self.report)
        report.addLayout(grid)
        report.addWidget(self.failures_label)
        report.addWidget(self.failure_table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.batch_table)
        split.addWidget(self.report)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.agreement_table, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.bank.currentIndexChanged.connect(
            lambda _i: self.bank_changed.emit(self.bank_code()))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.bank_code()))
        self.import_button.clicked.connect(self._ask_import)
        self.file_button.clicked.connect(self._file)
        self.batch_table.selectionModel().selectionChanged.connect(self._batch_changed)

    def retranslate(self) -> None:
        self.bank_label.setText(self.tr("&Bank:"))
        self.export_button.setText(self.tr("&Export withholding file…"))
        self.import_button.setText(self.tr("&Import result file…"))
        self.file_button.setText(self.tr("&Save batch file again…"))
        self.tabs.setTabText(0, self.tr("Batches and reconciliation"))
        self.tabs.setTabText(1, self.tr("Agreements"))
        self.report.setTitle(self.tr("Reconciliation"))
        titles = {"batch": self.tr("Batch"), "asked": self.tr("Asked of the bank"),
                  "paid": self.tr("Paid by the bank"), "failed": self.tr("Failed"),
                  "unanswered": self.tr("No answer yet"), "posted": self.tr("Posted"),
                  "balanced": self.tr("Bank total = posted"),
                  "import": self.tr("Last import")}
        for key, (name, _value) in self.figure_labels.items():
            name.setText(titles[key])
        self.failures_label.setText(self.tr("Failed lines (the bank's reasons):"))
        self.show_banks(self.banks)

    # -- intents -----------------------------------------------------------------------

    def bank_code(self) -> str:
        return str(self.bank.currentData() or "")

    def selected_batch(self) -> Row | None:
        rows = self.batch_table.selectionModel().selectedRows()
        return self.batches.row_at(rows[0].row()) if rows else None

    def _batch_changed(self) -> None:
        row = self.selected_batch()
        self.file_button.setEnabled(row is not None)
        if row is not None:
            self.batch_selected.emit(int(row["id"]))

    def _file(self) -> None:
        row = self.selected_batch()
        if row is not None:
            self.file_requested.emit(int(row["id"]))

    def _ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the bank's result file"), "",
            self.tr("Withholding result files (*.txt);;All files (*)"))
        if path:
            self.import_requested.emit(path)

    def ask_save_path(self, filename: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the withholding file"), filename,
            self.tr("Withholding files (*.txt)"))
        return path

    # -- showing -----------------------------------------------------------------------

    def show_banks(self, banks: list[dict[str, Any]]) -> None:
        self.banks = banks
        current = self.bank_code()
        self.bank.blockSignals(True)
        self.bank.clear()
        for b in banks:
            self.bank.addItem(self.tr("{name} ({count} agreements)").format(
                name=b["name"], count=b["agreements"]), b["code"])
        index = self.bank.findData(current)
        self.bank.setCurrentIndex(index if index >= 0 else 0)
        self.bank.blockSignals(False)

    def show_batches(self, rows: list[Row], select_id: int | None = None) -> None:
        self.batches.set_rows(rows)
        for i, row in enumerate(rows):
            if row["id"] == select_id:
                self.batch_table.selectRow(i)
        self.file_button.setEnabled(self.selected_batch() is not None)

    def show_reconciliation(self, report: dict[str, Any]) -> None:
        b, s = report["batch"], report["summary"]
        if "new_lines" in report:
            self.last_import[int(b["id"])] = report
        last = self.last_import.get(int(b["id"]))
        values = {
            "batch": f"{b['batch_no']} · {b['bank_name']} · {b['business_date']}",
            "asked": self._lines(b["line_count"], b["total"]),
            "paid": self._lines(s["paid_count"], s["paid_total"]),
            "failed": self._lines(s["failed_count"], s["failed_total"]),
            "unanswered": self._lines(s["unanswered_count"], s["unanswered_total"]),
            "posted": self.tr("{amount} (payments: {n})").format(
                n=s["posted_count"], amount=M.money(s["posted_total"])),
            "balanced": self.tr("yes") if s["balanced"] else self.tr("NO — check the ledger"),
            "import": self.tr("new lines: {new}, already imported: {repeated}, posted now: "
                              "{amount} (payments: {n})").format(
                new=last["new_lines"], repeated=last["repeated_lines"],
                n=last["posted_now_count"], amount=M.money(last["posted_now_total"]))
            if last else "—",
        }
        for key, text in values.items():
            self.figure_labels[key][1].setText(text)
        self.failures.set_rows(report["failures"])

    def _lines(self, count: int, amount: str) -> str:
        return self.tr("{amount} (lines: {n})").format(n=count, amount=M.money(amount))

"""Dialogs of the bill pages: one bill with its lines and their explanations (and the printed
bill), and a correction request that shows the difference before it is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import api as contract
from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.core.widgets.rows_model import Column, RowsModel
from client.core.widgets.table import DataTable

BILLING = contract.OBJECT_BILLING


def zh(ctx: AppContext) -> bool:
    return str(ctx.settings.value("language", "")).startswith("zh")


REGISTERS = {"total": QT_TRANSLATE_NOOP("Registers", "total"),
             "critical_peak": QT_TRANSLATE_NOOP("Registers", "critical peak"),
             "peak": QT_TRANSLATE_NOOP("Registers", "peak"),
             "flat": QT_TRANSLATE_NOOP("Registers", "flat"),
             "valley": QT_TRANSLATE_NOOP("Registers", "valley"),
             "deep_valley": QT_TRANSLATE_NOOP("Registers", "deep valley"),
             "reactive": QT_TRANSLATE_NOOP("Registers", "reactive (kvarh)")}


def register_name(register: str) -> str:
    return QCoreApplication.translate("Registers", str(REGISTERS.get(register, register)))


def _title(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("BillDialog", source)


# Column titles (called through _title at paint time), listed for the catalogue.
_TITLES = (QT_TRANSLATE_NOOP("BillDialog", "Item"), QT_TRANSLATE_NOOP("BillDialog", "Quantity"),
           QT_TRANSLATE_NOOP("BillDialog", "Unit price"),
           QT_TRANSLATE_NOOP("BillDialog", "Amount (yuan)"),
           QT_TRANSLATE_NOOP("BillDialog", "How computed"))


def line_model(parent: QWidget, chinese: bool) -> RowsModel:
    return RowsModel([
        Column("label", _title("Item"),
               lambda r: str(r.get("label_zh") if chinese else r.get("label"))),
        Column("quantity", _title("Quantity"),
               lambda r: f"{r.get('quantity', '')} {r.get('unit', '')}", align_right=True),
        Column("unit_price", _title("Unit price"), align_right=True),
        Column("amount", _title("Amount (yuan)"), align_right=True),
        Column("short", _title("How computed")),
    ], parent)


class BillDialog(QDialog):
    """One bill: who and what for, its lines (recomputed with explanations), the selected
    line's explanation, Print bill and (with the right) Request correction.

    Signals:
        loaded(): the bill and its explanation are shown.
        pdf_shown(QDialog): the printed bill's preview opened.
        correction_opened(QDialog): the correction dialog opened.
    """

    loaded = Signal()
    pdf_shown = Signal(object)
    correction_opened = Signal(object)

    def __init__(self, ctx: AppContext, bill_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billDialog")
        self.ctx, self.bill_id = ctx, bill_id
        self.bill: dict[str, Any] = {}
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.hide()
        self.model = line_model(self, zh(ctx))
        self.table = DataTable(self.model, self)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setReadOnly(True)
        self.explanation.setMaximumHeight(110)
        self.print_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.correct_button.setVisible(ctx.can(P.BILL_CORRECT))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_bill)
        self.correct_button.clicked.connect(self.open_correction)
        self.table.selectionModel().selectionChanged.connect(self._line_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        self.explain_title = QLabel(self)
        layout.addWidget(self.explain_title)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bill %1").replace("%1", str(self.bill_id)))
        self.print_button.setText(self.tr("&Print bill"))
        self.correct_button.setText(self.tr("Request &correction…"))
        self.explain_title.setText(self.tr("How the selected line was computed:"))
        if self.bill:
            self._show_header()

    def load(self) -> None:
        gateway, bid = self.ctx.gateway, self.bill_id
        self.ctx.runner.submit(
            f"bills.dialog.{bid}",
            lambda: (gateway.call(BILLING, "get_bill", bid),
                     gateway.call(BILLING, "explain_bill", bid)),
            self._show, lambda exc: show_error(self, exc))

    def _show(self, result: tuple[dict[str, Any], dict[str, Any]]) -> None:
        self.bill, explained = result
        self._show_header()
        self.model.set_rows(explained["lines"])
        self.warning.setText(explained["problem"])
        self.warning.setVisible(not explained["matches"])
        if self.model.rowCount():
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_header(self) -> None:
        b, p = self.bill["bill"], self.bill["party"]
        rows = [(self.tr("Customer"), f"{p['name']} ({p['account_no']})"),
                (self.tr("Address"), p["address"]),
                (self.tr("Period"), b["period"]),
                (self.tr("Status"), QCoreApplication.translate("BillPages", b["status"])
                 + (f" — {b['review_reason']}" if b["review_reason"] else "")),
                (self.tr("Energy (kWh)"), b["energy_kwh"]),
                (self.tr("Amount (yuan)"), b["amount"]),
                (self.tr("Previous balance"), self.bill["previous_balance"]),
                (self.tr("Amount due"), self.bill["amount_due"]),
                (self.tr("Due date"), b["due_on"])]
        readings = "; ".join(
            f"{register_name(r['register'])}: {r['previous']} → {r['current']} × "
            f"{r['multiplier']} = {r['energy']}" if r["previous"] is not None
            else f"{register_name(r['register'])}: {r['energy']}"
            for r in self.bill["readings"])
        rows.append((self.tr("Readings"), readings))
        self.header.setText("<table>" + "".join(
            f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>")

    def _line_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        line = self.model.row_at(rows[0].row())
        e = line.get("explanation") or {}
        parts = [f"{line.get('code')}: {line.get('short', '')}", e.get("rule", "")]
        if e.get("inputs"):
            parts.append(self.tr("Inputs:") + " " + ", ".join(f"{k}={v}"
                                                         for k, v in e["inputs"].items()))
        if e.get("table_row"):
            parts.append(self.tr("Table row:") + " " + e["table_row"])
        if e.get("rounding"):
            parts.append(self.tr("Rounding:") + " " + e["rounding"])
        if "old_amount" in line:
            parts.append(self.tr("Difference: %1 − %2").replace("%1", line["new_amount"])
                         .replace("%2", line["old_amount"]))
        self.explanation.setPlainText("\n".join(p for p in parts if p))

    def print_bill(self) -> None:
        gateway, bid = self.ctx.gateway, self.bill_id
        self.ctx.runner.submit(f"bills.pdf.{bid}",
                               lambda: gateway.call(BILLING, "bill_pdf", bid),
                               self._pdf, lambda exc: show_error(self, exc))

    def _pdf(self, result: dict[str, Any]) -> None:
        dialog = show_pdf(self, self.tr("Bill %1").replace("%1", str(self.bill_id)), result)
        self.pdf_shown.emit(dialog)

    def open_correction(self) -> None:
        if not self.bill:
            return
        dialog = CorrectionDialog(self.ctx, self.bill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.correction_opened.emit(dialog)


KINDS = ("rebill", "backbill", "refund")


class CorrectionDialog(QDialog):
    """Request a correction of a released bill: the server rates it and shows the difference
    per line before anything is sent; Submit sends exactly what was shown.

    Signals:
        previewed(): the difference is shown.
        submitted(dict): the request was recorded (waits for a second person).
    """

    previewed = Signal()
    submitted = Signal(dict)

    def __init__(self, ctx: AppContext, bill: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.ctx, self.bill = ctx, bill
        self.shown_changes: dict[str, Any] | None = None
        segment = max((r["segment"] for r in bill["readings"]), default=1)
        self.segment = segment  # the server corrects the last segment by default too
        self.kind = QComboBox(self)
        # One row per register of the segment: readings as two fields, energies as one.
        self.reading_edits: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.energy_edits: dict[str, QLineEdit] = {}
        self.register_rows: list[tuple[QLabel, str]] = []
        self.form = QFormLayout()
        self.kind_label = QLabel(self)
        self.form.addRow(self.kind_label, self.kind)
        for r in (r for r in bill["readings"] if r["segment"] == segment):
            label, row = QLabel(self), QHBoxLayout()
            if r["previous"] is not None:
                edits = (QLineEdit(str(r["previous"]), self), QLineEdit(str(r["current"]), self))
                self.reading_edits[r["register"]] = edits
                row.addWidget(edits[0])
                row.addWidget(QLabel("→", self))
                row.addWidget(edits[1])
            else:
                edit = QLineEdit(str(r["energy"]), self)
                self.energy_edits[r["register"]] = edit
                row.addWidget(edit)
            self.register_rows.append((label, r["register"]))
            self.form.addRow(label, row)
        self.energy = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.energy_label, self.reason_label = QLabel(self), QLabel(self)
        self.form.addRow(self.energy_label, self.energy)
        self.form.addRow(self.reason_label, self.reason)
        self.model = RowsModel([
            Column("label", lambda: self.tr("Item"),
                   lambda r: str(r.get("label_zh") if zh(ctx) else r.get("label"))),
            Column("old_amount", lambda: self.tr("Billed"), align_right=True),
            Column("new_amount", lambda: self.tr("Corrected"), align_right=True),
            Column("amount", lambda: self.tr("Difference"), align_right=True)], self)
        self.table = DataTable(self.model, self)
        self.total = QLabel(self)
        self.preview_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.submit_button.clicked.connect(self.submit)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in [*self._register_edits(), self.energy]:
            edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.retranslate()
        self._kind_changed()

    def retranslate(self) -> None:
        b = self.bill["bill"]
        self.setWindowTitle(self.tr("Correction of bill %1 (%2)").replace("%1", str(b["id"]))
                            .replace("%2", b["period"]))
        names = (self.tr("Rebill with corrected readings"),
                 self.tr("Back-billing: energy not billed"),
                 self.tr("Refund: energy billed too much"))
        index = max(0, self.kind.currentIndex())
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems(list(names))
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("Kind"))
        for label, register in self.register_rows:
            kind = (self.tr("reading: previous → current") if register in self.reading_edits
                    else self.tr("energy (kWh)"))
            label.setText(f"{register_name(register)} ({kind})")
        self.energy_label.setText(self.tr("Energy to add or refund (kWh)"))
        self.reason_label.setText(self.tr("Reason"))
        self.preview_button.setText(self.tr("Show &difference"))
        self.submit_button.setText(self.tr("&Submit for approval"))

    def _register_edits(self) -> list[QLineEdit]:
        return [e for pair in self.reading_edits.values() for e in pair] + list(
            self.energy_edits.values())

    def _kind_changed(self) -> None:
        rebill = self.kind.currentIndex() == 0
        for widget in self._register_edits():
            widget.setEnabled(rebill)
        self.energy.setEnabled(not rebill)
        self._changed()

    def _changed(self) -> None:
        self.submit_button.setEnabled(False)  # send only what was previewed
        self.shown_changes = None

    def changes(self) -> tuple[str, dict[str, Any]]:
        kind = KINDS[max(0, self.kind.currentIndex())]
        if kind == "rebill":
            changes: dict[str, Any] = {"segment": self.segment}
            if self.reading_edits:
                changes["readings"] = {name: {"previous": a.text().strip(),
                                              "current": b.text().strip()}
                                       for name, (a, b) in self.reading_edits.items()}
            if self.energy_edits:
                changes["energies"] = {name: e.text().strip()
                                       for name, e in self.energy_edits.items()}
            return kind, changes
        return kind, {"segment": self.segment, "energy_kwh": self.energy.text().strip()}

    def preview(self) -> None:
        kind, changes = self.changes()
        gateway, bid = self.ctx.gateway, self.bill["bill"]["id"]
        self.ctx.runner.submit(
            f"bills.correction.preview.{bid}",
            lambda: gateway.call(BILLING, "preview_correction", bid, kind, changes),
            lambda result: self._previewed(changes, result), self._failed)

    def _previewed(self, changes: dict[str, Any], result: dict[str, Any]) -> None:
        self.model.set_rows(result["lines"])
        self.total.setText(self.tr("Billed %1 → corrected %2: difference %3 yuan")
                           .replace("%1", result["old_total"])
                           .replace("%2", result["new_total"])
                           .replace("%3", result["difference"]))
        self.shown_changes = changes
        self.submit_button.setEnabled(True)
        self.previewed.emit()

    def _failed(self, exc: Exception) -> None:
        self.model.set_rows([])
        self.total.setText("")
        show_error(self, exc)

    def submit(self) -> None:
        if self.shown_changes is None:
            return
        kind, changes = KINDS[max(0, self.kind.currentIndex())], self.shown_changes
        gateway, bid, reason = self.ctx.gateway, self.bill["bill"]["id"], self.reason.text()
        self.ctx.runner.submit(
            f"bills.correction.request.{bid}",
            lambda: gateway.call(BILLING, "request_correction", bid, kind, changes, reason,
                                 write=True),
            self._submitted, lambda exc: show_error(self, exc))

    def _submitted(self, result: dict[str, Any]) -> None:
        self.submitted.emit(result)
        self.accept()

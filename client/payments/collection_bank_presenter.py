"""Intents of the "Bank files" page -> server calls -> files on disk and the view."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.payments import collection_models as M
from client.payments.collection_bank_view import BankFilesView

KEY = "collection.bank"
translate = QCoreApplication.translate
MAX_FILE_BYTES = 16 * 1024 * 1024  # the server refuses larger files anyway


class BankFilesPresenter(QObject):
    """Signals:
    loaded(): banks and batches are shown.
    exported(dict, str): a batch was exported and saved (answer, path).
    export_failed(): the export was refused (e.g. nobody owes); the error is shown.
    imported(dict): a result file was imported (the reconciliation report).
    """

    loaded = Signal()
    exported = Signal(dict, str)
    export_failed = Signal()
    imported = Signal(dict)
    reconciled = Signal(dict)

    def __init__(self, ctx: AppContext, view: BankFilesView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.bank_changed.connect(self.load_agreements)
        view.export_requested.connect(self.export)
        view.import_requested.connect(self.import_file)
        view.file_requested.connect(self.save_again)
        view.batch_selected.connect(self.reconcile)

    def call(self, method: str, *args: Any, write: bool = False) -> Any:
        return self.ctx.gateway.call(contract.OBJECT_PAYMENTS, method, *args, write=write)

    def _error(self, exc: Exception) -> None:
        self.view.state.setText("")
        show_error(self.view, exc)

    def start(self, select_id: int | None = None) -> None:
        def fetch() -> tuple[Any, Any]:
            return self.call("banks"), self.call("bank_batches", {"limit": 100})

        self.ctx.runner.submit(KEY, fetch, lambda r: self._loaded(r, select_id), self._error)

    def _loaded(self, result: tuple[Any, Any], select_id: int | None) -> None:
        banks, batches = result
        self.view.show_banks(banks)
        self.view.show_batches(batches["rows"], select_id)
        self.load_agreements(self.view.bank_code())
        self.loaded.emit()

    def load_agreements(self, bank_code: str) -> None:
        if bank_code:
            self.ctx.runner.submit(
                f"{KEY}.agreements",
                lambda: self.call("bank_agreements", bank_code, {"limit": 200}),
                lambda r: self.view.agreements.set_rows(r["rows"]),
                self._error,
            )

    def export(self, bank_code: str) -> None:
        self.view.state.setText(translate("BankFilesPresenter", "Exporting…"))
        self.ctx.runner.submit(
            f"{KEY}.export",
            lambda: self.call("bank_export", bank_code, write=True),
            self._exported,
            self._export_refused,
        )

    def _export_refused(self, exc: Exception) -> None:
        self._error(exc)
        self.export_failed.emit()

    def _exported(self, result: dict[str, Any]) -> None:
        path = self._save(result)
        self.view.state.setText(
            translate("BankFilesPresenter", "Batch {batch}: {total} (lines: {n})").format(
                batch=result["batch"]["batch_no"],
                n=result["batch"]["line_count"],
                total=M.money(result["batch"]["total"]),
            )
        )
        self.exported.emit(result, path)
        self.start(result["batch"]["id"])

    def _save(self, result: dict[str, Any]) -> str:
        path = self.view.ask_save_path(str(result["filename"]))
        if path:
            Path(path).write_bytes(base64.b64decode(result["content_base64"]))
        return path

    def save_again(self, batch_id: int) -> None:
        def saved(result: dict[str, Any]) -> None:
            self._save(result)

        self.ctx.runner.submit(
            f"{KEY}.file", lambda: self.call("bank_file", batch_id), saved, self._error
        )

    def import_file(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()[: MAX_FILE_BYTES + 1]
        except OSError as exc:
            show_error(self.view, exc)
            return
        content = base64.b64encode(data).decode("ascii")
        self.view.state.setText(translate("BankFilesPresenter", "Importing…"))
        self.ctx.runner.submit(
            f"{KEY}.import",
            lambda: self.call("bank_import", content, write=True),
            self._imported,
            self._error,
        )

    def _imported(self, report: dict[str, Any]) -> None:
        self.view.state.setText("")
        self.view.show_reconciliation(report)
        self.imported.emit(report)
        self.start(report["batch"]["id"])

    def reconcile(self, batch_id: int) -> None:
        self.ctx.runner.submit(
            f"{KEY}.reconcile",
            lambda: self.call("bank_reconciliation", batch_id),
            self._reconciled,
            self._error,
        )

    def _reconciled(self, report: dict[str, Any]) -> None:
        self.view.show_reconciliation(report)
        self.reconciled.emit(report)

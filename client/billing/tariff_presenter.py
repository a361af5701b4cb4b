"""Intents of the "Tariffs" page -> task runner -> model and view.

File dialogs and the reason prompt are opened window-modal with ``open()`` (never
``exec()``), so the event loop, the tests and the scripted tour go on; ``import_text`` and
``export_to`` are what the dialogs call, and tests call them directly.

Signals:
    loaded(): the list is shown.
    shown(dict): a version's detail is shown.
    changed(dict): a write succeeded (the version as the server returned it).
    dialog_opened(QDialog): the TOML editor or the reason prompt opened.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from appserver.contract import api as contract
from appserver.contract.errors import UserError
from client.billing.tariff_editor import TomlEditorDialog
from client.billing.tariff_list_view import TariffsView
from client.billing.tariff_models import flatten
from client.core.context import AppContext
from client.core.errors import show_error

translate = QCoreApplication.translate
_VERSION_RE = re.compile(r"^version\s*=\s*\d+\s*$", re.MULTILINE)
_TO_RE = re.compile(r"^effective_to\s*=.*\n", re.MULTILINE)


def next_version_text(body: str, version: int) -> str:
    """A starting point for the next version: the same text with the next number and no
    end date (the drafter sets the new ``effective_from``)."""
    return _TO_RE.sub("", _VERSION_RE.sub(f"version = {version}", body, count=1), count=1)


class TariffsPresenter(QObject):
    loaded = Signal()
    shown = Signal(dict)
    changed = Signal(dict)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, view: TariffsView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.tariffs: list[dict[str, Any]] = []
        self.current_id: int | None = None
        self.editor: TomlEditorDialog | None = None
        view.selected.connect(self.show)
        view.action.connect(self._act)

    def _call(
        self,
        key: str,
        method: str,
        *args: Any,
        write: bool = False,
        on_done: Any = None,
        on_error: Any = None,
    ) -> None:
        gateway, view = self.ctx.gateway, self.view
        fail = on_error or (lambda exc: show_error(view, exc))
        # An answer that arrives after the page was closed (log out) has nowhere to go.
        self.ctx.runner.submit(
            f"tariffs.{key}",
            lambda: gateway.call(contract.OBJECT_BILLING, method, *args, write=write),
            lambda result: on_done(result) if shiboken6.isValid(view) else None,
            lambda exc: fail(exc) if shiboken6.isValid(view) else None,
        )

    # -- reading ---------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.current_id
        self._call("list", "list_tariffs", on_done=lambda r: self._listed(r, wanted))

    def _listed(self, result: dict[str, Any], wanted: int | None) -> None:
        self.tariffs = result["tariffs"]
        self.view.model.set_rows(flatten(self.tariffs))
        self.view.show_state(
            translate("TariffsView", "Versions: %1").replace("%1", str(self.view.model.rowCount()))
        )
        if not self.view.select_id(wanted):
            first = self.view.model.rows[0]["id"] if self.view.model.rowCount() else None
            if not self.view.select_id(first):
                self.view.show_version(None)
        self.loaded.emit()

    def show(self, version_id: int) -> None:
        self.current_id = version_id
        self._call("get", "get_tariff_version", version_id, on_done=self._shown)

    def _shown(self, version: dict[str, Any]) -> None:
        self.view.show_version(version)
        self.shown.emit(version)

    # -- actions ---------------------------------------------------------------------------

    def _act(self, name: str) -> None:
        version = self.view.version
        vid = version["id"] if version else None
        if name == "refresh":
            self.load()
        elif name == "new":
            self.new_draft()
        elif name == "edit" and version:
            self._open_editor(
                version["body"],
                translate("TariffsView", "Edit draft %1").replace("%1", version["key"]),
                version["id"],
            )
        elif name in ("submit", "withdraw", "approve") and vid:
            self._write(f"{name}_tariff", vid)
        elif name == "reject" and vid:
            self._ask_reason(vid)
        elif name == "import":
            self._choose_import()
        elif name == "export" and vid:
            self._choose_export(vid)

    def _write(self, method: str, *args: Any) -> None:
        self._call(method, method, *args, write=True, on_done=self._written)

    def _written(self, row: dict[str, Any]) -> None:
        self.changed.emit(row)
        self.load(select_id=int(row["id"]))

    def new_draft(self) -> None:
        version = self.view.version
        if version is None:
            self._open_editor("", translate("TariffsView", "New tariff draft"), None)
            return
        latest = max(
            v["version"]
            for t in self.tariffs
            if t["code"] == version["code"]
            for v in t["versions"]
        )
        self._open_editor(
            next_version_text(version["body"], latest + 1),
            translate("TariffsView", "New draft: %1 version %2")
            .replace("%1", version["code"])
            .replace("%2", str(latest + 1)),
            None,
        )

    def _open_editor(self, text: str, heading: str, version_id: int | None) -> None:
        dialog = TomlEditorDialog(text, heading, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda body: self._save(dialog, version_id, body))
        self.editor = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _save(self, dialog: TomlEditorDialog, version_id: int | None, body: str) -> None:
        args: tuple[Any, ...] = (body,) if version_id is None else (version_id, body)
        method = "draft_tariff" if version_id is None else "edit_tariff_draft"
        self._call(
            "save",
            method,
            *args,
            write=True,
            on_done=lambda row: self._saved(dialog, row),
            on_error=lambda exc: self._save_failed(dialog, exc),
        )

    def _saved(self, dialog: TomlEditorDialog, row: dict[str, Any]) -> None:
        dialog.accept()
        self.editor = None
        self._written(row)

    def _save_failed(self, dialog: TomlEditorDialog, exc: Exception) -> None:
        if isinstance(exc, UserError):
            dialog.show_problem(exc.message, exc.details.get("field"))
        else:
            dialog.set_busy(False)
            show_error(dialog, exc)

    def _ask_reason(self, version_id: int) -> None:
        prompt = QInputDialog(self.view)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.setWindowTitle(translate("TariffsView", "Reject tariff version"))
        prompt.setLabelText(translate("TariffsView", "Reason (the drafter sees it):"))
        prompt.setTextEchoMode(QLineEdit.EchoMode.Normal)
        prompt.textValueSelected.connect(lambda text: self.reject(version_id, text))
        prompt.open()
        self.dialog_opened.emit(prompt)

    def reject(self, version_id: int, reason: str) -> None:
        self._write("reject_tariff", version_id, reason)

    def _choose_import(self) -> None:
        dialog = QFileDialog(self.view, translate("TariffsView", "Import tariff file"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setNameFilter(translate("TariffsView", "Tariff files (*.toml)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._import_path)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _import_path(self, path: str) -> None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self.view, UserError(f"{Path(path).name}: {exc}"))
            return
        self.import_text(Path(path).name, text)

    def import_text(self, file_name: str, text: str) -> None:
        self._write("import_tariff", file_name, text)

    def _choose_export(self, version_id: int) -> None:
        self._call("export", "export_tariff", version_id, on_done=self._ask_export_path)

    def _ask_export_path(self, exported: dict[str, Any]) -> None:
        dialog = QFileDialog(self.view, translate("TariffsView", "Export tariff file"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("TariffsView", "Tariff files (*.toml)"))
        dialog.selectFile(exported["file_name"])
        dialog.fileSelected.connect(lambda path: self.write_file(Path(path), exported))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def export_to(self, directory: Path, version_id: int) -> None:
        """Export without asking: the file goes to ``directory`` under its own name."""
        self._call(
            "export",
            "export_tariff",
            version_id,
            on_done=lambda e: self.write_file(directory / e["file_name"], e),
        )

    def write_file(self, path: Path, exported: dict[str, Any]) -> None:
        try:
            path.write_text(exported["text"], encoding="utf-8")
        except OSError as exc:
            show_error(self.view, UserError(f"{path.name}: {exc}"))
            return
        self.view.show_state(translate("TariffsView", "Saved %1").replace("%1", str(path)))
        self.changed.emit({"file": str(path)})

"""Intents of one application's detail -> server calls -> the detail view and its dialogs.

A stale version (someone else acted first) reloads the application and says so; a refusal
(missing document, wrong role, illegal step) is shown in the dialog that asked, so nothing
typed is lost.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import Conflict, UserError
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.service.application_detail import ApplicationDetail
from client.service.application_dialogs import (
    AddDocumentDialog,
    CompleteStageDialog,
    ImageDialog,
    ReasonDialog,
    ReturnDialog,
    _ActionDialog,
)

Application = dict[str, Any]


class DetailPresenter(QObject):
    """Signals:
        loaded(): the application is shown (after a load or an action).
        acted(str): an action succeeded ("save", "advance", "return", ..., "attach").
        dialog_opened(QDialog): an action's dialog opened (for the tour and tests).
        document_shown(QDialog): an attachment is shown (image dialog or PDF preview).
        conflict(str): the application had changed; it was reloaded (the message shown).
    """

    loaded = Signal()
    acted = Signal(str)
    dialog_opened = Signal(object)
    document_shown = Signal(object)
    conflict = Signal(str)

    def __init__(self, ctx: AppContext, view: ApplicationDetail, application_id: int,
                 type_info: Callable[[str], dict[str, Any]]) -> None:
        super().__init__(view)
        self.ctx, self.view, self.application_id = ctx, view, application_id
        self.type_info = type_info
        self.dialog: _ActionDialog | None = None
        view.reload_requested.connect(self.load)
        view.save_requested.connect(self.save)
        view.action_requested.connect(self.open_action)
        view.add_document_requested.connect(self.add_document)
        view.view_document_requested.connect(self.view_document)

    @property
    def application(self) -> Application:
        return self.view.application

    def _call(self, key: str, method: str, *args: Any, on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None], write: bool = False) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            f"applications.{key}.{self.application_id}",
            lambda: gateway.call(OBJECT_SERVICE, method, *args, write=write), on_done, on_error)

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        self.view.show_loading()
        self._call("get", "get_application", self.application_id, on_done=self.show,
                   on_error=lambda exc: show_error(self.view, exc))

    def show(self, application: Application) -> None:
        self.view.show_application(application, self.type_info(str(application["type_code"])))
        self.loaded.emit()

    # -- the fields ----------------------------------------------------------------------------

    def save(self, fields: dict[str, str], note: str) -> None:
        a = self.application
        self.view.form.clear_problem()
        self._call("update", "update_application", a["id"], a["version"], fields, note,
                   on_done=lambda result: self._done("save", result),
                   on_error=self._save_failed, write=True)

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, Conflict):
            self._stale(exc)
        elif isinstance(exc, UserError):
            self.view.form.show_problem(exc.message, exc.details.get("field"))
        else:
            show_error(self.view, exc)

    def _done(self, action: str, application: Application) -> None:
        if self.dialog is not None:
            self.dialog.done_ok()
            self.dialog = None
        self.show(application)
        self.acted.emit(action)

    def _stale(self, exc: Exception) -> None:
        """Someone else moved the application on: close the dialog, reload, say so."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        message = self.tr("%1 The application has been loaded again: please check it and "
                          "repeat your action if it is still needed.").replace(
            "%1", getattr(exc, "message", ""))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Application changed"),
                          message, QMessageBox.StandardButton.Ok, self.view)
        box.setObjectName("conflictBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.load()
        self.conflict.emit(message)

    # -- stage actions -------------------------------------------------------------------------

    def open_action(self, action: str) -> _ActionDialog:
        dialog = self._make_dialog(action)
        dialog.submitted.connect(lambda data: self._submit(action, data))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _closed(self, dialog: _ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _stage_names(self) -> dict[str, str]:
        info = self.type_info(str(self.application["type_code"]))
        stages = self.application.get("stages") or info.get("stages") or []
        return {str(s["code"]): str(s.get("name") or s["code"]) for s in stages}

    def _make_dialog(self, action: str) -> _ActionDialog:
        a, names = self.application, self._stage_names()
        actions = a.get("actions") or {}
        if action == "advance":
            return self._complete_dialog(a, names, list(actions.get("advance") or []))
        if action == "return":
            return ReturnDialog([(c, names.get(c, c)) for c in actions.get("return") or []],
                                self.view)
        return ReasonDialog(action, str(a.get("app_no", "")), self.view)

    def _complete_dialog(self, a: Application, names: dict[str, str],
                         targets: list[str]) -> CompleteStageDialog:
        info = self.type_info(str(a["type_code"]))
        stages = a.get("stages") or info.get("stages") or []
        current: dict[str, Any] = next((s for s in stages if s["code"] == a.get("stage")), {})
        wanted = set(current.get("fields") or ())
        fields = [f for f in info.get("fields") or () if f["name"] in wanted]
        next_stages = [(c, names.get(c, c)) for c in targets]  # none: the last stage
        return CompleteStageDialog(str(a.get("stage_name") or a.get("stage")), next_stages,
                                   fields, a.get("fields") or {}, str(a.get("note") or ""),
                                   self.view)

    def _submit(self, action: str, data: dict[str, Any]) -> None:
        a = self.application
        aid, version = a["id"], a["version"]
        if action == "advance":
            args: tuple[Any, ...] = (aid, version, data["to_stage"], data["fields"], data["note"])
        elif action == "return":
            args = (aid, version, data["to_stage"], data["reason"])
        else:
            args = (aid, version, data["reason"])
        method = {"advance": "advance_application", "return": "return_application",
                  "suspend": "suspend_application", "resume": "resume_application",
                  "terminate": "terminate_application"}[action]
        self._call(action, method, *args, on_done=lambda result: self._done(action, result),
                   on_error=self._action_failed, write=True)

    def _action_failed(self, exc: Exception) -> None:
        if isinstance(exc, Conflict):
            self._stale(exc)
        elif isinstance(exc, UserError) and self.dialog is not None:
            self.dialog.show_problem(exc.message)
        else:
            if self.dialog is not None:
                self.dialog.set_busy(False)
            show_error(self.dialog or self.view, exc)

    # -- documents -----------------------------------------------------------------------------

    def add_document(self) -> AddDocumentDialog:
        info = self.type_info(str(self.application["type_code"]))
        documents = [(str(d["code"]), str(d.get("name") or d["code"]))
                     for d in info.get("documents") or ()]
        missing = list((self.application.get("missing") or {}).get("documents") or [])
        dialog = AddDocumentDialog(documents, missing, self.view)
        dialog.submitted.connect(self._attach)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _attach(self, data: dict[str, Any]) -> None:
        aid = self.application["id"]
        self._call("attach", "add_attachment", aid, data["doc_type"], data["filename"],
                   data["content_base64"], on_done=lambda _row: self._attached(),
                   on_error=self._action_failed, write=True)

    def _attached(self) -> None:
        if self.dialog is not None:
            self.dialog.done_ok()
            self.dialog = None
        self.acted.emit("attach")
        self.load()

    def view_document(self, row: dict[str, Any]) -> None:
        self._call("attachment", "get_attachment", int(row["id"]), on_done=self._show_document,
                   on_error=lambda exc: show_error(self.view, exc))

    def _show_document(self, attachment: dict[str, Any]) -> None:
        title = f"{attachment.get('doc_name') or attachment.get('doc_type')} – " \
                f"{attachment.get('filename')}"
        if attachment.get("mime") == "application/pdf":
            dialog: Any = show_pdf(self.view, title, {
                "filename": attachment["filename"],
                "pdf_base64": attachment["content_base64"]})
        else:
            dialog = ImageDialog(title, base64.b64decode(attachment["content_base64"]),
                                 self.view)
            dialog.show()
        self.document_shown.emit(dialog)

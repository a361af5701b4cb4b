"""Intents of the complaint page -> task runner -> list, detail and form.

Signals:
    loaded(): the list was (re)loaded.
    shown(dict): a complaint is shown in the detail.
    registered(dict): a new complaint was registered.
    saved(dict): an action was saved (the complaint after it).
    dialog_opened(QDialog): an action dialog opened (tests and the tour).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget

from appserver.contract import api as contract
from appserver.contract.errors import Conflict
from client.core.context import AppContext
from client.core.errors import show_error
from client.service.complaint_detail import ComplaintDetailView
from client.service.complaint_dialogs import ComplaintActionDialog
from client.service.complaint_form import ComplaintForm
from client.service.complaint_list import ComplaintListView

SVC = contract.OBJECT_SERVICE
LIST_LIMIT = 200
METHODS = {"contact": "record_complaint_contact", "reply": "reply_complaint",
           "pause": "pause_complaint", "resume": "resume_complaint",
           "callback": "record_complaint_callback", "close": "close_complaint",
           "reopen": "reopen_complaint", "assign": "assign_complaint"}


class ComplaintPresenter(QObject):
    loaded = Signal()
    shown = Signal(dict)
    registered = Signal(dict)
    saved = Signal(dict)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, listing: ComplaintListView, detail: ComplaintDetailView,
                 form: ComplaintForm, stack: QStackedWidget) -> None:
        super().__init__(listing)
        self.ctx, self.listing, self.detail, self.form, self.stack = (ctx, listing, detail,
                                                                       form, stack)
        self.codes: dict[str, Any] = {}
        self.current: int | None = None
        self.dialog: ComplaintActionDialog | None = None
        listing.filters_changed.connect(self.reload)
        listing.opened.connect(self.open)
        listing.new_requested.connect(self.new)
        detail.action_requested.connect(self.act)
        form.submitted.connect(self.register)
        form.cancelled.connect(lambda: self.stack.setCurrentWidget(self.detail))

    def _call(self, key: str, method: str, *args: Any, write: bool = False,
              on_done: Any, on_error: Any = None) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(key, lambda: gateway.call(SVC, method, *args, write=write),
                               on_done, on_error or self._failed)

    def start(self) -> None:
        """Codes in the user's language, then the list (again after a language switch)."""
        self._call("complaints.codes", "complaint_codes", on_done=self._codes)

    def _codes(self, codes: dict[str, Any]) -> None:
        self.codes = codes
        self.listing.set_codes(codes)
        self.form.set_codes(codes)
        self.reload()
        if self.current is not None:
            self.open(self.current)

    def reload(self) -> None:
        filters = self.listing.filters()
        self._call("complaints.list", "list_complaints", filters, {"limit": LIST_LIMIT},
                   on_done=self._listed)

    def _listed(self, result: dict[str, Any]) -> None:
        self.listing.show_rows(result)
        if self.current is not None:
            self.listing.table.blockSignals(True)
            self.listing.select(self.current)
            self.listing.table.blockSignals(False)
        self.loaded.emit()

    def open(self, complaint_id: int) -> None:
        self.current = complaint_id
        self._call(f"complaints.get.{complaint_id}", "get_complaint", complaint_id,
                   on_done=self._show)

    def _show(self, complaint: dict[str, Any]) -> None:
        self.current = int(complaint["id"])
        self.detail.show_complaint(complaint)
        self.stack.setCurrentWidget(self.detail)
        self.shown.emit(complaint)

    # -- intake ---------------------------------------------------------------------------
    def new(self) -> None:
        self.form.clear()
        self.stack.setCurrentWidget(self.form)
        self.form.focus_first()

    def register(self, data: dict[str, Any]) -> None:
        self.form.submit.setEnabled(False)
        self._call("complaints.register", "register_complaint", data, write=True,
                   on_done=self._registered, on_error=self._register_failed)

    def _registered(self, complaint: dict[str, Any]) -> None:
        self.form.submit.setEnabled(True)
        self.form.clear()
        self._show(complaint)
        self.reload()
        self.registered.emit(complaint)

    def _register_failed(self, exc: Exception) -> None:
        self.form.submit.setEnabled(True)
        show_error(self.form, exc)

    # -- actions on the shown complaint ---------------------------------------------------
    def act(self, action: str) -> None:
        c = self.detail.complaint
        if not c:
            return
        if action == "resume":
            self._save(action, c, ())
            return
        dialog = ComplaintActionDialog(action, self.codes, self.detail)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda values: self._confirmed(action, c, values))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _confirmed(self, action: str, c: dict[str, Any], values: dict[str, Any]) -> None:
        if action == "callback":
            args: tuple[Any, ...] = (values.get("satisfaction"), values.get("text", ""))
        elif action == "assign":
            kind, _, value = str(values.get("assignee") or "").partition(":")
            args = ({"user_id": int(value)} if kind == "user" else {"role": value},)
        else:
            args = (values.get("text", ""),)
        self._save(action, c, args)

    def _save(self, action: str, c: dict[str, Any], args: tuple[Any, ...]) -> None:
        self._call(f"complaints.{action}.{c['id']}", METHODS[action], c["id"], c["version"],
                   *args, write=True, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, complaint: dict[str, Any]) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self._show(complaint)
        self.reload()
        self.saved.emit(complaint)

    def _save_failed(self, exc: Exception) -> None:
        show_error(self.dialog or self.detail, exc)
        if isinstance(exc, Conflict) and self.current is not None:
            if self.dialog is not None:
                self.dialog.reject()
                self.dialog = None
            self.open(self.current)  # someone else acted meanwhile: show what is there now

    def _failed(self, exc: Exception) -> None:
        show_error(self.listing, exc)

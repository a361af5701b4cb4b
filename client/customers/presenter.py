"""Intents of the customer screens -> task runner -> models and views."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from appserver.contract import api as contract
from appserver.contract import permissions as P
from appserver.contract.errors import Conflict, UserError
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.customers.contact_dialog import ConflictDialog, ContactDialog
from client.customers.file_view import CustomerFileView
from client.customers.search_view import SearchView

PAGE_SIZE = 30
SEARCH_KEY = "customers.search"


class SearchPresenter(QObject):
    """Runs searches; a newer search (or page) makes an older answer stale.

    Signals:
        loaded(): a page of results was shown.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, view: SearchView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.text = ""
        view.search_requested.connect(self.search)
        view.more_requested.connect(self.more)
        view.show_cleared()

    def search(self, text: str) -> None:
        self.text = text
        if not text:
            self.ctx.runner.submit(SEARCH_KEY, lambda: {"rows": [], "has_more": False},
                                   self._first_page)
            return
        self.view.show_busy()
        self._fetch(0, self._first_page)

    def more(self) -> None:
        if self.text:
            self.view.show_busy()
            self._fetch(self.view.model.rowCount(), self._next_page)

    def _fetch(self, offset: int, on_done: Any) -> None:
        text, gateway = self.text, self.ctx.gateway
        self.ctx.runner.submit(
            SEARCH_KEY,
            lambda: gateway.call(contract.OBJECT_CUSTOMERS, "search", text,
                                 {"offset": offset, "limit": PAGE_SIZE}),
            on_done, self._failed)

    def _first_page(self, result: dict[str, Any]) -> None:
        self.view.model.set_rows(result["rows"])
        self._shown(result)

    def _next_page(self, result: dict[str, Any]) -> None:
        self.view.model.append_rows(result["rows"])
        self._shown(result)

    def _shown(self, result: dict[str, Any]) -> None:
        if self.text:
            self.view.show_result(self.view.model.rowCount(), bool(result["has_more"]))
        else:
            self.view.show_cleared()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.view.state.setText("")
        show_error(self.view, exc)


class FilePresenter(QObject):
    """Loads one customer's file and runs its contact corrections.

    Signals:
        loaded(): the file is shown.
        saved(dict): a contact correction was saved (the updated customer).
        dialog_opened(QDialog): the contact or conflict dialog opened (for the tour and tests).
        statement_shown(QDialog): the customer statement preview opened.
    """

    loaded = Signal()
    saved = Signal(dict)
    dialog_opened = Signal(object)
    statement_shown = Signal(object)

    def __init__(self, ctx: AppContext, view: CustomerFileView, customer_id: int) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.customer_id = customer_id
        self.dialog: ContactDialog | None = None
        view.reload_requested.connect(self.load)
        view.edit_contact_requested.connect(self.edit_contact)
        view.statement_requested.connect(self.print_statement)

    @staticmethod
    def make_view(ctx: AppContext) -> CustomerFileView:
        return CustomerFileView(ctx.can(P.CUSTOMER_EDIT_CONTACT),
                                can_print_statement=ctx.can(P.CONSULTATION_LOG))

    def load(self) -> None:
        self.view.show_loading()
        gateway, cid = self.ctx.gateway, self.customer_id
        self.ctx.runner.submit(
            f"customers.file.{cid}",
            lambda: gateway.call(contract.OBJECT_CUSTOMERS, "get_file", cid),
            self._show, self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        self.view.show_failed()
        show_error(self.view, exc)

    def _show(self, file: dict[str, Any]) -> None:
        self.view.show_file(file)
        self.loaded.emit()

    # -- the customer statement (last 12 months), logged as a consultation ------------------

    def print_statement(self) -> None:
        gateway, cid = self.ctx.gateway, self.customer_id
        self.ctx.runner.submit(
            f"customers.statement.{cid}",
            lambda: gateway.call(contract.OBJECT_SERVICE, "statement_pdf", cid, None, None),
            self._statement, lambda exc: show_error(self.view, exc))

    def _statement(self, result: dict[str, Any]) -> None:
        self.statement_shown.emit(show_pdf(self.view, self.tr("Customer statement"), result))
        gateway, cid = self.ctx.gateway, self.customer_id
        note = {"channel": "counter", "topic": "statement", "customer_id": cid,
                "question": self.tr("Customer statement %1 to %2")
                .replace("%1", result["from_period"]).replace("%2", result["to_period"]),
                "answer": self.tr("Printed and handed over")}
        self.ctx.runner.submit(
            f"customers.statement_logged.{cid}",
            lambda: gateway.call(contract.OBJECT_SERVICE, "log_consultation", note,
                                 write=True),
            lambda _row: None, lambda exc: show_error(self.view, exc))

    # -- contact correction ----------------------------------------------------------------

    def edit_contact(self) -> None:
        if not self.view.customer:
            return
        dialog = ContactDialog(self.view.customer, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self._save)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _save(self, changes: dict[str, str]) -> None:
        dialog = self.dialog
        assert dialog is not None
        gateway, base = self.ctx.gateway, dialog.base
        self.ctx.runner.submit(
            f"customers.update_contact.{self.customer_id}",
            lambda: gateway.call(contract.OBJECT_CUSTOMERS, "update_contact", base["id"],
                                 base["version"], changes, write=True),
            self._saved, lambda exc: self._save_failed(dialog, changes, exc))

    def _saved(self, customer: dict[str, Any]) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.saved.emit(customer)
        self.load()

    def _save_failed(self, dialog: ContactDialog, changes: dict[str, str],
                     exc: Exception) -> None:
        if isinstance(exc, Conflict) and isinstance(exc.details.get("current"), dict):
            self._conflict(dialog, changes, exc.details["current"])
        elif isinstance(exc, UserError):
            dialog.show_problem(exc.message, exc.details.get("field"))
        else:
            dialog.set_busy(False)
            show_error(dialog, exc)

    def _conflict(self, dialog: ContactDialog, changes: dict[str, str],
                  current: dict[str, Any]) -> None:
        conflict = ConflictDialog(changes, dialog.base, current, dialog)
        conflict.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(result: int) -> None:
            if result == ConflictDialog.DialogCode.Accepted:
                dialog.rebase(current, changes)
                self.load()  # the file behind the dialog shows their values meanwhile
            else:
                dialog.reject()
                self.dialog = None
                self.load()

        conflict.finished.connect(decided)
        conflict.open()
        self.dialog_opened.emit(conflict)

"""Intents of the "My work" page -> task runner -> view; one-click navigation to the record.

The to-do is reloaded from the server every minute and on F5: the server computes every
deadline and risk, the view only counts its figures down in between.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from appserver.contract import api as contract
from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.formats import OFFICE_ZONE
from client.work import terms
from client.work.assign_dialog import AssignDialog
from client.work.todo_view import TodoView

TODO_KEY, WRITE_KEY, USERS_KEY = "work.todo", "work.todo.write", "work.todo.users"
CALENDAR_KEY = "work.todo.calendar"
PAGE = 100
REFRESH_MS = 60_000


class TodoPresenter(QObject):
    """Signals:
    loaded(): the rows and counters are shown.
    changed(dict): an item was taken or assigned (the server's new item).
    dialog_opened(QDialog): the assign dialog or a message box opened (tour and tests).
    """

    loaded = Signal()
    changed = Signal(dict)
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, view: TodoView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.filters: dict[str, Any] = view.current_filters()
        self.users: list[dict[str, Any]] | None = None
        self.shown_filters: dict[str, Any] | None = None
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._minute)
        self.stale = False  # a minute passed while the page was not shown
        view.filters_changed.connect(self.set_filters)
        view.refresh_requested.connect(self.refresh)
        view.shown.connect(self._shown)
        view.more_requested.connect(lambda: self.load(append=True))
        view.open_requested.connect(self.open_item)
        view.take_requested.connect(self.take)
        view.assign_requested.connect(self.assign)

    def start(self) -> None:
        today = datetime.now(OFFICE_ZONE).date()
        self.view.model.working_today = today.weekday() < 5  # until the calendar is read
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            CALENDAR_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "calendar", today.year),
            lambda data: self._calendar(data, today),
            self._failed,
        )
        self.load()
        self.refresh_timer.start()

    def _calendar(self, data: dict[str, Any], today: date) -> None:
        self.view.model.working_today = is_working(data, today)

    # -- loading ---------------------------------------------------------------------------

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.filters = filters
        self.load()

    def refresh(self) -> None:
        self.load()

    def _minute(self) -> None:
        """Every minute while the list is on screen; a hidden list is refreshed when it is
        shown again (a whole office of clients need not ask for lists nobody looks at)."""
        if self.view.isVisible():
            self.load()
        else:
            self.stale = True

    def _shown(self) -> None:
        if self.stale:
            self.stale = False
            self.load()

    def load(self, append: bool = False) -> None:
        gateway, filters = self.ctx.gateway, dict(self.filters)
        page = {"offset": self.view.model.rowCount() if append else 0, "limit": PAGE}
        self.view.show_busy()
        self.ctx.runner.submit(
            TODO_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "todo", filters, page),
            lambda result: self._show(result, append, filters),
            self._failed,
        )

    def _show(self, result: dict[str, Any], append: bool, filters: dict[str, Any]) -> None:
        selected = self.view.table.current_item()
        everything = (
            filters.get("scope") == "all" and not filters.get("risk") and not filters.get("source")
        )
        self.view.show_counts(
            result.get("counts", {}), int(result["total"]) if everything else None
        )
        as_of = datetime.now(OFFICE_ZONE).strftime("%H:%M:%S")
        scroll = self.view.table.verticalScrollBar()
        place = scroll.value()
        self.view.show_rows(result["rows"], int(result["total"]), append, as_of)
        if not append:
            self._reselect(selected)
            if filters == self.shown_filters:  # the minute's refresh: stay where one reads
                scroll.setValue(place)
        self.shown_filters = filters
        self.loaded.emit()

    def _reselect(self, selected: dict[str, Any] | None) -> None:
        """Keep the chosen item chosen across refreshes; else the most urgent one, so Enter
        opens it straight away."""
        model = self.view.model
        index = model.row_index(int(selected["id"])) if selected is not None else None
        if index is not None and index.isValid():
            self.view.table.selectRow(index.row())
        elif model.rowCount():
            self.view.table.selectRow(0)

    # -- opening the record ----------------------------------------------------------------

    def open_item(self, item: dict[str, Any]) -> None:
        if self.ctx.open_record(str(item["source"]), int(item["source_id"])):
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Cannot open"),
            self.tr(
                "%1 %2 cannot be opened here: you have no page for this "
                "kind of record. Ask your office head to give it to "
                "someone who has."
            )
            .replace("%1", terms.source_name(str(item["source"])))
            .replace("%2", str(item.get("reference") or "")),
            QMessageBox.StandardButton.Ok,
            self.view,
        )
        box.setObjectName("todoCannotOpen")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog_opened.emit(box)

    # -- take / assign ---------------------------------------------------------------------

    def take(self, item: dict[str, Any]) -> None:
        gateway, item_id = self.ctx.gateway, int(item["id"])
        self.ctx.runner.submit(
            WRITE_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "take_item", item_id, write=True),
            self._written,
            self._failed,
        )

    def assign(self, item: dict[str, Any]) -> None:
        if not self.ctx.can(P.ADMIN_USERS_READ):
            return
        if self.users is not None:
            self._choose(item, self.users)
            return
        gateway, with_offices = self.ctx.gateway, self.ctx.can(P.ADMIN_ORG_READ)
        self.ctx.runner.submit(
            USERS_KEY,
            lambda: _people(gateway, with_offices),
            lambda users: self._users_loaded(item, users),
            self._failed,
        )

    def _users_loaded(self, item: dict[str, Any], users: list[dict[str, Any]]) -> None:
        self.users = users
        self._choose(item, users)

    def _choose(self, item: dict[str, Any], users: list[dict[str, Any]]) -> None:
        dialog = AssignDialog(item, of_office(users, int(item["office_id"])), self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assign_to(item, dialog.chosen_user_id()))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _assign_to(self, item: dict[str, Any], user_id: int | None) -> None:
        gateway, item_id = self.ctx.gateway, int(item["id"])
        self.ctx.runner.submit(
            WRITE_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "assign_item", item_id, user_id, write=True),
            self._written,
            self._failed,
        )

    def _written(self, item: dict[str, Any]) -> None:
        self.changed.emit(item)
        self.load()

    def _failed(self, exc: Exception) -> None:
        self.view.state.setText("")
        show_error(self.view, exc)


def _people(gateway: Any, with_offices: bool) -> list[dict[str, Any]]:
    """The unlocked users one may see, each with "home_office_id" (a hall works for its
    office) when the org tree may be read."""
    users: list[dict[str, Any]] = gateway.call(
        contract.OBJECT_ADMIN, "list_users", {"include_locked": False}, {"limit": 200}
    )["rows"]
    if not with_offices:
        return users
    halls = {
        o["id"]: o["parent_id"]
        for o in gateway.call(contract.OBJECT_ADMIN, "list_offices")
        if o["kind"] == "hall"
    }
    return [{**u, "home_office_id": halls.get(u["office_id"], u["office_id"])} for u in users]


def of_office(users: list[dict[str, Any]], office_id: int) -> list[dict[str, Any]]:
    """The people who work for the item's office (all of them if offices are unknown)."""
    return [u for u in users if u.get("home_office_id", office_id) == office_id]


def is_working(calendar: dict[str, Any], day: date) -> bool:
    """Whether a working-day clock runs on ``day``, by the server's calendar (its exceptions
    to the Monday–Friday week)."""
    kinds = {str(d["day"]): str(d["kind"]) for d in calendar.get("days", [])}
    kind = kinds.get(day.isoformat())
    if kind is not None:
        return kind == "workday"
    return day.weekday() < 5

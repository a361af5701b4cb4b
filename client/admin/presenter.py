"""Presenters of the admin pages: view intents -> server calls on the runner -> models/views.

The server work is in module-level functions that only touch the gateway, so it runs on a
pool thread (never the UI thread) and can be tested without widgets.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QObject

from appserver.contract import permissions as P
from appserver.contract.api import OBJECT_ADMIN
from appserver.contract.errors import Conflict
from client.admin.audit_view import AuditView
from client.admin.models import (
    AuditTableModel,
    PermissionTableModel,
    RoleTableModel,
    UserTableModel,
)
from client.admin.office_model import OfficeTreeModel
from client.admin.org_view import OfficesView
from client.admin.roles_view import RolesView
from client.admin.table_base import Row
from client.admin.views import UsersView
from client.core.context import AppContext
from client.core.errors import show_error

USERS_PAGE = 50
AUDIT_PAGE = 50
_write_seq = itertools.count(1)


def write_key(what: str) -> str:
    """Each write gets its own runner key: a second write must not make the first's result
    stale (latest-wins is for reads)."""
    return f"admin.{what}.{next(_write_seq)}"


def admin_call(gateway: Any, method: str, *args: Any, write: bool = False) -> Any:
    return gateway.call(OBJECT_ADMIN, method, *args, write=write)


def fetch_references(gateway: Any, with_offices: bool = True) -> tuple[list[Row], list[str]]:
    """Offices (if the user may read the organisation) and role names for filters and
    dialogs."""
    offices = admin_call(gateway, "list_offices") if with_offices else []
    roles = [r["name"] for r in admin_call(gateway, "list_roles")]
    return offices, roles


class UsersPresenter(QObject):
    def __init__(self, ctx: AppContext, model: UserTableModel, view: UsersView) -> None:
        super().__init__(view)
        self.ctx, self.model, self.view = ctx, model, view
        self.offset = 0
        self.total = 0
        view.search_requested.connect(self.search)
        view.pager.previous_requested.connect(lambda: self.load(self.offset - USERS_PAGE))
        view.pager.next_requested.connect(lambda: self.load(self.offset + USERS_PAGE))
        view.create_requested.connect(self.create)
        view.edit_requested.connect(self.update)
        view.lock_requested.connect(lambda user, reason: self.set_locked(user, True, reason))
        view.unlock_requested.connect(lambda user: self.set_locked(user, False, ""))
        view.password_requested.connect(self.reset_password)

    def start(self) -> None:
        gateway, with_offices = self.ctx.gateway, self.ctx.can(P.ADMIN_ORG_READ)
        self.ctx.runner.submit("admin.users.refs",
                               lambda: fetch_references(gateway, with_offices),
                               lambda refs: self.view.set_references(*refs), self._error)
        self.search()

    def search(self) -> None:
        self.load(0)

    def load(self, offset: int, select_id: int | None = None) -> None:
        self.offset = max(0, offset)
        filters, page = self.view.filters(), {"offset": self.offset, "limit": USERS_PAGE}
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            "admin.users.list", lambda: admin_call(gateway, "list_users", filters, page),
            lambda result: self._show(result, select_id), self._error)

    def _show(self, result: dict[str, Any], select_id: int | None) -> None:
        rows = result["rows"]
        self.total = int(result["total"])
        self.model.set_rows(rows)
        self.view.set_page_text(self.offset + 1 if rows else 0, self.offset + len(rows),
                                self.total)
        if select_id is not None:
            self.view.select_user(select_id)

    def create(self, data: dict[str, Any]) -> None:
        self._write("create_user", (data,), self.tr("User {username} created."))

    def update(self, user: Row, changes: dict[str, Any]) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            write_key("update_user"),
            lambda: admin_call(gateway, "update_user", user["id"], user["version"], changes,
                               write=True),
            lambda dto: self._written(dto, self.tr("User {username} saved.")),
            self._update_failed)

    def _update_failed(self, exc: Exception) -> None:
        if not isinstance(exc, Conflict):
            self._error(exc)
            return
        current = exc.details.get("current")
        if isinstance(current, dict):
            self.model.replace_by_id(current)  # show what is there now
        self.view.show_conflict(current if isinstance(current, dict) else None)

    def set_locked(self, user: Row, locked: bool, reason: str) -> None:
        done = (self.tr("User {username} locked.") if locked
                else self.tr("User {username} unlocked."))
        self._write("set_user_locked", (user["id"], locked, reason), done)

    def reset_password(self, user: Row, password: str) -> None:
        gateway = self.ctx.gateway
        text = self.tr("New password set for {username}.").format(username=user["username"])
        self.ctx.runner.submit(
            write_key("reset_password"),
            lambda: admin_call(gateway, "reset_password", user["id"], password, write=True),
            lambda _ok: self.view.show_status(text), self._error)

    def _write(self, method: str, args: tuple[Any, ...], done: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            write_key(method), lambda: admin_call(gateway, method, *args, write=True),
            lambda dto: self._written(dto, done), self._error)

    def _written(self, dto: Row, done: str) -> None:
        self.view.show_status(done.format(username=dto["username"]))
        self.model.replace_by_id(dto)
        self.load(self.offset, select_id=int(dto["id"]))

    def _error(self, exc: Exception) -> None:
        show_error(self.view, exc)


class RolesPresenter(QObject):
    def __init__(self, ctx: AppContext, roles: RoleTableModel,
                 permissions: PermissionTableModel, view: RolesView) -> None:
        super().__init__(view)
        self.ctx, self.roles, self.permissions, self.view = ctx, roles, permissions, view
        view.role_selected.connect(self.show_role)

    def start(self) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("admin.roles", lambda: admin_call(gateway, "list_roles"),
                               self._show, lambda exc: show_error(self.view, exc))

    def _show(self, roles: list[Row]) -> None:
        self.roles.set_rows(roles)
        self.view.roles_loaded()

    def show_role(self, row: int) -> None:
        role = self.roles.row_at(row)
        self.permissions.set_permissions(list(role["permissions"]) if role else [])
        self.view.show_role(role)


class OfficesPresenter(QObject):
    def __init__(self, ctx: AppContext, model: OfficeTreeModel, view: OfficesView) -> None:
        super().__init__(view)
        self.ctx, self.model, self.view = ctx, model, view
        view.create_requested.connect(self.create)

    def start(self, select_id: int | None = None) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("admin.offices", lambda: admin_call(gateway, "list_offices"),
                               lambda offices: self._show(offices, select_id), self._error)

    def _show(self, offices: list[Row], select_id: int | None) -> None:
        self.model.set_offices(offices)
        if select_id is not None:
            self.view.select_office(select_id)

    def create(self, data: dict[str, Any]) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            write_key("create_office"),
            lambda: admin_call(gateway, "create_office", data, write=True),
            self._created, self._error)

    def _created(self, office: Row) -> None:
        self.view.show_status(self.tr("{name} ({code}) created.").format(
            name=office["name"], code=office["code"]))
        self.start(select_id=int(office["id"]))

    def _error(self, exc: Exception) -> None:
        show_error(self.view, exc)


class AuditPresenter(QObject):
    def __init__(self, ctx: AppContext, model: AuditTableModel, view: AuditView) -> None:
        super().__init__(view)
        self.ctx, self.model, self.view = ctx, model, view
        self.offset = 0
        view.search_requested.connect(self.search)
        view.pager.previous_requested.connect(lambda: self.load(self.offset - AUDIT_PAGE))
        view.pager.next_requested.connect(lambda: self.load(self.offset + AUDIT_PAGE))

    def start(self) -> None:
        self.search()

    def search(self) -> None:
        self.load(0)

    def load(self, offset: int) -> None:
        self.offset = max(0, offset)
        filters, page = self.view.filters(), {"offset": self.offset, "limit": AUDIT_PAGE}
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            "admin.audit", lambda: admin_call(gateway, "search_audit", filters, page),
            self._show, lambda exc: show_error(self.view, exc))

    def _show(self, result: dict[str, Any]) -> None:
        rows = result["rows"]
        self.model.set_rows(rows)
        self.view.set_page(self.offset // AUDIT_PAGE + 1, len(rows), bool(result["has_more"]))


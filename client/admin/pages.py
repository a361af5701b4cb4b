"""The admin pages a user may see, each wired to its presenter and already loading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.admin.audit_view import AuditView
from client.admin.models import (
    AuditTableModel,
    PermissionTableModel,
    RoleTableModel,
    UserTableModel,
)
from client.admin.office_model import OfficeTreeModel
from client.admin.org_view import OfficesView
from client.admin.presenter import (
    AuditPresenter,
    OfficesPresenter,
    RolesPresenter,
    UsersPresenter,
)
from client.admin.roles_view import RolesView
from client.admin.views import UsersView
from client.core.context import AppContext


def admin_pages(ctx: AppContext) -> list[tuple[str, QWidget]]:
    """(translated title, widget) for every admin page the user's permissions allow.

    The presenters are children of their views, so they live as long as the page does."""
    pages: list[QWidget] = []
    if ctx.can(P.ADMIN_USERS_READ):
        pages += [users_page(ctx), roles_page(ctx)]
    if ctx.can(P.ADMIN_ORG_READ):
        pages.append(offices_page(ctx))
    if ctx.can(P.AUDIT_READ):
        pages.append(audit_page(ctx))
    return [(page_title(page), page) for page in pages]


def page_title(page: QWidget) -> str:
    """The translated title of an admin page (again after a live language switch)."""
    if isinstance(page, UsersView):
        return QCoreApplication.translate("AdminPages", "Users")
    if isinstance(page, RolesView):
        return QCoreApplication.translate("AdminPages", "Roles")
    if isinstance(page, OfficesView):
        return QCoreApplication.translate("AdminPages", "Offices")
    if isinstance(page, AuditView):
        return QCoreApplication.translate("AdminPages", "Audit log")
    return page.windowTitle()


def users_page(ctx: AppContext) -> UsersView:
    model = UserTableModel()
    view = UsersView(model, ctx.can(P.ADMIN_USERS_WRITE), ctx.user.get("id"))
    model.setParent(view)
    UsersPresenter(ctx, model, view).start()
    return view


def roles_page(ctx: AppContext) -> RolesView:
    roles, permissions = RoleTableModel(), PermissionTableModel()
    view = RolesView(roles, permissions)
    roles.setParent(view)
    permissions.setParent(view)
    RolesPresenter(ctx, roles, permissions, view).start()
    return view


def offices_page(ctx: AppContext) -> OfficesView:
    model = OfficeTreeModel()
    view = OfficesView(model, ctx.can(P.ADMIN_ORG_WRITE))
    model.setParent(view)
    OfficesPresenter(ctx, model, view).start()
    return view


def audit_page(ctx: AppContext) -> AuditView:
    model = AuditTableModel()
    view = AuditView(model)
    model.setParent(view)
    AuditPresenter(ctx, model, view).start()
    return view

"""pmis.admin: login, users, roles, offices and the audit log (thin: unpack, call, pack)."""

from __future__ import annotations

from typing import Any

from appserver.admin import service
from appserver.contract import permissions as P
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc


class AdminApi(ApiBase):
    module = "admin"

    # A retried login just opens a second session; recording its result for replay would
    # store the session token in clear, which we never do. Hence idempotent=False.
    @rpc(None, write=True, public=True, idempotent=False)
    def login(self, call: Call, username: Any, password: Any) -> dict[str, Any]:
        return service.login(call, username, password)

    @rpc(P.SYSTEM_PING, write=True, before_password_change=True)
    def logout(self, call: Call) -> dict[str, Any]:
        return service.logout(call)

    @rpc(P.SYSTEM_PING, write=False, before_password_change=True)
    def whoami(self, call: Call) -> dict[str, Any]:
        return service.whoami(call)

    @rpc(P.SYSTEM_PING, write=True, before_password_change=True, secret_args=(0, 1))
    def change_own_password(self, call: Call, old: Any, new: Any) -> dict[str, Any]:
        return service.change_own_password(call, old, new)

    @rpc(P.ADMIN_USERS_READ, write=False)
    def list_users(self, call: Call, filters: Any = None, page: Any = None) -> dict[str, Any]:
        return service.list_users(call, filters, page)

    @rpc(P.ADMIN_USERS_READ, write=False)
    def get_user(self, call: Call, user_id: Any) -> dict[str, Any]:
        return service.get_user(call, user_id)

    @rpc(P.ADMIN_USERS_WRITE, write=True)
    def create_user(self, call: Call, data: Any) -> dict[str, Any]:
        return service.create_user(call, data)

    @rpc(P.ADMIN_USERS_WRITE, write=True)
    def update_user(self, call: Call, user_id: Any, version: Any,
                    changes: Any) -> dict[str, Any]:
        return service.update_user(call, user_id, version, changes)

    @rpc(P.ADMIN_USERS_WRITE, write=True)
    def set_user_locked(self, call: Call, user_id: Any, locked: Any,
                        reason: Any = "") -> dict[str, Any]:
        return service.set_user_locked(call, user_id, locked, reason)

    @rpc(P.ADMIN_USERS_WRITE, write=True, secret_args=(1,))
    def reset_password(self, call: Call, user_id: Any, new_password: Any) -> dict[str, Any]:
        return service.reset_password(call, user_id, new_password)

    @rpc(P.ADMIN_USERS_READ, write=False)
    def list_roles(self, call: Call) -> list[dict[str, Any]]:
        return service.list_roles(call)

    @rpc(P.ADMIN_ORG_READ, write=False)
    def list_offices(self, call: Call) -> list[dict[str, Any]]:
        return service.list_offices(call)

    @rpc(P.ADMIN_ORG_WRITE, write=True)
    def create_office(self, call: Call, data: Any) -> dict[str, Any]:
        return service.create_office(call, data)

    @rpc(P.AUDIT_READ, write=False)
    def search_audit(self, call: Call, filters: Any = None, page: Any = None) -> dict[str, Any]:
        return service.search_audit(call, filters, page)

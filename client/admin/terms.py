"""Translated names of the codes the admin screens show: roles, permissions, unit kinds,
audit outcomes. Unknown codes fall back to the code itself, so a role added on the server
still shows up, just untranslated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from client.admin.revenue_terms import (
    revenue_entity_labels,
    revenue_method_labels,
    revenue_permission_labels,
)
from client.admin.service_terms import (
    service_entity_labels,
    service_method_labels,
    service_permission_labels,
    service_role_labels,
)


class AdminTerms:
    """Translation context for the code -> label tables (not instantiated)."""

    @staticmethod
    def role(code: str) -> str:
        return _role_labels().get(code, code)

    @staticmethod
    def permission(code: str) -> str:
        return _permission_labels().get(code, code)

    @staticmethod
    def kind(code: str) -> str:
        return _kind_labels().get(code, code)

    @staticmethod
    def outcome(code: str) -> str:
        return _outcome_labels().get(code, code)

    @staticmethod
    def entity(code: str) -> str:
        return _entity_labels().get(code, code)

    @staticmethod
    def method(code: str) -> str:
        return _method_labels().get(code, code)


def _role_labels() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("AdminTerms", "Administrator"),
        "counter_clerk": QCoreApplication.translate("AdminTerms", "Counter clerk"),
        "reading_supervisor": QCoreApplication.translate("AdminTerms",
                                                         "Meter reading supervisor"),
        "office_head": QCoreApplication.translate("AdminTerms", "Office head"),
        "manager": QCoreApplication.translate("AdminTerms", "Manager"),
        "auditor": QCoreApplication.translate("AdminTerms", "Auditor"),
    } | service_role_labels()


def _permission_labels() -> dict[str, str]:
    return {
        "system.ping": QCoreApplication.translate("AdminTerms", "Sign in and use the client"),
        "customer.read": QCoreApplication.translate("AdminTerms", "View customer files"),
        "customer.edit_contact": QCoreApplication.translate("AdminTerms",
                                                            "Edit customer contact details"),
        "admin.users.read": QCoreApplication.translate("AdminTerms", "View user accounts"),
        "admin.users.write": QCoreApplication.translate(
            "AdminTerms", "Create, change, lock and unlock user accounts"),
        "admin.org.read": QCoreApplication.translate("AdminTerms", "View the organisation"),
        "admin.org.write": QCoreApplication.translate("AdminTerms",
                                                      "Create organisation units"),
        "audit.read": QCoreApplication.translate("AdminTerms", "Read the audit log"),
    } | revenue_permission_labels() | service_permission_labels()


def _kind_labels() -> dict[str, str]:
    return {
        "company": QCoreApplication.translate("AdminTerms", "Company"),
        "bureau": QCoreApplication.translate("AdminTerms", "Bureau"),
        "office": QCoreApplication.translate("AdminTerms", "Business office"),
        "hall": QCoreApplication.translate("AdminTerms", "Service hall"),
    }


def _outcome_labels() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("AdminTerms", "Succeeded"),
        "denied": QCoreApplication.translate("AdminTerms", "Denied"),
    }


def _entity_labels() -> dict[str, str]:
    return {
        "user": QCoreApplication.translate("AdminTerms", "User"),
        "session": QCoreApplication.translate("AdminTerms", "Session"),
        "org_unit": QCoreApplication.translate("AdminTerms", "Organisation unit"),
        "customer": QCoreApplication.translate("AdminTerms", "Customer"),
    } | revenue_entity_labels() | service_entity_labels()


def _method_labels() -> dict[str, str]:
    return {
        "system.ping": QCoreApplication.translate("AdminTerms", "Connection check"),
        "system.health": QCoreApplication.translate("AdminTerms", "Health check"),
        "admin.login": QCoreApplication.translate("AdminTerms", "Sign in"),
        "admin.logout": QCoreApplication.translate("AdminTerms", "Sign out"),
        "admin.whoami": QCoreApplication.translate("AdminTerms", "Read own account"),
        "admin.change_own_password": QCoreApplication.translate("AdminTerms",
                                                                "Change own password"),
        "admin.list_users": QCoreApplication.translate("AdminTerms", "List users"),
        "admin.get_user": QCoreApplication.translate("AdminTerms", "View user"),
        "admin.create_user": QCoreApplication.translate("AdminTerms", "Create user"),
        "admin.update_user": QCoreApplication.translate("AdminTerms", "Change user"),
        "admin.set_user_locked": QCoreApplication.translate("AdminTerms",
                                                            "Lock or unlock user"),
        "admin.set_user_locked.locked": QCoreApplication.translate("AdminTerms",
                                                                   "Lock user"),
        "admin.set_user_locked.unlocked": QCoreApplication.translate("AdminTerms",
                                                                     "Unlock user"),
        "admin.reset_password": QCoreApplication.translate("AdminTerms", "Reset password"),
        "admin.list_roles": QCoreApplication.translate("AdminTerms", "List roles"),
        "admin.list_offices": QCoreApplication.translate("AdminTerms",
                                                         "List the organisation"),
        "admin.create_office": QCoreApplication.translate("AdminTerms",
                                                          "Create organisation unit"),
        "admin.search_audit": QCoreApplication.translate("AdminTerms", "Search the audit log"),
        "customers.search": QCoreApplication.translate("AdminTerms", "Search customers"),
        "customers.get_file": QCoreApplication.translate("AdminTerms", "Open customer file"),
        "customers.update_contact": QCoreApplication.translate("AdminTerms",
                                                               "Change customer contact"),
    } | revenue_method_labels() | service_method_labels()


# Which kind of unit may be created under which; mirrors the server's rule so the dialog
# only offers what the server will accept.
CHILD_KIND: dict[str, str] = {"company": "bureau", "bureau": "office", "office": "hall"}

"""Where the app server listens and what it exposes.

Every method takes ``ctx`` first: ``{"token": str | None, "request_id": str | None,
"locale": "zh_CN" | "en"}``. ``token`` is the session token from ``admin.login``;
``request_id`` is a client-generated UUID, required for writes and resent unchanged when the
client fails over to another server; ``locale`` selects the language of error messages.
Arguments and results are plain dict/list/str/int/bool/None; money and quantities are decimal
strings, dates and timestamps ISO-8601 strings (``codec.py``).
"""

from __future__ import annotations

from typing import Any, TypedDict

from appserver.contract import billing, metering, payments, reports, service, work

DEFAULT_PORT = 7610

OBJECT_SYSTEM = "pmis.system"
OBJECT_ADMIN = "pmis.admin"
OBJECT_CUSTOMERS = "pmis.customers"
OBJECT_METERING = "pmis.metering"
OBJECT_BILLING = "pmis.billing"
OBJECT_PAYMENTS = "pmis.payments"
OBJECT_REPORTS = "pmis.reports"
OBJECT_SERVICE = "pmis.service"
OBJECT_WORK = "pmis.work"
ALL_OBJECTS: tuple[str, ...] = (OBJECT_SYSTEM, OBJECT_ADMIN, OBJECT_CUSTOMERS,
                                OBJECT_METERING, OBJECT_BILLING, OBJECT_PAYMENTS,
                                OBJECT_REPORTS, OBJECT_SERVICE, OBJECT_WORK)

PAGE_SIZE_MAX = 200
MAX_MESSAGE_SIZE = 4 * 1024 * 1024  # bounded on both sides; big exports are paged
COMM_TIMEOUT_S = 10.0

LOCALES = ("zh_CN", "en")


class CallContext(TypedDict, total=False):
    token: str | None
    request_id: str | None
    locale: str


def make_ctx(token: str | None, request_id: str | None, locale: str) -> dict[str, Any]:
    return {"token": token, "request_id": request_id, "locale": locale}


# Exposed methods per object, for the architecture tests and the client's documentation.
# (name, is_write)
METHODS: dict[str, tuple[tuple[str, bool], ...]] = {
    OBJECT_SYSTEM: (("ping", False), ("health", False), ("get_job", False)),
    OBJECT_ADMIN: (
        ("login", True),
        ("logout", True),
        ("whoami", False),
        ("change_own_password", True),
        ("list_users", False),
        ("get_user", False),
        ("create_user", True),
        ("update_user", True),
        ("set_user_locked", True),
        ("reset_password", True),
        ("list_roles", False),
        ("list_offices", False),
        ("create_office", True),
        ("search_audit", False),
    ),
    OBJECT_CUSTOMERS: (
        ("search", False),
        ("get_file", False),
        ("update_contact", True),
    ),
    # The revenue modules list their methods beside their wire shapes.
    OBJECT_METERING: metering.METHODS,
    OBJECT_BILLING: billing.object_methods(),
    OBJECT_PAYMENTS: payments.object_methods(),
    OBJECT_REPORTS: reports.METHODS,
    OBJECT_SERVICE: service.object_methods(),
    OBJECT_WORK: work.METHODS,
}

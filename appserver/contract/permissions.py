"""Permission names (the only strings roles grant) and the default roles.

Access is default-deny: a method needs exactly one permission; a role is a set of them.
"""

from __future__ import annotations

# -- permissions -------------------------------------------------------------------------
SYSTEM_PING = "system.ping"  # any logged-in user
CUSTOMER_READ = "customer.read"
CUSTOMER_EDIT_CONTACT = "customer.edit_contact"
ADMIN_USERS_READ = "admin.users.read"
ADMIN_USERS_WRITE = "admin.users.write"
ADMIN_ORG_READ = "admin.org.read"
ADMIN_ORG_WRITE = "admin.org.write"
AUDIT_READ = "audit.read"

ALL_PERMISSIONS: tuple[str, ...] = (
    SYSTEM_PING,
    CUSTOMER_READ,
    CUSTOMER_EDIT_CONTACT,
    ADMIN_USERS_READ,
    ADMIN_USERS_WRITE,
    ADMIN_ORG_READ,
    ADMIN_ORG_WRITE,
    AUDIT_READ,
)

# -- roles -------------------------------------------------------------------------------
ROLE_ADMIN = "admin"
ROLE_CLERK = "counter_clerk"
ROLE_READING_SUPERVISOR = "reading_supervisor"
ROLE_OFFICE_HEAD = "office_head"
ROLE_MANAGER = "manager"
ROLE_AUDITOR = "auditor"

DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    ROLE_ADMIN: ALL_PERMISSIONS,
    ROLE_CLERK: (SYSTEM_PING, CUSTOMER_READ, CUSTOMER_EDIT_CONTACT),
    ROLE_READING_SUPERVISOR: (SYSTEM_PING, CUSTOMER_READ),
    ROLE_OFFICE_HEAD: (SYSTEM_PING, CUSTOMER_READ, CUSTOMER_EDIT_CONTACT, AUDIT_READ,
                       ADMIN_USERS_READ, ADMIN_ORG_READ),
    ROLE_MANAGER: (SYSTEM_PING, CUSTOMER_READ, ADMIN_ORG_READ),
    ROLE_AUDITOR: (SYSTEM_PING, CUSTOMER_READ, AUDIT_READ, ADMIN_USERS_READ, ADMIN_ORG_READ),
}

"""All models, imported so that ``Base.metadata`` is complete for Alembic."""

from dbschema.models.admin import (
    AuditHead,
    AuditLog,
    IdempotencyRecord,
    LoginFailure,
    OrgUnit,
    Permission,
    Role,
    RolePermission,
    ServerLease,
    User,
    UserRole,
    UserSession,
)
from dbschema.models.customers import Customer, Meter, MeteringPoint, ServicePoint

__all__ = [
    "AuditHead",
    "AuditLog",
    "Customer",
    "IdempotencyRecord",
    "LoginFailure",
    "Meter",
    "MeteringPoint",
    "OrgUnit",
    "Permission",
    "Role",
    "RolePermission",
    "ServerLease",
    "ServicePoint",
    "User",
    "UserRole",
    "UserSession",
]

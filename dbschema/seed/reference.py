"""Roles and permissions every installation needs; idempotent so upgrades can rerun it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.contract.permissions import ALL_PERMISSIONS, DEFAULT_ROLES
from dbschema.models import Permission, Role, RolePermission


def seed_reference(db: Session) -> None:
    have = set(db.scalars(select(Permission.name)))
    db.add_all(Permission(name=p) for p in ALL_PERMISSIONS if p not in have)
    db.flush()
    for role_name, perms in DEFAULT_ROLES.items():
        role = db.scalars(select(Role).where(Role.name == role_name)).one_or_none()
        if role is None:
            role = Role(name=role_name)
            db.add(role)
            db.flush()
        granted = set(db.scalars(select(RolePermission.permission)
                                 .where(RolePermission.role_id == role.id)))
        db.add_all(RolePermission(role_id=role.id, permission=p) for p in perms
                   if p not in granted)
    db.flush()

"""All queries of the admin module."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlalchemy.orm import Session

from appserver.core.sql import escape_like
from dbschema.models import (
    AuditLog,
    Customer,
    OrgUnit,
    Role,
    RolePermission,
    User,
    UserRole,
    UserSession,
)


def office_names(db: Session, ids: Iterable[int]) -> dict[int, str]:
    ids = set(ids)
    if not ids:
        return {}
    return dict(db.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(ids))).all())


def roles_by_user(db: Session, user_ids: Iterable[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    rows = db.execute(select(UserRole.user_id, Role.name).join(Role, Role.id == UserRole.role_id)
                      .where(UserRole.user_id.in_(set(user_ids))).order_by(Role.name))
    for uid, name in rows:
        out.setdefault(uid, []).append(name)
    return out


def user_by_name(db: Session, username: str) -> User | None:
    return db.scalars(select(User).where(User.username == username)).one_or_none()


def search_users(db: Session, visible: frozenset[int], text: str, office_id: int | None,
                 include_locked: bool, offset: int, limit: int) -> tuple[list[User], int]:
    q = select(User).where(User.office_id.in_(visible))
    if text:
        like = f"%{escape_like(text)}%"
        q = q.where(or_(User.username.like(like, escape="\\"),
                        User.full_name.like(like, escape="\\")))
    if office_id is not None:
        q = q.where(User.office_id == office_id)
    if not include_locked:
        q = q.where(User.locked.is_(False))
    total = db.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = db.scalars(q.order_by(User.username).offset(offset).limit(limit)).all()
    return list(rows), total


def role_ids(db: Session, names: Iterable[str]) -> dict[str, int]:
    return dict(db.execute(select(Role.name, Role.id).where(Role.name.in_(set(names)))).all())


def replace_roles(db: Session, user_id: int, ids: Iterable[int]) -> None:
    db.execute(delete(UserRole).where(UserRole.user_id == user_id))
    db.add_all(UserRole(user_id=user_id, role_id=rid) for rid in ids)


def all_roles(db: Session) -> list[tuple[str, list[str]]]:
    perms: dict[str, list[str]] = {}
    rows = db.execute(select(Role.name, RolePermission.permission)
                      .outerjoin(RolePermission, RolePermission.role_id == Role.id)
                      .order_by(Role.name, RolePermission.permission))
    for role, perm in rows:
        perms.setdefault(role, [])
        if perm:
            perms[role].append(perm)
    return list(perms.items())


def offices(db: Session, visible: frozenset[int]) -> list[OrgUnit]:
    return list(db.scalars(select(OrgUnit).where(OrgUnit.id.in_(visible)).order_by(OrgUnit.path)))


def office_code_taken(db: Session, code: str) -> bool:
    return db.scalar(select(func.count()).where(OrgUnit.code == code)) != 0


def audit_query(visible: frozenset[int], include_unowned: bool, f: dict[str, Any],
                date_from: datetime | None, date_to: datetime | None) -> Select[AuditLog]:
    scope: ColumnElement[bool] = AuditLog.office_id.in_(visible)
    if include_unowned:
        scope = or_(scope, AuditLog.office_id.is_(None))
    q = select(AuditLog).where(scope)
    if f.get("username"):  # a prefix: "dh." finds the whole office's staff
        q = q.where(AuditLog.username.like(f"{escape_like(f['username'])}%", escape="\\"))
    if f.get("method"):
        q = q.where(AuditLog.method.like(f"{escape_like(f['method'])}%", escape="\\"))
    if f.get("outcome"):
        q = q.where(AuditLog.outcome == f["outcome"])
    if f.get("entity_type"):
        q = q.where(AuditLog.entity_type == f["entity_type"])
    if f.get("entity_id") is not None:
        q = q.where(AuditLog.entity_id == f["entity_id"])
    if date_from is not None:
        q = q.where(AuditLog.at >= date_from)
    if date_to is not None:
        q = q.where(AuditLog.at < date_to)
    return q


def audit_page(db: Session, q: Select[AuditLog], offset: int,
               limit: int) -> tuple[list[AuditLog], bool]:
    rows = list(db.scalars(q.order_by(AuditLog.seq.desc()).offset(offset).limit(limit + 1)))
    return rows[:limit], len(rows) > limit


def entity_labels(db: Session, refs: Iterable[tuple[str | None, int | None]]
                  ) -> dict[tuple[str | None, int | None], str]:
    """Readable names for audited records, a query per record type on the page."""
    wanted: dict[str, set[int]] = {}
    for kind, ident in refs:
        if kind and ident is not None:
            wanted.setdefault(kind, set()).add(ident)
    out: dict[tuple[str | None, int | None], str] = {}
    queries = {
        "customer": select(Customer.id, Customer.account_no + " " + Customer.name),
        "user": select(User.id, User.username + " " + User.full_name),
        "session": select(UserSession.id, User.username + " " + User.full_name)
        .join(User, User.id == UserSession.user_id),
        "org_unit": select(OrgUnit.id, OrgUnit.code + " " + OrgUnit.name),
    }
    for kind, ids in wanted.items():
        q = queries.get(kind)
        if q is None:
            continue
        id_column = q.selected_columns[0]
        for ident, label in db.execute(q.where(id_column.in_(ids))):
            out[(kind, ident)] = str(label)
    return out

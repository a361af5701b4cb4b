"""All queries of tariffs as data (a few dozen rows: the ORM is the right tool here)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from dbschema.models import TariffVersion, User


def all_versions(db: Session) -> list[TariffVersion]:
    return list(db.scalars(select(TariffVersion)
                           .order_by(TariffVersion.code, TariffVersion.version)))


def version(db: Session, version_id: int, *, lock: bool = False) -> TariffVersion | None:
    """One version; ``lock``: held until the call commits, so two approvers (or an approver
    and an editor) of the same version are served one after the other."""
    q = select(TariffVersion).where(TariffVersion.id == version_id)
    if lock:
        q = q.with_for_update()
    return db.scalars(q).one_or_none()


def versions_of(db: Session, code: str, *, lock: bool = False) -> list[TariffVersion]:
    q = select(TariffVersion).where(TariffVersion.code == code).order_by(TariffVersion.version)
    if lock:
        q = q.with_for_update()
    return list(db.scalars(q))


def user_names(db: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = db.execute(select(User.id, User.username, User.full_name)
                      .where(User.id.in_(sorted(wanted))))
    return {uid: f"{full_name} ({username})" if full_name and full_name != username
            else username for uid, username, full_name in rows}


def add(db: Session, row: TariffVersion) -> TariffVersion:
    db.add(row)
    db.flush()
    return row

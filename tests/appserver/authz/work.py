"""Authorization-matrix arguments for the work methods (see __init__.py), and ``new_item``,
the work item maker the work platform tests share."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.work.items import Clock, open_item
from dbschema.models import Role, User, UserRole, WorkItem
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {"work.take_item", "work.assign_item", "work.list_items",
                           "work.dashboard", "work.export_items"}

Args = dict[str, Callable[[], tuple[Any, ...]]]
_numbers = itertools.count(1)


def new_item(db: Session, office_id: int, now: datetime, *, role: str | None = "counter_clerk",
             user_id: int | None = None, clock: Clock | None = None, sla_type: str = "complaint",
             step: str = "contact", source: str = "complaint") -> WorkItem:
    n = next(_numbers)
    return open_item(db, office_id=office_id, source=source, source_id=900_000 + n,
                     sla_type=sla_type, step=step, reference=f"T{n:07d}",
                     title=f"Test customer {n}", clock=clock or Clock.working_days(1), now=now,
                     assigned_role=role, assigned_user_id=user_id)


def _role_of(w: World, username: str) -> str:
    """The matrix caller's one role (its items must be for that role to be taken)."""
    return w.db.scalars(select(Role.name).join(UserRole, UserRole.role_id == Role.id)
                        .join(User, User.id == UserRole.user_id)
                        .where(User.username == username)).first() or "counter_clerk"


def builders(w: World, side: str, username: str, n: int) -> Args:
    def item_for_caller() -> int:
        return new_item(w.db, w.office[side], w.now, role=_role_of(w, username)).id

    def clerk_item() -> int:
        made: int = w.once("work_item", side, lambda: new_item(w.db, w.office[side], w.now).id)
        return made

    return {
        "work.todo": lambda: ({"scope": "all"}, {"offset": 0, "limit": 20}),
        "work.take_item": lambda: (item_for_caller(),),
        "work.assign_item": lambda: (clerk_item(), w.user[side].id),
        "work.list_items": lambda: ({"office_id": w.office[side], "status": "open"}, None),
        "work.dashboard": lambda: (w.office[side], "2026-11-01", "2026-11-28"),
        "work.export_items": lambda: ({"office_id": w.office[side]}, "csv"),
        "work.calendar": lambda: (2026,),
        "work.set_calendar_day": lambda: ("2027-10-09", "workday", "国庆节调休上班"),
    }
